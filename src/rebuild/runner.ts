// The built-in rebuild runner: wave after wave, each image's docker commands (buildCommands) run
// without a shell, with BuildKit's plain progress read back for build time and cached steps.
// The process runner is injected (tests record argv); the default spawns docker.
import { spawn } from 'node:child_process';
import type { RegistryClient } from '../registry/client.js';
import { parseBuildkitProgress } from './buildkit-output.js';
import { checkCacheSources, type CacheNote } from './cache-check.js';
import { buildCommands, type BuildCommand, type DockerClient } from './commands.js';
import type { MatrixEntry } from './matrix.js';

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs argv (argv[0] is the program) with `env` added to the process environment, in `cwd` when given. */
export type Exec = (argv: string[], env: Record<string, string>, options?: { cwd?: string }) => Promise<ExecResult>;

export interface RunnerLog {
  info: (line: string) => void;
  /** Problems worth a look that do not stop the build (`core.warning` in the action); `info` with a "warning: " prefix when absent. */
  warning?: (line: string) => void;
  /** Wraps one image's commands (`core.group` in the action); plain call when absent. */
  group?: <T>(name: string, fn: () => Promise<T>) => Promise<T>;
}

export interface ImageBuildResult {
  image: string;
  /** Wall time of the build command (push excluded). */
  seconds: number;
  /** Wall time of the push commands (0 without push, or with buildx, which pushes while building). */
  pushSeconds: number;
  /** Non-FROM steps BuildKit reported CACHED. */
  cachedSteps: number;
  /** Non-FROM steps of the final build. */
  totalSteps: number;
  tags: string[];
  /** What the registry said about the --cache-from images (empty without `registry`). */
  cacheNotes: CacheNote[];
}

export interface RunRebuildOptions {
  /** The plan's waves (`rebuildMatrix().waves`): order only, by image name. */
  waves: { image: string }[][];
  /** The plan's matrix entries (`rebuildMatrix().include`): what each image builds. */
  include: MatrixEntry[];
  /** Detected when absent: buildx if `docker buildx version` succeeds, else classic with DOCKER_BUILDKIT=1. */
  client?: DockerClient;
  push: boolean;
  /** The repository root: dockerfile and context paths of the matrix are relative to it (default: the process's cwd). */
  root?: string;
  /** `--network=host`: needed where the daemon runs without a bridge (`dockerd --bridge=none`). */
  network?: 'host';
  exec?: Exec;
  /** When given, each image's --cache-from sources are checked for inline cache metadata before it builds. */
  registry?: RegistryClient;
  log: RunnerLog | ((line: string) => void);
}

export class RebuildRunError extends Error {
  constructor(
    readonly image: string,
    readonly argv: string[],
    readonly code: number,
    readonly output: string,
  ) {
    super(`${image}: \`${argv.join(' ')}\` exited with ${code}\n${lastLines(output, 30)}`);
    this.name = 'RebuildRunError';
  }
}

export class RebuildPlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RebuildPlanError';
  }
}

/** Spawns argv without a shell and collects its output. */
export const spawnExec: Exec = (argv, env, options = {}) =>
  new Promise((resolveExec, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { env: { ...process.env, ...env }, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolveExec({ code: code ?? (signal ? 128 : 1), stdout, stderr }));
  });

export async function detectDockerClient(exec: Exec = spawnExec): Promise<DockerClient> {
  try {
    const result = await exec(['docker', 'buildx', 'version'], {});
    return result.code === 0 ? 'buildx' : 'classic';
  } catch {
    return 'classic';
  }
}

/** The build command with plain progress and the network mode, both placed before the context (the last argument). */
export function withRunnerFlags(command: BuildCommand, options: { network?: 'host' }): BuildCommand {
  const argv = [...command.argv];
  const context = argv.pop()!;
  argv.push('--progress=plain');
  if (options.network) argv.push(`--network=${options.network}`);
  argv.push(context);
  return { argv, env: command.env };
}

function isBuild(argv: string[]): boolean {
  return argv[1] === 'build' || (argv[1] === 'buildx' && argv[2] === 'build');
}

/**
 * Builds every image, wave by wave (one image at a time), so each wave's FROM finds the images the
 * previous wave just built. Stops at the first failing command.
 * @throws RebuildRunError, RebuildPlanError, BuildCommandError
 */
export async function runRebuildWaves(options: RunRebuildOptions): Promise<ImageBuildResult[]> {
  const exec = options.exec ?? spawnExec;
  const log: RunnerLog = typeof options.log === 'function' ? { info: options.log } : options.log;
  const group = log.group ?? (<T>(_name: string, fn: () => Promise<T>) => fn());
  const warn = log.warning ?? ((line: string) => log.info(`warning: ${line}`));
  const client = options.client ?? (await detectDockerClient(exec));
  const byImage = new Map(options.include.map((entry) => [entry.image, entry]));
  const results: ImageBuildResult[] = [];
  for (const [w, wave] of options.waves.entries()) {
    for (const { image } of wave) {
      const entry = byImage.get(image);
      if (!entry) throw new RebuildPlanError(`wave ${w + 1} names ${image}, which has no matrix entry`);
      const commands = buildCommands(entry, { client, push: options.push && entry.push !== false });
      const registry = options.registry;
      const result = await group(`Build ${image} (wave ${w + 1})`, async () => {
        const cacheNotes = registry ? await checkCacheSources(entry, registry) : [];
        for (const note of cacheNotes) {
          if (note.level === 'warning') warn(`${image}: ${note.message}`);
          else log.info(`${image}: ${note.message}`);
        }
        return { ...(await runImage(entry, commands, { exec, log, network: options.network, root: options.root })), cacheNotes };
      });
      log.info(`${image}: ${result.seconds.toFixed(1)} s, ${result.cachedSteps}/${result.totalSteps} steps cached${!options.push ? '' : entry.push === false ? ', not pushed (no valid name of its own)' : `, pushed in ${result.pushSeconds.toFixed(1)} s`}`);
      results.push(result);
    }
  }
  return results;
}

async function runImage(entry: MatrixEntry, commands: BuildCommand[], o: { exec: Exec; log: RunnerLog; network?: 'host'; root?: string }): Promise<Omit<ImageBuildResult, 'cacheNotes'>> {
  let seconds = 0;
  let pushSeconds = 0;
  let progress = { cachedSteps: 0, totalSteps: 0 };
  for (const original of commands) {
    const build = isBuild(original.argv);
    const command = build ? withRunnerFlags(original, { network: o.network }) : original;
    o.log.info(`$ ${Object.entries(command.env).map(([k, v]) => `${k}=${v} `).join('')}${command.argv.join(' ')}`);
    const started = performance.now();
    const result = await o.exec(command.argv, command.env, o.root !== undefined ? { cwd: o.root } : {});
    const elapsed = (performance.now() - started) / 1000;
    // BuildKit writes its progress to stderr; docker push to stdout.
    const output = `${result.stdout}${result.stderr}`;
    for (const line of output.split('\n')) if (line !== '') o.log.info(line);
    if (result.code !== 0) {
      // Docker 23+ clients refuse DOCKER_BUILDKIT=1 without the buildx plugin (20.10 did not).
      const hint = /buildx component is missing/.test(output) ? '\nthis docker client (23 or later) needs the buildx plugin for BuildKit: install docker-buildx, or use a 20.10 client' : '';
      throw new RebuildRunError(entry.image, command.argv, result.code, `${output}${hint}`);
    }
    if (build) {
      seconds += elapsed;
      progress = parseBuildkitProgress(result.stderr + result.stdout);
    } else pushSeconds += elapsed;
  }
  return { image: entry.image, seconds, pushSeconds, cachedSteps: progress.cachedSteps, totalSteps: progress.totalSteps, tags: entry.tags };
}

function lastLines(text: string, n: number): string {
  return text.trimEnd().split('\n').slice(-n).join('\n');
}
