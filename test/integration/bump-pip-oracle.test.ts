// Real pip as the oracle of the planner: the constraints file it writes must install, and the
// versions it held back must be the ones pip cannot install together. The planner is fed the same
// data the test index is built from (not the index client), so only the planner is under test.
import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planBumps } from '../../src/bump/plan.js';
import { planWithIndex } from '../../src/bump/plan-with-index.js';
import { createIndexClient } from '../../src/index/client.js';
import { releasesOf } from '../../src/index/filenames.js';
import type { Consumer, CoreMetadata, Plan, Release } from '../../src/bump/types.js';
import type { MarkerEnvironment } from '../../src/pep/marker.js';
import { normalizeName } from '../../src/pep/name.js';
import { buildIndex, type BuiltIndex, type IndexRelease } from '../support/package-index/build.js';
import { pipDryRun, type PipResult } from '../support/package-index/pip.js';
import { serveIndex } from '../support/package-index/server.js';

const NOW = new Date('2026-11-27T12:00:00Z');
const OLD = '2026-09-01T00:00:00Z';
const RECENT = '2026-11-25T00:00:00Z';

// web 2.0 needs core>=2; core 2.0 needs util<1.3 while a service pins util==1.2... and core 2.1
// needs util>=2, which the service excludes. api 2.0 needs a json newer than the pin: both bump.
const RELEASES: IndexRelease[] = [
  { name: 'mp-web', version: '1.0', requiresDist: ['mp-core>=1'], uploadTime: OLD },
  { name: 'mp-web', version: '1.1', requiresDist: ['mp-core>=1,<2', 'mp-util>=9; python_version < "3"', 'mp-core<1; extra == "x"'], uploadTime: OLD },
  { name: 'mp-web', version: '2.0', requiresDist: ['mp-core>=2.1'], uploadTime: OLD },
  { name: 'mp-core', version: '1.0', uploadTime: OLD },
  { name: 'mp-core', version: '1.5', requiresDist: ['mp-util>=1'], uploadTime: OLD },
  { name: 'mp-core', version: '2.0', requiresDist: ['mp-util<1.2'], uploadTime: OLD },
  { name: 'mp-core', version: '2.1', requiresDist: ['mp-util>=2'], uploadTime: OLD },
  { name: 'mp-util', version: '1.2', uploadTime: OLD },
  { name: 'mp-util', version: '1.3', uploadTime: OLD },
  { name: 'mp-util', version: '2.0', uploadTime: OLD },
  { name: 'mp-api', version: '1.0', requiresDist: ['mp-json>=1'], uploadTime: OLD },
  { name: 'mp-api', version: '2.0', requiresDist: ['mp-json>=1.1', 'mp-unpinned>=1'], uploadTime: OLD },
  { name: 'mp-json', version: '1.0', uploadTime: OLD },
  { name: 'mp-json', version: '1.1', uploadTime: OLD },
  { name: 'mp-unpinned', version: '1.0', uploadTime: OLD },
  { name: 'mp-lib', version: '1.0', uploadTime: OLD },
  { name: 'mp-lib', version: '1.1', uploadTime: OLD },
  { name: 'mp-lib', version: '1.2', yanked: 'broken', uploadTime: OLD },
  { name: 'mp-lib', version: '2.0', requiresPython: '>=3.99', uploadTime: OLD },
  { name: 'mp-fresh', version: '1.0', uploadTime: OLD },
  { name: 'mp-fresh', version: '1.1', uploadTime: RECENT },
];
const PINS: Record<string, string> = { 'mp-web': '1.0', 'mp-core': '1.0', 'mp-util': '1.2', 'mp-api': '1.0', 'mp-json': '1.0', 'mp-lib': '1.0', 'mp-fresh': '1.0' };
// The one consumer: a service that pins util exactly.
const SERVICE_REQUIREMENTS = 'mp-util==1.2\nmp-web\nmp-api\n';

function pipProblem(): string | undefined {
  const r = spawnSync('python3', ['-m', 'pip', '--version'], { encoding: 'utf8' });
  if (r.error) return `python3 is not runnable: ${r.error.message}`;
  if (r.status !== 0) return `python3 -m pip does not run: ${r.stderr.trim()}`;
  return undefined;
}

/** The marker environment and full version of the python3 that pip runs on, so both sides judge alike. */
function pythonTarget(): { environment: MarkerEnvironment; pythonVersion: string } {
  const r = spawnSync('python3', ['-c', 'import json; from pip._vendor.packaging.markers import default_environment as d; print(json.dumps(d()))'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cannot read python3's marker environment: ${r.stderr}`);
  const environment = JSON.parse(r.stdout) as MarkerEnvironment;
  return { environment, pythonVersion: environment.python_full_version! };
}

const SERVICE_CONSUMERS = new Map<string, Consumer[]>([['mp-util', [{ specifier: '==1.2', location: { file: 'svc/requirements.txt', line: 1, column: 1 }, service: 'svc' }]]]);

function plan(pins: Record<string, string>, target: { environment: MarkerEnvironment; pythonVersion: string }, consumers = SERVICE_CONSUMERS): Plan {
  const releases = new Map<string, Release[]>();
  for (const r of RELEASES) {
    const name = normalizeName(r.name);
    const list = releases.get(name) ?? [];
    list.push({
      version: r.version,
      yanked: r.yanked !== undefined && r.yanked !== false,
      hasWheel: true,
      ...(r.uploadTime !== undefined && { uploadTime: r.uploadTime }),
      ...(r.requiresPython !== undefined && { requiresPython: r.requiresPython }),
    });
    releases.set(name, list);
  }
  const metadata = (name: string, version: string): CoreMetadata | 'missing' => {
    const r = RELEASES.find((x) => normalizeName(x.name) === name && x.version === version);
    return r === undefined ? 'missing' : { name, version, requiresDist: r.requiresDist ?? [], ...(r.requiresPython !== undefined && { requiresPython: r.requiresPython }) };
  };
  const { plan: result, needs } = planBumps({
    pins: Object.entries(pins).map(([name, version], i) => ({ name, version, location: { file: 'constraints.txt', line: i + 1, column: 1 } })),
    consumers,
    releases,
    metadata,
    environment: target.environment,
    policy: { now: NOW, minReleaseAgeDays: 7, pythonVersion: target.pythonVersion, allowedUpdateTypes: {}, ignore: [] },
  });
  expect(needs).toEqual([]);
  return result;
}

const applied = (pins: Record<string, string>, p: Plan): Record<string, string> => ({ ...pins, ...Object.fromEntries(p.bumps.map((b) => [b.name, b.to])) });

const problem = pipProblem();
if (problem !== undefined && process.env.CI) throw new Error(`the pip oracle needs python3 with pip in CI: ${problem}`);

describe.skipIf(problem !== undefined)('bump plan against real pip', () => {
  let root: string;
  let index: BuiltIndex;
  let target: { environment: MarkerEnvironment; pythonVersion: string };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'monopin-oracle-'));
    index = await buildIndex(join(root, 'index'), RELEASES);
    await mkdir(join(root, 'svc'));
    await writeFile(join(root, 'svc', 'requirements.txt'), SERVICE_REQUIREMENTS);
    target = pythonTarget();
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  let files = 0;
  async function pip(constraints: Record<string, string>): Promise<PipResult> {
    const file = join(root, `constraints-${++files}.txt`);
    await writeFile(file, Object.entries(constraints).map(([n, v]) => `${n}==${v}\n`).join(''));
    return pipDryRun(['--ignore-installed', '--index-url', index.fileUrl, '-c', file, '-r', join(root, 'svc', 'requirements.txt'), ...Object.keys(constraints)]);
  }
  const installed = (r: PipResult): Record<string, string> => Object.fromEntries((r.installs ?? []).map(([n, v]) => [normalizeName(n), v]));

  it('the current constraints install (the starting point is sound)', async () => {
    const r = await pip(PINS);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('plans the expected bumps and holds', () => {
    const p = plan(PINS, target);
    expect(p.bumps.map((b) => [b.name, b.from, b.to, b.heldBackFrom])).toEqual([
      ['mp-api', '1.0', '2.0', undefined],
      ['mp-core', '1.0', '1.5', '2.1'],
      ['mp-json', '1.0', '1.1', undefined],
      ['mp-lib', '1.0', '1.1', '2.0'],
      ['mp-web', '1.0', '1.1', '2.0'],
    ]);
    expect(p.held.map((h) => [h.name, h.current, h.newest])).toEqual([
      ['mp-fresh', '1.0', '1.1'],
      ['mp-util', '1.2', '2.0'],
    ]);
    expect(p.bumps.find((b) => b.name === 'mp-core')?.reason).toBe(
      // the cause (util stays), not the consequence (web 1.1, held back itself, caps core <2)
      'mp-core 2.1 requires mp-util>=2, but mp-util stays at 1.2.',
    );
    expect(p.bumps.find((b) => b.name === 'mp-web')?.reason).toBe(
      'mp-web 2.0 requires mp-core>=2.1, but mp-core is planned at 1.5.',
    );
    expect(p.held.find((h) => h.name === 'mp-util')?.reason).toBe('svc/requirements.txt:1 (service svc) pins mp-util==1.2 and excludes 2.0: widen that specifier to let it in.');
  });

  it('the planned constraints install, and pip picks exactly the planned versions', async () => {
    const next = applied(PINS, plan(PINS, target));
    const r = await pip(next);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const got = installed(r);
    for (const [name, version] of Object.entries(next)) expect([name, got[name]]).toEqual([name, version]);
  });

  it.each([
    ['mp-core held back: its newest needs a util the service excludes', { 'mp-core': '2.1' }],
    ['mp-core held back: the other newer one caps util below the pin', { 'mp-core': '2.0' }],
    ['mp-web held back: its newest needs the held-back core', { 'mp-web': '2.0' }],
    ['both un-held-back at once', { 'mp-web': '2.0', 'mp-core': '2.1' }],
  ])('pip finds no solution without the hold-back: %s', async (_, override) => {
    const next = applied(PINS, plan(PINS, target));
    const held = await pip({ ...next, ...override });
    expect(held.status).not.toBe(0);
    expect(held.stderr).toMatch(/ResolutionImpossible/);
  });

  it('planning again from the planned file proposes nothing, and pip still agrees', async () => {
    const next = applied(PINS, plan(PINS, target));
    const again = plan(next, target);
    expect(again.bumps).toEqual([]);
    expect((await pip(applied(next, again))).status).toBe(0);
  });

  describe('through the index client: with PEP 658 files and without (metadata read out of the wheels)', () => {
    async function planFromIndex(indexUrl: string): Promise<{ plan: Plan; wheelMetadataReads: number; metadataRequests: number }> {
      const client = createIndexClient({ indexUrl });
      const names = Object.keys(PINS);
      const releases = new Map(await Promise.all(names.map(async (n) => [n, releasesOf(await client.project(n))] as const)));
      const { plan: result, needs } = await planWithIndex({
        pins: Object.entries(PINS).map(([name, version], i) => ({ name, version, location: { file: 'constraints.txt', line: i + 1, column: 1 } })),
        consumers: SERVICE_CONSUMERS,
        releases,
        index: client,
        environment: target.environment,
        policy: { now: NOW, minReleaseAgeDays: 7, pythonVersion: target.pythonVersion, allowedUpdateTypes: {}, ignore: [] },
      });
      expect(needs).toEqual([]);
      const stats = client.stats();
      return { plan: result, wheelMetadataReads: stats.wheelMetadataReads, metadataRequests: stats.metadataRequests };
    }

    it('holds back the same releases with and without PEP 658 files, and pip installs the result from the index without them', async () => {
      const bare = await buildIndex(join(root, 'index-no-658'), RELEASES.map((r) => ({ ...r, noMetadataFile: true })));
      const server = await serveIndex(bare.dir);
      try {
        const withFiles = await planFromIndex(index.fileUrl);
        const withoutFiles = await planFromIndex(server.url);
        expect(withFiles.metadataRequests).toBeGreaterThan(0);
        expect(withFiles.wheelMetadataReads).toBe(0);
        expect(withoutFiles.metadataRequests).toBe(0);
        expect(withoutFiles.wheelMetadataReads).toBeGreaterThan(0);
        expect(server.requests.filter((r) => r.path.endsWith('.whl')).every((r) => r.status === 206)).toBe(true);
        // exactly the plan made from the metadata files, and the one made from the data itself
        expect(withoutFiles.plan).toEqual(withFiles.plan);
        expect(withoutFiles.plan).toEqual(plan(PINS, target));
        expect(withoutFiles.plan.bumps.find((b) => b.name === 'mp-core')).toMatchObject({ to: '1.5', heldBackFrom: '2.1' });
        expect(JSON.stringify(withoutFiles.plan)).not.toContain('no metadata');

        const next = applied(PINS, withoutFiles.plan);
        const file = join(root, 'constraints-no-658.txt');
        await writeFile(file, Object.entries(next).map(([n, v]) => `${n}==${v}\n`).join(''));
        const r = await pipDryRun(['--ignore-installed', '--index-url', bare.fileUrl, '-c', file, '-r', join(root, 'svc', 'requirements.txt'), ...Object.keys(next)]);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        expect(installed(r)).toMatchObject(next);
        const unheld = await pipDryRun(['--ignore-installed', '--index-url', bare.fileUrl, '-c', file, '-r', join(root, 'svc', 'requirements.txt'), 'mp-core==2.1']);
        expect(unheld.stderr).toMatch(/ResolutionImpossible|conflict/i);
      } finally {
        await server.close();
      }
    });
  });

  it('without the service pinning util the whole chain moves, and pip agrees', async () => {
    const next = applied(PINS, plan(PINS, target, new Map()));
    expect([next['mp-web'], next['mp-core'], next['mp-util']]).toEqual(['2.0', '2.1', '2.0']);
    const file = join(root, 'constraints-free.txt');
    await writeFile(file, Object.entries(next).map(([n, v]) => `${n}==${v}\n`).join(''));
    const r = await pipDryRun(['--ignore-installed', '--index-url', index.fileUrl, '-c', file, ...Object.keys(next)]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(installed(r)).toMatchObject(next);
  });
});
