// The bump's edits as one git-style patch (`git apply`-able), for `monopin bump --dry-run` and the PR body.
import { structuredPatch, type StructuredPatchHunk } from 'diff';

export interface FileChange {
  /** Repo-relative, forward slashes. */
  path: string;
  before: string;
  after: string;
}

const CONTEXT = 3;

/** Files that changed, sorted by path (code points, so the output never depends on locale or input order). */
export function unifiedDiff(files: FileChange[]): string {
  return files
    .filter((f) => f.before !== f.after)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(filePatch)
    .join('');
}

function filePatch(f: FileChange): string {
  const patch = structuredPatch(`a/${f.path}`, `b/${f.path}`, f.before, f.after, undefined, undefined, { context: CONTEXT });
  const head = `diff --git a/${f.path} b/${f.path}\n--- a/${f.path}\n+++ b/${f.path}\n`;
  return head + patch.hunks.map(hunk).join('');
}

// git's hunk header: a count of 1 is left out, an empty side starts at the line before.
function range(start: number, count: number): string {
  if (count === 0) return `${start - 1},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}

function hunk(h: StructuredPatchHunk): string {
  return `@@ -${range(h.oldStart, h.oldLines)} +${range(h.newStart, h.newLines)} @@\n${h.lines.map((l) => `${l}\n`).join('')}`;
}
