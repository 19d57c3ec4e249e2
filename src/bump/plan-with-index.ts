// The planner's fetch loop: plan, fetch the metadata it asks for, plan again until it asks for none.
import type { MarkerEnvironment } from '../pep/marker.js';
import { planBumps, type PlanInput, type PlanResult } from './plan.js';
import type { CoreMetadata, PackageIndex } from './types.js';

const MAX_METADATA_ROUNDS = 12;

export interface PlanWithIndexOptions extends Omit<PlanInput, 'metadata' | 'environment'> {
  index: Pick<PackageIndex, 'metadata'>;
  environment: MarkerEnvironment;
}

/** The plan once every metadata it depends on is known (or known to be missing). */
export async function planWithIndex(options: PlanWithIndexOptions): Promise<PlanResult> {
  const { index, ...input } = options;
  const metadata = new Map<string, CoreMetadata | 'missing'>();
  const key = (name: string, version: string): string => `${name}@${version}`;
  const plan = (): PlanResult => planBumps({ ...input, metadata: (n, v) => metadata.get(key(n, v)) });
  let result = plan();
  for (let round = 0; round < MAX_METADATA_ROUNDS && result.needs.length > 0; round++) {
    await Promise.all(
      result.needs.map(async ({ name, version }) => {
        const found = await index.metadata(name, version).catch(() => undefined);
        metadata.set(key(name, version), found ?? 'missing');
      }),
    );
    result = plan();
  }
  return result;
}
