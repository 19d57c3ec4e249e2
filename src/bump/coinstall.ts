// Co-installability of the chosen pins: every pinned package's own Requires-Dist must accept the
// version chosen for every other pinned package. A greedy repair toward a fixpoint, not a resolver:
// see the notes at the top of plan.ts.
import { valid } from '@renovatebot/pep440';
import { acceptsPin } from '../checks/pins.js';
import { markerMayHold, type MarkerEnvironment } from '../pep/marker.js';
import { normalizeName } from '../pep/name.js';
import { parseRequirement } from '../pep/requirement.js';
import type { CoreMetadata } from './types.js';

export type MetadataLookup = (name: string, version: string) => CoreMetadata | undefined | 'missing';

export interface CoinstallPackage {
  /** normalized */
  name: string;
  current: string;
  /** Versions it may move to, best first; the current version is not among them. */
  candidates: string[];
}

export interface Dependency {
  /** normalized name of the pinned package depended on */
  name: string;
  specifier: string;
}

export interface CoinstallResult {
  /** The chosen version of every package (its current version when it stays). */
  chosen: Map<string, string>;
  /** For packages chosen below their best candidate: why the best one does not fit. */
  conflicts: Map<string, string>;
  /** `name version` pairs, among the chosen, whose metadata the index does not have. */
  missing: Set<string>;
  /** Metadata the solver wanted but was not given; the result is provisional until this is empty. */
  needs: { name: string; version: string }[];
}

export interface CoinstallInput {
  packages: CoinstallPackage[];
  metadata: MetadataLookup;
  environment: MarkerEnvironment;
}

export function solveCoinstall(input: CoinstallInput): CoinstallResult {
  const packages = [...input.packages].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const byName = new Map(packages.map((p) => [p.name, p]));
  const options = new Map(packages.map((p) => [p.name, [...p.candidates, p.current]]));
  const idx = new Map(packages.map((p) => [p.name, 0]));
  const needs = new Map<string, { name: string; version: string }>();
  const missing = new Set<string>();
  const env: MarkerEnvironment = { ...input.environment, extra: '' };
  const depCache = new Map<string, Dependency[]>();

  const deps = (name: string, version: string): Dependency[] => {
    const key = `${name} ${version}`;
    let cached = depCache.get(key);
    if (cached) return cached;
    const meta = input.metadata(name, version);
    if (meta === undefined) {
      // optimistic until the caller fetches it; not cached, the next call may know it
      needs.set(key, { name, version });
      return [];
    }
    if (meta === 'missing') missing.add(key);
    cached = meta === 'missing' ? [] : pinnedDependencies(meta.requiresDist, name, env, byName);
    depCache.set(key, cached);
    return cached;
  };
  const versionOf = (name: string): string => options.get(name)![idx.get(name)!]!;
  const atCurrent = (name: string): boolean => idx.get(name) === options.get(name)!.length - 1;
  // A conflict between two current pins was there before us: not ours to fix, and not a reason to hold anything.
  const tolerated = (a: string, b: string): boolean => atCurrent(a) && atCurrent(b);

  // Every name has at least the current version, so asking for the metadata of every starting point up front
  // batches the first round of fetches.
  for (const p of packages) {
    deps(p.name, p.current);
    if (p.candidates.length > 0) deps(p.name, p.candidates[0]!);
  }

  const findViolation = (): { a: string; b: string; dep: Dependency } | undefined => {
    for (const p of packages) {
      for (const dep of deps(p.name, versionOf(p.name))) {
        if (tolerated(p.name, dep.name)) continue;
        if (!depAccepts(dep.specifier, versionOf(dep.name))) return { a: p.name, b: dep.name, dep };
      }
    }
    return undefined;
  };

  // Every step moves one package strictly toward its current version, so this many steps always suffice.
  let budget = packages.reduce((n, p) => n + p.candidates.length, 0) + 1;
  for (let v = findViolation(); v !== undefined; v = findViolation()) {
    if (budget-- <= 0) {
      for (const p of packages) idx.set(p.name, options.get(p.name)!.length - 1);
      break;
    }
    const { a, b, dep } = v;
    const bOptions = options.get(b)!;
    // First move the required package to an older version that fits ("bump that one too if a version fits")...
    const fit = bOptions.findIndex((version, i) => i > idx.get(b)! && depAccepts(dep.specifier, version));
    if (fit !== -1) idx.set(b, fit);
    // ...else hold the requiring package back one step...
    else if (!atCurrent(a)) idx.set(a, idx.get(a)! + 1);
    // ...else both stay where they are now.
    else idx.set(b, bOptions.length - 1);
  }

  // Moving one package down can leave another held lower than it needs to be: lift each as far as it fits.
  const fitsAt = (name: string, version: string): boolean => conflictsAt(name, version, true).length === 0;
  // Held back: chosen below its best candidate, so a conflict with it may be a consequence, not a cause.
  const heldBack = (name: string): boolean => idx.get(name)! > 0 && byName.get(name)!.candidates.length > 0;
  const conflictsAt = (name: string, version: string, stopAtFirst: boolean): { text: string; withHeldBack: boolean }[] => {
    const out: { text: string; withHeldBack: boolean }[] = [];
    const isCurrent = version === byName.get(name)!.current;
    for (const dep of deps(name, version)) {
      if (isCurrent && atCurrent(dep.name)) continue;
      const other = versionOf(dep.name);
      if (!depAccepts(dep.specifier, other)) {
        const text = `${name} ${version} requires ${dep.name}${dep.specifier}, but ${dep.name} ${atCurrent(dep.name) ? 'stays at' : 'is planned at'} ${other}`;
        out.push({ text, withHeldBack: heldBack(dep.name) });
        if (stopAtFirst) return out;
      }
    }
    for (const p of packages) {
      if (p.name === name || (isCurrent && atCurrent(p.name))) continue;
      for (const dep of deps(p.name, versionOf(p.name))) {
        if (dep.name === name && !depAccepts(dep.specifier, version)) {
          out.push({ text: `${p.name} ${versionOf(p.name)} requires ${name}${dep.specifier}`, withHeldBack: heldBack(p.name) });
          if (stopAtFirst) return out;
        }
      }
    }
    return out;
  };
  for (let changed = true, rounds = 0; changed && rounds < packages.length + 1; rounds++) {
    changed = false;
    for (const p of packages) {
      const list = options.get(p.name)!;
      const up = list.findIndex((version, i) => i < idx.get(p.name)! && fitsAt(p.name, version));
      if (up !== -1) {
        idx.set(p.name, up);
        changed = true;
      }
    }
  }

  const chosen = new Map(packages.map((p) => [p.name, versionOf(p.name)]));
  const conflicts = new Map<string, string>();
  for (const p of packages) {
    if (idx.get(p.name)! > 0 && p.candidates.length > 0) {
      const best = p.candidates[0]!;
      const found = conflictsAt(p.name, best, false);
      const causes = found.some((c) => !c.withHeldBack) ? found.filter((c) => !c.withHeldBack) : found;
      conflicts.set(p.name, causes.length > 0 ? causes.map((c) => c.text).join(' and ') : 'with the other pins');
    }
  }
  const chosenMissing = new Set([...missing].filter((key) => chosen.get(key.split(' ')[0]!) === key.split(' ')[1]));
  return { chosen, conflicts, missing: chosenMissing, needs: [...needs.values()] };
}

/** Requires-Dist entries on other pinned packages that apply in `env` (with `extra` = ''). */
export function pinnedDependencies(
  requiresDist: string[],
  self: string,
  env: MarkerEnvironment,
  pinned: ReadonlyMap<string, unknown>,
): Dependency[] {
  const out: Dependency[] = [];
  for (const line of requiresDist) {
    let req;
    try {
      req = parseRequirement(line);
    } catch {
      continue; // pip would refuse the release too; its own install would tell. Not ours to guess.
    }
    if (req.name === normalizeName(self) || !pinned.has(req.name) || req.url !== undefined) continue;
    if (req.marker !== undefined && !markerMayHold(req.marker, env)) continue;
    out.push({ name: req.name, specifier: req.specifier });
  }
  return out;
}

// A marker we cannot evaluate (a variable missing from the environment) counts: better a false hold than a broken install.

function depAccepts(specifier: string, version: string): boolean {
  if (specifier === '' || valid(version) === null) return true;
  return acceptsPin(specifier, `==${version}`);
}
