// Where a -r/-c include points, relative to the including file as pip resolves it.
import { posix } from 'node:path';

export type IncludeTarget = { kind: 'path'; path: string } | { kind: 'url'; url: string } | { kind: 'escapes' };

export function resolveIncludePath(fromFile: string, target: string): IncludeTarget {
  if (/^[A-Za-z][A-Za-z0-9+.-]+:\/\//.test(target) && !target.startsWith('file:')) return { kind: 'url', url: target };
  // Absolute paths and file:// URLs name places outside the checkout: never read them.
  if (target.startsWith('/') || target.startsWith('file:') || /^[A-Za-z]:[\\/]/.test(target)) return { kind: 'escapes' };
  const joined = posix.normalize(posix.join(posix.dirname(fromFile), target.replace(/\\/g, '/')));
  if (joined === '..' || joined.startsWith('../')) return { kind: 'escapes' };
  return { kind: 'path', path: joined.replace(/^\.\//, '') };
}
