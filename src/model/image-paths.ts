// Maps a path inside an image (`pip install -r /app/requirements.txt`) back to the repository file
// that a COPY/ADD before that RUN put there: in the same stage or a stage it is built FROM, and
// through `COPY --from=<stage>` to what that stage copied from the context. Pure.
import { posix } from 'node:path';
import { copyGlob } from './copy-glob.js';
import type { CopyRef, DockerfileInfo, StageCopyRef } from '../sources/types.js';
import { joinPath, type KnownPaths } from './paths.js';

// `COPY --from` chains longer than this are not real builds.
const MAX_STAGE_HOPS = 16;

function imageAbsolute(path: string, workdir: string): string {
  return posix.normalize(path.startsWith('/') ? path : posix.join(workdir || '/', path));
}

/** Stage index of each stage's parent (`FROM builder AS final` → builder's index), and stages by name. */
interface Stages {
  parent: (number | undefined)[];
  byName: Map<string, number>;
}

// Each Dockerfile's stages are asked for once per install and per FROM: worked out once.
const stageCache = new WeakMap<DockerfileInfo, Stages>();
const reachableCache = new WeakMap<DockerfileInfo, Map<string, Set<number>>>();

function stagesOf(info: DockerfileInfo): Stages {
  let stages = stageCache.get(info);
  if (!stages) stageCache.set(info, (stages = computeStages(info)));
  return stages;
}

function computeStages(info: DockerfileInfo): Stages {
  const byName = new Map<string, number>();
  const parent = info.froms.map((from, i) => {
    const p = from.isStage ? byName.get(from.image.toLowerCase()) : undefined;
    if (from.stageName) byName.set(from.stageName, i);
    return p;
  });
  return { parent, byName };
}

/** The stage a `--from` value names (a name or an index), undefined for an image. */
function stageIndex(stages: Stages, from: string): number | undefined {
  if (/^\d+$/.test(from)) {
    const i = Number(from);
    return i < stages.parent.length ? i : undefined;
  }
  return stages.byName.get(from.toLowerCase());
}

/** The stages a build of `target` runs: the target, the stages it is built FROM, and those it copies from. */
export function reachableStages(info: DockerfileInfo, target?: string): ReadonlySet<number> {
  let byTarget = reachableCache.get(info);
  if (!byTarget) reachableCache.set(info, (byTarget = new Map()));
  const key = target ?? '';
  let found = byTarget.get(key);
  if (!found) byTarget.set(key, (found = computeReachable(info, target)));
  return found;
}

function computeReachable(info: DockerfileInfo, target?: string): Set<number> {
  const stages = stagesOf(info);
  const last = info.froms.length - 1;
  const start = target === undefined ? last : (stages.byName.get(target.toLowerCase()) ?? last);
  const seen = new Set<number>();
  const queue = start >= 0 ? [start] : [];
  while (queue.length > 0) {
    const s = queue.pop()!;
    if (seen.has(s)) continue;
    seen.add(s);
    const p = stages.parent[s];
    if (p !== undefined) queue.push(p);
    for (const c of info.stageCopies) {
      if (c.stage !== s) continue;
      const from = stageIndex(stages, c.from);
      if (from !== undefined) queue.push(from);
    }
  }
  return seen;
}

/**
 * @param stage the stage of the RUN; only copies above `beforeLine` in it (and every copy of the stages it is built FROM) count
 * @param context repo-relative build context ('' = root)
 * @param known repo-relative paths of files that exist (folders end in `/`)
 */
export function mapImagePath(options: {
  info: DockerfileInfo;
  stage: number;
  beforeLine: number;
  context: string;
  imagePath: string;
  workdir: string;
  known: KnownPaths;
}): string | undefined {
  const stages = stagesOf(options.info);
  const target = imageAbsolute(options.imagePath, options.workdir);
  return resolve(options, stages, options.stage, options.beforeLine, target, 0);
}

function resolve(
  options: { info: DockerfileInfo; context: string; known: KnownPaths },
  stages: Stages,
  stage: number,
  beforeLine: number,
  target: string,
  hops: number,
): string | undefined {
  if (hops > MAX_STAGE_HOPS) return undefined;
  const chain = new Set<number>();
  for (let s: number | undefined = stage; s !== undefined && !chain.has(s); s = stages.parent[s]) chain.add(s);
  const inScope = (c: CopyRef): boolean => chain.has(c.stage) && (c.stage !== stage || c.location.line < beforeLine);
  // The last copy that wrote the path wins: walk them from the bottom up.
  const copies: (CopyRef | StageCopyRef)[] = [...options.info.copies.filter(inScope), ...options.info.stageCopies.filter(inScope)];
  copies.sort((a, b) => b.location.line - a.location.line);
  for (const copy of copies) {
    if ('from' in copy) {
      const source = stageSource(copy, target);
      const from = source === undefined ? undefined : stageIndex(stages, copy.from);
      if (source !== undefined && from !== undefined) return resolve(options, stages, from, Number.POSITIVE_INFINITY, source, hops + 1);
      if (source !== undefined) return undefined; // copied from an image: not a repository file
      continue;
    }
    const found = contextSource(copy, target, options.context, options.known);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** For `COPY --from=x src dest`: the path in stage x that became `target`, if this copy wrote it. */
function stageSource(copy: StageCopyRef, target: string): string | undefined {
  const dest = imageAbsolute(copy.destination, copy.workdir);
  const destIsDir = copy.destination.endsWith('/') || copy.destination === '.' || copy.sources.length > 1;
  for (const written of copy.sources) {
    // Sources of --from are paths in that stage's filesystem, from its root.
    const source = posix.normalize(posix.join('/', written));
    if (!destIsDir && target === dest) return source;
    if (target === posix.join(dest, posix.basename(source))) return source;
    const prefix = dest === '/' ? '/' : `${dest}/`;
    if (target.startsWith(prefix)) return posix.join(source, target.slice(prefix.length));
  }
  return undefined;
}

/** For a context COPY: the repository file that became `target`, if this copy wrote it. */
function contextSource(copy: CopyRef, target: string, context: string, known: KnownPaths): string | undefined {
  const dest = imageAbsolute(copy.destination, copy.workdir);
  const destIsDir = copy.destination.endsWith('/') || copy.destination === '.' || copy.sources.length > 1;
  for (const source of copy.sources) {
    // Sources cannot leave the context; a leading / means the context root.
    const repoSource = joinPath(context, source.replace(/^\/+/, ''));
    if (/[*?[]/.test(source)) {
      // COPY requirements*.txt /app/ — the file keeps its base name under dest.
      if (posix.dirname(target) !== dest) continue;
      const candidate = joinPath(posix.dirname(repoSource), posix.basename(target));
      if (known.has(candidate) && copyGlob(repoSource)(candidate)) return candidate;
      continue;
    }
    if (known.has(repoSource)) {
      const asFile = !destIsDir && target === dest;
      const intoDir = target === posix.join(dest, posix.basename(source));
      if (asFile || intoDir) return repoSource;
      continue;
    }
    // A directory copy: /dest/rest ← context/source/rest.
    const prefix = dest === '/' ? '/' : `${dest}/`;
    if (target.startsWith(prefix)) {
      const candidate = joinPath(repoSource, target.slice(prefix.length));
      if (known.has(candidate)) return candidate;
    }
  }
  return undefined;
}
