// Severity per rule: config.rules overrides the default in checks/rules.ts, or turns a rule off.
import type { Config } from '../config.js';
import type { RuleId, Severity } from '../model.js';
import { defaultSeverity } from './rules.js';

export function severityOf(rule: RuleId, config: Pick<Config, 'rules'>): Severity | 'off' {
  return config.rules[rule] ?? defaultSeverity(rule);
}
