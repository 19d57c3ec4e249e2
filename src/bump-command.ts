// `monopin bump`: plan the constraint bumps for a local checkout, print them and the diff; --write applies them.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from './config.js';
import { planCheckoutBump } from './bump/plan-checkout.js';
import type { PreparedBump } from './bump/prepare.js';
import { renderPlanJson, renderPlanText } from './bump/render-plan.js';
import { bumpOutcome, type BumpFailOn, type BumpOutcome } from './bump/outcome.js';
import { collectReleaseNotes } from './bump/release-notes.js';
import type { SizeDeltaResult } from './bump/size-section.js';

export interface BumpCommandOptions {
  root: string;
  config: Config;
  format: 'text' | 'json';
  write: boolean;
  pythonVersion?: string;
  cacheDir?: string;
  /** `never`: exit 0 even when packages (or the whole index) could not be read. */
  failOn?: BumpFailOn;
  log: (line: string) => void;
}

export async function runBump(options: BumpCommandOptions): Promise<{ output: string; prepared: PreparedBump; sizes: SizeDeltaResult[]; outcome: BumpOutcome }> {
  const notes: string[] = [];
  const { workspace, prepared, sizes, index, pythonVersion } = await planCheckoutBump({
    root: options.root,
    config: options.config,
    now: new Date(),
    pythonVersion: options.pythonVersion,
    cacheDir: options.cacheDir,
    log: options.log,
    onNote: (note) => notes.push(note),
  });
  notes.unshift(...prepared.notes);
  if (options.write) for (const edit of prepared.edits) await writeFile(join(options.root, edit.path), edit.after);
  const stats = index.stats();
  const wheelReads = stats.wheelMetadataReads > 0 ? `, ${stats.wheelMetadataReads} wheels read for metadata (${stats.wheelMetadataBytes.toLocaleString('en-US')} bytes)` : '';
  const requests = `index: ${stats.projectRequests} project requests, ${stats.metadataRequests} metadata requests${wheelReads}, ${stats.cacheHits} cache hits · Python ${pythonVersion}`;
  const files = prepared.edits.map((e) => e.path);
  const output =
    options.format === 'json'
      ? renderPlanJson(prepared.plan, { diff: prepared.diff, notes, constraintsFile: workspace.constraintsFile, files, sizes, releaseNotes: await collectReleaseNotes({ bumps: prepared.plan.bumps, index }) })
      : renderPlanText(prepared.plan, { diff: prepared.diff, notes, constraintsFile: workspace.constraintsFile, requests, sizes });
  return { output, prepared, sizes, outcome: bumpOutcome(prepared.plan, prepared.pages.size, options.failOn) };
}
