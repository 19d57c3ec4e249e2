// PEP 508 environment markers, parsed and evaluated the way `packaging` 22+ does.
// The tree keeps packaging's shape (a flat list of atoms joined by and/or, parens as
// nested lists) so `formatMarker` prints exactly what `str(packaging.markers.Marker)` prints.
import { isValidVersion } from './pep440.js';
import { isValidSpecifier, specifierContains } from './specifier.js';
import { normalizeName } from './name.js';
import { RequirementSyntaxError } from './requirement.js';

export type MarkerVariable =
  | 'python_version'
  | 'python_full_version'
  | 'os_name'
  | 'sys_platform'
  | 'platform_release'
  | 'platform_system'
  | 'platform_version'
  | 'platform_machine'
  | 'platform_python_implementation'
  | 'implementation_name'
  | 'implementation_version'
  | 'extra';

export type MarkerOp = '===' | '==' | '~=' | '!=' | '<=' | '>=' | '<' | '>' | 'in' | 'not in';

export type MarkerOperand = { kind: 'variable'; name: MarkerVariable } | { kind: 'value'; value: string };

export interface MarkerCompare {
  kind: 'compare';
  left: MarkerOperand;
  op: MarkerOp;
  right: MarkerOperand;
}

/** Atoms joined by 'and'/'or' in source order; a parenthesized group is a nested expr. */
export interface MarkerExpr {
  kind: 'expr';
  items: (MarkerCompare | MarkerExpr | 'and' | 'or')[];
}

export type MarkerNode = MarkerExpr;

/** Values of the marker variables; `extra` defaults to '' as in packaging. */
export type MarkerEnvironment = Partial<Record<MarkerVariable, string>>;

// Old spellings packaging still accepts, mapped the way it maps them.
const ALIASES: Record<string, MarkerVariable> = {
  'os.name': 'os_name',
  'sys.platform': 'sys_platform',
  'platform.version': 'platform_version',
  'platform.machine': 'platform_machine',
  'platform.python_implementation': 'platform_python_implementation',
  python_implementation: 'platform_python_implementation',
};

// Same alternatives and word boundaries as packaging's tokenizer.
const VARIABLE =
  /\b(python_version|python_full_version|os[._]name|sys[._]platform|platform_(?:release|system)|platform[._](?:version|machine|python_implementation)|python_implementation|implementation_(?:name|version)|extra)\b/y;
const QUOTED = /'([^']*)'|"([^"]*)"/y;
const OP = /===|==|~=|!=|<=|>=|<|>|\bin\b|\bnot[ \t]+in\b/y;
const BOOLOP = /\b(or|and)\b/y;
const WS = /[ \t]*/y;
// packaging recurses once per parenthesis and fails with RecursionError near 1,000 levels; far below
// that, and below V8's stack, a deeper marker is a syntax error instead of a crash that loses the scan.
export const MAX_MARKER_DEPTH = 100;

export function parseMarker(text: string): MarkerNode {
  let pos = 0;
  const skipWs = (): void => {
    WS.lastIndex = pos;
    WS.exec(text);
    pos = WS.lastIndex;
  };
  const match = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (m) pos = re.lastIndex;
    return m;
  };
  const fail = (message: string, at = pos): never => {
    throw new RequirementSyntaxError(message, at);
  };

  const operand = (): MarkerOperand => {
    const v = match(VARIABLE);
    if (v) return { kind: 'variable', name: ALIASES[v[0]] ?? (v[0] as MarkerVariable) };
    const q = match(QUOTED);
    if (q) return { kind: 'value', value: q[1] ?? q[2] ?? '' };
    if (text[pos] === '"' || text[pos] === "'") fail('unterminated quoted string in marker');
    return fail('expected a marker variable or a quoted string');
  };

  let depth = 0;
  const atom = (): MarkerCompare | MarkerExpr => {
    skipWs();
    if (text[pos] === '(') {
      if (++depth > MAX_MARKER_DEPTH) fail(`marker nested deeper than ${MAX_MARKER_DEPTH} parentheses`);
      pos++;
      const inner = expr();
      depth--;
      skipWs();
      if (text[pos] !== ')') fail('expected ) to close the marker group');
      pos++;
      return inner;
    }
    const left = operand();
    skipWs();
    const o = match(OP);
    if (!o) fail('expected a marker operator (<, <=, ==, !=, >=, >, ~=, ===, in, not in)');
    const op = o![0].replace(/^not[ \t]+in$/, 'not in') as MarkerOp;
    skipWs();
    const right = operand();
    return { kind: 'compare', left, op, right };
  };

  const expr = (): MarkerExpr => {
    const items: MarkerExpr['items'] = [atom()];
    for (;;) {
      skipWs();
      const b = match(BOOLOP);
      if (!b) return { kind: 'expr', items };
      items.push(b[0] as 'and' | 'or', atom());
    }
  };

  const root = expr();
  skipWs();
  if (pos < text.length) fail(`unexpected text '${text.slice(pos)}' in marker`);
  return root;
}

/** The marker as `str(packaging.markers.Marker(text))` prints it. */
export function formatMarker(node: MarkerNode): string {
  return formatItem(node, true, true);
}

// packaging normalizes `extra` values only in the top-level comparisons, so only those are.
function formatItem(item: MarkerCompare | MarkerExpr, first: boolean, root: boolean): string {
  if (item.kind === 'compare') {
    const { left, op, right } = root ? normalizeExtra(item) : item;
    return `${formatOperand(left)} ${op} ${formatOperand(right)}`;
  }
  const only = item.items[0];
  // packaging drops the parens around a lone group: `((a))` prints as `a`
  if (item.items.length === 1 && only !== undefined && typeof only !== 'string') return formatItem(only, true, root && only.kind === 'compare');
  const inner = item.items.map((i) => (typeof i === 'string' ? i : formatItem(i, false, root && i.kind === 'compare'))).join(' ');
  return first ? inner : `(${inner})`;
}

function formatOperand(o: MarkerOperand): string {
  return o.kind === 'variable' ? o.name : `"${o.value}"`;
}

// packaging compares extra names by their PEP 685 normal form.
function normalizeExtra(c: MarkerCompare): MarkerCompare {
  const isExtra = (o: MarkerOperand): boolean => o.kind === 'variable' && o.name === 'extra';
  const norm = (o: MarkerOperand): MarkerOperand => (o.kind === 'value' ? { kind: 'value', value: normalizeName(o.value) } : o);
  if (isExtra(c.left)) return { ...c, right: norm(c.right) };
  if (isExtra(c.right)) return { ...c, left: norm(c.left) };
  return c;
}

export class MarkerEvaluationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MarkerEvaluationError';
  }
}

export function evaluateMarker(node: MarkerNode, env: MarkerEnvironment): boolean {
  // 'or' starts a new group; the expression holds when every atom of some group holds
  const groups: boolean[][] = [[]];
  for (const item of node.items) {
    if (item === 'or') groups.push([]);
    else if (item === 'and') continue;
    else groups[groups.length - 1]!.push(item.kind === 'expr' ? evaluateMarker(item, env) : evaluateCompare(item, env));
  }
  return groups.some((g) => g.every(Boolean));
}

function evaluateCompare(c: MarkerCompare, env: MarkerEnvironment): boolean {
  const { left, op, right } = normalizeExtra(c);
  const resolve = (o: MarkerOperand): string => {
    if (o.kind === 'value') return o.value;
    const v = env[o.name];
    if (v === undefined && o.name !== 'extra') throw new MarkerEvaluationError(`marker variable '${o.name}' is not in the environment`);
    return o.name === 'extra' ? normalizeName(v ?? '') : v!;
  };
  const lhs = resolve(left);
  const rhs = resolve(right);

  // As packaging: a version comparison when `op rhs` is a valid specifier and lhs a version.
  if (op !== 'in' && op !== 'not in') {
    const spec = `${op}${rhs}`;
    if (isValidSpecifier(spec) && (op === '===' || isValidVersion(lhs))) return specifierContains(spec, lhs, { prereleases: true });
  }
  switch (op) {
    case 'in':
      return rhs.includes(lhs);
    case 'not in':
      return !rhs.includes(lhs);
    case '==':
      return lhs === rhs;
    case '!=':
      return lhs !== rhs;
    case '<':
      return lhs < rhs;
    case '<=':
      return lhs <= rhs;
    case '>':
      return lhs > rhs;
    case '>=':
      return lhs >= rhs;
    default:
      throw new MarkerEvaluationError(`'${op}' cannot compare '${lhs}' with '${rhs}': they are not versions`);
  }
}

/** Whether a marker may hold in `env`: no marker holds; one that cannot be parsed or evaluated there counts as true. */
export function markerMayHold(marker: string | undefined, env: MarkerEnvironment): boolean {
  if (!marker) return true;
  try {
    return evaluateMarker(parseMarker(marker), env);
  } catch {
    return true;
  }
}
