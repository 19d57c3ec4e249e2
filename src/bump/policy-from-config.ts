// Config + maintainers' rules → the planner's policy.
import type { BumpConfig } from '../config.js';
import { normalizeName } from '../pep/name.js';
import type { IgnoreRule, PolicyOptions } from './types.js';

export function configIgnoreRules(bump: BumpConfig): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const r of bump.ignore) {
    const name = normalizeName(r.name);
    const source = 'ignore-updates in .github/monopin.yml';
    if (!r.versions && !r.updateTypes) rules.push({ name, source });
    for (const version of r.versions ?? []) rules.push({ name, version, source });
    if (r.updateTypes) rules.push({ name, updateTypes: r.updateTypes, source });
  }
  return rules;
}

export function policyFrom(bump: BumpConfig, options: { now: Date; pythonVersion: string; extraRules?: IgnoreRule[] }): PolicyOptions {
  const allowed = Object.fromEntries(Object.entries(bump.updateTypes).map(([name, types]) => [name === '*' ? '*' : normalizeName(name), types]));
  return {
    now: options.now,
    minReleaseAgeDays: bump.minReleaseAgeDays,
    pythonVersion: options.pythonVersion,
    allowedUpdateTypes: allowed,
    ignore: [...configIgnoreRules(bump), ...(options.extraRules ?? [])],
  };
}
