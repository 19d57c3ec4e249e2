// What every handler receives and returns, and the pieces they share.
import type { RenderContext } from "../render.js";
import type { Operation } from "../spec.js";
import type { Issue, Repo, Token } from "../state.js";

export interface HandlerContext extends RenderContext {
  operation: Operation;
  /** Path parameters, typed by their schemas (issue_number is a number). */
  params: Record<string, unknown>;
  /** Query parameters, typed, with the description's defaults applied. */
  query: Record<string, unknown>;
  /** The JSON body, already validated against the operation's request schema. */
  body: unknown;
  token: Token;
  /** The url as the client sent it, for Link headers. */
  url: URL;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: HandlerContext) => Reply;

/** A GitHub error answer; `errors` is the Validation Failed detail list. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Array<Record<string, unknown>>,
  ) {
    super(message);
  }
}

export const notFound = (): ApiError => new ApiError(404, "Not Found");

export function validationFailed(error: Record<string, unknown>): ApiError {
  return new ApiError(422, "Validation Failed", [error]);
}

export function repoOf(ctx: HandlerContext): Repo {
  const repo = ctx.state.findRepo(String(ctx.params.owner), String(ctx.params.repo));
  if (!repo) throw notFound();
  return repo;
}

export function issueOf(ctx: HandlerContext, repo: Repo, number: unknown): Issue {
  const issue = ctx.state.findIssue(repo, Number(number));
  if (!issue) throw notFound();
  return issue;
}

/**
 * GitHub's page-number pagination: per_page defaults to 30 and is capped at 100, and
 * Link holds prev/next/last/first (in that order) on the `/repositories/{id}` form of
 * the url with the client's other query parameters kept.
 */
export function paginate<T>(ctx: HandlerContext, items: T[], repo?: Repo): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(ctx.query.per_page ?? 30) || 30, 1), 100);
  const page = Math.max(Number(ctx.query.page ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const base = new URL(ctx.url.href);
  if (repo) base.pathname = base.pathname.replace(/^\/repos\/[^/]+\/[^/]+/, `/repositories/${repo.id}`);
  const link = (n: number, rel: string): string => {
    const u = new URL(base.href);
    u.searchParams.set("page", String(n));
    return `<${u.href}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(Math.min(page - 1, last), "prev"));
  if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
  if (page > 1) links.push(link(1, "first"));
  return { items: slice, headers: links.length > 0 ? { link: links.join(", ") } : {} };
}

export function touch(ctx: HandlerContext, issue: Issue): void {
  issue.updatedAt = ctx.state.now();
}
