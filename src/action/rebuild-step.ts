// The builds as both jobs run them: through the runner's log groups and warnings, the exact measured
// figures in the log.
import { rebuildAndMeasure, type RebuildStepResult } from '../rebuild/rebuild-and-measure.js';
import type { RebuildMatrix } from '../rebuild/matrix.js';
import type { RegistryClient } from '../registry/client.js';
import type { Runner } from './runner.js';
import { logSizes } from './size-log.js';

/** How the action builds: the `push` and `build-network` inputs, and the registry that measures. */
export interface ActionRebuild {
  push: boolean;
  network?: 'host';
  registry: RegistryClient;
}

export async function rebuildInAction(runner: Runner, o: ActionRebuild & { root: string; matrix: RebuildMatrix; edits?: { path: string; after: string }[] }): Promise<RebuildStepResult> {
  const built = await rebuildAndMeasure({ ...o, log: { info: (l) => runner.info(l), warning: (l) => runner.warning(l), group: (name, fn) => runner.group(name, fn) } });
  logSizes(runner, [], built.measured);
  return built;
}
