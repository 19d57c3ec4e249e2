// One comment per pull request, found by a hidden marker across all pages, created once and then edited.
import type { GitHubClient } from './client.js';

export const STICKY_MARKER = '<!-- monopin:sticky-comment -->';

export interface StickyTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface StickyResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  url?: string;
}

export async function findStickyComment(github: GitHubClient, target: StickyTarget): Promise<{ id: number; body: string; url: string } | undefined> {
  // The first page holds only 30 comments; a busy PR hides the old comment further down.
  const iterator = github.paginate.iterator(github.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 });
  for await (const page of iterator) {
    const found = page.data.find((c) => c.body?.includes(STICKY_MARKER));
    if (found) return { id: found.id, body: found.body ?? '', url: found.html_url };
  }
  return undefined;
}

/**
 * @param createIfMissing false when there is nothing worth a new comment (nothing introduced, nothing fixed)
 */
export async function upsertStickyComment(github: GitHubClient, target: StickyTarget, body: string, createIfMissing: boolean): Promise<StickyResult> {
  const full = `${STICKY_MARKER}\n${body}`;
  const existing = await findStickyComment(github, target);
  if (existing) {
    if (existing.body === full) return { action: 'unchanged', url: existing.url };
    const { data } = await github.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body: full });
    return { action: 'updated', url: data.html_url };
  }
  if (!createIfMissing) return { action: 'skipped' };
  const { data } = await github.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body: full });
  return { action: 'created', url: data.html_url };
}
