// The one bump PR: its branch is rebuilt on the default branch, then the PR is found by
// head + base and updated, or created. Re-runs never open a second one.
import { SUPERSEDED_MARKER } from '../bump/github-contract.js';
import { httpStatusOf, type GitHubClient } from './client.js';
import { commitFiles } from './git-data.js';

export const DEFAULT_BUMP_BRANCH = 'monopin/constraints';
export const NOTHING_TO_BUMP = 'Closing: nothing to bump any more. Every pin this PR proposed is either current on the base branch or no longer proposed.';

export interface UpsertBumpPrOptions {
  owner: string;
  repo: string;
  baseBranch: string;
  /** Default `monopin/constraints`. */
  branch?: string;
  title: string;
  body: string;
  labels: string[];
  /** Empty (or identical to the base) means nothing to bump: an open PR gets closed. */
  files: { path: string; content: string }[];
  /** Commit message; default the title. */
  message?: string;
}

export interface UpsertBumpPrResult {
  /** Absent when there was nothing to bump and no PR to close. */
  number?: number;
  url?: string;
  action: 'created' | 'updated' | 'unchanged' | 'closed' | 'skipped';
  commitSha?: string;
}

interface OpenPr {
  number: number;
  url: string;
  title: string;
  body: string;
  labels: string[];
}

export async function findOpenBumpPr(github: GitHubClient, target: { owner: string; repo: string; baseBranch: string; branch: string }): Promise<OpenPr | undefined> {
  const { owner, repo } = target;
  const iterator = github.paginate.iterator(github.rest.pulls.list, { owner, repo, head: `${owner}:${target.branch}`, base: target.baseBranch, state: 'open', per_page: 100 });
  for await (const page of iterator) {
    const pr = page.data[0];
    if (pr) return { number: pr.number, url: pr.html_url, title: pr.title, body: pr.body ?? '', labels: pr.labels.map((l) => l.name ?? '') };
  }
  return undefined;
}

async function addMissingLabels(github: GitHubClient, target: { owner: string; repo: string }, number: number, have: string[], want: string[]): Promise<void> {
  const present = new Set(have.map((l) => l.toLowerCase()));
  const missing = [...new Set(want.filter((l) => l.trim() !== '' && !present.has(l.toLowerCase())))];
  // GitHub creates labels that do not exist yet.
  if (missing.length > 0) await github.rest.issues.addLabels({ owner: target.owner, repo: target.repo, issue_number: number, labels: missing });
}

async function closeAsSuperseded(github: GitHubClient, target: { owner: string; repo: string }, pr: OpenPr): Promise<void> {
  await github.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: pr.number, body: NOTHING_TO_BUMP });
  // The marker tells the next run that this close was ours, not a maintainer rejecting the versions.
  const body = pr.body.includes(SUPERSEDED_MARKER) ? pr.body : `${SUPERSEDED_MARKER}\n${pr.body}`;
  await github.rest.pulls.update({ owner: target.owner, repo: target.repo, pull_number: pr.number, state: 'closed', body });
}

export async function upsertBumpPr(github: GitHubClient, options: UpsertBumpPrOptions): Promise<UpsertBumpPrResult> {
  const { owner, repo, baseBranch } = options;
  const branch = options.branch ?? DEFAULT_BUMP_BRANCH;
  const target = { owner, repo, baseBranch, branch };
  const commit = await commitFiles(github, { owner, repo, baseBranch, branch, message: options.message ?? options.title, files: options.files });
  const existing = await findOpenBumpPr(github, target);

  if (commit.sameAsBase) {
    if (!existing) return { action: 'skipped' };
    await closeAsSuperseded(github, target, existing);
    return { number: existing.number, url: existing.url, action: 'closed' };
  }

  if (existing) {
    const changed = existing.title !== options.title || existing.body !== options.body;
    if (changed) await github.rest.pulls.update({ owner, repo, pull_number: existing.number, title: options.title, body: options.body });
    await addMissingLabels(github, target, existing.number, existing.labels, options.labels);
    return { number: existing.number, url: existing.url, action: changed || commit.created ? 'updated' : 'unchanged', commitSha: commit.commitSha };
  }

  let created: { number: number; html_url: string };
  try {
    ({ data: created } = await github.rest.pulls.create({ owner, repo, head: branch, base: baseBranch, title: options.title, body: options.body, maintainer_can_modify: true }));
  } catch (error) {
    // Another run opened it between our lookup and create: update that one instead.
    if (httpStatusOf(error) !== 422) throw error;
    const raced = await findOpenBumpPr(github, target);
    if (!raced) throw error;
    await github.rest.pulls.update({ owner, repo, pull_number: raced.number, title: options.title, body: options.body });
    await addMissingLabels(github, target, raced.number, raced.labels, options.labels);
    return { number: raced.number, url: raced.url, action: 'updated', commitSha: commit.commitSha };
  }
  await addMissingLabels(github, target, created.number, [], options.labels);
  return { number: created.number, url: created.html_url, action: 'created', commitSha: commit.commitSha };
}
