// Turns state into the full JSON objects GitHub sends. Every field the response schemas
// require is filled with a realistic value, and API urls point back at the emulator so a
// client that follows `url` fields stays on loopback.
import { getObject } from "./git-objects.js";
import {
  nodeId,
  type CheckRun,
  type EmulatorState,
  type Issue,
  type IssueComment,
  type Label,
  type Reaction,
  type Repo,
} from "./state.js";

export interface RenderContext {
  state: EmulatorState;
  /** API base url of this emulator, without a trailing slash. */
  api: string;
  /** Login of the authenticated user: repository `permissions` are theirs. */
  viewer: string;
}

const WEB = "https://github.com";
type Obj = Record<string, unknown>;

export function renderUser(ctx: RenderContext, login: string): Obj {
  const user = ctx.state.user(login);
  const u = `${ctx.api}/users/${encodeURIComponent(user.login)}`;
  const isBot = user.type === "Bot";
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(isBot ? "BOT" : "U", user.id),
    avatar_url: `https://avatars.githubusercontent.com/${isBot ? "in" : "u"}/${user.id}?v=4`,
    gravatar_id: "",
    url: u,
    html_url: isBot ? `${WEB}/apps/${user.login.replace(/\[bot\]$/, "")}` : `${WEB}/${user.login}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type: user.type,
    user_view_type: "public",
    site_admin: false,
  };
}

export function renderAuthenticatedUser(ctx: RenderContext, login: string): Obj {
  const user = ctx.state.user(login);
  return {
    ...renderUser(ctx, login),
    user_view_type: "private",
    name: user.name,
    company: null,
    blog: "",
    location: null,
    email: user.email,
    hireable: null,
    bio: null,
    twitter_username: null,
    notification_email: user.email,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: "2020-01-01T00:00:00Z",
    updated_at: "2026-01-01T00:00:00Z",
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
    plan: { name: "free", space: 976562499, private_repos: 10000, collaborators: 0 },
  };
}

export function repoPermissions(ctx: RenderContext, repo: Repo): Obj {
  const p = ctx.state.permissionOf(repo, ctx.viewer);
  const rank = ["none", "read", "triage", "write", "maintain", "admin"].indexOf(p);
  return { admin: rank >= 5, maintain: rank >= 4, push: rank >= 3, triage: rank >= 2, pull: rank >= 1 };
}

/** Satisfies both `repository` (inside pull requests) and `full-repository` (repos/get). */
export function renderRepo(ctx: RenderContext, repo: Repo): Obj {
  const full = `${repo.owner}/${repo.name}`;
  const r = `${ctx.api}/repos/${full}`;
  const openIssues = [...ctx.state.issues.values()].filter(
    (i) => i.repo === full.toLowerCase() && i.state === "open",
  ).length;
  return {
    id: repo.id,
    node_id: nodeId("R", repo.id),
    name: repo.name,
    full_name: full,
    owner: renderUser(ctx, repo.owner),
    private: repo.private,
    html_url: `${WEB}/${full}`,
    description: repo.description,
    fork: false,
    url: r,
    archive_url: `${r}/{archive_format}{/ref}`,
    assignees_url: `${r}/assignees{/user}`,
    blobs_url: `${r}/git/blobs{/sha}`,
    branches_url: `${r}/branches{/branch}`,
    collaborators_url: `${r}/collaborators{/collaborator}`,
    comments_url: `${r}/comments{/number}`,
    commits_url: `${r}/commits{/sha}`,
    compare_url: `${r}/compare/{base}...{head}`,
    contents_url: `${r}/contents/{+path}`,
    contributors_url: `${r}/contributors`,
    deployments_url: `${r}/deployments`,
    downloads_url: `${r}/downloads`,
    events_url: `${r}/events`,
    forks_url: `${r}/forks`,
    git_commits_url: `${r}/git/commits{/sha}`,
    git_refs_url: `${r}/git/refs{/sha}`,
    git_tags_url: `${r}/git/tags{/sha}`,
    git_url: `git://github.com/${full}.git`,
    issue_comment_url: `${r}/issues/comments{/number}`,
    issue_events_url: `${r}/issues/events{/number}`,
    issues_url: `${r}/issues{/number}`,
    keys_url: `${r}/keys{/key_id}`,
    labels_url: `${r}/labels{/name}`,
    languages_url: `${r}/languages`,
    merges_url: `${r}/merges`,
    milestones_url: `${r}/milestones{/number}`,
    notifications_url: `${r}/notifications{?since,all,participating}`,
    pulls_url: `${r}/pulls{/number}`,
    releases_url: `${r}/releases{/id}`,
    ssh_url: `git@github.com:${full}.git`,
    stargazers_url: `${r}/stargazers`,
    statuses_url: `${r}/statuses/{sha}`,
    subscribers_url: `${r}/subscribers`,
    subscription_url: `${r}/subscription`,
    tags_url: `${r}/tags`,
    teams_url: `${r}/teams`,
    trees_url: `${r}/git/trees{/sha}`,
    clone_url: `${WEB}/${full}.git`,
    mirror_url: null,
    hooks_url: `${r}/hooks`,
    svn_url: `${WEB}/${full}`,
    homepage: null,
    language: "Python",
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 128,
    default_branch: repo.defaultBranch,
    open_issues_count: openIssues,
    open_issues: openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repo.private ? "private" : "public",
    pushed_at: repo.createdAt,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    permissions: repoPermissions(ctx, repo),
    allow_rebase_merge: true,
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
    allow_update_branch: false,
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
    network_count: 0,
    subscribers_count: 0,
  };
}

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
    labels: issueLabels(ctx, repo, issue),
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

export function renderApp(): Obj {
  return {
    id: 15368,
    slug: "github-actions",
    node_id: "MDM6QXBwMTUzNjg=",
    client_id: "Iv1.05c79e9ad1f6bdfa",
    owner: {
      login: "github",
      id: 9919,
      node_id: "MDEyOk9yZ2FuaXphdGlvbjk5MTk=",
      avatar_url: "https://avatars.githubusercontent.com/u/9919?v=4",
      gravatar_id: "",
      url: "https://api.github.com/users/github",
      html_url: "https://github.com/github",
      followers_url: "https://api.github.com/users/github/followers",
      following_url: "https://api.github.com/users/github/following{/other_user}",
      gists_url: "https://api.github.com/users/github/gists{/gist_id}",
      starred_url: "https://api.github.com/users/github/starred{/owner}{/repo}",
      subscriptions_url: "https://api.github.com/users/github/subscriptions",
      organizations_url: "https://api.github.com/users/github/orgs",
      repos_url: "https://api.github.com/users/github/repos",
      events_url: "https://api.github.com/users/github/events{/privacy}",
      received_events_url: "https://api.github.com/users/github/received_events",
      type: "Organization",
      user_view_type: "public",
      site_admin: false,
    },
    name: "GitHub Actions",
    description: "Automate your workflow from idea to production",
    external_url: "https://help.github.com/en/actions",
    html_url: "https://github.com/apps/github-actions",
    created_at: "2018-07-30T09:30:17Z",
    updated_at: "2024-04-10T20:33:16Z",
    permissions: { checks: "write", contents: "write", issues: "write", pull_requests: "write", metadata: "read" },
    events: ["check_run", "check_suite", "pull_request", "push"],
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
