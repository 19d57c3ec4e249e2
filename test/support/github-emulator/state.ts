// The emulator's world. Plain data that tests may read and seed directly; handlers and
// renderers derive every response from it, so a write is visible to the next read.
import { createHash } from "node:crypto";

export type UserType = "User" | "Bot" | "Organization";
export type Permission = "admin" | "maintain" | "write" | "triage" | "read" | "none";

export interface User {
  login: string;
  id: number;
  type: UserType;
  name: string | null;
  email: string | null;
}

export interface Token {
  token: string;
  login: string;
  /** A fork PR's GITHUB_TOKEN: every write answers 403 "Resource not accessible by integration". */
  readOnly: boolean;
}

export interface Label {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export type GitObject =
  | { type: "blob"; sha: string; content: Buffer }
  | { type: "tree"; sha: string; entries: TreeEntry[] }
  | { type: "commit"; sha: string; tree: string; parents: string[]; message: string; author: GitPerson; committer: GitPerson };

export interface TreeEntry {
  path: string;
  mode: string;
  type: "blob" | "tree" | "commit";
  sha: string;
}

export interface GitPerson {
  name: string;
  email: string;
  date: string;
}

export interface Repo {
  id: number;
  owner: string;
  name: string;
  defaultBranch: string;
  private: boolean;
  description: string | null;
  createdAt: string;
  /** login → permission; owners are admin implicitly. */
  permissions: Map<string, Permission>;
  /** "refs/heads/main" → commit sha. */
  refs: Map<string, string>;
  objects: Map<string, GitObject>;
  labels: Map<string, Label>;
  /** Issues and pull requests share one number sequence, as on GitHub. */
  nextNumber: number;
}

export interface PullRequestData {
  head: { ref: string; sha: string; repo: string; label: string };
  base: { ref: string; sha: string };
  draft: boolean;
  merged: boolean;
  maintainerCanModify: boolean;
}

export interface Issue {
  id: number;
  repo: string;
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  stateReason: "completed" | "reopened" | "not_planned" | "duplicate" | null;
  labels: string[];
  user: string;
  locked: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  pull: PullRequestData | undefined;
}

export interface IssueComment {
  id: number;
  repo: string;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export type ReactionContent = "+1" | "-1" | "laugh" | "confused" | "heart" | "hooray" | "rocket" | "eyes";

export interface Reaction {
  id: number;
  commentId: number;
  content: ReactionContent;
  user: string;
  createdAt: string;
}

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckRun {
  id: number;
  repo: string;
  name: string;
  headSha: string;
  status: "queued" | "in_progress" | "completed";
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  externalId: string | null;
  detailsUrl: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Annotation[];
  checkSuiteId: number;
}

export class EmulatorState {
  readonly users = new Map<string, User>();
  readonly tokens = new Map<string, Token>();
  /** "owner/name" (lower case) → repo. */
  readonly repos = new Map<string, Repo>();
  /** "owner/name#number" → issue or pull request. */
  readonly issues = new Map<string, Issue>();
  readonly comments = new Map<number, IssueComment>();
  readonly reactions = new Map<number, Reaction>();
  readonly checkRuns = new Map<number, CheckRun>();
  private nextId = 1000;
  /** Fixed clock: timestamps advance one second per write, so ordering and `since` are testable. */
  private clock = Date.parse("2026-01-05T09:00:00Z");

  id(): number {
    return this.nextId++;
  }

  now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  user(login: string): User {
    const found = this.users.get(login.toLowerCase());
    if (!found) throw new Error(`GitHub emulator: unknown user ${login}; add it with addUser()`);
    return found;
  }

  findRepo(owner: string, name: string): Repo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  issueKey(repo: Repo, number: number): string {
    return `${repo.owner}/${repo.name}#${number}`.toLowerCase();
  }

  findIssue(repo: Repo, number: number): Issue | undefined {
    return this.issues.get(this.issueKey(repo, number));
  }

  permissionOf(repo: Repo, login: string): Permission {
    if (login.toLowerCase() === repo.owner.toLowerCase()) return "admin";
    return repo.permissions.get(login.toLowerCase()) ?? (repo.private ? "none" : "read");
  }

  commentsOf(repo: Repo, issueNumber: number): IssueComment[] {
    const key = `${repo.owner}/${repo.name}`.toLowerCase();
    return [...this.comments.values()]
      .filter((c) => c.repo === key && c.issueNumber === issueNumber)
      .sort((a, b) => a.id - b.id);
  }

  reactionsOf(commentId: number): Reaction[] {
    return [...this.reactions.values()].filter((r) => r.commentId === commentId).sort((a, b) => a.id - b.id);
  }
}

// Real git object ids, so a test can check them against `git hash-object`.
export function gitSha(type: string, payload: Buffer): string {
  return createHash("sha1").update(Buffer.concat([Buffer.from(`${type} ${payload.length}\0`), payload])).digest("hex");
}

export function nodeId(prefix: string, id: number | string): string {
  return `${prefix}_${Buffer.from(`emulator:${String(id)}`).toString("base64url")}`;
}
