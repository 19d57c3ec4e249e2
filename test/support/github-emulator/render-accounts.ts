// Accounts and repositories: the objects nested in almost every other response, so
// they live apart from the per-resource renderers.
import { nodeId, type EmulatorState, type Repo } from "./state.js";

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
