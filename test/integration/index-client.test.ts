// The package index client against indexes the tests build, served over loopback HTTP and read
// via file://; real pip reads the same indexes, so they are known to be real ones.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
