// PEP 508 requirement strings, parsed the way `packaging.requirements.Requirement` does.
import type { Requirement } from '../model.js';
import { parseMarker } from './marker.js';
import { isValidSpecifier } from './specifier.js';
import { isValidName, normalizeName } from './name.js';

// Real files repeat the same few specifiers thousands of times; pep440's check builds objects per call.
const clauseValidity = new Map<string, boolean>();
function isValidClause(clause: string): boolean {
  let valid = clauseValidity.get(clause);
  if (valid === undefined) {
    valid = isValidSpecifier(clause);
    if (clauseValidity.size > 50_000) clauseValidity.clear();
    clauseValidity.set(clause, valid);
  }
  return valid;
}

export class RequirementSyntaxError extends Error {
  constructor(
    message: string,
    /** 0-based offset into the parsed text where the problem starts. */
    readonly offset: number,
  ) {
    super(message);
    this.name = 'RequirementSyntaxError';
  }
}

const IDENTIFIER = /[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/y;
const WS = /[ \t]*/y;
// One clause: operator then a version token (packaging's SPECIFIER token, loosely).
const CLAUSE = /(~=|===|==|!=|<=|>=|<|>)[ \t]*([^\s,;)]+)/y;

export function parseRequirement(text: string): Requirement {
  let pos = 0;
  const skipWs = (): void => {
    WS.lastIndex = pos;
    WS.exec(text);
    pos = WS.lastIndex;
  };
  const fail = (message: string, at = pos): never => {
    throw new RequirementSyntaxError(message, at);
  };

  skipWs();
  IDENTIFIER.lastIndex = pos;
  const nameMatch = IDENTIFIER.exec(text);
  if (!nameMatch) fail('expected a package name');
  const rawName = nameMatch![0];
  pos = IDENTIFIER.lastIndex;
  if (!isValidName(rawName)) fail(`invalid package name '${rawName}'`, pos - rawName.length);
  skipWs();

  const extras: string[] = [];
  if (text[pos] === '[') {
    pos++;
    skipWs();
    while (text[pos] !== ']') {
      IDENTIFIER.lastIndex = pos;
      const extra = IDENTIFIER.exec(text);
      if (!extra) fail('expected an extra name or ]');
      extras.push(normalizeName(extra![0]));
      pos = IDENTIFIER.lastIndex;
      skipWs();
      if (text[pos] === ',') {
        pos++;
        skipWs();
        // packaging rejects a trailing comma: `foo[a,]`
        if (text[pos] === ']') fail('expected an extra name after ,');
      } else if (text[pos] !== ']') fail('expected , or ] after an extra');
    }
    pos++;
    skipWs();
  }

  let url: string | undefined;
  let specifier = '';
  if (text[pos] === '@') {
    pos++;
    skipWs();
    // packaging's URL token stops at spaces and tabs only
    const m = /[^ \t]+/y;
    m.lastIndex = pos;
    const u = m.exec(text);
    if (!u) fail('expected a URL after @');
    url = u![0];
    pos = m.lastIndex;
    // Like packaging, a ';' with no space before it is part of the URL, not a marker.
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(url)) fail(`expected a URL with a scheme after @, got '${url}'`);
    skipWs();
  } else {
    const parenthesized = text[pos] === '(';
    if (parenthesized) {
      pos++;
      skipWs();
    }
    const clauses: string[] = [];
    const starts: number[] = [];
    for (;;) {
      CLAUSE.lastIndex = pos;
      const c = CLAUSE.exec(text);
      if (!c) break;
      clauses.push(`${c[1]}${c[2]}`);
      starts.push(pos);
      pos = CLAUSE.lastIndex;
      skipWs();
      if (text[pos] !== ',') break;
      pos++;
      skipWs();
      CLAUSE.lastIndex = pos;
      if (!CLAUSE.test(text)) fail('expected a version specifier after ,');
    }
    if (parenthesized) {
      if (text[pos] !== ')') fail('expected ) after the specifier');
      pos++;
      skipWs();
    }
    specifier = clauses.join(',');
    clauses.forEach((clause, i) => {
      if (!isValidClause(clause)) fail(`invalid version specifier '${clause}'`, starts[i]);
    });
  }

  let marker: string | undefined;
  if (text[pos] === ';') {
    const raw = text.slice(pos + 1);
    marker = raw.trim();
    if (!marker) fail('expected a marker after ;', text.length);
    const start = pos + 1 + (raw.length - raw.trimStart().length);
    try {
      parseMarker(marker);
    } catch (e) {
      // report the offset in the whole requirement, not in the marker alone
      if (e instanceof RequirementSyntaxError) throw new RequirementSyntaxError(e.message, start + e.offset);
      throw e;
    }
    pos = text.length;
  }
  skipWs();
  if (pos < text.length) fail(`unexpected text '${text.slice(pos)}'`);

  return { name: normalizeName(rawName), rawName, extras: [...new Set(extras)].sort(), specifier, marker, url };
}
