// `monopin bump`: plan the constraint bumps for a local checkout, print them and the diff; --write applies them.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from './config.js';
import { createFsReader } from './adapters/fs-reader.js';
import { inferPythonVersion, targetEnvironment } from './bump/environment.js';
import { policyFrom } from './bump/policy-from-config.js';
import { prepareBump, type PreparedBump } from './bump/prepare.js';
import { renderPlanJson, renderPlanText } from './bump/render-plan.js';
import { estimateBumpSizes, type SizeDeltaResult } from './bump/size-section.js';
import { createIndexClient } from './index/client.js';
import { releasesOf } from './index/filenames.js';
import { scanRepository } from './scan.js';

export interface BumpCommandOptions {
  root: string;
  config: Config;
  format: 'text' | 'json';
  write: boolean;
  pythonVersion?: string;
  cacheDir?: string;
  log: (line: string) => void;
}

export async function runBump(options: BumpCommandOptions): Promise<{ output: string; prepared: PreparedBump; sizes: SizeDeltaResult[] }> {
  const { config } = options;
  const reader = createFsReader(options.root);
  const { workspace } = await scanRepository(reader, config);
  if (!workspace.constraintsFile) throw new Error('no central constraints file found: set constraints in .github/monopin.yml or pass --constraints');
  const pythonVersion = options.pythonVersion ?? config.bump.pythonVersion ?? inferPythonVersion(workspace) ?? '3.12';
  const index = createIndexClient({ indexUrl: config.bump.indexUrl, extraIndexUrls: config.bump.extraIndexUrls, cacheDir: options.cacheDir, log: options.log });
  const prepared = await prepareBump({
    workspace,
    readText: async (path) => new TextDecoder().decode(await reader.read(path)),
    index,
    releasesOf,
    policy: policyFrom(config.bump, { now: new Date(), pythonVersion }),
    environment: targetEnvironment(pythonVersion),
  });
  const notes = [...prepared.notes];
  const sizes = await estimateBumpSizes({ workspace, config, changes: prepared.plan.bumps, index, pythonVersion, onNote: (note) => notes.push(note) });
  if (options.write) for (const edit of prepared.edits) await writeFile(join(options.root, edit.path), edit.after);
  const stats = index.stats();
  const requests = `index: ${stats.projectRequests} project requests, ${stats.metadataRequests} metadata requests, ${stats.cacheHits} cache hits · Python ${pythonVersion}`;
  const files = prepared.edits.map((e) => e.path);
  const output =
    options.format === 'json'
      ? renderPlanJson(prepared.plan, { diff: prepared.diff, notes, constraintsFile: workspace.constraintsFile, files, sizes })
      : renderPlanText(prepared.plan, { diff: prepared.diff, notes, constraintsFile: workspace.constraintsFile, requests, sizes });
  return { output, prepared, sizes };
}
