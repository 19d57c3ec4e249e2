import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/cli-suggest.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['format', 'format', 0],
    ['frmat', 'format', 1],
    ['fromat', 'format', 1],
    ['chekc', 'check', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('closest', () => {
  const options = ['--format', '--fail-on', '--root', '--config', '--constraints'];
  it('picks the nearest candidate within a third of the name', () => {
    expect(closest('--frmat', options)).toBe('--format');
    expect(closest('--contraints', options)).toBe('--constraints');
    expect(closest('--ROOT', options)).toBe('--root');
    expect(closest('--zzzzzzzz', options)).toBeUndefined();
    expect(closest('x', ['y'])).toBe('y');
    expect(closest('ab', ['yz'])).toBeUndefined();
  });

  it('phrases the hint, or says nothing', () => {
    expect(didYouMean('--frmat', options)).toBe('; did you mean --format?');
    expect(didYouMean('--nothing-like-it', options)).toBe('');
  });
});
