// PEP 440 version equality: `1.0` is `1.0.0`; versions that are not PEP 440 compare as text.
// The order itself (BigInt numbers, as packaging) lives in pep440.ts.
import { compareVersionStrings } from './pep440.js';

export function sameVersion(a: string, b: string): boolean {
  if (a === b) return true;
  return compareVersionStrings(a, b) === 0;
}
