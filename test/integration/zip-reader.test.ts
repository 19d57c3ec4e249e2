// Members of a zip read through range reads of a file: deflated and stored, with bytes prepended
// before the zip (offsets then shift, as zipfile allows), and a wheel's METADATA found as pip finds it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metadataEntry, readWheelMetadata } from '../../src/index/wheel-metadata.js';
import { createRangeReader } from '../../src/size/range-reader.js';
import { ZipFormatError } from '../../src/size/zip-directory.js';
import { readZipDirectory, readZipMember } from '../../src/size/zip-reader.js';
import { makeWheel, pseudoRandomBytes, renderMetadata } from '../support/package-index/wheel.js';
import { writeZip } from '../support/package-index/zip.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'monopin-zip-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return pathToFileURL(path).href;
}

describe('readZipMember', () => {
  const text = new TextEncoder().encode('hello '.repeat(2000));
  const noise = pseudoRandomBytes(200_000, 'zip-reader');

  it('reads a deflated and a stored member, far from the end of the file', async () => {
    const url = await file('plain.zip', writeZip([{ path: 'a/text.txt', data: text }, { path: 'a/noise.bin', data: noise }, { path: 'z.txt', data: new TextEncoder().encode('end') }]));
    const reader = createRangeReader();
    let bytes = 0;
    const zip = await readZipDirectory(reader, url, (n) => (bytes += n));
    const [deflated, stored] = zip.entries;
    expect(deflated?.method).toBe(8);
    expect(stored?.method).toBe(0);
    expect(await readZipMember(reader, { zip, entry: deflated! }, (n) => (bytes += n))).toEqual(text);
    expect(await readZipMember(reader, { zip, entry: stored! }, (n) => (bytes += n))).toEqual(noise);
    expect(bytes).toBeLessThan(noise.length + 70_000 + 1000);
  });

  it('finds members when bytes are prepended before the zip (a self-extracting stub)', async () => {
    const zip = writeZip([{ path: 'x.txt', data: text }]);
    const stub = new Uint8Array(5000).fill(7);
    const url = await file('prefixed.zip', new Uint8Array([...stub, ...zip]));
    const reader = createRangeReader();
    const directory = await readZipDirectory(reader, url, () => undefined);
    expect(directory.shift).toBe(5000);
    expect(await readZipMember(reader, { zip: directory, entry: directory.entries[0]! }, () => undefined)).toEqual(text);
  });
});

describe('readWheelMetadata', () => {
  it('reads the METADATA of a real wheel', async () => {
    const options = { name: 'Foo.Bar', version: '1.0', requiresDist: ['dep>=1'], payloadBytes: 100_000 };
    const url = await file('foo_bar-1.0-py3-none-any.whl', makeWheel(options));
    expect(await readWheelMetadata(createRangeReader(), url, () => undefined)).toBe(renderMetadata(options));
  });

  it('wants exactly one top-level .dist-info/METADATA, as pip does', () => {
    const entry = (name: string) => ({ name, compressedSize: 1, uncompressedSize: 1, method: 0, isDirectory: false, localHeaderOffset: 0 });
    expect(metadataEntry([entry('x/__init__.py'), entry('x-1.dist-info/METADATA')]).name).toBe('x-1.dist-info/METADATA');
    expect(() => metadataEntry([entry('x/vendored/y-1.dist-info/METADATA')])).toThrow(ZipFormatError);
    expect(() => metadataEntry([entry('x-1.dist-info/METADATA'), entry('y-1.dist-info/METADATA')])).toThrow(/2 \.dist-info folders/);
  });
});
