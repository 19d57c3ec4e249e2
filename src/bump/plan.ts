// Chooses the next version of every central pin: the newest release that every consumer accepts,
// that policy allows, and that is co-installable with the other pins. Pure: the caller fetches
// (releases, PEP 658 metadata) and calls again while `needs` is not empty.
//
// Known differences from a full resolver (pip's resolvelib):
// - Only pinned packages take part. A Requires-Dist on a package that is not pinned is ignored, so
//   two pins that need incompatible versions of an unpinned package both pass here and fail in pip.
//   Consumers' other (unpinned) requirements are not considered either.
// - Extras are ignored: `; extra == "x"` dependencies are dropped even when a consumer installs
//   `pkg[x]`, and `dep[x]>=1` is checked only as `dep>=1`.
// - Markers are evaluated in one target environment (`environment`, with `extra` = ''); a marker
//   that cannot be evaluated there counts as true. pip evaluates them on the machine it runs on.
// - The repair is greedy and monotone, not a backtracking search: on a conflict it first moves the
//   required package to an older candidate that fits, else holds the requiring package back one
//   candidate, then lifts every package as far as it fits. It can hold back more than needed (the
//   result is not guaranteed optimal), but every combination it proposes was checked against all
//   known metadata. A conflict between two pins that both stay at their current version predates
//   the plan and is tolerated, not fixed.
// - Requires-Python comes from the index (`Release.requiresPython`), checked against the target
//   "X.Y" as X.Y.0; pip checks the interpreter's full version and also the metadata's own field.
// - Metadata the index does not have (`'missing'`: an sdist-only release, the client reads wheels
//   itself when there is no PEP 658 file) is assumed compatible, and the bump says so (no-metadata).
// - One metadata per version (PEP 658 of one file); files of a release with different
//   Requires-Dist (per-platform wheels) are not told apart.
import { compare } from '@renovatebot/pep440';
import { acceptsPin } from '../checks/pins.js';
import { markerMayHold, type MarkerEnvironment } from '../pep/marker.js';
import { normalizeName } from '../pep/name.js';
import { solveCoinstall, type CoinstallPackage, type MetadataLookup } from './coinstall.js';
import { isVersion, screenRelease } from './policy.js';
import { consumerReasons, joinReasons, markerReason, noMetadataReason, requiresDistReason, unknownAgeReason } from './reasons.js';
import type { Consumer, HeldPin, PinInput, Plan, PlannedBump, PlanReason, PolicyOptions, Release } from './types.js';
import { isPrerelease, updateTypeOf } from './update-type.js';

export interface PlanInput {
  pins: PinInput[];
  /** Specifiers of every consumer, by normalized package name (the pin itself excluded). */
  consumers: Map<string, Consumer[]>;
  /** Releases on the index, by normalized package name. */
  releases: Map<string, Release[]>;
  /** `undefined`: not fetched yet (it will be asked for in `needs`); `'missing'`: the index has none. */
  metadata: MetadataLookup;
  environment: MarkerEnvironment;
  policy: PolicyOptions;
  /** Packages the index could not answer for; passed through into the plan. */
  errors?: Plan['errors'];
}

export interface PlanResult {
  plan: Plan;
  /** Metadata to fetch before calling again; the plan is provisional until this is empty. */
  needs: { name: string; version: string }[];
}

interface Screened {
  version: string;
  reasons: PlanReason[];
  ageDays?: number;
}

interface PinState {
  name: string;
  pin: PinInput;
  consumers: Consumer[];
  /** Newer releases worth talking about (no pre-releases unless the pin is one), newest first. */
  newer: Screened[];
  candidates: string[];
}

export function planBumps(input: PlanInput): PlanResult {
  const errors: Plan['errors'] = [...(input.errors ?? [])];
  const failed = new Set(errors.map((e) => normalizeName(e.name)));
  const held: HeldPin[] = [];
  const states: PinState[] = [];
  const seen = new Map<string, PinInput>();

  for (const pin of input.pins) {
    const name = normalizeName(pin.name);
    const newer = newerReleases(input.releases.get(name) ?? [], pin.version);
    if (pin.marker !== undefined && !markerApplies(pin.marker, input.environment)) {
      if (newer[0] !== undefined && !failed.has(name)) {
        const why = [markerReason(newer[0].version, pin.marker)];
        held.push({ name, current: pin.version, newest: newer[0].version, reason: joinReasons(why), reasons: why });
      }
      continue;
    }
    const first = seen.get(name);
    if (first) {
      errors.push({ name, message: `pinned again at ${where(pin.location)}; planned only the pin at ${where(first.location)}` });
      continue;
    }
    seen.set(name, pin);
    const consumers = (input.consumers.get(name) ?? []).filter((c) => c.marker === undefined || markerApplies(c.marker, input.environment));
    const acceptsCurrent = new Map(consumers.map((c) => [c, acceptsPin(c.specifier, `==${pin.version}`)]));
    const screened = newer.map((release): Screened => {
      const s = screenRelease(input.policy, name, pin.version, release);
      const excluding = consumers.filter((c) => !acceptsPin(c.specifier, `==${release.version}`));
      s.reasons.push(
        ...consumerReasons({ name, current: pin.version, candidate: release.version, excluding: excluding.map((consumer) => ({ consumer, acceptsCurrent: acceptsCurrent.get(consumer)! })) }),
      );
      return { version: release.version, ...s };
    });
    const visible = screened.filter((s) => isPrerelease(pin.version) || !isPrerelease(s.version));
    // a package the index failed on keeps its pin: no candidates, but its current metadata still counts
    const candidates = failed.has(name) ? [] : screened.filter((s) => s.reasons.length === 0).map((s) => s.version);
    states.push({ name, pin, consumers, newer: visible, candidates });
  }

  const packages: CoinstallPackage[] = states.map((s) => ({ name: s.name, current: s.pin.version, candidates: s.candidates }));
  const anyCandidate = packages.some((p) => p.candidates.length > 0);
  const solved = anyCandidate
    ? solveCoinstall({ packages, metadata: input.metadata, environment: input.environment })
    : { chosen: new Map<string, string>(), conflicts: new Map<string, string>(), missing: new Set<string>(), needs: [] };

  const bumps: PlannedBump[] = [];
  for (const s of states) {
    const newest = s.newer[0];
    if (newest === undefined || failed.has(s.name)) continue;
    const to = solved.chosen.get(s.name) ?? s.pin.version;
    const best = s.candidates[0];
    // coinstall names the cause when it can; 'with the other pins' is its fallback, not a sentence
    const conflictOf = (name: string, version: string): string => {
      const found = solved.conflicts.get(name);
      return found === undefined || found === 'with the other pins' ? `${name} ${version} is not co-installable with the other pins` : found;
    };
    const whyNot = (v: Screened): PlanReason[] =>
      v.reasons.length > 0 ? v.reasons : [requiresDistReason(v.version, conflictOf(s.name, v.version))];
    const parts: PlanReason[] = [];
    if (newest.version !== to) parts.push(...whyNot(newest));
    if (best !== undefined && best !== to && best !== newest.version) parts.push(...whyNot(s.newer.find((v) => v.version === best)!));

    if (to === s.pin.version) {
      held.push({ name: s.name, current: s.pin.version, newest: newest.version, reason: joinReasons(parts), reasons: parts });
      continue;
    }
    const chosen = s.newer.find((v) => v.version === to)!;
    if (chosen.ageDays === undefined) parts.push(unknownAgeReason(to));
    if (solved.missing.has(`${s.name} ${to}`)) parts.push(noMetadataReason(s.name, to));
    const bump: PlannedBump = {
      name: s.name,
      from: s.pin.version,
      to,
      updateType: updateTypeOf(s.pin.version, to),
      consumers: s.consumers.length,
    };
    if (chosen.ageDays !== undefined) bump.releaseAgeDays = chosen.ageDays;
    if (newest.version !== to) bump.heldBackFrom = newest.version;
    if (parts.length > 0) {
      bump.reason = joinReasons(parts);
      bump.reasons = parts;
    }
    bumps.push(bump);
  }

  const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return { plan: { bumps: bumps.sort(byName), held: held.sort(byName), errors }, needs: solved.needs };
}

/** Valid releases newer than `current`, newest first. */
function newerReleases(releases: Release[], current: string): Release[] {
  if (!isVersion(current)) return [];
  return releases.filter((r) => isVersion(r.version) && compare(r.version, current) > 0).sort((a, b) => compare(b.version, a.version));
}

function where(location: { file: string; line: number }): string {
  return `${location.file}:${location.line}`;
}

function markerApplies(marker: string, env: MarkerEnvironment): boolean {
  return markerMayHold(marker, { ...env, extra: '' });
}
