import { describe, expect, it } from 'vitest';
import { measureTag } from '../../src/size/pr-measure.js';

describe('measureTag', () => {
  const values = { pr: 42, sha: 'a1b2c3d4e5f6', base: 'release/2.x' };
  it.each([
    ['pr-{pr}', 'pr-42'],
    ['latest', 'latest'],
    ['sha-{sha}', 'sha-a1b2c3d'],
    // A branch name becomes a valid tag: '/' is not allowed in one.
    ['{base}', 'release-2.x'],
  ])('%s → %s', (template, tag) => {
    expect(measureTag(template, values)).toBe(tag);
  });

  it('names the token a run does not know', () => {
    expect(() => measureTag('pr-{pr}', { base: 'main' })).toThrow(/measure tag pr-\{pr\} uses \{pr\}/);
  });
});
