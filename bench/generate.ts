// Generates a realistic monorepo of N services for the benchmark: requirements files with the line
// mix real repos have, Dockerfiles with COPY + pip install and inline pins, compose files, base images.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const PACKAGES = [
  'fastapi', 'uvicorn', 'pydantic', 'requests', 'aiohttp', 'httpx', 'sqlalchemy', 'alembic', 'celery', 'redis',
  'boto3', 'botocore', 'numpy', 'pandas', 'scipy', 'openai', 'tiktoken', 'langchain', 'structlog', 'orjson',
  'pyjwt', 'cryptography', 'psycopg2-binary', 'asyncpg', 'jinja2', 'click', 'rich', 'tenacity', 'prometheus-client', 'sentry-sdk',
  'python-dotenv', 'pyyaml', 'protobuf', 'grpcio', 'kafka-python', 'elasticsearch', 'pymongo', 'marshmallow', 'gunicorn', 'starlette',
];

export function pinFor(i: number): string {
  return `${1 + (i % 5)}.${(i * 7) % 20}.${(i * 3) % 10}`;
}

// Deterministic pseudo-random so every run measures the same tree.
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function requirementLine(pkgIndex: number, r: () => number): string {
  const name = PACKAGES[pkgIndex]!;
  const pin = pinFor(pkgIndex);
  const major = pin.split('.')[0];
  const x = r();
  if (x < 0.25) return name;
  if (x < 0.45) return `${name}>=${major}.0`;
  if (x < 0.6) return `${name}>=${major}.0,<${Number(major) + 1}`;
  if (x < 0.7) return `${name}==${pin}`;
  if (x < 0.78) return `${name}~=${pin}`;
  if (x < 0.84) return `${name}[extra]>=${major}.0  # pulled in for the extra`;
  if (x < 0.9) return `${name}>=${major}.0 ; python_version >= "3.10"`;
  if (x < 0.95) return `${name}==${pin} \\\n    --hash=sha256:${'ab'.repeat(32)}`;
  return `${name}<${major}.0  # legacy`;
}

export async function generateMonorepo(root: string, services: number): Promise<{ files: number }> {
  const r = rng(services);
  let files = 0;
  const write = async (path: string, text: string): Promise<void> => {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
    files++;
  };
  await write('docker/base/requirements-constraints.txt', PACKAGES.map((p, i) => `${p}==${pinFor(i)}`).join('\n') + '\n');
  await write(
    'docker/base/python-base.Dockerfile',
    'FROM python:3.12-slim\nCOPY docker/base/requirements-constraints.txt /etc/pip/constraints.txt\n' +
      `RUN pip install -c /etc/pip/constraints.txt \\\n    ${PACKAGES.slice(0, 6).map((p, i) => `"${p}==${pinFor(i)}"`).join(' \\\n    ')}\n`,
  );
  const composeChunks: string[][] = [];
  for (let s = 0; s < services; s++) {
    const dir = `services/group-${Math.floor(s / 100)}/svc-${s}`;
    const count = 8 + Math.floor(r() * 8);
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(Math.floor(r() * PACKAGES.length));
    const lines = ['# generated service requirements', '--index-url https://pypi.org/simple', ...[...chosen].map((i) => requirementLine(i, r))];
    if (r() < 0.2) lines.splice(2, 0, '-r ../../../libs/common/requirements.txt');
    await write(`${dir}/requirements.txt`, lines.join('\n') + '\n');
    const inline = r() < 0.3 ? ` \\\n && pip install "${PACKAGES[s % PACKAGES.length]}==${pinFor(s % PACKAGES.length)}"` : '';
    await write(
      `${dir}/Dockerfile`,
      `FROM ghcr.io/acme/python-base:latest\nWORKDIR /app\nCOPY requirements.txt .\n` +
        `RUN pip install --no-cache-dir -c /etc/pip/constraints.txt -r requirements.txt${inline}\nCOPY . .\nCMD ["python", "-m", "app"]\n`,
    );
    const group = Math.floor(s / 100);
    (composeChunks[group] ??= []).push(`  svc-${s}:\n    build: ./svc-${s}\n    depends_on: [redis]\n`);
  }
  await write('libs/common/requirements.txt', 'requests>=2\npydantic>=2,<3\n');
  for (const [group, chunk] of composeChunks.entries()) {
    await write(`services/group-${group}/docker-compose.yml`, `services:\n  redis:\n    image: redis:7\n${chunk.join('')}`);
  }
  return { files };
}
