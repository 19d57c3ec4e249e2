// A local GitHub REST API for tests: stateful, and strict about the official OpenAPI
// description in both directions (see README-less summary in the emulator's report).
//
//   const gh = await startGitHubEmulator();
//   const repo = gh.addRepo({ owner: "acme", name: "mono", files: { "requirements.txt": "requests==2.32.3\n" } });
//   const pr = gh.addPullRequest({ owner: "acme", repo: "mono", head: "feature", files: { "a.txt": "x" } });
//   // run code with GITHUB_API_URL=gh.url and GITHUB_TOKEN=gh.token
//   expect(gh.violations).toEqual([]);
//   await gh.close();
import type { AddressInfo } from "node:net";
import { commitFiles } from "./handlers/git.js";
import { createEmulatorServer, type Fault, type RequestRecord, type Violation } from "./server.js";
import { loadSpec } from "./spec.js";
import { EmulatorState, type Issue, type IssueComment, type Permission, type Repo, type User, type UserType } from "./state.js";

export type { Fault, FaultKind, RequestRecord, Violation } from "./server.js";
export type * from "./state.js";
export { EmulatorState } from "./state.js";

export interface GitHubEmulatorOptions {
  port?: number;
  /** Default true: a response that does not match its schema becomes a 500 and is logged. */
  strictResponses?: boolean;
}

export interface GitHubEmulator {
  /** API base, e.g. http://127.0.0.1:40123 — give it to the client as GITHUB_API_URL / baseUrl. */
  readonly url: string;
  readonly state: EmulatorState;
  readonly requests: RequestRecord[];
  /** Every wrong request and every emulator answer that broke the description. */
  readonly violations: Violation[];
  /** Token of `github-actions[bot]` with write access (like a same-repo PR's GITHUB_TOKEN). */
  readonly token: string;
  /** Token of `github-actions[bot]` that is read-only (like a fork PR's GITHUB_TOKEN). */
  readonly readOnlyToken: string;
  /** Things of the OpenAPI description that could not be used. */
  readonly specNotes: readonly string[];
  addUser(login: string, options?: { type?: UserType; name?: string; email?: string }): User;
  addToken(token: string, login: string, options?: { readOnly?: boolean }): void;
  setTokenReadOnly(token: string, readOnly?: boolean): void;
  addRepo(options: AddRepoOptions): Repo;
  setPermission(owner: string, repo: string, login: string, permission: Permission): void;
  /** Commits `files` onto `branch` (created from the default branch when missing); returns the sha. */
  commit(options: { owner: string; repo: string; branch: string; files: Record<string, string>; message?: string }): string;
  addIssue(options: { owner: string; repo: string; title?: string; body?: string; user?: string; labels?: string[] }): Issue;
  addPullRequest(options: AddPullRequestOptions): Issue;
  addComment(options: { owner: string; repo: string; issueNumber: number; body: string; asUser: string }): IssueComment;
  /** The next `count` matching requests answer with this fault instead of being handled. */
  failNext(count: number, fault: Fault): void;
  /** Returns the violations recorded so far and forgets them (for tests that expect some). */
  takeViolations(): Violation[];
  close(): Promise<void>;
}

export interface AddRepoOptions {
  owner: string;
  name: string;
  defaultBranch?: string;
  private?: boolean;
  description?: string;
  /** Files of the first commit on the default branch. */
  files?: Record<string, string>;
}

export interface AddPullRequestOptions {
  owner: string;
  repo: string;
  head: string;
  base?: string;
  title?: string;
  body?: string;
  user?: string;
  /** Committed onto `head` (created from base when missing) so head and base differ. */
  files?: Record<string, string>;
  /** Owner of the fork the head branch lives in; the fork repo is created when missing. */
  headOwner?: string;
  draft?: boolean;
}

const BOT = "github-actions[bot]";

export async function startGitHubEmulator(options: GitHubEmulatorOptions = {}): Promise<GitHubEmulator> {
  const spec = loadSpec();
  const state = new EmulatorState();
  const requests: RequestRecord[] = [];
  const violations: Violation[] = [];
  const faults: Array<Fault & { remaining: number }> = [];
  let url = "";
  const server = createEmulatorServer({ state, strictResponses: options.strictResponses ?? true, requests, violations, faults, api: () => url });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const addUser: GitHubEmulator["addUser"] = (login, o = {}) => {
    const existing = state.users.get(login.toLowerCase());
    if (existing) return existing;
    const user: User = { login, id: state.id(), type: o.type ?? (login.endsWith("[bot]") ? "Bot" : "User"), name: o.name ?? null, email: o.email ?? null };
    state.users.set(login.toLowerCase(), user);
    return user;
  };
  const repoOf = (owner: string, name: string): Repo => {
    const repo = state.findRepo(owner, name);
    if (!repo) throw new Error(`GitHub emulator: no repo ${owner}/${name}; add it with addRepo()`);
    return repo;
  };
  const author = (login: string) => {
    const user = state.user(login);
    return { name: user.name ?? user.login, email: user.email ?? `${user.id}+${user.login}@users.noreply.github.com`, date: state.now() };
  };
  const commit: GitHubEmulator["commit"] = (o) => {
    const repo = repoOf(o.owner, o.repo);
    const parent = repo.refs.get(`refs/heads/${o.branch}`) ?? repo.refs.get(`refs/heads/${repo.defaultBranch}`);
    const sha = commitFiles(repo, { files: o.files, ...(parent ? { parent } : {}), message: o.message ?? `Update ${Object.keys(o.files).join(", ")}`, author: author(repo.owner) });
    repo.refs.set(`refs/heads/${o.branch}`, sha);
    return sha;
  };
  const addRepo: GitHubEmulator["addRepo"] = (o) => {
    addUser(o.owner);
    const repo: Repo = {
      id: state.id(),
      owner: o.owner,
      name: o.name,
      defaultBranch: o.defaultBranch ?? "main",
      private: o.private ?? false,
      description: o.description ?? null,
      createdAt: state.now(),
      permissions: new Map(),
      refs: new Map(),
      objects: new Map(),
      labels: new Map(),
      nextNumber: 1,
    };
    state.repos.set(`${o.owner}/${o.name}`.toLowerCase(), repo);
    commit({ owner: o.owner, repo: o.name, branch: repo.defaultBranch, files: o.files ?? { "README.md": `# ${o.name}\n` }, message: "Initial commit" });
    return repo;
  };
  const newIssue = (repo: Repo, o: { title?: string; body?: string; user?: string; labels?: string[] }): Issue => {
    const now = state.now();
    for (const name of o.labels ?? []) {
      if (!repo.labels.has(name.toLowerCase())) repo.labels.set(name.toLowerCase(), { id: state.id(), name, color: "ededed", description: null });
    }
    const issue: Issue = {
      id: state.id(),
      repo: `${repo.owner}/${repo.name}`.toLowerCase(),
      number: repo.nextNumber++,
      title: o.title ?? "Emulated issue",
      body: o.body ?? null,
      state: "open",
      stateReason: null,
      labels: o.labels ?? [],
      user: addUser(o.user ?? repo.owner).login,
      locked: false,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      pull: undefined,
    };
    state.issues.set(state.issueKey(repo, issue.number), issue);
    return issue;
  };

  return {
    url,
    state,
    requests,
    violations,
    token: seedToken("ghs_emulatorWriteToken0000000000000000", false),
    readOnlyToken: seedToken("ghs_emulatorReadOnlyToken000000000000", true),
    specNotes: spec.notes,
    addUser,
    addToken: (token, login, o = {}) => {
      addUser(login);
      state.tokens.set(token, { token, login, readOnly: o.readOnly ?? false });
    },
    setTokenReadOnly: (token, readOnly = true) => {
      const found = state.tokens.get(token);
      if (!found) throw new Error(`GitHub emulator: unknown token ${token}`);
      found.readOnly = readOnly;
    },
    addRepo,
    setPermission: (owner, name, login, permission) => {
      addUser(login);
      repoOf(owner, name).permissions.set(login.toLowerCase(), permission);
    },
    commit,
    addIssue: (o) => newIssue(repoOf(o.owner, o.repo), o),
    addPullRequest: (o) => {
      const repo = repoOf(o.owner, o.repo);
      const base = o.base ?? repo.defaultBranch;
      const baseSha = repo.refs.get(`refs/heads/${base}`);
      if (!baseSha) throw new Error(`GitHub emulator: no branch ${base} in ${o.owner}/${o.repo}`);
      let headRepo = repo;
      if (o.headOwner && o.headOwner.toLowerCase() !== repo.owner.toLowerCase()) {
        headRepo = state.findRepo(o.headOwner, repo.name) ?? addRepo({ owner: o.headOwner, name: repo.name, defaultBranch: repo.defaultBranch });
        // A fork shares history: copy the objects and the base branch.
        for (const [sha, object] of repo.objects) headRepo.objects.set(sha, object);
        if (!headRepo.refs.has(`refs/heads/${o.head}`)) headRepo.refs.set(`refs/heads/${o.head}`, baseSha);
      }
      if (!headRepo.refs.has(`refs/heads/${o.head}`)) headRepo.refs.set(`refs/heads/${o.head}`, baseSha);
      if (o.files) commit({ owner: headRepo.owner, repo: headRepo.name, branch: o.head, files: o.files });
      const headSha = headRepo.refs.get(`refs/heads/${o.head}`) ?? baseSha;
      // The base repo can see the head commit (GitHub fetches fork PR heads into refs/pull).
      for (const [sha, object] of headRepo.objects) repo.objects.set(sha, object);
      const issue = newIssue(repo, { title: o.title ?? `Update from ${o.head}`, ...(o.body !== undefined ? { body: o.body } : {}), user: o.user ?? headRepo.owner });
      issue.pull = {
        head: { ref: o.head, sha: headSha, repo: `${headRepo.owner}/${headRepo.name}`, label: `${headRepo.owner}:${o.head}` },
        base: { ref: base, sha: baseSha },
        draft: o.draft ?? false,
        merged: false,
        maintainerCanModify: true,
      };
      return issue;
    },
    addComment: (o) => {
      const repo = repoOf(o.owner, o.repo);
      if (!state.findIssue(repo, o.issueNumber)) throw new Error(`GitHub emulator: no issue #${o.issueNumber}`);
      addUser(o.asUser);
      const now = state.now();
      const comment: IssueComment = { id: state.id(), repo: `${repo.owner}/${repo.name}`.toLowerCase(), issueNumber: o.issueNumber, body: o.body, user: o.asUser, createdAt: now, updatedAt: now };
      state.comments.set(comment.id, comment);
      return comment;
    },
    failNext: (count, fault) => {
      faults.push({ ...fault, remaining: count });
    },
    takeViolations: () => violations.splice(0, violations.length),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };

  function seedToken(token: string, readOnly: boolean): string {
    addUser(BOT, { type: "Bot" });
    state.tokens.set(token, { token, login: BOT, readOnly });
    return token;
  }
}
