// A CLI that behaves: `monopin order`, help per command, "did you mean", one-line errors naming the
// path and the fix, rule no-constraints in every format, and rebuild --packages with unknown names.
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import type { Report } from '../../src/report/types.js';

const DEMO = 'test/fixtures/monorepo';
const AGENT_PLATFORM = 'test/fixtures/layouts/agent-platform';

async function cli(args: string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTty: false, env: {} });
  return { code, stdout, stderr };
}

const oneLine = (text: string): string[] => text.trim().split('\n');

interface OrderJson {
  waves: { service: string; project: string; dependents: number; transitiveDependents: number; images: string[]; conflicts: { rule: string; file: string; line: number }[] }[][];
  cycles: string[][];
}

/** Every service's depends_on (same project) sits in an earlier wave. */
async function expectDependenciesFirst(root: string, order: OrderJson): Promise<void> {
  const scan = JSON.parse((await cli(['scan', '--root', root, '--format', 'json'])).stdout) as Report;
  const waveOf = new Map(order.waves.flatMap((wave, i) => wave.map((e) => [e.service, i] as const)));
  expect([...waveOf.keys()].sort()).toEqual(scan.services.map((s) => s.id).sort());
  for (const service of scan.services) {
    for (const dep of service.dependsOn) {
      const id = service.project === '' ? dep : `${service.project}/${dep}`;
      if (waveOf.has(id)) expect(waveOf.get(id)!, `${service.id} depends on ${id}`).toBeLessThan(waveOf.get(service.id)!);
    }
  }
}

describe('monopin order', () => {
  it('puts the demo services in waves, dependencies first, in every format, exit 0', async () => {
    const json = await cli(['order', '--root', DEMO, '--format', 'json']);
    expect(json.code).toBe(0);
    const order = JSON.parse(json.stdout) as OrderJson;
    expect(order.cycles).toEqual([]);
    expect(order.waves[0]!.map((e) => e.service)).toContain('redis');
    expect(order.waves.flat().find((e) => e.service === 'redis')).toMatchObject({ dependents: 4, transitiveDependents: 6 });
    expect(order.waves.flat().find((e) => e.service === 'worker')?.conflicts).toEqual([{ rule: 'conflict', package: 'pydantic', file: 'services/worker/requirements.txt', line: 4 }]);
    await expectDependenciesFirst(DEMO, order);

    const text = await cli(['order', '--root', DEMO]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Migration order: 13 services in \d+ waves/);
    const markdown = await cli(['order', '--root', DEMO, '--format', 'markdown']);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toMatch(/\| 1 \| redis \| 6 \(4 direct\) \|/);
  });

  it('orders each compose project of a layout with three of them', async () => {
    const { code, stdout } = await cli(['order', '--root', AGENT_PLATFORM, '--format', 'json']);
    expect(code).toBe(0);
    const order = JSON.parse(stdout) as OrderJson;
    expect(new Set(order.waves.flat().map((e) => e.project))).toEqual(new Set(['', 'sutazai-gpu', 'deployments/edge']));
    await expectDependenciesFirst(AGENT_PLATFORM, order);
  });

  it('reports a depends_on cycle and still exits 0', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'monopin-order-cycle-'));
    await writeFile(join(repo, 'docker-compose.yml'), 'services:\n  a:\n    image: x/a\n    depends_on: [b]\n  b:\n    image: x/b\n    depends_on: [a]\n  c:\n    image: x/c\n');
    const { code, stdout } = await cli(['order', '--root', repo, '--format', 'json']);
    expect(code).toBe(0);
    const order = JSON.parse(stdout) as OrderJson;
    expect(order.cycles).toHaveLength(1);
    expect([...order.cycles[0]!].sort()).toEqual(['a', 'a', 'b']);
    expect(order.waves.flat().map((e) => e.service).sort()).toEqual(['a', 'b', 'c']);
  });

  it('takes only its own flags', async () => {
    const { code, stderr } = await cli(['order', '--root', DEMO, '--base', 'main']);
    expect(code).toBe(2);
    expect(oneLine(stderr)).toEqual(['monopin: --base does not go with order (its flags: monopin help order)']);
    expect((await cli(['order', '--root', DEMO, '--format', 'sarif'])).code).toBe(2);
  });
});

describe('help', () => {
  it('lists every command on --help and bare `help`, exit 0; bare `monopin` is a usage error', async () => {
    for (const args of [['--help'], ['help'], ['-h']]) {
      const { code, stdout } = await cli(args);
      expect(code).toBe(0);
      for (const command of ['scan', 'check', 'bump', 'rebuild', 'order', 'help']) expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
    expect((await cli([])).code).toBe(2);
  });

  it.each([
    [['help', 'order'], ['--root', '--format', '--config'], ['--packages', '--base', '--fail-on', '--write']],
    [['order', '--help'], ['--root', '--format'], ['--packages', '--base']],
    [['rebuild', '--help'], ['--packages', '--since', '--push', '--network', '--dry-run'], ['--base', '--write', '--python']],
    [['check', '-h'], ['--base', '--fail-on', '--advisories', '--index-url'], ['--packages', '--write', '--push']],
    [['help', 'bump'], ['--write', '--python', '--security-only', '--dry-run'], ['--packages', '--base']],
  ])('%j shows that command and its flags only', async (args, shown, hidden) => {
    const { code, stdout } = await cli(args);
    expect(code).toBe(0);
    const command = args[0] === 'help' ? args[1] : args[0];
    expect(stdout).toMatch(new RegExp(`^usage: monopin ${command} \\[options\\]`));
    for (const flag of shown) expect(stdout).toContain(`${flag} `);
    for (const flag of hidden) expect(stdout).not.toContain(flag);
  });

  it('says which command it has no help for, with the closest one', async () => {
    const { code, stderr } = await cli(['help', 'rebiuld']);
    expect(code).toBe(2);
    expect(oneLine(stderr)).toEqual(["monopin: no help for 'rebiuld'; did you mean rebuild?"]);
  });
});

describe('unknown options and commands', () => {
  it.each([
    [['check', '--frmat', 'json'], 'monopin: unknown option --frmat; did you mean --format?'],
    [['check', '--root=.', '--contraints', 'x.txt'], 'monopin: unknown option --contraints; did you mean --constraints?'],
    [['rebuild', '--pakages=a'], 'monopin: unknown option --pakages; did you mean --packages?'],
    [['chekc'], "monopin: unknown command 'chekc'; did you mean check?"],
    [['ordr'], "monopin: unknown command 'ordr'; did you mean order?"],
    [['frobnicate'], "monopin: unknown command 'frobnicate' (commands: scan, check, bump, rebuild, order, help)"],
    [['check', '--format'], 'monopin: --format needs a value'],
  ])('%j: one line, exit 2', async (args, line) => {
    const { code, stdout, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(oneLine(stderr)).toEqual([line]);
  });

  it('names no option when none is close, and never prints parseArgs\' paragraph', async () => {
    const { code, stderr } = await cli(['scan', '--zzzzzzzz']);
    expect(code).toBe(2);
    expect(oneLine(stderr)).toHaveLength(1);
    expect(stderr).toMatch(/^monopin: unknown option --zzzzzzzz \(monopin help/);
    expect(stderr).not.toMatch(/positional|did you mean/);
  });
});

describe('one-line errors naming the path and the fix', () => {
  it('--base outside a git repository', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'monopin-nogit-'));
    await cp(DEMO, dir, { recursive: true });
    const { code, stderr } = await cli(['check', '--root', dir, '--base', 'main']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n').at(-1)).toBe(`monopin: ${dir} is not a git repository: run inside a clone, or drop --base`);
    expect(stderr).not.toMatch(/fatal:/);
  });

  it('a missing --config file, without ENOENT', async () => {
    const { code, stderr } = await cli(['check', '--root', DEMO, '--config', 'nope.yml']);
    expect(code).toBe(2);
    expect(oneLine(stderr)).toEqual([`monopin: config file ${join(process.cwd(), DEMO, 'nope.yml')} does not exist: fix the --config path (relative to the root), or drop --config`]);
  });

  it('a config path that cannot be read as a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'monopin-config-dir-'));
    await cp(DEMO, dir, { recursive: true });
    await mkdir(join(dir, 'conf.yml'));
    const { code, stderr } = await cli(['check', '--root', dir, '--config', 'conf.yml']);
    expect(code).toBe(2);
    expect(oneLine(stderr)).toEqual([`monopin: config file ${join(dir, 'conf.yml')} is a directory: point --config at the YAML file, e.g. .github/monopin.yml`]);
  });

  it('a default config that exists but cannot be read is an error, not silently skipped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'monopin-config-default-'));
    await cp(DEMO, dir, { recursive: true });
    await rm(join(dir, '.github/monopin.yml'), { force: true });
    await mkdir(join(dir, '.github/monopin.yml'), { recursive: true });
    const { code, stderr } = await cli(['check', '--root', dir]);
    expect(code).toBe(2);
    expect(stderr).toContain(`config file ${join(dir, '.github/monopin.yml')} is a directory`);
  });
});

describe('check with no central constraints file', () => {
  async function unconstrainedRepo(config?: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'monopin-no-constraints-'));
    await mkdir(join(dir, 'services/a'), { recursive: true });
    await mkdir(join(dir, 'services/b'), { recursive: true });
    await writeFile(join(dir, 'services/b/requirements.txt'), 'httpx>=0.27\n');
    await writeFile(join(dir, 'services/a/requirements.txt'), 'httpx<0.27\nredis\n');
    if (config !== undefined) {
      await mkdir(join(dir, '.github'));
      await writeFile(join(dir, '.github/monopin.yml'), config);
    }
    return dir;
  }

  it('adds a no-constraints warning in every format', async () => {
    const dir = await unconstrainedRepo();
    const json = await cli(['check', '--root', dir, '--format', 'json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'no-constraints', severity: 'warning', location: expect.objectContaining({ file: 'services/a/requirements.txt', line: 1 }) }),
    ]);
    expect(report.findings[0]!.message).toMatch(/--constraints FILE or `constraints: FILE`/);
    const sarif = JSON.parse((await cli(['check', '--root', dir, '--format', 'sarif'])).stdout) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual(['no-constraints']);
    for (const format of ['text', 'markdown']) expect((await cli(['check', '--root', dir, '--format', format])).stdout).toMatch(/no-constraints|No central constraints file/);
    // A warning: it fails only when warnings do.
    expect((await cli(['check', '--root', dir, '--fail-on', 'warning'])).code).toBe(1);
  });

  it('is gone when config turns it off or a constraints file is named', async () => {
    const off = await unconstrainedRepo('rules:\n  no-constraints: off\n');
    expect((JSON.parse((await cli(['check', '--root', off, '--format', 'json'])).stdout) as Report).findings).toEqual([]);
    const named = await unconstrainedRepo();
    await writeFile(join(named, 'constraints.txt'), 'httpx==0.27.2\n');
    const report = JSON.parse((await cli(['check', '--root', named, '--constraints', 'constraints.txt', '--format', 'json'])).stdout) as Report;
    expect(report.findings.map((f) => f.rule)).not.toContain('no-constraints');
    expect(report.findings.map((f) => f.rule)).toContain('conflict');
  });

  it('is not raised on the demo, which has one', async () => {
    const report = JSON.parse((await cli(['check', '--root', DEMO, '--format', 'json'])).stdout) as Report;
    expect(report.findings.map((f) => f.rule)).not.toContain('no-constraints');
  });
});

describe('rebuild --packages with unknown names', () => {
  const waves = (stdout: string): string[][] => (JSON.parse(stdout) as { waves: { image: string }[][] }).waves.map((w) => w.map((e) => e.image));

  it('warns on stderr and plans nothing for a name no file installs', async () => {
    const { code, stdout, stderr } = await cli(['rebuild', '--dry-run', '--root', DEMO, '--format', 'json', '--packages', 'nosuchpkg']);
    expect(code).toBe(0);
    expect(waves(stdout)).toEqual([]);
    expect(oneLine(stderr)).toEqual(['monopin: warning: --packages nosuchpkg: no requirement, pin or Dockerfile install names this package; nothing to rebuild for it']);
  });

  it('names the closest known package and plans only the known ones', async () => {
    const known = await cli(['rebuild', '--dry-run', '--root', DEMO, '--format', 'json', '--packages', 'pydantic']);
    const mixed = await cli(['rebuild', '--dry-run', '--root', DEMO, '--format', 'json', '--packages', 'pydantik,pydantic']);
    expect(mixed.code).toBe(0);
    expect(waves(mixed.stdout)).toEqual(waves(known.stdout));
    expect(waves(known.stdout).flat().length).toBeGreaterThan(0);
    expect(known.stderr).toBe('');
    expect(mixed.stderr).toMatch(/^monopin: warning: --packages pydantik: .* \(did you mean pydantic\?\); nothing to rebuild for it\n$/);
  });
});
