// The installed size of a wheel without downloading it: the zip's end record and central
// directory, read with range requests, list every file and its uncompressed size.
import type { RangeReader, RangeResult } from './range-reader.js';
import {
  findEndRecord,
  MAX_EOCD_SEARCH,
  parseCentralDirectory,
  ZipFormatError,
  type CentralEntry,
  type EndRecord,
} from './zip-directory.js';

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
  const target = url.split('#')[0] ?? url;
  let fetched = 0;
  const track = (result: RangeResult): RangeResult => {
    fetched += result.bytesFetched;
    return result;
  };

  let tail = track(await reader.readTail(target, MAX_EOCD_SEARCH));
  const fileSize = tail.fileSize;
  let end: EndRecord | undefined;
  for (let attempt = 0; end === undefined; attempt++) {
    const probe = findEndRecord(tail.data, fileSize);
    if (probe.kind === 'complete') {
      end = probe.end;
    } else {
      if (attempt > 0 || probe.from >= tail.start) throw new ZipFormatError('ZIP64 end records out of reach');
      tail = await extend(tail, probe.from);
    }
  }
  if (end.directoryOffset < 0 || end.directoryOffset + end.directorySize > fileSize) {
    throw new ZipFormatError(`central directory (${end.directorySize} bytes) does not fit a ${fileSize}-byte file`);
  }
  // the directory usually sits inside the tail already; a larger one takes one more read of what is missing
  if (end.directoryOffset < tail.start) tail = await extend(tail, end.directoryOffset);
  const from = end.directoryOffset - tail.start;
  const directory = tail.data.subarray(from, from + end.directorySize);
  const entries = parseCentralDirectory(directory, end.entries);
  return { ...summarizeEntries(entries, options), compressedBytes: fileSize, bytesFetched: fetched };

  async function extend(current: RangeResult, start: number): Promise<RangeResult> {
    const before = track(await reader.readRange(target, start, current.start));
    if (before.whole === true) return before;
    const data = new Uint8Array(current.data.length + before.data.length);
    data.set(before.data, 0);
    data.set(current.data, before.data.length);
    return { data, start, fileSize: current.fileSize, bytesFetched: 0 };
  }
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
