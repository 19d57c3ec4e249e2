// The rebuild plan as step outputs: the whole matrix, the number of waves, and one matrix per wave
// (`rebuild-matrix-wave-N`) so a workflow runs one matrix job per wave, each after the previous.
import type { RebuildMatrix } from '../rebuild/matrix.js';
import type { Runner } from './runner.js';

export function setRebuildOutputs(runner: Pick<Runner, 'setOutput'>, matrix: RebuildMatrix): void {
  runner.setOutput('rebuild-matrix', JSON.stringify({ include: matrix.include }));
  const waves = matrix.include.length === 0 ? 0 : matrix.waves.length;
  runner.setOutput('rebuild-waves', waves);
  for (let wave = 1; wave <= waves; wave++) {
    runner.setOutput(`rebuild-matrix-wave-${wave}`, JSON.stringify({ include: matrix.include.filter((e) => e.wave === wave) }));
  }
}
