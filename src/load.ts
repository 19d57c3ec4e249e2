// Reads and parses every Python dependency file of a repository through a FileReader,
// then follows -r/-c includes. The only I/O is the reader's; parsing is done by the pure parsers.
import { parse as parseDotenv } from 'dotenv';
import pLimit from 'p-limit';
import type { FileKind, FileReader, SourceIssue } from './model.js';
import { parseCompose } from './sources/compose.js';
import { discoverFiles } from './sources/discover.js';
import { parseDockerfile } from './sources/dockerfile.js';
import { parsePyproject } from './sources/pyproject.js';
import { parseRequirementsFile } from './sources/requirements.js';
import type { ComposeFile, DockerfileInfo, PyprojectFile, RequirementsFile } from './sources/types.js';
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

export async function loadRepository(reader: FileReader, options: LoadOptions = {}): Promise<LoadedRepository> {
  const maxFileBytes = options.maxFileBytes ?? 5 * 1024 * 1024;
  const discovered = await discoverFiles(reader, { ignore: options.ignore, paths: options.paths, maxFileBytes });
  const skipped = [...discovered.skipped];
  const issues: SourceIssue[] = [];
  const files = new Map<string, ParsedFile>();
  const limit = pLimit(READ_CONCURRENCY);

  const readText = async (path: string): Promise<string | undefined> => {
    const bytes = await reader.read(path);
    if (bytes.byteLength > maxFileBytes) {
      skipped.push({ path, reason: `larger than ${maxFileBytes} bytes` });
      return undefined;
    }
    if (bytes.subarray(0, 8192).includes(0)) {
      skipped.push({ path, reason: 'binary file' });
      return undefined;
    }
    return new TextDecoder().decode(bytes);
  };

  const parseOne = async (path: string, kind: FileKind): Promise<void> => {
    let text: string | undefined;
    try {
      text = await readText(path);
    } catch (error) {
      skipped.push({ path, reason: `unreadable: ${(error as Error).message}` });
      return;
    }
    if (text === undefined) return;
    files.set(path, parseText(path, kind, text));
  };

  const kinds = new Map<string, FileKind>(discovered.files.map((f) => [f.path, f.kind]));
  for (const extra of options.extraFiles ?? []) if (!kinds.has(extra)) kinds.set(extra, 'constraints');
  await Promise.all([...kinds].map(([path, kind]) => limit(() => parseOne(path, kind))));

  // Compose interpolates with the project's .env; its builds may name Dockerfiles discovery did not take (`docker/app.dock`).
  const paths = new Set(discovered.paths);
  const env = new Map<string, Record<string, string>>();
  for (const dir of new Set([...files.values()].filter((f) => f.kind === 'compose').map((f) => dirOf(f.path)))) {
    const path = joinPath(dir, '.env');
    if (!paths.has(path)) continue;
    const text = await readText(path).catch(() => undefined);
    if (text !== undefined) env.set(dir, parseDotenv(text));
  }
  const built = composeDockerfiles([...files.values()], env).filter((path) => paths.has(path) && !files.has(path));
  await Promise.all(built.map((path) => limit(() => parseOne(path, 'dockerfile'))));

  // Follow includes breadth-first: a requirements file may name files discovery did not take (base.txt, ../common.in).
  const missing = new Set<string>();
  let frontier = [...files.values()];
  while (frontier.length > 0) {
    const wanted = new Set<string>();
    for (const file of frontier) {
      if (file.kind !== 'requirements' && file.kind !== 'constraints') continue;
      for (const include of file.parsed.includes) {
        const resolved = resolveIncludePath(file.path, include.target);
        if (resolved.kind === 'path' && !files.has(resolved.path) && !missing.has(resolved.path)) wanted.add(resolved.path);
      }
    }
    const before = new Set(files.keys());
    await Promise.all(
      [...wanted].map((path) =>
        limit(async () => {
          try {
            const text = await readText(path);
            if (text !== undefined) files.set(path, parseText(path, 'requirements', text));
          } catch {
            missing.add(path);
          }
        }),
      ),
    );
    frontier = [...files.values()].filter((f) => !before.has(f.path));
  }

  issues.push(...checkIncludes(files, missing));
  markConstraintFiles(files);
  const sorted = [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: sorted, skipped: skipped.sort((a, b) => a.path.localeCompare(b.path)), issues, paths, env };
}

export function parseText(path: string, kind: FileKind, text: string): ParsedFile {
  switch (kind) {
    case 'requirements':
    case 'constraints':
      return { kind, path, parsed: parseRequirementsFile(text, path) };
    case 'dockerfile':
      return { kind, path, parsed: parseDockerfile(text, path) };
    case 'compose':
      return { kind, path, parsed: parseCompose(text, path) };
    case 'pyproject':
      return { kind, path, parsed: parsePyproject(text, path) };
  }
}

/** Missing, escaping and cyclic includes become include-error issues at the include line. */
function checkIncludes(files: Map<string, ParsedFile>, missing: Set<string>): SourceIssue[] {
  const issues: SourceIssue[] = [];
  const edges = new Map<string, { target: string; location: SourceIssue['location'] }[]>();
  for (const file of files.values()) {
    if (file.kind !== 'requirements' && file.kind !== 'constraints') continue;
    const out: { target: string; location: SourceIssue['location'] }[] = [];
    for (const include of file.parsed.includes) {
      const resolved = resolveIncludePath(file.path, include.target);
      const flag = include.kind === 'constraint' ? '-c' : '-r';
      if (resolved.kind === 'escapes') {
        issues.push({ rule: 'include-error', location: include.location, message: `${flag} ${include.target} points outside the repository; monopin reads only files inside it` });
      } else if (resolved.kind === 'path') {
        if (missing.has(resolved.path) || !files.has(resolved.path)) {
          issues.push({ rule: 'include-error', location: include.location, message: `${flag} ${include.target}: file not found (${resolved.path})` });
        } else out.push({ target: resolved.path, location: include.location });
      }
    }
    edges.set(file.path, out);
  }
  // Colour DFS: pip recurses forever on a cycle, so report the include that closes one.
  const state = new Map<string, 'open' | 'done'>();
  const visit = (path: string, chain: string[]): void => {
    state.set(path, 'open');
    for (const edge of edges.get(path) ?? []) {
      const s = state.get(edge.target);
      if (s === 'open') {
        const cycle = [...chain.slice(chain.indexOf(edge.target)), path, edge.target].filter((p, i, a) => i === 0 || p !== a[i - 1]);
        issues.push({ rule: 'include-error', location: edge.location, message: `include cycle: ${cycle.join(' → ')}; pip would recurse forever` });
      } else if (s === undefined) visit(edge.target, [...chain, path]);
    }
    state.set(path, 'done');
  };
  for (const path of [...edges.keys()].sort()) if (!state.has(path)) visit(path, []);
  return issues;
}

/** A file reached through -c is a constraints file, and so is everything it includes (pip propagates it). */
function markConstraintFiles(files: Map<string, ParsedFile>): void {
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
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const file = files.get(path);
    if (!file || (file.kind !== 'requirements' && file.kind !== 'constraints')) continue;
    if (file.kind === 'requirements') files.set(path, { ...file, kind: 'constraints' });
    for (const include of file.parsed.includes) {
      const resolved = resolveIncludePath(path, include.target);
      if (resolved.kind === 'path') queue.push(resolved.path);
    }
  }
}
