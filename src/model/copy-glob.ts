// COPY/ADD sources with wildcards come from the repository: Docker's own syntax only (`*`, `?`,
// `[...]`, `**`), so picomatch's extglobs (`+(a|aa)`, whose backtracking a crafted pattern turns
// into minutes per path) are off, and an over-long pattern matches nothing. Pure.
import picomatch from 'picomatch';
import { MAX_GLOB_LENGTH } from '../sources/glob.js';

export function copyGlob(pattern: string): (path: string) => boolean {
  if (pattern.length > MAX_GLOB_LENGTH) return () => false;
  return picomatch(pattern, { dot: true, noextglob: true });
}
