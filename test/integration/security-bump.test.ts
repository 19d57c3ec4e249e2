// Security bumps: `monopin bump --advisories` on the vulnerable monorepo against a static index the
// test builds and the saved advisory records (OSV emulator and folder).
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import type { HeldPin, PlannedBump } from '../../src/bump/types.js';
import { buildIndex } from '../support/package-index/build.js';
import { VULNERABLE_UNIVERSE } from '../support/vulnerable-universe.js';
import { loadRecords, serveOsv, type OsvEmulator } from '../support/osv-emulator.js';

const FIXTURES = resolve('test/fixtures/osv');

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd(), isTty: false, env: {} });
  return { code, stdout, stderr };
}

const moves = (bumps: PlannedBump[]): string[] => bumps.map((b) => `${b.name} ${b.from} → ${b.to}${b.security ? ` fixes ${b.security.advisories.map((a) => a.id).join(',')}` : ''}`);

describe('security bumps', () => {
  let osv: OsvEmulator;
  let repo: string;
  let indexUrl: string;
  beforeAll(async () => {
    osv = await serveOsv(await loadRecords(FIXTURES));
    indexUrl = (await buildIndex(await mkdtemp(join(tmpdir(), 'monopin-vuln-index-')), VULNERABLE_UNIVERSE)).fileUrl;
    repo = await mkdtemp(join(tmpdir(), 'monopin-vuln-bump-'));
    await cp('test/fixtures/vulnerable-monorepo', repo, { recursive: true });
  });
  afterAll(() => osv.close());

  it('moves each vulnerable pin to the lowest release that fixes every advisory, even inside the cooldown', async () => {
    const { code, stdout, stderr } = await cli(['bump', '--root', repo, '--index-url', indexUrl, '--advisories', osv.url, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as { bumps: PlannedBump[]; held: HeldPin[]; diff: string; files: string[] };
    expect(moves(plan.bumps)).toEqual([
      'fastapi 0.115.6 → 0.115.8', // an ordinary bump beside them
      'jinja2 3.1.2 → 3.1.4 fixes GHSA-h5c8-rqwp-cp95,GHSA-h75v-3vvj-5mfj', // 3.1.3 fixes only one of the two; 3.1.6 is newer than needed
      'requests 2.31.0 → 2.32.2 fixes GHSA-9wx4-h78v-vm56', // released a day ago: the cooldown does not hold a fix back
      'urllib3 2.0.7 → 2.2.2 fixes GHSA-34jh-p97f-mpxf',
    ]);
    expect(plan.bumps.find((b) => b.name === 'requests')!.releaseAgeDays).toBe(1);
    // aiohttp's fix is excluded by one consumer: a hold-back that names it
    const aiohttp = plan.held.find((h) => h.name === 'aiohttp')!;
    expect(aiohttp.security?.advisories.map((a) => a.id)).toEqual(['GHSA-5h86-8mv2-jq9f']);
    expect(aiohttp.reason).toBe(
      'security: 3.9.2 fixes GHSA-5h86-8mv2-jq9f but is blocked: services/legacy/requirements.txt:1 (service legacy) requires aiohttp>=3.8,<3.9.2 and excludes 3.9.2: widen that specifier to let it in.',
    );
    expect(aiohttp.reasons.map((r) => r.code)).toEqual(['consumer-excludes-candidate']);
    // fastapi's inline pin follows the constraints; aiohttp's stays with its held pin
    expect(plan.files).toEqual(['docker/base/python-base.Dockerfile', 'docker/base/requirements-constraints.txt', 'services/web/requirements.txt']);
    expect(plan.diff).toContain('-RUN pip install --no-cache-dir -c /etc/pip/constraints.txt aiohttp==3.9.1 fastapi==0.115.6\n+RUN pip install --no-cache-dir -c /etc/pip/constraints.txt aiohttp==3.9.1 fastapi==0.115.8\n');
    expect(plan.diff).toContain('-requests==2.31.0\n+requests==2.32.2\n');
    expect(plan.diff).toContain('-jinja2==3.1.2\n+jinja2==3.1.4\n');
  });

  it('--security-only proposes the security moves and nothing else', async () => {
    const { code, stdout } = await cli(['bump', '--root', repo, '--index-url', indexUrl, '--advisories', FIXTURES, '--security-only', '--format', 'json']);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as { bumps: PlannedBump[]; held: HeldPin[]; diff: string };
    expect(moves(plan.bumps)).toEqual([
      'jinja2 3.1.2 → 3.1.4 fixes GHSA-h5c8-rqwp-cp95,GHSA-h75v-3vvj-5mfj',
      'requests 2.31.0 → 2.32.2 fixes GHSA-9wx4-h78v-vm56',
      'urllib3 2.0.7 → 2.2.2 fixes GHSA-34jh-p97f-mpxf',
    ]);
    expect(plan.held.map((h) => h.name)).toEqual(['aiohttp']);
    expect(plan.diff).not.toMatch(/^[-+].*fastapi/m);
    expect(plan.diff).toContain('+requests==2.32.2\n');
  });

  it('prints the security moves first, with what they fix', async () => {
    const { stdout } = await cli(['bump', '--root', repo, '--index-url', indexUrl, '--advisories', FIXTURES]);
    const lines = stdout.split('\n');
    const first = lines.indexOf('Bumps') + 1;
    expect(lines[first]).toMatch(/^ {2}security jinja2 {2}3\.1\.2 → 3\.1\.4 .* · fixes GHSA-h5c8-rqwp-cp95, GHSA-h75v-3vvj-5mfj$/);
    expect(lines.slice(first, first + 4).at(-1)).toMatch(/^ {2}fastapi /);
  });

  it('refuses --security-only without an advisory source, and keeps planning when the source is down', async () => {
    const usage = await cli(['bump', '--root', repo, '--index-url', indexUrl, '--security-only']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--security-only needs an advisory source/);
    const gone = await serveOsv([]);
    await gone.close();
    const { code, stdout, stderr } = await cli(['bump', '--root', repo, '--index-url', indexUrl, '--advisories', gone.url, '--format', 'json']);
    expect(code).toBe(0);
    // the retries are logged as they happen; then one warning
    expect(stderr.trimEnd().split('\n').filter((l) => l.startsWith('monopin:'))).toEqual([expect.stringMatching(/^monopin: warning: advisories not checked \(http:\/\/127\.0\.0\.1:\d+\): could not reach /)]);
    const plan = JSON.parse(stdout) as { bumps: PlannedBump[]; notes: string[] };
    expect(plan.notes.some((n) => /^advisories not checked \(http:\/\/127\.0\.0\.1:\d+\): could not reach/.test(n))).toBe(true);
    expect(plan.bumps.every((b) => b.security === undefined)).toBe(true);
    // the same with --security-only: nothing to propose is not a success
    const only = await cli(['bump', '--root', repo, '--index-url', indexUrl, '--advisories', gone.url, '--security-only', '--format', 'json']);
    expect(only.code).toBe(1);
    expect(JSON.parse(only.stdout).bumps).toEqual([]);
  }, 30_000);
});
