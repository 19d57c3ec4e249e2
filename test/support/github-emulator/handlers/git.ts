// Git data: how a bot commits without a checkout (blob → tree → commit → ref). Objects
// get real git shas; refs move only fast-forward unless `force`, as on GitHub.
import { buildTree, flattenTree, getObject, isAncestor, putBlob, putCommit } from "../git-objects.js";
import { renderCommit, renderRef, renderTree } from "../render.js";
import type { GitPerson, Repo, TreeEntry } from "../state.js";
import { ApiError, notFound, repoOf, type Handler, type HandlerContext } from "./common.js";

const refName = (ctx: HandlerContext): string => `refs/${String(ctx.params.ref).replace(/^refs\//, "")}`;

const getRef: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const ref = refName(ctx);
  const sha = repo.refs.get(ref);
  if (!sha) throw notFound();
  return { status: 200, body: renderRef(ctx, repo, ref, sha) };
};

const listMatchingRefs: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const prefix = refName(ctx);
  const refs = [...repo.refs.entries()].filter(([ref]) => ref.startsWith(prefix)).sort(([a], [b]) => (a < b ? -1 : 1));
  return { status: 200, body: refs.map(([ref, sha]) => renderRef(ctx, repo, ref, sha)) };
};

const createRef: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const { ref, sha } = ctx.body as { ref: string; sha: string };
  if (!/^refs\/[^/]+\/.+/.test(ref)) throw new ApiError(422, "Reference name must start with 'refs/' and have at least two slashes.");
  if (repo.refs.has(ref)) throw new ApiError(422, "Reference already exists");
  if (!getObject(repo, sha, "commit")) throw new ApiError(422, "Object does not exist");
  repo.refs.set(ref, sha.toLowerCase());
  const body = renderRef(ctx, repo, ref, sha.toLowerCase());
  return { status: 201, body, headers: { location: String(body.url) } };
};

const updateRef: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const ref = refName(ctx);
  const { sha, force } = ctx.body as { sha: string; force?: boolean };
  const current = repo.refs.get(ref);
  if (!current) throw new ApiError(422, "Reference does not exist");
  if (!getObject(repo, sha, "commit")) throw new ApiError(422, "Object does not exist");
  if (!force && !isAncestor(repo, current, sha.toLowerCase())) throw new ApiError(422, "Update is not a fast forward");
  repo.refs.set(ref, sha.toLowerCase());
  return { status: 200, body: renderRef(ctx, repo, ref, sha.toLowerCase()) };
};

const deleteRef: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const ref = refName(ctx);
  if (!repo.refs.delete(ref)) throw new ApiError(422, "Reference does not exist");
  return { status: 204 };
};

const createBlob: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const { content, encoding = "utf-8" } = ctx.body as { content: string; encoding?: string };
  let bytes: Buffer;
  if (encoding === "utf-8" || encoding === "utf8") bytes = Buffer.from(content, "utf8");
  else if (encoding === "base64") bytes = Buffer.from(content, "base64");
  else throw new ApiError(422, `encoding must be either 'utf-8' or 'base64', not '${encoding}'`);
  const sha = putBlob(repo, bytes);
  const url = `${ctx.api}/repos/${repo.owner}/${repo.name}/git/blobs/${sha}`;
  return { status: 201, body: { url, sha }, headers: { location: url } };
};

const getBlob: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const blob = getObject(repo, String(ctx.params.file_sha), "blob");
  if (!blob) throw notFound();
  const url = `${ctx.api}/repos/${repo.owner}/${repo.name}/git/blobs/${blob.sha}`;
  // GitHub wraps base64 at 60 characters per line.
  const content = (blob.content.toString("base64").match(/.{1,60}/g) ?? []).join("\n") + "\n";
  return {
    status: 200,
    body: { content, encoding: "base64", url, sha: blob.sha, size: blob.content.length, node_id: `B_${blob.sha}` },
  };
};

interface TreeInput {
  path: string;
  mode: string;
  type: "blob" | "tree" | "commit";
  sha?: string | null;
  content?: string;
}

const createTree: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const { tree, base_tree: baseTree } = ctx.body as { tree: TreeInput[]; base_tree?: string };
  let files = new Map<string, TreeEntry>();
  if (baseTree !== undefined) {
    const baseSha = getObject(repo, baseTree, "commit")?.tree ?? baseTree;
    if (!getObject(repo, baseSha, "tree")) throw new ApiError(422, "Invalid tree info");
    files = flattenTree(repo, baseSha);
  }
  for (const item of tree) {
    const path = item.path.replace(/^\/+|\/+$/g, "");
    if (item.sha === null) {
      // `sha: null` deletes a file or, for a tree, everything under it.
      files.delete(path);
      for (const key of [...files.keys()]) if (key.startsWith(`${path}/`)) files.delete(key);
      continue;
    }
    if (item.sha !== undefined && item.content !== undefined) {
      throw new ApiError(422, "Invalid tree info");
    }
    if (item.content !== undefined) {
      files.set(path, { path, mode: item.mode, type: "blob", sha: putBlob(repo, Buffer.from(item.content, "utf8")) });
    } else if (item.sha !== undefined) {
      if (item.type === "tree") {
        if (!getObject(repo, item.sha, "tree")) throw new ApiError(422, "Invalid tree info");
        for (const key of [...files.keys()]) if (key.startsWith(`${path}/`)) files.delete(key);
        for (const [p, e] of flattenTree(repo, item.sha, `${path}/`)) files.set(p, e);
      } else {
        if (item.type === "blob" && !getObject(repo, item.sha, "blob")) throw new ApiError(422, "Invalid tree info");
        files.set(path, { path, mode: item.mode, type: item.type, sha: item.sha.toLowerCase() });
      }
    } else throw new ApiError(422, "Must supply either tree.sha or tree.content");
  }
  const sha = buildTree(repo, files);
  const url = `${ctx.api}/repos/${repo.owner}/${repo.name}/git/trees/${sha}`;
  return { status: 201, body: renderTree(ctx, repo, sha, false), headers: { location: url } };
};

const getTree: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const wanted = String(ctx.params.tree_sha);
  // tree_sha may be a tree, a commit or a branch name.
  const commitSha = getObject(repo, wanted, "commit")?.sha ?? repo.refs.get(`refs/heads/${wanted}`);
  const sha = commitSha ? (getObject(repo, commitSha, "commit")?.tree ?? wanted) : wanted;
  if (!getObject(repo, sha, "tree")) throw notFound();
  return { status: 200, body: renderTree(ctx, repo, sha, ctx.query.recursive !== undefined) };
};

const createCommit: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const input = ctx.body as { message: string; tree: string; parents?: string[]; author?: Partial<GitPerson>; committer?: Partial<GitPerson> };
  if (!getObject(repo, input.tree, "tree")) throw new ApiError(422, "Tree SHA does not exist");
  for (const parent of input.parents ?? []) if (!getObject(repo, parent, "commit")) throw new ApiError(422, "Parent SHA does not exist or is not a commit object");
  const now = ctx.state.now();
  const viewer = ctx.state.user(ctx.viewer);
  const fallback: GitPerson = { name: viewer.name ?? viewer.login, email: viewer.email ?? `${viewer.id}+${viewer.login}@users.noreply.github.com`, date: now };
  const person = (p: Partial<GitPerson> | undefined, base: GitPerson): GitPerson => ({
    name: p?.name ?? base.name,
    email: p?.email ?? base.email,
    date: p?.date ? new Date(p.date).toISOString().replace(/\.\d{3}Z$/, "Z") : now,
  });
  const author = person(input.author, fallback);
  const committer = person(input.committer, input.author ? author : fallback);
  const sha = putCommit(repo, { tree: input.tree.toLowerCase(), parents: (input.parents ?? []).map((p) => p.toLowerCase()), message: input.message, author, committer });
  const body = renderCommit(ctx, repo, sha);
  return { status: 201, body, headers: { location: String(body.url) } };
};

const getCommit: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const commit = getObject(repo, String(ctx.params.commit_sha), "commit");
  if (!commit) throw notFound();
  return { status: 200, body: renderCommit(ctx, repo, commit.sha) };
};

export const gitHandlers: Record<string, Handler> = {
  "git/get-ref": getRef,
  "git/list-matching-refs": listMatchingRefs,
  "git/create-ref": createRef,
  "git/update-ref": updateRef,
  "git/delete-ref": deleteRef,
  "git/create-blob": createBlob,
  "git/get-blob": getBlob,
  "git/create-tree": createTree,
  "git/get-tree": getTree,
  "git/create-commit": createCommit,
  "git/get-commit": getCommit,
};

/** Seeds a commit holding `files` on top of `parent`; used by addRepo and tests. */
export function commitFiles(repo: Repo, options: { files: Record<string, string>; parent?: string; message: string; author: GitPerson }): string {
  const files = options.parent ? flattenTree(repo, getObject(repo, options.parent, "commit")?.tree ?? "") : new Map<string, TreeEntry>();
  for (const [path, content] of Object.entries(options.files)) {
    files.set(path, { path, mode: "100644", type: "blob", sha: putBlob(repo, Buffer.from(content, "utf8")) });
  }
  const tree = buildTree(repo, files);
  return putCommit(repo, { tree, parents: options.parent ? [options.parent] : [], message: options.message, author: options.author, committer: options.author });
}
