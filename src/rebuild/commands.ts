// The docker command lines of a rebuild, as data: the runner executes them, tests read them.
// buildx when present; else the classic client with BuildKit switched on (Debian's docker 20.10).
import type { MatrixEntry } from './matrix.js';

export type DockerClient = 'buildx' | 'classic';

export interface BuildCommand {
  argv: string[];
  env: Record<string, string>;
}

export class BuildCommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildCommandError';
  }
}

/**
 * The commands that build (and, with `push`, publish) one image.
 * Inline cache: `--cache-from <repo>:latest` and `BUILDKIT_INLINE_CACHE=1` (min mode: no
 * intermediate stages). Registry cache (buildx only): read `<repo>:buildcache`, and write it in max
 * mode when pushing; a local build writes nothing to the registry.
 */
export function buildCommands(entry: MatrixEntry, options: { client: DockerClient; push: boolean }): BuildCommand[] {
  const registry = entry.cacheTo !== undefined;
  if (registry && options.client === 'classic') {
    throw new BuildCommandError(`${entry.image}: cache: registry needs docker buildx (docker build cannot export a cache to a registry); install buildx or set cache: inline`);
  }
  const args = ['--file', entry.dockerfile];
  for (const tag of entry.tags) args.push('--tag', tag);
  args.push('--platform', entry.platform);
  if (registry) {
    for (const ref of entry.cacheFrom) args.push('--cache-from', `type=registry,ref=${ref}`);
    if (options.push) args.push('--cache-to', `type=registry,ref=${entry.cacheTo},mode=max`);
  } else {
    for (const ref of entry.cacheFrom) args.push('--cache-from', ref);
    args.push('--build-arg', 'BUILDKIT_INLINE_CACHE=1');
  }
  if (options.client === 'buildx') {
    // --load puts the image in the local store, where the next wave's FROM finds it.
    args.push(options.push ? '--push' : '--load', entry.context);
    return [{ argv: ['docker', 'buildx', 'build', ...args], env: {} }];
  }
  const commands: BuildCommand[] = [{ argv: ['docker', 'build', ...args, entry.context], env: { DOCKER_BUILDKIT: '1' } }];
  if (options.push) for (const tag of entry.tags) commands.push({ argv: ['docker', 'push', tag], env: {} });
  return commands;
}

/** Every image's commands, wave by wave in matrix order. */
export function rebuildCommands(include: MatrixEntry[], options: { client: DockerClient; push: boolean }): { image: string; wave: number; commands: BuildCommand[] }[] {
  return [...include]
    .sort((a, b) => a.wave - b.wave)
    .map((entry) => ({ image: entry.image, wave: entry.wave, commands: buildCommands(entry, options) }));
}
