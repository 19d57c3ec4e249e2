// Commits through GitHub's Git Data API: no checkout, no push credentials, and GitHub signs
// the commit. The bump branch is always one commit on top of the current base ("rebased").
import { httpStatusOf, type GitHubClient } from './client.js';

export interface CommitFilesOptions {
  owner: string;
  repo: string;
  baseBranch: string;
  /** Branch name without `refs/heads/`. */
  branch: string;
  message: string;
  files: { path: string; content: string }[];
}

export interface CommitFilesResult {
  /** The commit the branch points at afterwards (unchanged when `created` is false). */
  commitSha: string;
  created: boolean;
  baseSha: string;
  /** The files change nothing on the base: no commit was made and the branch was left alone. */
  sameAsBase: boolean;
}

async function branchSha(github: GitHubClient, owner: string, repo: string, branch: string): Promise<string | undefined> {
  try {
    const { data } = await github.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
    // A prefix match (heads/foo when only heads/foo/bar exists) answers with an array on GitHub.
    return Array.isArray(data) ? undefined : data.object.sha;
  } catch (error) {
    if (httpStatusOf(error) === 404) return undefined;
    throw error;
  }
}

export async function commitFiles(github: GitHubClient, options: CommitFilesOptions): Promise<CommitFilesResult> {
  const { owner, repo } = options;
  const baseSha = await branchSha(github, owner, repo, options.baseBranch);
  if (!baseSha) throw new Error(`Base branch ${options.baseBranch} not found in ${owner}/${repo}`);
  if (options.files.length === 0) {
    return { commitSha: (await branchSha(github, owner, repo, options.branch)) ?? baseSha, created: false, baseSha, sameAsBase: true };
  }
  const { data: baseCommit } = await github.rest.git.getCommit({ owner, repo, commit_sha: baseSha });
  const baseTree = baseCommit.tree.sha;
  // Inline content makes GitHub create the blobs: one write for all files instead of one per file.
  const { data: tree } = await github.rest.git.createTree({
    owner,
    repo,
    base_tree: baseTree,
    tree: options.files.map((file) => ({ path: file.path, mode: '100644' as const, type: 'blob' as const, content: file.content })),
  });
  const existing = await branchSha(github, owner, repo, options.branch);
  if (tree.sha === baseTree) return { commitSha: existing ?? baseSha, created: false, baseSha, sameAsBase: true };
  if (existing) {
    const { data: current } = await github.rest.git.getCommit({ owner, repo, commit_sha: existing });
    const parents = current.parents.map((p) => p.sha);
    if (current.tree.sha === tree.sha && parents.length === 1 && parents[0] === baseSha) {
      return { commitSha: existing, created: false, baseSha, sameAsBase: false };
    }
  }
  const { data: commit } = await github.rest.git.createCommit({ owner, repo, message: options.message, tree: tree.sha, parents: [baseSha] });
  if (existing) {
    // Force: the branch is rebuilt on the current base every run, whatever it held before.
    await github.rest.git.updateRef({ owner, repo, ref: `heads/${options.branch}`, sha: commit.sha, force: true });
  } else {
    await github.rest.git.createRef({ owner, repo, ref: `refs/heads/${options.branch}`, sha: commit.sha });
  }
  return { commitSha: commit.sha, created: true, baseSha, sameAsBase: false };
}
