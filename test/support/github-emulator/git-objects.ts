// Git object storage with git's own encodings, so trees nest and shas match real git.
import { gitSha, type GitObject, type GitPerson, type Repo, type TreeEntry } from "./state.js";

export function putBlob(repo: Repo, content: Buffer): string {
  const sha = gitSha("blob", content);
  repo.objects.set(sha, { type: "blob", sha, content });
  return sha;
}

export function putTree(repo: Repo, entries: TreeEntry[]): string {
  // git sorts tree entries by name, with directories compared as if they ended in "/".
  const sorted = [...entries].sort((a, b) => {
    const ka = a.type === "tree" ? `${a.path}/` : a.path;
    const kb = b.type === "tree" ? `${b.path}/` : b.path;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  const payload = Buffer.concat(
    sorted.map((e) => Buffer.concat([Buffer.from(`${e.mode.replace(/^0+/, "")} ${e.path}\0`), Buffer.from(e.sha, "hex")])),
  );
  const sha = gitSha("tree", payload);
  repo.objects.set(sha, { type: "tree", sha, entries: sorted });
  return sha;
}

export function putCommit(
  repo: Repo,
  commit: { tree: string; parents: string[]; message: string; author: GitPerson; committer: GitPerson },
): string {
  const person = (p: GitPerson): string => `${p.name} <${p.email}> ${Math.floor(Date.parse(p.date) / 1000)} +0000`;
  const text = [
    `tree ${commit.tree}`,
    ...commit.parents.map((p) => `parent ${p}`),
    `author ${person(commit.author)}`,
    `committer ${person(commit.committer)}`,
    "",
    commit.message,
  ].join("\n");
  const sha = gitSha("commit", Buffer.from(text));
  repo.objects.set(sha, { type: "commit", sha, ...commit });
  return sha;
}

export function getObject<T extends GitObject["type"]>(repo: Repo, sha: string, type: T): Extract<GitObject, { type: T }> | undefined {
  const found = repo.objects.get(sha.toLowerCase());
  return found?.type === type ? (found as Extract<GitObject, { type: T }>) : undefined;
}

/** Every blob and submodule below a tree, by full path. */
export function flattenTree(repo: Repo, treeSha: string, prefix = ""): Map<string, TreeEntry> {
  const out = new Map<string, TreeEntry>();
  const tree = getObject(repo, treeSha, "tree");
  if (!tree) return out;
  for (const entry of tree.entries) {
    const path = prefix + entry.path;
    if (entry.type === "tree") for (const [p, e] of flattenTree(repo, entry.sha, `${path}/`)) out.set(p, e);
    else out.set(path, { ...entry, path });
  }
  return out;
}

/** Builds nested trees from full paths; returns the root tree's sha. */
export function buildTree(repo: Repo, files: Map<string, TreeEntry>): string {
  const here: TreeEntry[] = [];
  const dirs = new Map<string, Map<string, TreeEntry>>();
  for (const [path, entry] of files) {
    const slash = path.indexOf("/");
    if (slash < 0) {
      here.push({ ...entry, path });
      continue;
    }
    const dir = path.slice(0, slash);
    if (!dirs.has(dir)) dirs.set(dir, new Map());
    dirs.get(dir)?.set(path.slice(slash + 1), entry);
  }
  for (const [dir, children] of dirs) here.push({ path: dir, mode: "040000", type: "tree", sha: buildTree(repo, children) });
  return putTree(repo, here);
}

export function isAncestor(repo: Repo, ancestor: string, descendant: string): boolean {
  const seen = new Set<string>();
  const queue = [descendant];
  while (queue.length > 0) {
    const sha = queue.pop() ?? "";
    if (sha === ancestor) return true;
    if (seen.has(sha)) continue;
    seen.add(sha);
    queue.push(...(getObject(repo, sha, "commit")?.parents ?? []));
  }
  return false;
}
