// Minimal text edits for a bump: the project's own parsers say where each exact pin is, and only
// the characters of its version change. Everything else (comments, case, extras, markers, quotes,
// line endings, continuations) stays byte for byte, so the PR diff shows the versions and nothing else.
import { DockerfileParser, type Arg, type Property } from 'dockerfile-ast';
import type { Occurrence } from '../model.js';
import { normalizeName } from '../pep/name.js';
import { parseDockerfile } from '../sources/dockerfile.js';
import { parseRequirementsFile } from '../sources/requirements.js';
import { findHashOptions, renderHashOptions } from './hashes.js';
import { lineIndexOf } from '../line-index.js';
import { sameVersion } from '../pep/version.js';

export type EditableKind = 'requirements' | 'constraints' | 'dockerfile';

export interface EditPinsOptions {
  /** Repo-relative path, for notes and the parsers' locations. */
  path: string;
  content: string;
  kind: EditableKind;
  /** Target versions by package name (any spelling; compared PEP 503-normalized). */
  bumps: { name: string; to: string }[];
  /** The new version's hashes (`sha256:…`), for requirements pinned with `--hash`. */
  hashesFor?: (name: string, version: string) => string[] | undefined;
  /** Edit only the occurrences this accepts (e.g. the lines whose marker holds for the target); default: every exact pin. */
  only?: (occurrence: Occurrence) => boolean;
}

export interface PinChange {
  /** 1-based line of the edited version (the ARG line for an ARG-based pin). */
  line: number;
  /** PEP 503-normalized */
  name: string;
  from: string;
  to: string;
}

export interface EditPinsResult {
  content: string;
  changes: PinChange[];
  /** What was left alone and why: `<file>:<line>: …`. */
  notes: string[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A requirement the parser found (or could not resolve), with the file offset of its first character. */
interface Candidate {
  name: string;
  text: string;
  start: number;
  line: number;
  /** Single exact-pin specifier the parser resolved (`==1.0`), undefined for unresolved variables. */
  specifier?: string;
  hashes?: string[];
  occurrence?: Occurrence;
}

export function editPins(options: EditPinsOptions): EditPinsResult {
  const { path, content, kind } = options;
  const targets = new Map(options.bumps.map((b) => [normalizeName(b.name), b.to]));
  const lines = lineStarts(content, kind);
  const notes: string[] = [];
  const edits: Edit[] = [];
  const changes: PinChange[] = [];
  const argEdits = new Map<number, { name: string; to: string }>();
  const where = (line: number): string => `${path}:${line}`;
  const lineOf = (offset: number): number => lines.lineOf(offset);

  const candidates = kind === 'dockerfile' ? dockerfileCandidates(content, path, lines) : requirementsCandidates(content, path, lines);
  const args = kind === 'dockerfile' ? new ArgScope(content, lines) : undefined;

  for (const c of candidates) {
    const to = targets.get(c.name);
    if (to === undefined) continue;
    if (c.occurrence && options.only && !options.only(c.occurrence)) continue;
    if (c.specifier !== undefined && !isExactPin(c.specifier)) continue;
    const offsets = align(content, c.start, c.text);
    const pin = pinSpan(c.text);
    if (!offsets || !pin) {
      notes.push(`${where(c.line)}: cannot locate the version of ${c.name} in '${c.text}'; set it to ${to} by hand`);
      continue;
    }
    const token = c.text.slice(pin.start, pin.end);
    if (token.includes('$')) {
      const variable = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$/.exec(token);
      const varName = variable?.[1] ?? variable?.[2];
      const arg = varName ? args?.defaultAt(varName, c.start) : undefined;
      if (!varName || !arg) {
        const how = varName ? `\${${varName}}, which has no ARG default in this file` : `'${token}'`;
        notes.push(`${where(c.line)}: ${c.name} is pinned through ${how}; set it to ${to} where the build passes it (--build-arg)`);
        continue;
      }
      const prior = argEdits.get(arg.start);
      if (prior) {
        if (prior.to !== to) notes.push(`${where(lineOf(arg.start))}: ARG ${varName} pins both ${prior.name} and ${c.name}; kept ${prior.name}'s ${prior.to}, set ${c.name} to ${to} by hand`);
        continue;
      }
      argEdits.set(arg.start, { name: c.name, to });
      if (pinnedAlready(arg.value, to, pin.op)) continue;
      edits.push({ start: arg.start, end: arg.end, text: to });
      changes.push({ line: lineOf(arg.start), name: c.name, from: arg.value, to });
      continue;
    }
    if (pinnedAlready(token, to, pin.op)) continue;
    const start = offsets[pin.start]!;
    const end = offsets[pin.end - 1]! + 1;
    // a version split by quotes or a continuation cannot be rewritten as one run of characters
    if (end - start !== pin.end - pin.start) {
      notes.push(`${where(c.line)}: the version of ${c.name} is split across quotes or lines; set it to ${to} by hand`);
      continue;
    }
    edits.push({ start, end, text: to });
    changes.push({ line: lineOf(start), name: c.name, from: token, to });
    if (c.hashes?.length) {
      const hashEdit = rewriteHashes(content, offsets[c.text.length - 1]! + 1, c, to, options.hashesFor);
      if (hashEdit.edit) edits.push(hashEdit.edit);
      else notes.push(`${where(c.line)}: ${c.name} ${hashEdit.reason}`);
    }
  }
  return { content: apply(content, edits), changes, notes };
}

function rewriteHashes(
  content: string,
  requirementEnd: number,
  c: Candidate,
  to: string,
  hashesFor: EditPinsOptions['hashesFor'],
): { edit?: Edit; reason?: string } {
  const regenerate = 'has --hash lines for the old version; regenerate them (pip-compile --generate-hashes)';
  const hashes = hashesFor?.(c.name, to);
  if (!hashes || hashes.length === 0) return { reason: regenerate };
  const old = findHashOptions(content, requirementEnd);
  const text = old.length === c.hashes!.length ? renderHashOptions(content, old, hashes) : undefined;
  if (text === undefined) return { reason: regenerate };
  return { edit: { start: old[0]!.start, end: old[old.length - 1]!.end, text } };
}

function apply(content: string, edits: Edit[]): string {
  let out = content;
  let floor = Infinity;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) {
    if (e.end > floor) continue; // overlapping edits cannot happen by construction; never corrupt the file if they do
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    floor = e.start;
  }
  return out;
}

/** `==X` or `===X`, one clause, no wildcard. */
export function isExactPin(specifier: string): boolean {
  return /^===?[^,=<>!~]+$/.test(specifier) && !/^==[^=].*\*$/.test(specifier);
}

// `==2.0` already pins 2.0.0; rewriting it would be churn. `===` compares strings.
function pinnedAlready(current: string, to: string, op: '==' | '==='): boolean {
  return op === '===' ? current === to : sameVersion(current, to);
}

const PIN = /^[ \t]*[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?[ \t]*(?:\[[^\]]*\][ \t]*)?\(?[ \t]*(===|==)[ \t]*([^\s,;)]+)/;

/** Where the version of the first clause sits in a requirement's text, when that clause is `==`/`===`. */
export function pinSpan(text: string): { op: '==' | '==='; start: number; end: number } | undefined {
  const m = PIN.exec(text);
  if (!m) return undefined;
  const end = m[0].length;
  return { op: m[1] as '==' | '===', start: end - m[2]!.length, end };
}

/**
 * The file offset of each character of `text`, read from `start`: quotes around or inside the
 * word, `\"` escapes and `\`-newline continuations are skipped. Undefined when the text is not there.
 */
function align(content: string, start: number, text: string): number[] | undefined {
  const offsets: number[] = [];
  let k = start;
  for (let i = 0; i < text.length; ) {
    const ch = content[k];
    if (ch === undefined) return undefined;
    if (ch === text[i]) {
      offsets.push(k++);
      i++;
    } else if (ch === '"' || ch === "'") {
      k++;
    } else if ((ch === '\\' || ch === '`') && /^\r?\n/.test(content.slice(k + 1, k + 3))) {
      k += content[k + 1] === '\r' ? 3 : 2;
    } else if (ch === '\\' && content[k + 1] === text[i]) {
      k++;
    } else {
      return undefined;
    }
  }
  return offsets;
}

// ── line starts, per parser ──────────────────────────────────────────────────
interface Lines {
  offset(line: number, column: number): number;
  lineOf(offset: number): number;
}

// The line breaks each parser counts: pip's splitlines() for requirements, dockerfile-ast's for Dockerfiles.
const PIP_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
const DOCKER_BREAK = /\r\n|\n|\r/g;

function lineStarts(content: string, kind: EditableKind): Lines {
  const bom = kind !== 'dockerfile' && content.startsWith('\uFEFF') ? 1 : 0;
  const starts = [bom];
  for (const m of content.slice(bom).matchAll(kind === 'dockerfile' ? DOCKER_BREAK : PIP_BREAK)) starts.push(bom + m.index + m[0].length);
  return {
    offset: (line, column) => (starts[line - 1] ?? content.length) + column - 1,
    lineOf: (offset) => lineIndexOf(starts, offset) + 1,
  };
}

// ── candidates ───────────────────────────────────────────────────────────────
function fromOccurrence(o: Occurrence, lines: Lines): Candidate | undefined {
  if (o.url !== undefined) return undefined;
  return {
    name: o.name,
    text: o.text,
    start: lines.offset(o.location.line, o.location.column),
    line: o.location.line,
    specifier: o.specifier,
    ...(o.hashes ? { hashes: o.hashes } : {}),
    occurrence: o,
  };
}

function requirementsCandidates(content: string, path: string, lines: Lines): Candidate[] {
  return parseRequirementsFile(content, path).occurrences.flatMap((o) => fromOccurrence(o, lines) ?? []);
}

function dockerfileCandidates(content: string, path: string, lines: Lines): Candidate[] {
  const info = parseDockerfile(content, path);
  const found = info.installs.flatMap((i) => i.packages).flatMap((o) => fromOccurrence(o, lines) ?? []);
  // A pin through a variable nobody defines is a parse error, not an occurrence: read its word back.
  for (const issue of info.issues) {
    const { line, column, endLine, endColumn } = issue.location;
    if (issue.rule !== 'parse-error' || endLine === undefined || endColumn === undefined) continue;
    const start = lines.offset(line, column);
    const text = content.slice(start, lines.offset(endLine, endColumn)).replace(/^["']|["']$/g, '');
    const name = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/.exec(text)?.[0];
    const pin = pinSpan(text);
    if (!name || !pin || !text.slice(pin.start, pin.end).includes('$') || text.includes('\n')) continue;
    found.push({ name: normalizeName(name), text, start, line });
  }
  return found.sort((a, b) => a.start - b.start);
}

// ── ARG defaults ─────────────────────────────────────────────────────────────
/** Docker's ARG scoping: a stage sees its own `ARG X=…`, or a global default it redeclares with `ARG X`. */
class ArgScope {
  private readonly steps: { at: number; kind: 'from' | 'arg'; props: Property[] }[] = [];
  private readonly offsetOf: (p: { line: number; character: number }) => number;

  /** `lines`: the Dockerfile's line starts (dockerfile-ast positions are 0-based). */
  constructor(
    private readonly content: string,
    lines: Lines,
  ) {
    this.offsetOf = (p) => lines.offset(p.line + 1, p.character + 1);
    for (const i of DockerfileParser.parse(content).getInstructions()) {
      const keyword = i.getKeyword().toUpperCase();
      const at = this.offsetOf(i.getRange().start);
      if (keyword === 'FROM') this.steps.push({ at, kind: 'from', props: [] });
      else if (keyword === 'ARG') this.steps.push({ at, kind: 'arg', props: (i as Arg).getProperties() });
    }
  }

  /** The default in force at `offset` for `name`, as a span of the file without its quotes. */
  defaultAt(name: string, offset: number): { start: number; end: number; value: string } | undefined {
    const globals = new Map<string, Property>();
    let stage: Map<string, Property | undefined> | undefined;
    for (const step of this.steps) {
      if (step.at > offset) break;
      if (step.kind === 'from') {
        stage = new Map();
        continue;
      }
      for (const p of step.props) {
        if (!stage) {
          if (p.getValueRange()) globals.set(p.getName(), p);
          else globals.delete(p.getName());
        } else stage.set(p.getName(), p.getValueRange() ? p : globals.get(p.getName()));
      }
    }
    const prop = stage?.get(name);
    const range = prop?.getValueRange();
    if (!range) return undefined;
    let start = this.offsetOf(range.start);
    let end = this.offsetOf(range.end);
    const raw = this.content.slice(start, end);
    const quoted = /^(["'])(.*)\1$/s.exec(raw);
    if (quoted) {
      start++;
      end--;
    }
    const value = this.content.slice(start, end);
    // a default built from other variables or escapes is not a plain version to rewrite
    return /^[A-Za-z0-9._+!-]+$/.test(value) ? { start, end, value } : undefined;
  }
}
