// Pull requests: found by head branch before one is created (idempotent bump PRs), so the
// `head=owner:branch` filter and the "already exists" answer behave as on GitHub.
import { renderPull, renderPullFull } from "../render.js";
import type { Issue, Repo } from "../state.js";
import { ApiError, issueOf, paginate, repoOf, touch, validationFailed, type Handler, type HandlerContext } from "./common.js";

function pullOf(ctx: HandlerContext, repo: Repo): Issue {
  const issue = issueOf(ctx, repo, ctx.params.pull_number);
  if (!issue.pull) throw new ApiError(404, "Not Found");
  return issue;
}

const list: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const state = String(ctx.query.state ?? "open");
  const head = typeof ctx.query.head === "string" ? ctx.query.head.toLowerCase() : undefined;
  const base = typeof ctx.query.base === "string" ? ctx.query.base : undefined;
  const key = `${repo.owner}/${repo.name}`.toLowerCase();
  let pulls = [...ctx.state.issues.values()].filter(
    (i) =>
      i.repo === key &&
      i.pull !== undefined &&
      (state === "all" || i.state === state) &&
      (base === undefined || i.pull.base.ref === base) &&
      // GitHub matches `head` as `user:ref`; a bare `ref` is accepted and scoped to the owner.
      (head === undefined || i.pull.head.label.toLowerCase() === (head.includes(":") ? head : `${repo.owner}:${head}`.toLowerCase())),
  );
  const sort = String(ctx.query.sort ?? "created");
  const field = (i: Issue): string => (sort === "updated" ? i.updatedAt : i.createdAt);
  // Default direction is desc, except `sort=long-running`/explicit asc.
  const direction = String(ctx.query.direction ?? (sort === "created" || sort === "updated" ? "desc" : "asc"));
  pulls = pulls.sort((a, b) => (field(a) === field(b) ? a.number - b.number : field(a) < field(b) ? -1 : 1));
  if (direction === "desc") pulls.reverse();
  const { items, headers } = paginate(ctx, pulls, repo);
  return { status: 200, body: items.map((i) => renderPull(ctx, repo, i)), headers };
};

const get: Handler = (ctx) => {
  const repo = repoOf(ctx);
  return { status: 200, body: renderPullFull(ctx, repo, pullOf(ctx, repo)) };
};

interface CreateBody {
  title?: string;
  head: string;
  base: string;
  body?: string;
  draft?: boolean;
  maintainer_can_modify?: boolean;
}

const create: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const input = ctx.body as CreateBody;
  if (input.title === undefined) throw validationFailed({ resource: "Issue", code: "missing_field", field: "title" });
  const [headOwner, headRef] = input.head.includes(":") ? input.head.split(/:(.*)/s) : [repo.owner, input.head];
  const headRepo = ctx.state.findRepo(headOwner ?? repo.owner, repo.name) ?? repo;
  const headSha = headRepo.refs.get(`refs/heads/${headRef ?? ""}`);
  const baseSha = repo.refs.get(`refs/heads/${input.base}`);
  if (!headSha) throw validationFailed({ resource: "PullRequest", code: "invalid", field: "head" });
  if (!baseSha) throw validationFailed({ resource: "PullRequest", code: "invalid", field: "base" });
  const label = `${headRepo.owner}:${headRef ?? ""}`;
  const duplicate = [...ctx.state.issues.values()].find(
    (i) => i.pull && i.state === "open" && i.pull.head.label.toLowerCase() === label.toLowerCase() && i.pull.base.ref === input.base,
  );
  if (duplicate) {
    throw validationFailed({ resource: "PullRequest", code: "custom", message: `A pull request already exists for ${label}.` });
  }
  if (headSha === baseSha) {
    throw validationFailed({ resource: "PullRequest", code: "custom", message: `No commits between ${input.base} and ${headRef ?? ""}` });
  }
  const now = ctx.state.now();
  const issue: Issue = {
    id: ctx.state.id(),
    repo: `${repo.owner}/${repo.name}`.toLowerCase(),
    number: repo.nextNumber++,
    title: input.title,
    body: input.body ?? null,
    state: "open",
    stateReason: null,
    labels: [],
    user: ctx.viewer,
    locked: false,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    pull: {
      head: { ref: headRef ?? "", sha: headSha, repo: `${headRepo.owner}/${headRepo.name}`, label },
      base: { ref: input.base, sha: baseSha },
      draft: input.draft ?? false,
      merged: false,
      maintainerCanModify: input.maintainer_can_modify ?? true,
    },
  };
  ctx.state.issues.set(ctx.state.issueKey(repo, issue.number), issue);
  const body = renderPullFull(ctx, repo, issue);
  return { status: 201, body, headers: { location: String(body.url) } };
};

const update: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const issue = pullOf(ctx, repo);
  const input = ctx.body as { title?: string; body?: string; state?: "open" | "closed"; base?: string; maintainer_can_modify?: boolean };
  if (input.title !== undefined) issue.title = input.title;
  if (input.body !== undefined) issue.body = input.body;
  if (input.base !== undefined && issue.pull) {
    const sha = repo.refs.get(`refs/heads/${input.base}`);
    if (!sha) throw validationFailed({ resource: "PullRequest", code: "invalid", field: "base" });
    issue.pull.base = { ref: input.base, sha };
  }
  if (input.maintainer_can_modify !== undefined && issue.pull) issue.pull.maintainerCanModify = input.maintainer_can_modify;
  if (input.state && input.state !== issue.state) {
    issue.state = input.state;
    issue.closedAt = input.state === "closed" ? ctx.state.now() : null;
  }
  touch(ctx, issue);
  return { status: 200, body: renderPullFull(ctx, repo, issue) };
};

export const pullHandlers: Record<string, Handler> = {
  "pulls/list": list,
  "pulls/get": get,
  "pulls/create": create,
  "pulls/update": update,
};
