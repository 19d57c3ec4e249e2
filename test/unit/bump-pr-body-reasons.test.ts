// The bump PR body a reviewer reads: a plan made by the planner that holds back for every reason
// code, an invalid constraints line fixed, an image whose size is unknown, and release-note links.
import { describe, expect, it } from 'vitest';
import { planBumps } from '../../src/bump/plan.js';
import { renderBumpPrBody } from '../../src/bump/pr-body.js';
import { renderReleaseNotes } from '../../src/bump/release-notes.js';
import type { Consumer, CoreMetadata, Plan, ReasonCode, Release } from '../../src/bump/types.js';
import type { MarkerEnvironment } from '../../src/pep/marker.js';
import type { ImageSizeEstimate } from '../../src/size/estimate.js';
import { renderSizeSection } from '../../src/size/render.js';

const NOW = new Date('2026-11-27T12:00:00Z');
const daysAgo = (n: number): string => new Date(NOW.getTime() - n * 86_400_000).toISOString();
const ENV: MarkerEnvironment = { python_version: '3.12', python_full_version: '3.12.0', sys_platform: 'linux', platform_system: 'Linux', os_name: 'posix', platform_machine: 'x86_64', implementation_name: 'cpython', platform_python_implementation: 'CPython' };

type Rel = { deps?: string[]; py?: string; age?: number; yanked?: boolean; noMetadata?: boolean };
const UNIVERSE: Record<string, Record<string, Rel>> = {
  aiohttp: { '3.11.11': {}, '3.12.0': {} }, // consumer-excludes-current: 12 files pin 3.9.1
  'mp-util': { '1.2': {}, '2.0': {} }, // consumer-excludes-candidate
  web: { '1.0': { deps: ['core>=1'] }, '2.0': { deps: ['core>=5'] } }, // requires-dist
  core: { '1.0': {}, '1.1': {} },
  numpy: { '2.1.3': {}, '2.2.0': { py: '>=3.13' } }, // requires-python
  requests: { '2.32.3': {}, '2.32.4': { age: 2 } }, // cooldown
  redis: { '5.2.1': {}, '5.3.0': { yanked: true } }, // yanked
  pydantic: { '2.10.4': {}, '3.0.0': {}, '2.11.0': {} }, // policy: major not allowed → bump to 2.11.0
  starlette: { '0.41.3': {}, '0.45.3': {} }, // rejected
  celery: { '5.4.0': {}, '5.5.0': { noMetadata: true } }, // no-metadata: proposed, not checked
};
const PINS: Record<string, string> = { aiohttp: '3.11.11', 'mp-util': '1.2', web: '1.0', core: '1.0', numpy: '2.1.3', requests: '2.32.3', redis: '5.2.1', pydantic: '2.10.4', starlette: '0.41.3', celery: '5.4.0' };

function plan(): Plan {
  const releases = new Map<string, Release[]>(
    Object.entries(UNIVERSE).map(([name, versions]) => [
      name,
      Object.entries(versions).map(([version, r]) => ({ version, yanked: r.yanked ?? false, hasWheel: true, uploadTime: daysAgo(r.age ?? 30), ...(r.py !== undefined && { requiresPython: r.py }) })),
    ]),
  );
  const at = (file: string, line: number, service?: string): Consumer['location'] & { service?: string } => ({ file, line, column: 1, ...(service && { service }) });
  const consumers = new Map<string, Consumer[]>([
    ['aiohttp', Array.from({ length: 12 }, (_, i) => ({ specifier: '==3.9.1', location: at(`services/s${i}/requirements.txt`, 4) }))],
    ['mp-util', [{ specifier: '<2', location: at('services/api/requirements.txt', 2), service: 'api' }]],
  ]);
  const metadata = (name: string, version: string): CoreMetadata | 'missing' =>
    UNIVERSE[name]?.[version]?.noMetadata ? 'missing' : { name, version, requiresDist: UNIVERSE[name]?.[version]?.deps ?? [] };
  const { plan: result } = planBumps({
    pins: Object.entries(PINS).map(([name, version], i) => ({ name, version, location: { file: 'docker/base/requirements-constraints.txt', line: i + 1, column: 1 } })),
    consumers,
    releases,
    metadata,
    environment: ENV,
    policy: {
      now: NOW,
      minReleaseAgeDays: 7,
      pythonVersion: '3.12',
      allowedUpdateTypes: { pydantic: ['minor', 'patch'] },
      ignore: [{ name: 'starlette', version: '0.45.3', source: 'closed PR #12' }],
    },
  });
  return {
    ...result,
    fixes: [{ name: 'uvicorn', file: 'docker/base/requirements-constraints.txt', line: 11, before: 'uvicorn[standard]==0.32.1', after: 'uvicorn==0.32.1', extras: ['standard'] }],
  };
}

const UNKNOWN_IMAGE: ImageSizeEstimate = {
  image: 'worker',
  target: { pythonVersion: '3.12', platform: 'linux/amd64', libc: 'glibc' },
  deltaBytes: 0,
  deltaCompressedBytes: 0,
  contributors: [{ name: 'celery', from: '5.4.0', to: '5.5.0', deltaBytes: 0, deltaCompressedBytes: 0, unknown: true, note: 'size unknown: no file of celery 5.4.0 installs on linux/amd64 glibc Python 3.12' }],
  unknown: 1,
  bytesFetched: 65_558,
};
const KNOWN_IMAGE: ImageSizeEstimate = {
  image: 'python-base',
  target: { pythonVersion: '3.12', platform: 'linux/amd64', libc: 'glibc' },
  deltaBytes: 1_200_000,
  deltaCompressedBytes: 400_000,
  contributors: [{ name: 'pydantic', from: '2.10.4', to: '2.11.0', deltaBytes: 1_200_000, deltaCompressedBytes: 400_000 }],
  bytesFetched: 131_116,
};
const UNCHANGED_IMAGE: ImageSizeEstimate = { ...KNOWN_IMAGE, image: 'security-base', deltaBytes: 0, deltaCompressedBytes: 0, contributors: [{ name: 'core', from: '1.0', to: '1.1', deltaBytes: 0, deltaCompressedBytes: 0 }] };

describe('the bump PR body, every reason at once', () => {
  const p = plan();
  const indexPageUrl = (name: string): string => `https://pypi.org/project/${name}/`;

  it('the plan carries every reason code', () => {
    const codes = new Set<ReasonCode>([...p.held.flatMap((h) => h.reasons), ...p.bumps.flatMap((b) => b.reasons ?? [])].map((r) => r.code));
    expect([...codes].sort()).toEqual(
      ['consumer-excludes-candidate', 'consumer-excludes-current', 'cooldown', 'no-metadata', 'policy', 'rejected', 'requires-dist', 'requires-python', 'yanked'].sort(),
    );
  });

  it('renders it for a reviewer: one sentence per reason, no stutter, the fix line, unknown size, release notes', () => {
    const body = renderBumpPrBody({
      plan: p,
      diff: '--- a/docker/base/requirements-constraints.txt\n+++ b/docker/base/requirements-constraints.txt\n@@ -1 +1 @@\n-pydantic==2.10.4\n+pydantic==2.11.0\n',
      constraintsFile: 'docker/base/requirements-constraints.txt',
      indexPageUrl,
      sizeSection: renderSizeSection([KNOWN_IMAGE, UNKNOWN_IMAGE, UNCHANGED_IMAGE], { fold: true }),
      releaseNotes: renderReleaseNotes(
        [
          { name: 'pydantic', from: '2.10.4', to: '2.11.0', changelog: 'https://docs.pydantic.dev/latest/changelog/', repository: 'https://github.com/pydantic/pydantic', compare: 'https://github.com/pydantic/pydantic/compare/v2.10.4...v2.11.0' },
          { name: 'celery', from: '5.4.0', to: '5.5.0', repository: 'https://github.com/celery/celery' },
        ],
        indexPageUrl,
      ),
    });
    expect(body).not.toMatch(/held at|: \d[\w.]*: /);
    expect(body).not.toContain('+0.0');
    expect(body).not.toContain('security-base');
    expect(body).toMatchSnapshot();
  });
});
