// BuildKit's `--progress=plain` output read back as steps: which Dockerfile instructions ran and
// which came from cache. Pure: text in, counts out.
//
// Each vertex prints as `#N [stage x/y] INSTRUCTION` (`[x/y]` in a single-stage build), its
// progress as `#N …` lines and its end as `#N DONE 1.2s`, `#N CACHED` or `#N ERROR …`. The same
// vertex may be announced more than once (docker 20.10 repeats it around its output), so steps are
// keyed by N. `[internal]` vertices (context transfer, Dockerfile, metadata) are no steps.

export interface BuildStep {
  /** The vertex number N of `#N`. */
  id: number;
  /** Stage name as BuildKit prints it (`stage-0`, `builder`); undefined in a single-stage build. */
  stage?: string;
  /** x of `[x/y]`. */
  index: number;
  /** y of `[x/y]`. */
  of: number;
  /** The instruction as printed: `RUN pip install …`, `FROM docker.io/library/python:3.12@sha256:…`. */
  instruction: string;
  /** `FROM`, `RUN`, `COPY`, … */
  kind: string;
  cached: boolean;
  /** `DONE` seconds, when printed. */
  seconds?: number;
  error: boolean;
}

export interface BuildProgress {
  /** Every step, in order of first appearance. */
  steps: BuildStep[];
  /** Steps other than FROM (a FROM resolves an image; it neither runs nor reports CACHED). */
  totalSteps: number;
  /** Of those, the ones BuildKit reported CACHED. */
  cachedSteps: number;
}

const STEP = /^#(\d+) \[(?:(\S+) )?(\d+)\/(\d+)\] (.*)$/;
const CACHED = /^#(\d+) CACHED\s*$/;
const DONE = /^#(\d+) DONE (\d+(?:\.\d+)?)s\s*$/;
const ERROR = /^#(\d+) ERROR\b/;

export function parseBuildkitProgress(output: string): BuildProgress {
  const byId = new Map<number, BuildStep>();
  const cached = new Set<number>();
  const done = new Map<number, number>();
  const failed = new Set<number>();
  for (const raw of output.split(/\r?\n/)) {
    // buildx may prefix a timestamp-free plain line with the builder's own prefix; only `#N` lines count.
    const line = raw.trimEnd();
    let m = STEP.exec(line);
    if (m) {
      const id = Number(m[1]);
      if (!byId.has(id)) {
        const instruction = m[5]!;
        byId.set(id, {
          id,
          ...(m[2] !== undefined && { stage: m[2] }),
          index: Number(m[3]),
          of: Number(m[4]),
          instruction,
          kind: (/^(\S+)/.exec(instruction)?.[1] ?? '').toUpperCase(),
          cached: false,
          error: false,
        });
      }
      continue;
    }
    if ((m = CACHED.exec(line))) cached.add(Number(m[1]));
    else if ((m = DONE.exec(line))) done.set(Number(m[1]), Number(m[2]));
    else if ((m = ERROR.exec(line))) failed.add(Number(m[1]));
  }
  const steps = [...byId.values()].map((step) => {
    const seconds = done.get(step.id);
    return { ...step, cached: cached.has(step.id), error: failed.has(step.id), ...(seconds !== undefined && { seconds }) };
  });
  const counted = steps.filter((s) => s.kind !== 'FROM');
  return { steps, totalSteps: counted.length, cachedSteps: counted.filter((s) => s.cached).length };
}
