// Issues, their comments and labels. Pull requests are issues here too, as on GitHub:
// `/issues/{n}/comments` is how a bot comments on a PR.
import { renderComment, renderIssue, renderLabel } from "../render.js";
import type { Repo } from "../state.js";
import { ApiError, issueOf, notFound, paginate, repoOf, touch, type Handler, type HandlerContext } from "./common.js";

function commentOf(ctx: HandlerContext, repo: Repo) {
  const comment = ctx.state.comments.get(Number(ctx.params.comment_id));
  if (!comment || comment.repo !== `${repo.owner}/${repo.name}`.toLowerCase()) throw notFound();
  return comment;
}

const listComments: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo, ctx.params.issue_number);
  const since = typeof ctx.query.since === "string" ? Date.parse(ctx.query.since) : undefined;
  const all = ctx.state.commentsOf(repo, issue.number).filter((c) => since === undefined || Date.parse(c.updatedAt) >= since);
  const { items, headers } = paginate(ctx, all, repo);
  return { status: 200, body: items.map((c) => renderComment(ctx, repo, c)), headers };
};

const createComment: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo, ctx.params.issue_number);
  if (issue.locked && ctx.state.permissionOf(repo, ctx.viewer) === "read") throw new ApiError(403, "Unable to create comment because issue is locked.");
  const { body } = ctx.body as { body: string };
  checkBodyLength(body);
  const now = ctx.state.now();
  const comment = {
    id: ctx.state.id(),
    repo: `${repo.owner}/${repo.name}`.toLowerCase(),
    issueNumber: issue.number,
    body,
    user: ctx.viewer,
    createdAt: now,
    updatedAt: now,
  };
  ctx.state.comments.set(comment.id, comment);
  const rendered = renderComment(ctx, repo, comment);
  return { status: 201, body: rendered, headers: { location: String(rendered.url) } };
};

// GitHub rejects comment bodies over 65,536 characters with this exact detail.
function checkBodyLength(body: string): void {
  if (body.length > 65536) {
    throw new ApiError(422, "Validation Failed", [
      { resource: "IssueComment", code: "custom", field: "body", message: "body is too long (maximum is 65536 characters)" },
    ]);
  }
}

const getComment: Handler = (ctx) => {
  const repo = repoOf(ctx);
  return { status: 200, body: renderComment(ctx, repo, commentOf(ctx, repo)) };
};

const updateComment: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const comment = commentOf(ctx, repo);
  const { body } = ctx.body as { body: string };
  checkBodyLength(body);
  comment.body = body;
  comment.updatedAt = ctx.state.now();
  return { status: 200, body: renderComment(ctx, repo, comment) };
};

const deleteComment: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const comment = commentOf(ctx, repo);
  ctx.state.comments.delete(comment.id);
  for (const reaction of ctx.state.reactionsOf(comment.id)) ctx.state.reactions.delete(reaction.id);
  return { status: 204 };
};

const getIssue: Handler = (ctx) => {
  const repo = repoOf(ctx);
  return { status: 200, body: renderIssue(ctx, repo, issueOf(ctx, repo, ctx.params.issue_number)) };
};

interface IssueUpdate {
  title?: string | number | null;
  body?: string | null;
  state?: "open" | "closed";
  state_reason?: "completed" | "not_planned" | "duplicate" | "reopened" | null;
  labels?: Array<string | { name?: string }>;
}

const updateIssue: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo, ctx.params.issue_number);
  const update = ctx.body as IssueUpdate;
  if (update.title !== undefined && update.title !== null) issue.title = String(update.title);
  if (update.body !== undefined) issue.body = update.body;
  if (update.labels !== undefined) issue.labels = ensureLabels(ctx, repo, update.labels);
  if (update.state && update.state !== issue.state) {
    issue.state = update.state;
    issue.closedAt = update.state === "closed" ? ctx.state.now() : null;
    issue.stateReason = update.state === "closed" ? (update.state_reason ?? "completed") : "reopened";
  } else if (update.state_reason !== undefined) issue.stateReason = update.state_reason;
  touch(ctx, issue);
  return { status: 200, body: renderIssue(ctx, repo, issue) };
};

/** Labels named in a request that do not exist yet are created, as GitHub does. */
function ensureLabels(ctx: HandlerContext, repo: Repo, labels: Array<string | { name?: string }>): string[] {
  const names: string[] = [];
  for (const item of labels) {
    const name = typeof item === "string" ? item : (item.name ?? "");
    if (name === "") continue;
    if (!repo.labels.has(name.toLowerCase())) {
      repo.labels.set(name.toLowerCase(), { id: ctx.state.id(), name, color: "ededed", description: null });
    }
    const canonical = repo.labels.get(name.toLowerCase())?.name ?? name;
    if (!names.some((n) => n.toLowerCase() === canonical.toLowerCase())) names.push(canonical);
  }
  return names;
}

function labelsFromBody(body: unknown): Array<string | { name?: string }> {
  if (Array.isArray(body)) return body as Array<string | { name?: string }>;
  if (typeof body === "string") return [body];
  const labels = (body as { labels?: unknown }).labels;
  return Array.isArray(labels) ? (labels as Array<string | { name?: string }>) : [];
}

const listLabels = (ctx: HandlerContext, repo: Repo, names: string[]) =>
  names.flatMap((n) => {
    const label = repo.labels.get(n.toLowerCase());
    return label ? [renderLabel(ctx, repo, label)] : [];
  });

const addLabels: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo, ctx.params.issue_number);
  issue.labels = ensureLabels(ctx, repo, [...issue.labels, ...labelsFromBody(ctx.body)]);
  touch(ctx, issue);
  return { status: 200, body: listLabels(ctx, repo, issue.labels) };
};

const setLabels: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo, ctx.params.issue_number);
  issue.labels = ensureLabels(ctx, repo, labelsFromBody(ctx.body));
  touch(ctx, issue);
  return { status: 200, body: listLabels(ctx, repo, issue.labels) };
};

const listLabelsOnIssue: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo, ctx.params.issue_number);
  const { items, headers } = paginate(ctx, listLabels(ctx, repo, issue.labels), repo);
  return { status: 200, body: items, headers };
};

const removeLabel: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo, ctx.params.issue_number);
  const name = String(ctx.params.name).toLowerCase();
  if (!issue.labels.some((l) => l.toLowerCase() === name)) throw new ApiError(404, "Label does not exist");
  issue.labels = issue.labels.filter((l) => l.toLowerCase() !== name);
  touch(ctx, issue);
  return { status: 200, body: listLabels(ctx, repo, issue.labels) };
};

export const issueHandlers: Record<string, Handler> = {
  "issues/list-comments": listComments,
  "issues/create-comment": createComment,
  "issues/get-comment": getComment,
  "issues/update-comment": updateComment,
  "issues/delete-comment": deleteComment,
  "issues/get": getIssue,
  "issues/update": updateIssue,
  "issues/add-labels": addLabels,
  "issues/set-labels": setLabels,
  "issues/list-labels-on-issue": listLabelsOnIssue,
  "issues/remove-label": removeLabel,
};
