// `npm run bench -- --peer`: Renovate 39's extract step against `monopin check`, on the same generated
// monorepo, interleaved runs, wall time ratio and peak RSS of both. Renovate goes into a temporary folder
// (never a dependency of this project); GNU time measures the peak RSS of each process tree's largest process.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface PeerRow {
  label: string;
  files: number;
  monopinMs: number;
  renovateMs: number;
  ratio: number;
  monopinRssMb?: number;
  renovateRssMb?: number;
}

const RENOVATE = 'renovate@39';
const TIME = '/usr/bin/time';

export interface Timed {
  ms: number;
  rssMb?: number;
}

export function timed(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Timed {
  const withTime = existsSync(TIME);
  const started = performance.now();
  const run = spawnSync(withTime ? TIME : command, withTime ? ['-f', '%M', command, ...args] : args, { cwd: options.cwd, env: options.env ?? process.env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${command} failed (${run.status}): ${run.stderr.slice(-2000)}`);
  const kb = withTime ? Number(/(\d+)\s*$/.exec(run.stderr)?.[1]) : Number.NaN;
  return Number.isFinite(kb) ? { ms, rssMb: Math.round(kb / 1024) } : { ms };
}

export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The largest peak RSS of the runs, when every run has one. */
export const maxRss = (runs: Timed[]): number | undefined => (runs.every((r) => r.rssMb !== undefined) ? Math.max(...runs.map((r) => r.rssMb!)) : undefined);

/** `generate` fills the repository; `label` says what it is in the printout. */
export async function benchPeer(label: string, generate: (dir: string) => Promise<unknown>, rounds = 5): Promise<PeerRow> {
  const cli = resolve('dist/cli.js');
  if (!existsSync(cli)) throw new Error('--peer times the bundled CLI: run npm run build first');
  const prefix = await mkdtemp(join(tmpdir(), 'monopin-peer-renovate-'));
  const repo = await mkdtemp(join(tmpdir(), 'monopin-peer-repo-'));
  try {
    console.log(`installing ${RENOVATE} into ${prefix} …`);
    // --ignore-scripts: Renovate's optional re2 would fetch a prebuilt binary (or compile for minutes);
    // without it Renovate falls back to JavaScript RegExp, as its docs describe.
    execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', '--ignore-scripts', '--loglevel=error', RENOVATE], { stdio: 'inherit' });
    const renovate = join(prefix, 'node_modules', '.bin', 'renovate');
    await generate(repo);
    // Renovate's local platform reads the files git tracks.
    const git = (...args: string[]): void => void execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '-qm', 'bench');
    const files = execFileSync('git', ['ls-files'], { cwd: repo, encoding: 'utf8' }).trim().split('\n').length;
    const renovateEnv = { ...process.env, LOG_LEVEL: 'warn', RENOVATE_BASE_DIR: join(prefix, 'base'), RENOVATE_CONFIG_FILE: join(prefix, 'none.json') };
    const mono: Timed[] = [];
    const peer: Timed[] = [];
    for (let i = 0; i < rounds; i++) {
      // Interleaved: a machine that slows down slows both down.
      mono.push(timed(process.execPath, [cli, 'check', '--root', repo, '--format', 'json', '--fail-on', 'never'], { cwd: repo }));
      peer.push(timed(renovate, ['--platform=local', '--dry-run=extract', '--onboarding=false', '--require-config=optional', '--enabled-managers=pip_requirements,dockerfile,docker-compose,pep621'], { cwd: repo, env: renovateEnv }));
    }
    const monopinMs = Math.round(median(mono.map((r) => r.ms)));
    const renovateMs = Math.round(median(peer.map((r) => r.ms)));
    return { label, files, monopinMs, renovateMs, ratio: Math.round((renovateMs / monopinMs) * 10) / 10, monopinRssMb: maxRss(mono), renovateRssMb: maxRss(peer) };
  } finally {
    await rm(prefix, { recursive: true, force: true });
    await rm(repo, { recursive: true, force: true });
  }
}
