// missing-dockerfile, image-tag-collision, invalid-image-tag: what building the model met, as findings.
import { firstConsumer } from './consumers.js';
import type { Rule } from './types.js';

export const checkModelIssues: Rule = (ws) =>
  ws.modelIssues.map((issue) => ({ rule: issue.rule, location: issue.location, service: firstConsumer(ws, issue.location.file), message: issue.message }));
