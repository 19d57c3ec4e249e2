// The bump on a checkout, shared by `monopin bump` and the weekly job: scan → index → plan → edits → size estimates.
import type { Config } from '../config.js';
import { createFsReader } from '../adapters/fs-reader.js';
import { createIndexClient, type IndexClient } from '../index/client.js';
import { releasesOf } from '../index/filenames.js';
import { scanRepository } from '../scan.js';
import type { Workspace } from '../model/types.js';
import { targetEnvironment, targetPython } from './environment.js';
import { policyFrom } from './policy-from-config.js';
import { prepareBump, type PreparedBump } from './prepare.js';
import { estimateBumpSizes, type SizeDeltaResult } from './size-section.js';
import type { IgnoreRule } from './types.js';

export interface CheckoutBump {
  workspace: Workspace & { constraintsFile: string };
  prepared: PreparedBump;
  sizes: SizeDeltaResult[];
  index: IndexClient;
  pythonVersion: string;
}

export async function planCheckoutBump(options: {
  root: string;
  config: Config;
  now: Date;
  pythonVersion?: string;
  /** Maintainers' rejections and ignores, besides the config's. */
  extraRules?: IgnoreRule[];
  cacheDir?: string;
  log: (line: string) => void;
  /** Images that could not be sized, one sentence each. */
  onNote: (note: string) => void;
}): Promise<CheckoutBump> {
  const { config } = options;
  const reader = createFsReader(options.root);
  const { workspace } = await scanRepository(reader, config);
  const constraintsFile = workspace.constraintsFile;
  if (!constraintsFile) throw new Error('no central constraints file found: set constraints in .github/monopin.yml (or the constraints input / --constraints)');
  const pythonVersion = targetPython(workspace, config.bump.pythonVersion, options.pythonVersion);
  const index = createIndexClient({ indexUrl: config.bump.indexUrl, extraIndexUrls: config.bump.extraIndexUrls, cacheDir: options.cacheDir, log: options.log });
  const prepared = await prepareBump({
    workspace,
    readText: async (path) => new TextDecoder().decode(await reader.read(path)),
    index,
    releasesOf,
    policy: policyFrom(config.bump, { now: options.now, pythonVersion, extraRules: options.extraRules }),
    environment: targetEnvironment(pythonVersion),
  });
  const sizes = await estimateBumpSizes({ workspace, config, changes: prepared.plan.bumps, index, pythonVersion, onNote: options.onNote });
  return { workspace: { ...workspace, constraintsFile }, prepared, sizes, index, pythonVersion };
}
