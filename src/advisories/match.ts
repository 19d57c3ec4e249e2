// Does an OSV record affect a PyPI version? The OSV schema's evaluation: ECOSYSTEM ranges
// (introduced / fixed / last_affected / limit events) ordered by PEP 440, plus the explicit
// `versions` list. GIT and SEMVER ranges say nothing about PyPI versions and are skipped. Pure.
import { compare, valid } from '@renovatebot/pep440';
import { normalizeName } from '../pep/name.js';
import { sameVersion } from '../pep/version.js';
import { ECOSYSTEM, type OsvAffected, type OsvRecord } from './types.js';

/** The affected entries of `record` for PyPI package `name` (normalized). */
function affectedEntries(record: OsvRecord, name: string): OsvAffected[] {
  return (record.affected ?? []).filter((a) => a.package?.ecosystem === ECOSYSTEM && normalizeName(a.package.name) === name);
}

export function affects(record: OsvRecord, name: string, version: string): boolean {
  if (record.withdrawn !== undefined) return false;
  return affectedEntries(record, name).some((entry) => entryAffects(entry, version));
}

function entryAffects(entry: OsvAffected, version: string): boolean {
  if ((entry.versions ?? []).some((v) => sameVersion(v, version))) return true;
  if (!valid(version)) return false;
  return (entry.ranges ?? []).some((range) => range.type === 'ECOSYSTEM' && rangeAffects(range.events, version));
}

/**
 * The schema's algorithm: walk the events sorted by version; `introduced` opens an affected
 * interval, `fixed` and `limit` close it before their version, `last_affected` after it.
 */
function rangeAffects(events: OsvRange['events'], version: string): boolean {
  const points = events
    .map((event) => ({ event, at: eventVersion(event) }))
    .filter((p): p is { event: OsvRange['events'][number]; at: string } => p.at !== undefined && (p.at === '0' || valid(p.at) !== null))
    .sort((a, b) => order(a.at, b.at));
  let affected = false;
  for (const { event, at } of points) {
    if (event.introduced !== undefined) {
      if (at === '0' || compare(version, at) >= 0) affected = true;
    } else if (event.fixed !== undefined || event.limit !== undefined) {
      if (compare(version, at) >= 0) affected = false;
    } else if (event.last_affected !== undefined) {
      if (compare(version, at) > 0) affected = false;
    }
  }
  return affected;
}

type OsvRange = NonNullable<OsvAffected['ranges']>[number];

function eventVersion(event: OsvRange['events'][number]): string | undefined {
  return event.introduced ?? event.fixed ?? event.last_affected ?? event.limit;
}

function order(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '0') return -1;
  if (b === '0') return 1;
  return compare(a, b);
}

/** The `fixed` versions of the ranges that contain `version` (what to move to); none when unfixed. */
export function fixedVersionsFor(record: OsvRecord, name: string, version: string | undefined): string[] {
  const out = new Set<string>();
  for (const entry of affectedEntries(record, name)) {
    for (const range of entry.ranges ?? []) {
      if (range.type !== 'ECOSYSTEM') continue;
      if (version !== undefined && valid(version) && !rangeAffects(range.events, version)) continue;
      for (const event of range.events) if (event.fixed !== undefined) out.add(event.fixed);
    }
  }
  return [...out].filter((v) => valid(v)).sort(compare);
}

/** Every version an advisory names for `name`: candidates for "is anything this range allows safe?". */
export function eventVersions(record: OsvRecord, name: string): string[] {
  const out: string[] = [];
  for (const entry of affectedEntries(record, name)) {
    for (const range of entry.ranges ?? []) {
      if (range.type !== 'ECOSYSTEM') continue;
      for (const event of range.events) {
        const v = eventVersion(event);
        if (v !== undefined && v !== '0' && valid(v)) out.push(v);
        // the first version after last_affected is not affected
        if (event.last_affected !== undefined && valid(event.last_affected)) out.push(`${event.last_affected}.post0`);
      }
    }
  }
  return out;
}
