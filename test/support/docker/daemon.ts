// Where the docker e2e suites find their daemon, client and registry, and whether they answer.
// Suites skip when nothing answers, unless MONOPIN_E2E=1 (then they fail, naming what is missing).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const REQUIRED = process.env.MONOPIN_E2E === '1';
export const REGISTRY = process.env.MONOPIN_E2E_REGISTRY ?? '127.0.0.1:5000';
// This machine has a docker 28 client in /usr/local/bin that refuses DOCKER_BUILDKIT=1 without the
// buildx plugin; Debian's 20.10 client in /usr/bin builds with BuildKit. MONOPIN_E2E_DOCKER_DIR
// picks the client's directory; by default Debian's goes first when it exists.
export const DOCKER_DIR = process.env.MONOPIN_E2E_DOCKER_DIR ?? (existsSync('/usr/bin/docker') ? '/usr/bin' : undefined);
export const DOCKER_ENV: NodeJS.ProcessEnv = DOCKER_DIR ? { ...process.env, PATH: `${DOCKER_DIR}:${process.env.PATH ?? ''}` } : process.env;

export function dockerAnswers(): boolean {
  const r = spawnSync('docker', ['version', '--format', '{{.Server.Version}}'], { timeout: 10_000, encoding: 'utf8', env: DOCKER_ENV });
  return r.status === 0;
}

export function registryAnswers(): boolean {
  const r = spawnSync('curl', ['-fsS', '-o', '/dev/null', '--max-time', '5', `http://${REGISTRY}/v2/`], { timeout: 10_000 });
  return r.status === 0;
}
