// Reads and parses every Python dependency file of a repository through a FileReader,
// then follows -r/-c includes. The only I/O is the reader's; parsing is done by the pure parsers.
import { parse as parseDotenv } from 'dotenv';
import pLimit from 'p-limit';
import type { FileKind, FileReader, SourceIssue } from './model.js';
import { parsePlainCompose } from './sources/compose-services.js';
import { discoverFiles } from './sources/discover.js';
import { parseDockerfile } from './sources/dockerfile.js';
import { parsePyproject } from './sources/pyproject.js';
import { parseRequirementsFile } from './sources/requirements.js';
import { decodeManifest } from './sources/decode.js';
import type { ComposeFile, DockerfileInfo, IncludeRef, PyprojectFile, RequirementsFile } from './sources/types.js';
import { resolveIncludePath } from './include-path.js';
import { composeDockerfiles } from './model/compose-projects.js';
import { dirOf, joinPath } from './model/paths.js';

export type ParsedFile =
  | { kind: 'requirements' | 'constraints'; path: string; parsed: RequirementsFile }
  | { kind: 'dockerfile'; path: string; parsed: DockerfileInfo }
  | { kind: 'compose'; path: string; parsed: ComposeFile }
  | { kind: 'pyproject'; path: string; parsed: PyprojectFile };

export interface LoadedRepository {
  /** Sorted by path. Requirements files reached only through includes are here too. */
  files: ParsedFile[];
  skipped: { path: string; reason: string }[];
  /** include-error issues (missing, escaping, cyclic includes). */
  issues: SourceIssue[];
  /** Every file and folder (with a trailing `/`) of the checkout, not ignored: COPY sources are checked against it. */
  paths: ReadonlySet<string>;
  /** Each compose project folder's `.env` (compose interpolates with it), by folder. */
  env: Map<string, Record<string, string>>;
}

export interface LoadOptions {
  ignore?: string[];
  paths?: string[];
  maxFileBytes?: number;
  /** Files to read even if discovery would not take them (the configured constraints file). */
  extraFiles?: string[];
}

const READ_CONCURRENCY = 16;
/**
 * The longest -r/-c chain followed. pip recurses once per level (Python's stack gives out at a few
 * hundred); no real repository comes near this, and a deeper chain is an include-error.
 */
export const MAX_INCLUDE_DEPTH = 50;

/** The configured central file exists but cannot be read as text: every check against it would be hollow. */
export class CentralFileError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`cannot use the constraints file '${path}': ${reason}`);
    this.name = 'CentralFileError';
  }
}

type ReadOutcome = { text: string } | { skip: string } | { error: unknown };

export async function loadRepository(reader: FileReader, options: LoadOptions = {}): Promise<LoadedRepository> {
  const maxFileBytes = options.maxFileBytes ?? 5 * 1024 * 1024;
  const discovered = await discoverFiles(reader, { ignore: options.ignore, paths: options.paths, maxFileBytes });
  const skipped = [...discovered.skipped];
  const issues: SourceIssue[] = [];
  const files = new Map<string, ParsedFile>();
  const limit = pLimit(READ_CONCURRENCY);

  const readText = async (path: string): Promise<ReadOutcome> => {
    let bytes: Uint8Array;
    try {
      bytes = await reader.read(path);
    } catch (error) {
      return { error };
    }
    if (bytes.byteLength > maxFileBytes) return { skip: `larger than ${maxFileBytes} bytes` };
    const decoded = decodeManifest(bytes);
    return decoded.kind === 'text' ? { text: decoded.text } : { skip: decoded.reason };
  };

  // A file's kind comes from its name (discovery) or the configuration, never from who includes it.
  const kinds = new Map<string, FileKind>(discovered.files.map((f) => [f.path, f.kind]));
  const extras = new Set((options.extraFiles ?? []).filter((extra) => !kinds.has(extra)));
  for (const extra of extras) kinds.set(extra, 'constraints');
  await Promise.all(
    [...kinds].map(([path, kind]) =>
      limit(async () => {
        const read = await readText(path);
        if ('text' in read) files.set(path, await parseFile(path, kind, read.text));
        else if ('skip' in read) {
          // The central file unreadable as text would leave every check hollow: an error, not a note.
          if (options.extraFiles?.includes(path)) throw new CentralFileError(path, read.skip);
          skipped.push({ path, reason: read.skip });
          if (kind === 'constraints') issues.push({ rule: 'parse-error', location: { file: path, line: 1, column: 1 }, message: `constraints file not read: ${read.skip}; its pins are not checked` });
        } else if (isNotRegular(read.error) && options.extraFiles?.includes(path)) throw new CentralFileError(path, 'not a regular file');
        else skipped.push({ path, reason: `unreadable: ${errorText(read.error)}` });
      }),
    ),
  );

  // Compose interpolates with the project's .env; its builds may name Dockerfiles discovery did not take (`docker/app.dock`).
  const paths = new Set(discovered.paths);
  const env = new Map<string, Record<string, string>>();
  for (const dir of new Set([...files.values()].filter((f) => f.kind === 'compose').map((f) => dirOf(f.path)))) {
    const path = joinPath(dir, '.env');
    if (!paths.has(path)) continue;
    const read = await readText(path);
    if ('text' in read) env.set(dir, parseDotenv(read.text));
  }
  const built = composeDockerfiles([...files.values()], env).filter((path) => paths.has(path) && !files.has(path));
  await Promise.all(
    built.map((path) =>
      limit(async () => {
        const read = await readText(path);
        if ('text' in read) files.set(path, await parseFile(path, 'dockerfile', read.text));
        else skipped.push({ path, reason: 'skip' in read ? read.skip : `unreadable: ${errorText(read.error)}` });
      }),
    ),
  );

  // Follow includes breadth-first: a requirements file may name files discovery did not take (base.txt, ../common.in).
  // Each wave reads only the files the previous one found, so a long chain costs linear time.
  const failed = new Map<string, string>();
  const depth = new Map<string, number>([...files.keys()].map((path) => [path, 0]));
  const tooDeep = new Set<IncludeRef>();
  let frontier = [...files.values()];
  while (frontier.length > 0) {
    const wanted = new Set<string>();
    for (const file of frontier) {
      if (file.kind !== 'requirements' && file.kind !== 'constraints') continue;
      const next = depth.get(file.path)! + 1;
      for (const include of file.parsed.includes) {
        const resolved = resolveIncludePath(file.path, include.target);
        if (resolved.kind !== 'path' || files.has(resolved.path) || failed.has(resolved.path)) continue;
        if (next > MAX_INCLUDE_DEPTH) tooDeep.add(include);
        else if (!depth.has(resolved.path)) {
          depth.set(resolved.path, next);
          wanted.add(resolved.path);
        }
      }
    }
    const found: ParsedFile[] = [];
    await Promise.all(
      [...wanted].map((path) =>
        limit(async () => {
          const read = await readText(path);
          if ('text' in read) {
            const parsed = await parseFile(path, 'requirements', read.text);
            files.set(path, parsed);
            found.push(parsed);
          } else if ('skip' in read) {
            skipped.push({ path, reason: read.skip });
            failed.set(path, read.skip);
          } else failed.set(path, isMissing(read.error) ? 'file not found' : `cannot read it: ${errorText(read.error)}`);
        }),
      ),
    );
    frontier = found;
  }

  issues.push(...checkIncludes(files, failed, tooDeep));
  const constraintKinds = includedConstraintFiles(files, new Set(kinds.keys()));
  for (const path of constraintKinds) {
    const file = files.get(path)!;
    if (file.kind === 'requirements') files.set(path, { ...file, kind: 'constraints' });
  }
  const sorted = [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: sorted, skipped: skipped.sort((a, b) => a.path.localeCompare(b.path)), issues, paths, env };
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

function isNotRegular(error: unknown): boolean {
  return error instanceof Error && error.name === 'NotRegularFileError';
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * One file's text parsed by its kind. A compose file the fast reader declines is read with yaml,
 * loaded only then (tests parse synchronously through test/support/parse-text.ts).
 */
export async function parseFile(path: string, kind: FileKind, text: string): Promise<ParsedFile> {
  if (kind !== 'compose') return parseManifest(path, kind, text);
  const plain = parsePlainCompose(text, path);
  return { kind, path, parsed: plain ?? (await import('./sources/compose.js')).parseCompose(text, path, { events: false }) };
}

/** Requirements, constraints, Dockerfiles and pyproject files: no parser to load. */
export function parseManifest(path: string, kind: Exclude<FileKind, 'compose'>, text: string): ParsedFile {
  switch (kind) {
    case 'requirements':
    case 'constraints':
      return { kind, path, parsed: parseRequirementsFile(text, path) };
    case 'dockerfile':
      return { kind, path, parsed: parseDockerfile(text, path) };
    case 'pyproject':
      return { kind, path, parsed: parsePyproject(text, path) };
  }
}

function tooDeepIssue(include: IncludeRef): SourceIssue {
  const flag = include.kind === 'constraint' ? '-c' : '-r';
  return { rule: 'include-error', location: include.location, message: `${flag} ${include.target}: include chain deeper than ${MAX_INCLUDE_DEPTH} files; not followed` };
}

/**
 * Missing, unreadable, escaping, too deep and cyclic includes become include-error issues at the include line.
 * The refused ones are dropped from the file's includes, so nothing downstream follows them.
 */
function checkIncludes(files: Map<string, ParsedFile>, failed: Map<string, string>, tooDeep: Set<IncludeRef>): SourceIssue[] {
  const issues: SourceIssue[] = [];
  const edges = new Map<string, { target: string; include: IncludeRef }[]>();
  for (const file of [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (file.kind !== 'requirements' && file.kind !== 'constraints') continue;
    const out: { target: string; include: IncludeRef }[] = [];
    for (const include of file.parsed.includes) {
      const resolved = resolveIncludePath(file.path, include.target);
      const flag = include.kind === 'constraint' ? '-c' : '-r';
      if (resolved.kind === 'escapes') {
        issues.push({ rule: 'include-error', location: include.location, message: `${flag} ${include.target} points outside the repository; monopin reads only files inside it` });
      } else if (resolved.kind === 'path') {
        if (tooDeep.has(include)) {
          issues.push(tooDeepIssue(include));
        } else if (failed.has(resolved.path) || !files.has(resolved.path)) {
          issues.push({ rule: 'include-error', location: include.location, message: `${flag} ${include.target}: ${failed.get(resolved.path) ?? 'file not found'} (${resolved.path})` });
        } else out.push({ target: resolved.path, include });
      }
    }
    edges.set(file.path, out);
  }
  // Iterative colour DFS (a recursive one overflows the stack on a long chain): pip recurses forever on
  // a cycle, so report the include that closes one, and stop a chain past the depth limit.
  const refused = new Set<IncludeRef>(tooDeep);
  const state = new Map<string, 'open' | 'done'>();
  for (const root of edges.keys()) {
    if (state.has(root)) continue;
    const stack: { path: string; next: number }[] = [{ path: root, next: 0 }];
    state.set(root, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const out = edges.get(top.path) ?? [];
      if (top.next >= out.length) {
        state.set(top.path, 'done');
        stack.pop();
        continue;
      }
      const edge = out[top.next++]!;
      const s = state.get(edge.target);
      if (s === 'open') {
        const from = stack.findIndex((frame) => frame.path === edge.target);
        const cycle = [...stack.slice(from).map((frame) => frame.path), edge.target].filter((p, i, a) => i === 0 || p !== a[i - 1]);
        issues.push({ rule: 'include-error', location: edge.include.location, message: `include cycle: ${cycle.join(' → ')}; pip would recurse forever` });
      } else if (s === undefined) {
        if (stack.length > MAX_INCLUDE_DEPTH) {
          refused.add(edge.include);
          issues.push(tooDeepIssue(edge.include));
          continue;
        }
        state.set(edge.target, 'open');
        stack.push({ path: edge.target, next: 0 });
      }
    }
  }
  for (const [path, file] of files) {
    if ((file.kind !== 'requirements' && file.kind !== 'constraints') || !file.parsed.includes.some((i) => refused.has(i))) continue;
    files.set(path, { ...file, parsed: { ...file.parsed, includes: file.parsed.includes.filter((i) => !refused.has(i)) } } as ParsedFile);
  }
  return issues;
}

/**
 * Files found only through includes (never by name or configuration) that pip reads as constraints:
 * reached through -c, or included by such a file (pip propagates it). A named file keeps its kind:
 * another service's `-c ../x/requirements.txt` does not turn x's requirements into constraints.
 */
function includedConstraintFiles(files: Map<string, ParsedFile>, named: Set<string>): Set<string> {
  const queue: string[] = [];
  for (const file of files.values()) {
    if (file.kind === 'constraints') queue.push(file.path);
    if (file.kind !== 'requirements' && file.kind !== 'constraints') continue;
    for (const include of file.parsed.includes) {
      const resolved = resolveIncludePath(file.path, include.target);
      if (include.kind === 'constraint' && resolved.kind === 'path') queue.push(resolved.path);
    }
  }
  const seen = new Set<string>();
  const out = new Set<string>();
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const file = files.get(path);
    if (!file || (file.kind !== 'requirements' && file.kind !== 'constraints')) continue;
    if (named.has(path) && file.kind === 'requirements') continue;
    if (!named.has(path)) out.add(path);
    for (const include of file.parsed.includes) {
      const resolved = resolveIncludePath(path, include.target);
      if (resolved.kind === 'path') queue.push(resolved.path);
    }
  }
  return out;
}
