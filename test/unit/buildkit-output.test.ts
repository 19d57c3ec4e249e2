// parseBuildkitProgress on output captured from this machine's dockerd 20.10 (DOCKER_BUILDKIT=1,
// --progress=plain): a cold build, then the same Dockerfile after its COPY source changed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBuildkitProgress } from '../../src/rebuild/buildkit-output.js';

const fixture = (name: string) => readFileSync(join('test/fixtures/buildkit', name), 'utf8');

describe('parseBuildkitProgress', () => {
  it.each([
    ['buildkit-plain-cold.txt', 3, 0],
    ['buildkit-plain-warm.txt', 3, 1],
  ])('%s: %i steps besides FROM, %i cached', (name, total, cached) => {
    const progress = parseBuildkitProgress(fixture(name));
    expect(progress.totalSteps).toBe(total);
    expect(progress.cachedSteps).toBe(cached);
    expect(progress.steps.map((s) => s.kind)).toEqual(['FROM', 'RUN', 'COPY', 'RUN']);
  });

  it('names the cached step and keeps DONE seconds of the others', () => {
    const { steps } = parseBuildkitProgress(fixture('buildkit-plain-warm.txt'));
    expect(steps.find((s) => s.cached)?.instruction).toBe('RUN python3 -m venv /opt/venv');
    expect(steps.find((s) => s.kind === 'COPY')?.seconds).toBe(0);
  });

  it('reads stage names, repeated announcements and errors', () => {
    const output = [
      '#4 [builder 1/2] FROM docker.io/library/python:3.12',
      '#5 [builder 2/2] RUN pip wheel .',
      '#5 CACHED',
      '#6 [stage-1 2/2] COPY --from=builder /w /w',
      '#6 [stage-1 2/2] COPY --from=builder /w /w',
      '#6 ERROR: failed to compute cache key',
    ].join('\n');
    const progress = parseBuildkitProgress(output);
    expect(progress.steps.map((s) => [s.stage, s.index, s.of, s.cached, s.error])).toEqual([
      ['builder', 1, 2, false, false],
      ['builder', 2, 2, true, false],
      ['stage-1', 2, 2, false, true],
    ]);
    expect(progress).toMatchObject({ totalSteps: 2, cachedSteps: 1 });
  });
});
