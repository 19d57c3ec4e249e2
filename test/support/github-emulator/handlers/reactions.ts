// Reactions on issue comments: how a bot acknowledges a `/monopin` command.
import { renderReaction } from "../render.js";
import type { ReactionContent } from "../state.js";
import { notFound, paginate, repoOf, type Handler, type HandlerContext } from "./common.js";

function commentIdOf(ctx: HandlerContext): number {
  const repo = repoOf(ctx);
  const comment = ctx.state.comments.get(Number(ctx.params.comment_id));
  if (!comment || comment.repo !== `${repo.owner}/${repo.name}`.toLowerCase()) throw notFound();
  return comment.id;
}

// The same user reacting twice with the same content gets the existing reaction and 200.
const create: Handler = (ctx) => {
  const commentId = commentIdOf(ctx);
  const { content } = ctx.body as { content: ReactionContent };
  const existing = ctx.state
    .reactionsOf(commentId)
    .find((r) => r.content === content && r.user.toLowerCase() === ctx.viewer.toLowerCase());
  if (existing) return { status: 200, body: renderReaction(ctx, existing) };
  const reaction = { id: ctx.state.id(), commentId, content, user: ctx.viewer, createdAt: ctx.state.now() };
  ctx.state.reactions.set(reaction.id, reaction);
  return { status: 201, body: renderReaction(ctx, reaction) };
};

const list: Handler = (ctx) => {
  const commentId = commentIdOf(ctx);
  const all = ctx.state.reactionsOf(commentId).filter((r) => ctx.query.content === undefined || r.content === ctx.query.content);
  const { items, headers } = paginate(ctx, all, repoOf(ctx));
  return { status: 200, body: items.map((r) => renderReaction(ctx, r)), headers };
};

export const reactionHandlers: Record<string, Handler> = {
  "reactions/create-for-issue-comment": create,
  "reactions/list-for-issue-comment": list,
};
