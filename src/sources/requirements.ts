// pip's requirements-file format, parsed line by line the way pip 23.2's
// `pip/_internal/req/req_file.py` and `req/constructors.py` do it, without touching the
// filesystem or the network. Every logical line remembers where its characters came from,
// so findings point at the exact place even across `\` continuations.
import type { Location, Occurrence, Requirement } from '../model.js';
import { parseMarker } from '../pep/marker.js';
import { parseRequirement, RequirementSyntaxError } from '../pep/requirement.js';
import { OptionError, parseOptions, shlexSplit, type ParsedOption } from './pip-options.js';
import type { IncludeRef, RequirementsFile } from './types.js';
import { boundMessage } from './issue-text.js';
import { memoized } from '../pep/memo.js';

// Python's `\s` and `str.strip()` whitespace (differs from JS: no U+FEFF, adds \x1c-\x1f and \x85).
const PYWS = '[\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
// Python's str.splitlines() boundaries.
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;
const COMMENT_START = new RegExp(`^${PYWS}*#`);
const COMMENT = new RegExp(`(^|${PYWS}+)#.*$`);
const LEADING_WS = new RegExp(`^${PYWS}+`);
const TRAILING_WS = new RegExp(`${PYWS}+$`);
const ENV_VAR = /\$\{([A-Z0-9_]+)\}/g;

/**
 * A logical line: its text and where each character came from, as segments (continuations and
 * `${VAR}` values splice text from several places). Offset o in a segment maps to its line and
 * column `col + (o - from) * step`; an expanded value has step 0 (every character points at `$`).
 */
interface Segment {
  from: number;
  line: number;
  col: number;
  step: 0 | 1;
}

interface Logical {
  text: string;
  segs: Segment[];
}

function physical(text: string, line: number, from = 0, to = text.length): Logical {
  return { text: text.slice(from, Math.max(from, to)), segs: [{ from: 0, line, col: from + 1, step: 1 }] };
}

function concat(parts: Logical[]): Logical {
  if (parts.length === 1) return parts[0]!;
  const segs: Segment[] = [];
  let base = 0;
  for (const p of parts) {
    if (p.text.length > 0) for (const seg of p.segs) segs.push({ ...seg, from: seg.from + base });
    base += p.text.length;
  }
  return { text: parts.map((p) => p.text).join(''), segs };
}

function segmentAt(l: Logical, offset: number): Segment {
  let found = l.segs[0]!;
  for (const seg of l.segs) {
    if (seg.from > offset) break;
    found = seg;
  }
  return found;
}

function position(l: Logical, offset: number): { line: number; col: number } {
  const seg = segmentAt(l, offset);
  return { line: seg.line, col: seg.col + (offset - seg.from) * seg.step };
}

function slice(l: Logical, from: number, to = l.text.length): Logical {
  if (from === 0 && to >= l.text.length) return l;
  const head = position(l, from);
  const first = segmentAt(l, from);
  const segs: Segment[] = [{ from: 0, line: head.line, col: head.col, step: first.step }];
  for (const seg of l.segs) if (seg.from > from && seg.from < to) segs.push({ ...seg, from: seg.from - from });
  return { text: l.text.slice(from, to), segs };
}

/** pip's preprocess(): split, join continuations, drop comments and blanks, expand `${VAR}`. */
function preprocess(content: string, env: Record<string, string | undefined> | undefined): { first: number; line: Logical }[] {
  const raw = content.split(LINE_BREAK);
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop(); // splitlines() yields no empty last line
  const joined: { first: number; line: Logical }[] = [];
  let pending: Logical[] = [];
  let first = 0;
  raw.forEach((text, i) => {
    const no = i + 1;
    const isComment = COMMENT_START.test(text);
    if (!text.endsWith('\\') || isComment) {
      // a comment ends a continuation; pip prefixes it with a space so it is stripped later
      const part = isComment ? concat([{ text: ' ', segs: [{ from: 0, line: no, col: 1, step: 0 }] }, physical(text, no)]) : physical(text, no);
      if (pending.length > 0) {
        joined.push({ first, line: concat([...pending, part]) });
        pending = [];
      } else joined.push({ first: no, line: part });
    } else {
      if (pending.length === 0) first = no;
      // pip uses line.strip("\\"): backslashes go from both ends
      const lead = /^\\*/.exec(text)![0].length;
      const trail = /\\*$/.exec(text)![0].length;
      pending.push(physical(text, no, lead, Math.max(lead, text.length - trail)));
    }
  });
  if (pending.length > 0) joined.push({ first, line: concat(pending) });

  const out: { first: number; line: Logical }[] = [];
  for (const { first: no, line } of joined) {
    const comment = COMMENT.exec(line.text);
    let l = comment ? slice(line, 0, comment.index) : line;
    const lead = LEADING_WS.exec(l.text)?.[0].length ?? 0;
    const trail = TRAILING_WS.exec(l.text)?.[0].length ?? 0;
    l = slice(l, lead, Math.max(lead, l.text.length - trail));
    if (l.text) out.push({ first: no, line: expandEnv(l, env) });
  }
  return out;
}

// Only `${NAME}`; a variable that is unset or empty stays as written, as in pip.
function expandEnv(l: Logical, env: Record<string, string | undefined> | undefined): Logical {
  if (!env || !l.text.includes('${')) return l;
  const parts: Logical[] = [];
  let last = 0;
  for (const m of l.text.matchAll(ENV_VAR)) {
    const value = env[m[1]!];
    if (!value) continue;
    const at = m.index;
    parts.push(slice(l, last, at));
    const { line, col } = position(l, at);
    parts.push({ text: value, segs: [{ from: 0, line, col, step: 0 }] });
    last = at + m[0].length;
  }
  parts.push(slice(l, last));
  return concat(parts);
}

export function parseRequirementsFile(content: string, path: string, env?: Record<string, string | undefined>): RequirementsFile {
  const result: RequirementsFile = { path, occurrences: [], unnamed: [], includes: [], options: [], issues: [] };
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  // one context for the file, moved from line to line: no closures per line
  const ctx: LineContext = { result, path, first: 0, line: { text: '', segs: [] } };
  for (const { first, line } of preprocess(text, env)) {
    ctx.first = first;
    ctx.line = line;
    handleLine(line, ctx);
  }
  return result;
}

interface LineContext {
  result: RequirementsFile;
  path: string;
  /** The line the current logical line starts on, and its text. */
  first: number;
  line: Logical;
}

/** Where an offset of the current logical line is in the file. */
function locate(ctx: LineContext, offset: number): Location {
  if (ctx.line.text.length === 0) return { file: ctx.path, line: ctx.first, column: 1 };
  const p = position(ctx.line, Math.max(0, Math.min(offset, ctx.line.text.length - 1)));
  return { file: ctx.path, line: p.line, column: p.col };
}

function addIssue(ctx: LineContext, message: string, offset: number): void {
  ctx.result.issues.push({ rule: 'parse-error', message: boundMessage(message), location: locate(ctx, offset) });
}

function handleLine(line: Logical, ctx: LineContext): void {
  // pip's break_args_options: words up to the first one starting with '-' are the requirement
  const words = line.text.split(' ');
  const firstOption = words.findIndex((w) => w.startsWith('-'));
  const args = (firstOption < 0 ? words : words.slice(0, firstOption)).join(' ');
  const optionsStart = firstOption < 0 ? line.text.length : firstOption === 0 ? 0 : args.length + 1;
  const optionsText = line.text.slice(optionsStart);

  let options: ParsedOption[] = [];
  try {
    // most requirement lines carry no options at all
    if (optionsText !== '') options = parseOptions(shlexSplit(optionsText));
  } catch (e) {
    if (!(e instanceof OptionError)) throw e;
    addIssue(ctx, `invalid option in '${line.text}': ${e.message}`, optionsStart + e.offset);
    return;
  }

  if (args) {
    // Global options and -r/-c on a requirement line are ignored by pip; only --hash matters here.
    const hashes = options.filter((o) => o.name === '--hash').map((o) => o.value!);
    addRequirement(args, 0, { editable: false, hashes }, ctx);
    return;
  }
  const editable = options.find((o) => o.name === '--editable');
  if (editable) {
    addRequirement(editable.value!, optionsStart + (editable.valueOffset ?? editable.offset), { editable: true, hashes: [] }, ctx);
    return;
  }
  // pip follows only the first -r of a line, or else its first -c
  const include = options.find((o) => o.name === '--requirement') ?? options.find((o) => o.name === '--constraint');
  if (include) {
    const ref: IncludeRef = {
      kind: include.name === '--requirement' ? 'requirement' : 'constraint',
      target: include.value!,
      location: locate(ctx, optionsStart + (include.valueOffset ?? include.offset)),
    };
    ctx.result.includes.push(ref);
  }
  for (const o of options) {
    if (['--requirement', '--constraint', '--hash', '--global-option', '--config-settings'].includes(o.name)) continue;
    ctx.result.options.push({ name: o.name, ...(o.value !== undefined ? { value: o.value } : {}), location: locate(ctx, optionsStart + o.offset) });
  }
}

const VCS = ['bzr', 'git', 'hg', 'svn'];
const VCS_SCHEMES = [
  ...['http', 'https', 'ssh', 'sftp', 'ftp', 'lp', 'file'].map((s) => `bzr+${s}`),
  ...['http', 'https', 'ssh', 'git', 'file'].map((s) => `git+${s}`),
  ...['file', 'http', 'https', 'ssh', 'static-http'].map((s) => `hg+${s}`),
  ...['ssh', 'http', 'https', 'svn', 'file'].map((s) => `svn+${s}`),
];
const ARCHIVES = ['.zip', '.whl', '.tar.bz2', '.tbz', '.tar.gz', '.tgz', '.tar', '.tar.xz', '.txz', '.tlz', '.tar.lz', '.tar.lzma'];
const WHEEL =
  /^(?<name>[^\s-]+?)-(?<ver>[^\s-]*?)(?:(?:-\d[^-]*?)?-[^\s-]+?-[^\s-]+?-[^\s-]+?\.whl|\.dist-info)$/;
const EGG = /[#&]egg=([^&]*)/;
const TRAILING_EXTRAS = /^(.+)(\[[^\]]+\])$/;

function fail(message: string, offset: number): never {
  throw new RequirementSyntaxError(message, offset);
}

/** pip's is_url(): a scheme pip can fetch from, judged by the text before the first ':'. */
function isUrl(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 0) return false;
  const scheme = text.slice(0, colon).toLowerCase();
  return ['http', 'https', 'file', 'ftp', ...VCS_SCHEMES].includes(scheme);
}

function looksLikePath(text: string): boolean {
  return text.includes('/') || text.startsWith('.');
}

function isArchive(path: string): boolean {
  const lower = path.toLowerCase();
  return ARCHIVES.some((ext) => lower.endsWith(ext));
}

/** Parse a PEP 508 string, shifting error offsets to where it sits in the line. */
function requirementAt(text: string, offset: number): Requirement {
  try {
    return parseRequirement(text);
  } catch (e) {
    if (e instanceof RequirementSyntaxError) fail(e.message, offset + e.offset);
    throw e;
  }
}

// The name (and version) a wheel filename carries, as pip's Wheel model reads it.
function fromWheelName(location: string, offset: number): Requirement {
  const base = location.replace(/[?#].*$/, '');
  let filename = base.slice(base.lastIndexOf('/') + 1);
  try {
    filename = decodeURIComponent(filename);
  } catch {
    // keep the filename as written when it is not valid percent-encoding
  }
  const m = WHEEL.exec(filename);
  if (!m) fail(`'${filename}' is not a valid wheel filename`, offset);
  const name = m!.groups!.name!.replace(/_/g, '-');
  const version = m!.groups!.ver!.replace(/_/g, '-');
  try {
    return parseRequirement(`${name}==${version}`);
  } catch {
    return fail(`wheel filename '${filename}' has no valid name and version`, offset);
  }
}

function fromUrl(url: string, offset: number): Requirement | undefined {
  const path = url.replace(/[?#].*$/, '');
  if (path.toLowerCase().endsWith('.whl')) return { ...fromWheelName(url, offset), url };
  const egg = EGG.exec(url);
  if (!egg) return undefined; // unnamed URL: legal for pip, nothing to check
  return { ...requirementAt(egg[1]!, offset + egg.index + 5), url };
}

/** A non-editable requirement line, as pip's parse_req_from_line() reads it. */
function fromLine(text: string): Requirement | undefined {
  // pip cuts the marker off first: at '; ' after a URL (which may hold ';'), else at the first ';'
  const sep = isUrl(text) ? '; ' : ';';
  const cut = text.indexOf(sep);
  const body = cut < 0 ? text : text.slice(0, cut);
  let marker: string | undefined;
  if (cut >= 0) {
    const raw = text.slice(cut + sep.length);
    const start = cut + sep.length + (raw.length - raw.trimStart().length);
    marker = raw.trim() || undefined; // `foo;` has no marker for pip
    if (marker) {
      try {
        parseMarker(marker);
      } catch (e) {
        if (e instanceof RequirementSyntaxError) fail(e.message, start + e.offset);
        throw e;
      }
    }
  }
  const name = body.trim();
  const at = body.length - body.trimStart().length;
  const req = fromName(name, at);
  if (!req) return undefined;
  return marker ? { ...req, marker } : req;
}

function fromName(name: string, at: number): Requirement | undefined {
  if (isUrl(name)) return fromUrl(name, at);
  const extrasMatch = TRAILING_EXTRAS.exec(name);
  const path = extrasMatch ? extrasMatch[1]! : name;
  if (isArchive(path)) {
    const atSign = name.indexOf('@');
    // `name @ https://…/x.tar.gz` is PEP 508; anything else ending like an archive is a local file
    if (atSign < 0 || looksLikePath(name.slice(0, atSign))) {
      if (!path.toLowerCase().endsWith('.whl')) return undefined;
      const req = fromWheelName(path, at);
      const extras = extrasMatch ? requirementAt(`x${extrasMatch[2]!.toLowerCase()}`, at + path.length - 1).extras : [];
      return { ...req, extras, url: name };
    }
  }
  try {
    return requirementAt(name, at);
  } catch (e) {
    // A local project directory (`.`, `..[dev]`, `./libs/common`): unnamed, legal for pip.
    // pip asks the disk; we take anything with a '/' and no operator for one. `.hidden`
    // alone is not taken: pip only accepts it when such a folder exists, which is rare.
    if ((path.includes('/') || /^\.\.?$/.test(path)) && /^[^\s=<>!~;@(,]+$/.test(path)) return undefined;
    if (e instanceof RequirementSyntaxError && /^[^<>!~]*=[^=]/.test(name) && !name.includes('=='))
      fail(`${e.message} ('=' is not an operator: did you mean '=='?)`, e.offset);
    throw e;
  }
}

/** An `-e` target, as pip's parse_editable() reads it. */
function fromEditable(text: string): Requirement | undefined {
  const extrasMatch = TRAILING_EXTRAS.exec(text);
  const noExtras = extrasMatch ? extrasMatch[1]! : text;
  if (noExtras.toLowerCase().startsWith('file:')) {
    const egg = EGG.exec(noExtras);
    if (!egg) return undefined;
    const req = requirementAt(egg[1]!, egg.index + 5);
    const extras = extrasMatch ? requirementAt(`x${extrasMatch[2]!.toLowerCase()}`, noExtras.length - 1).extras : req.extras;
    return { ...req, extras, url: noExtras };
  }
  // no scheme: a local project directory, unnamed (pip checks it exists; a pure parser cannot)
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(text)) return undefined;
  let url = text;
  const vcs = VCS.find((v) => text.toLowerCase().startsWith(`${v}:`));
  if (vcs) url = `${vcs}+${text}`;
  const scheme = url.slice(0, url.indexOf(':')).toLowerCase();
  if (!VCS_SCHEMES.includes(scheme))
    fail(`'${text}' is not a valid editable requirement: use a path to a local project or a VCS URL (git+https://…)`, 0);
  const egg = EGG.exec(text);
  if (!egg) fail(`cannot tell the package name of editable '${text}': add #egg=<name> to the URL`, 0);
  return { ...requirementAt(egg![1]!, egg!.index + 5), url };
}

// Monorepos repeat the same lines in file after file (`numpy>=1.24`): each text is parsed once. Results
// are shared, never mutated; an error is remembered as its message and offset and thrown afresh.
type LineParse = { req: Requirement | undefined } | { message: string; offset: number };
const parsedLine = memoized((text: string): LineParse => {
  try {
    return { req: fromLine(text) };
  } catch (e) {
    if (!(e instanceof RequirementSyntaxError)) throw e;
    return { message: e.message, offset: e.offset };
  }
}, 20_000);

function parseLine(text: string): Requirement | undefined {
  const parsed = parsedLine(text);
  if ('message' in parsed) throw new RequirementSyntaxError(parsed.message, parsed.offset);
  return parsed.req;
}

function addRequirement(
  raw: string,
  offset: number,
  flags: { editable: boolean; hashes: string[] },
  ctx: LineContext,
): void {
  const text = raw.replace(TRAILING_WS, '');
  let req: Requirement | undefined;
  try {
    req = flags.editable ? fromEditable(text) : parseLine(text);
  } catch (e) {
    if (!(e instanceof RequirementSyntaxError)) throw e;
    addIssue(ctx, `invalid requirement '${text}': ${e.message}`, offset + e.offset);
    return;
  }
  const start = locate(ctx, offset);
  if (!req) {
    ctx.result.unnamed.push({ text, location: start, editable: flags.editable });
    return;
  }
  const end = locate(ctx, offset + text.length - 1);
  // Built field by field, never with `delete`: V8 turns objects with deleted keys into slow dictionaries.
  const occurrence: Occurrence = {
    name: req.name,
    rawName: req.rawName,
    extras: req.extras,
    specifier: req.specifier,
    location: { file: start.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column + 1 },
    origin: 'requirements',
    viaConstraint: false,
    text,
  };
  if (req.marker !== undefined) occurrence.marker = req.marker;
  if (req.url !== undefined) occurrence.url = req.url;
  if (flags.editable) occurrence.editable = true;
  if (flags.hashes.length > 0) occurrence.hashes = flags.hashes;
  ctx.result.occurrences.push(occurrence);
}
