// A monorepo shaped like the one this project started from: 46 services in 14 compose files (a root
// file with its override and prod variant, and one file per area, each its own project), 360
// dependency files, about 2,400 requirements: requirements.txt / -dev / -test and a pyproject per
// service, shared libraries, a chain of base images and the central constraints file.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGES as BENCH_PACKAGES, pinFor, rng } from './generate.js';

const PACKAGES = [
  ...BENCH_PACKAGES,
  'torch', 'transformers', 'sentence-transformers', 'chromadb', 'qdrant-client', 'langchain-community', 'anthropic', 'ollama', 'pytest',
  'pytest-asyncio', 'pytest-cov', 'mypy', 'ruff', 'black', 'isort', 'coverage', 'faker', 'freezegun', 'respx', 'hypothesis',
  'websockets', 'python-multipart', 'passlib', 'bcrypt', 'email-validator', 'loguru', 'tqdm', 'scikit-learn', 'matplotlib', 'pillow',
];
const SERVICES = 46;
const AREAS = ['core', 'agents', 'ml', 'data', 'monitoring', 'gateway', 'workers', 'search', 'auth', 'frontend-api', 'ops'];

function line(i: number, r: () => number): string {
  const name = PACKAGES[i]!;
  const pin = pinFor(i);
  const major = pin.split('.')[0];
  const x = r();
  if (x < 0.2) return name;
  if (x < 0.4) return `${name}>=${major}.0`;
  if (x < 0.55) return `${name}>=${major}.0,<${Number(major) + 1}`;
  if (x < 0.75) return `${name}==${x < 0.7 ? pin : `${major}.${(i * 5) % 20}.0`}`;
  if (x < 0.82) return `${name}~=${pin}`;
  if (x < 0.88) return `${name}[extra]>=${major}.0  # for the extra`;
  if (x < 0.94) return `${name}>=${major}.0 ; python_version >= "3.10"`;
  return `${name}==${pin} \\\n    --hash=sha256:${'cd'.repeat(32)}`;
}

function pick(r: () => number, count: number): number[] {
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(Math.floor(r() * PACKAGES.length));
  return [...chosen];
}

export async function generatePlanShaped(root: string): Promise<{ files: number }> {
  const r = rng(46);
  let files = 0;
  const write = async (path: string, text: string): Promise<void> => {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
    files++;
  };
  await write('docker/base/requirements-constraints.txt', `# central pins\n${PACKAGES.map((p, i) => `${p}==${pinFor(i)}`).join('\n')}\n`);
  const bases = ['python-base', 'python-ml', 'python-agent', 'python-worker'];
  for (const [i, base] of bases.entries()) {
    const from = i === 0 ? 'python:3.12-slim' : 'acme/python-base:latest';
    await write(
      `docker/base/${base}.Dockerfile`,
      `FROM ${from}\nCOPY docker/base/requirements-constraints.txt /etc/pip/constraints.txt\nENV PIP_CONSTRAINT=/etc/pip/constraints.txt\n` +
        `RUN pip install --no-cache-dir \\\n    ${pick(r, 6).map((p) => `"${PACKAGES[p]}==${pinFor(p)}"`).join(' \\\n    ')}\n`,
    );
  }
  // Shared libraries: pyproject + requirements each.
  const libs = 18;
  for (let l = 0; l < libs; l++) {
    const deps = pick(r, 8).map((p) => `  "${line(p, r).replace(/ \\\n.*$/s, '').replace(/  #.*$/, '').replaceAll('"', "'")}",`);
    await write(`libs/lib-${l}/pyproject.toml`, `[project]\nname = "acme-lib-${l}"\nversion = "0.1.0"\ndependencies = [\n${deps.join('\n')}\n]\n\n[project.optional-dependencies]\ntest = ["pytest>=8", "pytest-cov"]\n`);
    await write(`libs/lib-${l}/requirements.txt`, pick(r, 6).map((p) => line(p, r)).join('\n') + '\n');
  }
  const compose = new Map<string, string[]>();
  for (let s = 0; s < SERVICES; s++) {
    const area = AREAS[s % AREAS.length]!;
    const dir = `services/${area}/svc-${s}`;
    const main = pick(r, 28).map((p) => line(p, r));
    if (r() < 0.4) main.unshift(`-r ../../../libs/lib-${s % libs}/requirements.txt`);
    await write(`${dir}/requirements.txt`, `# ${dir}\n--index-url https://pypi.org/simple\n${main.join('\n')}\n`);
    await write(`${dir}/requirements-dev.txt`, `-r requirements.txt\n${pick(r, 8).map((p) => line(p, r)).join('\n')}\n`);
    await write(`${dir}/requirements-test.txt`, `-r requirements-dev.txt\n${pick(r, 5).map((p) => line(p, r)).join('\n')}\n`);
    await write(`${dir}/pyproject.toml`, `[project]\nname = "svc-${s}"\nversion = "1.0.0"\nrequires-python = ">=3.10"\ndependencies = [\n${pick(r, 6).map((p) => `  "${PACKAGES[p]}>=1"`).join(',\n')}\n]\n\n[tool.ruff]\nline-length = 120\n`);
    const base = bases[s % bases.length]!;
    const inline = r() < 0.3 ? ` \\\n && pip install "${PACKAGES[s % PACKAGES.length]}==${pinFor(s % PACKAGES.length)}"` : '';
    await write(
      `${dir}/Dockerfile`,
      `FROM acme/${base}:latest AS runtime\nWORKDIR /app\nCOPY requirements.txt .\n` +
        `RUN pip install --no-cache-dir -c /etc/pip/constraints.txt -r requirements.txt${inline}\nCOPY . .\nUSER app\nCMD ["python", "-m", "svc_${s}"]\n`,
    );
    const file = s < 16 ? 'docker-compose.yml' : `deploy/${area}/docker-compose.yml`;
    const context = s < 16 ? `./${dir}` : `../../${dir}`;
    const dependsOn = s % 3 === 0 ? '    depends_on:\n      - redis\n' : `    depends_on:\n      redis:\n        condition: service_healthy\n`;
    const entry = `  svc-${s}:\n    build:\n      context: ${context}\n      dockerfile: Dockerfile\n      args:\n        PYTHON_VERSION: "3.12"\n    image: acme/svc-${s}:\${TAG:-latest}\n    environment:\n      - LOG_LEVEL=info\n      - REDIS_URL=redis://redis:6379/0\n${dependsOn}    restart: unless-stopped\n`;
    compose.set(file, [...(compose.get(file) ?? []), entry]);
  }
  const redis = '  redis:\n    image: redis:7-alpine\n    healthcheck:\n      test: ["CMD", "redis-cli", "ping"]\n      interval: 10s\n';
  for (const [file, entries] of compose) await write(file, `x-logging: &logging\n  driver: json-file\n  options:\n    max-size: 10m\nservices:\n${redis}${entries.join('')}`);
  await write('docker-compose.override.yml', `services:\n${[0, 1, 2, 3].map((s) => `  svc-${s}:\n    volumes:\n      - ./services/core/svc-${s}:/app\n`).join('')}`);
  await write('docker-compose.prod.yml', `services:\n${[0, 1].map((s) => `  svc-${s}:\n    deploy:\n      replicas: 3\n`).join('')}`);
  const docs = 360 - files;
  for (let d = 0; d < docs; d++) await write(`docs/requirements/requirements-docs-${d}.txt`, `${pick(r, 2).map((p) => line(p, r)).join('\n')}\n`);
  return { files };
}
