// FileReader over a local checkout. Repository content is untrusted: a path may not leave the
// root, and a symlink is never read through (it could point at /etc or at the runner's secrets).
import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { DirEntry, FileReader } from '../model.js';

export class UnsafePathError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`refusing to read '${path}': ${reason}`);
    this.name = 'UnsafePathError';
  }
}

export function createFsReader(root: string): FileReader {
  const base = resolve(root);
  let realBase: Promise<string> | undefined;

  const toAbsolute = (path: string): string => {
    if (path === '') return base;
    if (isAbsolute(path) || path.includes('\\') || path.includes('\0')) {
      throw new UnsafePathError(path, 'not a repo-relative path');
    }
    const absolute = resolve(base, path);
    const rel = relative(base, absolute);
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      throw new UnsafePathError(path, 'it escapes the repository root');
    }
    return absolute;
  };

  return {
    async list(dir: string): Promise<DirEntry[]> {
      const absolute = toAbsolute(dir);
      const dirents = await readdir(absolute, { withFileTypes: true });
      return Promise.all(
        dirents.map(async (d): Promise<DirEntry> => {
          if (d.isSymbolicLink()) return { name: d.name, kind: 'symlink' };
          if (d.isDirectory()) return { name: d.name, kind: 'dir' };
          if (!d.isFile()) return { name: d.name, kind: 'other' };
          // A file deleted since readdir must not fail the whole listing; read() will say it is gone.
          const stats = await lstat(join(absolute, d.name)).catch(() => undefined);
          return stats ? { name: d.name, kind: 'file', size: stats.size } : { name: d.name, kind: 'file' };
        }),
      );
    },

    async read(path: string): Promise<Uint8Array> {
      const absolute = toAbsolute(path);
      if ((await lstat(absolute)).isSymbolicLink()) throw new UnsafePathError(path, 'it is a symbolic link');
      // A symlinked folder on the way could still lead outside: compare real paths.
      realBase ??= realpath(base);
      const [real, top] = await Promise.all([realpath(absolute), realBase]);
      if (real !== top && !real.startsWith(top + sep)) throw new UnsafePathError(path, 'it resolves outside the repository root');
      return readFile(real);
    },
  };
}
