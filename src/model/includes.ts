// Following -r / -c includes through the model's requirement files. Pure.
import type { RequirementFile } from './types.js';

/** The files and what they include (`follow` picks the include kinds: `-r` installs, `-c` only constrains). */
export function includeClosure(nodes: ReadonlyMap<string, RequirementFile>, roots: Iterable<string>, follow: (kind: 'requirement' | 'constraint') => boolean): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const include of nodes.get(path)?.includes ?? []) if (follow(include.kind)) queue.push(include.path);
  }
  return seen;
}

/** The files and what they `-r` include (not `-c`: constraints install nothing). */
export function requirementClosure(nodes: ReadonlyMap<string, RequirementFile>, roots: Iterable<string>): Set<string> {
  return includeClosure(nodes, roots, (kind) => kind === 'requirement');
}
