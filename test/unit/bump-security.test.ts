// The planner's security hook: the lowest safe release, cooldown ignored, a named hold-back,
// security-only plans; and how the bump PR body shows security moves.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOsvRecord } from '../../src/advisories/records.js';
import type { OsvRecord } from '../../src/advisories/types.js';
import { planBumps, type PlanInput } from '../../src/bump/plan.js';
import { renderBumpPrBody } from '../../src/bump/pr-body.js';
import { securityTargets } from '../../src/bump/security.js';
import type { Consumer, Plan, Release } from '../../src/bump/types.js';
import { targetEnvironment } from '../../src/bump/environment.js';

const NOW = new Date('2026-11-27T12:00:00Z');
const daysAgo = (n: number): string => new Date(NOW.getTime() - n * 86_400_000).toISOString();
const ENV = targetEnvironment('3.12');
const record = (id: string): OsvRecord => parseOsvRecord(readFileSync(`test/fixtures/osv/${id}.json`, 'utf8'), id);
const REQUESTS = [record('GHSA-9wx4-h78v-vm56'), record('PYSEC-2023-74')];
const release = (version: string, age: number): Release => ({ version, yanked: false, hasWheel: true, uploadTime: daysAgo(age) });

function plan(options: { consumers?: Consumer[]; securityOnly?: boolean; ignore?: string[]; withAdvisories?: boolean } = {}): Plan {
  const pins = [
    { name: 'requests', version: '2.31.0', location: { file: 'constraints.txt', line: 1, column: 1 } },
    { name: 'fastapi', version: '0.115.6', location: { file: 'constraints.txt', line: 2, column: 1 } },
  ];
  const security = options.withAdvisories === false ? undefined : securityTargets(pins, new Map([['requests', REQUESTS]]), options.ignore ?? []);
  const input: PlanInput = {
    pins,
    consumers: new Map([['requests', options.consumers ?? []]]),
    releases: new Map([
      ['requests', [release('2.31.0', 400), release('2.32.0', 200), release('2.32.1', 190), release('2.32.2', 1), release('2.32.3', 1)]],
      ['fastapi', [release('0.115.6', 200), release('0.115.8', 60)]],
    ]),
    metadata: (name, version) => ({ name, version, requiresDist: [] }),
    environment: ENV,
    policy: { now: NOW, minReleaseAgeDays: 3, pythonVersion: '3.12', allowedUpdateTypes: {}, ignore: [] },
    ...(security !== undefined && { security }),
    ...(options.securityOnly === true && { securityOnly: true }),
  };
  return planBumps(input).plan;
}

describe('security moves in the planner', () => {
  it('without advisories the cooldown leaves requests on a vulnerable 2.32.1; with them it takes the lowest fix, 2.32.2', () => {
    expect(plan({ withAdvisories: false }).bumps.map((b) => `${b.name} ${b.to}`)).toEqual(['fastapi 0.115.8', 'requests 2.32.1']);
    const bumps = plan().bumps;
    expect(bumps.map((b) => `${b.name} ${b.to}`)).toEqual(['fastapi 0.115.8', 'requests 2.32.2']);
    expect(bumps[1]!.security?.advisories.map((a) => a.id)).toEqual(['GHSA-9wx4-h78v-vm56']);
    expect(bumps[1]!.releaseAgeDays).toBe(1);
    expect(bumps[0]!.security).toBeUndefined();
  });

  it('holds a fix a consumer excludes back, naming the consumer', () => {
    const held = plan({ consumers: [{ specifier: '<2.32.2', location: { file: 'services/old/requirements.txt', line: 3, column: 1 }, service: 'old' }] }).held;
    expect(held).toEqual([
      {
        name: 'requests',
        current: '2.31.0',
        newest: '2.32.3',
        reason:
          'security: 2.32.2 fixes GHSA-9wx4-h78v-vm56 but is blocked: services/old/requirements.txt:3 (service old) requires requests<2.32.2 and excludes 2.32.2: widen that specifier to let it in.',
        reasons: [
          {
            code: 'consumer-excludes-candidate',
            version: '2.32.2',
            text: 'services/old/requirements.txt:3 (service old) requires requests<2.32.2 and excludes 2.32.2: widen that specifier to let it in.',
          },
        ],
        security: expect.objectContaining({ advisories: [expect.objectContaining({ id: 'GHSA-9wx4-h78v-vm56' })] }),
      },
    ]);
  });

  it('plans nothing but security moves when asked, and nothing for an ignored advisory', () => {
    const only = plan({ securityOnly: true });
    expect(only.bumps.map((b) => `${b.name} ${b.to}`)).toEqual(['requests 2.32.2']);
    expect(only.held).toEqual([]);
    expect(plan({ securityOnly: true, ignore: ['cve-2024-35195'] }).bumps).toEqual([]);
  });

  it('shows security moves first in the PR body, with their advisories linked and escaped', () => {
    const p = plan();
    p.bumps[1]!.security!.advisories[0]!.summary = 'x'; // not shown on the line
    p.bumps[1]!.security!.advisories[0]!.aliases = ['CVE-2024-35195', '<img src=x>'];
    const body = renderBumpPrBody({ plan: p, diff: '', constraintsFile: 'constraints.txt', indexPageUrl: (n) => `https://pypi.org/project/${n}/` });
    const lines = body.split('\n').filter((l) => l.startsWith('- ['));
    expect(lines[0]).toMatch(/^- \[x\] \*\*requests\*\* `2\.31\.0` → `2\.32\.2` · minor · .* · 🔒 fixes \[GHSA-9wx4-h78v-vm56\]\(https:\/\/github\.com\/advisories\/GHSA-9wx4-h78v-vm56\) \(CVE-2024-35195, &lt;img src=x&gt;\) moderate$/);
    expect(lines[1]).toMatch(/^- \[x\] \*\*fastapi\*\*/);
    expect(body).toContain('🔒 Fixes 1 security advisory: GHSA-9wx4-h78v-vm56.');
  });
});
