// Report fixtures shaped like what `monopin check` produces on a small monorepo.
import type { Finding } from '../../src/model.js';
import type { PackageRecord, Report } from '../../src/report/types.js';

export const CONSTRAINTS = 'docker/base/requirements-constraints.txt';

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'conflict',
    severity: 'error',
    package: 'pydantic',
    service: 'api',
    location: { file: 'services/api/requirements.txt', line: 3, column: 1 },
    specifier: '<2',
    pin: '==2.10.4',
    message: 'pydantic<2 excludes the central pin ==2.10.4; widen it to accept 2.10.4 (e.g. pydantic>=2,<3).',
    ...overrides,
  };
}

export function pkg(name: string, variants: [string, string[]][], extra: Partial<PackageRecord> = {}): PackageRecord {
  const services = [...new Set(variants.flatMap(([, s]) => s))].sort();
  return {
    name,
    services,
    variants: variants.map(([specifier, s]) => ({ specifier, services: s })),
    risk: 'low',
    ...extra,
  };
}

const FINDINGS: Finding[] = [
  finding(),
  finding({
    rule: 'inline-pin-mismatch',
    package: 'fastapi',
    service: 'worker',
    location: { file: 'services/worker/Dockerfile', line: 7, column: 22, endLine: 7, endColumn: 39 },
    specifier: '==0.110.0',
    pin: '==0.115.6',
    message: 'The Dockerfile pins fastapi==0.110.0 but the constraints pin ==0.115.6; pin 0.115.6.',
  }),
  finding({
    rule: 'unconstrained',
    severity: 'warning',
    package: 'aiohttp',
    service: 'worker',
    location: { file: 'services/worker/requirements.txt', line: 2, column: 1 },
    specifier: '>=3.9',
    pin: undefined,
    message: 'aiohttp is used by 2 services but has no central pin; add aiohttp==3.11.9 to the constraints file.',
  }),
  {
    rule: 'missing-constraints-flag',
    severity: 'warning',
    service: 'ml',
    location: { file: 'services/ml/Dockerfile', line: 12, column: 5 },
    message: `pip install -r requirements.txt runs without -c; add -c /tmp/${CONSTRAINTS}.`,
  },
  {
    rule: 'unused-constraint',
    severity: 'note',
    package: 'six',
    location: { file: CONSTRAINTS, line: 9, column: 1 },
    message: 'No service depends on six; remove the pin unless it constrains a transitive dependency.',
  },
];

export function cleanReport(): Report {
  return {
    schemaVersion: 2,
    tool: { name: 'monopin', version: '0.1.0' },
    root: '.',
    constraints: CONSTRAINTS,
    summary: { files: 0, projects: 0, services: 0, rootServices: 0, images: 0, requirementFiles: 0, packages: 0, requirements: 0, errors: 0, warnings: 0, notes: 0 },
    files: [],
    requirements: [],
    projects: [],
    services: [],
    images: [],
    ambiguities: [],
    warnings: [],
    packages: [],
    findings: [],
    skipped: [],
  };
}

/** A full-check report (push to main): no diff. */
export function checkReport(): Report {
  return {
    schemaVersion: 2,
    tool: { name: 'monopin', version: '0.1.0' },
    root: '/home/runner/work/repo/repo',
    constraints: CONSTRAINTS,
    summary: { files: 7, projects: 1, services: 3, rootServices: 3, images: 3, requirementFiles: 4, packages: 5, requirements: 9, errors: 2, warnings: 2, notes: 1 },
    files: [
      { path: CONSTRAINTS, kind: 'constraints', consumers: [], errors: [] },
      { path: 'docker-compose.yml', kind: 'compose', consumers: [], errors: [] },
      { path: 'services/api/requirements.txt', kind: 'requirements', consumers: ['api'], errors: [] },
      { path: 'services/api/Dockerfile', kind: 'dockerfile', consumers: ['api'], errors: [] },
      { path: 'services/worker/requirements.txt', kind: 'requirements', consumers: ['worker'], errors: [] },
      { path: 'services/worker/Dockerfile', kind: 'dockerfile', consumers: ['worker'], errors: [] },
      {
        path: 'services/ml/pyproject.toml',
        kind: 'pyproject',
        consumers: ['ml'],
        errors: [{ line: 4, column: 7, message: 'Expected a requirement string' }],
      },
    ],
    requirements: [
      req('services/api/requirements.txt', 3, 'pydantic', '<2'),
      req('services/api/requirements.txt', 4, 'fastapi', '==0.115.6'),
      {
        ...req('services/api/requirements.txt', 5, 'uvicorn', '==0.32.1'),
        extras: ['standard'],
        marker: 'python_version >= "3.11"',
      },
      req('services/worker/requirements.txt', 1, 'pydantic', '>=2'),
      req('services/worker/requirements.txt', 2, 'aiohttp', '>=3.9'),
      { ...req('services/worker/Dockerfile', 7, 'fastapi', '==0.110.0'), column: 22, origin: 'dockerfile' },
      { ...req('services/ml/pyproject.toml', 8, 'aiohttp', ''), origin: 'pyproject' },
      {
        ...req('services/ml/pyproject.toml', 9, 'torch', ''),
        origin: 'pyproject',
        url: 'https://download.pytorch.org/whl/cpu/torch-2.5.1.whl',
      },
      { ...req(CONSTRAINTS, 1, 'pydantic', '==2.10.4'), origin: 'constraints', viaConstraint: true },
    ],
    projects: [{ id: '', dir: '', files: ['docker-compose.yml'], services: ['api', 'ml', 'worker'] }],
    services: [
      service('api', { image: 'ghcr.io/acme/api', requirementFiles: ['services/api/requirements.txt'], dependents: 2, transitiveDependents: 2 }),
      service('worker', { requirementFiles: ['services/worker/requirements.txt'], dependsOn: ['api'] }),
      service('ml', { requirementFiles: ['services/ml/pyproject.toml'], dependents: 1, transitiveDependents: 1, dependsOn: ['api'] }),
    ],
    images: [
      image('api', { repository: 'ghcr.io/acme/api', tags: ['ghcr.io/acme/api'], requirementFiles: ['services/api/requirements.txt'] }),
      image('worker', { repository: 'worker', tags: ['worker'], requirementFiles: ['services/worker/requirements.txt'] }),
      image('ml', { repository: 'ml', tags: ['ml'], requirementFiles: ['services/ml/pyproject.toml'] }),
    ],
    ambiguities: [],
    warnings: [],
    packages: [
      pkg('aiohttp', [['>=3.9', ['worker']], ['', ['ml']]], { risk: 'medium' }),
      pkg('fastapi', [['==0.115.6', ['api']], ['==0.110.0', ['worker']]], { pin: '==0.115.6', risk: 'medium' }),
      pkg('pydantic', [['<2', ['api']], ['>=2', ['worker']], ['==2.10.4', ['ml']]], { pin: '==2.10.4', risk: 'high' }),
      pkg('torch', [['', ['ml']]]),
      pkg('uvicorn', [['==0.32.1', ['api']]], { pin: '==0.32.1' }),
    ],
    findings: FINDINGS.map((f) => structuredClone(f)),
    skipped: [{ path: 'services/ml/model.bin', reason: 'binary' }],
  };
}

/** A pull request report: the check above compared with its base. */
export function prReport(): Report {
  const report = checkReport();
  report.diff = {
    base: 'origin/main',
    introduced: [structuredClone(FINDINGS[0]!), structuredClone(FINDINGS[2]!)],
    fixed: [
      finding({
        package: 'requests',
        service: 'ml',
        location: { file: 'services/ml/requirements.txt', line: 1, column: 1 },
        specifier: '==2.31.0',
        pin: '==2.32.3',
        message: 'requests==2.31.0 excludes the central pin ==2.32.3; pin 2.32.3.',
      }),
    ],
    changed: [],
    unchanged: 3,
  };
  return report;
}

function req(file: string, line: number, name: string, specifier: string): Report['requirements'][number] {
  return { file, line, column: 1, name, extras: [], specifier, origin: 'requirements', viaConstraint: false };
}

function service(name: string, extra: Partial<Report['services'][number]> = {}): Report['services'][number] {
  const dockerfile = `services/${name}/Dockerfile`;
  return {
    id: name,
    name,
    project: '',
    build: { dockerfile, context: `services/${name}` },
    images: [dockerfile],
    dependsOn: [],
    dependents: 0,
    transitiveDependents: 0,
    requirementFiles: [],
    ...extra,
  };
}

function image(name: string, extra: Partial<Report['images'][number]> = {}): Report['images'][number] {
  const dockerfile = `services/${name}/Dockerfile`;
  return { id: dockerfile, name, dockerfile, context: `services/${name}`, tags: [], from: [], external: ['python:3.12-slim'], services: [name], requirementFiles: [], governed: false, ...extra };
}

/** Everything a hostile pull request can put into names, specifiers, paths and messages. */
export const HOSTILE = {
  name: 'evil|pkg**bold**<script>alert(1)</script>',
  specifier: '>=1|<2`rm -rf`',
  file: 'services/x|y/<img src=x onerror=alert(1)>/requirements.txt',
  service: '@acme/security-team',
  message:
    'Ping @octocat and @acme/security-team, see #1 and [click](https://evil.example) ![x](https://evil.example/x.png)\n' +
    '| forged | row |\n<details open><summary>x</summary> `code` ``two`` *em* _u_ ~~s~~ $x^2$ &amp; \u001b[31mred\u001b[0m \u202eevil',
};

export function hostileReport(): Report {
  const report = prReport();
  const bad = finding({
    package: HOSTILE.name,
    service: HOSTILE.service,
    specifier: HOSTILE.specifier,
    pin: '==1.0`|',
    location: { file: HOSTILE.file, line: 1, column: 1 },
    message: HOSTILE.message,
  });
  report.findings.push(bad);
  report.diff!.introduced.push(structuredClone(bad));
  report.diff!.fixed.push(structuredClone(bad));
  report.diff!.base = 'refs/heads/@octocat`|';
  report.packages.push(pkg(HOSTILE.name, [[HOSTILE.specifier, [HOSTILE.service]], ['<script>', ['x|y']]], { risk: 'high', pin: '`|`' }));
  return report;
}

/** `n` introduced findings over `n` services, and as many drifting packages: far over any comment limit. */
export function hugeReport(n: number): Report {
  const report = prReport();
  const many = Array.from({ length: n }, (_, i) =>
    finding({
      package: `package-${i}`,
      service: `service-${i}`,
      location: { file: `services/service-${i}/requirements.txt`, line: i + 1, column: 1 },
      message: `package-${i}<2 excludes the central pin ==2.10.4; widen it to accept 2.10.4 (e.g. package-${i}>=2,<3).`,
      severity: i % 3 === 0 ? 'warning' : 'error',
      rule: i % 3 === 0 ? 'unconstrained' : 'conflict',
    }),
  );
  report.findings = many;
  report.diff!.introduced = many.map((f) => structuredClone(f));
  report.diff!.fixed = many.slice(0, Math.floor(n / 2)).map((f) => structuredClone(f));
  report.packages = Array.from({ length: n }, (_, i) =>
    pkg(`package-${i}`, [['<2', [`service-${i}`]], ['>=2', [`service-${i + 1}`]], ['==2.10.4', [`service-${i + 2}`]]], {
      pin: '==2.10.4',
      risk: 'high',
    }),
  );
  return report;
}

/**
 * Shaped like the 46-service monorepo the issue measured: 152 conflicts over 38 packages, 117 parse errors from
 * four broken Dockerfiles (each a block of consecutive lines), unconstrained packages and missing -c flags.
 */
export function planReport(): Report {
  const report = checkReport();
  const services = Array.from({ length: 46 }, (_, i) => `svc-${String(i).padStart(2, '0')}`);
  report.services = services.map((id) => ({ ...report.services[0]!, id, name: id, image: undefined, images: [], requirementFiles: [`services/${id}/requirements.txt`] }));
  report.summary = { ...report.summary, projects: 1, services: 46, rootServices: 46, images: 46, requirementFiles: 60 };
  const findings: Finding[] = [];
  for (let i = 0; i < 152; i += 1) {
    const name = `pkg-${i % 38}`;
    const service = services[i % 46]!;
    findings.push(
      finding({
        package: name,
        service,
        specifier: i % 2 === 0 ? '<2' : '~=1.4',
        pin: '==2.0.1',
        location: { file: `services/${service}/requirements.txt`, line: 1 + (i % 20), column: 1 },
        message: `${name}<2 excludes the central pin ${name}==2.0.1 (constraints.txt:3); pip install -c fails to resolve. Widen the specifier to accept 2.0.1, or drop the version and let the constraints decide.`,
      }),
    );
  }
  const blocks = [26, 31, 30, 30];
  blocks.forEach((lines, d) => {
    for (let l = 0; l < lines; l += 1) {
      findings.push({
        rule: 'parse-error',
        severity: 'error',
        location: { file: `services/broken-${d}/Dockerfile`, line: 10 + l, column: 1 },
        message: `unknown instruction ${['import', 'def', 'print', 'return'][l % 4]}`,
      });
    }
  });
  for (let i = 0; i < 300; i += 1) {
    findings.push(
      finding({
        rule: 'unconstrained',
        severity: 'warning',
        package: `lib-${i % 120}`,
        service: services[i % 46]!,
        specifier: '',
        pin: undefined,
        location: { file: `services/${services[i % 46]!}/requirements.txt`, line: 30 + (i % 40), column: 1 },
        message: `lib-${i % 120} is installed by several services but has no pin in constraints.txt. Add one line, e.g. lib==<version>, so they all get the same version.`,
      }),
    );
  }
  for (let i = 0; i < 137; i += 1) {
    findings.push({
      rule: 'missing-constraints-flag',
      severity: 'warning',
      service: services[i % 46]!,
      location: { file: `services/${services[i % 46]!}/Dockerfile`, line: 5 + Math.floor(i / 46), column: 1 },
      message: 'pip install -r requirements.txt runs without -c, so constraints.txt does not apply. COPY it into the image and add -c <path>, or set ENV PIP_CONSTRAINT.',
    });
  }
  report.findings = findings;
  report.summary.errors = findings.filter((f) => f.severity === 'error').length;
  report.summary.warnings = findings.filter((f) => f.severity === 'warning').length;
  report.summary.notes = 0;
  return report;
}
