// What maintainers told monopin through its bump PRs (closed unmerged, unchecked lines,
// `/monopin` comments), read from GitHub every run: the bot keeps no state of its own.
import {
  parseCommands,
  readProposal,
  rejectionsFrom,
  SUPERSEDED_MARKER,
  type CarriedRejection,
  type CommandComment,
  type HandledComment,
  type IgnoreRule,
} from '../bump/github-contract.js';
import { httpStatusOf, type GitHubClient } from './client.js';

export interface MaintainerStateOptions {
  owner: string;
  repo: string;
  /** The bump branch, without `refs/heads/`. */
  branch: string;
  /** Login whose reactions count as ours besides any bot's (e.g. a GitHub App's `name[bot]`). */
  selfLogin?: string;
}

export interface HandledCommand extends HandledComment {
  issueNumber: number;
  /** One of our reactions is already on the comment: an earlier run handled it. */
  acknowledged: boolean;
}

export interface MaintainerState {
  openPr?: { number: number; body: string; url: string };
  /** Rejections and ignores, for the planner's policy. */
  rules: IgnoreRule[];
  /** A writer asked for `/monopin recreate` since the last run: regenerate the PR from scratch. */
  recreate: boolean;
  handled: HandledCommand[];
  /** Rejections that live only in the open PR (unchecked lines, carried ones): pass them to the next body. */
  carry: CarriedRejection[];
}

const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);
const COMMAND_HINT = /^\s*\/monopin\b/im;
const ACK_CONTENTS = new Set(['+1', 'confused']);

interface BumpPr {
  number: number;
  body: string;
  url: string;
  state: 'open' | 'closed';
  merged: boolean;
  closedAt: string | null;
}

async function listBumpPrs(github: GitHubClient, options: MaintainerStateOptions): Promise<BumpPr[]> {
  const { owner, repo, branch } = options;
  const prs: BumpPr[] = [];
  const iterator = github.paginate.iterator(github.rest.pulls.list, { owner, repo, head: `${owner}:${branch}`, state: 'all', per_page: 100 });
  for await (const page of iterator) {
    for (const pr of page.data) {
      prs.push({
        number: pr.number,
        body: pr.body ?? '',
        url: pr.html_url,
        state: pr.state === 'open' ? 'open' : 'closed',
        merged: pr.merged_at !== null && pr.merged_at !== undefined,
        closedAt: pr.closed_at,
      });
    }
  }
  prs.sort((a, b) => a.number - b.number);
  // A closed PR reads as a maintainer's rejection of every version in it; confirm it was not merged
  // before believing that (the list's merged_at is the only hint, and the cost is one read per such PR).
  for (const pr of prs) {
    if (pr.state !== 'closed' || pr.merged || pr.body.includes(SUPERSEDED_MARKER)) continue;
    if (Object.keys(readProposal(pr.body)?.pins ?? {}).length === 0) continue;
    const { data } = await github.rest.pulls.get({ owner, repo, pull_number: pr.number });
    pr.merged = data.merged;
  }
  return prs;
}

async function listCommandComments(github: GitHubClient, owner: string, repo: string, issueNumber: number): Promise<(CommandComment & { issueNumber: number })[]> {
  const comments: (CommandComment & { issueNumber: number })[] = [];
  const iterator = github.paginate.iterator(github.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
  for await (const page of iterator) {
    for (const c of page.data) {
      if (!c.body || !COMMAND_HINT.test(c.body) || !c.user) continue;
      comments.push({ body: c.body, author: c.user.login, id: c.id, createdAt: c.created_at, issueNumber });
    }
  }
  return comments;
}

/** Whether `login` may command the bot: admin, maintain or write on the repository. */
export async function hasWriteAccess(github: GitHubClient, owner: string, repo: string, login: string): Promise<boolean> {
  try {
    const { data } = await github.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: login });
    return WRITE_ROLES.has(data.permission) || (data.role_name !== undefined && WRITE_ROLES.has(data.role_name));
  } catch (error) {
    if (httpStatusOf(error) === 404) return false;
    throw error;
  }
}

async function isAcknowledged(github: GitHubClient, owner: string, repo: string, commentId: number, selfLogin: string | undefined): Promise<boolean> {
  const iterator = github.paginate.iterator(github.rest.reactions.listForIssueComment, { owner, repo, comment_id: commentId, per_page: 100 });
  for await (const page of iterator) {
    for (const reaction of page.data) {
      const user = reaction.user;
      if (!user || !ACK_CONTENTS.has(reaction.content)) continue;
      if (user.type === 'Bot' || (selfLogin !== undefined && user.login.toLowerCase() === selfLogin.toLowerCase())) return true;
    }
  }
  return false;
}

export async function readMaintainerState(github: GitHubClient, options: MaintainerStateOptions): Promise<MaintainerState> {
  const { owner, repo } = options;
  const prs = await listBumpPrs(github, options);
  const open = prs.filter((pr) => pr.state === 'open').sort((a, b) => b.number - a.number)[0];

  const comments: (CommandComment & { issueNumber: number })[] = [];
  for (const pr of prs) comments.push(...(await listCommandComments(github, owner, repo, pr.number)));
  const canWrite = new Map<string, boolean>();
  for (const login of new Set(comments.map((c) => c.author.toLowerCase()))) {
    canWrite.set(login, await hasWriteAccess(github, owner, repo, login));
  }
  const parsed = parseCommands(comments, (login) => canWrite.get(login.toLowerCase()) ?? false);

  const issueOf = new Map(comments.map((c) => [c.id, c.issueNumber]));
  const handled: HandledCommand[] = [];
  for (const h of parsed.handled) {
    handled.push({ ...h, issueNumber: issueOf.get(h.id) ?? 0, acknowledged: await isAcknowledged(github, owner, repo, h.id, options.selfLogin) });
  }
  // A recreate is done once; its reaction says so.
  const recreate = handled.some((h) => h.ok && !h.acknowledged && h.commands.includes('recreate'));

  const rejections: { rule: IgnoreRule; pr: BumpPr }[] = [];
  const seen = new Set<string>();
  for (const pr of prs) {
    for (const rule of rejectionsFrom([pr])) {
      const key = `${rule.name}==${rule.version ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // Recreate starts the PR over: its unchecked boxes are reset, not remembered.
      if (recreate && pr === open && rule.source.startsWith('unchecked in')) continue;
      rejections.push({ rule, pr });
    }
  }
  // `/monopin unignore` also forgets rejections made before it: those of PRs closed earlier, and (once,
  // when it is new) those of the open PR, whose next body then no longer carries them.
  const fresh = new Set(handled.filter((h) => !h.acknowledged).map((h) => h.id));
  const forgets = (rule: IgnoreRule, pr: BumpPr): boolean =>
    parsed.unignores.some((u) => u.name === rule.name && (pr.state === 'open' ? fresh.has(u.id) : pr.closedAt !== null && pr.closedAt <= u.createdAt));
  const kept = rejections.filter(({ rule, pr }) => !forgets(rule, pr));

  const carry: CarriedRejection[] = kept
    .filter(({ pr, rule }) => pr === open && rule.version !== undefined)
    .map(({ rule }) => ({ name: rule.name, version: rule.version ?? '', source: rule.source }));

  return {
    ...(open ? { openPr: { number: open.number, body: open.body, url: open.url } } : {}),
    rules: [...kept.map((k) => k.rule), ...parsed.rules],
    recreate,
    handled,
    carry,
  };
}

/** Reacts 👍 (applied) or 😕 (not applied) once on each handled command comment. Returns how many reactions it added. */
export async function acknowledge(github: GitHubClient, target: { owner: string; repo: string }, handled: HandledCommand[]): Promise<number> {
  let added = 0;
  for (const h of handled) {
    if (h.acknowledged) continue;
    await github.rest.reactions.createForIssueComment({ owner: target.owner, repo: target.repo, comment_id: h.id, content: h.ok ? '+1' : 'confused' });
    h.acknowledged = true;
    added += 1;
  }
  return added;
}
