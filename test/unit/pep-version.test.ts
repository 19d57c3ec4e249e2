// PEP 440 ordering against packaging's own (the copy pip vendors), on big numbers and every segment kind.
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersionStrings as compareVersions, parseVersion } from '../../src/pep/pep440.js';
import { sameVersion } from '../../src/pep/version.js';

function packagingOrder(pairs: [string, string][]): number[] {
  const script = `
import json, sys
from pip._vendor.packaging.version import Version
out = []
for a, b in json.load(sys.stdin):
    x, y = Version(a), Version(b)
    out.append((x > y) - (x < y))
print(json.dumps(out))`;
  return JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(pairs), encoding: 'utf8' })) as number[];
}

describe('compareVersions', () => {
  it('tells versions apart past 2^53, as packaging does', () => {
    expect(sameVersion('10000000000000000000001', '10000000000000000000000')).toBe(false);
    expect(compareVersions('1.10000000000000000000001', '1.10000000000000000000000')).toBe(1);
    expect(sameVersion('1.0', '1.0.0')).toBe(true);
    expect(sameVersion('1.0+local.1', '1.0')).toBe(false);
    expect(parseVersion('not a version')).toBeUndefined();
  });

  it('orders random versions exactly as packaging', () => {
    const num = fc.oneof(fc.nat({ max: 12 }).map(String), fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String));
    const version = fc
      .tuple(
        fc.option(num, { nil: undefined }),
        fc.array(num, { minLength: 1, maxLength: 4 }),
        fc.option(fc.tuple(fc.constantFrom('a', 'b', 'rc', 'alpha', 'beta', 'c', 'pre', 'preview', '.a', '-rc'), fc.option(num, { nil: undefined })), { nil: undefined }),
        fc.option(fc.tuple(fc.constantFrom('.post', 'post', '-', '.rev', 'r'), num), { nil: undefined }),
        fc.option(fc.tuple(fc.constantFrom('.dev', 'dev', '-dev'), fc.option(num, { nil: undefined })), { nil: undefined }),
        fc.option(fc.array(fc.oneof(num, fc.constantFrom('abc', 'ubuntu', 'x1')), { minLength: 1, maxLength: 3 }), { nil: undefined }),
      )
      .map(([epoch, release, pre, post, dev, local]) =>
        [epoch ? `${epoch}!` : '', release.join('.'), pre ? `${pre[0]}${pre[1] ?? ''}` : '', post ? `${post[0]}${post[1]}` : '', dev ? `${dev[0]}${dev[1] ?? ''}` : '', local ? `+${local.join('.')}` : ''].join(''),
      );
    const pairs = fc.sample(fc.tuple(version, version), { numRuns: 600, seed: 13 });
    // Near neighbours too: the interesting cases share a release.
    for (const [a] of pairs.slice(0, 200)) pairs.push([a, a.replace(/\d+$/, (d) => String(BigInt(d) + 1n))]);
    const expected = packagingOrder(pairs);
    const actual = pairs.map(([a, b]) => compareVersions(a, b));
    const mismatches = pairs.filter((_, i) => actual[i] !== expected[i]).map(([a, b]) => `${a} vs ${b}`);
    expect(mismatches).toEqual([]);
  });
});
