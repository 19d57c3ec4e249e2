// parse-error, include-error, shell-redirect-in-specifier: what the parsers met, as findings.
import type { Rule } from './types.js';

export const checkSourceIssues: Rule = (ws) =>
  ws.issues.map((issue) => ({
    rule: issue.rule,
    package: issue.package,
    location: issue.location,
    service: ws.fileService.get(issue.location.file),
    message: issue.message,
  }));
