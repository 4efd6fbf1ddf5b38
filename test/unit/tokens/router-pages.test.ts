// What router status pages in many languages need from the detector: context words of 16
// languages, lists and ranges, and the look-alikes that are not ports or addresses.
import { describe, expect, it } from 'vitest';
import { detectTokens, type TokenContext } from '../../../knowledge/tokens';
import { CONTEXT_WORDS } from '../../../knowledge/tokens/context-words';
import { analyseContext } from '../../../knowledge/tokens/context';

const seen = (text: string, ctx?: TokenContext) => detectTokens(text, ctx).map((t) => `${t.kind}:${t.text}`);

describe('context words in 16 languages', () => {
  it('has the languages of widespread router UIs, each with every kind of word', () => {
    const langs = CONTEXT_WORDS.map((l) => l.lang);
    expect(langs).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'sv', 'pl', 'cs', 'ru', 'tr', 'zh-Hans', 'zh-Hant', 'ja', 'ko']));
    for (const l of CONTEXT_WORDS) {
      for (const key of ['port', 'source', 'destination', 'address', 'range', 'protocol', 'version'] as const) expect(l[key].length, `${l.lang} ${key}`).toBeGreaterThan(0);
    }
  });

  it.each([
    ['Port extern', undefined],
    ['Port intern', undefined],
    ['Quellport', 'source'],
    ['Zielport', 'destination'],
    ['Portbereich', undefined],
    ['Port de destination', 'destination'],
    ['Puerto de origen', 'source'],
    ['Porta di destinazione', 'destination'],
    ['Bestemmingspoort', 'destination'],
    ['Porta de origem', 'source'],
    ['Källport', 'source'],
    ['Port docelowy', 'destination'],
    ['Zdrojový port', 'source'],
    ['Порт назначения', 'destination'],
    ['Hedef port', 'destination'],
    ['目的端口', 'destination'],
    ['來源連接埠', 'source'],
    ['宛先ポート', 'destination'],
    ['출발지 포트', 'source'],
  ])('a bare number under "%s" is a port (role %s)', (header, role) => {
    const [t] = detectTokens('8080', { columnHeader: header });
    expect(t).toMatchObject({ kind: 'port', port: 8080 });
    expect(t.role).toBe(role);
  });

  it.each(['Portfreigabe', 'Port forwarding', 'Redirection de port', 'LAN-Port', 'Port LAN', 'LAN-Anschluss', 'Anzahl', 'Paquets', '端口转发', 'ポート転送'])(
    'a bare number under "%s" is not a port', (header) => expect(seen('3', { columnHeader: header })).toEqual([]));

  it.each([
    ['Protokoll', 'Beide'], ['Protocole', 'Les deux'], ['Protocolo', 'Ambos'], ['协议', '全部'],
  ])('a number whose next cell says both protocols (%s: %s) is a port', (_h, both) => expect(seen('51413', { nextCellText: both })).toEqual(['port:51413']));

  it.each([['Firmware-Version', '1.0.4.126'], ['Versión del firmware', '1.0.4.126'], ['Wersja oprogramowania', '1.0.4.126'], ['固件版本', '1.0.4.126'], ['ファームウェアバージョン', '1.0.4.126']])(
    'a dotted quad under "%s" is a version', (label, v) => expect(seen(v, { label })).toEqual([]));
});

describe('lists and ranges', () => {
  it('reads a label and the list after it in one text', () => {
    expect(seen('Ports: 80, 443')).toEqual(['port:80', 'port:443']);
    expect(seen('Port group: 80 443 8080')).toEqual(['port:80', 'port:443', 'port:8080']);
    expect(seen('Puertos: 20, 21')).toEqual(['port:20', 'port:21']);
    expect(seen('Status: 200 OK')).toEqual([]);
  });

  it('reads address ranges with blanks, an en dash, or the last octet only', () => {
    expect(seen('192.168.1.100 - 192.168.1.199')).toEqual(['ip-range:192.168.1.100 - 192.168.1.199']);
    expect(seen('DHCP pool 192.168.1.100–192.168.1.199 active')).toEqual(['ip-range:192.168.1.100–192.168.1.199']);
    const short = detectTokens('192.168.1.100–199');
    expect(short).toMatchObject([{ kind: 'ip-range', address: '192.168.1.100', addressEnd: '192.168.1.199' }]);
    expect(seen('10.0.0.9 - 10.0.0.1')).toEqual(['ipv4:10.0.0.9', 'ipv4:10.0.0.1']); // backwards: two addresses
  });

  it('reads port ranges with an en dash', () => expect(detectTokens('6881–6889', { columnHeader: 'Ports' })).toMatchObject([{ kind: 'port-range', port: 6881, portEnd: 6889 }]));
});

describe('precision on router status pages', () => {
  it('leaves physical ports alone', () => {
    expect(seen('Port 3', { label: 'Uplink' })).toEqual([]);
    expect(seen('LAN port 2 is down')).toEqual([]);
    const panel = { columnHeader: 'Port', tableHeaders: 'Port | Link | Speed | Duplex | VLAN' };
    expect(analyseContext(panel).physicalContext).toBe(true);
    expect(seen('5', panel)).toEqual([]);
    expect(seen('5', { columnHeader: 'Port', tableHeaders: 'Port | Anschluss | Geschwindigkeit' })).toEqual([]);
    for (const text of ['LAN 2', 'WAN1', 'eth0', 'ge-0/0/1', '1 GbE']) expect(seen(text, { columnHeader: 'Interface' })).toEqual([]);
  });

  it('leaves versions under version labels and in "upgraded from A to B" alone', () => {
    expect(seen('Firmware upgraded from 1.0.4.126 to 1.0.5.2')).toEqual([]);
    expect(seen('Firmware aktualisiert von 1.0.4.126 auf 1.0.5.2')).toEqual([]);
    expect(seen('Connection from 198.51.100.7 to 203.0.113.5')).toEqual(['ipv4:198.51.100.7', 'ipv4:203.0.113.5']);
  });

  it('leaves OIDs, serials, dates, phone numbers, MACs and counts alone', () => {
    for (const text of ['1.3.6.1.2.1.1.3.0', 'S/N 2134.5678.9012', '03.12.26 14:05', '03.12.2026', '+49 30 12345678', '00:0c:29:aa:bb:cc', '00-0C-29-AA-BB-CC', '000c.29aa.bbcc']) {
      expect(seen(text), text).toEqual([]);
    }
    expect(seen('12 / 32', { columnHeader: 'Ports' })).toEqual([]);
  });
});

describe('protocol numbers in a port column', () => {
  it('reads no port where the row says the protocol is OTHER or GRE (ASUS)', () => {
    expect(seen('47', { columnHeader: 'External Port', rowCells: 'PPTP-GRE | 192.168.1.5 | OTHER' })).toEqual([]);
    expect(seen('1723', { columnHeader: 'External Port', rowCells: 'PPTP | 192.168.1.5 | TCP' })).toEqual(['port:1723']);
  });
});
