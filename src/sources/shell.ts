// A small POSIX-sh lexer for Dockerfile RUN bodies. It does not run anything: it splits a script
// into simple commands of words and redirects, removes quotes, and keeps, for every character of
// every word, the offset it came from in the original file, so findings point at real columns
// even across `\`-newline continuations and substituted variables.

/** Text plus, for each character, its offset in the original file. */
export interface MappedText {
  text: string;
  offsets: number[];
}

/** A redirect (`>`, `2>>`, `<&`, `<<EOF`…) and its target word. */
export interface ShellRedirect {
  op: string;
  fd?: string;
  target?: ShellWord;
}

export interface ShellWord {
  /** After quote removal and substitution of the variables the lookup knows. */
  value: string;
  /** Original offset of each character of `value` (a substituted value maps to its `$`). */
  offsets: number[];
  /** Quotes removed, variables left as written: the text a human wrote. */
  text: string;
  /** The word exactly as in the script, quotes included. */
  raw: string;
  /** Original offsets where the word starts (its first quote, if any) and ends (exclusive). */
  start: number;
  end: number;
  quoted: boolean;
  /** It still holds a `$VAR`, `$(…)` or backquote the lookup could not resolve. */
  unresolved: boolean;
  /** Redirects written right after it, no space between: `pkg>=1` is `pkg` plus `>` to `=1` in sh. */
  glued: ShellRedirect[];
}

export interface ShellCommand {
  words: ShellWord[];
  redirects: ShellRedirect[];
}

export interface ShellLexResult {
  commands: ShellCommand[];
  /** `expansion`: a variable left unexpanded because it was too large or too deeply nested. */
  errors: { message: string; offset: number; expansion?: boolean }[];
}

/**
 * What variable expansion may still produce, shared by every lex of one file: an ARG doubled 40
 * times (`A1=${A0}${A0}`…) would otherwise need terabytes, and `${A:-${A:-…}}` 50k deep the stack.
 */
export interface ExpansionBudget {
  chars: number;
}

/** One word never grows past this by expansion; a real value (a version, a path, an index URL) is far smaller. */
export const MAX_EXPANDED_WORD = 64 * 1024;
/** Nested `${A:-${B:-…}}` defaults expanded at most this deep. */
export const MAX_EXPANSION_DEPTH = 8;
/** Expanded characters per file (see ExpansionBudget). */
export const MAX_FILE_EXPANSION = 1024 * 1024;

export function expansionBudget(): ExpansionBudget {
  return { chars: MAX_FILE_EXPANSION };
}

export type VariableLookup = (name: string) => string | undefined;

export interface LexOptions {
  lookup?: VariableLookup;
  /** false: Dockerfile word rules (COPY, WORKDIR, ENV): no operators, no comments, one command. */
  shell?: boolean;
  /** Dockerfile word rules only: the `# escape=` character (a backquote on Windows images). */
  escape?: string;
  /** Shared across the lexes of one file; a fresh one per call when absent. */
  budget?: ExpansionBudget;
  /** Nesting of `${A:-…}` defaults being expanded (internal). */
  depth?: number;
}

/** Map a plain slice of the file, e.g. a heredoc body. */
export function sliceText(content: string, start: number, end: number): MappedText {
  const offsets: number[] = [];
  for (let i = start; i < end; i++) offsets.push(i);
  return { text: content.slice(start, end), offsets };
}

/**
 * Join an instruction's physical lines the way Docker does: an escape character at the end of a
 * line (trailing blanks allowed) continues it, and blank or `#` comment lines inside the
 * continuation are dropped entirely. No space is inserted at the join.
 */
export function joinContinuations(content: string, start: number, end: number, escapeChar = '\\'): MappedText {
  let text = '';
  const offsets: number[] = [];
  let lineStart = start;
  let first = true;
  while (lineStart < end) {
    let nl = content.indexOf('\n', lineStart);
    if (nl < 0 || nl > end) nl = end;
    let lineEnd = nl > lineStart && content[nl - 1] === '\r' ? nl - 1 : nl;
    const line = content.slice(lineStart, lineEnd);
    const next = nl + 1;
    if (!first && (line.trim() === '' || line.trimStart().startsWith('#'))) {
      lineStart = next;
      continue;
    }
    first = false;
    const trimmed = line.replace(/[ \t]+$/, '');
    const continues = trimmed.endsWith(escapeChar);
    if (continues) lineEnd = lineStart + trimmed.length - escapeChar.length;
    for (let i = lineStart; i < lineEnd; i++) {
      text += content[i];
      offsets.push(i);
    }
    if (!continues) break;
    lineStart = next;
  }
  return { text, offsets };
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const OPERATOR_START = new Set([';', '&', '|', '(', ')', '<', '>', '\n']);
// Reserved words that open or close compound commands: dropped so `if pip install x; then` still counts.
const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '!', '{', '}', 'time']);

/** Lex a script into simple commands. Never throws: problems land in `errors`. */
export function lexShell(input: MappedText, options: LexOptions = {}): ShellLexResult {
  return new Lexer(input, options).run();
}

/** Substitute `$VAR`/`${VAR}` in a Dockerfile value (FROM, ENV); unknown ones stay as written. */
export function expandVariables(text: string, lookup: VariableLookup, escape = '\\', budget?: ExpansionBudget): { value: string; unresolved: boolean } {
  const { value, unresolved } = expandReporting(text, lookup, escape, { budget });
  return { value, unresolved };
}

/** expandVariables, with the variables it refused to expand (too large, nested too deep). */
export function expandReporting(
  text: string,
  lookup: VariableLookup,
  escape: string,
  limits: { budget?: ExpansionBudget; depth?: number },
): { value: string; unresolved: boolean; errors: ShellLexResult['errors'] } {
  const lexed = lexShell(sliceText(text, 0, text.length), { lookup, shell: false, escape, budget: limits.budget, depth: limits.depth });
  const words = lexed.commands[0]?.words ?? [];
  return { value: words.map((w) => w.value).join(' '), unresolved: words.some((w) => w.unresolved), errors: lexed.errors };
}

class Lexer {
  private i = 0;
  private readonly s: string;
  private readonly commands: ShellCommand[] = [];
  private readonly errors: ShellLexResult['errors'] = [];
  private current: ShellCommand = { words: [], redirects: [] };
  private pendingHeredocs: { delimiter: string; stripTabs: boolean }[] = [];
  private readonly shell: boolean;
  private readonly esc: string;
  private readonly budget: ExpansionBudget;

  constructor(
    private readonly input: MappedText,
    private readonly options: LexOptions,
  ) {
    this.s = input.text;
    this.shell = options.shell ?? true;
    this.esc = this.shell ? '\\' : (options.escape ?? '\\');
    this.budget = options.budget ?? expansionBudget();
  }

  run(): ShellLexResult {
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (c === ' ' || c === '\t' || c === '\r' || (c === '\n' && !this.shell)) {
        this.i++;
      } else if (this.shell && c === '#') {
        while (this.i < s.length && s[this.i] !== '\n') this.i++;
      } else if (this.shell && c === '\\' && isNewlineAt(s, this.i + 1)) {
        this.i += s[this.i + 1] === '\r' ? 3 : 2;
      } else if (this.shell && (c === '<' || c === '>' || (c === '&' && s[this.i + 1] === '>'))) {
        this.readRedirect(undefined, undefined);
      } else if (this.shell && OPERATOR_START.has(c)) {
        this.readOperator();
      } else {
        this.readWordAndGlued();
      }
    }
    this.endCommand();
    return { commands: this.commands, errors: this.errors };
  }

  private orig(i: number): number {
    const o = this.input.offsets;
    if (i < o.length) return o[i]!;
    return o.length > 0 ? o[o.length - 1]! + 1 : 0;
  }

  private endCommand(): void {
    const words = this.current.words;
    while (words.length > 0 && !words[0]!.quoted && KEYWORDS.has(words[0]!.value)) words.shift();
    if (words.length > 0 || this.current.redirects.length > 0) this.commands.push(this.current);
    this.current = { words: [], redirects: [] };
  }

  private readOperator(): void {
    const c = this.s[this.i]!;
    if (c === '\n') {
      this.i++;
      this.endCommand();
      this.skipHeredocBodies();
      return;
    }
    const two = this.s.slice(this.i, this.i + 2);
    this.i += two === '&&' || two === '||' || two === ';;' || two === '|&' ? 2 : 1;
    this.endCommand();
  }

  // A shell heredoc inside a script (`cat <<EOF > f`): its body is data, not commands.
  private skipHeredocBodies(): void {
    for (const { delimiter, stripTabs } of this.pendingHeredocs) {
      while (this.i < this.s.length) {
        let nl = this.s.indexOf('\n', this.i);
        if (nl < 0) nl = this.s.length;
        let line = this.s.slice(this.i, nl).replace(/\r$/, '');
        if (stripTabs) line = line.replace(/^\t+/, '');
        this.i = nl + 1;
        if (line === delimiter) break;
      }
    }
    this.pendingHeredocs = [];
  }

  /** A word, then any redirects glued to it (`pkg>1,<2`). */
  private readWordAndGlued(): void {
    const word = this.readWord();
    if (!word) return;
    const fd = /^[0-9]+$/.test(word.raw) ? word.raw : undefined;
    const next = this.s[this.i];
    if (this.shell && fd !== undefined && (next === '<' || next === '>')) {
      this.readRedirect(fd, undefined);
      return;
    }
    this.current.words.push(word);
    if (this.shell && (next === '<' || next === '>')) this.readRedirect(undefined, word);
  }

  private readRedirect(fd: string | undefined, gluedTo: ShellWord | undefined): void {
    const m = /^(?:&>>|&>|<<<|<<-|<<|>>|>&|<&|>\||<>|>|<)/.exec(this.s.slice(this.i, this.i + 3));
    const op = m![0];
    this.i += op.length;
    while (this.s[this.i] === ' ' || this.s[this.i] === '\t') this.i++;
    const redirect: ShellRedirect = { op, fd };
    const target = this.readWord();
    if (target) redirect.target = target;
    else this.errors.push({ message: `redirect ${op} without a target`, offset: this.orig(this.i) });
    if (gluedTo) gluedTo.glued.push(redirect);
    else this.current.redirects.push(redirect);
    if ((op === '<<' || op === '<<-') && target) this.pendingHeredocs.push({ delimiter: target.value, stripTabs: op === '<<-' });
    const next = this.s[this.i];
    // `pkg>1,<2`: the second redirect still belongs to `pkg` when nothing separates them.
    if (target && (next === '<' || next === '>')) this.readRedirect(undefined, gluedTo);
  }

  private readWord(): ShellWord | undefined {
    const s = this.s;
    const start = this.i;
    const w: ShellWord = { value: '', offsets: [], text: '', raw: '', start: this.orig(start), end: 0, quoted: false, unresolved: false, glued: [] };
    let contentEnd = start;
    const put = (ch: string, at: number): void => {
      w.value += ch;
      w.offsets.push(this.orig(at));
    };
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n') break;
      if (this.shell && OPERATOR_START.has(c)) break;
      if (c === "'") {
        w.quoted = true;
        const close = s.indexOf("'", this.i + 1);
        const stop = close < 0 ? s.length : close;
        if (close < 0) this.errors.push({ message: 'unterminated single quote', offset: this.orig(this.i) });
        for (let k = this.i + 1; k < stop; k++) put(s[k]!, k);
        w.text += s.slice(this.i + 1, stop);
        contentEnd = stop;
        this.i = stop + 1;
      } else if (c === '"') {
        w.quoted = true;
        this.i++;
        while (this.i < s.length && s[this.i] !== '"') {
          const d = s[this.i]!;
          if (d === '\\' && '$`"\\\n'.includes(s[this.i + 1] ?? '')) {
            if (s[this.i + 1] !== '\n') {
              put(s[this.i + 1]!, this.i + 1);
              w.text += s[this.i + 1];
            }
            this.i += 2;
          } else if (d === '$' || d === '`') {
            this.readExpansion(w, put);
          } else {
            put(d, this.i);
            w.text += d;
            this.i++;
          }
        }
        if (this.i >= s.length) this.errors.push({ message: 'unterminated double quote', offset: w.start });
        contentEnd = this.i;
        this.i++;
      } else if (c === this.esc && this.i + 1 < s.length) {
        if (!isNewlineAt(s, this.i + 1)) {
          put(s[this.i + 1]!, this.i + 1);
          w.text += s[this.i + 1];
        }
        this.i += s[this.i + 1] === '\r' && s[this.i + 2] === '\n' ? 3 : 2;
        contentEnd = this.i;
      } else if (c === '$' || (c === '`' && this.shell)) {
        this.readExpansion(w, put);
        contentEnd = this.i;
      } else {
        // A run of plain characters (most of every word) is copied in one piece.
        let j = this.i + 1;
        while (j < s.length && !isSpecial(s[j]!, this.shell, this.esc)) j++;
        const run = s.slice(this.i, j);
        w.value += run;
        w.text += run;
        for (let k = this.i; k < j; k++) w.offsets.push(this.orig(k));
        this.i = j;
        contentEnd = j;
      }
    }
    if (this.i === start) return undefined;
    w.raw = s.slice(start, Math.min(this.i, s.length));
    w.end = this.orig(Math.max(contentEnd - 1, start)) + 1;
    return w;
  }

  private refuse(message: string, at: number): void {
    // Once per lex: a refused variable repeated on one line says the same thing.
    if (!this.errors.some((e) => e.expansion)) this.errors.push({ message, offset: this.orig(at), expansion: true });
  }

  /** `$NAME`, `${NAME}`, `${NAME:-default}`, `$(…)`, `` `…` ``: substitute what is known, keep the rest. */
  private readExpansion(w: ShellWord, put: (ch: string, at: number) => void): void {
    const s = this.s;
    const at = this.i;
    let raw: string;
    let value: string | undefined;
    if (s[at] === '`' || s.startsWith('$(', at)) {
      const end = s[at] === '`' ? s.indexOf('`', at + 1) : matchParen(s, at + 1);
      this.i = end < 0 ? s.length : end + 1;
      raw = s.slice(at, this.i);
    } else if (s[at + 1] === '{') {
      const close = s.indexOf('}', at + 2);
      this.i = close < 0 ? s.length : close + 1;
      raw = s.slice(at, this.i);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+=?])(.*))?$/s.exec(s.slice(at + 2, close < 0 ? s.length : close));
      if (m) {
        const known = this.options.lookup?.(m[1]!);
        const op = m[2];
        const empty = known === undefined || (op?.startsWith(':') && known === '');
        const depth = this.options.depth ?? 0;
        if (!op) value = known;
        else if ((op.endsWith('-') || op.endsWith('=')) && !empty) value = known;
        else if (op.endsWith('-') || op.endsWith('=')) {
          if (depth >= MAX_EXPANSION_DEPTH) this.refuse(`variable defaults nested deeper than ${MAX_EXPANSION_DEPTH} levels; left unexpanded`, at);
          else {
            const inner = expandReporting(m[3]!, this.options.lookup ?? (() => undefined), '\\', { budget: this.budget, depth: depth + 1 });
            // The innermost refusal is the one to report, once.
            if (inner.errors.some((e) => e.expansion)) this.refuse(inner.errors.find((e) => e.expansion)!.message, at);
            else value = inner.value;
          }
        } else if (op.endsWith('+')) value = empty ? (known === undefined ? undefined : '') : m[3];
      }
    } else {
      const m = NAME.exec(s.slice(at + 1));
      if (!m) {
        // a lone `$`, or `$1`/`$@`: literal or unknowable
        const special = /^[0-9@*#?$!-]/.test(s[at + 1] ?? '');
        this.i = at + (special ? 2 : 1);
        raw = s.slice(at, this.i);
        if (!special) value = '$';
      } else {
        this.i = at + 1 + m[0].length;
        raw = s.slice(at, this.i);
        value = this.options.lookup?.(m[0]);
      }
    }
    w.text += raw;
    if (value !== undefined && value.length > 0 && (w.value.length + value.length > MAX_EXPANDED_WORD || value.length > this.budget.chars)) {
      this.refuse(`variable ${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw} expands past ${Math.min(MAX_EXPANDED_WORD, this.budget.chars)} characters; left unexpanded`, at);
      value = undefined;
    }
    if (value !== undefined) this.budget.chars -= value.length;
    if (value === undefined) {
      w.unresolved = true;
      for (let k = 0; k < raw.length; k++) put(raw[k]!, at + k);
    } else {
      for (let k = 0; k < value.length; k++) put(value[k]!, at);
    }
  }
}

/** What ends a run of plain word characters: blanks, quotes, the escape, expansions and (in sh) operators. */
function isSpecial(c: string, shell: boolean, esc: string): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === "'" || c === '"' || c === '$' || c === esc || (shell && (c === '`' || OPERATOR_START.has(c)));
}

function isNewlineAt(s: string, i: number): boolean {
  return s[i] === '\n' || (s[i] === '\r' && s[i + 1] === '\n');
}

function matchParen(s: string, open: number): number {
  let depth = 0;
  for (let k = open; k < s.length; k++) {
    if (s[k] === '(') depth++;
    else if (s[k] === ')' && --depth === 0) return k;
  }
  return -1;
}
