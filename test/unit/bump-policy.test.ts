// Policy pieces of the bump: update types, cooldown age, requires-python, ignore rules, allow-lists.
import { describe, expect, it } from 'vitest';
import {
  allowedUpdateTypes,
  fullPythonVersion,
  matchingIgnoreRule,
  pythonAccepts,
  releaseAgeDays,
  screenRelease,
} from '../../src/bump/policy.js';
import type { IgnoreRule, PolicyOptions, UpdateType } from '../../src/bump/types.js';
import { isPrerelease, updateTypeOf } from '../../src/bump/update-type.js';

const NOW = new Date('2026-11-27T12:00:00Z');
const policy = (p: Partial<PolicyOptions> = {}): PolicyOptions => ({ now: NOW, minReleaseAgeDays: 7, pythonVersion: '3.12', allowedUpdateTypes: {}, ignore: [], ...p });

describe('updateTypeOf', () => {
  it.each<[string, string, UpdateType]>([
    ['1.0', '2.0', 'major'],
    ['1.9.9', '2.0.0', 'major'],
    ['0.14', '0.15', 'minor'], // plain segments: no 0.x special case
    ['1.2', '1.3', 'minor'],
    ['1.2.3', '1.2.4', 'patch'],
    ['1.2', '1.2.1', 'patch'],
    ['1.2.3', '1.2.3.1', 'patch'],
    ['1.2', '1.2.0', 'other'],
    ['2.0rc1', '2.0rc2', 'pre'],
    ['2.0rc2', '2.0', 'pre'],
    ['2.0.dev1', '2.0a1', 'pre'],
    ['1.9', '2.0rc1', 'major'],
    ['1.0', '1.0.post1', 'other'],
    ['1.0+a', '1.0+b', 'other'],
    ['1!1.0', '1!1.1', 'minor'],
    ['1.0', '1!1.0', 'other'],
    ['not a version', '1.0', 'other'],
  ])('%s → %s is %s', (from, to, type) => {
    expect(updateTypeOf(from, to)).toBe(type);
  });

  it.each([
    ['1.0', false],
    ['1.0rc1', true],
    ['1.0.dev0', true],
    ['1.0.post1', false],
    ['junk', false],
  ])('isPrerelease(%s) is %s', (v, expected) => {
    expect(isPrerelease(v)).toBe(expected);
  });
});

describe('releaseAgeDays', () => {
  it.each<[string | undefined, number | undefined]>([
    ['2026-11-20T12:00:00Z', 7],
    ['2026-11-20T12:00:01Z', 6],
    ['2026-11-27T11:00:00Z', 0],
    ['2026-11-28T12:00:00Z', -1],
    ['2025-11-27T11:59:59.123456Z', 365],
    [undefined, undefined],
    ['yesterday', undefined],
  ])('%s → %s', (upload, days) => {
    expect(releaseAgeDays(upload, NOW)).toBe(days);
  });
});

describe('pythonAccepts (target read as python_full_version)', () => {
  it.each<[string | undefined, string, boolean]>([
    [undefined, '3.12', true],
    ['', '3.12', true],
    ['>=3.9', '3.12', true],
    ['>=3.8, <4', '3.12', true],
    ['>=3.13', '3.12', false],
    ['!=3.12.*', '3.12', false],
    ['>=2.7, !=3.0.*, !=3.1.*', '3.12', true],
    ['>=3.12', '3.12', true],
    ['>3.12', '3.12', false],
    ['>=3.12.1', '3.12', false],
    ['>=3.12.1', '3.12.7', true],
    ['~=3.10', '3.12', true],
    ['<3.12', '3.12', false],
    ['==3.12.*', '3.12', true],
    ['this is not a specifier', '3.12', true],
  ])('%s with %s → %s', (spec, target, ok) => {
    expect(pythonAccepts(spec, target)).toBe(ok);
  });

  it.each([
    ['3', '3.0.0'],
    ['3.12', '3.12.0'],
    ['3.12.7', '3.12.7'],
  ])('fullPythonVersion(%s) = %s', (v, full) => {
    expect(fullPythonVersion(v)).toBe(full);
  });
});

describe('matchingIgnoreRule', () => {
  const r = (rule: Partial<IgnoreRule>): IgnoreRule => ({ name: 'pydantic', source: 'test', ...rule });
  it.each<[string, IgnoreRule, string, string, boolean]>([
    ['whole package', r({}), '2.10.6', '2.11.0', true],
    ['another package', r({ name: 'Pydantic_Core' }), '1.0', '2.0', false],
    ['that version', r({ version: '2.11.0' }), '2.10.6', '2.11.0', true],
    ['that version, other spelling', r({ version: '2.11' }), '2.10.6', '2.11.0', true],
    ['another version', r({ version: '2.11.0' }), '2.10.6', '2.11.1', false],
    ['a range', r({ version: '>=2.11' }), '2.10.6', '2.11.1', true],
    ['a wildcard', r({ version: '2.11.*' }), '2.10.6', '2.11.1', true],
    ['a wildcard, other minor', r({ version: '2.11.*' }), '2.10.6', '2.12.0', false],
    ['major updates, on a minor', r({ updateTypes: ['major'] }), '2.10.6', '2.11.0', false],
    ['major updates, on a major', r({ updateTypes: ['major'] }), '2.10.6', '3.0.0', true],
    ['minor and patch', r({ updateTypes: ['minor', 'patch'] }), '2.10.6', '2.10.7', true],
    ['version and type both must match', r({ version: '3.0.0', updateTypes: ['minor'] }), '2.10.6', '3.0.0', false],
  ])('%s', (_, rule, from, to, matches) => {
    expect(matchingIgnoreRule([rule], 'pydantic', from, to) === rule).toBe(matches);
  });

  it('matches a normalized rule name against a raw package name', () => {
    const rule = r({ name: 'pydantic-core' });
    expect(matchingIgnoreRule([rule], 'Pydantic_Core', '1.0', '2.0')).toBe(rule);
  });
});

describe('allowedUpdateTypes', () => {
  it.each<[Record<string, UpdateType[]>, UpdateType[] | undefined]>([
    [{}, undefined],
    [{ '*': ['patch'] }, ['patch']],
    [{ '*': ['patch'], pydantic: ['minor'] }, ['minor']],
    [{ fastapi: ['minor'] }, undefined],
    [{ pydantic: [] }, []],
  ])('%j → %j', (allowed, expected) => {
    expect(allowedUpdateTypes(policy({ allowedUpdateTypes: allowed }), 'pydantic')).toEqual(expected);
  });
});

describe('screenRelease', () => {
  const release = { version: '3.0', yanked: false, hasWheel: true, uploadTime: '2026-11-01T00:00:00Z' };
  it('passes a plain release and gives its age', () => {
    expect(screenRelease(policy(), 'web', '2.0', release)).toEqual({ reasons: [], ageDays: 26 });
  });
  it('lists every reason at once', () => {
    const s = screenRelease(
      policy({ minReleaseAgeDays: 30, allowedUpdateTypes: { '*': [] }, ignore: [{ name: 'web', source: 'closed PR #3' }] }),
      'web',
      '2.0',
      { ...release, version: '3.0rc1', yanked: true, requiresPython: '>=3.13' },
    );
    expect(s.reasons.map((r) => [r.code, r.text])).toEqual([
      ['yanked', '3.0rc1 is yanked on the index.'],
      ['requires-python', '3.0rc1 requires Python >=3.13; the target is 3.12.'],
      ['policy', '3.0rc1 is a pre-release and the pin is not.'],
      ['cooldown', '3.0rc1 was released 26 days ago; the cooldown is 30 days.'],
      ['rejected', '3.0rc1 was rejected (closed PR #3).'],
      ['policy', '3.0rc1 is a major update, and no updates are allowed for web.'],
    ]);
  });
  it('has no age for an unknown upload time', () => {
    const { uploadTime: _, ...noTime } = release;
    expect(screenRelease(policy(), 'web', '2.0', noTime)).toEqual({ reasons: [] });
  });
});
