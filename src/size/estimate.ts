// The estimated size delta of one image for a set of package changes: the wheel pip would pick,
// its installed size from the zip directory, and the new transitive requirements it pulls in.
import { explain } from '@renovatebot/pep440';
import { specifierContains } from '../pep/specifier.js';
import type { PackageIndex } from '../bump/types.js';
import { targetEnvironment } from '../bump/environment.js';
import { releasesOf } from '../index/filenames.js';
import { evaluateMarker, parseMarker } from '../pep/marker.js';
import { normalizeName } from '../pep/name.js';
import { parseRequirement } from '../pep/requirement.js';
import type { RangeReader } from './range-reader.js';
import { acceptsPython, chooseFile, fullPython, type ImageTarget } from './tags.js';
import { measureWheel, type WheelSize } from './wheel-size.js';

/**
 * Installed bytes per sdist byte, for packages without a wheel for the image. A rough guess, not
 * a measurement of built packages: source-only tarballs of pip and setuptools (tar czf, .py only)
 * install to 7.6× and 6.5× their size with .pyc, but sdists also carry tests and docs that are not
 * installed, and compiled extensions are unknowable before a build. Contributors sized this way
 * say so in their note.
 */
export const SDIST_INSTALLED_FACTOR = 5;

export interface PackageChange {
  name: string;
  /** Installed before; undefined for an added package. */
  from?: string;
  /** Installed after; undefined for a removed package. */
  to?: string;
  /** Extras the image installs the package with (they select more Requires-Dist). */
  extras?: string[];
}

export interface SizeContributor {
  /** PEP 503-normalized */
  name: string;
  from?: string;
  to?: string;
  deltaBytes: number;
  deltaCompressedBytes: number;
  /** Some side had no wheel for the image: estimated from the sdist. */
  sdistOnly?: boolean;
  /** A new transitive requirement: the package that requires it. */
  requiredBy?: string;
  note?: string;
  /** Not sized (a version not on the index, no file for the image…): the note says why; the deltas are 0 and mean nothing. */
  unknown?: boolean;
}

export interface ImageSizeEstimate {
  image: string;
  target: ImageTarget;
  /** The image's size before the change, when known (measured or from a registry). */
  beforeBytes?: number;
  deltaBytes: number;
  deltaCompressedBytes: number;
  contributors: SizeContributor[];
  /** Contributors that could not be sized (none when absent): the deltas leave them out. */
  unknown?: number;
  /** Bytes read from the index to size the wheels (range reads; cache hits count 0). */
  bytesFetched: number;
}

/** Sized files, shared between images (and runs) so one wheel is read once. Keyed by URL and compile mode. */
export type WheelSizeCache = Map<string, Promise<WheelSize>>;

export interface EstimateOptions {
  image: string;
  target: ImageTarget;
  changes: PackageChange[];
  index: PackageIndex;
  reader: RangeReader;
  /** The constraints' pins (normalized name → version), used for new transitive requirements. */
  pins?: Map<string, string>;
  /** Packages the image has already (normalized names): the walk stops there. */
  installed?: Set<string>;
  /** The Dockerfile installs with `--no-compile`. */
  noCompile?: boolean;
  beforeBytes?: number;
  cache?: WheelSizeCache;
}

interface Sized {
  installedBytes: number;
  compressedBytes: number;
  sdistOnly: boolean;
  note?: string;
}

export async function estimateSizeDelta(options: EstimateOptions): Promise<ImageSizeEstimate> {
  const { target, index, reader } = options;
  const cache = options.cache ?? new Map<string, Promise<WheelSize>>();
  const pins = new Map([...(options.pins ?? new Map<string, string>())].map(([name, version]) => [normalizeName(name), version]));
  const python = fullPython(target.pythonVersion);
  const environment = targetEnvironment(target.pythonVersion, target.platform);
  let bytesFetched = 0;

  async function sizeOf(name: string, version: string): Promise<Sized> {
    const page = await index.project(name);
    const choice = chooseFile({ files: page.files, project: page.name, version, target });
    if (choice.file === undefined) throw new Error(`no file of ${name} ${version} installs on ${describeTarget(target)}`);
    if (choice.kind === 'sdist') {
      const size = choice.file.size ?? (await sdistSize(choice.file.url));
      return {
        installedBytes: Math.round(size * SDIST_INSTALLED_FACTOR),
        compressedBytes: size,
        sdistOnly: true,
        note: `no wheel for ${describeTarget(target)}: rough estimate from the sdist (${SDIST_INSTALLED_FACTOR}× its size)`,
      };
    }
    const key = `${options.noCompile === true ? 'no-compile' : 'compile'} ${choice.file.url.split('#')[0]}`;
    let sized = cache.get(key);
    if (sized === undefined) {
      sized = measureWheel(reader, choice.file.url, { noCompile: options.noCompile === true });
      cache.set(key, sized);
      // only the image that reads a wheel counts the bytes
      sized.then(
        (s) => (bytesFetched += s.bytesFetched),
        () => undefined,
      );
    }
    const wheel = await sized;
    return { installedBytes: wheel.installedBytes, compressedBytes: wheel.compressedBytes, sdistOnly: false };
  }

  async function sdistSize(url: string): Promise<number> {
    const result = await reader.readTail(url.split('#')[0] ?? url, 1);
    bytesFetched += result.bytesFetched;
    return result.fileSize;
  }

  /** Newest final release that the specifier, Requires-Python and the image's tags accept. */
  async function newestCompatible(name: string, specifier: string): Promise<string | undefined> {
    const page = await index.project(name);
    const releases = releasesOf(page)
      .filter((r) => !r.yanked && acceptsPython(r.requiresPython, python) && explain(r.version)?.is_prerelease !== true)
      .reverse();
    for (const release of releases) {
      if (specifier !== '' && !specifierContains(specifier, release.version)) continue;
      if (chooseFile({ files: page.files, project: page.name, version: release.version, target }).file !== undefined) return release.version;
    }
    return undefined;
  }

  async function contributorOf(change: PackageChange & { requiredBy?: string }): Promise<SizeContributor> {
    const name = normalizeName(change.name);
    const contributor: SizeContributor = {
      name,
      ...(change.from !== undefined && { from: change.from }),
      ...(change.to !== undefined && { to: change.to }),
      deltaBytes: 0,
      deltaCompressedBytes: 0,
      ...(change.requiredBy !== undefined && { requiredBy: change.requiredBy }),
    };
    try {
      const [before, after] = await Promise.all([
        change.from === undefined ? undefined : sizeOf(name, change.from),
        change.to === undefined ? undefined : sizeOf(name, change.to),
      ]);
      contributor.deltaBytes = (after?.installedBytes ?? 0) - (before?.installedBytes ?? 0);
      contributor.deltaCompressedBytes = (after?.compressedBytes ?? 0) - (before?.compressedBytes ?? 0);
      if (before?.sdistOnly === true || after?.sdistOnly === true) contributor.sdistOnly = true;
      const note = after?.note ?? before?.note;
      if (note !== undefined) contributor.note = note;
    } catch (error) {
      contributor.unknown = true;
      contributor.note = `size unknown: ${error instanceof Error ? error.message : String(error)}`;
    }
    return contributor;
  }

  /** Requirements of `name==version` that apply to the image (its markers, with the given extras). */
  async function requirementsOf(name: string, version: string, extras: string[]): Promise<{ name: string; specifier: string; extras: string[] }[]> {
    const metadata = await index.metadata(name, version);
    if (metadata === undefined) return [];
    const found: { name: string; specifier: string; extras: string[] }[] = [];
    for (const text of metadata.requiresDist) {
      let requirement;
      try {
        requirement = parseRequirement(text);
      } catch {
        continue;
      }
      if (requirement.url !== undefined) continue;
      if (requirement.marker !== undefined) {
        const marker = parseMarker(requirement.marker);
        const applies = ['', ...extras].some((extra) => {
          try {
            return evaluateMarker(marker, { ...environment, extra });
          } catch {
            return false;
          }
        });
        if (!applies) continue;
      }
      found.push({ name: requirement.name, specifier: requirement.specifier, extras: requirement.extras });
    }
    return found;
  }

  // breadth first from the new versions: each level's metadata in parallel, new names in a stable order
  const changed = options.changes.map((c) => ({ ...c, name: normalizeName(c.name) }));
  const seen = new Set<string>([...(options.installed ?? [])].map(normalizeName));
  for (const change of changed) seen.add(change.name);
  const transitive: (PackageChange & { requiredBy: string })[] = [];
  const notes = new Map<string, string>();
  let level = changed.filter((c) => c.to !== undefined).map((c) => ({ name: c.name, version: c.to!, extras: c.extras ?? [] }));
  while (level.length > 0) {
    const requirements = await Promise.all(
      level.map((node) =>
        requirementsOf(node.name, node.version, node.extras).catch((error: unknown) => {
          notes.set(node.name, `requirements not followed: ${error instanceof Error ? error.message : String(error)}`);
          return [];
        }),
      ),
    );
    const fresh: { name: string; specifier: string; extras: string[]; requiredBy: string }[] = [];
    level.forEach((node, i) => {
      for (const requirement of requirements[i] ?? []) {
        if (seen.has(requirement.name)) continue;
        seen.add(requirement.name);
        fresh.push({ ...requirement, requiredBy: node.name });
      }
    });
    const versions = await Promise.all(
      fresh.map((dep) => pins.get(dep.name) ?? newestCompatible(dep.name, dep.specifier).catch(() => undefined)),
    );
    level = [];
    fresh.forEach((dep, i) => {
      const version = versions[i];
      transitive.push({ name: dep.name, requiredBy: dep.requiredBy, ...(version !== undefined && { to: version }) });
      if (version !== undefined) level.push({ name: dep.name, version, extras: dep.extras });
      else notes.set(dep.name, `no release of ${dep.name} matches ${dep.specifier || 'any version'} for ${describeTarget(target)}`);
    });
  }

  const contributors = await Promise.all([...changed, ...transitive].map((change) => contributorOf(change)));
  for (const contributor of contributors) {
    const note = notes.get(contributor.name);
    if (note !== undefined) contributor.note = contributor.note === undefined ? note : `${contributor.note}; ${note}`;
  }
  // settle the byte counters of wheels this image read
  await Promise.allSettled(cache.values());
  contributors.sort((a, b) => Math.abs(b.deltaBytes) - Math.abs(a.deltaBytes) || a.name.localeCompare(b.name));
  const unknown = contributors.filter((c) => c.unknown === true).length;
  return {
    image: options.image,
    target,
    ...(options.beforeBytes !== undefined && { beforeBytes: options.beforeBytes }),
    deltaBytes: contributors.reduce((sum, c) => sum + c.deltaBytes, 0),
    deltaCompressedBytes: contributors.reduce((sum, c) => sum + c.deltaCompressedBytes, 0),
    contributors,
    ...(unknown > 0 && { unknown }),
    bytesFetched,
  };
}

export function describeTarget(target: ImageTarget): string {
  return `${target.platform} ${target.libc} Python ${target.pythonVersion}`;
}
