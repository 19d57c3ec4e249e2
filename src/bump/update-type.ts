// What kind of update a version change is, for allow-lists and ignore rules.
import { explain } from '@renovatebot/pep440';
import type { UpdateType } from './types.js';

/**
 * By the first differing release segment (zero-padded): 1st → major, 2nd → minor, any later →
 * patch. Plain segments, no 0.x special case. Same release segments with a different pre/dev
 * part (`2.0rc1` → `2.0rc2`, `2.0rc2` → `2.0`) → pre. Anything else (epoch, post, local, an
 * unparsable version) → other.
 */
export function updateTypeOf(from: string, to: string): UpdateType {
  const a = explain(from);
  const b = explain(to);
  if (!a || !b || a.epoch !== b.epoch) return 'other';
  const length = Math.max(a.release.length, b.release.length);
  for (let i = 0; i < length; i++) {
    if ((a.release[i] ?? 0) !== (b.release[i] ?? 0)) return i === 0 ? 'major' : i === 1 ? 'minor' : 'patch';
  }
  if (a.is_prerelease || b.is_prerelease) {
    if (String(a.pre) !== String(b.pre) || String(a.dev) !== String(b.dev)) return 'pre';
  }
  return 'other';
}

/** PEP 440 pre-release, dev releases included (what pip leaves out unless asked). */
export function isPrerelease(version: string): boolean {
  return explain(version)?.is_prerelease ?? false;
}
