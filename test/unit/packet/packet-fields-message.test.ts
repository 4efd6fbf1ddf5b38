// The explain-packet-fields message: validated in the background (failing closed), allowed from pages
// (read-only), answered by the one handler line.
import { describe, expect, it } from 'vitest';
import { HANDLERS } from '../../../entrypoints/background/handlers';
import { validateRequest, type Request } from '../../../messaging/protocol';

describe('explain-packet-fields message', () => {
  it('accepts the packet fields and keeps only them', () => {
    const ok = validateRequest({ type: 'explain-packet-fields', ttl: 47, tcpFlags: 'FPU', window: 1024, length: 40, protocol: 'tcp', extra: 'x' }, 'extension-page');
    expect(ok).toEqual({ type: 'explain-packet-fields', ttl: 47, tcpFlags: 'FPU', window: 1024, length: 40, protocol: 'tcp' });
  });

  it.each([
    [{ ttl: 256 }, 'ttl must be 0-255'],
    [{ ttl: '47' }, 'ttl must be 0-255'],
    [{ ipId: -1 }, 'ipId'],
    [{ tcpFlags: 'x'.repeat(65) }, 'tcpFlags'],
    [{ tcpFlags: Array.from({ length: 17 }, () => 'SYN') }, 'tcpFlags'],
    [{ tcpFlags: [{}] }, 'tcpFlags'],
    [{ window: 1.5 }, 'window'],
    [{ length: 70_000 }, 'length'],
    [{ direction: 'sideways' }, 'direction'],
    [{ ipIdSeries: Array.from({ length: 65 }, (_, i) => i) }, 'ipIdSeries'],
    [{ ipIdSeries: [1, 'two'] }, 'ipIdSeries'],
  ])('refuses %j', (fields, error) => {
    const result = validateRequest({ type: 'explain-packet-fields', ...fields }, 'extension-page');
    expect(typeof result).toBe('string');
    expect(result).toContain(error);
  });

  it('is answered by explainPacketFields', async () => {
    const request = validateRequest({ type: 'explain-packet-fields', tcpFlags: ['FIN', 'PSH', 'URG'], ttl: 240 }, 'extension-page') as Request<'explain-packet-fields'>;
    const answer = await HANDLERS['explain-packet-fields'](request, {} as never, {} as never);
    expect(answer.notes.map((n) => n.title)).toEqual(['XMAS: FIN, PSH and URG lit up', 'TTL 240: likely started at 255, about 15 hops away']);
  });
});
