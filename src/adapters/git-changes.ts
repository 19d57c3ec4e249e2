// The files a push changed, relative to the scanned root (git diff --relative), for rebuilding only
// the images they touch. Read through git: nothing is checked out.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Paths (relative to `root`, below it) that differ between two commits; renames count as delete + add. */
export async function changedFiles(root: string, from: string, to: string): Promise<string[]> {
  try {
    const { stdout } = await run('git', ['diff', '--name-only', '-z', '--no-renames', '--relative', from, to], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return stdout.split('\0').filter((path) => path !== '');
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    throw new Error(`cannot list the files changed between ${from.slice(0, 7)} and ${to.slice(0, 7)}: ${detail}`);
  }
}
