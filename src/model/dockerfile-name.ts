// The name a Dockerfile gives its image when nothing else does. Pure.
import { posix } from 'node:path';
import { dirOf } from './paths.js';

/** `python-base.Dockerfile`, `Dockerfile.python-base` → python-base; `svc/Dockerfile` → svc; a root Dockerfile → root. */
export function imageNameOf(dockerfile: string): string {
  const base = posix.basename(dockerfile);
  const m = /^(?:Dockerfile|Containerfile)[.-](.+)$/i.exec(base) ?? /^(.+)\.(?:Dockerfile|dockerfile|Containerfile)$/.exec(base);
  if (m) return m[1]!.toLowerCase();
  const dir = dirOf(dockerfile);
  return dir === '' ? 'root' : posix.basename(dir).toLowerCase();
}
