// `--format json`: the Report as it is, keys in a fixed order (the order of schema/report.schema.json),
// so outputs diff cleanly whatever order the code built the objects in.
import type { Report } from './types.js';

/** Key order of one object shape, and the shapes of its object-valued (or array-of-object) keys. */
interface Shape {
  keys: readonly string[];
  children?: Record<string, Shape>;
}

const LOCATION: Shape = { keys: ['file', 'line', 'column', 'endLine', 'endColumn'] };
const ADVISORY: Shape = { keys: ['id', 'aliases', 'summary', 'url', 'level', 'score', 'fixed'] };
const FINDING: Shape = {
  keys: ['rule', 'severity', 'package', 'service', 'location', 'specifier', 'pin', 'consumers', 'message', 'advisories', 'reach', 'occurrences'],
  children: { location: LOCATION, advisories: ADVISORY },
};

/** Exported for the test that checks it against the JSON Schema's property order. */
export const REPORT_SHAPE: Shape = {
  keys: [
    'schemaVersion',
    'tool',
    'root',
    'constraints',
    'summary',
    'files',
    'requirements',
    'projects',
    'services',
    'images',
    'ambiguities',
    'warnings',
    'packages',
    'findings',
    'diff',
    'sizes',
    'advisories',
    'skipped',
  ],
  children: {
    tool: { keys: ['name', 'version'] },
    summary: { keys: ['files', 'projects', 'services', 'rootServices', 'images', 'requirementFiles', 'packages', 'requirements', 'errors', 'warnings', 'notes'] },
    files: {
      keys: ['path', 'kind', 'consumers', 'errors'],
      children: { errors: { keys: ['line', 'column', 'message'] } },
    },
    requirements: {
      keys: ['file', 'line', 'column', 'name', 'extras', 'specifier', 'marker', 'url', 'origin', 'viaConstraint'],
    },
    projects: { keys: ['id', 'dir', 'files', 'services'] },
    services: {
      keys: ['id', 'name', 'project', 'image', 'build', 'images', 'dependsOn', 'dependents', 'transitiveDependents', 'requirementFiles'],
      children: { build: { keys: ['dockerfile', 'context', 'target'] } },
    },
    images: { keys: ['id', 'name', 'dockerfile', 'context', 'target', 'repository', 'tags', 'from', 'external', 'services', 'requirementFiles', 'governed'] },
    ambiguities: { keys: ['file', 'line', 'reference', 'candidates', 'settle'] },
    packages: {
      keys: ['name', 'services', 'variants', 'pin', 'risk'],
      children: { variants: { keys: ['specifier', 'services'] } },
    },
    findings: FINDING,
    diff: {
      keys: ['base', 'introduced', 'fixed', 'changed', 'unchanged'],
      children: { introduced: FINDING, fixed: FINDING, changed: { keys: ['finding', 'added', 'removed'], children: { finding: FINDING } } },
    },
    sizes: {
      keys: ['image', 'target', 'beforeBytes', 'deltaBytes', 'deltaCompressedBytes', 'contributors', 'unknown'],
      children: {
        target: { keys: ['pythonVersion', 'platform', 'libc', 'glibcVersion', 'muslVersion'] },
        contributors: { keys: ['name', 'from', 'to', 'deltaBytes', 'deltaCompressedBytes', 'sdistOnly', 'requiredBy', 'note', 'unknown'] },
      },
    },
    advisories: {
      keys: ['source', 'queried', 'vulnerable', 'ignored', 'warning'],
      children: { ignored: { keys: ['id', 'package', 'version', 'reason', 'file', 'line'] } },
    },
    skipped: { keys: ['path', 'reason'] },
  },
};

export function renderJson(report: Report): string {
  let out = '';
  for (const chunk of renderJsonChunks(report)) out += chunk;
  return out;
}

/**
 * The same text as renderJson, in pieces of about `chunkSize` characters: a report with millions of
 * requirements never becomes one string (V8 caps strings near 512 MB; "Invalid string length").
 * Arrays are serialized one element at a time, each ordered and indented as JSON.stringify(…, 2) would.
 */
export function* renderJsonChunks(report: Report, chunkSize = 1 << 16): Generator<string> {
  let buffer = '';
  const keys = orderedKeys(report as unknown as Record<string, unknown>, REPORT_SHAPE);
  buffer += '{';
  let first = true;
  for (const key of keys) {
    const value = (report as unknown as Record<string, unknown>)[key];
    const shape = REPORT_SHAPE.children?.[key];
    buffer += `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (Array.isArray(value) && value.length > 0) {
      buffer += '[';
      for (let i = 0; i < value.length; i++) {
        buffer += `${i === 0 ? '' : ','}\n    ${indent(JSON.stringify(ordered(value[i], shape), null, 2) ?? 'null', '\n    ')}`;
        if (buffer.length >= chunkSize) {
          yield buffer;
          buffer = '';
        }
      }
      buffer += '\n  ]';
    } else {
      buffer += indent(JSON.stringify(ordered(value, shape), null, 2), '\n  ');
    }
  }
  buffer += first ? '}\n' : '\n}\n';
  yield buffer;
}

// JSON text holds no raw newline inside a string, so every newline is a line break of the layout.
function indent(json: string, newline: string): string {
  return json.includes('\n') ? json.replace(/\n/g, newline) : json;
}

/** The value itself when its keys already come in the order `order` would give (the report builds most rows so), else the ordered copy. */
function ordered(value: unknown, shape: Shape | undefined): unknown {
  return inOrder(value, shape) ? value : order(value, shape);
}

function inOrder(value: unknown, shape: Shape | undefined): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every((item) => inOrder(item, shape));
  const source = value as Record<string, unknown>;
  const wanted = orderedKeys(source, shape);
  let i = 0;
  for (const key of Object.keys(source)) {
    if (source[key] !== undefined && wanted[i++] !== key) return false;
  }
  return i === wanted.length && wanted.every((key) => inOrder(source[key], shape?.children?.[key]));
}

function orderedKeys(source: Record<string, unknown>, shape: Shape | undefined): string[] {
  const known = shape?.keys ?? [];
  const extra = Object.keys(source)
    .filter((k) => !known.includes(k))
    .sort();
  return [...known, ...extra].filter((key) => key in source && source[key] !== undefined);
}

function order(value: unknown, shape: Shape | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => order(v, shape));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  // No prototype: a key named `__proto__` stays an own key instead of replacing the prototype.
  const out = Object.create(null) as Record<string, unknown>;
  // Keys the shape does not know yet (a field added without updating this file) still come out, sorted, last.
  for (const key of orderedKeys(source, shape)) out[key] = order(source[key], shape?.children?.[key]);
  return out;
}
