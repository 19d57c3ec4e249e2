// Before an inline-cache build: does each --cache-from image exist, and does it carry BuildKit's
// inline cache metadata? An image pushed without BUILDKIT_INLINE_CACHE=1 (docker import, a plain
// `docker build`, another tool) is pulled for nothing: BuildKit finds no cache records in it and
// silently rebuilds every step. Reads the registry only; never throws.
import { ManifestUnknownError, RegistryError, type RegistryClient } from '../registry/client.js';
import { isRemoteImage } from '../registry/ref.js';
import type { MatrixEntry } from './matrix.js';

/** The image-config key BuildKit's image exporter writes the inline cache under (base64 JSON). */
export const INLINE_CACHE_KEY = 'moby.buildkit.cache.v0';

export type CacheNoteLevel = 'info' | 'warning';

export interface CacheNote {
  level: CacheNoteLevel;
  /** The --cache-from reference the note is about. */
  ref: string;
  message: string;
}

/** True when an image config carries BuildKit inline cache metadata. Pure. */
export function inlineCacheOf(config: Record<string, unknown>): boolean {
  const value = config[INLINE_CACHE_KEY];
  if (typeof value === 'string') return value.trim() !== '';
  return typeof value === 'object' && value !== null;
}

/**
 * Notes on an entry's inline-cache sources: info when a source does not exist yet (cold build),
 * warning when it exists without inline cache metadata or could not be read. Registry-cache
 * entries (`cacheTo` set) read a dedicated cache manifest instead and get no notes.
 */
export async function checkCacheSources(entry: MatrixEntry, registry: RegistryClient): Promise<CacheNote[]> {
  if (entry.cacheTo !== undefined) return [];
  const notes: CacheNote[] = [];
  for (const ref of entry.cacheFrom) {
    if (!isRemoteImage(ref)) continue;
    let config: Record<string, unknown>;
    try {
      config = await registry.imageConfig(ref, entry.platform);
    } catch (err) {
      if (err instanceof ManifestUnknownError) {
        notes.push({ level: 'info', ref, message: `no previous image ${ref}: cold build` });
      } else {
        notes.push({ level: 'warning', ref, message: `could not check the inline cache of ${ref}: ${reasonOf(err)}` });
      }
      continue;
    }
    if (!inlineCacheOf(config)) {
      notes.push({
        level: 'warning',
        ref,
        message: `${ref} has no inline cache metadata (built without BUILDKIT_INLINE_CACHE=1): BuildKit will cache nothing from it; rebuild it once with monopin rebuild, or push it with --build-arg BUILDKIT_INLINE_CACHE=1`,
      });
    }
  }
  return notes;
}

/** The error without the ref RegistryError already starts its message with. */
function reasonOf(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  if (err instanceof RegistryError && err.message.startsWith(`${err.ref}: `)) return err.message.slice(err.ref.length + 2);
  return err.message;
}
