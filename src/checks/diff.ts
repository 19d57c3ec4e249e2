// Base vs head findings → introduced / fixed / changed / unchanged. A finding about a line is matched
// by rule + package + file + service (never by line: an edit above a finding must not make it look
// new). A finding about a package (unconstrained, unused-constraint, duplicate-constraint) is matched
// by rule + package alone: when only its consumers move, it is "changed", not fixed and introduced.
import type { Finding, RuleId } from '../model.js';

export interface ChangedFinding {
  /** The head's finding. */
  finding: Finding;
  /** Consumers it gained and lost since the base. */
  added: string[];
  removed: string[];
}

export interface FindingDiff {
  introduced: Finding[];
  fixed: Finding[];
  changed: ChangedFinding[];
  unchanged: Finding[];
}

/** Rules whose subject is a package, wherever the finding happens to point. */
const PACKAGE_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['unconstrained', 'unused-constraint', 'duplicate-constraint']);

function keyOf(f: Finding): string {
  if (PACKAGE_RULES.has(f.rule) && f.package !== undefined) return JSON.stringify([f.rule, f.package]);
  return JSON.stringify([f.rule, f.package ?? '', f.location.file, f.service ?? '']);
}

export function diffFindings(base: Finding[], head: Finding[]): FindingDiff {
  const remaining = new Map<string, Finding[]>();
  for (const f of base) {
    const list = remaining.get(keyOf(f));
    if (list) list.push(f);
    else remaining.set(keyOf(f), [f]);
  }
  const introduced: Finding[] = [];
  const changed: ChangedFinding[] = [];
  const unchanged: Finding[] = [];
  for (const f of head) {
    const before = remaining.get(keyOf(f))?.shift();
    if (!before) {
      introduced.push(f);
      continue;
    }
    const was = new Set(before.consumers ?? []);
    const now = new Set(f.consumers ?? []);
    const added = [...now].filter((c) => !was.has(c)).sort();
    const removed = [...was].filter((c) => !now.has(c)).sort();
    if (added.length > 0 || removed.length > 0) changed.push({ finding: f, added, removed });
    else unchanged.push(f);
  }
  const fixed = [...remaining.values()].flat();
  return { introduced, fixed, changed, unchanged };
}
