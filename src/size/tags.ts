// Which file of a release pip would install into an image: the supported wheel tags in pip's
// priority order (packaging.tags.sys_tags for CPython on Linux), then the best-ranked wheel, else an sdist.
import { isValidVersion } from '../pep/pep440.js';
import { isValidSpecifierSet, specifierContains } from '../pep/specifier.js';
import type { DistributionFile } from '../bump/types.js';
import { parseFilename } from '../index/filenames.js';
import { sameVersion } from '../pep/version.js';

export type Libc = 'glibc' | 'musl';
export type ImagePlatform = 'linux/amd64' | 'linux/arm64';

export interface ImageTarget {
  /** "3.12" (or "3.12.4") */
  pythonVersion: string;
  platform: ImagePlatform;
  libc: Libc;
  /** glibc of the image, "2.36" (Debian bookworm) by default. */
  glibcVersion?: string;
  /** musl of the image, "1.2" (every Alpine since 3.13) by default. */
  muslVersion?: string;
}

export const DEFAULT_GLIBC = '2.36';
export const DEFAULT_MUSL = '1.2';

/** `python:3.12-alpine3.20` → musl; anything else (slim, bookworm, bare tags) → glibc 2.36. */
export function libcOfImage(image: string): { libc: Libc; glibcVersion?: string } {
  const tag = image.slice(image.lastIndexOf('/') + 1);
  if (/alpine/i.test(tag)) return { libc: 'musl' };
  // The official images' Debian releases: bullseye has 2.31, buster 2.28, trixie 2.41.
  const glibc = /bullseye/i.test(tag) ? '2.31' : /buster/i.test(tag) ? '2.28' : /trixie/i.test(tag) ? '2.41' : DEFAULT_GLIBC;
  return { libc: 'glibc', glibcVersion: glibc };
}

function archOf(platform: ImagePlatform): string {
  return platform === 'linux/arm64' ? 'aarch64' : 'x86_64';
}

function pythonParts(version: string): [number, number] {
  const [major = '3', minor = '0'] = version.split('.');
  return [Number(major), Number(minor)];
}

const LEGACY_MANYLINUX: Record<string, string> = { '2.17': 'manylinux2014', '2.12': 'manylinux2010', '2.5': 'manylinux1' };

/** Platform tags most specific first, as packaging's `_linux_platforms` yields them. */
export function platformTags(target: ImageTarget): string[] {
  const arch = archOf(target.platform);
  const tags: string[] = [];
  if (target.libc === 'glibc') {
    const [, current] = (target.glibcVersion ?? DEFAULT_GLIBC).split('.').map(Number) as [number, number];
    // packaging: manylinux before glibc 2.5 (x86) / 2.17 (others) does not exist
    const oldest = arch === 'x86_64' || arch === 'i686' ? 5 : 17;
    for (let minor = current; minor >= oldest; minor--) {
      tags.push(`manylinux_2_${minor}_${arch}`);
      const legacy = LEGACY_MANYLINUX[`2.${minor}`];
      if (legacy !== undefined) tags.push(`${legacy}_${arch}`);
    }
  } else {
    const [, current] = (target.muslVersion ?? DEFAULT_MUSL).split('.').map(Number) as [number, number];
    for (let minor = current; minor >= 0; minor--) tags.push(`musllinux_1_${minor}_${arch}`);
  }
  tags.push(`linux_${arch}`);
  return tags;
}

/** Every tag the target supports (`interpreter-abi-platform`), best first: packaging's cpython_tags + compatible_tags. */
export function supportedTags(target: ImageTarget): string[] {
  const [major, minor] = pythonParts(target.pythonVersion);
  const platforms = platformTags(target);
  const cp = `cp${major}${minor}`;
  const tags: string[] = [];
  for (const platform of platforms) tags.push(`${cp}-${cp}-${platform}`);
  for (const platform of platforms) tags.push(`${cp}-abi3-${platform}`);
  for (const platform of platforms) tags.push(`${cp}-none-${platform}`);
  // abi3 wheels built for older CPythons load on this one
  for (let older = minor - 1; older >= 2; older--) for (const platform of platforms) tags.push(`cp${major}${older}-abi3-${platform}`);
  const pyRange = [`py${major}${minor}`, `py${major}`];
  for (let older = minor - 1; older >= 0; older--) pyRange.push(`py${major}${older}`);
  for (const py of pyRange) for (const platform of platforms) tags.push(`${py}-none-${platform}`);
  tags.push(`${cp}-none-any`);
  for (const py of pyRange) tags.push(`${py}-none-any`);
  return tags;
}

/** The tags a wheel filename claims, compressed tag sets (`py2.py3-none-any`) expanded. */
export function wheelTags(filename: string): string[] {
  if (!filename.endsWith('.whl')) return [];
  const parts = filename.slice(0, -4).split('-');
  if (parts.length !== 5 && parts.length !== 6) return [];
  const [pys = '', abis = '', plats = ''] = parts.slice(-3);
  const tags: string[] = [];
  for (const py of pys.split('.')) for (const abi of abis.split('.')) for (const plat of plats.split('.')) tags.push(`${py}-${abi}-${plat}`.toLowerCase());
  return tags;
}

export interface FileChoice {
  /** The file pip would take; undefined when the release has none usable here. */
  file?: DistributionFile;
  kind?: 'wheel' | 'sdist';
  /** The winning tag of a wheel. */
  tag?: string;
  /** No wheel fits the target: pip would build the sdist. */
  sdistOnly: boolean;
}

/**
 * The file of `version` pip would install for `target`: the wheel whose best tag ranks highest
 * (then the higher build tag), unyanked before yanked, files whose Requires-Python excludes the
 * target left out; an sdist when no wheel fits.
 */
export function chooseFile(options: { files: DistributionFile[]; project: string; version: string; target: ImageTarget; tags?: string[] }): FileChoice {
  const { files, project, version, target } = options;
  const priority = new Map((options.tags ?? supportedTags(target)).map((tag, i) => [tag, i] as const));
  const python = fullPython(target.pythonVersion);
  let best: { file: DistributionFile; tag: string; key: [number, number, number] } | undefined;
  let sdist: DistributionFile | undefined;
  for (const file of files) {
    const parsed = parseFilename(file.filename, project);
    if (parsed === undefined || !sameVersion(parsed.version, version)) continue;
    if (!acceptsPython(file.requiresPython, python)) continue;
    const yanked = file.yanked === false ? 0 : 1;
    if (parsed.kind === 'sdist') {
      if (sdist === undefined || (sdist.yanked !== false && yanked === 0) || (file.filename.endsWith('.tar.gz') && !sdist.filename.endsWith('.tar.gz'))) sdist = file;
      continue;
    }
    let rank = Infinity;
    let tag = '';
    for (const candidate of wheelTags(file.filename)) {
      const p = priority.get(candidate);
      if (p !== undefined && p < rank) {
        rank = p;
        tag = candidate;
      }
    }
    if (rank === Infinity) continue;
    const build = parsed.build === undefined ? 0 : Number.parseInt(parsed.build, 10);
    const key: [number, number, number] = [yanked, rank, -build];
    if (best === undefined || compareKeys(key, best.key) < 0) best = { file, tag, key };
  }
  if (best !== undefined) return { file: best.file, kind: 'wheel', tag: best.tag, sdistOnly: false };
  if (sdist !== undefined) return { file: sdist, kind: 'sdist', sdistOnly: true };
  return { sdistOnly: false };
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

export function fullPython(version: string): string {
  return version.split('.').length === 2 ? `${version}.0` : version;
}

/** pip skips files whose Requires-Python excludes the target; a specifier it cannot parse does not exclude. */
export function acceptsPython(requiresPython: string | undefined, python: string): boolean {
  if (requiresPython === undefined || requiresPython.trim() === '') return true;
  const spec = requiresPython.replace(/\s+/g, '');
  if (!isValidSpecifierSet(spec) || !isValidVersion(python)) return true;
  return specifierContains(spec, python);
}
