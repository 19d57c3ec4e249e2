// pyproject.toml → requirements from PEP 621, PEP 735 dependency groups and Poetry tables.
// smol-toml gives values without positions, so a small scanner (below) walks the same text to
// place every key and value; it only ever runs on text smol-toml accepted.
import { parse, TomlError } from 'smol-toml';
import type { Location, SourceIssue } from '../model.js';
import { normalizeName } from '../pep/name.js';
import { parseRequirement, RequirementSyntaxError } from '../pep/requirement.js';
import { readPoetryDependencies, type TomlPath } from './poetry.js';
import type { PyprojectFile } from './types.js';
import { lineStarts, toLineColumn } from '../line-index.js';
import { boundMessage } from './issue-text.js';

export function parsePyproject(content: string, path: string): PyprojectFile {
  const result: PyprojectFile = { path, occurrences: [], groups: [], issues: [] };
  let data: Record<string, unknown>;
  try {
    data = parse(content) as Record<string, unknown>;
  } catch (err) {
    if (!(err instanceof TomlError)) throw err;
    const message = err.message.split('\n', 1)[0] ?? err.message;
    result.issues.push({ rule: 'parse-error', message: `invalid TOML: ${message}`, location: { file: path, line: err.line, column: err.column } });
    return result;
  }
  const positions = scanToml(content);
  const lines = lineStarts(content);
  const locate = (offset: number, end?: number): Location => ({
    file: path,
    ...toLineColumn(lines, offset),
    ...(end === undefined ? {} : renameEnd(toLineColumn(lines, end))),
  });
  const placeOf = (p: TomlPath): Location => {
    const span = positions.get(key(p));
    return locate(span?.key?.start ?? span?.value?.start ?? 0);
  };
  const issue = (message: string, location: Location, rule: SourceIssue['rule'] = 'parse-error'): void => {
    result.issues.push({ rule, message: boundMessage(message), location });
  };

  const addString = (text: string, p: TomlPath, group: string): void => {
    const value = positions.get(key(p))?.value;
    // Point inside the quotes so the text sits exactly at the location (multi-line strings: after the newline).
    const opener = value ? /^("""|'''|"|')(\r?\n)?/.exec(content.slice(value.start, value.start + 5)) : null;
    const start = value ? value.start + (opener?.[0].length ?? 0) : 0;
    const exact = content.startsWith(text, start);
    try {
      const requirement = parseRequirement(text);
      result.occurrences.push({
        ...requirement,
        location: locate(start, exact ? start + text.length : undefined),
        origin: 'pyproject',
        viaConstraint: false,
        text,
      });
      result.groups.push(group);
    } catch (err) {
      // Escapes make the offset inexact; the string's start is still right.
      const offset = err instanceof RequirementSyntaxError && exact ? err.offset : 0;
      const message = err instanceof Error ? err.message : String(err);
      issue(`invalid requirement '${text}': ${message}`, locate(start + offset));
    }
  };

  const stringList = (value: unknown, p: TomlPath, group: string): void => {
    if (!Array.isArray(value)) return issue(`${p.join('.')} must be a list of requirement strings`, placeOf(p));
    value.forEach((item, i) => {
      if (typeof item === 'string') addString(item, [...p, i], group);
      else issue(`${p.join('.')} must hold requirement strings`, placeOf([...p, i]));
    });
  };

  const project = asRecord(data['project']);
  if (typeof project?.['name'] === 'string') result.projectName = project['name'];
  const mainNames = new Set<string>();
  if (project?.['dependencies'] !== undefined) {
    stringList(project['dependencies'], ['project', 'dependencies'], 'main');
    for (const o of result.occurrences) mainNames.add(o.name);
  }
  const optional = project?.['optional-dependencies'];
  if (optional !== undefined) {
    const table = asRecord(optional);
    if (!table) issue('project.optional-dependencies must be a table', placeOf(['project', 'optional-dependencies']));
    for (const [extra, list] of Object.entries(table ?? {})) {
      stringList(list, ['project', 'optional-dependencies', extra], `optional:${extra}`);
    }
  }

  readDependencyGroups(data['dependency-groups'], { addString, issue, placeOf });

  for (const dep of readPoetryDependencies(data, mainNames)) {
    const span = positions.get(key(dep.path));
    const start = span?.key?.start ?? span?.value?.start ?? 0;
    const end = span?.value?.end ?? span?.key?.end;
    if (!dep.requirement) {
      issue(dep.error ?? `cannot read Poetry dependency '${dep.rawName}'`, locate(start));
      continue;
    }
    const text = end === undefined ? dep.rawName : content.slice(start, end);
    result.occurrences.push({ ...dep.requirement, location: locate(start, end), origin: 'pyproject', viaConstraint: false, text });
    result.groups.push(dep.group);
  }
  return result;
}

interface GroupContext {
  addString: (text: string, p: TomlPath, group: string) => void;
  issue: (message: string, location: Location, rule?: SourceIssue['rule']) => void;
  placeOf: (p: TomlPath) => Location;
}

/**
 * PEP 735: each requirement is read once, under the group that writes it; `{include-group}`
 * references are followed only to report unknown groups and cycles, so an included requirement
 * is not counted twice at the same line.
 */
function readDependencyGroups(raw: unknown, ctx: GroupContext): void {
  if (raw === undefined) return;
  const groups = asRecord(raw);
  if (!groups) return ctx.issue('dependency-groups must be a table', ctx.placeOf(['dependency-groups']));
  const byName = new Map(Object.keys(groups).map((name) => [normalizeName(name), name]));
  const includes = new Map<string, { target: string; p: TomlPath }[]>();

  for (const [name, list] of Object.entries(groups)) {
    const base: TomlPath = ['dependency-groups', name];
    if (!Array.isArray(list)) {
      ctx.issue(`dependency group '${name}' must be a list`, ctx.placeOf(base));
      continue;
    }
    const own: { target: string; p: TomlPath }[] = [];
    list.forEach((item, i) => {
      const p = [...base, i];
      const include = asRecord(item)?.['include-group'];
      if (typeof item === 'string') ctx.addString(item, p, `group:${name}`);
      else if (typeof include === 'string') own.push({ target: include, p });
      else ctx.issue(`dependency group '${name}' entries must be strings or {include-group = "..."}`, ctx.placeOf(p));
    });
    includes.set(normalizeName(name), own);
  }

  // Depth-first over include edges; a back edge is a cycle, reported once where it closes.
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (group: string): void => {
    state.set(group, 'visiting');
    for (const { target, p } of includes.get(group) ?? []) {
      const t = normalizeName(target);
      if (!byName.has(t)) ctx.issue(`dependency group '${target}' is not defined`, ctx.placeOf(p), 'include-error');
      else if (state.get(t) === 'visiting') ctx.issue(`including dependency group '${target}' from '${byName.get(group)}' forms a cycle`, ctx.placeOf(p), 'include-error');
      else if (!state.has(t)) visit(t);
    }
    state.set(group, 'done');
  };
  for (const group of includes.keys()) if (!state.has(group)) visit(group);
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
    ? (value as Record<string, unknown>)
    : undefined;
}

// ---- positions -------------------------------------------------------------------------------

interface Span {
  start: number;
  end: number;
}
interface Place {
  key?: Span;
  value?: Span;
}

const key = (p: TomlPath): string => JSON.stringify(p);

function renameEnd(p: { line: number; column: number }): { endLine: number; endColumn: number } {
  return { endLine: p.line, endColumn: p.column };
}

/**
 * Where every key and value of a valid TOML document sits, by path. Array-of-tables headers get
 * their index as a path segment; nothing we read lives under one, so nesting under them is loose.
 */
function scanToml(text: string): Map<string, Place> {
  const places = new Map<string, Place>();
  const counts = new Map<string, number>();
  let pos = 0;
  let table: TomlPath = [];

  const skip = (newlines: boolean): void => {
    for (;;) {
      const c = text[pos];
      if (c === ' ' || c === '\t' || (newlines && (c === '\n' || c === '\r'))) pos++;
      else if (c === '#') while (pos < text.length && text[pos] !== '\n') pos++;
      else return;
    }
  };
  const readString = (): string => {
    const start = pos;
    const q = text[pos]!;
    const triple = text.startsWith(q.repeat(3), pos);
    const close = triple ? q.repeat(3) : q;
    pos += close.length;
    while (pos < text.length) {
      if (q === '"' && text[pos] === '\\') pos += 2;
      else if (text.startsWith(close, pos)) {
        pos += close.length;
        // A multi-line string may end with up to two extra quotes before its closer.
        while (triple && text[pos] === q) pos++;
        break;
      } else pos++;
    }
    const raw = text.slice(start, pos);
    return triple || q === "'" ? raw.slice(close.length, raw.length - close.length) : decodeBasic(raw);
  };
  const readKey = (): { path: string[]; span: Span } => {
    const path: string[] = [];
    let span: Span = { start: pos, end: pos };
    for (;;) {
      skip(false);
      const start = pos;
      if (text[pos] === '"' || text[pos] === "'") path.push(readString());
      else {
        while (pos < text.length && /[A-Za-z0-9_-]/.test(text[pos]!)) pos++;
        path.push(text.slice(start, pos));
      }
      span = { start, end: pos };
      skip(false);
      if (text[pos] !== '.') return { path, span };
      pos++;
    }
  };
  const readValue = (p: TomlPath, keySpan?: Span): void => {
    const start = pos;
    const c = text[pos];
    if (c === '"' || c === "'") readString();
    else if (c === '[') {
      pos++;
      for (let i = 0; ; i++) {
        skip(true);
        if (text[pos] === ']' || pos >= text.length) break;
        readValue([...p, i]);
        skip(true);
        if (text[pos] === ',') pos++;
      }
      pos++;
    } else if (c === '{') {
      pos++;
      for (;;) {
        skip(true);
        if (text[pos] === '}' || pos >= text.length) break;
        readPair(p);
        skip(true);
        if (text[pos] === ',') pos++;
      }
      pos++;
    } else {
      while (pos < text.length && !/[,\]}#\r\n]/.test(text[pos]!)) pos++;
      while (pos > start && /[ \t]/.test(text[pos - 1]!)) pos--;
    }
    places.set(key(p), { key: keySpan, value: { start, end: pos } });
  };
  const readPair = (base: TomlPath): void => {
    const k = readKey();
    skip(false);
    pos++; // '='
    skip(false);
    readValue([...base, ...k.path], k.span);
  };

  while (pos < text.length) {
    skip(true);
    if (pos >= text.length) break;
    if (text[pos] === '[') {
      const isArray = text[pos + 1] === '[';
      pos += isArray ? 2 : 1;
      const k = readKey();
      pos += isArray ? 2 : 1;
      table = k.path;
      if (isArray) {
        const n = counts.get(key(k.path)) ?? 0;
        counts.set(key(k.path), n + 1);
        table = [...k.path, n];
      }
      // `[tool.poetry.dependencies.foo]` declares a dependency: remember where its name is.
      if (!places.has(key(table))) places.set(key(table), { key: k.span });
    } else {
      readPair(table);
    }
  }
  return places;
}

function decodeBasic(raw: string): string {
  try {
    return JSON.parse(raw.replace(/\\U([0-9a-fA-F]{8})/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))) as string;
  } catch {
    return raw.slice(1, -1);
  }
}
