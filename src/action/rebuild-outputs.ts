// The rebuild plan as step outputs: the whole matrix, the number of waves, and one matrix per wave
// (`rebuild-matrix-wave-N`) so a workflow runs one matrix job per wave, each after the previous.
import type { RebuildMatrix } from '../rebuild/matrix.js';
import type { Runner } from './runner.js';

/**
 * Waves with an output of their own, each declared in action.yml (so workflows, and linters such as actionlint, know them).
 * A FROM chain deeper than this is rare; the waves past it are in `rebuild-matrix` (filter on `wave`).
 */
export const MAX_WAVE_OUTPUTS = 10;

export function setRebuildOutputs(runner: Pick<Runner, 'setOutput' | 'warning'>, matrix: RebuildMatrix): void {
  runner.setOutput('rebuild-matrix', JSON.stringify({ include: matrix.include }));
  const waves = matrix.include.length === 0 ? 0 : matrix.waves.length;
  runner.setOutput('rebuild-waves', waves);
  for (let wave = 1; wave <= Math.min(waves, MAX_WAVE_OUTPUTS); wave++) {
    runner.setOutput(`rebuild-matrix-wave-${wave}`, JSON.stringify({ include: matrix.include.filter((e) => e.wave === wave) }));
  }
  if (waves > MAX_WAVE_OUTPUTS) {
    runner.warning(
      `monopin: the rebuild has ${waves} waves; outputs rebuild-matrix-wave-1 to -${MAX_WAVE_OUTPUTS} hold the first ${MAX_WAVE_OUTPUTS}, ` +
        `waves ${MAX_WAVE_OUTPUTS + 1} to ${waves} are only in rebuild-matrix (its entries' "wave" field says which)`,
    );
  }
}
