// Measured image-size deltas: both images' manifests read from the registry (no blob is pulled),
// compressed sizes per layer and in total, one platform. A layer with the same digest on both sides
// is unchanged; the rest are what the change added or removed.
import { ManifestUnknownError, type ImageSize, type LayerSize, type RegistryClient } from '../registry/client.js';

export interface MeasuredSize {
  image: string;
  platform: string;
  /** Absent when the image did not exist before (a new image). */
  before?: ImageSize;
  after: ImageSize;
  /** after.compressedBytes − before.compressedBytes (the whole after size for a new image). */
  deltaCompressedBytes: number;
  /** Layers only after (in order), only before, and the bytes of the layers both share. */
  addedLayers: LayerSize[];
  removedLayers: LayerSize[];
  unchangedBytes: number;
}

export interface MeasurePair {
  image: string;
  /** Full refs: `ghcr.io/org/python-base:latest`. */
  before: string;
  after: string;
}

/** Pure: the layer-level difference of two manifests. */
export function compareImages(image: string, before: ImageSize | undefined, after: ImageSize): MeasuredSize {
  const beforeDigests = new Set(before?.layers.map((l) => l.digest) ?? []);
  const afterDigests = new Set(after.layers.map((l) => l.digest));
  const addedLayers = after.layers.filter((l) => !beforeDigests.has(l.digest));
  const removedLayers = (before?.layers ?? []).filter((l) => !afterDigests.has(l.digest));
  const unchangedBytes = after.layers.filter((l) => beforeDigests.has(l.digest)).reduce((s, l) => s + l.size, 0);
  return {
    image,
    platform: after.platform,
    ...(before && { before }),
    after,
    deltaCompressedBytes: after.compressedBytes - (before?.compressedBytes ?? 0),
    addedLayers,
    removedLayers,
    unchangedBytes,
  };
}

/** The image's size, or undefined when the registry does not have it (a new image); other errors throw. */
export async function imageSizeIfPresent(registry: RegistryClient, ref: string, platform: string): Promise<ImageSize | undefined> {
  try {
    return await registry.imageSize(ref, platform);
  } catch (error) {
    if (error instanceof ManifestUnknownError) return undefined;
    throw error;
  }
}

/**
 * Reads both manifests of every pair. A missing "after" image, or any registry error, is a note and
 * the image is left out (its estimate still stands); a missing "before" image is a new image.
 */
export async function measureImages(options: {
  registry: RegistryClient;
  pairs: MeasurePair[];
  platform: string;
}): Promise<{ results: MeasuredSize[]; notes: string[] }> {
  const notes: string[] = [];
  const sized = (ref: string) => imageSizeIfPresent(options.registry, ref, options.platform);
  const results = await Promise.all(
    options.pairs.map(async (pair): Promise<MeasuredSize | undefined> => {
      try {
        const [before, after] = await Promise.all([sized(pair.before), sized(pair.after)]);
        if (!after) {
          notes.push(`${pair.image}: not measured: ${pair.after} is not in the registry`);
          return undefined;
        }
        return compareImages(pair.image, before, after);
      } catch (error) {
        notes.push(`${pair.image}: not measured: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    }),
  );
  return { results: results.filter((r): r is MeasuredSize => r !== undefined), notes };
}
