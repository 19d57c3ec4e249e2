// The CLI outside this repository: `npm pack`, then the tarball installed with npm, offline and with an
// empty cache (the package has no dependencies: dist/ bundles them), then the installed binary run.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';

const DEMO = resolve('test/fixtures/monorepo');
let tmp: string;
let tarball: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'monopin-install-'));
  execFileSync('npm', ['pack', '--pack-destination', tmp, '--silent'], { encoding: 'utf8' });
  const [name] = (await readdir(tmp)).filter((f) => f.endsWith('.tgz'));
  tarball = join(tmp, name!);
}, 120_000);
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('ships the bundle and no dependencies to fetch', async () => {
    const manifest = JSON.parse(await readFile('package.json', 'utf8')) as { dependencies?: Record<string, string>; version: string };
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(tarball.endsWith(`monopin-${manifest.version}.tgz`)).toBe(true);
    const listed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    expect(listed).toContain('package/dist/cli.js');
    expect(listed).toContain('package/dist/cli/index.js');
    expect(listed.filter((f) => f.startsWith('package/src/') || f.startsWith('package/test/'))).toEqual([]);
  });

  it('installs offline with an empty cache and runs --version and check on the demo', async () => {
    const prefix = join(tmp, 'prefix');
    const cache = join(tmp, 'empty-cache');
    await mkdir(cache);
    const install = spawnSync('npm', ['install', '-g', '--offline', '--no-audit', '--no-fund', '--cache', cache, '--prefix', prefix, tarball], { encoding: 'utf8', env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/' } });
    expect(install.status, install.stderr).toBe(0);
    const bin = join(prefix, 'bin', 'monopin');
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    // From a folder outside the repository, so nothing resolves from this checkout's node_modules.
    const check = spawnSync(bin, ['check', '--root', DEMO, '--format', 'json'], { encoding: 'utf8', cwd: tmp });
    expect(check.status, check.stderr).toBe(1);
    const report = JSON.parse(check.stdout) as Report;
    expect(report.constraints).toBe('docker/base/requirements-constraints.txt');
    expect(report.findings.length).toBeGreaterThan(0);
  }, 120_000);
});
