// The short PR comment for a run where the PR introduces and fixes nothing.
import { plural } from './text.js';
import type { Report } from './types.js';

export function renderBriefComment(report: Report, summaryUrl?: string): string {
  const existing = report.findings.length;
  const where = summaryUrl ? `[job summary](${summaryUrl})` : 'job summary';
  const rest = existing === 0 ? 'The repository has no findings.' : `${plural(existing, 'existing finding')} unchanged — see the ${where}.`;
  return `### ✅ No new conflicts\n\nThis pull request introduces and fixes nothing. ${rest}\n`;
}
