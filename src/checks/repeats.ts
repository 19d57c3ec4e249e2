// A file that says the same thing about a package on many lines (a requirement repeated 200,000 times)
// gets one finding, at the first line, with how many lines say it: the report stays readable and
// its size follows the distinct problems, not the lines.
import type { WorkspaceOccurrence } from '../model/types.js';

type Line = Pick<WorkspaceOccurrence, 'location' | 'origin' | 'service' | 'name' | 'specifier' | 'marker' | 'url'>;

export class Repeats<T extends { occurrences?: number }> {
  private readonly seen = new Map<string, T>();

  /** The finding already made for a line saying what `o` says in the same file, counted once more; else undefined. */
  repeatOf(o: Line): T | undefined {
    const found = this.seen.get(keyOf(o));
    if (found) found.occurrences = (found.occurrences ?? 1) + 1;
    return found;
  }

  remember(o: Line, finding: T): T {
    this.seen.set(keyOf(o), finding);
    return finding;
  }
}

function keyOf(o: Line): string {
  return `${o.location.file}\0${o.origin}\0${o.service ?? ''}\0${o.name}\0${o.specifier}\0${o.marker ?? ''}\0${o.url ?? ''}`;
}
