// Size estimates against an index the test builds: a large wheel in two versions, served over
// loopback HTTP with Range support and read via file://; figures checked against Python's zipfile.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIndexClient } from '../../src/index/client.js';
import { estimateSizeDelta, SDIST_INSTALLED_FACTOR, type ImageSizeEstimate } from '../../src/size/estimate.js';
import { createRangeReader } from '../../src/size/range-reader.js';
import { renderSizeSection, sizeBudgetExceeded } from '../../src/size/render.js';
import type { ImageTarget } from '../../src/size/tags.js';
import { measureWheel, PYC_FACTOR } from '../../src/size/wheel-size.js';
import { MAX_EOCD_SEARCH } from '../../src/size/zip-directory.js';
import { buildIndex, type BuiltIndex, type IndexRelease } from '../support/package-index/build.js';
import { serveIndex, type IndexServer } from '../support/package-index/server.js';
import { makeWheel } from '../support/package-index/wheel.js';

const MB10 = 10 * 1024 * 1024;
const RELEASES: IndexRelease[] = [
  { name: 'big-lib', version: '1.0', payloadBytes: MB10 },
  {
    name: 'big-lib',
    version: '2.0',
    payloadBytes: 2 * MB10,
    requiresDist: ['helper>=1.0', 'winonly; sys_platform == "win32"', 'fastpath; extra == "fast"', 'big-lib'],
  },
  { name: 'helper', version: '1.0', payloadBytes: 50_000 },
  { name: 'helper', version: '1.1', payloadBytes: 100_000, requiresDist: ['leaf'] },
  { name: 'helper', version: '2.0rc1', payloadBytes: 900_000 },
  { name: 'leaf', version: '1.0', payloadBytes: 30_000 },
  { name: 'leaf', version: '1.1', payloadBytes: 60_000 },
  { name: 'winonly', version: '1.0', payloadBytes: 10_000 },
  { name: 'fastpath', version: '1.0', payloadBytes: 10_000 },
  { name: 'small-lib', version: '3.0', payloadBytes: 200_000 },
  { name: 'srconly', version: '0.5', noWheel: true },
];
const TARGET: ImageTarget = { pythonVersion: '3.12', platform: 'linux/amd64', libc: 'glibc', glibcVersion: '2.36' };

let root: string;
let index: BuiltIndex;
let server: IndexServer;

/** Sum of file sizes and of .py sizes in a wheel, by Python's zipfile reading the whole file. */
function zipfileSums(path: string): { files: number; py: number } {
  const run = spawnSync(
    'python3',
    ['-c', 'import sys, zipfile; i = [x for x in zipfile.ZipFile(sys.argv[1]).infolist() if not x.is_dir()]; print(sum(x.file_size for x in i), sum(x.file_size for x in i if x.filename.endswith(".py")))', path],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  const [files, py] = run.stdout.trim().split(' ').map(Number);
  return { files: files!, py: py! };
}

function installedOf(path: string): number {
  const sums = zipfileSums(path);
  return sums.files + Math.round(sums.py * PYC_FACTOR);
}

const wheel = (name: string): string => join(index.dir, 'files', name);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'monopin-size-'));
  index = await buildIndex(join(root, 'index'), RELEASES);
  server = await serveIndex(index.dir);
});
afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

describe('measureWheel over HTTP range requests and file://', () => {
  it.each([['big_lib-1.0-py3-none-any.whl'], ['big_lib-2.0-py3-none-any.whl']])('%s: installed size from the directory, one suffix read', async (name) => {
    const fileSize = (await stat(wheel(name))).size;
    const before = server.requests.length;
    const overHttp = await measureWheel(createRangeReader(), `${server.origin}/files/${name}`, { noCompile: true });
    const overFile = await measureWheel(createRangeReader(), pathToFileURL(wheel(name)).href, { noCompile: true });

    expect(overHttp.installedBytes).toBe(zipfileSums(wheel(name)).files);
    expect(overHttp.compressedBytes).toBe(fileSize);
    expect(overHttp.bytesFetched).toBe(MAX_EOCD_SEARCH);
    expect(overHttp.bytesFetched * 100).toBeLessThan(fileSize);
    const requests = server.requests.slice(before);
    expect(requests.map((r) => [r.status, r.range])).toEqual([[206, `bytes=-${MAX_EOCD_SEARCH}`]]);
    expect(overFile).toEqual(overHttp);
    console.info(`${name}: ${overHttp.bytesFetched} bytes fetched of ${fileSize} (${((overHttp.bytesFetched / fileSize) * 100).toFixed(2)}%), installed ${overHttp.installedBytes}`);
  });

  it('falls back to the whole body when the server ignores Range, with the same figures', async () => {
    const name = 'big_lib-1.0-py3-none-any.whl';
    const ignoring: typeof fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      headers.delete('range');
      return fetch(input, { ...init, headers });
    };
    const size = await measureWheel(createRangeReader({ fetch: ignoring }), `${server.origin}/files/${name}`);
    expect(size.installedBytes).toBe(installedOf(wheel(name)));
    expect(size.bytesFetched).toBe((await stat(wheel(name))).size);
  });

  it('a directory larger than the suffix read costs one more range request, for the missing bytes only', async () => {
    const modules: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) modules[`many/sub_package_${i}/module_number_${i}.py`] = `VALUE = ${i}\n`;
    await writeFile(wheel('many-1.0-py3-none-any.whl'), makeWheel({ name: 'many', version: '1.0', files: modules, payloadBytes: 1_000_000 }));
    const fileSize = (await stat(wheel('many-1.0-py3-none-any.whl'))).size;
    const before = server.requests.length;
    const overHttp = await measureWheel(createRangeReader(), `${server.origin}/files/many-1.0-py3-none-any.whl`);
    const requests = server.requests.slice(before);
    expect(requests.map((r) => r.status)).toEqual([206, 206]);
    expect(requests[1]!.range).toMatch(new RegExp(`^bytes=\\d+-${fileSize - MAX_EOCD_SEARCH - 1}$`));
    expect(overHttp.installedBytes).toBe(installedOf(wheel('many-1.0-py3-none-any.whl')));
    expect(overHttp.pyFiles).toBe(3001);
    expect(overHttp.bytesFetched).toBeLessThan(fileSize / 4);
    expect(await measureWheel(createRangeReader(), pathToFileURL(wheel('many-1.0-py3-none-any.whl')).href)).toEqual(overHttp);
  });

  it('keeps at most `concurrency` range reads in flight', async () => {
    const slow = await serveIndex(index.dir, { latencyMs: 50 });
    try {
      const reader = createRangeReader({ concurrency: 2 });
      const names = ['helper-1.0', 'helper-1.1', 'leaf-1.0', 'leaf-1.1', 'winonly-1.0', 'fastpath-1.0'];
      const sizes = await Promise.all(names.map((n) => measureWheel(reader, `${slow.origin}/files/${n}-py3-none-any.whl`)));
      expect(sizes.every((s) => s.files === 5)).toBe(true);
      expect(slow.maxInFlight()).toBe(2);
    } finally {
      await slow.close();
    }
  });

  it('sends basic auth from the URL and reports a 401 as a RangeReadError', async () => {
    const guarded = await serveIndex(index.dir, { auth: { username: 'u', password: 'p w' } });
    try {
      const url = (auth: string): string => `http://${auth}@127.0.0.1:${new URL(guarded.origin).port}/files/helper-1.0-py3-none-any.whl`;
      const size = await measureWheel(createRangeReader(), url('u:p%20w'));
      expect(size.files).toBeGreaterThan(0);
      await expect(measureWheel(createRangeReader(), url('u:wrong'))).rejects.toMatchObject({ name: 'RangeReadError', status: 401 });
    } finally {
      await guarded.close();
    }
  });
});

describe('estimateSizeDelta', () => {
  async function estimate(indexUrl: string): Promise<ImageSizeEstimate> {
    return estimateSizeDelta({
      image: 'ghcr.io/org/ai-base',
      target: TARGET,
      changes: [
        { name: 'Big_Lib', from: '1.0', to: '2.0' },
        { name: 'small-lib', from: '3.0' },
        { name: 'srconly', to: '0.5' },
      ],
      index: createIndexClient({ indexUrl }),
      reader: createRangeReader({ concurrency: 4 }),
      pins: new Map([['leaf', '1.0']]),
      installed: new Set(['big-lib', 'small-lib']),
      beforeBytes: 150_000_000,
    });
  }

  it('bumps, follows new requirements (markers for the image, pins, newest final release), counts removals negative', async () => {
    const before = server.requests.length;
    const result = await estimate(server.url);
    const byName = Object.fromEntries(result.contributors.map((c) => [c.name, c]));
    expect(Object.keys(byName).sort()).toEqual(['big-lib', 'helper', 'leaf', 'small-lib', 'srconly']);

    const big = installedOf(wheel('big_lib-2.0-py3-none-any.whl')) - installedOf(wheel('big_lib-1.0-py3-none-any.whl'));
    expect(byName['big-lib']).toMatchObject({ from: '1.0', to: '2.0', deltaBytes: big });
    expect(big).toBeGreaterThan(MB10);
    // newest final release >=1.0 (2.0rc1 is a pre-release); leaf comes from the pins, not the newest 1.1
    expect(byName.helper).toMatchObject({ to: '1.1', requiredBy: 'big-lib', deltaBytes: installedOf(wheel('helper-1.1-py3-none-any.whl')) });
    expect(byName.leaf).toMatchObject({ to: '1.0', requiredBy: 'helper', deltaBytes: installedOf(wheel('leaf-1.0-py3-none-any.whl')) });
    expect(byName['small-lib']!.deltaBytes).toBe(-installedOf(wheel('small_lib-3.0-py3-none-any.whl')));
    const sdist = (await stat(join(index.dir, 'files', 'srconly-0.5.tar.gz'))).size;
    expect(byName.srconly).toMatchObject({ sdistOnly: true, deltaBytes: sdist * SDIST_INSTALLED_FACTOR, deltaCompressedBytes: sdist });

    expect(result.deltaBytes).toBe(result.contributors.reduce((s, c) => s + c.deltaBytes, 0));
    expect(result.contributors[0]!.name).toBe('big-lib');
    const wheelBytes = async (n: string): Promise<number> => (await stat(wheel(n))).size;
    expect(result.deltaCompressedBytes).toBe(
      (await wheelBytes('big_lib-2.0-py3-none-any.whl')) - (await wheelBytes('big_lib-1.0-py3-none-any.whl')) +
        (await wheelBytes('helper-1.1-py3-none-any.whl')) + (await wheelBytes('leaf-1.0-py3-none-any.whl')) -
        (await wheelBytes('small_lib-3.0-py3-none-any.whl')) + sdist,
    );

    const wheelRequests = server.requests.slice(before).filter((r) => r.path.startsWith('/files/') && !r.path.endsWith('.metadata'));
    expect(wheelRequests.every((r) => r.status === 206 && r.range !== undefined)).toBe(true);
    expect(wheelRequests.some((r) => r.path.includes('winonly') || r.path.includes('fastpath'))).toBe(false);
    // five wheels sized (big ×2, helper, leaf, small-lib) with one 64 KiB suffix read each, plus one byte of the sdist for its size
    expect(result.bytesFetched).toBeLessThanOrEqual(5 * MAX_EOCD_SEARCH + 1);
    console.info(`estimate over HTTP: delta ${result.deltaBytes} bytes, ${result.bytesFetched} bytes fetched for ${(await wheelBytes('big_lib-1.0-py3-none-any.whl')) + (await wheelBytes('big_lib-2.0-py3-none-any.whl'))} bytes of big-lib wheels`);
  });

  it('gives the same figures from a file:// index', async () => {
    const overHttp = await estimate(server.url);
    const overFile = await estimate(index.fileUrl);
    expect(overFile.contributors).toEqual(overHttp.contributors);
    expect(overFile.deltaBytes).toBe(overHttp.deltaBytes);
  });

  it('reads each wheel once when images share a cache, and notes what it cannot size', async () => {
    const cache = new Map();
    const common = { target: TARGET, index: createIndexClient({ indexUrl: index.fileUrl }), reader: createRangeReader(), cache };
    const first = await estimateSizeDelta({ ...common, image: 'a', changes: [{ name: 'big-lib', from: '1.0', to: '2.0' }], installed: new Set(['helper']) });
    const second = await estimateSizeDelta({ ...common, image: 'b', changes: [{ name: 'big-lib', from: '1.0', to: '2.0' }, { name: 'nope', to: '1.0' }], installed: new Set(['helper']) });
    expect(first.bytesFetched).toBe(2 * MAX_EOCD_SEARCH);
    expect(second.bytesFetched).toBe(0);
    expect(second.deltaBytes).toBe(first.deltaBytes);
    expect(second.contributors.find((c) => c.name === 'nope')).toMatchObject({ deltaBytes: 0, unknown: true, note: expect.stringMatching(/^size unknown: .*nope/) });
  });

  it('renders the section and checks the budget', async () => {
    const result = await estimate(index.fileUrl);
    const markdown = renderSizeSection([result]);
    expect(markdown).toContain('Image size (estimated)');
    expect(markdown).toMatch(/150\.0 MB → 1\d\d\.\d MB \(estimated\)/);
    expect(markdown).toContain('| big-lib | `1.0` → `2.0` |');
    expect(sizeBudgetExceeded([result], '5%')).toEqual([{ image: 'ghcr.io/org/ai-base', deltaBytes: result.deltaBytes, limitBytes: 7_500_000 }]);
    expect(sizeBudgetExceeded([result], '50MB')).toEqual([]);
  });
});
