// What a bump run amounts to for a caller that exits: 0 planned, 1 some packages could not be read,
// 2 the index could not be read at all (nothing was planned, so a green run would be a lie).
import type { Plan } from './types.js';

export type BumpFailOn = 'error' | 'never';

export interface BumpOutcome {
  exitCode: 0 | 1 | 2;
  /** One line for the whole run when it did not plan everything, for stderr. */
  summary?: string;
}

export function bumpOutcome(plan: Plan, pagesRead: number, failOn: BumpFailOn = 'error'): BumpOutcome {
  const failed = plan.errors.length;
  if (failed === 0) return { exitCode: 0 };
  if (pagesRead === 0) {
    const first = plan.errors[0]!;
    return { exitCode: failOn === 'never' ? 0 : 2, summary: `the index could not be read for any of the ${failed} pinned packages (first: ${first.name}: ${first.message})` };
  }
  return { exitCode: failOn === 'never' ? 0 : 1, summary: `${failed} of ${failed + pagesRead} pinned packages could not be read from the index; the rest is planned` };
}

/** The error without the package name again: the line already starts with it. */
export function withoutPackageName(name: string, message: string): string {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return message.replace(new RegExp(` for ${escaped}(?=[:\\s(]|$)`), '');
}
