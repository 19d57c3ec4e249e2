// What a Dockerfile's COPY/ADD instructions take from the repository, as repo-relative matchers. Pure.
import { posix } from 'node:path';
import type { CopyRef } from '../sources/types.js';
import { copyGlob } from './copy-glob.js';
import { joinPath } from './paths.js';

export interface CopiedSource {
  copy: CopyRef;
  /** Repo-relative source ('' = the whole repository). */
  source: string;
  matches: (path: string) => boolean;
}

/** Each COPY source resolved against the build context (`.` or '' for the repository root). */
export function copiedSources(copies: CopyRef[], context: string): CopiedSource[] {
  const out: CopiedSource[] = [];
  for (const copy of copies) {
    for (const written of copy.sources) {
      // Sources cannot leave the context; a leading / means the context root.
      const source = joinPath(context === '.' ? '' : context, written.replace(/^\/+/, ''));
      let matches: (path: string) => boolean;
      if (/[*?[]/.test(written)) {
        const isMatch = copyGlob(source);
        matches = (path) => isMatch(path) || pathPrefixes(path).some((p) => isMatch(p));
      } else if (source === '') matches = () => true;
      else matches = (path) => path === source || path.startsWith(`${source}/`);
      out.push({ copy, source, matches });
    }
  }
  return out;
}

function pathPrefixes(path: string): string[] {
  const out: string[] = [];
  for (let d = posix.dirname(path); d !== '.' && d !== '/'; d = posix.dirname(d)) out.push(d);
  return out;
}
