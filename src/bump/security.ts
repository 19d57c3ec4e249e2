// Security bumps, pure: which pins carry advisories, which releases are safe, and the smallest safe
// step the planner takes for them (not the newest: the lowest release that fixes every advisory and
// that every consumer accepts; the cooldown does not hold it back).
import type { AdvisoryRef } from '../model.js';
import { affects } from '../advisories/match.js';
import { advisoryIds, mergeAdvisories } from '../advisories/merge.js';
import type { OsvRecord } from '../advisories/types.js';
import { joinReasons, reason } from './reasons.js';
import type { Consumer, HeldPin, PinInput, PlanReason, PlannedBump, PolicyOptions } from './types.js';
import { updateTypeOf } from './update-type.js';

export interface SecurityInfo {
  /** Advisories on the current pin (aliases merged, ignored ones left out), worst first. */
  advisories: AdvisoryRef[];
  /** Every record of the package (not only those on the current pin): a candidate must escape them all. */
  records: OsvRecord[];
  /** Ids the configuration ignores (upper case). */
  ignored: ReadonlySet<string>;
}

/** Does no (non-ignored) advisory of the package affect `version`? */
export function isSafe(info: SecurityInfo, name: string, version: string): boolean {
  return !info.records.some((r) => affects(r, name, version) && ![r.id, ...(r.aliases ?? [])].some((id) => info.ignored.has(id.toUpperCase())));
}

/** Pins whose current version has advisories, from the records of their packages. */
export function securityTargets(
  pins: readonly { name: string; version: string }[],
  recordsByName: ReadonlyMap<string, OsvRecord[]>,
  ignoreIds: readonly string[],
): Map<string, SecurityInfo> {
  const ignored = new Set(ignoreIds.map((id) => id.toUpperCase()));
  const out = new Map<string, SecurityInfo>();
  for (const pin of pins) {
    const records = recordsByName.get(pin.name) ?? [];
    const current = records.filter((r) => affects(r, pin.name, pin.version));
    const advisories = mergeAdvisories(current, pin.name, pin.version).filter((a) => !advisoryIds(a).some((id) => ignored.has(id.toUpperCase())));
    if (advisories.length > 0) out.set(pin.name, { advisories, records, ignored });
  }
  return out;
}

/** The policy a security move is screened with: the cooldown does not apply. */
export function securityPolicy(policy: PolicyOptions): PolicyOptions {
  return { ...policy, minReleaseAgeDays: 0 };
}

/** Of the allowed candidates (newest first), the lowest safe one, as the planner's only candidate. */
export function securityCandidates(candidates: readonly string[], info: SecurityInfo, name: string): string[] {
  const safe = candidates.filter((v) => isSafe(info, name, v));
  const lowest = safe[safe.length - 1];
  return lowest === undefined ? [] : [lowest];
}

/** Why a vulnerable pin stays, as reason codes and one sentence: the lowest safe release and what blocks it. */
export function securityHold(info: SecurityInfo, name: string, current: string, screened: readonly { version: string; reasons: PlanReason[] }[], coinstall?: string): { reason: string; reasons: PlanReason[] } {
  const ids = info.advisories.map((a) => a.id).join(', ');
  const safe = screened.filter((s) => isSafe(info, name, s.version));
  if (safe.length === 0) {
    const why = reason('no-fix', current, `No released version fixes ${ids}.`);
    return { reason: `security: ${why.text}`, reasons: [why] };
  }
  const lowest = safe[safe.length - 1]!;
  const reasons = lowest.reasons.length > 0 ? lowest.reasons : [reason('requires-dist', lowest.version, `${lowest.version} is not co-installable: ${coinstall ?? 'with the other pins'}.`)];
  return { reason: `security: ${lowest.version} fixes ${ids} but is blocked: ${joinReasons(reasons)}`, reasons };
}

/** The planner's answer for a vulnerable pin: the move to `to`, or a hold-back that says what blocks the fix. */
export function securityOutcome(options: {
  name: string;
  pin: PinInput;
  consumers: Consumer[];
  /** Newer releases, newest first, with the reasons each may not be proposed. */
  screened: readonly { version: string; reasons: PlanReason[]; ageDays?: number }[];
  info: SecurityInfo;
  /** What the co-installability solver chose (the current version when nothing fits). */
  to: string;
  conflict?: string;
}): { bump: PlannedBump } | { held: HeldPin } {
  const { name, pin, info, to } = options;
  const security = { advisories: info.advisories };
  if (to === pin.version) {
    const newest = options.screened[0]?.version ?? pin.version;
    return { held: { name, current: pin.version, newest, ...securityHold(info, name, pin.version, options.screened, options.conflict), security } };
  }
  const bump: PlannedBump = { name, from: pin.version, to, updateType: updateTypeOf(pin.version, to), consumers: options.consumers.length, security };
  const ageDays = options.screened.find((v) => v.version === to)?.ageDays;
  if (ageDays !== undefined) bump.releaseAgeDays = ageDays;
  return { bump };
}

/** Security moves first, in both lists: they are why a daily run exists. */
export function securityFirst<T extends { security?: unknown }>(items: readonly T[]): T[] {
  return [...items.filter((i) => i.security !== undefined), ...items.filter((i) => i.security === undefined)];
}
