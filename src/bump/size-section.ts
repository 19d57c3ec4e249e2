// Estimated image-size deltas of a bump plan: for every image the bump touches directly (its own
// installs or those of its FROM chain), the plan's bumps of packages it has, sized per image target.
import type { Config } from '../config.js';
import { installedPackages, touchedImages } from '../rebuild/touched.js';
import { evaluateMarker, parseMarker, type MarkerEnvironment } from '../pep/marker.js';
import { parseRequirement } from '../pep/requirement.js';
import { createRangeReader, type RangeReader } from '../size/range-reader.js';
import { estimateSizeDelta, type ImageSizeEstimate, type PackageChange, type WheelSizeCache } from '../size/estimate.js';
import { libcOfImage, type ImagePlatform, type ImageTarget } from '../size/tags.js';
import { imageGraph, type ImageNode, type Workspace } from '../model/types.js';
import { targetEnvironment } from './environment.js';
import { centralPins } from './prepare.js';
import type { PackageIndex } from './types.js';

export type SizeDeltaResult = ImageSizeEstimate;

export interface BumpSizeOptions {
  workspace: Workspace;
  config: Pick<Config, 'platform'>;
  /** Packages whose version changes: `from` absent when added, `to` absent when removed. */
  changes: { name: string; from?: string; to?: string }[];
  index: PackageIndex;
  /** Range reads of wheels (default: a new reader; file:// reads the file directly). */
  reader?: RangeReader;
  pythonVersion: string;
  /** Images (or packages) that could not be sized, one sentence each; the other images still count. */
  onNote?: (note: string) => void;
}

/** One result per directly touched image with a changed package, in name order. */
export async function estimateBumpSizes(options: BumpSizeOptions): Promise<SizeDeltaResult[]> {
  const { workspace, changes: changed, index } = options;
  if (changed.length === 0) return [];
  const note = options.onNote ?? (() => undefined);
  const platform = imagePlatform(options.config.platform);
  if (platform === undefined) {
    note(`image sizes not estimated: platform ${options.config.platform} has no wheel tags here (linux/amd64 or linux/arm64)`);
    return [];
  }
  const graph = imageGraph(workspace);
  const { images } = touchedImages({ workspace, graph, changedPackages: changed.map((b) => b.name) });
  const direct = images.filter((t) => t.direct).map((t) => t.name);
  if (direct.length === 0) return [];

  const environment = targetEnvironment(options.pythonVersion, platform);
  const current = new Map(centralPins(workspace, environment).map((p) => [p.name, p.version]));
  const pins = new Map(current);
  for (const b of changed) {
    if (b.to === undefined) pins.delete(b.name);
    else pins.set(b.name, b.to);
  }
  const bumps = new Map(changed.map((b) => [b.name, b]));
  const reader = options.reader ?? createRangeReader();
  const cache: WheelSizeCache = new Map();
  const nodes = new Map(graph.nodes.map((n) => [n.name, n]));
  const extrasAt = extrasIndex(workspace);
  const present = presentPackages({ index, environment, current });
  // Images share their bases: read what each base installs once, not once per image built on it.
  const installedBy = new Map<string, ReturnType<typeof installedPackages>>();
  const installedOf = (node: ImageNode): ReturnType<typeof installedPackages> => {
    let found = installedBy.get(node.name);
    if (found === undefined) installedBy.set(node.name, (found = installedPackages(workspace, node)));
    return found;
  };

  const results = await Promise.all(
    direct.map(async (name): Promise<SizeDeltaResult | undefined> => {
      try {
        const chain = chainOf(name, nodes);
        const own = new Map<string, string[]>();
        for (const node of chain) {
          for (const [pkg, at] of installedOf(node)) {
            const extras = extrasAt.get(`${at.file}:${at.line}:${pkg}`) ?? [];
            own.set(pkg, [...new Set([...(own.get(pkg) ?? []), ...extras])].sort());
          }
        }
        // With -c constraints a pin holds for transitive packages too: a bumped dependency changes the image.
        const installed = await present(own);
        const changes: PackageChange[] = [...installed.keys()]
          .filter((pkg) => bumps.has(pkg))
          .sort()
          .map((pkg) => {
            const b = bumps.get(pkg)!;
            const extras = installed.get(pkg) ?? [];
            return { name: pkg, from: b.from, to: b.to, ...(extras.length > 0 && { extras }) };
          });
        if (changes.length === 0) return undefined;
        const target: ImageTarget = { pythonVersion: options.pythonVersion, platform, ...libcOfImage(externalBaseOf(chain) ?? '') };
        return await estimateSizeDelta({
          image: name,
          target,
          changes,
          index,
          reader,
          pins,
          installed: new Set(installed.keys()),
          noCompile: installsWithoutCompile(workspace, chain),
          cache,
        });
      } catch (error) {
        note(`${name}: size not estimated: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    }),
  );
  return results.filter((r): r is SizeDeltaResult => r !== undefined);
}

function imagePlatform(platform: string): ImagePlatform | undefined {
  if (platform.startsWith('linux/amd64')) return 'linux/amd64';
  if (platform.startsWith('linux/arm64')) return 'linux/arm64';
  return undefined;
}

/** The image and every image it is built FROM, nearest first. */
function chainOf(name: string, nodes: Map<string, ImageNode>): ImageNode[] {
  const out: ImageNode[] = [];
  const seen = new Set<string>();
  const queue = [name];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    const node = nodes.get(next);
    if (!node) continue;
    out.push(node);
    queue.push(...node.bases);
  }
  return out;
}

/** The external image at the root of the chain (`python:3.12-slim`), which decides the libc. */
function externalBaseOf(chain: ImageNode[]): string | undefined {
  for (const node of chain) if (node.externalBases.length > 0) return node.externalBases[0];
  return undefined;
}

/** Every install of the chain says `--no-compile` (uv's default): no .pyc to count. */
function installsWithoutCompile(workspace: Workspace, chain: ImageNode[]): boolean {
  const names = new Set(chain.map((n) => n.name));
  const sites = workspace.images.filter((i) => names.has(i.name)).flatMap((i) => i.installs);
  return sites.length > 0 && sites.every((s) => s.install.noCompile);
}

/** Extras per occurrence (`file:line:name`), for the packages installed with them (`uvicorn[standard]`). */
function extrasIndex(workspace: Workspace): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const o of workspace.occurrences) if (o.extras.length > 0) out.set(`${o.location.file}:${o.location.line}:${o.name}`, o.extras);
  return out;
}

/**
 * What the image has before the bump: its own packages and, at the current central pins, what they
 * require (markers evaluated for the image). An unpinned dependency counts as present but is not
 * followed, so no index page beyond the pinned ones is read. Metadata is read once per release.
 */
function presentPackages(options: { index: PackageIndex; environment: MarkerEnvironment; current: Map<string, string> }) {
  const requirements = new Map<string, Promise<{ name: string; extras: string[] }[]>>();
  const requirementsOf = (name: string, version: string, extras: string[]): Promise<{ name: string; extras: string[] }[]> => {
    const key = `${name}@${version}[${extras.join(',')}]`;
    let found = requirements.get(key);
    if (found === undefined) {
      found = options.index.metadata(name, version).then(
        (metadata) => applicable(metadata?.requiresDist ?? [], options.environment, extras),
        () => [],
      );
      requirements.set(key, found);
    }
    return found;
  };
  return async (own: Map<string, string[]>): Promise<Map<string, string[]>> => {
    const present = new Map(own);
    let level = [...own].map(([name, extras]) => ({ name, extras }));
    while (level.length > 0) {
      const lists = await Promise.all(
        level.map((node) => {
          const version = options.current.get(node.name);
          return version === undefined ? Promise.resolve([]) : requirementsOf(node.name, version, node.extras);
        }),
      );
      level = [];
      for (const requirement of lists.flat()) {
        if (present.has(requirement.name)) continue;
        present.set(requirement.name, requirement.extras);
        level.push(requirement);
      }
    }
    return present;
  };
}

function applicable(requiresDist: string[], environment: MarkerEnvironment, extras: string[]): { name: string; extras: string[] }[] {
  const out: { name: string; extras: string[] }[] = [];
  for (const text of requiresDist) {
    try {
      const requirement = parseRequirement(text);
      if (requirement.url !== undefined) continue;
      if (requirement.marker !== undefined) {
        const marker = parseMarker(requirement.marker);
        if (!['', ...extras].some((extra) => evaluateMarker(marker, { ...environment, extra }))) continue;
      }
      out.push({ name: requirement.name, extras: requirement.extras });
    } catch {
      // an unreadable requirement of a dependency says nothing about the image
    }
  }
  return out;
}
