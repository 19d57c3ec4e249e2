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
  keys: ['rule', 'severity', 'package', 'service', 'location', 'specifier', 'pin', 'message', 'advisories', 'reach'],
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
    'services',
    'packages',
    'findings',
    'diff',
    'sizes',
    'advisories',
    'skipped',
  ],
  children: {
    tool: { keys: ['name', 'version'] },
    summary: { keys: ['files', 'services', 'packages', 'requirements', 'errors', 'warnings', 'notes'] },
    files: {
      keys: ['path', 'kind', 'service', 'errors'],
      children: { errors: { keys: ['line', 'column', 'message'] } },
    },
    requirements: {
      keys: ['file', 'line', 'column', 'name', 'extras', 'specifier', 'marker', 'url', 'origin', 'viaConstraint', 'service'],
    },
    services: { keys: ['name', 'root', 'dockerfiles', 'requirementFiles', 'image', 'dependents'] },
    packages: {
      keys: ['name', 'services', 'variants', 'pin', 'risk'],
      children: { variants: { keys: ['specifier', 'services'] } },
    },
    findings: FINDING,
    diff: { keys: ['base', 'introduced', 'fixed', 'unchanged'], children: { introduced: FINDING, fixed: FINDING } },
    sizes: {
      keys: ['image', 'target', 'beforeBytes', 'deltaBytes', 'deltaCompressedBytes', 'contributors'],
      children: {
        target: { keys: ['pythonVersion', 'platform', 'libc', 'glibcVersion', 'muslVersion'] },
        contributors: { keys: ['name', 'from', 'to', 'deltaBytes', 'deltaCompressedBytes', 'sdistOnly', 'requiredBy', 'note'] },
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
  return `${JSON.stringify(order(report, REPORT_SHAPE), null, 2)}\n`;
}

function order(value: unknown, shape: Shape | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => order(v, shape));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const known = shape?.keys ?? [];
  // Keys the shape does not know yet (a field added without updating this file) still come out, sorted, last.
  const extra = Object.keys(source)
    .filter((k) => !known.includes(k))
    .sort();
  for (const key of [...known, ...extra]) {
    if (!(key in source) || source[key] === undefined) continue;
    out[key] = order(source[key], shape?.children?.[key]);
  }
  return out;
}
