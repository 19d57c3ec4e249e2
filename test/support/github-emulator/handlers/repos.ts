// Repository metadata, collaborator permissions (who may run `/monopin` commands) and the
// authenticated user.
import { renderAuthenticatedUser, renderRepo, renderUser } from "../render.js";
import { ApiError, repoOf, type Handler } from "./common.js";

const getRepo: Handler = (ctx) => ({ status: 200, body: renderRepo(ctx, repoOf(ctx)) });

// GitHub folds the five roles into four legacy `permission` values.
const LEGACY = { admin: "admin", maintain: "write", write: "write", triage: "read", read: "read", none: "none" } as const;

const collaboratorPermission: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const login = String(ctx.params.username);
  if (!ctx.state.users.has(login.toLowerCase())) throw new ApiError(404, `${login} is not a user`);
  const role = ctx.state.permissionOf(repo, login);
  const rank = ["none", "read", "triage", "write", "maintain", "admin"].indexOf(role);
  return {
    status: 200,
    body: {
      permission: LEGACY[role],
      role_name: role,
      user: {
        ...renderUser(ctx, login),
        permissions: { admin: rank >= 5, maintain: rank >= 4, push: rank >= 3, triage: rank >= 2, pull: rank >= 1 },
        role_name: role,
      },
    },
  };
};

const getAuthenticated: Handler = (ctx) => ({ status: 200, body: renderAuthenticatedUser(ctx, ctx.viewer) });

export const repoHandlers: Record<string, Handler> = {
  "repos/get": getRepo,
  "repos/get-collaborator-permission-level": collaboratorPermission,
  "users/get-authenticated": getAuthenticated,
};
