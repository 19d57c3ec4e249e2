// Whether findings fail the check at the configured level.
import type { FailOn } from '../config.js';
import type { Finding } from '../model.js';

export function fails(findings: Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'));
}
