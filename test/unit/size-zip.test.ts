// The zip directory read from its end: EOCD, ZIP64 locator/record, central directory entries, and
// measureWheel over an in-memory RangeReader that counts what it hands out.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RangeReader, RangeResult } from '../../src/size/range-reader.js';
import { measureWheel, PYC_FACTOR, summarizeEntries } from '../../src/size/wheel-size.js';
import { findEndRecord, MAX_EOCD_SEARCH, parseCentralDirectory, ZipFormatError } from '../../src/size/zip-directory.js';
import { makeWheel } from '../support/package-index/wheel.js';
import { writeZip, type ZipEntry } from '../support/package-index/zip.js';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The same archive with ZIP64 end records: EOCD fields set to 0xFFFF/0xFFFFFFFF, a ZIP64 record and locator before it. */
function toZip64(zip: Uint8Array): Uint8Array {
  const buf = Buffer.from(zip);
  const eocd = buf.length - 22;
  const entries = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(entries), 24);
  record.writeBigUInt64LE(BigInt(entries), 32);
  record.writeBigUInt64LE(BigInt(cdSize), 40);
  record.writeBigUInt64LE(BigInt(cdOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(eocd), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.from(buf.subarray(eocd));
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return new Uint8Array(Buffer.concat([buf.subarray(0, eocd), record, locator, end]));
}

function withComment(zip: Uint8Array, comment: string): Uint8Array {
  const buf = Buffer.from(zip);
  const bytes = Buffer.from(comment);
  buf.writeUInt16LE(bytes.length, buf.length - 2);
  return new Uint8Array(Buffer.concat([buf, bytes]));
}

/** Serves byte ranges of in-memory files and records each read. */
function memoryReader(files: Record<string, Uint8Array>, options: { ignoreRange?: boolean } = {}): RangeReader & { reads: string[] } {
  const reads: string[] = [];
  const get = (url: string): Uint8Array => {
    const data = files[url];
    if (data === undefined) throw new Error(`no ${url}`);
    return data;
  };
  const answer = (data: Uint8Array, start: number, end: number): RangeResult =>
    options.ignoreRange === true
      ? { data, start: 0, fileSize: data.length, bytesFetched: data.length, whole: true }
      : { data: data.subarray(start, end), start, fileSize: data.length, bytesFetched: end - start };
  return {
    reads,
    async readRange(url, start, end) {
      reads.push(`${start}-${end}`);
      return answer(get(url), start, Math.min(end, get(url).length));
    },
    async readTail(url, n) {
      reads.push(`-${n}`);
      const data = get(url);
      return answer(data, Math.max(0, data.length - n), data.length);
    },
  };
}

const ENTRIES: ZipEntry[] = [
  { path: 'pkg/', data: new Uint8Array() },
  { path: 'pkg/__init__.py', data: text('x = 1\n'.repeat(100)) },
  { path: 'pkg/mod.py', data: text('def f():\n    return 2\n'.repeat(50)) },
  { path: 'pkg/data.bin', data: new Uint8Array(5000).fill(7) },
  { path: 'pkg-1.0.dist-info/METADATA', data: text('Metadata-Version: 2.1\nName: pkg\nVersion: 1.0\n\n') },
];
const FILE_BYTES = ENTRIES.reduce((sum, e) => sum + e.data.length, 0);
const PY_BYTES = 600 + 1100;

describe('findEndRecord and parseCentralDirectory', () => {
  it.each([
    ['plain', (z: Uint8Array) => z, false],
    ['with an archive comment', (z: Uint8Array) => withComment(z, 'PK\u0005\u0006 looks like a signature'), false],
    ['ZIP64 end records', toZip64, true],
    ['ZIP64 with a comment', (z: Uint8Array) => withComment(toZip64(z), 'zip64 comment'), true],
  ])('%s', (_, transform, zip64) => {
    const zip = transform(writeZip(ENTRIES));
    const probe = findEndRecord(zip, zip.length);
    expect(probe.kind).toBe('complete');
    if (probe.kind !== 'complete') return;
    expect(probe.end.zip64).toBe(zip64);
    expect(probe.end.entries).toBe(ENTRIES.length);
    const directory = zip.subarray(probe.end.directoryOffset, probe.end.directoryOffset + probe.end.directorySize);
    const entries = parseCentralDirectory(directory, probe.end.entries);
    expect(entries.map((e) => e.name)).toEqual(ENTRIES.map((e) => e.path));
    expect(entries.map((e) => e.uncompressedSize)).toEqual(ENTRIES.map((e) => e.data.length));
    expect(entries.find((e) => e.name === 'pkg/data.bin')!.compressedSize).toBeLessThan(5000);
    expect(entries.filter((e) => e.isDirectory).map((e) => e.name)).toEqual(['pkg/']);
  });

  it('the ZIP64 archive is one Python zipfile reads (so the test builds a real ZIP64 end)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'monopin-zip64-'));
    try {
      const path = join(dir, 'x.zip');
      await writeFile(path, toZip64(writeZip(ENTRIES)));
      const run = spawnSync('python3', ['-c', 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(sum(i.file_size for i in z.infolist()), z.testzip())', path], { encoding: 'utf8' });
      expect(run.stdout.trim()).toBe(`${FILE_BYTES} None`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('asks for more bytes when the ZIP64 record lies before the tail it was given', () => {
    const zip = toZip64(writeZip(ENTRIES));
    const tail = zip.subarray(zip.length - 30);
    const probe = findEndRecord(tail, zip.length);
    expect(probe).toEqual({ kind: 'more', from: zip.length - 22 - 20 - 56 });
  });

  it('reads 64-bit sizes from the ZIP64 extra field of an entry', () => {
    const zip = Buffer.from(writeZip([{ path: 'big.bin', data: new Uint8Array(10) }]));
    const cdStart = zip.readUInt32LE(zip.length - 22 + 16);
    const cd = Buffer.from(zip.subarray(cdStart, zip.length - 22));
    cd.writeUInt32LE(0xffffffff, 20);
    cd.writeUInt32LE(0xffffffff, 24);
    cd.writeUInt16LE(20, 30);
    const extra = Buffer.alloc(20);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(16, 2);
    extra.writeBigUInt64LE(5_000_000_000n, 4);
    extra.writeBigUInt64LE(4_900_000_000n, 12);
    const [entry] = parseCentralDirectory(new Uint8Array(Buffer.concat([cd, extra])), 1);
    expect(entry).toMatchObject({ name: 'big.bin', uncompressedSize: 5_000_000_000, compressedSize: 4_900_000_000 });
  });

  it.each([
    ['not a zip', text('hello world, this is not a zip archive at all')],
    ['a truncated end record', writeZip(ENTRIES).subarray(0, writeZip(ENTRIES).length - 3)],
  ])('throws ZipFormatError for %s', (_, bytes) => {
    expect(() => findEndRecord(bytes, bytes.length)).toThrow(ZipFormatError);
  });

  it('throws when the directory holds fewer entries than the end record says', () => {
    const zip = writeZip(ENTRIES);
    const probe = findEndRecord(zip, zip.length);
    if (probe.kind !== 'complete') throw new Error('expected a complete probe');
    const directory = zip.subarray(probe.end.directoryOffset, probe.end.directoryOffset + probe.end.directorySize - 60);
    expect(() => parseCentralDirectory(directory, ENTRIES.length)).toThrow(/entries|runs past/);
  });
});

describe('summarizeEntries', () => {
  it('sums files (not directories), counts .py and adds the .pyc estimate unless noCompile', () => {
    const zip = writeZip(ENTRIES);
    const probe = findEndRecord(zip, zip.length);
    if (probe.kind !== 'complete') throw new Error('expected a complete probe');
    const entries = parseCentralDirectory(zip.subarray(probe.end.directoryOffset, probe.end.eocdOffset));
    const pyc = Math.round(PY_BYTES * PYC_FACTOR);
    expect(summarizeEntries(entries)).toEqual({ installedBytes: FILE_BYTES + pyc, pyBytes: PY_BYTES, pyFiles: 2, pycEstimate: pyc, files: 4 });
    expect(summarizeEntries(entries, { noCompile: true })).toMatchObject({ installedBytes: FILE_BYTES, pycEstimate: 0 });
  });
});

describe('measureWheel', () => {
  const small = makeWheel({ name: 'small', version: '1.0', payloadBytes: 200_000 });
  // 3,000 modules: a central directory of ~170 KB, larger than the first 64 KiB tail read
  const manyFiles: Record<string, string> = {};
  for (let i = 0; i < 3000; i++) manyFiles[`many/sub_package_${i}/module_number_${i}.py`] = `VALUE = ${i}\n`;
  const many = makeWheel({ name: 'many', version: '1.0', files: manyFiles });
  const many64 = toZip64(many);
  let dir: string;
  let realSizes: Record<string, number>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'monopin-measure-'));
    realSizes = {};
    for (const [name, data] of Object.entries({ small, many, many64 })) {
      const path = join(dir, `${name}.whl`);
      await writeFile(path, data);
      const run = spawnSync('python3', ['-c', 'import sys, zipfile; print(sum(i.file_size for i in zipfile.ZipFile(sys.argv[1]).infolist() if not i.is_dir()))', path], { encoding: 'utf8' });
      realSizes[name] = Number(run.stdout.trim());
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads one tail of a small wheel and nothing else', async () => {
    const reader = memoryReader({ w: small });
    const size = await measureWheel(reader, 'w#sha256=abc', { noCompile: true });
    expect(reader.reads).toEqual([`-${MAX_EOCD_SEARCH}`]);
    expect(size.installedBytes).toBe(realSizes.small);
    expect(size.compressedBytes).toBe(small.length);
    expect(size.bytesFetched).toBe(MAX_EOCD_SEARCH);
  });

  it.each([['many'], ['many64']] as const)('%s: a directory larger than the tail takes one more read of just the missing bytes', async (name) => {
    const data = name === 'many' ? many : many64;
    const reader = memoryReader({ w: data });
    const size = await measureWheel(reader, 'w', { noCompile: true });
    expect(reader.reads).toHaveLength(2);
    expect(reader.reads[1]).toMatch(/^\d+-\d+$/);
    expect(size.files).toBe(3000 + 4);
    expect(size.pyFiles).toBe(3001);
    expect(size.installedBytes).toBe(realSizes[name]);
    expect(size.bytesFetched).toBeLessThan(data.length);
  });

  it('uses a whole body when the server ignores Range, without asking again', async () => {
    const reader = memoryReader({ w: many }, { ignoreRange: true });
    const size = await measureWheel(reader, 'w', { noCompile: true });
    expect(reader.reads).toHaveLength(1);
    expect(size.installedBytes).toBe(realSizes.many);
    expect(size.bytesFetched).toBe(many.length);
  });
});
