// Estimated image-size deltas of a change between two revisions (a pull request, `check --base`): the
// pins it changes (central constraints and exact inline Dockerfile pins, base vs head), sized on the
// head workspace as a bump plan would be. No action code: the action's check and the CLI share it.
import { DEFAULT_CONFIG, type Config } from '../config.js';
import { exactVersion } from '../checks/pins.js';
import { targetEnvironment, targetPython } from './environment.js';
import { centralPins } from './prepare.js';
import { estimateBumpSizes, type SizeDeltaResult } from './size-section.js';
import type { PackageIndex } from './types.js';
import { createIndexClient } from '../index/client.js';
import type { RangeReader } from '../size/range-reader.js';
import type { Workspace } from '../model/types.js';

/** One changed pin; `from` undefined: added, `to` undefined: removed. */
export interface PinChange {
  name: string;
  from?: string;
  to?: string;
}

/** Sizes are estimated only when an index is chosen (input or config), never against the PyPI default. */
export function sizeIndexUrl(config: Pick<Config, 'bump'>, inputIndexUrl?: string): string | undefined {
  if (inputIndexUrl !== undefined) return inputIndexUrl;
  return config.bump.indexUrl !== DEFAULT_CONFIG.bump.indexUrl ? config.bump.indexUrl : undefined;
}

/** Changed central pins (exact versions) and changed exact inline Dockerfile pins, in name order. */
export function changedPins(base: Workspace, head: Workspace, pythonVersion: string, platform?: string): PinChange[] {
  const environment = targetEnvironment(pythonVersion, platform);
  const before = new Map(centralPins(base, environment).map((p) => [p.name, p.version]));
  const after = new Map(centralPins(head, environment).map((p) => [p.name, p.version]));
  const out = new Map<string, PinChange>();
  for (const change of changedValues(before, after)) out.set(change.name, change);
  for (const { name: key, ...change } of changedValues(inlinePins(base), inlinePins(head))) {
    const name = key.slice(key.indexOf('\0') + 1);
    if (!out.has(name)) out.set(name, { name, ...change });
  }
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Keys whose value differs between the maps, as changes (`from`/`to` absent where the map has none). */
function changedValues(before: Map<string, string>, after: Map<string, string>): PinChange[] {
  const out: PinChange[] = [];
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const from = before.get(name);
    const to = after.get(name);
    if (from !== to) out.push({ name, ...(from !== undefined && { from }), ...(to !== undefined && { to }) });
  }
  return out;
}

/** Exact inline pins of Dockerfiles by `dockerfile\0name` (the first one per file). */
function inlinePins(ws: Workspace): Map<string, string> {
  const out = new Map<string, string>();
  for (const o of ws.occurrences) {
    if (o.origin !== 'dockerfile' || o.url) continue;
    const exact = exactVersion(o.specifier);
    const key = `${o.location.file}\0${o.name}`;
    if (exact !== undefined && !out.has(key)) out.set(key, exact);
  }
  return out;
}

export interface PrSizeOptions {
  base: Workspace;
  head: Workspace;
  config: Pick<Config, 'images' | 'platform' | 'bump'>;
  /** No index (and no `index`): only the changed pins, nothing estimated. */
  indexUrl?: string;
  /** For tests: an index and a range reader instead of the ones for indexUrl. */
  index?: PackageIndex;
  reader?: RangeReader;
  onNote: (note: string) => void;
  log?: (message: string) => void;
}

/**
 * Estimates per directly touched image: the head's images and installs, the base's central pins as
 * what the images have before (the head's pins would already hold the new versions, and their new
 * requirements would count as installed). Failures become notes, never errors.
 */
export async function estimatePrSizes(options: PrSizeOptions): Promise<{ changes: PinChange[]; results: SizeDeltaResult[] }> {
  const pythonVersion = targetPython(options.head, options.config.bump.pythonVersion);
  const changes = changedPins(options.base, options.head, pythonVersion, options.config.platform);
  if (changes.length === 0 || (options.indexUrl === undefined && options.index === undefined)) return { changes, results: [] };
  try {
    const index = options.index ?? createIndexClient({ indexUrl: options.indexUrl!, extraIndexUrls: options.config.bump.extraIndexUrls, log: options.log });
    const results = await estimateBumpSizes({
      workspace: { ...options.head, pins: options.base.pins },
      config: options.config,
      changes,
      index,
      ...(options.reader && { reader: options.reader }),
      pythonVersion,
      onNote: options.onNote,
    });
    return { changes, results };
  } catch (error) {
    options.onNote(`image sizes not estimated: ${error instanceof Error ? error.message : String(error)}`);
    return { changes, results: [] };
  }
}
