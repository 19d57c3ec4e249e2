// Compose variable interpolation (compose-spec "Interpolation"): `$VAR`, `${VAR}`, `${VAR:-default}`,
// `${VAR-default}`, `${VAR:+alt}`, `${VAR+alt}`, `${VAR:?message}`, `${VAR?message}`, `$$`, defaults
// nested. Values come from the project's `.env` only: monopin never reads the runner's environment,
// so a report does not depend on where it ran. Pure.

export interface Interpolated {
  value: string;
  /** Variables used without a value and without a default (compose warns and uses ''). */
  unset: string[];
  /** `${VAR:?message}` with VAR unset: compose refuses the file. */
  errors: string[];
}

// Nesting deeper than this is not a compose file anyone writes; it stops a crafted one.
const MAX_DEPTH = 16;
const MAX_LENGTH = 4096;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

export function interpolate(text: string, env: Readonly<Record<string, string>>): Interpolated {
  const out: Interpolated = { value: '', unset: [], errors: [] };
  out.value = expand(text, env, out, 0).slice(0, MAX_LENGTH);
  return out;
}

function expand(text: string, env: Readonly<Record<string, string>>, out: Interpolated, depth: number): string {
  if (depth > MAX_DEPTH) {
    out.errors.push('variables nested too deeply');
    return '';
  }
  let result = '';
  let i = 0;
  while (i < text.length && result.length <= MAX_LENGTH) {
    const ch = text[i]!;
    if (ch !== '$') {
      result += ch;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      result += '$';
      i += 2;
      continue;
    }
    if (next === '{') {
      const close = matchingBrace(text, i + 2);
      if (close < 0) {
        out.errors.push(`unclosed \${ in '${text}'`);
        return result + text.slice(i);
      }
      result += braced(text.slice(i + 2, close), env, out, depth);
      i = close + 1;
      continue;
    }
    const name = NAME.exec(text.slice(i + 1))?.[0];
    if (!name) {
      result += '$';
      i++;
      continue;
    }
    result += lookup(name, env, out);
    i += 1 + name.length;
  }
  return result;
}

/** The inside of `${…}`. */
function braced(inner: string, env: Readonly<Record<string, string>>, out: Interpolated, depth: number): string {
  const name = NAME.exec(inner)?.[0];
  if (!name) {
    out.errors.push(`invalid interpolation \${${inner}}`);
    return '';
  }
  const rest = inner.slice(name.length);
  if (rest === '') return lookup(name, env, out);
  const op = /^(:?[-+?])/.exec(rest)?.[1];
  if (!op) {
    out.errors.push(`invalid interpolation \${${inner}}`);
    return '';
  }
  const word = rest.slice(op.length);
  const value = env[name];
  // With a colon, an empty value counts as unset.
  const set = op.startsWith(':') ? value !== undefined && value !== '' : value !== undefined;
  switch (op.replace(':', '')) {
    case '-':
      return set ? value! : expand(word, env, out, depth + 1);
    case '+':
      return set ? expand(word, env, out, depth + 1) : '';
    default:
      if (!set) out.errors.push(`${name}: ${expand(word, env, out, depth + 1) || 'required variable is missing a value'}`);
      return value ?? '';
  }
}

function lookup(name: string, env: Readonly<Record<string, string>>, out: Interpolated): string {
  const value = env[name];
  if (value === undefined && !out.unset.includes(name)) out.unset.push(name);
  return value ?? '';
}

/** Index of the `}` closing a `${` whose body starts at `from`, counting nested `${`. */
function matchingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}
