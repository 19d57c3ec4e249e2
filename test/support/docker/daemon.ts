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

/** For the first line of a suite's test: with MONOPIN_E2E=1 a missing daemon or registry fails, naming which. */
export function requireDockerAndRegistry(): void {
  if (!dockerAnswers()) throw new Error(`MONOPIN_E2E=1 but docker does not answer (DOCKER_HOST=${process.env.DOCKER_HOST ?? 'default'}); run .ci/docker-up`);
  if (!registryAnswers()) throw new Error(`MONOPIN_E2E=1 but no registry answers on ${REGISTRY}; run .ci/docker-up`);
}

/** Whether a docker suite runs (docker and the registry answer, or MONOPIN_E2E=1 requires them); says why when it is skipped. */
export function dockerSuiteRuns(name: string): boolean {
  if (REQUIRED || (dockerAnswers() && registryAnswers())) return true;
  console.warn(`${name} e2e skipped: no docker daemon (DOCKER_HOST=${process.env.DOCKER_HOST ?? 'default'}) or registry (${REGISTRY}) answers; run .ci/docker-up and set MONOPIN_E2E=1 to require it`);
  return false;
}
