// One walk of the repository: which files are requirement sources, and of what kind.
// Pure: every listing goes through the reader.
import type { DirEntry, FileKind, FileReader } from '../model.js';
import { compileGlobs } from './glob.js';

export interface DiscoverOptions {
  /** Globs (repo-relative) never to enter or take. */
  ignore?: string[];
  /** When given, only files matching one of these globs are taken. */
  paths?: string[];
  /** Larger files are skipped; default 5 MB. */
  maxFileBytes?: number;
}

export interface DiscoveredFile {
  path: string;
  kind: FileKind;
  size?: number;
}

export interface DiscoverResult {
  files: DiscoveredFile[];
  /** Every file and folder (with a trailing `/`) walked and not ignored, unsorted: what COPY sources are checked against. */
  paths: string[];
  skipped: { path: string; reason: string }[];
}

const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const CONCURRENCY = 16;
/** Folders deeper than this are not entered: no real repository nests its manifests this deep. */
export const MAX_FOLDER_DEPTH = 64;

// Tool and environment folders: they hold third-party metadata, never the repo's own sources.
const SKIP_DIRS = new Set([
  '.git',
  'node_modules',
  '.venv',
  'venv',
  '__pycache__',
  '.tox',
  '.nox',
  '.mypy_cache',
  'site-packages',
  '.terraform',
]);

export async function discoverFiles(reader: FileReader, options: DiscoverOptions = {}): Promise<DiscoverResult> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const ignored = options.ignore?.length ? await compileGlobs(options.ignore) : () => false;
  const taken = options.paths?.length ? await compileGlobs(options.paths) : () => true;
  const files: DiscoveredFile[] = [];
  const paths: string[] = [];
  const skipped: DiscoverResult['skipped'] = [];

  const visit = async (dir: string): Promise<string[]> => {
    let entries: DirEntry[];
    try {
      // Only files discovery may take need a size: a checkout holds far more source files than manifests.
      entries = await reader.list(dir, { sizeOf: (path) => classifyFile(path) !== undefined });
    } catch (error) {
      // One unreadable folder (EACCES, ENAMETOOLONG) costs its own files, not the scan; an unreadable root is fatal.
      if (dir === '') throw error;
      skipped.push({ path: dir, reason: `folder not read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      return [];
    }
    // A virtualenv may have any name; `pyvenv.cfg` at its top is what makes it one.
    if (dir !== '' && entries.some((e) => e.name === 'pyvenv.cfg' && e.kind === 'file')) return [];
    const subdirs: string[] = [];
    for (const entry of entries) {
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (ignored(path)) continue;
      paths.push(entry.kind === 'dir' ? `${path}/` : path);
      if (entry.kind === 'dir') {
        if (SKIP_DIRS.has(entry.name)) continue;
        if (depthOf(path) > MAX_FOLDER_DEPTH) skipped.push({ path, reason: `folder nested deeper than ${MAX_FOLDER_DEPTH} levels, not entered` });
        else subdirs.push(path);
        continue;
      }
      take(entry, path);
    }
    return subdirs;
  };

  const take = (entry: DirEntry, path: string): void => {
    if (entry.kind !== 'file' && entry.kind !== 'symlink') return;
    const kind = classifyFile(path);
    if (!kind || !taken(path)) return;
    if (entry.kind === 'symlink') {
      skipped.push({ path, reason: 'symbolic link, not followed' });
    } else if (entry.size !== undefined && entry.size > maxBytes) {
      skipped.push({ path, reason: `larger than the ${maxBytes}-byte limit (${entry.size} bytes)` });
    } else {
      files.push(entry.size === undefined ? { path, kind } : { path, kind, size: entry.size });
    }
  };

  await walk('', visit);
  const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files: files.sort(byPath), paths, skipped: skipped.sort(byPath) };
}

/** Breadth-first with at most CONCURRENCY listings in flight; fails with the first failing listing. */
async function walk(root: string, visit: (dir: string) => Promise<string[]>): Promise<void> {
  const queue = [root];
  let active = 0;
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const pump = (): void => {
      if (failed) return;
      if (queue.length === 0 && active === 0) return resolve();
      while (active < CONCURRENCY && queue.length > 0) {
        const dir = queue.shift()!;
        active++;
        visit(dir).then(
          (subdirs) => {
            active--;
            queue.push(...subdirs);
            pump();
          },
          (err: unknown) => {
            failed = true;
            reject(err);
          },
        );
      }
    };
    pump();
  });
}

function depthOf(path: string): number {
  let depth = 1;
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) depth++;
  return depth;
}

const DOCKERFILE = /^(?:(?:docker|container)file(?:\.[^/]+)?|[^/]+\.(?:docker|container)file)$/i;
const COMPOSE = /^(?:docker-)?compose[^/]*\.ya?ml$/i;

/** The kind of source a repo-relative path is, by name; undefined for anything else. */
export function classifyFile(path: string): FileKind | undefined {
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  const lower = name.toLowerCase();
  const parent = path.slice(0, Math.max(slash, 0)).split('/').pop()?.toLowerCase();
  if (lower === 'pyproject.toml') return 'pyproject';
  if (COMPOSE.test(name)) return 'compose';
  // BuildKit reads `<Dockerfile>.dockerignore` beside a Dockerfile: not a Dockerfile itself.
  if (DOCKERFILE.test(name) && !lower.endsWith('.dockerignore')) return 'dockerfile';
  if (lower.endsWith('.txt') && lower.includes('constraints')) return 'constraints';
  if (lower.endsWith('.txt') || lower.endsWith('.in')) {
    // pip-tools keeps `requirements/base.in` → `requirements/base.txt`.
    if (lower.includes('requirements') || parent === 'requirements') return 'requirements';
  }
  return undefined;
}
