// `--hash` options of pip's requirements format: find them after a requirement, write new ones
// in the layout the file already uses (pip-compile's one-per-continued-line, or all on one line).
import { parseFilename } from '../index/filenames.js';
import { normalizeName } from '../pep/name.js';
import type { DistributionFile, ProjectPage } from './types.js';

const STRONG = ['sha256', 'sha384', 'sha512'];

/** `sha256:abc…` as pip wants it; a bare hex digest is taken for sha256. */
export function normalizeHash(hash: string): string {
  const h = hash.trim();
  return /^[a-z0-9]+:/i.test(h) ? h.replace(/^[a-z0-9]+/i, (a) => a.toLowerCase()) : `sha256:${h}`;
}

/** One `--hash` option as written in a file: where it starts, where its value ends, its form. */
export interface HashOption {
  /** Offset of `--hash`. */
  start: number;
  /** Offset just after the value. */
  end: number;
  value: string;
  /** `=` in `--hash=sha256:…`, or the blanks in `--hash sha256:…`. */
  joiner: string;
}

const HASH_OPTION = /(^|[ \t])--hash(=|[ \t]+)([^\s\\]+)/g;

/**
 * The `--hash` options of the logical line whose requirement ends at `from`: every physical line
 * that the requirement's line continues with `\`, up to a comment (pip drops the rest after ` #`).
 */
export function findHashOptions(content: string, from: number): HashOption[] {
  let pos = from;
  let end = from;
  for (;;) {
    const nl = content.indexOf('\n', pos);
    const line = content.slice(pos, nl < 0 ? content.length : nl).replace(/\r$/, '');
    end = pos + line.length;
    // pip continues a line only when it ends with the backslash itself, and a comment line ends it
    if (nl < 0 || !line.endsWith('\\')) break;
    const nextEnd = content.indexOf('\n', nl + 1);
    if (/^[ \t]*#/.test(content.slice(nl + 1, nextEnd < 0 ? undefined : nextEnd))) break;
    pos = nl + 1;
  }
  let region = content.slice(from, end);
  const comment = /[ \t]#/.exec(region);
  if (comment) region = region.slice(0, comment.index);
  const found: HashOption[] = [];
  for (const m of region.matchAll(HASH_OPTION)) {
    const start = from + m.index + m[1]!.length;
    found.push({ start, end: from + m.index + m[0].length, value: m[3]!, joiner: m[2]! });
  }
  return found;
}

/**
 * The text that replaces the span from the first old `--hash` to the end of the last one, or
 * undefined when the old options are not laid out in a way that can be kept (other text between them).
 */
export function renderHashOptions(content: string, old: HashOption[], hashes: string[]): string | undefined {
  const first = old[0];
  if (!first || hashes.length === 0) return undefined;
  const gaps = old.slice(1).map((h, i) => content.slice(old[i]!.end, h.start));
  const layout = /^([ \t]*\\\r?\n)?[ \t]+$|^[ \t]*\\\r?\n$/;
  if (gaps.some((g) => g !== gaps[0] || !layout.test(g))) return undefined;
  let sep = gaps[0];
  if (sep === undefined) {
    // one old hash: reuse the gap in front of it (a continued line keeps its indentation)
    let k = first.start;
    while (k > 0 && /[ \t\r\n\\]/.test(content[k - 1]!)) k--;
    const before = content.slice(k, first.start);
    sep = layout.test(before) ? before : ' ';
  }
  return hashes.map((h) => `--hash${first.joiner}${normalizeHash(h)}`).join(sep);
}

/** The version a distribution file of `project` belongs to: `name-ver-….whl`, `name-ver.tar.gz`, `name-ver.zip`. */
export function fileVersion(filename: string, project: string): string | undefined {
  const parsed = parseFilename(filename, project);
  return parsed !== undefined && parsed.name === normalizeName(project) ? parsed.version : undefined;
}

/** pip-compile's `--generate-hashes`: the sha256 of every file of the release, sorted, unique. */
export function releaseHashes(page: ProjectPage, version: string, sameVersion: (a: string, b: string) => boolean = (a, b) => a === b): string[] | undefined {
  const files = page.files.filter((f: DistributionFile) => {
    const v = fileVersion(f.filename, page.name);
    return v !== undefined && sameVersion(v, version);
  });
  const hashes = files.map((f) => bestHash(f.hashes)).filter((h): h is string => h !== undefined);
  if (hashes.length === 0 || hashes.length < files.length) return undefined;
  return [...new Set(hashes)].sort();
}

function bestHash(hashes: Record<string, string>): string | undefined {
  const algo = STRONG.find((a) => hashes[a]);
  return algo ? `${algo}:${hashes[algo]}` : undefined;
}
