// What changed between a revision and the head (a commit, or the working tree): the central and
// inline pins that moved and the files that differ — what `planRebuild` needs to rebuild only the
// images a push or a local edit touched. Shared by `mode: rebuild` and `monopin rebuild --since`.
import { scanRevision } from './adapters/base-reader.js';
import { changedFiles } from './adapters/git-changes.js';
import { targetPython } from './bump/environment.js';
import { changedPins } from './bump/pr-sizes.js';
import type { Config } from './config.js';
import type { Workspace } from './model/types.js';

export interface RebuildChanges {
  packages: string[];
  files: string[];
}

/** @param to the head commit; the working tree when absent */
export async function changesSince(o: { root: string; head: Workspace; config: Config; from: string; to?: string }): Promise<RebuildChanges> {
  const base = await scanRevision(o.root, o.from, o.config);
  const packages = changedPins(base.workspace, o.head, targetPython(o.head, o.config.bump.pythonVersion), o.config.platform).map((c) => c.name);
  return { packages, files: await changedFiles(o.root, o.from, o.to) };
}
