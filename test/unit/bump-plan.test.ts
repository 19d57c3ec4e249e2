// The planner's per-release criteria: consumers, yanked, requires-python, cooldown, ignore rules,
// rejections, allowed update types, pre-releases; and the shape of the plan.
import { describe, expect, it } from 'vitest';
import { planBumps, type PlanInput } from '../../src/bump/plan.js';
import type { Consumer, CoreMetadata, IgnoreRule, Plan, PolicyOptions, Release } from '../../src/bump/types.js';
import type { MarkerEnvironment } from '../../src/pep/marker.js';

const NOW = new Date('2026-11-27T12:00:00Z');
const daysAgo = (n: number): string => new Date(NOW.getTime() - n * 86_400_000).toISOString();
const ENV: MarkerEnvironment = {
  python_version: '3.12',
  python_full_version: '3.12.0',
  sys_platform: 'linux',
  platform_system: 'Linux',
  os_name: 'posix',
  platform_machine: 'x86_64',
  implementation_name: 'cpython',
  platform_python_implementation: 'CPython',
};

interface Rel {
  deps?: string[];
  py?: string;
  /** days since upload; null: unknown; default 30 */
  age?: number | null;
  yanked?: boolean;
}
type Universe = Record<string, Record<string, Rel>>;

interface Options {
  consumers?: Record<string, { spec: string; marker?: string; file?: string; line?: number }[]>;
  policy?: Partial<PolicyOptions>;
}

function run(pins: Record<string, string>, universe: Universe, options: Options = {}): Plan {
  const releases = new Map<string, Release[]>();
  for (const [name, versions] of Object.entries(universe)) {
    releases.set(
      name,
      Object.entries(versions).map(([version, r]) => ({
        version,
        yanked: r.yanked ?? false,
        hasWheel: true,
        ...(r.age !== null && { uploadTime: daysAgo(r.age ?? 30) }),
        ...(r.py !== undefined && { requiresPython: r.py }),
      })),
    );
  }
  const consumers = new Map<string, Consumer[]>();
  for (const [name, list] of Object.entries(options.consumers ?? {})) {
    consumers.set(
      name,
      list.map((c, i) => ({ specifier: c.spec, marker: c.marker, location: { file: c.file ?? 'svc/requirements.txt', line: c.line ?? i + 1, column: 1 } })),
    );
  }
  const metadata = (name: string, version: string): CoreMetadata | undefined => ({ name, version, requiresDist: universe[name]?.[version]?.deps ?? [] });
  const input: PlanInput = {
    pins: Object.entries(pins).map(([name, version], i) => ({ name, version, location: { file: 'constraints.txt', line: i + 1, column: 1 } })),
    consumers,
    releases,
    metadata,
    environment: ENV,
    policy: { now: NOW, minReleaseAgeDays: 7, pythonVersion: '3.12', allowedUpdateTypes: {}, ignore: [], ...options.policy },
  };
  const { plan, needs } = planBumps(input);
  expect(needs).toEqual([]);
  return plan;
}

const summary = (plan: Plan): Record<string, string> =>
  Object.fromEntries([...plan.bumps.map((b) => [b.name, b.to]), ...plan.held.map((h) => [h.name, `held ${h.current}`])]);

const rule = (r: Partial<IgnoreRule>): IgnoreRule => ({ name: 'web', source: 'monopin.yml', ...r });

describe('planBumps: per-release criteria', () => {
  const three: Universe = { web: { '1.0': {}, '1.1': {}, '2.0': {} } };

  it.each<[string, Universe, Options, string, RegExp | undefined]>([
    ['no criteria: the newest', three, {}, '2.0', undefined],
    ['a consumer excludes the newest', three, { consumers: { web: [{ spec: '<2', file: 'api/requirements.txt', line: 4 }] } }, '1.1', /^api\/requirements\.txt:4 requires web<2 and excludes 2\.0: widen that specifier to let it in\.$/],
    ['a consumer whose marker is false is ignored', three, { consumers: { web: [{ spec: '<2', marker: 'python_version < "3.10"' }] } }, '2.0', undefined],
    ['a consumer whose marker is true counts', three, { consumers: { web: [{ spec: '<2', marker: 'sys_platform == "linux"' }] } }, '1.1', /excludes 2\.0/],
    ['every consumer must accept', three, { consumers: { web: [{ spec: '>=1' }, { spec: '~=1.0' }] } }, '1.1', /svc\/requirements\.txt:2 .*requires web~=1\.0 and excludes 2\.0/],
    ['an exact consumer pin holds everything', three, { consumers: { web: [{ spec: '==1.0' }] } }, 'held 1.0', /pins web==1\.0 and excludes 2\.0/],
    ['yanked', { web: { '1.0': {}, '1.1': {}, '2.0': { yanked: true } } }, {}, '1.1', /^2\.0 is yanked on the index\.$/],
    ['requires-python >=3.13', { web: { '1.0': {}, '1.1': {}, '2.0': { py: '>=3.13' } } }, {}, '1.1', /^2\.0 requires Python >=3\.13; the target is 3\.12\.$/],
    ['requires-python >=3.9 admits 3.12', { web: { '1.0': {}, '2.0': { py: '>=3.9' } } }, {}, '2.0', undefined],
    ['requires-python !=3.12.* excludes 3.12', { web: { '1.0': {}, '1.1': {}, '2.0': { py: '>=3.8, !=3.12.*' } } }, {}, '1.1', /requires Python/],
    ['requires-python >=3.12 admits 3.12 (as 3.12.0)', { web: { '1.0': {}, '2.0': { py: '>=3.12' } } }, {}, '2.0', undefined],
    ['requires-python >3.12 excludes 3.12.0', { web: { '1.0': {}, '1.1': {}, '2.0': { py: '>3.12' } } }, {}, '1.1', /requires Python/],
    ['requires-python <3.12', { web: { '1.0': {}, '1.1': {}, '2.0': { py: '<3.12' } } }, {}, '1.1', /requires Python/],
    ['cooldown', { web: { '1.0': {}, '1.1': { age: 8 }, '2.0': { age: 2 } } }, {}, '1.1', /^2\.0 was released 2 days ago; the cooldown is 7 days\.$/],
    ['cooldown: exactly the minimum age passes', { web: { '1.0': {}, '2.0': { age: 7 } } }, {}, '2.0', undefined],
    ['unknown upload time is allowed, and said', { web: { '1.0': {}, '2.0': { age: null } } }, {}, '2.0', /^The upload time of 2\.0 is unknown, so the cooldown was not checked\.$/],
    ['ignore the whole package', three, { policy: { ignore: [rule({ source: 'comment #7' })] } }, 'held 1.0', /^2\.0 was rejected \(comment #7\)\./],
    ['ignore one version (a rejection)', three, { policy: { ignore: [rule({ version: '2.0', source: 'closed PR #12' })] } }, '1.1', /^2\.0 was rejected \(closed PR #12\)\.$/],
    ['ignore a version range', three, { policy: { ignore: [rule({ version: '>=1.1' })] } }, 'held 1.0', /ignored/],
    ['ignore a wildcard', three, { policy: { ignore: [rule({ version: '2.*' })] } }, '1.1', /ignored/],
    ['ignore major updates', three, { policy: { ignore: [rule({ updateTypes: ['major'] })] } }, '1.1', /ignored/],
    ['an ignore rule for another package', three, { policy: { ignore: [rule({ name: 'core' })] } }, '2.0', undefined],
    ['allowed update types for the package', three, { policy: { allowedUpdateTypes: { web: ['minor', 'patch'] } } }, '1.1', /^2\.0 is a major update, and only minor, patch updates are allowed for web\.$/],
    ['allowed update types for every package', three, { policy: { allowedUpdateTypes: { '*': ['patch'] } } }, 'held 1.0', /only patch updates are allowed/],
    ['the package entry wins over *', three, { policy: { allowedUpdateTypes: { '*': ['patch'], web: ['major'] } } }, '2.0', undefined],
    ['pre-releases are skipped for a final pin', { web: { '1.0': {}, '1.1': {}, '2.0rc1': {}, '2.0.dev3': {} } }, {}, '1.1', undefined],
  ])('%s', (_, universe, options, expected, reason) => {
    const plan = run({ web: '1.0' }, universe, options);
    expect(summary(plan)).toEqual({ web: expected });
    const text = plan.bumps[0]?.reason ?? plan.held[0]?.reason;
    if (reason) expect(text).toMatch(reason);
    else expect(text).toBeUndefined();
  });

  it.each([
    ['2.0rc1', { '2.0rc1': {}, '2.0rc2': {} }, '2.0rc2'],
    ['2.0rc1', { '2.0rc1': {}, '2.0rc2': {}, '2.0': {} }, '2.0'],
    ['2.0rc1', { '2.0rc1': {}, '2.0': {}, '2.1b1': {} }, '2.1b1'],
  ])('a pre-release pin %s may move to pre-releases', (pin, versions, expected) => {
    expect(summary(run({ web: pin }, { web: versions }))).toEqual({ web: expected });
  });

  it('holds nothing and bumps nothing when only pre-releases are newer than a final pin', () => {
    const plan = run({ web: '1.0' }, { web: { '1.0': {}, '2.0b1': {} } });
    expect(plan).toEqual({ bumps: [], held: [], errors: [] });
  });

  it('fills the bump: update type, consumers, age; held back from the newest with every reason', () => {
    const plan = run(
      { web: '1.0' },
      { web: { '1.0': {}, '1.0.1': { age: 10 }, '1.2': { age: 1 } } },
      { consumers: { web: [{ spec: '>=1' }, { spec: '' }] } },
    );
    expect(plan.bumps).toEqual([
      {
        name: 'web',
        from: '1.0',
        to: '1.0.1',
        updateType: 'patch',
        consumers: 2,
        releaseAgeDays: 10,
        heldBackFrom: '1.2',
        reason: '1.2 was released 1 day ago; the cooldown is 7 days.',
        reasons: [{ code: 'cooldown', version: '1.2', text: '1.2 was released 1 day ago; the cooldown is 7 days.' }],
      },
    ]);
  });

  it('lists at most three consumers that exclude a version', () => {
    const consumers = { web: [1, 2, 3, 4, 5].map((line) => ({ spec: '<2', line })) };
    const plan = run({ web: '1.0' }, { web: { '1.0': {}, '2.0': {} } }, { consumers });
    expect(plan.held[0]?.reason).toBe(
      '5 lines in 1 file require web<2 and exclude 2.0: widen those specifiers to let it in.',
    );
  });

  it('names consumers that already conflict with the current pin apart, with the fix (the aiohttp case)', () => {
    const consumers = { aiohttp: Array.from({ length: 12 }, (_, i) => ({ spec: '==3.9.1', file: `svc${i}/requirements.txt`, line: 3 })) };
    const plan = run({ aiohttp: '3.11.11' }, { aiohttp: { '3.9.1': {}, '3.11.11': {}, '3.12.0': {} } }, { consumers });
    expect(plan.held).toEqual([
      {
        name: 'aiohttp',
        current: '3.11.11',
        newest: '3.12.0',
        reason: '12 files pin aiohttp==3.9.1 and already conflict with 3.11.11, the constraint: no newer version can satisfy them either; fix those pins first (`monopin check` lists them).',
        reasons: [expect.objectContaining({ code: 'consumer-excludes-current', version: '3.12.0' })],
      },
    ]);
  });

  it('tells apart consumers that conflict already from those the new version breaks', () => {
    const consumers = { web: [{ spec: '==0.9', file: 'old/requirements.txt', line: 1 }, { spec: '<2', file: 'api/requirements.txt', line: 2 }] };
    const plan = run({ web: '1.0' }, { web: { '0.9': {}, '1.0': {}, '2.0': {} } }, { consumers });
    expect(plan.held[0]?.reasons.map((r) => r.code)).toEqual(['consumer-excludes-current', 'consumer-excludes-candidate']);
    expect(plan.held[0]?.reason).toBe(
      'old/requirements.txt:1 pins web==0.9 and already conflicts with 1.0, the constraint: no newer version can satisfy it either; fix that pin first (`monopin check` lists it). ' +
        'api/requirements.txt:2 requires web<2 and excludes 2.0: widen that specifier to let it in.',
    );
  });

  it('sorts bumps and held pins by name, skips pins with nothing newer', () => {
    const plan = run(
      { zed: '1.0', alpha: '1.0', mid: '1.0', beta: '1.0', same: '3.0' },
      { zed: { '1.1': {} }, alpha: { '1.1': {} }, mid: { '2.0': { yanked: true } }, beta: { '2.0': { age: 0 } }, same: { '3.0': {}, '2.0': {} } },
    );
    expect(plan.bumps.map((b) => b.name)).toEqual(['alpha', 'zed']);
    expect(plan.held.map((h) => h.name)).toEqual(['beta', 'mid']);
  });

  it('passes errors through and leaves those packages out of bumps and held', () => {
    const plan = planBumps({
      pins: [{ name: 'web', version: '1.0', location: { file: 'c.txt', line: 1, column: 1 } }],
      consumers: new Map(),
      releases: new Map([['web', [{ version: '2.0', yanked: false, hasWheel: true }]]]),
      metadata: () => 'missing',
      environment: ENV,
      policy: { now: NOW, minReleaseAgeDays: 0, pythonVersion: '3.12', allowedUpdateTypes: {}, ignore: [] },
      errors: [{ name: 'web', message: 'index answered 500' }],
    }).plan;
    expect(plan).toEqual({ bumps: [], held: [], errors: [{ name: 'web', message: 'index answered 500' }] });
  });

  it('reports a second pin of the same package and plans the first', () => {
    const plan = planBumps({
      pins: [
        { name: 'Web', version: '1.0', location: { file: 'c.txt', line: 1, column: 1 } },
        { name: 'web', version: '1.1', location: { file: 'c.txt', line: 9, column: 1 } },
      ],
      consumers: new Map(),
      releases: new Map([['web', [{ version: '2.0', yanked: false, hasWheel: true }]]]),
      metadata: () => 'missing',
      environment: ENV,
      policy: { now: NOW, minReleaseAgeDays: 0, pythonVersion: '3.12', allowedUpdateTypes: {}, ignore: [] },
    }).plan;
    expect(plan.bumps.map((b) => [b.name, b.from, b.to])).toEqual([['web', '1.0', '2.0']]);
    expect(plan.errors).toEqual([{ name: 'web', message: 'pinned again at c.txt:9; planned only the pin at c.txt:1' }]);
  });

  it('holds a pin whose marker is false in the target environment', () => {
    const plan = planBumps({
      pins: [{ name: 'web', version: '1.0', marker: 'python_version < "3.9"', location: { file: 'c.txt', line: 1, column: 1 } }],
      consumers: new Map(),
      releases: new Map([['web', [{ version: '2.0', yanked: false, hasWheel: true }]]]),
      metadata: () => 'missing',
      environment: ENV,
      policy: { now: NOW, minReleaseAgeDays: 0, pythonVersion: '3.12', allowedUpdateTypes: {}, ignore: [] },
    }).plan;
    expect(plan.bumps).toEqual([]);
    expect(plan.held).toEqual([{ name: 'web', current: '1.0', newest: '2.0', reason: expect.stringMatching(/marker .* is false/), reasons: [expect.objectContaining({ code: 'policy' })] }]);
  });

  it('asks for no metadata when nothing has a candidate', () => {
    const result = planBumps({
      pins: [{ name: 'web', version: '1.0', location: { file: 'c.txt', line: 1, column: 1 } }],
      consumers: new Map(),
      releases: new Map([['web', [{ version: '2.0', yanked: true, hasWheel: true }]]]),
      metadata: () => undefined,
      environment: ENV,
      policy: { now: NOW, minReleaseAgeDays: 0, pythonVersion: '3.12', allowedUpdateTypes: {}, ignore: [] },
    });
    expect(result.needs).toEqual([]);
    expect(result.plan.held).toHaveLength(1);
  });
});
