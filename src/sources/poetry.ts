// Poetry's dependency tables → PEP 508 requirements. Pure: plain parsed TOML in, requirements out;
// pyproject.ts places them in the file.
import { compare } from '@renovatebot/pep440';
import type { Requirement } from '../model.js';
import { normalizeName } from '../pep/name.js';
import { parseRequirement } from '../pep/requirement.js';

export type TomlPath = (string | number)[];

/** One Poetry dependency, or why it could not be read. */
export interface PoetryDependency {
  /** 'poetry' for `tool.poetry.dependencies`, 'poetry:GROUP' for groups and `dev-dependencies`. */
  group: string;
  /** Where it sits in the TOML: the key, or `[...key, i]` for one entry of a multiple-constraints list. */
  path: TomlPath;
  rawName: string;
  requirement?: Requirement;
  error?: string;
}

/**
 * @param skipMain names (normalized) declared in PEP 621 `project.dependencies`: Poetry 2 only
 *   enriches those from `tool.poetry.dependencies`, so reading them again would double count.
 */
export function readPoetryDependencies(data: Record<string, unknown>, skipMain: Set<string>): PoetryDependency[] {
  const poetry = asRecord(asRecord(data['tool'])?.['poetry']);
  if (!poetry) return [];
  const out: PoetryDependency[] = [];
  const table = (deps: unknown, group: string, base: TomlPath, skip?: Set<string>): void => {
    const record = asRecord(deps);
    if (!record) return;
    for (const [rawName, spec] of Object.entries(record)) {
      if (rawName.toLowerCase() === 'python' || skip?.has(normalizeName(rawName))) continue;
      const path = [...base, rawName];
      if (Array.isArray(spec)) {
        // Multiple-constraints dependency: one entry per python/platform range.
        spec.forEach((entry, i) => out.push(readOne(rawName, entry, group, [...path, i])));
      } else {
        out.push(readOne(rawName, spec, group, path));
      }
    }
  };
  table(poetry['dependencies'], 'poetry', ['tool', 'poetry', 'dependencies'], skipMain);
  table(poetry['dev-dependencies'], 'poetry:dev', ['tool', 'poetry', 'dev-dependencies']);
  for (const [name, group] of Object.entries(asRecord(poetry['group']) ?? {})) {
    table(asRecord(group)?.['dependencies'], `poetry:${name}`, ['tool', 'poetry', 'group', name, 'dependencies']);
  }
  return out;
}

function readOne(rawName: string, spec: unknown, group: string, path: TomlPath): PoetryDependency {
  try {
    return { group, path, rawName, requirement: toRequirement(rawName, spec) };
  } catch (err) {
    return { group, path, rawName, error: `Poetry dependency '${rawName}': ${err instanceof Error ? err.message : String(err)}` };
  }
}

function toRequirement(rawName: string, spec: unknown): Requirement {
  const table = typeof spec === 'string' ? { version: spec } : asRecord(spec);
  if (!table) throw new Error('must be a version string or a table');
  const str = (key: string): string | undefined => {
    const value = table[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw new Error(`'${key}' must be a string`);
    return value;
  };
  const extrasRaw = table['extras'] ?? [];
  if (!Array.isArray(extrasRaw) || !extrasRaw.every((e) => typeof e === 'string')) {
    throw new Error("'extras' must be a list of strings");
  }
  const extras = [...new Set(extrasRaw.map(normalizeName))].sort();

  const markers: string[] = [];
  const python = str('python');
  if (python) markers.push(specifierToMarker('python_version', poetryToPep440(python)));
  const platform = str('platform');
  if (platform) markers.push(`sys_platform == "${platform}"`);
  const written = str('markers');
  if (written) markers.push(written);
  const parts = markers.filter(Boolean);
  const marker =
    parts.length === 0
      ? undefined
      : parts.length === 1
        ? parts[0]
        : parts.map((m) => (/\bor\b/.test(m) ? `(${m})` : m)).join(' and ');

  const base = { name: normalizeName(rawName), rawName, extras, marker };
  const git = str('git');
  if (git !== undefined) {
    const ref = str('rev') ?? str('tag') ?? str('branch');
    const sub = str('subdirectory');
    const url = `git+${git}${ref ? `@${ref}` : ''}${sub ? `#subdirectory=${sub}` : ''}`;
    return { ...base, specifier: '', url };
  }
  const url = str('url') ?? str('path');
  if (url !== undefined) return { ...base, specifier: '', url };

  const specifier = poetryToPep440(str('version') ?? '*');
  // The house PEP 508 parser is the one judge of a valid specifier.
  const checked = parseRequirement(`${rawName}${specifier}`);
  return { ...base, specifier: checked.specifier };
}

const CLAUSE = /\s*(\^|~=|~|===|==|!=|<=|>=|<|>|=)?\s*([^\s,|<>=!~^]+)\s*,?/y;

/**
 * A Poetry constraint as a PEP 440 specifier ('' for any version).
 * `||` has no PEP 440 spelling: the result is the smallest range holding every alternative,
 * which never reports a conflict Poetry would not have.
 */
export function poetryToPep440(constraint: string): string {
  const alternatives = constraint.split('||').map(convertAll);
  if (alternatives.length === 1) return alternatives[0]!;
  return hull(alternatives);
}

function convertAll(constraint: string): string {
  const text = constraint.trim();
  if (text === '' || text === '*') return '';
  const clauses: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    CLAUSE.lastIndex = pos;
    const m = CLAUSE.exec(text);
    if (!m || CLAUSE.lastIndex === pos) throw new Error(`cannot read Poetry constraint '${constraint}'`);
    pos = CLAUSE.lastIndex;
    clauses.push(...convertClause(m[1] ?? '', m[2]!, constraint));
  }
  return clauses.join(',');
}

function convertClause(op: string, version: string, constraint: string): string[] {
  if (version === '*') return [];
  if (op === '^' || op === '~') {
    const release = /^v?(\d+(?:\.\d+)*)/.exec(version)?.[1];
    if (!release) throw new Error(`cannot read Poetry constraint '${constraint}'`);
    const parts = release.split('.').map(Number);
    let bump: number;
    if (op === '~') bump = parts.length >= 2 ? 1 : 0;
    else {
      // Caret: the leftmost non-zero part may not change; all zeros → the last part written.
      const firstNonZero = parts.findIndex((p) => p !== 0);
      bump = firstNonZero === -1 ? parts.length - 1 : firstNonZero;
    }
    const upper = parts.map((p, i) => (i < bump ? p : i === bump ? p + 1 : 0)).join('.');
    return [`>=${version}`, `<${upper}`];
  }
  if (op === '' || op === '=') return [`==${version}`];
  return [`${op}${version}`];
}

interface Bound {
  version: string;
  inclusive: boolean;
}

function hull(alternatives: string[]): string {
  if (alternatives.some((a) => a === '')) return '';
  let lower: Bound | null | undefined;
  let upper: Bound | null | undefined;
  for (const alternative of alternatives) {
    const { lo, hi } = bounds(alternative);
    // `null` = unbounded on that side: the hull is too.
    lower = lower === null || !lo ? null : !lower || pick(lo, lower, -1) ? lo : lower;
    upper = upper === null || !hi ? null : !upper || pick(hi, upper, 1) ? hi : upper;
  }
  const out: string[] = [];
  if (lower) out.push(`${lower.inclusive ? '>=' : '>'}${lower.version}`);
  if (upper) out.push(`${upper.inclusive ? '<=' : '<'}${upper.version}`);
  return out.join(',');
}

/** Is `a` wider than `b` in `direction` (-1 lower, 1 upper)? */
function pick(a: Bound, b: Bound, direction: -1 | 1): boolean {
  const c = compare(a.version, b.version) * direction;
  return c > 0 || (c === 0 && a.inclusive && !b.inclusive);
}

/** The range one alternative allows, as its tightest lower and upper bounds. */
function bounds(specifier: string): { lo?: Bound; hi?: Bound } {
  let lo: Bound | undefined;
  let hi: Bound | undefined;
  const addLo = (b: Bound): void => void (lo = !lo || pick(lo, b, -1) ? b : lo);
  const addHi = (b: Bound): void => void (hi = !hi || pick(hi, b, 1) ? b : hi);
  for (const clause of specifier.split(',')) {
    const m = /^(~=|===|==|!=|<=|>=|<|>)(.+)$/.exec(clause);
    if (!m) continue;
    const [, op, v] = m as unknown as [string, string, string];
    if (op === '>=' || op === '>') addLo({ version: v, inclusive: op === '>=' });
    else if (op === '<=' || op === '<') addHi({ version: v, inclusive: op === '<=' });
    else if (op === '~=' || (op === '==' && v.endsWith('.*'))) {
      const release = v.replace(/\.\*$/, '').split('.');
      const keep = op === '~=' ? release.length - 1 : release.length;
      const next = release.slice(0, keep).map((p, i) => (i === keep - 1 ? String(Number(p) + 1) : p));
      addLo({ version: v.replace(/\.\*$/, ''), inclusive: true });
      addHi({ version: next.join('.'), inclusive: false });
    } else if (op === '==' || op === '===') {
      addLo({ version: v, inclusive: true });
      addHi({ version: v, inclusive: true });
    }
  }
  return { lo, hi };
}

function specifierToMarker(variable: string, specifier: string): string {
  return specifier
    .split(',')
    .filter(Boolean)
    .map((clause) => {
      const m = /^(~=|===|==|!=|<=|>=|<|>)(.+)$/.exec(clause);
      return m ? `${variable} ${m[1]} "${m[2]}"` : '';
    })
    .filter(Boolean)
    .join(' and ');
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
    ? (value as Record<string, unknown>)
    : undefined;
}
