// Writes the sticky PR comment for a report; a read-only token (fork PRs) is a warning, not a failure.
import { describeApiError, httpStatusOf, type GitHubClient } from '../github/client.js';
import { STICKY_MARKER, upsertStickyComment } from '../github/sticky-comment.js';
import { renderBriefComment } from '../report/brief-comment.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Report } from '../report/types.js';
import type { EventInfo } from './event.js';
import type { Runner } from './runner.js';

// GitHub caps a comment at 65,536 characters; leave room for the marker.
const COMMENT_LIMIT = 65_536 - STICKY_MARKER.length - 64;

export async function postPullRequestComment(options: { github?: GitHubClient; runner: Runner; event: EventInfo; report: Report; issueNumber: number; summaryUrl: string; sizeSection?: string }): Promise<void> {
  const { github, runner, event, report } = options;
  if (!github) {
    runner.warning('no github-token: the pull request comment is skipped; the report is in the job summary');
    return;
  }
  // An estimated size change is worth a comment too, even when no finding changed.
  const sizeSection = options.sizeSection?.trim() ? options.sizeSection : undefined;
  const changed = (report.diff?.introduced.length ?? 0) + (report.diff?.fixed.length ?? 0) > 0 || sizeSection !== undefined;
  const body = changed ? renderMarkdown(report, { maxLength: COMMENT_LIMIT, summaryUrl: options.summaryUrl, ...(sizeSection !== undefined && { sizeSection }) }) : renderBriefComment(report, options.summaryUrl);
  try {
    const result = await upsertStickyComment(github, { owner: event.owner, repo: event.repo, issueNumber: options.issueNumber }, body, changed);
    runner.info(result.action === 'skipped' ? 'nothing introduced or fixed: no comment needed' : `comment ${result.action}: ${result.url}`);
    if (result.url) runner.setOutput('comment-url', result.url);
  } catch (error) {
    // A fork's token is read-only: the report stands in the summary and annotations, the job goes on.
    if (httpStatusOf(error) === 403) {
      const fork = event.pullRequest?.fromFork ? ' (pull request from a fork: the token is read-only)' : '';
      runner.warning(`cannot write the pull request comment${fork}; the report is in the job summary. ${describeApiError(error, 'writing the comment')}`);
      return;
    }
    throw new Error(describeApiError(error, 'writing the pull request comment'));
  }
}
