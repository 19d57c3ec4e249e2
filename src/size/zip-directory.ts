// The end of a zip: the end-of-central-directory record (EOCD), its ZIP64 locator and record, and
// the central directory entries. Pure: works on byte ranges that the caller fetched.

export const EOCD_SIGNATURE = 0x06054b50;
export const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
export const ZIP64_EOCD_SIGNATURE = 0x06064b50;
export const CENTRAL_SIGNATURE = 0x02014b50;
export const EOCD_SIZE = 22;
export const ZIP64_LOCATOR_SIZE = 20;
export const ZIP64_EOCD_SIZE = 56;
/** A tail this long always holds the EOCD (22 bytes plus a comment of at most 65,535): 64 KiB + 22, the read Python's zipfile makes. */
export const MAX_EOCD_SEARCH = EOCD_SIZE + 0x10000;

export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

export interface EndRecord {
  /** Offset of the EOCD in the file. */
  eocdOffset: number;
  entries: number;
  directorySize: number;
  /** Where the central directory starts in the file (computed back from the end records, as zipfile does, so prepended bytes do not matter). */
  directoryOffset: number;
  /** The directory offset the record states. */
  statedDirectoryOffset: number;
  zip64: boolean;
}

/** What the EOCD tells before the ZIP64 record is read, when there is one. */
export type EndProbe =
  | { kind: 'complete'; end: EndRecord }
  /** The ZIP64 locator or record lies before the bytes at hand: read from `from` on and ask again. */
  | { kind: 'more'; from: number };

/**
 * Finds the EOCD in `tail`, the last bytes of a file of `fileSize` bytes (so `tail[0]` is at
 * `fileSize - tail.length`). Reads the ZIP64 locator and record when they are within `tail`.
 */
export function findEndRecord(tail: Uint8Array, fileSize: number): EndProbe {
  const view = viewOf(tail);
  const base = fileSize - tail.length;
  for (let pos = tail.length - EOCD_SIZE; pos >= 0 && pos >= tail.length - MAX_EOCD_SEARCH; pos--) {
    if (view.getUint32(pos, true) !== EOCD_SIGNATURE) continue;
    const commentLength = view.getUint16(pos + 20, true);
    // a signature inside the comment or the data would not end exactly at the end of the file
    if (pos + EOCD_SIZE + commentLength !== tail.length) continue;
    const eocdOffset = base + pos;
    const entries = view.getUint16(pos + 10, true);
    const directorySize = view.getUint32(pos + 12, true);
    const statedDirectoryOffset = view.getUint32(pos + 16, true);
    const locatorPos = pos - ZIP64_LOCATOR_SIZE;
    const hasLocator = locatorPos >= 0 ? view.getUint32(locatorPos, true) === ZIP64_LOCATOR_SIGNATURE : false;
    const needsZip64 = entries === 0xffff || directorySize === 0xffffffff || statedDirectoryOffset === 0xffffffff;
    if (hasLocator) {
      const zip64Offset = readUint64(view, locatorPos + 8);
      const inTail = zip64Offset - base;
      if (inTail < 0) return { kind: 'more', from: zip64Offset };
      return { kind: 'complete', end: parseZip64Record(tail.subarray(inTail, inTail + ZIP64_EOCD_SIZE), zip64Offset, eocdOffset) };
    }
    if (needsZip64) {
      if (base > 0 && locatorPos < 0) return { kind: 'more', from: Math.max(0, eocdOffset - ZIP64_LOCATOR_SIZE - ZIP64_EOCD_SIZE) };
      throw new ZipFormatError('the end record says ZIP64 but there is no ZIP64 locator');
    }
    return {
      kind: 'complete',
      end: {
        eocdOffset,
        entries,
        directorySize,
        directoryOffset: eocdOffset - directorySize,
        statedDirectoryOffset,
        zip64: false,
      },
    };
  }
  throw new ZipFormatError('no end-of-central-directory record: not a zip file');
}

/** The ZIP64 end record (`bytes` starting at its signature, at `offset` in the file). */
export function parseZip64Record(bytes: Uint8Array, offset: number, eocdOffset: number): EndRecord {
  if (bytes.length < ZIP64_EOCD_SIZE) throw new ZipFormatError('truncated ZIP64 end record');
  const view = viewOf(bytes);
  if (view.getUint32(0, true) !== ZIP64_EOCD_SIGNATURE) throw new ZipFormatError('bad ZIP64 end record signature');
  const entries = readUint64(view, 32);
  const directorySize = readUint64(view, 40);
  const statedDirectoryOffset = readUint64(view, 48);
  return { eocdOffset, entries, directorySize, directoryOffset: offset - directorySize, statedDirectoryOffset, zip64: true };
}

export interface CentralEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  method: number;
  isDirectory: boolean;
  /** Where its local header starts, as the directory states it (before any prepended bytes). */
  localHeaderOffset: number;
}

/** The entries of a central directory (`bytes` is the whole directory). */
export function parseCentralDirectory(bytes: Uint8Array, expectedEntries?: number): CentralEntry[] {
  const view = viewOf(bytes);
  const decoder = new TextDecoder();
  const entries: CentralEntry[] = [];
  let pos = 0;
  while (pos + 46 <= bytes.length && view.getUint32(pos, true) === CENTRAL_SIGNATURE) {
    const method = view.getUint16(pos + 10, true);
    let compressedSize = view.getUint32(pos + 20, true);
    let uncompressedSize = view.getUint32(pos + 24, true);
    const nameLength = view.getUint16(pos + 28, true);
    const extraLength = view.getUint16(pos + 30, true);
    const commentLength = view.getUint16(pos + 32, true);
    let localHeaderOffset = view.getUint32(pos + 42, true);
    const end = pos + 46 + nameLength + extraLength + commentLength;
    if (end > bytes.length) throw new ZipFormatError(`central directory entry ${entries.length} runs past the directory`);
    const name = decoder.decode(bytes.subarray(pos + 46, pos + 46 + nameLength));
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      // ZIP64 extended information: the 64-bit values, in this order, only for fields that are 0xFFFFFFFF
      let extra = pos + 46 + nameLength;
      const extraEnd = extra + extraLength;
      while (extra + 4 <= extraEnd) {
        const id = view.getUint16(extra, true);
        const size = view.getUint16(extra + 2, true);
        if (id === 0x0001) {
          let field = extra + 4;
          if (uncompressedSize === 0xffffffff) {
            uncompressedSize = readUint64(view, field);
            field += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = readUint64(view, field);
            field += 8;
          }
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = readUint64(view, field);
          break;
        }
        extra += 4 + size;
      }
    }
    entries.push({ name, compressedSize, uncompressedSize, method, isDirectory: name.endsWith('/'), localHeaderOffset });
    pos = end;
  }
  if (expectedEntries !== undefined && entries.length !== expectedEntries) {
    throw new ZipFormatError(`central directory has ${entries.length} entries, the end record says ${expectedEntries}`);
  }
  return entries;
}

export const LOCAL_SIGNATURE = 0x04034b50;
export const LOCAL_HEADER_SIZE = 30;

/** Where a member's data starts, from the first bytes of its local header (at least 30 of them). */
export function localDataOffset(header: Uint8Array): number {
  if (header.length < LOCAL_HEADER_SIZE) throw new ZipFormatError('truncated local file header');
  const view = viewOf(header);
  if (view.getUint32(0, true) !== LOCAL_SIGNATURE) throw new ZipFormatError('bad local file header signature');
  return LOCAL_HEADER_SIZE + view.getUint16(26, true) + view.getUint16(28, true);
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function readUint64(view: DataView, offset: number): number {
  const value = view.getBigUint64(offset, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('a ZIP64 size beyond 2^53');
  return Number(value);
}
