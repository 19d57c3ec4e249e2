// vulnerable-pin: an exact pin (central constraints, inline Dockerfile pin, `==` in requirements or
// pyproject) whose version has an advisory, and a range that allows only affected versions. Pure:
// the advisory records come in, looked up beforehand (advisories/scan-advisories.ts). Reads only
// occurrences, pins, the constraints file and consumers of the workspace.
import { valid } from '@renovatebot/pep440';
import { specifierContains } from '../pep/specifier.js';
import { Repeats } from './repeats.js';
import type { Config } from '../config.js';
import type { AdvisoryRef, Finding, Severity } from '../model.js';
import { affects, eventVersions } from '../advisories/match.js';
import { advisoryIds, mergeAdvisories } from '../advisories/merge.js';
import { queryKey, type AdvisoryQuery, type OsvRecord } from '../advisories/types.js';
import { plural } from '../report/text.js';
import type { Workspace, WorkspaceOccurrence } from '../model/types.js';
import { exactVersion } from './pins.js';

/** The only parts of the repository model the rule reads. */
export type AdvisoryWorkspace = Pick<Workspace, 'occurrences' | 'pins' | 'constraintsFile' | 'consumers'>;

export interface IgnoredAdvisory {
  id: string;
  package: string;
  version?: string;
  reason: string;
  file: string;
  line: number;
}

/** What to ask the advisory source: every pinned version, and every package with a bounded range. */
export function advisoryQueries(ws: AdvisoryWorkspace): AdvisoryQuery[] {
  const out = new Map<string, AdvisoryQuery>();
  for (const o of ws.occurrences) {
    const kind = pinKind(o);
    if (kind === undefined) continue;
    const query: AdvisoryQuery = kind.version !== undefined ? { name: o.name, version: kind.version } : { name: o.name };
    out.set(queryKey(query), query);
  }
  return [...out.values()];
}

export function checkVulnerablePins(
  ws: AdvisoryWorkspace,
  records: ReadonlyMap<string, OsvRecord[]>,
  config: Pick<Config, 'rules' | 'advisorySeverity' | 'ignoreAdvisories'>,
): { findings: Finding[]; ignored: IgnoredAdvisory[] } {
  const findings: Finding[] = [];
  const ignored = new Map<string, IgnoredAdvisory>();
  const override = config.rules['vulnerable-pin'];
  if (override === 'off') return { findings, ignored: [] };
  const ignoreById = new Map(config.ignoreAdvisories.map((i) => [i.id.toUpperCase(), i.reason]));
  const reach = servicesReached(ws);
  const repeats = new Repeats<Finding>();

  for (const o of ws.occurrences) {
    const kind = pinKind(o);
    if (kind === undefined || repeats.repeatOf(o)) continue;
    const found = records.get(queryKey(kind.version !== undefined ? { name: o.name, version: kind.version } : { name: o.name })) ?? [];
    if (found.length === 0) continue;
    let refs: AdvisoryRef[];
    if (kind.version !== undefined) {
      refs = mergeAdvisories(found, o.name, kind.version);
    } else {
      const affecting = onlyVulnerable(o.specifier, found, o.name);
      if (affecting.length === 0) continue;
      refs = mergeAdvisories(affecting, o.name, undefined);
    }
    const kept = refs.filter((ref) => {
      const hit = advisoryIds(ref).find((id) => ignoreById.has(id.toUpperCase()));
      if (hit === undefined) return true;
      const key = `${ref.id} ${o.name} ${kind.version ?? o.specifier}`;
      if (!ignored.has(key)) {
        ignored.set(key, { id: ref.id, package: o.name, ...(kind.version !== undefined && { version: kind.version }), reason: ignoreById.get(hit.toUpperCase())!, file: o.location.file, line: o.location.line });
      }
      return false;
    });
    if (kept.length === 0) continue;
    const severity = override ?? severityFor(kept, config.advisorySeverity);
    if (severity === 'off') continue;
    const services = reach(o);
    findings.push(repeats.remember(o, {
      rule: 'vulnerable-pin',
      severity,
      package: o.name,
      location: o.location,
      ...(o.service !== undefined && { service: o.service }),
      specifier: o.specifier,
      message: message(o, kind.version, kept, services),
      advisories: kept,
      reach: services,
    }));
  }
  return { findings, ignored: [...ignored.values()] };
}

/** `{version}` for an exact pin, `{}` for a range with an upper bound (only those can exclude every fix), else nothing to ask. */
function pinKind(o: WorkspaceOccurrence): { version?: string } | undefined {
  if (o.url !== undefined || o.specifier === '') return undefined;
  const version = exactVersion(o.specifier);
  if (version !== undefined) return valid(version) ? { version } : undefined;
  return /<|~=|==[^,]*\*/.test(o.specifier) ? {} : undefined;
}

/**
 * Records whose affected versions cover everything the range allows, tested on the versions the
 * advisories and the range name (fixed versions, bounds and their neighbours). When one of them is
 * allowed and safe, the range lets pip pick a safe version: not flagged.
 */
function onlyVulnerable(specifier: string, records: OsvRecord[], name: string): OsvRecord[] {
  const candidates = new Set<string>();
  for (const r of records) for (const v of eventVersions(r, name)) candidates.add(v);
  for (const clause of specifier.split(',')) {
    const v = clause.replace(/^[~=!<>]+/, '').replace(/\.\*$/, '');
    if (!valid(v)) continue;
    candidates.add(v);
    candidates.add(`${v}.post1`);
    const parts = v.split('.').map((p) => Number.parseInt(p, 10));
    if (parts.every((n) => Number.isInteger(n))) {
      for (let i = 0; i < parts.length; i++) {
        const up = parts.slice(0, i + 1);
        up[i]! += 1;
        candidates.add(up.join('.'));
      }
    }
  }
  // Final releases only, as pip picks from a range by default.
  const allowed = [...candidates].filter((v) => valid(v) && specifierContains(specifier, v, { prereleases: false }));
  if (allowed.length === 0) return [];
  const affecting = records.filter((r) => allowed.some((v) => affects(r, name, v)));
  const allAffected = allowed.every((v) => records.some((r) => affects(r, name, v)));
  return allAffected ? affecting : [];
}

/** mergeAdvisories lists the worst first, and filtering keeps that order. */
function severityFor(refs: AdvisoryRef[], mapping: Config['advisorySeverity']): Severity | 'off' {
  return mapping[refs[0]!.level];
}

/** Services a pin reaches: a central pin, every service installing the package; any other, its file's consumers. */
function servicesReached(ws: AdvisoryWorkspace): (o: WorkspaceOccurrence) => number {
  const byPackage = new Map<string, Set<string>>();
  for (const o of ws.occurrences) {
    if (o.origin === 'constraints') continue;
    const set = byPackage.get(o.name) ?? new Set<string>();
    for (const consumer of ws.consumers.get(o.location.file) ?? (o.service !== undefined ? [o.service] : [])) set.add(consumer);
    byPackage.set(o.name, set);
  }
  return (o) => {
    if (o.origin === 'constraints' || o.location.file === ws.constraintsFile) return byPackage.get(o.name)?.size ?? 0;
    return ws.consumers.get(o.location.file)?.size ?? (o.service !== undefined ? 1 : 0);
  };
}

function message(o: WorkspaceOccurrence, version: string | undefined, refs: AdvisoryRef[], services: number): string {
  const what = version !== undefined ? `${o.rawName}==${version}` : `${o.rawName}${o.specifier} allows only affected versions and`;
  const list = refs.map((ref) => {
    const also = ref.aliases.length > 0 ? `, ${ref.aliases.join(', ')}` : '';
    const score = ref.score !== undefined ? ` ${ref.score.toFixed(1)}` : '';
    const fix = ref.fixed.length > 0 ? `fixed in ${ref.fixed.join(', ')}` : 'no fixed release';
    return `${ref.id} (${ref.level}${score}${also}): ${ref.summary || 'no summary'}; ${fix}`;
  });
  const move = refs.every((r) => r.fixed.length > 0) ? ` Move to a version that fixes ${refs.length === 1 ? 'it' : 'all of them'}.` : '';
  return `${what} has ${plural(refs.length, 'advisory', 'advisories')}: ${list.join(' · ')}. Reaches ${plural(services, 'service')}.${move}`;
}
