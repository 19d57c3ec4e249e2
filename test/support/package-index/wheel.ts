// Real, pip-installable py3-none-any wheels for tests: METADATA, WHEEL and a RECORD with true digests.
import { createHash } from 'node:crypto';
import { normalizeName } from '../../../src/pep/name.js';
import { writeZip, type ZipEntry } from './zip.js';

export interface WheelOptions {
  name: string;
  version: string;
  requiresDist?: string[];
  requiresPython?: string;
  /** Adds `<pkg>/payload.bin` of this many incompressible (but deterministic) bytes. */
  payloadBytes?: number;
  /** Extra files, by path inside the wheel. */
  files?: Record<string, string | Uint8Array>;
  /** `Project-URL: Label, URL` headers. */
  projectUrls?: Record<string, string>;
}

/** PEP 427 escaping: the normalized name with `_` for runs of `-_.`. */
export function escapeName(name: string): string {
  return normalizeName(name).replace(/-/g, '_');
}

export function wheelFilename(name: string, version: string): string {
  return `${escapeName(name)}-${version.replace(/-/g, '_')}-py3-none-any.whl`;
}

/** The METADATA text of the wheel; build.ts serves the same bytes as the PEP 658 `.metadata` file. */
export function renderMetadata(options: WheelOptions): string {
  const lines = ['Metadata-Version: 2.1', `Name: ${options.name}`, `Version: ${options.version}`];
  if (options.requiresPython !== undefined) lines.push(`Requires-Python: ${options.requiresPython}`);
  for (const requirement of options.requiresDist ?? []) lines.push(`Requires-Dist: ${requirement}`);
  for (const [label, url] of Object.entries(options.projectUrls ?? {})) lines.push(`Project-URL: ${label}, ${url}`);
  lines.push('Summary: test package built by monopin tests');
  return `${lines.join('\n')}\n\n`;
}

export function makeWheel(options: WheelOptions): Uint8Array {
  const dist = escapeName(options.name);
  const distInfo = `${dist}-${options.version.replace(/-/g, '_')}.dist-info`;
  const encoder = new TextEncoder();
  const bytes = (content: string | Uint8Array): Uint8Array =>
    typeof content === 'string' ? encoder.encode(content) : content;

  const entries: ZipEntry[] = [
    { path: `${dist}/__init__.py`, data: bytes(`__version__ = ${JSON.stringify(options.version)}\n`) },
  ];
  if (options.payloadBytes !== undefined && options.payloadBytes > 0) {
    entries.push({
      path: `${dist}/payload.bin`,
      data: pseudoRandomBytes(options.payloadBytes, `${dist}-${options.version}`),
    });
  }
  for (const [path, content] of Object.entries(options.files ?? {})) entries.push({ path, data: bytes(content) });
  entries.push({ path: `${distInfo}/METADATA`, data: bytes(renderMetadata(options)) });
  entries.push({
    path: `${distInfo}/WHEEL`,
    data: bytes('Wheel-Version: 1.0\nGenerator: monopin-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n\n'),
  });
  const record = entries.map((e) => `${csvField(e.path)},sha256=${digest(e.data)},${e.data.length}`);
  record.push(`${distInfo}/RECORD,,`);
  entries.push({ path: `${distInfo}/RECORD`, data: bytes(`${record.join('\n')}\n`) });
  return writeZip(entries);
}

function digest(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('base64url');
}

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** xorshift32 seeded from a string: does not compress, and the same seed gives the same wheel. */
export function pseudoRandomBytes(length: number, seed: string): Uint8Array {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0) || 1;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out[i] = state & 0xff;
  }
  return out;
}
