// --hash helpers: hashes of a release from its index page, and the layouts they are written in.
import { describe, expect, it } from 'vitest';
import { fileVersion, findHashOptions, normalizeHash, releaseHashes, renderHashOptions } from '../../src/bump/hashes.js';
import type { DistributionFile, ProjectPage } from '../../src/bump/types.js';

const file = (filename: string, hashes: Record<string, string>): DistributionFile => ({ filename, url: `https://files.example/${filename}`, hashes, yanked: false, coreMetadata: false });

describe('hashes', () => {
  it.each([
    ['abc', 'sha256:abc'],
    ['sha256:abc', 'sha256:abc'],
    ['SHA512:abc', 'sha512:abc'],
    [' sha384:abc ', 'sha384:abc'],
  ])('normalizeHash(%j) = %j', (input, expected) => {
    expect(normalizeHash(input)).toBe(expected);
  });

  it.each([
    ['typing_extensions-4.14.1-py3-none-any.whl', 'typing-extensions', '4.14.1'],
    ['numpy-2.3.1-cp312-cp312-manylinux_2_28_x86_64.whl', 'numpy', '2.3.1'],
    ['pkg-1.0-1-py3-none-any.whl', 'pkg', '1.0'],
    ['typing_extensions-4.14.1.tar.gz', 'Typing.Extensions', '4.14.1'],
    ['zope.interface-7.2.zip', 'zope-interface', '7.2'],
    ['other-1.0-py3-none-any.whl', 'pkg', undefined],
    ['pkg-1.0.exe', 'pkg', undefined],
  ])('fileVersion(%s, %s) = %s', (filename, project, version) => {
    expect(fileVersion(filename, project)).toBe(version);
  });

  it('releaseHashes: the sha256 of every file of the release, sorted and unique, other versions ignored', () => {
    const page: ProjectPage = {
      name: 'certifi',
      versions: ['2024.12.14', '2025.7.14'],
      index: 'https://pypi.org/simple/',
      files: [
        file('certifi-2025.7.14.tar.gz', { sha256: 'bb' }),
        file('certifi-2025.7.14-py3-none-any.whl', { sha256: 'aa', md5: 'zz' }),
        file('certifi-2024.12.14-py3-none-any.whl', { sha256: 'cc' }),
      ],
    };
    expect(releaseHashes(page, '2025.7.14')).toEqual(['sha256:aa', 'sha256:bb']);
    expect(releaseHashes(page, '2026.1.1')).toBeUndefined();
  });

  it('releaseHashes: undefined when a file has no strong hash (a partial list would fail --require-hashes)', () => {
    const page: ProjectPage = { name: 'x', versions: ['1.0'], index: 'i', files: [file('x-1.0.tar.gz', { sha256: 'aa' }), file('x-1.0-py3-none-any.whl', { md5: 'bb' })] };
    expect(releaseHashes(page, '1.0')).toBeUndefined();
  });

  it.each([
    ['same line', 'x==1 --hash=sha256:a --hash=sha256:b\ny==2 --hash=sha256:c\n', ['sha256:a', 'sha256:b']],
    ['continued lines', 'x==1 \\\n    --hash=sha256:a \\\n    --hash=sha256:b\n    # via y\n--hash=sha256:z\n', ['sha256:a', 'sha256:b']],
    ['space form', 'x==1 --hash sha256:a\n', ['sha256:a']],
    ['a comment hides the rest', 'x==1 --hash=sha256:a # --hash=sha256:b\n', ['sha256:a']],
    ['a comment line ends the continuation', 'x==1 \\\n# note\n    --hash=sha256:b\n', []],
  ])('findHashOptions: %s', (_name, content, values) => {
    expect(findHashOptions(content, 4).map((o) => o.value)).toEqual(values);
  });

  it.each([
    ['keeps the gap between old hashes', 'x==1 \\\n  --hash=sha256:a \\\n  --hash=sha256:b\n', ['1', '2', '3'], '--hash=sha256:1 \\\n  --hash=sha256:2 \\\n  --hash=sha256:3'],
    ['one old hash on the line: spaces', 'x==1 --hash=sha256:a\n', ['1', '2'], '--hash=sha256:1 --hash=sha256:2'],
    ['other text between old hashes: cannot keep the layout', 'x==1 --hash=sha256:a --no-binary :all: --hash=sha256:b\n', ['1'], undefined],
    ['no new hashes', 'x==1 --hash=sha256:a\n', [], undefined],
  ])('renderHashOptions: %s', (_name, content, hashes, expected) => {
    expect(renderHashOptions(content, findHashOptions(content, 4), hashes)).toBe(expected);
  });
});
