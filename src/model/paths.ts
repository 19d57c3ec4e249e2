// Repo-relative paths: forward slashes, '' for the root, no `./`. Pure.
import { posix } from 'node:path';

export function dirOf(path: string): string {
  const d = posix.dirname(path);
  return d === '.' ? '' : d;
}

export function joinPath(...parts: string[]): string {
  const joined = posix.normalize(posix.join(...parts.filter((p) => p !== '')));
  return joined === '.' ? '' : joined.replace(/^\.\//, '').replace(/\/$/, '');
}

/** A compose build context that is a URL (git repository, tarball): nothing in the checkout to read. */
export function isRemoteContext(context: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || /^git@/.test(context);
}

/** How many segments a path (or service id `project/name`) has. */
export function depth(path: string): number {
  return path.split('/').length;
}

/** `.` for the root, as build contexts are shown and passed to docker. */
export function contextLabel(context: string): string {
  return context === '' ? '.' : context;
}

/** Repo paths that exist: files, and folders with a trailing `/`. */
export type KnownPaths = Pick<ReadonlySet<string>, 'has'>;
