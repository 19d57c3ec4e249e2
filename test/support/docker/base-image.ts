// A Python base image made without pulling: debootstrap a minimal bookworm with python3, pip and
// venv, then `docker import` it. The rootfs tarball is cached under /tmp/monopin-e2e-cache by a
// version key, so only the first run pays debootstrap (~30-60 s); later runs only import (~5 s).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Bump when the recipe changes: the key names the cached tarball. */
export const BASE_IMAGE_VERSION = 'bookworm-minbase-python3-v1';
export const BASE_IMAGE = 'monopin-e2e/python:3.11';
export const CACHE_DIR = '/tmp/monopin-e2e-cache';
/** Fixed so the rootfs (and its layer) does not depend on the day it was made. */
const SOURCE_DATE_EPOCH = '1700000000';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs argv (no shell); `input` is piped in from a file when given. */
export function run(argv: string[], options: { env?: NodeJS.ProcessEnv; stdinFrom?: string[]; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { env: options.env ?? process.env, timeout: options.timeoutMs ?? 600_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolveRun({ code: code ?? -1, stdout, stderr }));
  });
}

/** Pipes `from`'s stdout into `to`'s stdin, both without a shell. */
function pipe(from: string[], to: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolveRun, reject) => {
    const a = spawn(from[0]!, from.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const b = spawn(to[0]!, to.slice(1), { env, stdio: ['pipe', 'pipe', 'pipe'] });
    a.stdout.pipe(b.stdin);
    let stdout = '';
    let stderr = '';
    a.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    b.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    b.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    a.on('error', reject);
    b.on('error', reject);
    let aCode: number | null = null;
    a.on('close', (code) => (aCode = code));
    b.on('close', (code) => resolveRun({ code: aCode !== 0 && aCode !== null ? aCode : (code ?? -1), stdout, stderr }));
  });
}

/** The first Debian mirror the machine's apt uses (deb822 `URIs:` or one-line `deb`). */
export async function debianMirror(): Promise<string> {
  const files = ['/etc/apt/sources.list'];
  if (existsSync('/etc/apt/sources.list.d')) {
    for (const f of (await readdir('/etc/apt/sources.list.d')).sort()) files.push(join('/etc/apt/sources.list.d', f));
  }
  for (const file of files) {
    if (!existsSync(file)) continue;
    const text = await readFile(file, 'utf8');
    for (const line of text.split('\n')) {
      const m = /^\s*(?:URIs:\s*|deb\s+(?:\[[^\]]*\]\s+)?)(\S+)/.exec(line);
      if (m && /\/debian\/?$/.test(m[1]!)) return m[1]!;
    }
  }
  return 'http://deb.debian.org/debian';
}

/** The cached rootfs tarball, made by debootstrap when missing. */
export async function baseRootfsTarball(log: (line: string) => void = () => {}): Promise<string> {
  const tarball = join(CACHE_DIR, `${BASE_IMAGE_VERSION}.tar`);
  if (existsSync(tarball)) return tarball;
  await mkdir(CACHE_DIR, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), 'monopin-rootfs-'));
  const rootfs = join(work, 'rootfs');
  const env = { ...process.env, SOURCE_DATE_EPOCH, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    const mirror = await debianMirror();
    log(`debootstrap bookworm from ${mirror} (once; cached as ${tarball})`);
    const boot = await run(
      ['debootstrap', '--variant=minbase', '--include=python3,python3-pip,python3-venv', 'bookworm', rootfs, mirror],
      { env, timeoutMs: 900_000 },
    );
    if (boot.code !== 0) throw new Error(`debootstrap failed (${boot.code}): ${boot.stderr.slice(-2000)}${boot.stdout.slice(-2000)}`);
    // apt lists and caches are large and change daily; the image needs neither.
    for (const dir of ['var/lib/apt/lists', 'var/cache/apt', 'var/log']) await rm(join(rootfs, dir), { recursive: true, force: true });
    const partial = `${tarball}.partial-${process.pid}`;
    const tar = await run(
      ['tar', '-C', rootfs, '--sort=name', `--mtime=@${SOURCE_DATE_EPOCH}`, '--numeric-owner', '-cf', partial, '.'],
      { env },
    );
    if (tar.code !== 0) throw new Error(`tar failed: ${tar.stderr}`);
    await rename(partial, tarball);
    return tarball;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Imports the cached rootfs as BASE_IMAGE unless the daemon already has it. */
export async function ensureBaseImage(options: { env?: NodeJS.ProcessEnv; log?: (line: string) => void } = {}): Promise<string> {
  const env = options.env ?? process.env;
  const present = await run(['docker', 'image', 'inspect', BASE_IMAGE], { env });
  if (present.code === 0) return BASE_IMAGE;
  const tarball = await baseRootfsTarball(options.log);
  const imported = await pipe(['cat', tarball], ['docker', 'import', '--change', 'CMD ["python3"]', '-', BASE_IMAGE], env);
  if (imported.code !== 0) throw new Error(`docker import failed: ${imported.stderr}`);
  return BASE_IMAGE;
}
