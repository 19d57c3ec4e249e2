// The CLI on the demo monorepo, in-process and as the bundled binary.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import type { Report } from '../../src/report/types.js';
import { makeRepo } from '../support/git-repo.js';

const DEMO = 'test/fixtures/monorepo';

async function cli(args: string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTty: false, env: {} });
  return { code, stdout, stderr };
}

describe('monopin check on the demo monorepo', () => {
  it('lists the planted findings, and only those', async () => {
    const { code, stdout } = await cli(['check', '--root', DEMO, '--format', 'json']);
    const report = JSON.parse(stdout) as Report;
    expect(code).toBe(1);
    expect(report.schemaVersion).toBe(2);
    expect(report.constraints).toBe('docker/base/requirements-constraints.txt');
    expect(report.findings.map((f) => `${f.rule} ${f.package ?? '-'} ${f.location.file}:${f.location.line}`).sort()).toEqual(
      [
        'conflict aiohttp services/gateway/requirements.txt:3',
        'conflict httpx services/agent/pyproject.toml:9',
        'conflict pydantic services/worker/requirements.txt:4',
        'inline-pin-mismatch cryptography docker/base/security-base.Dockerfile:4',
        'missing-constraints-flag - services/notifier/Dockerfile:4',
        'unconstrained structlog libs/common/requirements.txt:4',
        'unused-constraint pydantic-core docker/base/requirements-constraints.txt:10',
        'unused-constraint starlette docker/base/requirements-constraints.txt:8',
      ].sort(),
    );
  });

  it('maps files to the compose services that build them', async () => {
    const report = JSON.parse((await cli(['scan', '--root', DEMO, '--format', 'json'])).stdout) as Report;
    const consumers = (file: string): string[] | undefined => report.files.find((f) => f.path === file)?.consumers;
    expect(consumers('services/api/requirements.txt')).toEqual(['api']);
    expect(consumers('services/scanner/requirements.txt')).toEqual(['scanner']);
    expect(consumers('docker/base/ai-base.Dockerfile')).toEqual(['ai-base']);
    expect(consumers('services/agent/pyproject.toml')).toEqual(['agent']);
    // libs/common is -r included by the api and search requirements: it counts for both.
    expect(consumers('libs/common/requirements.txt')).toEqual(['api', 'search']);
    expect(report.services.find((s) => s.id === 'ollama')).toMatchObject({ dependents: 3, transitiveDependents: 3 });
    expect(report.services.find((s) => s.id === 'redis')).toMatchObject({ dependents: 4, transitiveDependents: 6 });
    expect(report.summary).toMatchObject({ projects: 1, services: 13, rootServices: 13, images: 11, requirementFiles: 10 });
    expect(report.images.find((i) => i.name === 'agent')).toMatchObject({ dockerfile: 'services/agent/Dockerfile', context: 'services/agent', from: ['docker/base/ai-base.Dockerfile @.'], services: ['agent'] });
    const structlog = report.packages.find((p) => p.name === 'structlog');
    expect(structlog?.services).toEqual(['api', 'search', 'worker']);
    const pydantic = report.packages.find((p) => p.name === 'pydantic');
    expect(pydantic?.pin).toBe('==2.10.4');
    expect(pydantic?.variants.length).toBeGreaterThanOrEqual(3);
  });

  it('exits 0 with --fail-on never and 1 on warnings with --fail-on warning', async () => {
    expect((await cli(['check', '--root', DEMO, '--fail-on', 'never'])).code).toBe(0);
    expect((await cli(['check', '--root', DEMO, '--fail-on', 'warning'])).code).toBe(1);
  });

  it.each([
    [['check', '--root', 'no/such/dir'], /--root no\/such\/dir: not a directory/],
    [['check', '--root', DEMO, '--format', 'yaml'], /--format must be one of text, markdown, json, sarif/],
    [['check', '--root', DEMO, '--fail-on', 'maybe'], /--fail-on must be one of error, warning, never/],
    [['check', '--root', DEMO, '--constraints', 'nope.txt'], /cannot read the constraints file 'nope.txt'/],
    [['frobnicate'], /unknown command 'frobnicate'/],
  ])('%j exits 2 with one clear line', async (args, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('monopin rebuild --dry-run', () => {
  it('prints the waves in FROM order as the documented JSON', async () => {
    const { code, stdout } = await cli(['rebuild', '--dry-run', '--root', DEMO, '--format', 'json']);
    expect(code).toBe(0);
    const { waves } = JSON.parse(stdout) as { waves: { image: string; dockerfile: string; context: string; tags: string[] }[][] };
    expect(waves.map((w) => w.map((e) => e.image))).toEqual([
      ['python-base'],
      ['ai-base', 'security-base'],
      ['agent', 'api', 'gateway', 'notifier', 'reporter', 'scanner', 'search', 'worker'],
    ]);
    expect(waves[0]![0]!.tags).toEqual([expect.stringMatching(/^ghcr\.io\/acme\/python-base:\d{4}-\d{2}-\d{2}$/), 'ghcr.io/acme/python-base:latest']);
  });

  it.each([
    [['rebuild', '--root', DEMO, '--push', '--dry-run'], /--push and --dry-run exclude each other/],
    [['rebuild', '--root', DEMO, '--network', 'bridge'], /--network takes only host/],
    [['check', '--root', DEMO, '--push'], /go with rebuild/],
  ])('%j exits 2 with one line', async (args, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe('monopin check --base', () => {
  it('splits findings into introduced and fixed against a git revision', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'monopin-base-'));
    await cp(DEMO, repo, { recursive: true });
    makeRepo(repo);
    // Fix the worker's pydantic, break the notifier's redis, and move a line to prove matching ignores line numbers.
    await writeFile(join(repo, 'services/worker/requirements.txt'), 'celery[redis]==5.4.0\nredis>=5.0\npydantic>=2\nstructlog\n');
    await writeFile(join(repo, 'services/notifier/requirements.txt'), 'httpx>=0.27\nredis<5\n');
    await writeFile(join(repo, 'services/gateway/requirements.txt'), '--index-url https://pypi.org/simple\n\n\naiohttp==3.9.5\npyjwt>=2.8\n');
    const { code, stdout } = await cli(['check', '--root', repo, '--base', 'HEAD', '--format', 'json']);
    const report = JSON.parse(stdout) as Report;
    expect(report.diff?.introduced.map((f) => `${f.rule} ${f.package}`)).toEqual(['conflict redis']);
    expect(report.diff?.fixed.map((f) => `${f.rule} ${f.package}`)).toEqual(['conflict pydantic']);
    expect(report.diff?.unchanged).toBe(7);
    expect(code).toBe(1);
  });

  it('exits 2 naming the revision when it does not exist', async () => {
    const { code, stderr } = await cli(['check', '--root', '.', '--base', 'no-such-ref-xyz']);
    expect(code).toBe(2);
    expect(stderr).toContain('no-such-ref-xyz');
  });
});

describe('the bundled binary', () => {
  it('runs from dist/cli.js with the same exit code and output', () => {
    const run = spawnSync(process.execPath, ['dist/cli.js', 'check', '--root', DEMO, '--format', 'json'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as Report).findings).toHaveLength(8);
    const version = spawnSync(process.execPath, ['dist/cli.js', '--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
