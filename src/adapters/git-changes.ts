// The files a push changed, relative to the scanned root (git diff --relative), for rebuilding only
// the images they touch. Read through git: nothing is checked out.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Paths (relative to `root`, below it) that differ between two commits, or between `from` and the
 * working tree when `to` is absent (tracked files only); renames count as delete + add.
 */
export async function changedFiles(root: string, from: string, to?: string): Promise<string[]> {
  try {
    const args = ['diff', '--name-only', '-z', '--no-renames', '--relative', from, ...(to !== undefined ? [to] : []), '--'];
    const { stdout } = await run('git', args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return stdout.split('\0').filter((path) => path !== '');
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    throw new Error(`cannot list the files changed since ${from}: ${detail}`);
  }
}
