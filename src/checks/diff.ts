// Base vs head findings → introduced / fixed / unchanged, matched by rule + package + file + service
// (never by line: an edit above a finding must not make it look new).
import type { Finding } from '../model.js';

export interface FindingDiff {
  introduced: Finding[];
  fixed: Finding[];
  unchanged: Finding[];
}

function keyOf(f: Finding): string {
  return JSON.stringify([f.rule, f.package ?? '', f.location.file, f.service ?? '']);
}

export function diffFindings(base: Finding[], head: Finding[]): FindingDiff {
  const remaining = new Map<string, Finding[]>();
  for (const f of base) {
    const list = remaining.get(keyOf(f)) ?? [];
    list.push(f);
    remaining.set(keyOf(f), list);
  }
  const introduced: Finding[] = [];
  const unchanged: Finding[] = [];
  for (const f of head) {
    const list = remaining.get(keyOf(f));
    if (list && list.length > 0) {
      list.shift();
      unchanged.push(f);
    } else introduced.push(f);
  }
  const fixed = [...remaining.values()].flat();
  return { introduced, fixed, unchanged };
}
