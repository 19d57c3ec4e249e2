// PEP 440 version specifiers (`~=`, `==`, `==X.*`, `!=`, `<`, `<=`, `>`, `>=`, `===`), answered as
// `packaging.specifiers.SpecifierSet.contains` does. Pure.
//
// Which `packaging`: the current one (26.x, the generation whose own test tables
// test/unit/pep-specifier.test.ts replays). pip 23.2 vendors packaging 21.3, and pip up to 25.x
// vendors 24.x/25.0; they answer differently in a few corners, all tested against both in
// test/integration/pep-specifier-oracle.test.ts:
// - `>V` / `<V` near V itself: 21.3 compares base versions, so `>1.0a1` rejects `1.0.post0` and
//   `<1.0.post1` rejects `1.0a1`; current packaging reads PEP 440 literally ("a post-release *of V*",
//   "a pre-release *of V*") and accepts both;
// - `==0!2.*` and `==01.*`: current packaging normalizes the prefix, 21.3 compares text;
// - `===v1.0` matches the string `v1.0` as written in current packaging, 21.3 compares the
//   normalized form;
// - `contains(v)` with no prereleases argument: current packaging accepts a lone matching
//   pre-release, 21.3 rejects it unless a clause names one. Nothing here asks that question: every
//   caller asks pip's resolver question, `contains(v, prereleases=True)`, or says `false`.
// We follow the current generation because PEP 440 says what it does, its tables are the reference
// the design holds us to, and the corners where it differs from pip 23.2 are pre-, post- and local
// releases of the very version a specifier names, which a constraints bump never proposes to a pin
// that is not a pre-release itself. Legacy (non-PEP 440) versions are not versions here, as in
// packaging >= 22 and pip >= 24.1: they match nothing but `===`.
import { memoized } from './memo.js';
import { compareParsed, isPrereleaseVersion, parseVersion, withoutLocal, type Pep440Version } from './pep440.js';

export type SpecifierOperator = '~=' | '==' | '!=' | '<=' | '>=' | '<' | '>' | '===';

export interface SpecifierClause {
  operator: SpecifierOperator;
  /** The version as written (without surrounding white space), `.*` included. */
  version: string;
}

const PRE = '(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?';
const POST = '(?:-[0-9]+|[-_.]?(?:post|rev|r)[-_.]?[0-9]*)?';
const DEV = '(?:[-_.]?dev[-_.]?[0-9]*)?';
const LOCAL = '(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?';
const START = 'v?(?:[0-9]+!)?[0-9]+';
// packaging's specifier grammar, per operator: which allow a local segment, a `.*` suffix, one release number.
const CLAUSE_VERSION: Record<Exclude<SpecifierOperator, '==='>, RegExp> = {
  '~=': new RegExp(`^${START}(?:\\.[0-9]+)+${PRE}${POST}${DEV}$`, 'i'),
  '==': new RegExp(`^${START}(?:\\.[0-9]+)*(?:\\.\\*|${PRE}${POST}${DEV}${LOCAL})$`, 'i'),
  '!=': new RegExp(`^${START}(?:\\.[0-9]+)*(?:\\.\\*|${PRE}${POST}${DEV}${LOCAL})$`, 'i'),
  '<=': new RegExp(`^${START}(?:\\.[0-9]+)*${PRE}${POST}${DEV}$`, 'i'),
  '>=': new RegExp(`^${START}(?:\\.[0-9]+)*${PRE}${POST}${DEV}$`, 'i'),
  '<': new RegExp(`^${START}(?:\\.[0-9]+)*${PRE}${POST}${DEV}$`, 'i'),
  '>': new RegExp(`^${START}(?:\\.[0-9]+)*${PRE}${POST}${DEV}$`, 'i'),
};
const OPERATOR = /^\s*(===|~=|==|!=|<=|>=|<|>)\s*/;
const WHITE = /^\s*$/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** One clause (`>=1.0`), or undefined when packaging would raise InvalidSpecifier. */
export const parseSpecifier: (text: string) => SpecifierClause | undefined = memoized(parseClauseUncached);

function parseClauseUncached(text: string): SpecifierClause | undefined {
  const m = OPERATOR.exec(text);
  if (m === null) return undefined;
  const operator = m[1] as SpecifierOperator;
  const version = text.slice(m[0].length).trimEnd();
  if (operator === '===') return /^[^\s;)]*$/.test(version) ? { operator, version } : undefined;
  if (!ASCII_ONLY.test(version) || !CLAUSE_VERSION[operator].test(version)) return undefined;
  return { operator, version };
}

/** Comma-separated clauses; empty parts are skipped as packaging's SpecifierSet skips them. */
export function parseSpecifierSet(text: string): SpecifierClause[] | undefined {
  const out: SpecifierClause[] = [];
  for (const part of text.split(',')) {
    if (WHITE.test(part)) continue;
    const clause = parseSpecifier(part);
    if (clause === undefined) return undefined;
    out.push(clause);
  }
  return out;
}

export function isValidSpecifier(text: string): boolean {
  return parseSpecifier(text) !== undefined;
}

export function isValidSpecifierSet(text: string): boolean {
  return parseSpecifierSet(text) !== undefined;
}

export interface ContainsOptions {
  /**
   * `true` (the default): pip's resolver question, `contains(v, prereleases=True)`; pre-releases
   * match like any version. `false`: a pre-release never matches.
   */
  prereleases?: boolean;
}

/**
 * Does the specifier set accept `version`? An empty set accepts anything; a version that is not
 * PEP 440 matches only `===`; a set that does not parse accepts nothing.
 */
export function specifierContains(specifier: string, version: string, options: ContainsOptions = {}): boolean {
  const set = parseSpecifierSet(specifier);
  if (set === undefined) return false;
  const parsed = parseVersion(version);
  if (parsed !== undefined && options.prereleases === false && isPrereleaseVersion(parsed)) return false;
  return set.every((clause) => clauseMatches(clause, version, parsed));
}

function clauseMatches(clause: SpecifierClause, item: string, parsed: Pep440Version | undefined): boolean {
  // `===` compares the strings as written, case-insensitively: `===1.0` does not match `1.0.0`.
  if (clause.operator === '===') return item.toLowerCase() === clause.version.toLowerCase();
  if (parsed === undefined) return false;
  switch (clause.operator) {
    case '==':
      return equalTo(parsed, clause.version);
    case '!=':
      return !equalTo(parsed, clause.version);
    case '~=':
      return compatibleWith(parsed, specVersion(clause.version));
    case '<=':
      return compareParsed(withoutLocal(parsed), specVersion(clause.version)) <= 0;
    case '>=':
      return compareParsed(withoutLocal(parsed), specVersion(clause.version)) >= 0;
    case '<':
      return lessThan(parsed, specVersion(clause.version));
    case '>':
      return greaterThan(parsed, specVersion(clause.version));
  }
}

function specVersion(text: string): Pep440Version {
  // the grammar above admits only what parses
  return parseVersion(text)!;
}

function equalTo(item: Pep440Version, spec: string): boolean {
  if (spec.endsWith('.*')) return prefixMatches(item, specVersion(spec.slice(0, -2)));
  const version = specVersion(spec);
  // A specifier without a local segment ignores the candidate's: `==1.0` matches `1.0+cpu`.
  return compareParsed(version.local === undefined ? withoutLocal(item) : item, version) === 0;
}

/** `==1.2.*`: same epoch, and the release (zero-padded) starts with 1.2; suffixes and local do not matter. */
function prefixMatches(item: Pep440Version, prefix: Pep440Version): boolean {
  if (item.epoch !== prefix.epoch) return false;
  return prefix.release.every((n, i) => (item.release[i] ?? 0n) === n);
}

/** `~=2.2.post1` is `>=2.2.post1, ==2.*`. */
function compatibleWith(item: Pep440Version, spec: Pep440Version): boolean {
  if (compareParsed(withoutLocal(item), spec) < 0) return false;
  return prefixMatches(item, { epoch: spec.epoch, release: spec.release.slice(0, -1) });
}

/** `<V` excludes V's own pre-releases (from V.dev0 on) unless V is one. */
function lessThan(item: Pep440Version, spec: Pep440Version): boolean {
  if (compareParsed(item, spec) >= 0) return false;
  if (isPrereleaseVersion(spec) || !isPrereleaseVersion(item)) return true;
  const earliest: Pep440Version = { ...withoutLocal(spec), dev: 0n };
  return compareParsed(item, earliest) < 0;
}

/** `>V` excludes V's own post-releases (unless V is one) and V's local versions. */
function greaterThan(item: Pep440Version, spec: Pep440Version): boolean {
  if (compareParsed(item, spec) <= 0) return false;
  if (spec.post === undefined && item.post !== undefined) {
    const { post: _post, dev: _dev, local: _local, ...base } = item;
    if (compareParsed(base, spec) === 0) return false;
  }
  if (item.local !== undefined && compareParsed(withoutLocal(item), spec) === 0) return false;
  return true;
}
