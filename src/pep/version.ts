// PEP 440 versions, parsed and ordered as `packaging.version.Version` does. Numbers are BigInts:
// packaging compares Python ints, so `==…0001` and `==…0000` (23 digits) differ there and must here
// (@renovatebot/pep440 parses them to doubles and calls them equal).

export interface ParsedVersion {
  epoch: bigint;
  release: bigint[];
  pre?: { phase: 'a' | 'b' | 'rc'; n: bigint };
  post?: bigint;
  dev?: bigint;
  /** Local segment parts: numbers compare as numbers and sort above letters. */
  local?: (bigint | string)[];
}

// packaging's VERSION_PATTERN, case-insensitive, with the same spellings of each phase.
const PATTERN =
  /^\s*v?(?:(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\d+)?)?(?:(?:-(\d+))|(?:[-_.]?(post|rev|r)[-_.]?(\d+)?))?(?:[-_.]?(dev)[-_.]?(\d+)?)?)(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i;

export function parseVersion(text: string): ParsedVersion | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const v: ParsedVersion = { epoch: BigInt(m[1] ?? 0), release: m[2]!.split('.').map(BigInt) };
  if (m[3]) {
    const word = m[3].toLowerCase();
    v.pre = { phase: word === 'alpha' || word === 'a' ? 'a' : word === 'beta' || word === 'b' ? 'b' : 'rc', n: BigInt(m[4] ?? 0) };
  }
  if (m[5] !== undefined) v.post = BigInt(m[5]);
  else if (m[6]) v.post = BigInt(m[7] ?? 0);
  if (m[8]) v.dev = BigInt(m[9] ?? 0);
  if (m[10]) v.local = m[10].toLowerCase().split(/[-_.]/).map((p) => (/^\d+$/.test(p) ? BigInt(p) : p));
  return v;
}

const PHASES = { a: 0, b: 1, rc: 2 } as const;

/** packaging's ordering (`_cmpkey`): negative, zero or positive. Undefined when either is not PEP 440. */
export function compareVersions(a: string, b: string): number | undefined {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (!x || !y) return undefined;
  return compareParsed(x, y);
}

export function compareParsed(x: ParsedVersion, y: ParsedVersion): number {
  if (x.epoch !== y.epoch) return x.epoch < y.epoch ? -1 : 1;
  // Trailing zeros do not count: 1.0 == 1.0.0.
  const n = Math.max(x.release.length, y.release.length);
  for (let i = 0; i < n; i++) {
    const p = x.release[i] ?? 0n;
    const q = y.release[i] ?? 0n;
    if (p !== q) return p < q ? -1 : 1;
  }
  const pre = (v: ParsedVersion): [number, bigint] => {
    // A dev release with no pre/post sorts before every pre-release of its release.
    if (v.pre === undefined && v.post === undefined && v.dev !== undefined) return [-1, 0n];
    if (v.pre === undefined) return [3, 0n];
    return [PHASES[v.pre.phase], v.pre.n];
  };
  const c = compareTuple(pre(x), pre(y));
  if (c !== 0) return c;
  const post = (v: ParsedVersion): [number, bigint] => (v.post === undefined ? [-1, 0n] : [0, v.post]);
  const d = compareTuple(post(x), post(y));
  if (d !== 0) return d;
  const dev = (v: ParsedVersion): [number, bigint] => (v.dev === undefined ? [1, 0n] : [0, v.dev]);
  const e = compareTuple(dev(x), dev(y));
  if (e !== 0) return e;
  return compareLocal(x.local, y.local);
}

function compareTuple(a: [number, bigint], b: [number, bigint]): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  return a[1] === b[1] ? 0 : a[1] < b[1] ? -1 : 1;
}

function compareLocal(a: ParsedVersion['local'], b: ParsedVersion['local']): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const p = a[i]!;
    const q = b[i]!;
    if (p === q) continue;
    // A number sorts above a string.
    if (typeof p !== typeof q) return typeof p === 'bigint' ? 1 : -1;
    return p < q ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** PEP 440 version equality: `1.0` is `1.0.0`; versions that are not PEP 440 compare as text. */
export function sameVersion(a: string, b: string): boolean {
  if (a === b) return true;
  return compareVersions(a, b) === 0;
}
