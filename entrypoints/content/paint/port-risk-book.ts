// Risk per port for the highlight colours. The knowledge stays in the background: the page's
// distinct ports are asked for in batches (one `port-risks` message per 500); until the answer
// arrives, and past `limit` distinct ports, a small built-in list gives the colour.
import type { Risk } from '../../../knowledge';
import type { TokenRole } from '../../../knowledge/tokens';
import type { PortRiskQuery } from '../../../messaging/protocol';
import { MAX_PORT_RISKS } from '../../../messaging/protocol';
import { localPortRisk } from './highlight-names';

export type AskRisks = (queries: PortRiskQuery[]) => Promise<Risk[]>;

/** One number per (port, role): a string key per lookup would cost an allocation per token. */
const keyOf = (port: number, role: TokenRole | undefined) => port * 4 + (role === 'source' ? 1 : role === 'destination' ? 2 : 0);

export class PortRiskBook {
  private readonly known = new Map<number, Risk>();
  private readonly waiting = new Map<number, PortRiskQuery>();
  private readonly asked = new Set<number>();
  private flushing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private broken = false;

  constructor(
    private readonly ask: AskRisks,
    /** Called once the answers to a round of questions are in. */
    private readonly onLearned: () => void,
    /** Distinct (port, role) pairs asked about per page at most (a 50,000-line log has ~45,000). */
    private readonly limit = 4000,
    private readonly delayMs = 60,
  ) {}

  /** The risk known now (background answer, else the built-in guess); asks the background later. */
  riskOf(port: number, role?: TokenRole): Risk {
    const key = keyOf(port, role);
    const hit = this.known.get(key);
    if (hit) return hit;
    if (!this.broken && !this.asked.has(key) && this.asked.size + this.waiting.size < this.limit) {
      this.waiting.set(key, role ? { port, role } : { port });
      this.timer ??= setTimeout(() => void this.flush(), this.delayMs);
    }
    return localPortRisk(port);
  }

  get knownCount(): number {
    return this.known.size;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.broken = true;
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    if (this.flushing) return;
    this.flushing = true;
    let learned = false;
    try {
      while (this.waiting.size && !this.broken) {
        const batch = [...this.waiting].slice(0, MAX_PORT_RISKS);
        for (const [key] of batch) {
          this.waiting.delete(key);
          this.asked.add(key);
        }
        const risks = await this.ask(batch.map(([, q]) => q));
        batch.forEach(([key], i) => {
          const risk = risks[i];
          if (risk && risk !== localPortRisk(batch[i][1].port)) learned = true;
          if (risk) this.known.set(key, risk);
        });
      }
    } catch (e) {
      // The background is gone (extension reloaded) or refused: keep the built-in colours.
      this.broken = true;
      console.debug('PortLens: port risks unavailable', e);
    } finally {
      this.flushing = false;
    }
    if (learned) this.onLearned();
  }
}
