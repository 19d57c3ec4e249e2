// What the docker e2e suites do to images besides building them: run the client, read a size,
// clean up, write a repository tree, and the Python base image's Dockerfile they all build on.
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { makeWheel, wheelFilename } from '../package-index/wheel.js';
import { BASE_IMAGE } from './base-image.js';
import { DOCKER_ENV } from './daemon.js';

export interface DockerResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The docker client (Debian's when present, see daemon.ts), synchronously: for setup and inspection, not for servers in this process. */
export function docker(args: string[]): DockerResult {
  const r = spawnSync('docker', args, { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024, env: DOCKER_ENV });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Uncompressed size of a local image, as `docker image inspect` reports it. */
export function imageSize(ref: string): number {
  const r = docker(['image', 'inspect', '--format', '{{.Size}}', ref]);
  if (r.code !== 0) throw new Error(`docker image inspect ${ref}: ${r.stderr}`);
  return Number(r.stdout.trim());
}

/** Removes every local tag of these repositories (the registry keeps its copies). */
export function removeLocalImages(repositories: string[]): void {
  for (const repository of repositories) {
    const tags = docker(['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}', repository]).stdout.split('\n').filter(Boolean);
    if (tags.length > 0) docker(['image', 'rm', '-f', ...tags]);
  }
}

export async function writeTree(root: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

/**
 * python-base: a venv, the wheels and the constraints copied in, bigpkg installed inline (the pin a
 * bump rewrites). `salt` (the run's id) keeps other suites' builds out of this one's BuildKit cache.
 */
export function pythonBaseDockerfile(version: string, salt: string): string {
  return [
    `FROM ${BASE_IMAGE}`,
    `RUN python3 -m venv /opt/venv && echo ${salt} > /opt/venv/monopin-run`,
    'ENV PATH=/opt/venv/bin:$PATH',
    'COPY wheels/ /wheels/',
    'COPY constraints.txt /etc/monopin/constraints.txt',
    `RUN pip install --no-index --no-cache-dir --no-compile --find-links /wheels -c /etc/monopin/constraints.txt bigpkg==${version}`,
    '',
  ].join('\n');
}

/** bigpkg's payload per version: the bump from 1.0 to 2.0 grows an image by 10 MiB. */
export const BIGPKG_PAYLOAD = { '1.0': 5 * 1024 * 1024, '2.0': 15 * 1024 * 1024 } as const;

/**
 * A monorepo of python-base (installs bigpkg 1.0) → ai-base → the agent service, each image under
 * `<prefix>/<name>`, with both bigpkg wheels in wheels/ (the ones a built index serves too).
 */
export function threeImageRepo(prefix: string, salt: string, extraConfig: string[] = []) {
  const repo = { python: `${prefix}/python-base`, ai: `${prefix}/ai-base`, agent: `${prefix}/agent` };
  const files: Record<string, string | Uint8Array> = {
    'constraints.txt': 'bigpkg==1.0\n',
    '.github/monopin.yml': [
      'constraints: constraints.txt',
      ...extraConfig,
      'images:',
      `  python-base: { dockerfile: docker/python-base.Dockerfile, context: ., repository: ${repo.python} }`,
      `  ai-base: { dockerfile: docker/ai-base.Dockerfile, context: ., repository: ${repo.ai} }`,
      `  agent: { dockerfile: services/agent/Dockerfile, context: ., repository: ${repo.agent} }`,
      '',
    ].join('\n'),
    'docker/python-base.Dockerfile': pythonBaseDockerfile('1.0', salt),
    'docker/ai-base.Dockerfile': `FROM ${repo.python}:latest\nRUN python3 -c "import bigpkg; print(bigpkg.__version__)" > /etc/bigpkg-version\n`,
    'services/agent/Dockerfile': `FROM ${repo.ai}:latest\nCOPY services/agent/app.py /app/app.py\nCMD ["python3", "/app/app.py"]\n`,
    'services/agent/app.py': 'import bigpkg\nprint(bigpkg.__version__)\n',
  };
  for (const version of ['1.0', '2.0'] as const) {
    files[`wheels/${wheelFilename('bigpkg', version)}`] = makeWheel({ name: 'bigpkg', version, payloadBytes: BIGPKG_PAYLOAD[version] });
  }
  return { repo, files };
}
