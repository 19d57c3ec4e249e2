// Co-installability in the planner: the chosen pins must satisfy each other's Requires-Dist.
// Metadata is served through the planner's `needs` protocol, as the bump job does.
import { describe, expect, it } from 'vitest';
import { planBumps } from '../../src/bump/plan.js';
import type { CoreMetadata, Plan, PolicyOptions, Release } from '../../src/bump/types.js';
import type { MarkerEnvironment } from '../../src/pep/marker.js';

const NOW = new Date('2026-11-27T12:00:00Z');
const ENV: MarkerEnvironment = { python_version: '3.12', python_full_version: '3.12.0', sys_platform: 'linux', platform_system: 'Linux', os_name: 'posix', platform_machine: 'x86_64', implementation_name: 'cpython', platform_python_implementation: 'CPython' };

interface Rel {
  deps?: string[];
  /** days since upload, default 30 */
  age?: number;
  /** the index has no metadata file for it */
  noMetadata?: boolean;
}
type Universe = Record<string, Record<string, Rel>>;

interface Run {
  plan: Plan;
  rounds: number;
  fetched: string[];
}

function run(pins: Record<string, string>, universe: Universe, policy: Partial<PolicyOptions> = {}): Run {
  const releases = new Map<string, Release[]>(
    Object.entries(universe).map(([name, versions]) => [
      name,
      Object.entries(versions).map(([version, r]) => ({ version, yanked: false, hasWheel: true, uploadTime: new Date(NOW.getTime() - (r.age ?? 30) * 86_400_000).toISOString() })),
    ]),
  );
  const known = new Map<string, CoreMetadata | 'missing'>();
  const fetched: string[] = [];
  for (let rounds = 1; rounds <= 50; rounds++) {
    const { plan, needs } = planBumps({
      pins: Object.entries(pins).map(([name, version], i) => ({ name, version, location: { file: 'constraints.txt', line: i + 1, column: 1 } })),
      consumers: new Map(),
      releases,
      metadata: (name, version) => known.get(`${name} ${version}`),
      environment: ENV,
      policy: { now: NOW, minReleaseAgeDays: 7, pythonVersion: '3.12', allowedUpdateTypes: {}, ignore: [], ...policy },
    });
    if (needs.length === 0) return { plan, rounds, fetched };
    for (const { name, version } of needs) {
      const key = `${name} ${version}`;
      expect(known.has(key)).toBe(false); // never asked twice
      fetched.push(key);
      const rel = universe[name]?.[version];
      known.set(key, rel === undefined || rel.noMetadata ? 'missing' : { name, version, requiresDist: rel.deps ?? [] });
    }
  }
  throw new Error('the planner kept asking for metadata');
}

const summary = (plan: Plan): Record<string, string> =>
  Object.fromEntries([...plan.bumps.map((b) => [b.name, b.to]), ...plan.held.map((h) => [h.name, `held ${h.current}`])]);

/** Planning again from the planned versions proposes nothing. */
function expectIdempotent(pins: Record<string, string>, universe: Universe, plan: Plan, policy: Partial<PolicyOptions> = {}): void {
  const next = { ...pins, ...Object.fromEntries(plan.bumps.map((b) => [b.name, b.to])) };
  expect(run(next, universe, policy).plan.bumps).toEqual([]);
}

type Case = [string, Record<string, string>, Universe, Record<string, string>, Record<string, RegExp>?];

const cases: Case[] = [
  [
    "A's new version needs a newer B: both bump",
    { web: '1.0', core: '1.0' },
    { web: { '1.0': {}, '2.0': { deps: ['core>=2'] } }, core: { '1.0': {}, '2.0': {} } },
    { web: '2.0', core: '2.0' },
  ],
  [
    "A's new version caps B: B bumps only as far as A allows",
    { web: '1.0', core: '1.0' },
    { web: { '1.0': {}, '2.0': { deps: ['core>=1.5,<3'] } }, core: { '1.0': {}, '1.5': {}, '2.0': {}, '3.0': {} } },
    { web: '2.0', core: '2.0' },
    { core: /^web 2\.0 requires core>=1\.5,<3\.$/ },
  ],
  [
    "A's new version needs a B no candidate fits: A held back to the newest that fits",
    { web: '1.0', core: '1.0' },
    { web: { '1.0': {}, '1.5': { deps: ['core>=1,<3'] }, '2.0': { deps: ['core>=5'] } }, core: { '1.0': {}, '2.0': {} } },
    { web: '1.5', core: '2.0' },
    { web: /^web 2\.0 requires core>=5, but core is planned at 2\.0\.$/ },
  ],
  [
    'no version of A fits: A stays, with the reason',
    { web: '1.0', core: '1.0' },
    { web: { '1.0': {}, '2.0': { deps: ['core>=5'] } }, core: { '1.0': {} } },
    { web: 'held 1.0' },
    { web: /^web 2\.0 requires core>=5, but core stays at 1\.0\.$/ },
  ],
  [
    'B is in cooldown: A that needs it is held at its current pin (the pydantic case)',
    { pydantic: '2.10.6', 'pydantic-core': '2.27.2' },
    {
      pydantic: { '2.10.6': { deps: ['pydantic-core==2.27.2'] }, '2.11.0': { deps: ['pydantic-core==2.33.0'] } },
      'pydantic-core': { '2.27.2': {}, '2.33.0': { age: 2 } },
    },
    { pydantic: 'held 2.10.6', 'pydantic-core': 'held 2.27.2' },
    {
      pydantic: /^pydantic 2\.11\.0 requires pydantic-core==2\.33\.0, but pydantic-core stays at 2\.27\.2\.$/,
      'pydantic-core': /cooldown/,
    },
  ],
  [
    'a pin that stays constrains the others: its current Requires-Dist counts',
    { web: '1.0', core: '1.0' },
    { web: { '1.0': { deps: ['core<2'] }, '2.0': { age: 1 } }, core: { '1.0': {}, '1.9': {}, '2.0': {} } },
    { web: 'held 1.0', core: '1.9' },
    { core: /^web 1\.0 requires core<2\.$/ },
  ],
  [
    'mutual constraints: both move together',
    { a: '1.0', b: '1.0' },
    { a: { '1.0': { deps: ['b==1.0'] }, '2.0': { deps: ['b==2.0'] } }, b: { '1.0': { deps: ['a==1.0'] }, '2.0': { deps: ['a==2.0'] } } },
    { a: '2.0', b: '2.0' },
  ],
  [
    'mutual constraints with one side in cooldown: both stay',
    { a: '1.0', b: '1.0' },
    { a: { '1.0': { deps: ['b==1.0'] }, '2.0': { deps: ['b==2.0'] } }, b: { '1.0': { deps: ['a==1.0'] }, '2.0': { deps: ['a==2.0'], age: 1 } } },
    { a: 'held 1.0', b: 'held 1.0' },
    { a: /^a 2\.0 requires b==2\.0, but b stays at 1\.0/, b: /cooldown/ },
  ],
  [
    'a chain: A needs B>=2, B 2 needs C>=2',
    { a: '1.0', b: '1.0', c: '1.0' },
    { a: { '1.0': {}, '2.0': { deps: ['b>=2'] } }, b: { '1.0': {}, '2.0': { deps: ['c>=2'] } }, c: { '1.0': {}, '2.0': {} } },
    { a: '2.0', b: '2.0', c: '2.0' },
  ],
  [
    // greedy, not optimal: {a 2.0, b 2.0, c 2.0} fits too; the required package (a) moves first
    'a cycle of constraints: the required package gives way first',
    { a: '1.0', b: '1.0', c: '1.0' },
    { a: { '1.0': {}, '2.0': { deps: ['b>=2'] } }, b: { '1.0': {}, '2.0': { deps: ['c>=2'] } }, c: { '1.0': {}, '2.0': {}, '3.0': { deps: ['a<2'] } } },
    { a: 'held 1.0', b: '2.0', c: '3.0' },
    { a: /^c 3\.0 requires a<2\.$/ },
  ],
  [
    'a dependency on a package that is not pinned is ignored',
    { web: '1.0' },
    { web: { '1.0': {}, '2.0': { deps: ['numpy>=99', 'requests'] } } },
    { web: '2.0' },
  ],
  [
    'a Requires-Dist marker false under 3.12 is ignored',
    { web: '1.0', core: '1.0' },
    { web: { '1.0': {}, '2.0': { deps: ['core<2; python_version < "3.10"'] } }, core: { '1.0': {}, '2.0': {} } },
    { web: '2.0', core: '2.0' },
  ],
  [
    'an extra dependency is ignored',
    { web: '1.0', core: '1.0' },
    { web: { '1.0': {}, '2.0': { deps: ['core<2; extra == "x"', 'core[fast]<3 ; extra == "fast" and python_version >= "3"'] } }, core: { '1.0': {}, '2.0': {} } },
    { web: '2.0', core: '2.0' },
  ],
  [
    'a Requires-Dist marker true under 3.12 counts',
    { web: '1.0', core: '1.0' },
    { web: { '1.0': {}, '2.0': { deps: ['core<2; python_version >= "3.10" and sys_platform == "linux"'] } }, core: { '1.0': {}, '1.1': {}, '2.0': {} } },
    { web: '2.0', core: '1.1' },
  ],
  [
    'a conflict between two current pins is tolerated, not blamed on either bump',
    { web: '1.0', core: '1.0', util: '1.0' },
    { web: { '1.0': { deps: ['core>=2'] } }, core: { '1.0': {}, '1.1': { age: 1 } }, util: { '1.0': {}, '1.1': {} } },
    { core: 'held 1.0', util: '1.1' },
  ],
  [
    'a bump that fixes a pre-existing conflict',
    { web: '1.0', core: '1.0' },
    { web: { '1.0': { deps: ['core>=2'] } }, core: { '1.0': {}, '2.0': {} } },
    { core: '2.0' },
  ],
  [
    'an explicitly pinned pre-release satisfies a range, as in pip',
    { web: '1.0', core: '2.0rc1' },
    { web: { '1.0': {}, '2.0': { deps: ['core>=1.5'] } }, core: { '2.0rc1': {} } },
    { web: '2.0' },
  ],
];

describe('planBumps: co-installability', () => {
  it.each(cases)('%s', (_, pins, universe, expected, reasons = {}) => {
    const { plan } = run(pins, universe);
    expect(summary(plan)).toEqual(expected);
    for (const [name, re] of Object.entries(reasons)) {
      const entry = plan.bumps.find((b) => b.name === name) ?? plan.held.find((h) => h.name === name);
      expect(entry?.reason).toMatch(re);
    }
    expectIdempotent(pins, universe, plan);
  });

  it('assumes co-installable when the index has no metadata, and says so', () => {
    const { plan } = run({ web: '1.0', core: '1.0' }, { web: { '1.0': {}, '2.0': { noMetadata: true } }, core: { '1.0': {}, '2.0': {} } });
    expect(summary(plan)).toEqual({ web: '2.0', core: '2.0' });
    expect(plan.bumps[1]).toMatchObject({ name: 'web', reasons: [{ code: 'no-metadata', version: '2.0', text: expect.stringMatching(/^The index has no metadata for web 2\.0 .* not checked against the other pins\.$/) }] });
    expect(plan.bumps[0]?.reason).toBeUndefined();
  });

  it('asks for the current and best versions first, in one round', () => {
    const { rounds, fetched } = run({ web: '1.0', core: '1.0' }, { web: { '1.0': {}, '2.0': { deps: ['core>=2'] } }, core: { '1.0': {}, '2.0': {} } });
    expect(rounds).toBe(2);
    expect(fetched.sort()).toEqual(['core 1.0', 'core 2.0', 'web 1.0', 'web 2.0']);
  });

  it('asks for older candidates only when a conflict needs them', () => {
    const universe: Universe = {
      web: { '1.0': {}, '1.5': {}, '1.6': {}, '2.0': { deps: ['core>=5'] } },
      core: { '1.0': {}, '2.0': {} },
    };
    const { plan, fetched } = run({ web: '1.0', core: '1.0' }, universe);
    expect(summary(plan)).toEqual({ web: '1.6', core: '2.0' });
    expect(fetched).not.toContain('web 1.5');
  });

  it('reports the planned bumps in full', () => {
    const { plan } = run({ web: '1.0', core: '1.0' }, { web: { '1.0': {}, '1.5': {}, '2.0': { deps: ['core>=5'] } }, core: { '1.0': {}, '1.0.1': {} } });
    expect(plan.bumps).toEqual([
      { name: 'core', from: '1.0', to: '1.0.1', updateType: 'patch', consumers: 0, releaseAgeDays: 30 },
      {
        name: 'web',
        from: '1.0',
        to: '1.5',
        updateType: 'minor',
        consumers: 0,
        releaseAgeDays: 30,
        heldBackFrom: '2.0',
        reason: 'web 2.0 requires core>=5, but core is planned at 1.0.1.',
        reasons: [{ code: 'requires-dist', version: '2.0', text: 'web 2.0 requires core>=5, but core is planned at 1.0.1.' }],
      },
    ]);
    expect(plan.held).toEqual([]);
  });

  it('a larger universe converges, stays consistent, and is idempotent', () => {
    // ten packages, each release of p<i> requiring p<i+1> in a window around its own minor
    const universe: Universe = {};
    const pins: Record<string, string> = {};
    for (let i = 0; i < 10; i++) {
      const versions: Record<string, Rel> = {};
      for (let m = 0; m < 6; m++) versions[`1.${m}`] = i < 9 ? { deps: [`p${i + 1}>=1.${Math.max(0, m - 1)},<1.${m + 1}`] } : {};
      universe[`p${i}`] = versions;
      pins[`p${i}`] = '1.0';
    }
    universe.p9!['1.5'] = { age: 1 }; // the end of the chain cannot reach 1.5
    const { plan } = run(pins, universe);
    const chosen = { ...pins, ...Object.fromEntries(plan.bumps.map((b) => [b.name, b.to])) };
    for (let i = 0; i < 9; i++) {
      const m = Number(chosen[`p${i}`]!.split('.')[1]);
      const next = Number(chosen[`p${i + 1}`]!.split('.')[1]);
      expect(next).toBeGreaterThanOrEqual(Math.max(0, m - 1));
      expect(next).toBeLessThan(m + 1);
    }
    expect(chosen.p9).toBe('1.4');
    expect(chosen.p0).toBe('1.5');
    expectIdempotent(pins, universe, plan);
  });
});
