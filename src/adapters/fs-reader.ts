// FileReader over a local checkout. Repository content is untrusted: a path may not leave the
// root, and a symlink is never read through (it could point at /etc or at the runner's secrets).
//
// The calls are synchronous on purpose: a manifest is a few kB on a local disk, so each syscall
// takes microseconds, while the promise API sends every open/fstat/read/close through the thread
// pool and costs ~100 µs per file (2 s of a 20,000-file scan against 0.3 s synchronous).
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync } from 'node:fs';
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

/** A FIFO, socket or device: opening or reading it could block forever or never end. */
export class NotRegularFileError extends Error {
  constructor(readonly path: string) {
    super(`refusing to read '${path}': not a regular file`);
    this.name = 'NotRegularFileError';
  }
}

export function createFsReader(root: string): FileReader {
  const base = resolve(root);
  let realBase: string | undefined;
  const realFolders = new Map<string, string>();
  // Absolute paths the listing walked down to without a symlink: real folders, and regular files in them.
  const listedFolders = new Set<string>();
  const listedFiles = new Set<string>();

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
      const dirents = readdirSync(absolute, { withFileTypes: true });
      // readdir's entry types do not follow links: a folder listed as a folder under a folder known to be
      // real (the root first) is real too, and reads below it need no realpath.
      const real = absolute === base || listedFolders.has(absolute);
      return dirents.map((d): DirEntry => {
        if (d.isSymbolicLink()) return { name: d.name, kind: 'symlink' };
        if (d.isDirectory()) {
          if (real) listedFolders.add(join(absolute, d.name));
          return { name: d.name, kind: 'dir' };
        }
        if (!d.isFile()) return { name: d.name, kind: 'other' };
        if (options?.sizeOf && !options.sizeOf(dir === '' ? d.name : `${dir}/${d.name}`)) return { name: d.name, kind: 'file' };
        // A file deleted since readdir must not fail the whole listing; read() will say it is gone.
        const stats = lstatSync(join(absolute, d.name), { throwIfNoEntry: false });
        if (stats?.isFile() && real) listedFiles.add(join(absolute, d.name));
        return stats ? { name: d.name, kind: 'file', size: stats.size } : { name: d.name, kind: 'file' };
      });
    },

    async read(path: string): Promise<Uint8Array> {
      const absolute = toAbsolute(path);
      const folder = dirname(absolute);
      let target = absolute;
      // A file the listing saw as a regular file in a real folder skips the checks the open repeats anyway.
      if (!listedFiles.has(absolute)) {
        if (folder !== base && !listedFolders.has(folder)) {
          // A symlinked folder on the way could still lead outside: compare real paths (once per folder).
          realBase ??= realpathSync.native(base);
          let real = realFolders.get(folder);
          if (real === undefined) {
            real = realpathSync.native(folder);
            realFolders.set(folder, real);
          }
          // `--root /`: the root already ends with the separator.
          const prefix = realBase.endsWith(sep) ? realBase : realBase + sep;
          if (real !== realBase && !real.startsWith(prefix)) throw new UnsafePathError(path, 'it resolves outside the repository root');
          target = join(real, basename(absolute));
        }
        // Only regular files: a FIFO would block the open, /dev/zero would never end. Checked before the open,
        // and again on the open descriptor (O_NONBLOCK: a FIFO swapped in between cannot block the open).
        const before = lstatSync(target);
        if (before.isSymbolicLink()) throw new UnsafePathError(path, 'it is a symbolic link');
        if (!before.isFile()) throw new NotRegularFileError(path);
      }
      // O_NOFOLLOW: the file itself may not be a symlink either, with no window between check and open.
      let fd: number;
      try {
        fd = openSync(target, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new UnsafePathError(path, 'it is a symbolic link');
        throw error;
      }
      try {
        const stats = fstatSync(fd);
        if (!stats.isFile()) throw new NotRegularFileError(path);
        return readAll(fd, stats.size);
      } finally {
        closeSync(fd);
      }
    },
  };
}

/** The whole file from an open descriptor, sized by the fstat already made (readFileSync would fstat again). */
function readAll(fd: number, size: number): Uint8Array {
  let buffer = Buffer.allocUnsafe(size + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      // The file grew since fstat: keep reading.
      const bigger = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) return buffer.subarray(0, length);
    length += read;
  }
}
