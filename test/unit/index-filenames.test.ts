// Names and versions from distribution filenames; releases from a page's files.
import { describe, expect, it } from 'vitest';
import type { DistributionFile, ProjectPage } from '../../src/bump/types.js';
import { parseFilename, releasesOf } from '../../src/index/filenames.js';
import { sameVersion } from '../../src/pep/version.js';

describe('parseFilename', () => {
  it.each([
    ['requests-2.31.0-py3-none-any.whl', undefined, { name: 'requests', version: '2.31.0', kind: 'wheel' }],
    ['foo_bar-1.0-py3-none-any.whl', undefined, { name: 'foo-bar', version: '1.0', kind: 'wheel' }],
    ['Foo.Bar-1.0-py2.py3-none-any.whl', undefined, { name: 'foo-bar', version: '1.0', kind: 'wheel' }],
    ['zope.interface-6.1-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', undefined, { name: 'zope-interface', version: '6.1', kind: 'wheel' }],
    ['pkg-1.0-1build-py3-none-any.whl', undefined, { name: 'pkg', version: '1.0', kind: 'wheel', build: '1build' }],
    ['pkg-1.0_post1-py3-none-any.whl', undefined, { name: 'pkg', version: '1.0-post1', kind: 'wheel' }],
    ['foo_bar-1.0.tar.gz', undefined, { name: 'foo-bar', version: '1.0', kind: 'sdist' }],
    ['foo_bar-1.0.zip', undefined, { name: 'foo-bar', version: '1.0', kind: 'sdist' }],
    ['Foo-Bar-2.0b1.tar.gz', 'foo-bar', { name: 'foo-bar', version: '2.0b1', kind: 'sdist' }],
    ['foo-bar-baz-3.0.tar.gz', 'foo-bar-baz', { name: 'foo-bar-baz', version: '3.0', kind: 'sdist' }],
    ['foo-bar-baz-3.0.tar.gz', undefined, { name: 'foo-bar-baz', version: '3.0', kind: 'sdist' }],
    ['legacy-1.0.tar.bz2', undefined, { name: 'legacy', version: '1.0', kind: 'sdist' }],
  ])('%s', (filename, project, expected) => {
    expect(parseFilename(filename, project)).toEqual(expected);
  });

  it.each([
    ['an egg', 'foo-1.0-py3.8.egg'],
    ['a wheel with too few parts', 'foo-1.0-any.whl'],
    ['a build tag not starting with a digit', 'pkg-1.0-b1-py3-none-any.whl'],
    ['an sdist without version', 'foo.tar.gz'],
    ['a Windows installer', 'foo-1.0.win32.exe'],
  ])('rejects %s', (_label, filename) => {
    expect(parseFilename(filename)).toBeUndefined();
  });
});

describe('sameVersion', () => {
  it.each([
    ['1.0', '1.0.0', true],
    ['1.0', '1.0.post1', false],
    ['2.0RC1', '2.0rc1', true],
    ['weird', 'weird', true],
    ['weird', 'Weird', false],
  ])('%s vs %s', (a, b, expected) => {
    expect(sameVersion(a, b)).toBe(expected);
  });
});

describe('releasesOf', () => {
  const f = (filename: string, over: Partial<DistributionFile> = {}): DistributionFile => ({
    filename,
    url: `https://x/${filename}`,
    hashes: {},
    yanked: false,
    coreMetadata: false,
    ...over,
  });
  const page = (files: DistributionFile[]): ProjectPage => ({ name: 'foo', versions: [], files, index: 'https://x/simple/' });

  it('groups files by version, ascending by PEP 440', () => {
    const releases = releasesOf(
      page([f('foo-1.10-py3-none-any.whl'), f('foo-1.9.tar.gz'), f('foo-1.10.tar.gz'), f('foo-1.9.0-py3-none-any.whl'), f('foo-nonsense!.tar.gz')]),
    );
    expect(releases.map((r) => r.version)).toEqual(['1.9', '1.10']);
    expect(releases.map((r) => r.hasWheel)).toEqual([true, true]);
  });

  it('is yanked only when every file is', () => {
    const releases = releasesOf(
      page([
        f('foo-1.0.tar.gz', { yanked: 'bad' }),
        f('foo-1.0-py3-none-any.whl', { yanked: true }),
        f('foo-2.0.tar.gz', { yanked: true }),
        f('foo-2.0-py3-none-any.whl'),
      ]),
    );
    expect(releases.map((r) => [r.version, r.yanked])).toEqual([
      ['1.0', true],
      ['2.0', false],
    ]);
  });

  it('takes the earliest upload time and the most common requires-python; hasWheel from wheels only', () => {
    const [release] = releasesOf(
      page([
        f('foo-1.0.tar.gz', { uploadTime: '2024-03-01T00:00:00Z', requiresPython: '>=3.8' }),
        f('foo-1.0-cp311-cp311-linux_x86_64.whl', { uploadTime: '2024-02-28T23:59:59.5Z', requiresPython: '>=3.9' }),
        f('foo-1.0-cp312-cp312-linux_x86_64.whl', { uploadTime: '2024-03-02T00:00:00Z', requiresPython: '>=3.9' }),
      ]),
    );
    expect(release).toEqual({ version: '1.0', yanked: false, hasWheel: true, uploadTime: '2024-02-28T23:59:59.5Z', requiresPython: '>=3.9' });
    const [sdistOnly] = releasesOf(page([f('foo-3.0.zip')]));
    expect(sdistOnly).toEqual({ version: '3.0', yanked: false, hasWheel: false });
  });
});
