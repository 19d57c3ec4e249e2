// Runs every rule over a workspace: findings with severities, in a stable order.
import type { Config } from '../config.js';
import type { Finding } from '../model.js';
import type { Workspace } from '../model/types.js';
import { checkConflicts } from './conflict.js';
import { checkDuplicateConstraints, checkInvalidConstraints, checkUnusedConstraints } from './constraints-file.js';
import { checkInlinePins } from './inline-pin-mismatch.js';
import { checkMissingConstraintsFlag } from './missing-constraints-flag.js';
import { checkModelIssues } from './model-issues.js';
import { checkNoConstraints } from './no-constraints.js';
import { SEVERITY_RANK } from './rules.js';
import { severityOf } from './severity.js';
import { checkSourceIssues } from './source-issues.js';
import type { Rule } from './types.js';
import { checkUnconstrained } from './unconstrained.js';

const RULES: Rule[] = [
  checkSourceIssues,
  checkModelIssues,
  checkConflicts,
  checkInlinePins,
  checkUnconstrained,
  checkMissingConstraintsFlag,
  checkDuplicateConstraints,
  checkUnusedConstraints,
  checkInvalidConstraints,
  checkNoConstraints,
];

export function runChecks(workspace: Workspace, config: Config): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    for (const draft of rule(workspace, config)) {
      const severity = severityOf(draft.rule, config);
      if (severity !== 'off') findings.push({ ...draft, severity });
    }
  }
  return findings.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.location.file.localeCompare(b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      a.rule.localeCompare(b.rule),
  );
}
