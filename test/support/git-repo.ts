// Real git repositories in temp folders, for tests that need a base and a head commit.
import { execFileSync } from 'node:child_process';

const IDENTITY = ['-c', 'user.email=test@example.com', '-c', 'user.name=test', '-c', 'commit.gpgsign=false'];

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', [...IDENTITY, ...args], { cwd, encoding: 'utf8' }).trim();
}

/** `git init` + commit everything in `dir` on main; returns the commit sha. */
export function makeRepo(dir: string): string {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  return git(dir, 'rev-parse', 'HEAD');
}
