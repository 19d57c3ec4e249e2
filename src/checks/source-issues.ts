// parse-error, include-error, shell-redirect-in-specifier: what the parsers met, as findings.
import { firstConsumer } from './consumers.js';
import type { Rule } from './types.js';

export const checkSourceIssues: Rule = (ws) =>
  ws.issues.map((issue) => ({
    rule: issue.rule,
    package: issue.package,
    location: issue.location,
    service: firstConsumer(ws, issue.location.file),
    message: issue.message,
  }));
