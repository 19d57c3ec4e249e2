// Names and versions from distribution filenames, and releases (versions) from a project page.
import { compare, explain, valid } from '@renovatebot/pep440';
import { normalizeName } from '../pep/name.js';
import type { DistributionFile, ProjectPage, Release } from '../bump/types.js';

export interface ParsedFilename {
  /** PEP 503-normalized */
  name: string;
  version: string;
  kind: 'wheel' | 'sdist';
  /** Wheel build tag, when present. */
  build?: string;
}

const SDIST_SUFFIXES = ['.tar.gz', '.zip', '.tar.bz2', '.tar.xz', '.tgz', '.tbz', '.txz', '.tar'];

/**
 * Name and version of a wheel (PEP 427: `{name}-{ver}(-{build})?-{py}-{abi}-{plat}.whl`) or an
 * sdist (`{name}-{ver}.tar.gz`/`.zip`, PEP 625; legacy ones may have dashes in the name, so
 * give `project` to split those as pip does). Undefined for anything else (eggs, installers).
 */
export function parseFilename(filename: string, project?: string): ParsedFilename | undefined {
  if (filename.endsWith('.whl')) {
    const parts = filename.slice(0, -4).split('-');
    if (parts.length !== 5 && parts.length !== 6) return undefined;
    const [name = '', version = ''] = parts;
    if (name === '' || version === '') return undefined;
    // pip: a `_` in a wheel's version stands for `-`
    const parsed: ParsedFilename = { name: normalizeName(name), version: version.replace(/_/g, '-'), kind: 'wheel' };
    if (parts.length === 6) {
      const build = parts[2] ?? '';
      if (!/^\d/.test(build)) return undefined;
      parsed.build = build;
    }
    return parsed;
  }
  const suffix = SDIST_SUFFIXES.find((s) => filename.toLowerCase().endsWith(s));
  if (suffix === undefined) return undefined;
  const stem = filename.slice(0, -suffix.length);
  const split = sdistSplit(stem, project);
  if (split === undefined) return undefined;
  return { name: normalizeName(split[0]), version: split[1], kind: 'sdist' };
}

function sdistSplit(stem: string, project: string | undefined): [string, string] | undefined {
  if (project !== undefined) {
    const wanted = normalizeName(project);
    for (let i = stem.indexOf('-'); i !== -1; i = stem.indexOf('-', i + 1)) {
      if (normalizeName(stem.slice(0, i)) === wanted) {
        const version = stem.slice(i + 1);
        return version === '' ? undefined : [stem.slice(0, i), version];
      }
    }
  }
  const dash = stem.lastIndexOf('-');
  if (dash <= 0 || dash === stem.length - 1) return undefined;
  return [stem.slice(0, dash), stem.slice(dash + 1)];
}


/** Versions sorted by PEP 440, non-PEP 440 ones (which pip ignores) left out. */
export function sortVersions(versions: Iterable<string>): string[] {
  return [...new Set(versions)].filter((v) => valid(v) !== null).sort(compare);
}

/** The versions of a page's files, for indexes without PEP 700 `versions`. */
export function versionsOfFiles(files: DistributionFile[], project: string): string[] {
  const versions: string[] = [];
  for (const file of files) {
    const parsed = parseFilename(file.filename, project);
    if (parsed !== undefined) versions.push(parsed.version);
  }
  return sortVersions(versions);
}

/**
 * One Release per version that has files, ascending by PEP 440. Files whose names do not parse,
 * or whose versions are not PEP 440, are left out (pip skips them too).
 */
export function releasesOf(page: ProjectPage): Release[] {
  const groups = new Map<string, { version: string; files: DistributionFile[]; wheel: boolean }>();
  for (const file of page.files) {
    const parsed = parseFilename(file.filename, page.name);
    if (parsed === undefined || valid(parsed.version) === null) continue;
    const key = versionKey(parsed.version);
    const group = groups.get(key) ?? { version: parsed.version, files: [], wheel: false };
    groups.set(key, group);
    group.files.push(file);
    if (parsed.kind === 'wheel') group.wheel = true;
  }
  const releases: Release[] = [];
  for (const group of groups.values()) {
    const release: Release = {
      version: group.version,
      yanked: group.files.every((f) => f.yanked !== false),
      hasWheel: group.wheel,
    };
    const uploadTime = earliest(group.files.map((f) => f.uploadTime));
    if (uploadTime !== undefined) release.uploadTime = uploadTime;
    const requiresPython = mostCommon(group.files.map((f) => f.requiresPython));
    if (requiresPython !== undefined) release.requiresPython = requiresPython;
    releases.push(release);
  }
  return releases.sort((a, b) => compare(a.version, b.version));
}

/** Equal for PEP 440-equal versions (`1.0`, `1.0.0`, `1.0.0.0`), so their files form one release. */
export function versionKey(version: string): string {
  const v = explain(version);
  if (v === null) return version;
  const release = [...v.release];
  while (release.length > 1 && release[release.length - 1] === 0) release.pop();
  return JSON.stringify([v.epoch, release, v.pre, v.post, v.dev, v.local]);
}

function earliest(times: (string | undefined)[]): string | undefined {
  let best: string | undefined;
  let bestMs = Infinity;
  for (const time of times) {
    if (time === undefined) continue;
    const ms = Date.parse(time);
    if (Number.isNaN(ms)) continue;
    if (ms < bestMs) {
      bestMs = ms;
      best = time;
    }
  }
  return best;
}

/** The most common value; on a tie, the one seen first. */
function mostCommon(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== undefined && value.trim() !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
