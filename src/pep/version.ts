// PEP 440 version equality: `1.0` is `1.0.0`; versions that are not PEP 440 compare as text.
import { eq, valid } from '@renovatebot/pep440';

export function sameVersion(a: string, b: string): boolean {
  if (a === b) return true;
  return valid(a) !== null && valid(b) !== null && eq(a, b);
}
