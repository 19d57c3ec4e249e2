// Which file pip would install for an image: tag priority and the file chosen from a release.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { DistributionFile } from '../../src/bump/types.js';
import { chooseFile, libcOfImage, platformTags, supportedTags, wheelTags, type ImageTarget } from '../../src/size/tags.js';

const GLIBC_AMD64: ImageTarget = { pythonVersion: '3.12', platform: 'linux/amd64', libc: 'glibc', glibcVersion: '2.36' };
const GLIBC_ARM64: ImageTarget = { pythonVersion: '3.12', platform: 'linux/arm64', libc: 'glibc' };
const MUSL_AMD64: ImageTarget = { pythonVersion: '3.12', platform: 'linux/amd64', libc: 'musl' };

function file(filename: string, extra: Partial<DistributionFile> = {}): DistributionFile {
  return { filename, url: `https://files.example/${filename}`, hashes: {}, yanked: false, coreMetadata: false, ...extra };
}

describe('libcOfImage', () => {
  it.each([
    ['python:3.12-slim', 'glibc', '2.36'],
    ['python:3.12-bookworm', 'glibc', '2.36'],
    ['python:3.12', 'glibc', '2.36'],
    ['python:3.11-slim-bullseye', 'glibc', '2.31'],
    ['python:3.12-alpine', 'musl', undefined],
    ['docker.io/library/python:3.12-alpine3.20', 'musl', undefined],
    ['ghcr.io/alpine-team/python:3.12-slim', 'glibc', '2.36'],
  ])('%s → %s %s', (image, libc, glibc) => {
    expect(libcOfImage(image)).toEqual({ libc, ...(glibc !== undefined && { glibcVersion: glibc }) });
  });
});

describe('platformTags', () => {
  it('glibc x86_64: manylinux_2_36 down to 2_5 with the legacy aliases right after their PEP 600 names', () => {
    const tags = platformTags(GLIBC_AMD64);
    expect(tags[0]).toBe('manylinux_2_36_x86_64');
    expect(tags.slice(tags.indexOf('manylinux_2_17_x86_64'), tags.indexOf('manylinux_2_17_x86_64') + 2)).toEqual([
      'manylinux_2_17_x86_64',
      'manylinux2014_x86_64',
    ]);
    expect(tags).toContain('manylinux2010_x86_64');
    expect(tags.slice(-3)).toEqual(['manylinux_2_5_x86_64', 'manylinux1_x86_64', 'linux_x86_64']);
    expect(tags.some((t) => t.startsWith('musllinux'))).toBe(false);
  });

  it('glibc aarch64 stops at manylinux2014 (no manylinux2010/1 for ARM)', () => {
    expect(platformTags(GLIBC_ARM64).slice(-3)).toEqual(['manylinux_2_17_aarch64', 'manylinux2014_aarch64', 'linux_aarch64']);
  });

  it('musl: musllinux_1_2 … 1_0, no manylinux', () => {
    expect(platformTags(MUSL_AMD64)).toEqual(['musllinux_1_2_x86_64', 'musllinux_1_1_x86_64', 'musllinux_1_0_x86_64', 'linux_x86_64']);
  });
});

describe('supportedTags', () => {
  it('equals the list pip itself ranks wheels by on this machine (get_supported: CPython, glibc, x86_64)', () => {
    const run = spawnSync(
      'python3',
      ['-c', 'import sys, platform; from pip._internal.utils.compatibility_tags import get_supported; print(platform.machine(), "%d.%d" % sys.version_info[:2], platform.libc_ver()[1]); print("\\n".join(str(t) for t in get_supported()))'],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    const [head = '', ...tags] = run.stdout.trim().split('\n');
    const [machine, python, glibc] = head.split(' ');
    expect(machine).toBe('x86_64');
    expect(supportedTags({ pythonVersion: python!, platform: 'linux/amd64', libc: 'glibc', glibcVersion: glibc! })).toEqual(tags);
  });

  it('orders cp312 first, then abi3, none, older abi3, pure-python platform tags, then any', () => {
    const tags = supportedTags(GLIBC_AMD64);
    const at = (tag: string): number => tags.indexOf(tag);
    expect(at('cp312-cp312-manylinux_2_36_x86_64')).toBe(0);
    expect(at('cp312-cp312-linux_x86_64')).toBeLessThan(at('cp312-abi3-manylinux_2_36_x86_64'));
    expect(at('cp312-abi3-linux_x86_64')).toBeLessThan(at('cp311-abi3-manylinux_2_36_x86_64'));
    expect(at('cp32-abi3-linux_x86_64')).toBeLessThan(at('py312-none-manylinux_2_36_x86_64'));
    expect(at('cp312-none-any')).toBeLessThan(at('py312-none-any'));
    expect(tags.slice(-3)).toEqual(['py32-none-any', 'py31-none-any', 'py30-none-any']);
    expect(at('py3-none-any')).toBe(at('py312-none-any') + 1);
    expect(at('cp313-cp313-manylinux_2_36_x86_64')).toBe(-1);
  });
});

describe('wheelTags', () => {
  it.each([
    ['foo-1.0-py3-none-any.whl', ['py3-none-any']],
    ['foo-1.0-py2.py3-none-any.whl', ['py2-none-any', 'py3-none-any']],
    ['foo-1.0-1-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', ['cp312-cp312-manylinux_2_17_x86_64', 'cp312-cp312-manylinux2014_x86_64']],
    ['foo-1.0.tar.gz', []],
    ['foo-1.0-any.whl', []],
  ])('%s', (name, tags) => {
    expect(wheelTags(name)).toEqual(tags);
  });
});

const NUMPY = [
  'numpy-2.1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
  'numpy-2.1.0-cp312-cp312-musllinux_1_1_x86_64.whl',
  'numpy-2.1.0-cp312-cp312-manylinux_2_17_aarch64.manylinux2014_aarch64.whl',
  'numpy-2.1.0-cp312-cp312-musllinux_1_2_aarch64.whl',
  'numpy-2.1.0-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
  'numpy-2.1.0-cp312-cp312-win_amd64.whl',
  'numpy-2.1.0.tar.gz',
];

describe('chooseFile', () => {
  it.each([
    ['manylinux for glibc amd64', NUMPY, GLIBC_AMD64, 'numpy-2.1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', 'cp312-cp312-manylinux_2_17_x86_64'],
    ['musllinux for musl amd64', NUMPY, MUSL_AMD64, 'numpy-2.1.0-cp312-cp312-musllinux_1_1_x86_64.whl', 'cp312-cp312-musllinux_1_1_x86_64'],
    ['aarch64 manylinux', NUMPY, GLIBC_ARM64, 'numpy-2.1.0-cp312-cp312-manylinux_2_17_aarch64.manylinux2014_aarch64.whl', 'cp312-cp312-manylinux_2_17_aarch64'],
    ['musl aarch64', NUMPY, { ...MUSL_AMD64, platform: 'linux/arm64' } as ImageTarget, 'numpy-2.1.0-cp312-cp312-musllinux_1_2_aarch64.whl', 'cp312-cp312-musllinux_1_2_aarch64'],
    [
      'the newest manylinux the glibc allows',
      ['x-1.0-cp312-cp312-manylinux_2_28_x86_64.whl', 'x-1.0-cp312-cp312-manylinux_2_17_x86_64.whl', 'x-1.0-cp312-cp312-manylinux_2_39_x86_64.whl'],
      GLIBC_AMD64,
      'x-1.0-cp312-cp312-manylinux_2_28_x86_64.whl',
      'cp312-cp312-manylinux_2_28_x86_64',
    ],
    [
      'abi3 from an older CPython beats pure python',
      ['x-1.0-cp38-abi3-manylinux_2_17_x86_64.whl', 'x-1.0-py3-none-any.whl'],
      GLIBC_AMD64,
      'x-1.0-cp38-abi3-manylinux_2_17_x86_64.whl',
      'cp38-abi3-manylinux_2_17_x86_64',
    ],
    [
      'cp312 abi beats abi3',
      ['x-1.0-cp39-abi3-manylinux_2_17_x86_64.whl', 'x-1.0-cp312-cp312-manylinux_2_5_x86_64.whl'],
      GLIBC_AMD64,
      'x-1.0-cp312-cp312-manylinux_2_5_x86_64.whl',
      'cp312-cp312-manylinux_2_5_x86_64',
    ],
    [
      'py3-none-any when no binary wheel fits',
      ['x-1.0-cp312-cp312-win_amd64.whl', 'x-1.0-cp312-cp312-musllinux_1_1_x86_64.whl', 'x-1.0-py3-none-any.whl', 'x-1.0.tar.gz'],
      GLIBC_AMD64,
      'x-1.0-py3-none-any.whl',
      'py3-none-any',
    ],
    ['py2.py3 compressed tag set', ['x-1.0-py2.py3-none-any.whl'], GLIBC_AMD64, 'x-1.0-py2.py3-none-any.whl', 'py3-none-any'],
    ['the higher build tag on a tie', ['x-1.0-1-py3-none-any.whl', 'x-1.0-2-py3-none-any.whl'], GLIBC_AMD64, 'x-1.0-2-py3-none-any.whl', 'py3-none-any'],
  ])('%s', (_, names, target, expected, tag) => {
    const choice = chooseFile({ files: names.map((n) => file(n)), project: names[0]!.split('-')[0]!, version: names[0]!.split('-')[1]!.replace(/\.tar\.gz$/, ''), target });
    expect(choice.file?.filename).toBe(expected);
    expect(choice.tag).toBe(tag);
    expect(choice.sdistOnly).toBe(false);
  });

  it('falls back to the sdist, marked sdistOnly, when no wheel fits (musl image, manylinux-only wheels)', () => {
    const choice = chooseFile({
      files: [file('x-1.0-cp312-cp312-manylinux_2_17_x86_64.whl'), file('x-1.0.zip'), file('x-1.0.tar.gz')],
      project: 'x',
      version: '1.0',
      target: MUSL_AMD64,
    });
    expect(choice).toMatchObject({ kind: 'sdist', sdistOnly: true });
    expect(choice.file?.filename).toBe('x-1.0.tar.gz');
  });

  it('skips other versions, files whose Requires-Python excludes the target, and prefers unyanked files', () => {
    const choice = chooseFile({
      files: [
        file('x-2.0-py3-none-any.whl'),
        file('x-1.0-cp312-cp312-manylinux_2_17_x86_64.whl', { requiresPython: '<3.12' }),
        file('x-1.0-cp312-abi3-manylinux_2_17_x86_64.whl', { yanked: 'broken' }),
        file('x-1.0-py3-none-any.whl'),
      ],
      project: 'x',
      version: '1.0.0',
      target: GLIBC_AMD64,
    });
    expect(choice.file?.filename).toBe('x-1.0-py3-none-any.whl');
  });

  it('gives nothing when the release has no usable file', () => {
    expect(chooseFile({ files: [file('x-1.0-cp312-cp312-win_amd64.whl')], project: 'x', version: '1.0', target: GLIBC_AMD64 })).toEqual({ sdistOnly: false });
  });
});
