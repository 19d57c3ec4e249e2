// Turns state into the full JSON objects GitHub sends. Every field the response schemas
// require is filled with a realistic value, and API urls point back at the emulator so a
// client that follows `url` fields stays on loopback.
import { getObject } from "./git-objects.js";
import { renderApp, renderRepo, renderUser, type RenderContext } from "./render-accounts.js";

import {
  nodeId,
  type CheckRun,
  type Issue,
  type IssueComment,
  type Label,
  type Reaction,
  type Repo,
} from "./state.js";

export { renderApp, renderAuthenticatedUser, renderRepo, renderUser, repoPermissions, type RenderContext } from "./render-accounts.js";

const WEB = "https://github.com";
type Obj = Record<string, unknown>;

export function renderLabel(ctx: RenderContext, repo: Repo, label: Label): Obj {
  return {
    id: label.id,
    node_id: nodeId("LA", label.id),
    url: `${ctx.api}/repos/${repo.owner}/${repo.name}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false,
  };
}

export function authorAssociation(ctx: RenderContext, repo: Repo, login: string): string {
  if (login.toLowerCase() === repo.owner.toLowerCase()) return "OWNER";
  const permission = repo.permissions.get(login.toLowerCase());
  return permission && permission !== "none" && permission !== "read" ? "COLLABORATOR" : "NONE";
}

function issueLabels(ctx: RenderContext, repo: Repo, issue: Issue): Obj[] {
  return issue.labels.flatMap((name) => {
    const label = repo.labels.get(name.toLowerCase());
    return label ? [renderLabel(ctx, repo, label)] : [];
  });
}

export function renderIssue(ctx: RenderContext, repo: Repo, issue: Issue): Obj {
  const r = `${ctx.api}/repos/${repo.owner}/${repo.name}`;
  const i = `${r}/issues/${issue.number}`;
  const html = `${WEB}/${repo.owner}/${repo.name}/${issue.pull ? "pull" : "issues"}/${issue.number}`;
  const body: Obj = {
    id: issue.id,
    node_id: nodeId(issue.pull ? "PR" : "I", issue.id),
    url: i,
    repository_url: r,
    labels_url: `${i}/labels{/name}`,
    comments_url: `${i}/comments`,
    events_url: `${i}/events`,
    html_url: html,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: renderUser(ctx, issue.user),
    labels: issueLabels(ctx, repo, issue),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: issue.locked,
    active_lock_reason: null,
    comments: ctx.state.commentsOf(repo, issue.number).length,
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_by: null,
    author_association: authorAssociation(ctx, repo, issue.user),
    timeline_url: `${i}/timeline`,
    reactions: rollup(`${i}/reactions`, []),
  };
  if (issue.pull) {
    body.draft = issue.pull.draft;
    body.pull_request = {
      url: `${r}/pulls/${issue.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      merged_at: null,
    };
  }
  return body;
}

export function renderComment(ctx: RenderContext, repo: Repo, comment: IssueComment): Obj {
  const r = `${ctx.api}/repos/${repo.owner}/${repo.name}`;
  const issue = ctx.state.findIssue(repo, comment.issueNumber);
  const kind = issue?.pull ? "pull" : "issues";
  return {
    id: comment.id,
    node_id: nodeId("IC", comment.id),
    url: `${r}/issues/comments/${comment.id}`,
    html_url: `${WEB}/${repo.owner}/${repo.name}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: renderUser(ctx, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: `${r}/issues/${comment.issueNumber}`,
    author_association: authorAssociation(ctx, repo, comment.user),
    performed_via_github_app: null,
    reactions: rollup(`${r}/issues/comments/${comment.id}/reactions`, ctx.state.reactionsOf(comment.id)),
  };
}

function rollup(url: string, reactions: Reaction[]): Obj {
  const count = (content: string): number => reactions.filter((r) => r.content === content).length;
  return {
    url,
    total_count: reactions.length,
    "+1": count("+1"),
    "-1": count("-1"),
    laugh: count("laugh"),
    confused: count("confused"),
    heart: count("heart"),
    hooray: count("hooray"),
    eyes: count("eyes"),
    rocket: count("rocket"),
  };
}

export function renderReaction(ctx: RenderContext, reaction: Reaction): Obj {
  return {
    id: reaction.id,
    node_id: nodeId("REA", reaction.id),
    user: renderUser(ctx, reaction.user),
    content: reaction.content,
    created_at: reaction.createdAt,
  };
}

export function renderPull(ctx: RenderContext, repo: Repo, issue: Issue): Obj {
  const pull = issue.pull;
  if (!pull) throw new Error(`issue #${issue.number} is not a pull request`);
  const r = `${ctx.api}/repos/${repo.owner}/${repo.name}`;
  const p = `${r}/pulls/${issue.number}`;
  const html = `${WEB}/${repo.owner}/${repo.name}/pull/${issue.number}`;
  const [headOwner = repo.owner, headName = repo.name] = pull.head.repo.split("/");
  const headRepo = ctx.state.findRepo(headOwner, headName) ?? repo;
  const link = (href: string): Obj => ({ href });
  return {
    url: p,
    id: issue.id,
    node_id: nodeId("PR", issue.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${r}/issues/${issue.number}`,
    commits_url: `${p}/commits`,
    review_comments_url: `${p}/comments`,
    review_comment_url: `${r}/pulls/comments{/number}`,
    comments_url: `${r}/issues/${issue.number}/comments`,
    statuses_url: `${r}/statuses/${pull.head.sha}`,
    number: issue.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: renderUser(ctx, issue.user),
    body: issue.body,
    // The description's pull-request label schema says string (GitHub sends null); send what it promises.
    labels: issueLabels(ctx, repo, issue).map((l) => ({ ...l, description: l.description ?? "" })),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: {
      label: pull.head.label,
      ref: pull.head.ref,
      sha: pull.head.sha,
      user: renderUser(ctx, headRepo.owner),
      repo: renderRepo(ctx, headRepo),
    },
    base: {
      label: `${repo.owner}:${pull.base.ref}`,
      ref: pull.base.ref,
      sha: pull.base.sha,
      user: renderUser(ctx, repo.owner),
      repo: renderRepo(ctx, repo),
    },
    _links: {
      self: link(p),
      html: link(html),
      issue: link(`${r}/issues/${issue.number}`),
      comments: link(`${r}/issues/${issue.number}/comments`),
      review_comments: link(`${p}/comments`),
      review_comment: link(`${r}/pulls/comments{/number}`),
      commits: link(`${p}/commits`),
      statuses: link(`${r}/statuses/${pull.head.sha}`),
    },
    author_association: authorAssociation(ctx, repo, issue.user),
    auto_merge: null,
    draft: pull.draft,
  };
}

/** The single-PR shape (pulls/get, create, update) adds merge state and counts to the list shape. */
export function renderPullFull(ctx: RenderContext, repo: Repo, issue: Issue): Obj {
  return {
    ...renderPull(ctx, repo, issue),
    merged: issue.pull?.merged ?? false,
    mergeable: issue.state === "open" ? true : null,
    rebaseable: issue.state === "open" ? true : null,
    mergeable_state: issue.state === "open" ? "clean" : "unknown",
    merged_by: null,
    comments: ctx.state.commentsOf(repo, issue.number).length,
    review_comments: 0,
    maintainer_can_modify: issue.pull?.maintainerCanModify ?? false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}

export function renderCheckRun(ctx: RenderContext, repo: Repo, run: CheckRun): Obj {
  const r = `${ctx.api}/repos/${repo.owner}/${repo.name}`;
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: nodeId("CR", run.id),
    external_id: run.externalId ?? "",
    url: `${r}/check-runs/${run.id}`,
    html_url: `${WEB}/${repo.owner}/${repo.name}/runs/${run.id}`,
    details_url: run.detailsUrl ?? `${WEB}/${repo.owner}/${repo.name}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${r}/check-runs/${run.id}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.checkSuiteId },
    app: renderApp(),
    pull_requests: [],
  };
}

export function renderRef(ctx: RenderContext, repo: Repo, ref: string, sha: string): Obj {
  const r = `${ctx.api}/repos/${repo.owner}/${repo.name}`;
  return {
    ref,
    node_id: nodeId("REF", `${repo.id}:${ref}`),
    url: `${r}/git/${ref}`,
    object: { type: "commit", sha, url: `${r}/git/commits/${sha}` },
  };
}

export function renderCommit(ctx: RenderContext, repo: Repo, sha: string): Obj {
  const commit = getObject(repo, sha, "commit");
  if (!commit) throw new Error(`no commit ${sha}`);
  const r = `${ctx.api}/repos/${repo.owner}/${repo.name}`;
  const html = `${WEB}/${repo.owner}/${repo.name}/commit`;
  return {
    sha,
    node_id: nodeId("C", sha),
    url: `${r}/git/commits/${sha}`,
    html_url: `${html}/${sha}`,
    author: commit.author,
    committer: commit.committer,
    tree: { sha: commit.tree, url: `${r}/git/trees/${commit.tree}` },
    message: commit.message,
    parents: commit.parents.map((p) => ({ sha: p, url: `${r}/git/commits/${p}`, html_url: `${html}/${p}` })),
    verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
  };
}

export function renderTree(ctx: RenderContext, repo: Repo, sha: string, recursive: boolean): Obj {
  const r = `${ctx.api}/repos/${repo.owner}/${repo.name}`;
  const entries: Obj[] = [];
  const walk = (treeSha: string, prefix: string): void => {
    for (const entry of getObject(repo, treeSha, "tree")?.entries ?? []) {
      const item: Obj = { path: prefix + entry.path, mode: entry.mode, type: entry.type, sha: entry.sha };
      if (entry.type === "blob") {
        item.size = getObject(repo, entry.sha, "blob")?.content.length ?? 0;
        item.url = `${r}/git/blobs/${entry.sha}`;
      } else if (entry.type === "tree") item.url = `${r}/git/trees/${entry.sha}`;
      entries.push(item);
      if (recursive && entry.type === "tree") walk(entry.sha, `${prefix}${entry.path}/`);
    }
  };
  walk(sha, "");
  return { sha, url: `${r}/git/trees/${sha}`, tree: entries, truncated: false };
}
