// pip's option syntax in requirements files: Python's shlex.split and optparse, with token offsets
// so every error points at its column. Split from requirements.ts, which handles the lines.
export interface Token {
  value: string;
  /** Offset of the token's first character in the split string. */
  offset: number;
}

export class OptionError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'OptionError';
  }
}

const SHLEX_WS = ' \t\r\n';

/** Python's `shlex.split(s)` with token offsets. */
export function shlexSplit(s: string): Token[] {
  const tokens: Token[] = [];
  let cur: string | undefined;
  let start = 0;
  let i = 0;
  const begin = (): void => {
    if (cur === undefined) {
      cur = '';
      start = i;
    }
  };
  while (i < s.length) {
    const ch = s[i]!;
    if (SHLEX_WS.includes(ch)) {
      if (cur !== undefined) tokens.push({ value: cur, offset: start });
      cur = undefined;
      i++;
    } else if (ch === '\\') {
      begin();
      if (i + 1 >= s.length) throw new OptionError('No escaped character', i);
      cur = (cur ?? '') + s[i + 1]!;
      i += 2;
    } else if (ch === "'" || ch === '"') {
      begin();
      const close = i;
      i++;
      for (;;) {
        if (i >= s.length) throw new OptionError('No closing quotation', close);
        const c = s[i]!;
        if (c === ch) break;
        // inside double quotes a backslash escapes only `"` and `\`
        if (ch === '"' && c === '\\' && (s[i + 1] === '"' || s[i + 1] === '\\')) {
          cur = (cur ?? '') + s[i + 1]!;
          i += 2;
        } else {
          cur += c;
          i++;
        }
      }
      i++;
    } else {
      begin();
      cur += ch;
      i++;
    }
  }
  if (cur !== undefined) tokens.push({ value: cur, offset: start });
  return tokens;
}

type Kind = 'flag' | 'value';
interface OptionDef {
  short?: string;
  longs: string[];
  kind: Kind;
}

// pip 23.2's req_file SUPPORTED_OPTIONS + SUPPORTED_OPTIONS_REQ. `--install-option` was
// removed in pip 23.1, so pip rejects it as an unknown option and so do we.
const DEFS: OptionDef[] = [
  { short: '-i', longs: ['--index-url', '--pypi-url'], kind: 'value' },
  { longs: ['--extra-index-url'], kind: 'value' },
  { longs: ['--no-index'], kind: 'flag' },
  { short: '-c', longs: ['--constraint'], kind: 'value' },
  { short: '-r', longs: ['--requirement'], kind: 'value' },
  { short: '-e', longs: ['--editable'], kind: 'value' },
  { short: '-f', longs: ['--find-links'], kind: 'value' },
  { longs: ['--no-binary'], kind: 'value' },
  { longs: ['--only-binary'], kind: 'value' },
  { longs: ['--prefer-binary'], kind: 'flag' },
  { longs: ['--require-hashes'], kind: 'flag' },
  { longs: ['--pre'], kind: 'flag' },
  { longs: ['--trusted-host'], kind: 'value' },
  { longs: ['--use-feature'], kind: 'value' },
  { longs: ['--global-option'], kind: 'value' },
  { longs: ['--hash'], kind: 'value' },
  { short: '-C', longs: ['--config-settings'], kind: 'value' },
];
const ALL_LONGS = DEFS.flatMap((d) => d.longs);
const STRONG_HASHES = ['sha256', 'sha384', 'sha512'];

export interface ParsedOption {
  /** The option's primary long name, e.g. `--index-url` for `-i` or `--index`. */
  name: string;
  value?: string;
  /** Offset of the option token. */
  offset: number;
  /** Offset of the value (inside the option token for `-rfile`/`--x=v`, else the next token). */
  valueOffset?: number;
}

function findLong(name: string, offset: number): OptionDef {
  const exact = DEFS.find((d) => d.longs.includes(name));
  if (exact) return exact;
  // optparse accepts any unambiguous prefix of a long option
  const matches = ALL_LONGS.filter((l) => l.startsWith(name));
  if (matches.length === 0) throw new OptionError(`no such option: ${name}`, offset);
  if (matches.length > 1) throw new OptionError(`ambiguous option: ${name} (${matches.join(', ')}?)`, offset);
  return DEFS.find((d) => d.longs.includes(matches[0]!))!;
}

/** optparse over pip's options; positional arguments are dropped, as pip drops them. */
export function parseOptions(tokens: Token[]): ParsedOption[] {
  const out: ParsedOption[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const { value: tok, offset } = tokens[i]!;
    if (tok === '--') break;
    let def: OptionDef;
    let shown: string;
    let inline: { value: string; offset: number } | undefined;
    if (tok.startsWith('--')) {
      const eq = tok.indexOf('=');
      shown = eq >= 0 ? tok.slice(0, eq) : tok;
      def = findLong(shown, offset);
      if (eq >= 0) inline = { value: tok.slice(eq + 1), offset: offset + eq + 1 };
    } else if (tok.startsWith('-') && tok.length > 1) {
      shown = tok.slice(0, 2);
      const found = DEFS.find((d) => d.short === shown);
      if (!found) throw new OptionError(`no such option: ${shown}`, offset);
      def = found;
      if (tok.length > 2) inline = { value: tok.slice(2), offset: offset + 2 };
    } else continue;

    const name = def.longs[0]!;
    if (def.kind === 'flag') {
      if (inline) throw new OptionError(`${shown} option does not take a value`, offset);
      out.push({ name, offset });
      continue;
    }
    if (!inline) {
      const next = tokens[i + 1];
      if (!next) throw new OptionError(`${shown} option requires 1 argument`, offset);
      inline = next;
      i++;
    }
    checkValue(name, shown, inline.value, inline.offset);
    out.push({ name, value: inline.value, offset, valueOffset: inline.offset });
  }
  return out;
}

// The validation pip's optparse callbacks do.
function checkValue(name: string, shown: string, value: string, offset: number): void {
  if (name === '--hash') {
    const colon = value.indexOf(':');
    if (colon < 0)
      throw new OptionError('Arguments to --hash must be a hash name followed by a value, like --hash=sha256:abcde...', offset);
    if (!STRONG_HASHES.includes(value.slice(0, colon)))
      throw new OptionError(`Allowed hash algorithms for --hash are ${STRONG_HASHES.join(', ')}`, offset);
  } else if (name === '--config-settings' && !value.includes('=')) {
    throw new OptionError(`Arguments to ${shown} must be of the form KEY=VAL`, offset);
  } else if ((name === '--no-binary' || name === '--only-binary') && value.startsWith('-')) {
    throw new OptionError('--no-binary / --only-binary option requires 1 argument.', offset);
  }
}
