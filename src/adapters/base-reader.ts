// A FileReader over a git revision of the checkout holding `root`, scoped to root when it is a subfolder.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Config } from '../config.js';
import type { FileReader } from '../model.js';
import { scanRepository, type ScanResult } from '../scan.js';
import { createGitReader } from './git-reader.js';

const run = promisify(execFile);

/** The scan of a git revision: a pull request's base, the commit a rebuild compares with. */
export async function scanRevision(root: string, ref: string, config: Config): Promise<ScanResult> {
  const reader = await openBaseReader(root, ref);
  try {
    return await scanRepository(reader, config);
  } finally {
    await reader.close();
  }
}

export async function openBaseReader(root: string, ref: string): Promise<FileReader & { close(): Promise<void> }> {
  const { stdout } = await run('git', ['rev-parse', '--show-toplevel', '--show-prefix'], { cwd: root }).catch((error: Error & { stderr?: string }) => {
    // git's own words ("fatal: not a git repository (or any of the parent directories): .git") say neither the path nor the fix.
    if (/not a git repository/i.test(error.stderr ?? error.message)) throw new Error(`${root} is not a git repository: run inside a clone, or drop --base`);
    throw new Error(`git cannot read the repository at ${root}: ${(error.stderr ?? error.message).trim().split('\n')[0]}`);
  });
  const [top, prefixLine] = stdout.split('\n');
  const prefix = (prefixLine ?? '').replace(/\/$/, '');
  const git = await createGitReader(top!, ref);
  const scoped = (path: string): string => (prefix === '' ? path : path === '' ? prefix : `${prefix}/${path}`);
  return {
    list: (dir) => git.list(scoped(dir)),
    read: (path) => git.read(scoped(path)),
    close: async () => {
      await git.close();
    },
  };
}
