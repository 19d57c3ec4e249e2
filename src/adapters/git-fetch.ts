// Makes sure a commit is present locally: shallow checkouts (actions/checkout's default) lack the PR base.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function hasCommit(repoDir: string, sha: string): Promise<boolean> {
  try {
    await run('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: repoDir });
    return true;
  } catch {
    return false;
  }
}

/** Fetches `sha` from origin when missing; returns whether a fetch was needed. */
export async function ensureCommit(repoDir: string, sha: string): Promise<boolean> {
  if (await hasCommit(repoDir, sha)) return false;
  try {
    await run('git', ['fetch', '--no-tags', '--depth=1', 'origin', sha], { cwd: repoDir });
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    throw new Error(`the base commit ${sha} is not in the checkout and fetching it failed (${detail}); use actions/checkout with fetch-depth: 0`);
  }
  return true;
}
