// A wheel's METADATA without downloading the wheel, for indexes that serve no PEP 658 file: the zip
// directory from the end of the file, then the one member (pip calls this a "lazy wheel").
// A server that ignores Range requests sends the whole file instead, and that still works.
import type { DistributionFile, ProjectPage } from '../bump/types.js';
import { sameVersion } from '../pep/version.js';
import type { RangeReader } from '../size/range-reader.js';
import { ZipFormatError, type CentralEntry } from '../size/zip-directory.js';
import { readZipDirectory, readZipMember, type ByteCounter } from '../size/zip-reader.js';
import { parseFilename } from './filenames.js';

/** METADATA larger than this is not core metadata anyone should trust (a description is a few hundred KB at most). */
const MAX_METADATA_BYTES = 16 * 1024 * 1024;

/** The text of the wheel's top-level `*.dist-info/METADATA`. */
export async function readWheelMetadata(reader: RangeReader, url: string, count: ByteCounter): Promise<string> {
  const zip = await readZipDirectory(reader, url, count);
  const entry = metadataEntry(zip.entries);
  if (entry.uncompressedSize > MAX_METADATA_BYTES) throw new ZipFormatError(`${entry.name} is ${entry.uncompressedSize} bytes, more than metadata should be`);
  return new TextDecoder().decode(await readZipMember(reader, { zip, entry }, count));
}

/** As pip's wheel reader: exactly one top-level `.dist-info` folder with a METADATA file. */
export function metadataEntry(entries: CentralEntry[]): CentralEntry {
  const found = entries.filter((e) => /^[^/]+\.dist-info\/METADATA$/.test(e.name));
  if (found.length === 0) throw new ZipFormatError('the wheel has no .dist-info/METADATA');
  if (found.length > 1) throw new ZipFormatError(`the wheel has ${found.length} .dist-info folders with METADATA`);
  return found[0]!;
}

/**
 * The wheel of `version` to read metadata from when no file has a PEP 658 one: unyanked before
 * yanked, a pure-Python wheel before a platform one (one wheel's Requires-Dist stands for the release).
 */
export function pickWheelForMetadata(page: ProjectPage, version: string): DistributionFile | undefined {
  const wheels = page.files
    .map((file) => ({ file, parsed: parseFilename(file.filename, page.name) }))
    .filter(({ parsed }) => parsed?.kind === 'wheel' && sameVersion(parsed.version, version));
  const rank = ({ file }: (typeof wheels)[number]): number => (file.yanked === false ? 0 : 2) + (/-none-any\.whl$/.test(file.filename) ? 0 : 1);
  return wheels.sort((a, b) => rank(a) - rank(b))[0]?.file;
}
