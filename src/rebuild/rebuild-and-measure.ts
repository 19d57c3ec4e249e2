// Build the planned images wave by wave with BuildKit and, with push, measure each pushed image
// against the `latest` it replaces, both read from the registry (before and after the push). Used by
// `monopin rebuild` and by `rebuild: true` in the weekly job (which first applies the bump's edits).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RebuildMatrix } from './matrix.js';
import { runRebuildWaves, type Exec, type ImageBuildResult, type RunnerLog } from './runner.js';
import type { ImageSize, RegistryClient } from '../registry/client.js';
import { isRemoteImage } from '../registry/ref.js';
import { compareImages, imageSizeIfPresent, type MeasuredSize } from '../size/measured.js';

export interface RebuildStepResult {
  results: ImageBuildResult[];
  measured: MeasuredSize[];
  /** Why the rebuild stopped, when it did. */
  failure?: string;
}

export async function rebuildAndMeasure(o: {
  root: string;
  matrix: RebuildMatrix;
  /** Written into root before building (the bump's files; the checkout is the runner's own copy). */
  edits?: { path: string; after: string }[];
  push: boolean;
  network?: 'host';
  registry: RegistryClient;
  log: RunnerLog & { warning: (line: string) => void };
  exec?: Exec;
}): Promise<RebuildStepResult> {
  const { log, matrix } = o;
  const edits = o.edits ?? [];
  for (const edit of edits) await writeFile(join(o.root, edit.path), edit.after);
  if (edits.length > 0) log.info(`applied ${edits.length} edit(s) to the checkout for the build`);

  const measurable = o.push ? matrix.include.filter((e) => e.push !== false && isRemoteImage(e.repository)) : [];
  // `latest` moves with the push: read what it was before building. null: no image yet (a new one).
  const before = new Map<string, ImageSize | null>();
  await Promise.all(
    measurable.map(async (e) => {
      try {
        before.set(e.image, (await imageSizeIfPresent(o.registry, `${e.repository}:latest`, e.platform)) ?? null);
      } catch (error) {
        log.warning(`${e.image}: size before the rebuild not read, so not measured: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );

  const results: ImageBuildResult[] = [];
  let failure: string | undefined;
  try {
    results.push(
      ...(await runRebuildWaves({
        waves: matrix.waves,
        include: matrix.include,
        push: o.push,
        root: o.root,
        network: o.network,
        registry: o.registry,
        log,
        ...(o.exec && { exec: o.exec }),
      })),
    );
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }

  const measured: MeasuredSize[] = [];
  if (failure === undefined) {
    for (const e of measurable.filter((m) => before.has(m.image))) {
      try {
        const after = await o.registry.imageSize(e.tags[0]!, e.platform);
        measured.push(compareImages(e.image, before.get(e.image) ?? undefined, after));
      } catch (error) {
        log.warning(`${e.image}: ${e.tags[0]} was pushed but its manifest could not be read, so not measured: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return { results, measured, ...(failure !== undefined && { failure }) };
}
