// The package index client against indexes the tests build, served over loopback HTTP and read
// via file://; real pip reads the same indexes, so they are known to be real ones.
import { spawnSync } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectPage } from '../../src/bump/types.js';
import { createIndexClient } from '../../src/index/client.js';
import { IndexError } from '../../src/index/errors.js';
import { buildIndex, type BuiltIndex, type IndexRelease } from '../support/package-index/build.js';
import { pipDryRun } from '../support/package-index/pip.js';
import { serveIndex } from '../support/package-index/server.js';

const RELEASES: IndexRelease[] = [
  { name: 'Foo.Bar', version: '1.0.0', requiresDist: ['baz>=1'], payloadBytes: 20_000, sdist: true, uploadTime: '2024-01-02T03:04:05Z' },
  { name: 'Foo.Bar', version: '1.1.0', requiresDist: ['baz>=1', 'qux; extra == "q"'], requiresPython: '>=3.8', uploadTime: '2024-02-01T00:00:00Z' },
  { name: 'baz', version: '1.0' },
  { name: 'baz', version: '1.5', requiresPython: '<3' },
  { name: 'baz', version: '2.0', yanked: 'broken build' },
  { name: 'qux', version: '0.1', noWheel: true },
];

let root: string;
let index: BuiltIndex;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'monopin-index-'));
  index = await buildIndex(join(root, 'index'), RELEASES);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('test index builder', () => {
  it('writes wheels that zipfile tests clean', () => {
    const run = spawnSync('python3', ['-m', 'zipfile', '-t', join(index.dir, 'files', 'foo_bar-1.0.0-py3-none-any.whl')], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Done testing');
    expect(run.status).toBe(0);
  });

  it('writes wheels that pip installs from --find-links', async () => {
    const pip = await pipDryRun(['--no-index', '--find-links', join(index.dir, 'files'), 'foo.bar==1.0.0']);
    expect(pip.stderr).not.toMatch(/ERROR/);
    // find-links knows no yanking: baz 2.0; baz 1.5's Requires-Python (in its METADATA) rules it out anyway
    expect(pip.installs).toEqual([
      ['Foo.Bar', '1.0.0'],
      ['baz', '2.0'],
    ]);
  });

  it('writes an index pip resolves from via file:// (yanked and requires-python honoured)', async () => {
    const pip = await pipDryRun(['--index-url', index.fileUrl, 'foo-bar']);
    expect(pip.stderr).not.toMatch(/ERROR/);
    // baz 2.0 is yanked, baz 1.5 wants Python < 3: pip takes 1.0.
    expect(pip.installs).toEqual([
      ['Foo.Bar', '1.1.0'],
      ['baz', '1.0'],
    ]);
  });

  it('serves an index pip resolves from over HTTP, negotiating the JSON pages', async () => {
    const server = await serveIndex(index.dir);
    try {
      const pip = await pipDryRun(['--index-url', `${server.url}/`, 'foo-bar==1.1.0']);
      expect(pip.stderr).not.toMatch(/ERROR/);
      expect(pip.installs).toEqual([
        ['Foo.Bar', '1.1.0'],
        ['baz', '1.0'],
      ]);
      const page = server.requests.find((r) => r.path === '/simple/foo-bar/');
      expect(page?.contentType).toBe('application/vnd.pypi.simple.v1+json');
      // PEP 658: pip resolved from the .metadata files (pip 23.2 still fetches the wheels afterwards)
      expect(server.requests.filter((r) => r.path.endsWith('.whl.metadata') && r.status === 200).map((r) => r.path)).toEqual([
        '/files/foo_bar-1.1.0-py3-none-any.whl.metadata',
        '/files/baz-1.0-py3-none-any.whl.metadata',
      ]);
    } finally {
      await server.close();
    }
  });

  it('answers byte ranges (a-b, a-, -N), 416 and conditional requests', async () => {
    const server = await serveIndex(index.dir);
    try {
      const path = '/files/foo_bar-1.0.0-py3-none-any.whl';
      const whole = await readFile(join(index.dir, path));
      const url = `${server.origin}${path}`;
      const suffix = await fetch(url, { headers: { Range: 'bytes=-22' } });
      expect(suffix.status).toBe(206);
      expect(suffix.headers.get('content-range')).toBe(`bytes ${whole.length - 22}-${whole.length - 1}/${whole.length}`);
      const tail = Buffer.from(await suffix.arrayBuffer());
      expect(tail.readUInt32LE(0)).toBe(0x06054b50); // the zip end record
      const middle = await fetch(url, { headers: { Range: 'bytes=4-9' } });
      expect(Buffer.from(await middle.arrayBuffer())).toEqual(whole.subarray(4, 10));
      const open = await fetch(url, { headers: { Range: `bytes=${whole.length - 3}-` } });
      expect((await open.arrayBuffer()).byteLength).toBe(3);
      const bad = await fetch(url, { headers: { Range: `bytes=${whole.length}-` } });
      expect(bad.status).toBe(416);
      await bad.arrayBuffer();
      const first = await fetch(`${server.url}/baz/`, { headers: { Accept: 'text/html' } });
      expect(first.headers.get('content-type')).toBe('text/html');
      await first.text();
      const etag = first.headers.get('etag') ?? '';
      const again = await fetch(`${server.url}/baz/`, { headers: { Accept: 'text/html', 'If-None-Match': etag } });
      expect(again.status).toBe(304);
      const json = await fetch(`${server.url}/baz/`, {
        headers: { Accept: 'application/vnd.pypi.simple.v1+json', 'If-None-Match': etag },
      });
      expect(json.status).toBe(200); // another representation, another tag
      expect(((await json.json()) as { versions: string[] }).versions).toEqual(['1.0', '1.5', '2.0']);
    } finally {
      await server.close();
    }
  });
});

/** The page with file URLs made relative to the index, so pages read from different places compare. */
function portable(page: ProjectPage): unknown {
  return { ...page, index: '<index>', files: page.files.map((f) => ({ ...f, url: f.url.replace(/^.*\/files\//, '<files>/') })) };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

const pageRequests = (server: { requests: { path: string }[] }): string[] =>
  server.requests.map((r) => r.path).filter((p) => p.startsWith('/simple/'));

describe('index client', () => {
  it('reads the same page over HTTP (JSON), over HTTP (HTML) and via file://', async () => {
    const server = await serveIndex(index.dir);
    try {
      const http = await createIndexClient({ indexUrl: server.url }).project('Foo.Bar');
      const file = await createIndexClient({ indexUrl: index.fileUrl }).project('foo_bar');
      expect(server.requests[0]?.contentType).toBe('application/vnd.pypi.simple.v1+json');
      expect(http.files[0]?.url).toBe(`${server.origin}/files/foo_bar-1.0.0-py3-none-any.whl`);
      expect(http.index).toBe(`${server.url}/`);
      expect(portable(file)).toEqual(portable(http));
      expect(http.versions).toEqual(['1.0.0', '1.1.0']);
      expect(http.files.map((f) => f.filename)).toEqual([
        'foo_bar-1.0.0-py3-none-any.whl',
        'foo_bar-1.0.0.tar.gz',
        'foo_bar-1.1.0-py3-none-any.whl',
      ]);
      expect(http.files[0]).toMatchObject({ uploadTime: '2024-01-02T03:04:05Z', coreMetadata: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });

      // an HTML-only index: the same page, less the PEP 700 fields
      const htmlOnly: typeof fetch = (input, init) =>
        fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), Accept: 'text/html' } });
      const html = await createIndexClient({ indexUrl: server.url, fetch: htmlOnly }).project('foo-bar');
      expect(server.requests.at(-1)?.contentType).toBe('text/html');
      const strip = (page: ProjectPage) => ({ ...page, files: page.files.map(({ size: _s, uploadTime: _u, ...rest }) => rest) });
      expect(portable(strip(html))).toEqual(portable(strip(http)));
    } finally {
      await server.close();
    }
  });

  it('reads a file:// index folder through index.html when it has no index.json', async () => {
    const copy = join(root, 'html-only');
    await cp(index.dir, copy, { recursive: true });
    await rm(join(copy, 'simple', 'baz', 'index.json'));
    const page = await createIndexClient({ indexUrl: `file://${copy}/simple` }).project('baz');
    expect(page.files.map((f) => [f.filename, f.yanked, f.requiresPython])).toEqual([
      ['baz-1.0-py3-none-any.whl', false, undefined],
      ['baz-1.5-py3-none-any.whl', false, '<3'],
      ['baz-2.0-py3-none-any.whl', 'broken build', undefined],
    ]);
    expect(page.files[0]?.url).toBe(`file://${copy}/files/baz-1.0-py3-none-any.whl`);
  });

  it('sends one request per package: 20 concurrent calls for 5 names make 5 requests', async () => {
    const names = ['foo-bar', 'baz', 'qux', 'nope-a', 'nope-b'];
    const server = await serveIndex(index.dir, { latencyMs: 30 });
    try {
      const client = createIndexClient({ indexUrl: server.url });
      const spellings = (name: string) => [name, name.toUpperCase(), name.replace('-', '_'), name.replace('-', '.')];
      const calls = names.flatMap(spellings).map((name) => client.project(name).then(() => 'ok', () => 'missing'));
      expect(calls).toHaveLength(20);
      const results = await Promise.all(calls);
      expect(results.filter((r) => r === 'ok')).toHaveLength(12);
      await client.project('foo-bar'); // and again later: still cached
      expect(pageRequests(server).sort()).toEqual(names.map((n) => `/simple/${n}/`).sort());
      expect(client.stats().projectRequests).toBe(5);
    } finally {
      await server.close();
    }
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const server = await serveIndex(index.dir, { latencyMs: 80 });
    try {
      const client = createIndexClient({ indexUrl: server.url, concurrency: 2 });
      await Promise.allSettled(['foo-bar', 'baz', 'qux', 'a', 'b', 'c'].map((n) => client.project(n)));
      expect(server.requests).toHaveLength(6);
      expect(server.maxInFlight()).toBe(2);
    } finally {
      await server.close();
    }
  });

  it('retries 500, 429 (after Retry-After) and dropped connections, not 4xx', async () => {
    const server = await serveIndex(index.dir);
    try {
      const messages: string[] = [];
      const client = createIndexClient({ indexUrl: server.url, backoffMs: 10, log: (m) => messages.push(m) });
      server.failNext(1, 500);
      expect((await client.project('baz')).files).toHaveLength(3);
      expect(server.requests.map((r) => r.status)).toEqual([500, 200]);
      expect(messages[0]).toMatch(/HTTP 500; retry 1\/3/);

      server.failNext(1, 429, 1);
      const started = Date.now();
      await client.project('qux');
      expect(Date.now() - started).toBeGreaterThanOrEqual(950);
      expect(server.requests.slice(2).map((r) => r.status)).toEqual([429, 200]);

      server.failNext(2, 'reset');
      await client.project('foo-bar');
      expect(server.requests.slice(4).map((r) => r.status)).toEqual([0, 0, 200]);

      server.failNext(5, 503);
      const error = await rejection(client.project('a'));
      expect(error).toBeInstanceOf(IndexError);
      expect((error as IndexError).status).toBe(503);
      expect(server.requests.slice(7).map((r) => r.status)).toEqual([503, 503, 503, 503]); // 1 + 3 retries

      server.failNext(1, 400);
      expect(((await rejection(client.project('b'))) as IndexError).status).toBe(400);
      expect(server.requests.slice(11).map((r) => r.status)).toEqual([400]);
    } finally {
      await server.close();
    }
  });

  it('answers 404 with an IndexError naming the package and the index', async () => {
    const server = await serveIndex(index.dir);
    try {
      const error = await rejection(createIndexClient({ indexUrl: server.url, retries: 0 }).project('No_Such.Thing'));
      expect(error).toBeInstanceOf(IndexError);
      expect((error as IndexError).message).toBe(`package no-such-thing not found on ${server.url}/`);
      expect((error as IndexError).package).toBe('no-such-thing');
      expect((error as IndexError).url).toBe(`${server.url}/no-such-thing/`);
    } finally {
      await server.close();
    }
  });

  it('revalidates with ETag from the disk cache: a second run gets 304s', async () => {
    const cacheDir = join(root, 'cache');
    const server = await serveIndex(index.dir);
    try {
      const first = createIndexClient({ indexUrl: server.url, cacheDir });
      const pages = await Promise.all(['foo-bar', 'baz', 'qux'].map((n) => first.project(n)));
      await first.metadata('foo-bar', '1.1.0');
      expect(first.stats()).toMatchObject({ projectRequests: 3, metadataRequests: 1, cacheHits: 0 });
      expect(server.requests.every((r) => !r.conditional && r.status === 200)).toBe(true);
      const firstBytes = first.stats().bytes;
      expect(firstBytes).toBeGreaterThan(1000);

      const second = createIndexClient({ indexUrl: server.url, cacheDir });
      const again = await Promise.all(['foo-bar', 'baz', 'qux'].map((n) => second.project(n)));
      expect(again).toEqual(pages);
      expect((await second.metadata('foo-bar', '1.1.0'))?.requiresDist).toEqual(['baz>=1', 'qux; extra == "q"']);
      const secondRequests = server.requests.slice(4);
      expect(secondRequests.map((r) => [r.path, r.status, r.conditional])).toEqual(
        expect.arrayContaining([
          ['/simple/foo-bar/', 304, true],
          ['/simple/baz/', 304, true],
          ['/simple/qux/', 304, true],
        ]),
      );
      // the metadata file's hash is known, so the cached copy needed no request at all
      expect(secondRequests).toHaveLength(3);
      expect(second.stats()).toEqual({ projectRequests: 3, metadataRequests: 0, cacheHits: 4, bytes: 0, wheelMetadataReads: 0, wheelMetadataBytes: 0 });
    } finally {
      await server.close();
    }
  });

  it('sends basic auth from the URL or options, and never shows the password', async () => {
    const server = await serveIndex(index.dir, { auth: { username: 'ci', password: 's3cr3t' } });
    try {
      const withUrl = `${server.url.replace('http://', 'http://ci:s3cr3t@')}`;
      expect((await createIndexClient({ indexUrl: withUrl }).project('baz')).files).toHaveLength(3);
      const viaOptions = createIndexClient({ indexUrl: server.url, auth: { username: 'ci', password: 's3cr3t' } });
      expect((await viaOptions.metadata('baz', '1.0'))?.name).toBe('baz');

      const wrong = await rejection(createIndexClient({ indexUrl: server.url.replace('http://', 'http://ci:wrong@'), retries: 0 }).project('baz'));
      expect(wrong).toBeInstanceOf(IndexError);
      expect((wrong as IndexError).status).toBe(401);
      expect((wrong as IndexError).message).not.toContain('wrong');
      expect((wrong as IndexError).url).toBe(`${server.url}/baz/`);

      const missing = await rejection(createIndexClient({ indexUrl: withUrl }).project('nothing-here'));
      expect(String(missing)).toContain('not found');
      expect(String(missing)).not.toContain('s3cr3t');
      expect(server.requests.filter((r) => r.status === 401)).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('merges extra indexes as pip does: every index, no priority', async () => {
    const extra = await buildIndex(join(root, 'extra'), [
      { name: 'foo-bar', version: '2.0.0', requiresDist: ['baz>=1'] },
      { name: 'only-extra', version: '0.1' },
    ]);
    const server = await serveIndex(index.dir);
    try {
      const client = createIndexClient({ indexUrl: server.url, extraIndexUrls: [extra.fileUrl] });
      const page = await client.project('foo-bar');
      expect(page.versions).toEqual(['1.0.0', '1.1.0', '2.0.0']);
      expect(page.files.map((f) => f.url.startsWith('file:'))).toEqual([false, false, false, true]);
      expect((await client.project('only-extra')).versions).toEqual(['0.1']);
      expect((await client.metadata('foo-bar', '2.0.0'))?.requiresDist).toEqual(['baz>=1']);
      const missing = await rejection(client.project('neither'));
      expect(String(missing)).toContain(`not found on ${server.url}/, ${extra.fileUrl}`);
      expect(pageRequests(server)).toEqual(['/simple/foo-bar/', '/simple/only-extra/', '/simple/neither/']);
    } finally {
      await server.close();
    }
  });

  it('reads PEP 658 metadata, verifies its sha256, and returns undefined without it', async () => {
    const built = await buildIndex(join(root, 'meta'), [
      { name: 'pkg', version: '1.0', requiresDist: ['dep>=2', 'extra-dep; extra == "x"'], requiresPython: '>=3.9', sdist: true },
      { name: 'pkg', version: '2.0', requiresDist: ['dep>=3'] },
      { name: 'pkg', version: '3.0', noMetadataFile: true },
    ]);
    await appendFile(join(built.dir, 'files', 'pkg-2.0-py3-none-any.whl.metadata'), 'Requires-Dist: evil\n');
    const server = await serveIndex(built.dir);
    try {
      const client = createIndexClient({ indexUrl: server.url });
      const [one, same] = await Promise.all([client.metadata('pkg', '1.0'), client.metadata('PKG', '1.0')]);
      expect(one).toEqual({ name: 'pkg', version: '1.0', requiresDist: ['dep>=2', 'extra-dep; extra == "x"'], requiresPython: '>=3.9' });
      expect(same).toBe(one);
      expect(await client.metadata('pkg', '1.0.0')).toEqual(one); // PEP 440-equal version
      const tampered = await rejection(client.metadata('pkg', '2.0'));
      expect(tampered).toBeInstanceOf(IndexError);
      expect(String(tampered)).toMatch(/metadata of pkg 2\.0 does not match its sha256/);
      expect((tampered as IndexError).url).toBe(`${server.origin}/files/pkg-2.0-py3-none-any.whl.metadata`);
      expect(await client.metadata('pkg', '9.9')).toBeUndefined();
      const metadataPaths = server.requests.map((r) => r.path).filter((p) => p.endsWith('.metadata'));
      // a wheel's metadata file, never the sdist's; one request per release
      expect(metadataPaths).toEqual(['/files/pkg-1.0-py3-none-any.whl.metadata', '/files/pkg-2.0-py3-none-any.whl.metadata']);
      expect(client.stats()).toMatchObject({ projectRequests: 1, metadataRequests: 2 });
    } finally {
      await server.close();
    }
  });
});

describe('metadata without PEP 658 files: read out of the wheel', () => {
  const NO_658: IndexRelease[] = [
    { name: 'big', version: '1.0', requiresDist: ['dep>=2', 'other; python_version < "3"'], requiresPython: '>=3.9', payloadBytes: 400_000, noMetadataFile: true },
    { name: 'big', version: '2.0', noWheel: true },
    { name: 'big', version: '3.0', requiresDist: ['dep>=3'], noMetadataFile: true, yanked: 'bad' },
  ];
  let built: BuiltIndex;
  beforeAll(async () => {
    built = await buildIndex(join(root, 'no658'), NO_658);
  });
  const expected = { name: 'big', version: '1.0', requiresDist: ['dep>=2', 'other; python_version < "3"'], requiresPython: '>=3.9' };

  it('reads METADATA with range requests: the zip directory, then the one member, a small part of the wheel', async () => {
    const server = await serveIndex(built.dir);
    try {
      const client = createIndexClient({ indexUrl: server.url });
      expect(await client.metadata('big', '1.0')).toEqual(expected);
      expect((await client.metadata('big', '3.0'))?.requiresDist).toEqual(['dep>=3']);
      // an sdist-only release stays unknown
      expect(await client.metadata('big', '2.0')).toBeUndefined();
      const wheelRequests = server.requests.filter((r) => r.path.endsWith('.whl'));
      expect(wheelRequests.length).toBeGreaterThan(0);
      expect(wheelRequests.every((r) => r.range !== undefined && r.status === 206)).toBe(true);
      expect(server.requests.some((r) => r.path.endsWith('.metadata'))).toBe(false);
      const stats = client.stats();
      expect(stats).toMatchObject({ wheelMetadataReads: 2, metadataRequests: 0 });
      // the 400 kB payload is never read: the directory and METADATA are at the end of the file
      expect(stats.wheelMetadataBytes).toBeLessThan(2 * 70_000);
    } finally {
      await server.close();
    }
  });

  it('still works when the server ignores Range and sends the whole wheel', async () => {
    const server = await serveIndex(built.dir, { ignoreRanges: true });
    try {
      const client = createIndexClient({ indexUrl: server.url });
      expect(await client.metadata('big', '1.0')).toEqual(expected);
      expect(server.requests.filter((r) => r.path.endsWith('.whl')).every((r) => r.status === 200)).toBe(true);
      expect(client.stats().wheelMetadataBytes).toBeGreaterThan(400_000);
    } finally {
      await server.close();
    }
  });

  it('reads the wheel file itself on a file:// index', async () => {
    const client = createIndexClient({ indexUrl: built.fileUrl });
    expect(await client.metadata('big', '1.0')).toEqual(expected);
    expect(client.stats().wheelMetadataReads).toBe(1);
  });

  it('caches what it read: a second run with the same cache folder reads no wheel', async () => {
    const cacheDir = join(root, 'no658-cache');
    const server = await serveIndex(built.dir);
    try {
      await createIndexClient({ indexUrl: server.url, cacheDir }).metadata('big', '1.0');
      const before = server.requests.length;
      const second = createIndexClient({ indexUrl: server.url, cacheDir });
      expect(await second.metadata('big', '1.0')).toEqual(expected);
      expect(server.requests.slice(before).filter((r) => r.path.endsWith('.whl'))).toEqual([]);
      expect(second.stats()).toMatchObject({ wheelMetadataReads: 0, wheelMetadataBytes: 0 });
    } finally {
      await server.close();
    }
  });

  it('sends the index credentials with the range reads of its files', async () => {
    const server = await serveIndex(built.dir, { auth: { username: 'ci', password: 's3cr3t' } });
    try {
      const client = createIndexClient({ indexUrl: server.url.replace('http://', 'http://ci:s3cr3t@') });
      expect(await client.metadata('big', '1.0')).toEqual(expected);
      expect(server.requests.filter((r) => r.path.endsWith('.whl')).every((r) => r.status === 206)).toBe(true);
    } finally {
      await server.close();
    }
  });
});
