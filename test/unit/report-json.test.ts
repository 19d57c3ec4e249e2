import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { FileKind, Origin, Severity } from '../../src/model.js';
import { REPORT_SHAPE, renderJson } from '../../src/report/json.js';
import { RULE_IDS } from '../../src/checks/rules.js';
import type { Report, Risk } from '../../src/report/types.js';
import { checkReport, cleanReport, hostileReport, hugeReport, prReport } from './report-fixtures.js';

type Schema = { properties?: Record<string, Schema>; items?: Schema; $ref?: string; $defs?: Record<string, Schema>; enum?: unknown[] };

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')) as Schema;
// strict: an unknown keyword or a typo in the schema fails the test. The schema uses no `format`.
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

function errorsOf(value: unknown): string {
  return validate(value) ? '' : ajv.errorsText(validate.errors);
}

describe('renderJson', () => {
  it.each([
    ['clean check', cleanReport()],
    ['check', checkReport()],
    ['pull request', prReport()],
    ['hostile content', hostileReport()],
    ['large pull request', hugeReport(200)],
  ])('renders a %s report that the schema accepts', (_name, report) => {
    const out = renderJson(report);
    expect(errorsOf(JSON.parse(out))).toBe('');
  });

  it('is the Report as it is: round-trips to an equal object', () => {
    const report = prReport();
    expect(JSON.parse(renderJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('uses 2-space indentation and ends with one newline', () => {
    const out = renderJson(cleanReport());
    expect(out.startsWith('{\n  "schemaVersion": 2,\n  "tool": {\n    "name": "monopin",')).toBe(true);
    expect(out).toMatch(/}\n$/);
    expect(out).not.toMatch(/\n\n$/);
  });

  it('orders keys the same whatever order the objects were built in', () => {
    const report = prReport();
    const shuffled = reverseKeys(report) as Report;
    expect(Object.keys(shuffled)[0]).not.toBe('schemaVersion');
    expect(renderJson(shuffled)).toBe(renderJson(report));
  });

  it('keeps keys it does not know yet, sorted after the known ones', () => {
    const report = { ...cleanReport(), zeta: 1, alpha: 2 } as unknown as Report;
    expect(Object.keys(JSON.parse(renderJson(report))).slice(-2)).toEqual(['alpha', 'zeta']);
  });

  it('orders keys as the schema lists its properties', () => {
    const out = JSON.parse(renderJson(prReport())) as unknown;
    const visited = checkOrder(out, schema, '$');
    expect(visited).toBeGreaterThan(50);
  });

  it('lists every property of the schema in its key order table, and no other', () => {
    expect(REPORT_SHAPE.keys).toEqual(Object.keys(schema.properties ?? {}));
  });
});

describe('report.schema.json', () => {
  it('enumerates exactly the rule ids renderers know', () => {
    expect(schema.$defs?.rule?.enum).toEqual([...RULE_IDS]);
  });

  it.each([
    ['fileKind', { requirements: 1, constraints: 1, dockerfile: 1, compose: 1, pyproject: 1 } satisfies Record<FileKind, 1>],
    ['origin', { requirements: 1, constraints: 1, dockerfile: 1, pyproject: 1 } satisfies Record<Origin, 1>],
    ['severity', { error: 1, warning: 1, note: 1 } satisfies Record<Severity, 1>],
    ['risk', { low: 1, medium: 1, high: 1 } satisfies Record<Risk, 1>],
  ])('enumerates exactly the %s values of the types', (def, values) => {
    expect([...(schema.$defs?.[def]?.enum ?? [])].sort()).toEqual(Object.keys(values).sort());
  });

  const mutations: [string, (r: Report) => void][] = [
    ['another schemaVersion', (r) => ((r as { schemaVersion: number }).schemaVersion = 1)],
    ['a missing summary', (r) => delete (r as Partial<Report>).summary],
    ['an unknown top-level key', (r) => ((r as unknown as Record<string, unknown>).extra = true)],
    ['an unknown rule', (r) => ((r.findings[0] as { rule: string }).rule = 'made-up')],
    ['an unknown severity', (r) => ((r.findings[0] as { severity: string }).severity = 'fatal')],
    ['column 0', (r) => (r.findings[0]!.location.column = 0)],
    ['a fractional line', (r) => (r.requirements[0]!.line = 1.5)],
    ['an absolute path', (r) => (r.findings[0]!.location.file = '/home/runner/x/requirements.txt')],
    ['a Windows path', (r) => (r.files[0]!.path = 'services\\api\\requirements.txt')],
    ['an empty message', (r) => (r.findings[0]!.message = '')],
    ['an unknown file kind', (r) => ((r.files[0] as { kind: string }).kind = 'setup.py')],
    ['an unknown origin', (r) => ((r.requirements[0] as { origin: string }).origin = 'setup')],
    ['an unknown risk', (r) => ((r.packages[0] as { risk: string }).risk = 'extreme')],
    ['a negative count', (r) => (r.summary.errors = -1)],
    ['a diff without base', (r) => delete (r.diff as Partial<NonNullable<Report['diff']>>).base],
    ['another tool', (r) => ((r.tool as { name: string }).name = 'pip-audit')],
    ['duplicate extras', (r) => (r.requirements[0]!.extras = ['a', 'a'])],
  ];
  it.each(mutations)('rejects %s', (_name, mutate) => {
    const report = JSON.parse(renderJson(prReport())) as Report;
    expect(errorsOf(report)).toBe('');
    mutate(report);
    expect(errorsOf(report)).not.toBe('');
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
}

function resolve(node: Schema): Schema {
  let current = node;
  while (current.$ref) {
    const name = current.$ref.replace('#/$defs/', '');
    const next = schema.$defs?.[name];
    if (!next) throw new Error(`unresolved ${current.$ref}`);
    current = next;
  }
  return current;
}

/** Walks value and schema together; returns how many objects it checked. */
function checkOrder(value: unknown, node: Schema, path: string): number {
  const s = resolve(node);
  if (Array.isArray(value)) {
    return value.reduce<number>((n, v, i) => n + (s.items ? checkOrder(v, s.items, `${path}[${i}]`) : 0), 0);
  }
  if (value === null || typeof value !== 'object' || !s.properties) return 0;
  const order = Object.keys(s.properties);
  const keys = Object.keys(value);
  const positions = keys.map((k) => order.indexOf(k));
  expect(positions.every((p) => p >= 0), `${path}: ${keys.join(',')}`).toBe(true);
  expect(positions, `${path} key order`).toEqual([...positions].sort((a, b) => a - b));
  let visited = 1;
  for (const [k, v] of Object.entries(value)) visited += checkOrder(v, s.properties[k]!, `${path}.${k}`);
  return visited;
}
