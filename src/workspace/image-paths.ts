// Maps a path inside an image (`pip install -r /app/requirements.txt`) back to the repository file
// that a COPY/ADD before that RUN put there.
import { posix } from 'node:path';
import picomatch from 'picomatch';
import type { CopyRef } from '../sources/types.js';
import { joinPath } from './services.js';

function imageAbsolute(path: string, workdir: string): string {
  return posix.normalize(path.startsWith('/') ? path : posix.join(workdir || '/', path));
}

/**
 * @param copies the Dockerfile's COPY/ADD instructions
 * @param beforeLine only copies above this line count (the RUN's line)
 * @param context repo-relative build context
 * @param known repo-relative paths of files that exist
 */
export function mapImagePath(options: {
  copies: CopyRef[];
  beforeLine: number;
  context: string;
  imagePath: string;
  workdir: string;
  known: ReadonlySet<string>;
}): string | undefined {
  const target = imageAbsolute(options.imagePath, options.workdir);
  const copies = options.copies.filter((c) => c.location.line < options.beforeLine).reverse();
  for (const copy of copies) {
    const destRaw = copy.destination;
    const dest = imageAbsolute(destRaw, copy.workdir);
    const destIsDir = destRaw.endsWith('/') || destRaw === '.' || copy.sources.length > 1;
    for (const source of copy.sources) {
      const repoSource = joinPath(options.context, source);
      if (/[*?[]/.test(source)) {
        // COPY requirements*.txt /app/ — the file keeps its base name under dest.
        if (posix.dirname(target) !== dest) continue;
        const candidate = joinPath(posix.dirname(repoSource), posix.basename(target));
        if (picomatch.isMatch(candidate, repoSource, { dot: true }) && options.known.has(candidate)) return candidate;
        continue;
      }
      if (options.known.has(repoSource)) {
        const asFile = !destIsDir && target === dest;
        const intoDir = target === posix.join(dest, posix.basename(source));
        if (asFile || intoDir) return repoSource;
        continue;
      }
      // A directory copy: /dest/rest ← context/source/rest.
      const prefix = dest === '/' ? '/' : `${dest}/`;
      if (target.startsWith(prefix)) {
        const candidate = joinPath(repoSource, target.slice(prefix.length));
        if (options.known.has(candidate)) return candidate;
      }
    }
  }
  return undefined;
}
