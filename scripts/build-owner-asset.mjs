#!/usr/bin/env node
// Compiles who owns every public address into assets/generated/ip-owners.bin.gz (shipped with the
// extension, inflated there with DecompressionStream), ip-owners.bundled.json (the same bytes in
// base64, for plain Node and tests) and ip-owners.meta.json (its hash and date, for the background). Sources (knowledge-sources §2.4), both CC BY 4.0:
//   @ip-location-db/asn          AS number and name per range (RouteViews, the RIRs via the NRO, DB-IP)
//   @ip-location-db/asn-country  registration country per range (RIR delegation files via the NRO)
// The layout is read by knowledge/owners/owner-asset.ts; keep the two in step.
// Run at install and build time. Fails loudly on missing packages, too few rows or bad values.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// PORTLENS_BUILD_ROOT lets tests run the script on a small fake node_modules.
const root = process.env.PORTLENS_BUILD_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = (name) => join(root, 'node_modules', name);

/** Fewest rows a sane build of each file holds (the June 2026 build: 411,961 / 103,197 / 141,822 / 68,368). */
const MIN_ROWS = { asn4: 300_000, asn6: 50_000, country4: 100_000, country6: 30_000 };
const MAX_ASN = 4_294_967_295;
const TOP = { 4: (1n << 32n) - 1n, 6: (1n << 128n) - 1n };
const LOW64 = (1n << 64n) - 1n;

function fail(message) {
  console.error(`build-owner-asset: ${message}`);
  process.exit(1);
}

function readPackage(name, files) {
  const dir = pkgDir(name);
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) fail(`${name} is not installed (run "npm ci"); it is a pinned devDependency.`);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
  const texts = {};
  for (const [key, file] of Object.entries(files)) {
    const path = join(dir, file);
    if (!existsSync(path)) fail(`${name}@${version} has no ${file}`);
    texts[key] = readFileSync(path, 'utf8');
  }
  return { version, texts };
}

/** The data date is the build stamp in the version: 2.3.2026061719 → 2026-06-17. */
function dataDateOf(version) {
  const m = /^\d+\.\d+\.(\d{4})(\d{2})(\d{2})\d{2}$/.exec(version);
  if (!m) fail(`cannot read a data date from version ${version}`);
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** The 4th CSV field (an AS name) may be quoted, with "" for a quote. */
function unquote(field) {
  return field.startsWith('"') && field.endsWith('"') && field.length >= 2 ? field.slice(1, -1).replaceAll('""', '"') : field;
}

/** Rows [start, end, value] of a "-num" CSV, checked and sorted as the files promise. */
function parseRows(text, label, version, parseValue) {
  const rows = [];
  let line = 0;
  for (const raw of text.split('\n')) {
    line++;
    if (!raw) continue;
    const c1 = raw.indexOf(',');
    const c2 = raw.indexOf(',', c1 + 1);
    if (c1 < 0 || c2 < 0) fail(`${label} line ${line}: expected start,end,value`);
    const start = BigInt(raw.slice(0, c1));
    const end = BigInt(raw.slice(c1 + 1, c2));
    if (end < start || end > TOP[version]) fail(`${label} line ${line}: bad range ${start}-${end}`);
    if (rows.length && start <= rows[rows.length - 1][0]) fail(`${label} line ${line}: rows are not sorted by start`);
    rows.push([start, end, parseValue(raw.slice(c2 + 1), line)]);
  }
  if (rows.length < MIN_ROWS[label]) fail(`${label}: only ${rows.length} rows, expected at least ${MIN_ROWS[label]}`);
  return rows;
}

const asNames = new Map();
function parseAs(rest, line, label) {
  const comma = rest.indexOf(',');
  const asnText = comma < 0 ? rest : rest.slice(0, comma);
  if (!/^\d+$/.test(asnText) || Number(asnText) > MAX_ASN) fail(`${label} line ${line}: AS number ${JSON.stringify(asnText)} is not an integer`);
  const asn = Number(asnText);
  const name = unquote(comma < 0 ? '' : rest.slice(comma + 1)).trim();
  if (name.includes('\n')) fail(`${label} line ${line}: AS name has a line break`);
  const known = asNames.get(asn);
  // One name per AS: the files agree today; if they ever disagree, keep the first and say so.
  if (known !== undefined && known !== name) console.warn(`build-owner-asset: AS${asn} has two names; keeping ${JSON.stringify(known)}`);
  else asNames.set(asn, name);
  return asn;
}

function parseCountry(rest, line, label) {
  if (!/^[A-Z]{2}$/.test(rest)) fail(`${label} line ${line}: ${JSON.stringify(rest)} is not an ISO 3166-1 alpha-2 code`);
  return rest;
}

/**
 * Contiguous entries [start, value|null] covering the whole space: gaps get their own "no data"
 * entry. Where a row starts inside the previous one (one such pair in the June 2026 asn build), the
 * later row wins from its start: the earlier row is cut short there.
 */
function toEntries(rows, version) {
  const entries = [];
  let next = 0n;
  let clipped = 0;
  for (let i = 0; i < rows.length; i++) {
    const [start, end, value] = rows[i];
    if (start < next) fail('internal: rows overlap after clipping');
    if (start > next) entries.push([next, null]);
    entries.push([start, value]);
    const following = rows[i + 1];
    if (following && following[0] <= end) {
      clipped++;
      next = following[0];
    } else next = end + 1n;
  }
  if (next <= TOP[version]) entries.push([next, null]);
  return { entries, clipped };
}

class ByteWriter {
  bytes = [];
  varint(value) {
    let n = BigInt(value);
    if (n < 0n) fail('internal: negative varint');
    do {
      let byte = Number(n & 0x7fn);
      n >>= 7n;
      if (n) byte |= 0x80;
      this.bytes.push(byte);
    } while (n);
  }
  result() {
    return Uint8Array.from(this.bytes);
  }
}

/** Keys as varint deltas (IPv6: the upper 64 bits), values as varints, IPv6 low halves as exceptions. */
function encodeTable(entries, version, valueIndex) {
  const keys = new ByteWriter();
  const values = new ByteWriter();
  const low = new ByteWriter();
  let previous = 0n;
  let lastException = 0;
  const exceptions = [];
  entries.forEach(([start, value], i) => {
    const key = version === 4 ? start : start >> 64n;
    keys.varint(key - previous);
    previous = key;
    values.varint(value === null ? 0 : valueIndex(value));
    if (version === 6 && (start & LOW64) !== 0n) exceptions.push([i, start & LOW64]);
  });
  for (const [i, lo] of exceptions) {
    low.varint(i - lastException);
    lastException = i;
    low.varint(lo >> 32n);
    low.varint(lo & 0xffffffffn);
  }
  const sections = { keys: keys.result(), values: values.result() };
  if (version === 6) sections.low = low.result();
  return { sections, count: entries.length, exceptions: exceptions.length };
}

const asn = readPackage('@ip-location-db/asn', { v4: 'asn-ipv4-num.csv', v6: 'asn-ipv6-num.csv' });
const country = readPackage('@ip-location-db/asn-country', { v4: 'asn-country-ipv4-num.csv', v6: 'asn-country-ipv6-num.csv' });
const dataDate = dataDateOf(asn.version);
if (dataDateOf(country.version) !== dataDate) console.warn(`build-owner-asset: asn (${asn.version}) and asn-country (${country.version}) are from different builds`);

const tables = {
  asn4: toEntries(parseRows(asn.texts.v4, 'asn4', 4, (r, l) => parseAs(r, l, 'asn4')), 4),
  asn6: toEntries(parseRows(asn.texts.v6, 'asn6', 6, (r, l) => parseAs(r, l, 'asn6')), 6),
  country4: toEntries(parseRows(country.texts.v4, 'country4', 4, parseCountry), 4),
  country6: toEntries(parseRows(country.texts.v6, 'country6', 6, parseCountry), 6),
};

// Dictionaries: AS numbers sorted (value = 1-based index; 0 = no data), country codes sorted.
const asNumbers = [...asNames.keys()].sort((a, b) => a - b);
const asIndex = new Map(asNumbers.map((n, i) => [n, i + 1]));
const countryCodes = [...new Set([...tables.country4.entries, ...tables.country6.entries].map(([, v]) => v).filter(Boolean))].sort();
const countryIndex = new Map(countryCodes.map((c, i) => [c, i + 1]));

const asNumberBytes = new ByteWriter();
asNumbers.reduce((previous, n) => (asNumberBytes.varint(n - previous), n), 0);
const sections = {
  asNumbers: asNumberBytes.result(),
  asNames: new TextEncoder().encode(asNumbers.map((n) => asNames.get(n)).join('\n')),
  countries: new TextEncoder().encode(countryCodes.join('')),
};
const counts = {};
for (const [name, { entries }] of Object.entries(tables)) {
  const version = name.endsWith('6') ? 6 : 4;
  const encoded = encodeTable(entries, version, name.startsWith('asn') ? (v) => asIndex.get(v) : (v) => countryIndex.get(v));
  for (const [part, bytes] of Object.entries(encoded.sections)) sections[`${name}.${part}`] = bytes;
  counts[name] = encoded.count;
  if (encoded.exceptions) counts[`${name}.exceptions`] = encoded.exceptions;
}

// Layout: "PLOW" | u32 LE header length | header JSON | section bytes in header order.
const layout = {};
let offset = 0;
for (const [name, bytes] of Object.entries(sections)) {
  layout[name] = [offset, bytes.length];
  offset += bytes.length;
}
const body = Buffer.concat(Object.values(sections));
const header = {
  format: 1,
  dataDate,
  hash: createHash('sha256').update(body).digest('hex').slice(0, 16),
  sources: [
    { name: '@ip-location-db/asn', version: asn.version, licence: 'CC BY 4.0 (RouteViews, NRO, DB-IP)' },
    { name: '@ip-location-db/asn-country', version: country.version, licence: 'CC BY 4.0 (NRO)' },
  ],
  counts: { ...counts, asNumbers: asNumbers.length, countries: countryCodes.length },
  sections: layout,
};
const headerBytes = Buffer.from(JSON.stringify(header));
const prefix = Buffer.alloc(8);
prefix.write('PLOW', 0, 'ascii');
prefix.writeUInt32LE(headerBytes.length, 4);
const raw = Buffer.concat([prefix, headerBytes, body]);
const gz = gzipSync(raw, { level: 9 });

const outDir = join(root, 'assets', 'generated');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'ip-owners.bin.gz'), gz);
writeFileSync(join(outDir, 'ip-owners.bundled.json'), JSON.stringify({ gzipBase64: gz.toString('base64') }));
// Bundled into the background: tells whether the decoded copy it keeps in IndexedDB is this build's.
// Also listed by build-data-catalogue.mjs for the options page's Data section, with its credits.
writeFileSync(
  join(outDir, 'ip-owners.meta.json'),
  JSON.stringify({
    hash: header.hash,
    dataDate,
    gzipBytes: gz.length,
    title: 'Who owns an address (AS number, AS name, registration country)',
    shippedAs: 'data/ip-owners.bin.gz',
    sources: [
      { ...header.sources[0], url: 'https://www.npmjs.com/package/@ip-location-db/asn', attribution: 'IP-to-AS data: DB-IP (https://db-ip.com) and RouteViews (https://www.routeviews.org/)' },
      { ...header.sources[1], url: 'https://www.npmjs.com/package/@ip-location-db/asn-country', attribution: 'country: the regional Internet registries via the NRO (https://www.nro.net/)' },
    ],
  }),
);
const clipped = Object.entries(tables).filter(([, t]) => t.clipped).map(([n, t]) => `${n} ${t.clipped}`);
console.log(
  `ip-owners.bin.gz: data of ${dataDate}, ${asNumbers.length} ASes, ${countryCodes.length} countries, ` +
    `entries ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}; ` +
    `${raw.length} bytes raw, ${gz.length} gzipped${clipped.length ? `; overlapping rows cut short: ${clipped.join(', ')}` : ''}`,
);
