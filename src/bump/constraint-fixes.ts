// Constraints lines the bump can make valid: pip refuses a constraint with extras
// (`uvicorn[standard]==0.32.1` makes every `pip install -c` fail), and the fix is to drop the extras
// from the constraint; the consumers keep `uvicorn[standard]`, which is where extras belong.
import type { WorkspaceOccurrence } from '../model/types.js';
import type { ConstraintFix } from './types.js';

export interface FixableLine {
  name: string;
  rawName: string;
  file: string;
  line: number;
  extras: string[];
}

/** Constraints lines with extras and nothing else wrong (no URL, not editable). */
export function fixableConstraintLines(occurrences: readonly WorkspaceOccurrence[]): FixableLine[] {
  return occurrences
    .filter((o) => o.origin === 'constraints' && o.extras.length > 0 && o.url === undefined && o.editable !== true)
    .map((o) => ({ name: o.name, rawName: o.rawName, file: o.location.file, line: o.location.line, extras: o.extras }));
}

/** `content` with the extras dropped from each line of `lines` (of this file) that still reads as parsed. */
export function dropConstraintExtras(content: string, lines: FixableLine[]): { content: string; fixes: ConstraintFix[] } {
  const eol = content.includes('\r\n') ? '\r\n' : '\n';
  const text = content.split(/\r?\n/);
  const fixes: ConstraintFix[] = [];
  for (const fix of lines) {
    const before = text[fix.line - 1];
    if (before === undefined) continue;
    const pattern = new RegExp(`^(\\s*${fix.rawName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\\s*\\[[^\\]]*\\]`);
    if (!pattern.test(before)) continue; // the line moved or spans lines: leave it to `monopin check`
    const after = before.replace(pattern, '$1');
    text[fix.line - 1] = after;
    fixes.push({ name: fix.name, file: fix.file, line: fix.line, before: before.trim(), after: after.trim(), extras: fix.extras });
  }
  return { content: text.join(eol), fixes };
}
