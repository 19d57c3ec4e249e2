// Which releases the maintainers allow: cooldown, ignore rules and rejections, allowed update
// types, pre-releases, the target Python. Pure; `now` comes in with the options.
import { explain } from '@renovatebot/pep440';
import { isValidSpecifierSet, specifierContains } from '../pep/specifier.js';
import { sameVersion } from '../pep/version.js';
import { normalizeName } from '../pep/name.js';
import { reason, releasedAgo } from './reasons.js';
import type { IgnoreRule, PlanReason, PolicyOptions, Release, UpdateType } from './types.js';
import { isPrerelease, updateTypeOf } from './update-type.js';
import { plural } from '../report/text.js';

const DAY_MS = 86_400_000;

/** Whole days since `uploadTime`; undefined when unknown or unparsable. */
export function releaseAgeDays(uploadTime: string | undefined, now: Date): number | undefined {
  if (uploadTime === undefined) return undefined;
  const t = Date.parse(uploadTime);
  if (Number.isNaN(t)) return undefined;
  return Math.floor((now.getTime() - t) / DAY_MS);
}

/**
 * Does `requiresPython` admit the target? The target is read as pip reads `python_full_version`:
 * "3.12" is 3.12.0, so `>=3.9` admits it and `!=3.12.*` does not. A specifier that does not parse
 * admits everything, as pip ignores an invalid Requires-Python.
 */
export function pythonAccepts(requiresPython: string | undefined, pythonVersion: string): boolean {
  const spec = requiresPython?.replace(/\s+/g, '') ?? '';
  if (spec === '' || !isValidSpecifierSet(spec)) return true;
  return specifierContains(spec, fullPythonVersion(pythonVersion));
}

export function fullPythonVersion(pythonVersion: string): string {
  const parts = pythonVersion.trim().split('.');
  while (parts.length < 3) parts.push('0');
  return parts.join('.');
}

/** The first rule that ignores `name` `from` → `to`: the whole package, this version, or its update type. */
export function matchingIgnoreRule(rules: IgnoreRule[], name: string, from: string, to: string): IgnoreRule | undefined {
  const n = normalizeName(name);
  return rules.find((rule) => {
    if (normalizeName(rule.name) !== n) return false;
    if (rule.version !== undefined && !versionMatches(to, rule.version)) return false;
    if (rule.updateTypes !== undefined && !rule.updateTypes.includes(updateTypeOf(from, to))) return false;
    return true;
  });
}

// `2.11.0`, or a specifier (`>=3`, `2.*`) when a maintainer wrote one.
function versionMatches(version: string, ruleVersion: string): boolean {
  const v = ruleVersion.trim();
  if (/^[<>=!~]/.test(v)) return specifierContains(v, version);
  if (v.endsWith('.*')) return specifierContains(`==${v}`, version);
  return sameVersion(version, v);
}

/** Allowed update types for a package: its own entry, else '*', else undefined (all allowed). */
export function allowedUpdateTypes(policy: PolicyOptions, name: string): UpdateType[] | undefined {
  return policy.allowedUpdateTypes[normalizeName(name)] ?? policy.allowedUpdateTypes['*'];
}

export interface Screening {
  /** Why the release may not be proposed; empty when it may. */
  reasons: PlanReason[];
  ageDays?: number;
}

/** A rule from the configuration is policy; one from a closed PR, an unchecked line or a comment is a maintainer's rejection. */
export function isConfigRule(rule: IgnoreRule): boolean {
  return /\.ya?ml\b|\bconfig/i.test(rule.source);
}

/** Release-level checks of one candidate `release` for the pin `name==from` (consumers are checked by the planner). */
export function screenRelease(policy: PolicyOptions, name: string, from: string, release: Release): Screening {
  const reasons: PlanReason[] = [];
  const to = release.version;
  if (release.yanked) reasons.push(reason('yanked', to, `${to} is yanked on the index.`));
  if (!pythonAccepts(release.requiresPython, policy.pythonVersion)) {
    reasons.push(reason('requires-python', to, `${to} requires Python ${release.requiresPython}; the target is ${policy.pythonVersion}.`));
  }
  if (isPrerelease(to) && !isPrerelease(from)) reasons.push(reason('policy', to, `${to} is a pre-release and the pin is not.`));
  const ageDays = releaseAgeDays(release.uploadTime, policy.now);
  if (ageDays !== undefined && ageDays < policy.minReleaseAgeDays) {
    reasons.push(reason('cooldown', to, `${to} was released ${releasedAgo(ageDays)}; the cooldown is ${plural(policy.minReleaseAgeDays, 'day')}.`));
  }
  const rule = matchingIgnoreRule(policy.ignore, name, from, to);
  if (rule) {
    reasons.push(isConfigRule(rule) ? reason('policy', to, `${to} is ignored by ${rule.source}.`) : reason('rejected', to, `${to} was rejected (${rule.source}).`));
  }
  const type = updateTypeOf(from, to);
  const allowed = allowedUpdateTypes(policy, name);
  if (allowed !== undefined && !allowed.includes(type)) {
    reasons.push(reason('policy', to, `${to} is a ${type} update, and ${allowed.length > 0 ? `only ${allowed.join(', ')} updates are` : 'no updates are'} allowed for ${name}.`));
  }
  return ageDays === undefined ? { reasons } : { reasons, ageDays };
}

/** Valid PEP 440, so it can be ordered. */
export function isVersion(version: string): boolean {
  return explain(version) !== null;
}
