// The installed size of a wheel without downloading it: the zip's end record and central
// directory, read with range requests, list every file and its uncompressed size.
import type { RangeReader } from './range-reader.js';
import type { CentralEntry } from './zip-directory.js';
import { readZipDirectory } from './zip-reader.js';

/**
 * Bytes of `.pyc` per byte of `.py` that pip's install-time `compileall` writes (one optimization
 * level, in `__pycache__/`). Measured here with CPython 3.11.7 (`compileall.compile_dir`, force):
 * stdlib json/email/http/asyncio/logging/urllib/importlib/xml + 8 top-level modules 1.248,
 * pip 24 (vendored libraries included) 1.211, setuptools 1.272; dense generated code with few
 * comments reaches 1.565. Real packages sit near the first three: 1.25.
 */
export const PYC_FACTOR = 1.25;

export interface WheelSize {
  /** What the install puts on disk: every file's uncompressed size, plus `pycEstimate`. */
  installedBytes: number;
  /** Uncompressed bytes of the `.py` files. */
  pyBytes: number;
  pyFiles: number;
  /** `.pyc` bytes pip compiles at install (0 with `noCompile`). */
  pycEstimate: number;
  /** Files in the wheel (directories excluded). */
  files: number;
  /** The wheel file's size. */
  compressedBytes: number;
  /** Bytes read to learn all this. */
  bytesFetched: number;
}

export interface MeasureWheelOptions {
  /** pip install --no-compile: no `.pyc` files. */
  noCompile?: boolean;
}

/** Sizes one wheel at `url` (http(s) or file://) from its zip directory. */
export async function measureWheel(reader: RangeReader, url: string, options: MeasureWheelOptions = {}): Promise<WheelSize> {
  let fetched = 0;
  const zip = await readZipDirectory(reader, url, (bytes) => (fetched += bytes));
  return { ...summarizeEntries(zip.entries, options), compressedBytes: zip.fileSize, bytesFetched: fetched };
}

/** Installed bytes of a wheel's entries: files only; `.py` files counted for the `.pyc` estimate. */
export function summarizeEntries(entries: CentralEntry[], options: MeasureWheelOptions = {}): Omit<WheelSize, 'compressedBytes' | 'bytesFetched'> {
  let bytes = 0;
  let pyBytes = 0;
  let pyFiles = 0;
  let files = 0;
  for (const entry of entries) {
    if (entry.isDirectory) continue;
    files++;
    bytes += entry.uncompressedSize;
    if (entry.name.endsWith('.py')) {
      pyBytes += entry.uncompressedSize;
      pyFiles++;
    }
  }
  const pycEstimate = options.noCompile === true ? 0 : Math.round(pyBytes * PYC_FACTOR);
  return { installedBytes: bytes + pycEstimate, pyBytes, pyFiles, pycEstimate, files };
}
