// `monopin bump` on the demo monorepo against a static index the test builds, with real pip as the oracle.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { DEMO_UNIVERSE } from '../support/demo-universe.js';
import { buildIndex } from '../support/package-index/build.js';
import { serveIndex } from '../support/package-index/server.js';
import { pipDryRun } from '../support/package-index/pip.js';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd(), isTty: false, env: {} });
  return { code, stdout, stderr };
}

describe('monopin bump on the demo monorepo', () => {
  let index: { fileUrl: string; simpleDir: string; dir: string };
  let repo: string;

  beforeAll(async () => {
    index = await buildIndex(await mkdtemp(join(tmpdir(), 'monopin-index-')), DEMO_UNIVERSE);
    repo = await mkdtemp(join(tmpdir(), 'monopin-bump-'));
    await cp('test/fixtures/monorepo', repo, { recursive: true });
  });

  it('plans the newest versions every consumer accepts, co-installable, and says why the rest wait', async () => {
    const { code, stdout, stderr } = await cli(['bump', '--root', repo, '--index-url', index.fileUrl, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.bumps.map((b: { name: string; to: string }) => `${b.name} ${b.to}`)).toEqual([
      'cryptography 44.0.2',
      'fastapi 0.115.8',
      'openai 1.58.0',
      'redis 5.3.0',
      'starlette 0.45.3',
      'uvicorn 0.34.0',
    ]);
    const held = Object.fromEntries(result.held.map((h: { name: string; reason: string }) => [h.name, h.reason]));
    expect(held.pydantic).toMatch(/services\/worker\/requirements\.txt/); // pydantic<2 excludes every newer release
    expect(held.httpx).toMatch(/services\/agent\/pyproject\.toml/);
    expect(held.aiohttp).toMatch(/services\/gateway\/requirements\.txt/);
    expect(held.requests).toMatch(/day/); // cooldown
    expect(held.numpy).toMatch(/python/i);
    expect(result.files).toEqual([
      'docker/base/ai-base.Dockerfile',
      'docker/base/python-base.Dockerfile',
      'docker/base/requirements-constraints.txt',
      'docker/base/security-base.Dockerfile',
    ]);
    // offline (no GitHub token): the links the releases' metadata gives, no compare view
    expect(result.releaseNotes.map((n: { name: string }) => n.name)).toEqual(result.bumps.map((b: { name: string }) => b.name));
    expect(result.releaseNotes.every((n: { compare?: string }) => n.compare === undefined)).toBe(true);
    expect(result.diff).toContain('\n-fastapi==0.115.6\n');
    expect(result.diff).toContain('\n+fastapi==0.115.8\n');
    expect(result.diff).toContain('-RUN pip install cryptography==43.0.3 pyjwt==2.10.1\n+RUN pip install cryptography==44.0.2 pyjwt==2.10.1');
    const aiBase = result.sizes.find((s: { image: string }) => s.image === 'ai-base');
    // its own openai first (the largest), then the bumps it gets from python-base (starlette through fastapi and -c)
    expect(aiBase.contributors[0].name).toBe('openai');
    expect(aiBase.contributors.map((c: { name: string }) => c.name).sort()).toEqual(['fastapi', 'openai', 'starlette', 'uvicorn']);
    expect(Math.abs(aiBase.deltaBytes - 1_000_000)).toBeLessThan(100_000); // openai's payload grows by 1 MB
  });

  it('reads the same index over HTTP with one request per pinned package', async () => {
    const server = await serveIndex(index.dir);
    try {
      const { code, stdout, stderr } = await cli(['bump', '--root', repo, '--index-url', server.url]);
      expect(code).toBe(0);
      expect(stdout).toContain('fastapi  0.115.6 → 0.115.8');
      expect(stdout).toMatch(/\nSize \(estimated\)\n[\s\S]*\n {2}ai-base {2}\+1\.0 MB installed, \+1\.0 MB compressed \(linux\/amd64, Python 3\.12, glibc\)\n {4}openai {2}1\.57\.4 → 1\.58\.0 {2}\+1\.0 MB\n/);
      // sizing reads the wheels' zip directories, never a project page more
      expect(stdout).toMatch(/index: 15 project requests/);
      const projectPages = server.requests.filter((r) => !r.path.includes('/files/'));
      expect(projectPages).toHaveLength(15);
      expect(stderr).toBe('');
    } finally {
      await server.close();
    }
  });

  it('--write applies the edits; pip resolves the new constraints; a second plan proposes nothing new', async () => {
    const write = await cli(['bump', '--root', repo, '--index-url', index.fileUrl, '--write']);
    expect(write.code).toBe(0);
    const constraints = await readFile(join(repo, 'docker/base/requirements-constraints.txt'), 'utf8');
    expect(constraints).toContain('fastapi==0.115.8\n');
    expect(constraints).toContain('# Reviewed weekly by monopin.'); // comments kept

    const pins = constraints.split('\n').filter((l) => /^[a-z]/.test(l)).map((l) => l.split('==')[0]!);
    const oracle = await pipDryRun(['--index-url', index.fileUrl, '-c', join(repo, 'docker/base/requirements-constraints.txt'), ...pins]);
    expect(oracle.stderr).not.toMatch(/ResolutionImpossible/);
    expect(oracle.status).toBe(0);
    expect(oracle.installs).toContainEqual(['fastapi', '0.115.8']);

    const again = JSON.parse((await cli(['bump', '--root', repo, '--index-url', index.fileUrl, '--format', 'json'])).stdout);
    expect(again.bumps).toEqual([]);
    expect(again.diff).toBe('');
  });

  it('fixes an invalid constraints line with extras on its own line: pip refused the file before, installs it after', async () => {
    const broken = await mkdtemp(join(tmpdir(), 'monopin-bump-extras-'));
    await cp('test/fixtures/monorepo', broken, { recursive: true });
    const file = join(broken, 'docker/base/requirements-constraints.txt');
    await writeFile(file, (await readFile(file, 'utf8')).replace('uvicorn==0.32.1', 'uvicorn[standard]==0.32.1'));
    const refused = await pipDryRun(['--index-url', index.fileUrl, '-c', file, 'fastapi']);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/[Cc]onstraints cannot have extras/);

    const { code, stdout } = await cli(['bump', '--root', broken, '--index-url', index.fileUrl, '--format', 'json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.fixes).toEqual([
      { name: 'uvicorn', file: 'docker/base/requirements-constraints.txt', line: 7, before: 'uvicorn[standard]==0.34.0', after: 'uvicorn==0.34.0', extras: ['standard'] },
    ]);
    expect(result.diff).toContain('\n-uvicorn[standard]==0.32.1\n');
    expect(result.diff).toContain('\n+uvicorn==0.34.0\n');
    const text = await cli(['bump', '--root', broken, '--index-url', index.fileUrl, '--write']);
    expect(text.stdout).toContain('docker/base/requirements-constraints.txt:7  uvicorn[standard]==0.34.0 → uvicorn==0.34.0');
    const installs = await pipDryRun(['--index-url', index.fileUrl, '-c', file, 'fastapi', 'uvicorn[standard]']);
    expect(installs.stderr).not.toMatch(/extras/);
    expect(installs.status).toBe(0);
    expect(installs.installs).toContainEqual(['uvicorn', '0.34.0']);
  });
});

describe('monopin bump exit codes', () => {
  let repo: string;
  let index: { fileUrl: string; dir: string };
  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), 'monopin-bump-exit-'));
    await cp('test/fixtures/monorepo', repo, { recursive: true });
    index = await buildIndex(await mkdtemp(join(tmpdir(), 'monopin-index-')), DEMO_UNIVERSE);
  });

  it('exits 2 when the index cannot be read at all, with one line per package naming it once', async () => {
    const server = await serveIndex(index.dir, { faults: [{ status: 503, times: 10_000 }] });
    try {
      const { code, stdout, stderr } = await cli(['bump', '--root', repo, '--index-url', `${server.url}`]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^monopin: the index could not be read for any of the 15 pinned packages \(first: aiohttp: HTTP 503 from http:\/\/127\.0\.0\.1:\d+\/simple\/aiohttp\/\)$/m);
      const lines = stdout.split('\n').filter((l) => l.startsWith('  fastapi: '));
      expect(lines).toEqual([`  fastapi: HTTP 503 from ${server.url}/fastapi/`]);
      const never = await cli(['bump', '--root', repo, '--index-url', server.url, '--fail-on', 'never']);
      expect(never.code).toBe(0);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('exits 1 when some packages fail and plans the rest', async () => {
    const server = await serveIndex(index.dir, { faults: [{ status: 500, times: 10_000, path: /\/simple\/redis\// }] });
    try {
      const { code, stdout, stderr } = await cli(['bump', '--root', repo, '--index-url', server.url, '--format', 'json']);
      expect(code).toBe(1);
      const result = JSON.parse(stdout);
      expect(result.errors.map((e: { name: string }) => e.name)).toEqual(['redis']);
      expect(result.bumps.length).toBeGreaterThan(0);
      expect(stderr).toContain('monopin: 1 of 15 pinned packages could not be read from the index; the rest is planned');
    } finally {
      await server.close();
    }
  }, 60_000);

  it('takes --extra-index-url, repeatable, as pip does: packages only there are found', async () => {
    const empty = await buildIndex(await mkdtemp(join(tmpdir(), 'monopin-index-empty-')), [{ name: 'unrelated', version: '1.0' }]);
    const half = await buildIndex(await mkdtemp(join(tmpdir(), 'monopin-index-half-')), DEMO_UNIVERSE.filter((r) => r.name.toLowerCase() < 'n'));
    const rest = await buildIndex(await mkdtemp(join(tmpdir(), 'monopin-index-rest-')), DEMO_UNIVERSE.filter((r) => r.name.toLowerCase() >= 'n'));
    const alone = await cli(['bump', '--root', repo, '--index-url', empty.fileUrl, '--extra-index-url', half.fileUrl, '--format', 'json']);
    expect(alone.code).toBe(1);
    const both = await cli(['bump', '--root', repo, '--index-url', empty.fileUrl, '--extra-index-url', half.fileUrl, '--extra-index-url', rest.fileUrl, '--format', 'json']);
    expect(both.stderr).toBe('');
    expect(both.code).toBe(0);
    expect(JSON.parse(both.stdout).errors).toEqual([]);
    expect((await cli(['check', '--root', repo, '--extra-index-url', half.fileUrl])).code).toBe(2);
  }, 60_000);
});
