// Reads a remote (or file://) zip through a RangeReader: its directory from one tail read (two for
// a large directory), then single members. Shared by wheel sizes and wheel metadata, which is how
// pip's "lazy wheel" reads METADATA without downloading the wheel.
import { inflateRawSync } from 'node:zlib';
import type { RangeReader, RangeResult } from './range-reader.js';
import { findEndRecord, localDataOffset, LOCAL_HEADER_SIZE, MAX_EOCD_SEARCH, parseCentralDirectory, ZipFormatError, type CentralEntry, type EndRecord } from './zip-directory.js';

export interface ZipDirectory {
  url: string;
  entries: CentralEntry[];
  fileSize: number;
  /** Bytes from the end of the file that were read anyway; members inside them need no request. */
  held: RangeResult;
  /** Bytes prepended before the zip (the directory's offsets are relative to the zip itself). */
  shift: number;
}

/** Bytes crossed the wire so far, per caller. */
export type ByteCounter = (bytes: number) => void;

export async function readZipDirectory(reader: RangeReader, url: string, count: ByteCounter): Promise<ZipDirectory> {
  const target = url.split('#')[0] ?? url;
  const extend = async (current: RangeResult, start: number): Promise<RangeResult> => {
    const before = await reader.readRange(target, start, current.start);
    count(before.bytesFetched);
    if (before.whole === true) return before;
    const data = new Uint8Array(current.data.length + before.data.length);
    data.set(before.data, 0);
    data.set(current.data, before.data.length);
    return { data, start, fileSize: current.fileSize, bytesFetched: 0 };
  };

  let tail = await reader.readTail(target, MAX_EOCD_SEARCH);
  count(tail.bytesFetched);
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
  const entries = parseCentralDirectory(tail.data.subarray(from, from + end.directorySize), end.entries);
  return { url: target, entries, fileSize, held: tail, shift: end.directoryOffset - end.statedDirectoryOffset };
}

/** Local header slack read with a member: its name and extra field are rarely longer. */
const HEADER_SLACK = 512;

/** The member's uncompressed bytes (stored or deflated). */
export async function readZipMember(reader: RangeReader, member: { zip: ZipDirectory; entry: CentralEntry }, count: ByteCounter): Promise<Uint8Array> {
  const { zip, entry } = member;
  const start = entry.localHeaderOffset + zip.shift;
  const wanted = LOCAL_HEADER_SIZE + HEADER_SLACK + entry.compressedSize;
  const read = async (from: number, to: number): Promise<{ data: Uint8Array; start: number }> => {
    const held = zip.held;
    if (from >= held.start && to <= held.start + held.data.length) return { data: held.data.subarray(from - held.start, to - held.start), start: from };
    const got = await reader.readRange(zip.url, from, Math.min(to, zip.fileSize));
    count(got.bytesFetched);
    return got.whole === true ? { data: got.data.subarray(from, to), start: from } : got;
  };
  let chunk = await read(start, start + wanted);
  const dataAt = localDataOffset(chunk.data);
  if (dataAt + entry.compressedSize > chunk.data.length) chunk = await read(start, start + dataAt + entry.compressedSize);
  const raw = chunk.data.subarray(dataAt, dataAt + entry.compressedSize);
  if (raw.length !== entry.compressedSize) throw new ZipFormatError(`${entry.name}: ${raw.length} of ${entry.compressedSize} bytes`);
  if (entry.method === 0) return raw;
  if (entry.method === 8) return new Uint8Array(inflateRawSync(raw, { maxOutputLength: Math.max(entry.uncompressedSize, 1) }));
  throw new ZipFormatError(`${entry.name}: compression method ${entry.method} is not stored or deflate`);
}
