// Records → advisories: a GHSA, its CVE and the PYSEC copy of it are one advisory (linked through
// `aliases`, in either direction), shown under one id with the worst severity any copy gives. Pure.
import type { AdvisoryRef } from '../model.js';
import { fixedVersionsFor } from './match.js';
import { LEVEL_RANK, severityOf } from './severity.js';
import type { OsvRecord } from './types.js';

const ID_PREFERENCE = [/^GHSA-/, /^PYSEC-/, /^CVE-/];

export function mergeAdvisories(records: readonly OsvRecord[], name: string, version: string | undefined): AdvisoryRef[] {
  const groups = groupByAlias(records);
  return groups
    .map((group) => toRef(group, name, version))
    .sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (b.score ?? 0) - (a.score ?? 0) || a.id.localeCompare(b.id));
}

/** Every id an advisory goes by: its own and its aliases. */
export function advisoryIds(ref: AdvisoryRef): string[] {
  return [ref.id, ...ref.aliases];
}

function groupByAlias(records: readonly OsvRecord[]): OsvRecord[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const record of records) {
    parent.set(record.id, parent.get(record.id) ?? record.id);
    for (const alias of record.aliases ?? []) {
      parent.set(alias, parent.get(alias) ?? alias);
      union(record.id, alias);
    }
  }
  const groups = new Map<string, OsvRecord[]>();
  for (const record of records) {
    const root = find(record.id);
    groups.set(root, [...(groups.get(root) ?? []), record]);
  }
  return [...groups.values()];
}

function toRef(group: OsvRecord[], name: string, version: string | undefined): AdvisoryRef {
  const ids = new Set<string>();
  for (const record of group) for (const id of [record.id, ...(record.aliases ?? [])]) ids.add(id);
  const rank = (id: string): number => {
    const i = ID_PREFERENCE.findIndex((re) => re.test(id));
    return i < 0 ? ID_PREFERENCE.length : i;
  };
  const sorted = [...ids].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const primary = sorted[0]!;
  const severities = group.map(severityOf).sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (b.score ?? 0) - (a.score ?? 0));
  const worst = severities[0]!;
  const summaryRecord = [...group].sort((a, b) => rank(a.id) - rank(b.id)).find((r) => (r.summary ?? '').trim() !== '') ?? group[0]!;
  const fixed = new Set(group.flatMap((r) => fixedVersionsFor(r, name, version)));
  return {
    id: primary,
    aliases: sorted.slice(1),
    summary: oneLine(summaryRecord.summary ?? summaryRecord.details ?? ''),
    url: advisoryUrl(primary),
    level: worst.level,
    ...(worst.score !== undefined && { score: worst.score }),
    fixed: [...fixed].sort((a, b) => (a === b ? 0 : compareLoose(a, b))),
  };
}

/** GitHub's page for a GHSA, OSV's for anything else. */
function advisoryUrl(id: string): string {
  return /^GHSA-/.test(id) ? `https://github.com/advisories/${encodeURIComponent(id)}` : `https://osv.dev/vulnerability/${encodeURIComponent(id)}`;
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

function compareLoose(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
