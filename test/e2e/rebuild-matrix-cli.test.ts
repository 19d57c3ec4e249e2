// e2e 3: the rebuild matrix of the fixture monorepo, from the real CLI process (`rebuild --dry-run`,
// no docker), on copies of the fixtures; and the clear error for images built FROM each other.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess, type CliRun } from '../support/cli-process.js';
import { makeRepo } from '../support/git-repo.js';

interface Entry {
  image: string;
  dockerfile: string;
  context: string;
  tags: string[];
}

let tmp: string;
let monorepo: string;
/** The monorepo with python-base's whole-constraints COPY replaced by its own slice (the fix `rebuild` proposes). */
let sliced: string;
let cycle: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'monopin-rebuild-e2e-'));
  monorepo = join(tmp, 'monorepo');
  sliced = join(tmp, 'sliced');
  cycle = join(tmp, 'cycle');
  await cp(resolve('test/fixtures/monorepo'), monorepo, { recursive: true });
  await cp(resolve('test/fixtures/monorepo'), sliced, { recursive: true });
  await cp(resolve('test/fixtures/images/cycle'), cycle, { recursive: true });
  const dockerfile = join(sliced, 'docker/base/python-base.Dockerfile');
  const text = await readFile(dockerfile, 'utf8');
  const fixed = text.replace('COPY docker/base/requirements-constraints.txt /etc/pip/constraints.txt', 'COPY docker/base/python-base-constraints.txt /etc/pip/constraints.txt');
  expect(fixed).not.toBe(text);
  await writeFile(dockerfile, fixed);
  await writeFile(join(sliced, 'docker/base/python-base-constraints.txt'), 'fastapi==0.115.6\npydantic==2.10.4\nrequests==2.32.3\nuvicorn==0.32.1\n');
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Runs the CLI; the `{date}` tags are today's (UTC) date, read around the run so midnight cannot flake. */
async function rebuild(args: string[], options: { cwd?: string } = {}): Promise<CliRun & { dates: string[] }> {
  const before = new Date().toISOString().slice(0, 10);
  const run = await runCliProcess(['rebuild', '--dry-run', ...args], options);
  const after = new Date().toISOString().slice(0, 10);
  return { ...run, dates: [...new Set([before, after])] };
}

function wavesOf(run: CliRun): Entry[][] {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const out = JSON.parse(run.stdout) as { waves: Entry[][] };
  expect(Object.keys(out)).toEqual(['waves', 'warnings', 'ambiguities']);
  return out.waves;
}

const names = (waves: Entry[][]): string[][] => waves.map((w) => w.map((e) => e.image));

/** The matrix entry of an image: compose `image:` names the registry repository of the base images; services have none. */
function entry(image: string, dockerfile: string, context: string, date: string, repository = image): Entry {
  return { image, dockerfile, context, tags: [`${repository}:${date}`, `${repository}:latest`] };
}

describe('monopin rebuild --dry-run --format json on the fixture monorepo', () => {
  it('prints exactly the waves: bases first, every service in the last wave', async () => {
    const run = await rebuild(['--root', monorepo, '--format', 'json']);
    const waves = wavesOf(run);
    const date = run.dates.find((d) => waves[0]![0]!.tags[0]!.endsWith(d))!;
    expect(date).toBeDefined();
    expect(waves).toEqual([
      // wave 1: python-base is built FROM python:3.12-slim (no image of the repository); ai-base and
      // security-base are built FROM it, so it goes first.
      [entry('python-base', 'docker/base/python-base.Dockerfile', '.', date, 'ghcr.io/acme/python-base')],
      // wave 2: both FROM ghcr.io/acme/python-base:latest, and bases of services: ai-base of agent,
      // reporter and search; security-base of gateway and scanner.
      [
        entry('ai-base', 'docker/base/ai-base.Dockerfile', '.', date, 'ghcr.io/acme/ai-base'),
        entry('security-base', 'docker/base/security-base.Dockerfile', '.', date, 'ghcr.io/acme/security-base'),
      ],
      // wave 3: the compose services, nothing is built FROM them. api, notifier and worker are FROM
      // python-base only, but waves peel from the leaves, so they build with the other services.
      // Contexts from compose: `build: ./services/x` or `context:`; api and scanner build from the root.
      [
        entry('agent', 'services/agent/Dockerfile', 'services/agent', date), // FROM ai-base
        entry('api', 'services/api/Dockerfile', '.', date), // FROM python-base
        entry('gateway', 'services/gateway/Dockerfile', 'services/gateway', date), // FROM security-base
        entry('notifier', 'services/notifier/Dockerfile', 'services/notifier', date), // FROM python-base
        entry('reporter', 'services/reporter/Dockerfile', 'services/reporter', date), // FROM ai-base
        entry('scanner', 'services/scanner/Dockerfile', '.', date), // FROM security-base
        entry('search', 'services/search/Dockerfile', 'services/search', date), // FROM ai-base
        entry('worker', 'services/worker/Dockerfile', 'services/worker', date), // FROM python-base
      ],
    ]);
  });

  it('reads the repository from the working directory when --root is not given, with the same matrix', async () => {
    const here = await rebuild(['--format', 'json'], { cwd: monorepo });
    const there = await rebuild(['--root', monorepo, '--format', 'json']);
    expect(wavesOf(here)).toEqual(wavesOf(there));
  });
});

describe('monopin rebuild --dry-run --packages', () => {
  it('openai on the fixture: python-base COPYs the whole constraints file, so every image cascades', async () => {
    const waves = wavesOf(await rebuild(['--root', monorepo, '--packages', 'openai', '--format', 'json']));
    expect(names(waves)).toEqual([['python-base'], ['ai-base', 'security-base'], ['agent', 'api', 'gateway', 'notifier', 'reporter', 'scanner', 'search', 'worker']]);

    const text = await rebuild(['--root', monorepo, '--packages', 'openai']);
    expect(text.code).toBe(0);
    const marked = (mark: string): string[] => [...text.stdout.matchAll(/^ {2}(\S+) {2}\S+ {2}\(context [^)]+\)(.*)$/gm)].filter((m) => m[2]!.includes(mark)).map((m) => m[1]!);
    // Touched by openai itself: ai-base installs it (inline pin), agent (pyproject) and reporter (requirements)
    // install it, search is built FROM ai-base. The rest only because of the constraints-file COPYs.
    expect(marked('[cascade]')).toEqual(['python-base', 'security-base', 'api', 'gateway', 'notifier', 'scanner', 'worker']);
    expect(text.stdout).toContain('why: installs openai (docker/base/ai-base.Dockerfile:4)');
    expect(text.stdout).toContain('Cascade:\n  python-base COPYs the whole constraints file docker/base/requirements-constraints.txt (docker/base/python-base.Dockerfile:8)');
  });

  it.each([
    // ai-base installs openai inline; agent and reporter install it; search is built FROM ai-base;
    // scanner still COPYs the whole constraints file (its cascade). python-base is left alone.
    ['openai', [['ai-base'], ['agent', 'reporter', 'scanner', 'search']]],
    // security-base installs cryptography inline; gateway is built FROM it; scanner installs it (and cascades).
    ['cryptography', [['security-base'], ['gateway', 'scanner']]],
    // notifier and worker list redis in their requirements; scanner cascades. No base image installs it.
    ['redis', [['notifier', 'scanner', 'worker']]],
  ])('%s with python-base on its own constraints slice: only the touched images and the cascade', async (pkg, expected) => {
    expect(names(wavesOf(await rebuild(['--root', sliced, '--packages', pkg, '--format', 'json'])))).toEqual(expected);
  });
});

describe('monopin rebuild on images built FROM each other', () => {
  it.each([
    ['json', ['--format', 'json']],
    ['text', []],
    ['json, one package', ['--format', 'json', '--packages', 'openai']],
  ])('%s: exit 2, nothing on stdout, one stderr line naming the images and the FROM lines', async (_name, args) => {
    const run = await rebuild(['--root', cycle, ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'monopin: images build FROM each other in a cycle: ai-base → python-base → ai-base (each is the base of the next): ' +
        'docker/python-base.Dockerfile:2 FROM ghcr.io/acme/ai-base:latest; docker/ai-base.Dockerfile:1 FROM ghcr.io/acme/python-base:latest' +
        ' — change one of these FROMs\n',
    );
  });
});

describe('monopin rebuild --since (pins and files changed since a revision, working tree included)', () => {
  it('rebuilds the agent alone for an edit of a file its Dockerfile COPYs, and what openai touches for an openai pin', async () => {
    const repo = join(tmp, 'since');
    await cp(sliced, repo, { recursive: true });
    const base = makeRepo(repo);
    const pyproject = join(repo, 'services/agent/pyproject.toml');
    await writeFile(pyproject, `${await readFile(pyproject, 'utf8')}# edited\n`);
    expect(names(wavesOf(await rebuild(['--root', repo, '--since', base, '--format', 'json'])))).toEqual([['agent']]);

    const constraints = join(repo, 'docker/base/requirements-constraints.txt');
    const text = await readFile(constraints, 'utf8');
    expect(text).toContain('openai==1.57.4');
    await writeFile(constraints, text.replace('openai==1.57.4', 'openai==1.58.0'));
    await writeFile(pyproject, await readFile(join(sliced, 'services/agent/pyproject.toml'), 'utf8'));
    const run = await rebuild(['--root', repo, '--since', base]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Changed packages: openai');
    expect(run.stdout).toMatch(/wave 1\n {2}ai-base [^\n]*\n[^\n]*\n {4}why: installs openai/);
    expect(names(wavesOf(await rebuild(['--root', repo, '--since', base, '--format', 'json'])))).toEqual([['ai-base'], ['agent', 'reporter', 'scanner', 'search']]);
  });

  it('names a revision git does not know', async () => {
    const repo = join(tmp, 'since');
    const run = await rebuild(['--root', repo, '--since', 'no-such-ref']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^monopin: .*no-such-ref/);
  });
});
