// mode: rebuild — on a push to the default branch (after the weekly PR is merged, say), build what
// the push touched: images installing a changed pin, images whose Dockerfile or copied files
// changed, and everything built on them; on other events every image. Pushes with `push: true`,
// measures what it pushed, and reports in the job summary.
import { resolve } from 'node:path';
import { createFsReader } from '../adapters/fs-reader.js';
import { ensureCommit } from '../adapters/git-fetch.js';
import { renderRebuildResults, renderRebuildSection } from '../rebuild/render-rebuild.js';
import type { Config } from '../config.js';
import { planRebuild } from '../rebuild-command.js';
import { changesSince, type RebuildChanges } from '../rebuild-changes.js';
import { renderSizeSection } from '../size/render.js';
import { scanRepository } from '../scan.js';
import type { EventInfo } from './event.js';
import type { Runner } from './runner.js';
import { setRebuildOutputs } from './rebuild-outputs.js';
import { rebuildInAction, type ActionRebuild } from './rebuild-step.js';

export interface RebuildJob extends ActionRebuild {
  config: Config;
  event: EventInfo;
  root: string;
  runner: Runner;
  now?: Date;
}

export async function runRebuildJob(job: RebuildJob): Promise<void> {
  const { runner, config, event } = job;
  const root = resolve(job.root);
  const { workspace } = await runner.group('Scan the checkout', () => scanRepository(createFsReader(root), config));

  // What changed since the branch's previous commit; without one (a dispatch, a new branch), everything.
  let changes: RebuildChanges | undefined;
  if (event.before) {
    const before = event.before;
    changes = await runner.group(`Changes since ${before.slice(0, 7)}`, async () => {
      if (await ensureCommit(root, before)) runner.info(`fetched ${before} from origin`);
      const found = await changesSince({ root, head: workspace, config, from: before, to: event.sha });
      runner.info(`${found.packages.length} changed pin(s): ${found.packages.join(', ') || 'none'}; ${found.files.length} changed file(s)`);
      return found;
    });
  }

  const plan = planRebuild({ workspace, config, changedPackages: changes?.packages, changedFiles: changes?.files, now: job.now ?? new Date(), sha: event.sha });
  setRebuildOutputs(runner, plan.matrix);
  if (plan.matrix.include.length === 0) {
    runner.info('no image installs a changed pin or copies a changed file: nothing to rebuild');
    await runner.writeSummary('### Base images\n\nNothing to rebuild: no image installs a changed pin or copies a changed file.\n');
    return;
  }

  const built = await rebuildInAction(runner, { push: job.push, network: job.network, registry: job.registry, root, matrix: plan.matrix });
  const sections = [
    renderRebuildSection(plan.matrix, plan.touch),
    renderRebuildResults(built.results, { pushed: job.push, ...(built.failure !== undefined && { failure: built.failure }) }),
    renderSizeSection([], { measured: built.measured }),
  ];
  await runner.writeSummary(`${sections.filter((s) => s !== '').join('\n\n')}\n`);
  if (built.failure !== undefined) runner.setFailed(`monopin: the rebuild failed: ${built.failure.split('\n')[0]}`);
}
