// FileReader over a local checkout. Repository content is untrusted: a path may not leave the
// root, and a symlink is never read through (it could point at /etc or at the runner's secrets).
import { constants } from 'node:fs';
import { lstat, open, readdir, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
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
  const realFolders = new Map<string, Promise<string>>();

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
    async list(dir: string, options?: { sizeOf?: (path: string) => boolean }): Promise<DirEntry[]> {
      const absolute = toAbsolute(dir);
      const dirents = await readdir(absolute, { withFileTypes: true });
      return Promise.all(
        dirents.map(async (d): Promise<DirEntry> => {
          if (d.isSymbolicLink()) return { name: d.name, kind: 'symlink' };
          if (d.isDirectory()) return { name: d.name, kind: 'dir' };
          if (!d.isFile()) return { name: d.name, kind: 'other' };
          if (options?.sizeOf && !options.sizeOf(dir === '' ? d.name : `${dir}/${d.name}`)) return { name: d.name, kind: 'file' };
          // A file deleted since readdir must not fail the whole listing; read() will say it is gone.
          const stats = await lstat(join(absolute, d.name)).catch(() => undefined);
          return stats ? { name: d.name, kind: 'file', size: stats.size } : { name: d.name, kind: 'file' };
        }),
      );
    },

    async read(path: string): Promise<Uint8Array> {
      const absolute = toAbsolute(path);
      // A symlinked folder on the way could still lead outside: compare real paths (once per folder).
      realBase ??= realpath(base);
      const folder = dirname(absolute);
      let realFolder = realFolders.get(folder);
      if (!realFolder) {
        realFolder = realpath(folder);
        realFolders.set(folder, realFolder);
      }
      const [real, top] = await Promise.all([realFolder, realBase]);
      if (real !== top && !real.startsWith(top + sep)) throw new UnsafePathError(path, 'it resolves outside the repository root');
      // O_NOFOLLOW: the file itself may not be a symlink either, with no window between check and open.
      const handle = await open(join(real, basename(absolute)), constants.O_RDONLY | constants.O_NOFOLLOW).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ELOOP') throw new UnsafePathError(path, 'it is a symbolic link');
        throw error;
      });
      try {
        return await handle.readFile();
      } finally {
        await handle.close();
      }
    },
  };
}
