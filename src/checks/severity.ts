// Default severity per rule; config.rules overrides or turns a rule off.
import type { Config } from '../config.js';
import type { RuleId, Severity } from '../model.js';

export const DEFAULT_SEVERITY: Record<RuleId, Severity> = {
  conflict: 'error',
  'inline-pin-mismatch': 'error',
  unconstrained: 'warning',
  'missing-constraints-flag': 'warning',
  'duplicate-constraint': 'warning',
  'unused-constraint': 'note',
  'parse-error': 'error',
  'include-error': 'error',
  'shell-redirect-in-specifier': 'error',
  'invalid-constraint': 'error',
};

export function severityOf(rule: RuleId, config: Pick<Config, 'rules'>): Severity | 'off' {
  return config.rules[rule] ?? DEFAULT_SEVERITY[rule];
}
