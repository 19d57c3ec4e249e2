import { compare, valid } from '@renovatebot/pep440';
import { describe, expect, it } from 'vitest';
import { compareVersionStrings, formatVersion, isValidVersion, parseVersion } from '../../src/pep/pep440.js';
import { isValidSpecifier, isValidSpecifierSet, specifierContains } from '../../src/pep/specifier.js';
import {
  ARBITRARY,
  CONTAINS,
  INVALID_SPECIFIERS,
  INVALID_VERSIONS,
  NORMALIZED_VERSIONS,
  ORDERED_VERSIONS,
  PRERELEASES,
  VALID_SPECIFIERS,
} from '../fixtures/pep440/packaging-tables.js';

describe("packaging's test tables", () => {
  it.each(CONTAINS)('%s in %s (prereleases=True) is %s', (version, specifier, expected) => {
    expect(specifierContains(specifier, version, { prereleases: true })).toBe(expected);
  });

  it.each(ARBITRARY)('%s contains %j: %s', (specifier, version, expected) => {
    expect(specifierContains(specifier, version)).toBe(expected);
  });

  it.each(PRERELEASES)('%s contains %s with prereleases=%s: %s', (specifier, version, prereleases, expected) => {
    expect(specifierContains(specifier, version, prereleases === undefined ? {} : { prereleases })).toBe(expected);
  });

  it.each(VALID_SPECIFIERS)('%j is a valid specifier', (specifier) => {
    expect(isValidSpecifier(specifier)).toBe(true);
  });

  it.each(INVALID_SPECIFIERS)('%j is not a valid specifier', (specifier) => {
    expect(isValidSpecifier(specifier)).toBe(false);
  });

  it.each(INVALID_VERSIONS)('%j is not a version', (version) => {
    expect(isValidVersion(version)).toBe(false);
  });

  it.each(NORMALIZED_VERSIONS)('%j normalizes to %s', (version, normalized) => {
    expect(formatVersion(parseVersion(version)!)).toBe(normalized);
  });

  it('orders every pair of the VERSIONS list as packaging does', () => {
    const wrong: string[] = [];
    ORDERED_VERSIONS.forEach((a, i) =>
      ORDERED_VERSIONS.forEach((b, j) => {
        const got = Math.sign(compareVersionStrings(a, b)!);
        if (got !== Math.sign(i - j)) wrong.push(`${a} vs ${b}: ${got}`);
      }),
    );
    expect(wrong).toEqual([]);
    expect(ORDERED_VERSIONS).toHaveLength(92);
  });

  it('@renovatebot/pep440, still used for ordering and validity, agrees on the same lists', () => {
    const sorted = [...ORDERED_VERSIONS].reverse().sort(compare);
    expect(sorted.map((v, i) => Math.sign(compare(v, ORDERED_VERSIONS[i]!)))).toEqual(ORDERED_VERSIONS.map(() => 0));
    expect(INVALID_VERSIONS.filter((v) => valid(v) !== null)).toEqual([]);
  });
});

describe('the cases @renovatebot/pep440 got wrong (issue 11), and other edges', () => {
  it.each([
    ['>1.0.dev0', '1.0a1', true],
    ['>1.0.dev0', '1!1.0rc1', true],
    ['<1.0rc1', '1.0.dev0', true],
    ['<2.0a0', '2.0.dev0', true],
    ['<1.0.post2', '1.0.post1', true],
    ['==2.1.0+cpu', '2.1.0+local.7', false],
    ['==1.0+local', '1.0+local.7', false],
    ['==2.1.0+cpu', '2.1.0+cpu', true],
    ['==2.1.0', '2.1.0+cpu', true],
    ['~=1.4.2', '1.4.3+local', true],
    ['~=1.4.2', '1.5.0a1', false],
    ['>=1.0, <2.0', '1.5', true],
    ['>=1.0,,<2.0', '1.5', true],
    ['>=1.0,<2.0', '2.0', false],
    ['>=3.9', '3.12.0', true],
    ['!=3.12.*', '3.12.0', false],
    ['!=3.12.*,>=3.8', '3.13.1', true],
    ['==1.0', 'not a version', false],
    ['>=1.0', '1.5a1', true],
  ])('%s contains %s: %s', (specifier, version, expected) => {
    expect(specifierContains(specifier, version)).toBe(expected);
  });

  it('prereleases: false refuses any pre-release, even one the specifier names', () => {
    expect(specifierContains('==2.0a1', '2.0a1', { prereleases: false })).toBe(false);
    expect(specifierContains('==2.0a1', '2.0a1')).toBe(true);
  });

  it('a set that does not parse accepts nothing; the empty set accepts anything', () => {
    expect(specifierContains('>=1.0,=>2', '1.5')).toBe(false);
    expect(isValidSpecifierSet('>=1.0,=>2')).toBe(false);
    expect(isValidSpecifierSet(' >=1.0 , <2 ')).toBe(true);
    expect(specifierContains('', 'anything at all')).toBe(true);
  });
});
