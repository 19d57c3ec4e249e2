// PEP 440 versions as `packaging.version.Version` reads and orders them. Pure.
// The specifier evaluator (specifier.ts) needs the parts (pre, post, dev, local, epoch), not only an
// order, so it parses here instead of asking a library that answers yes/no.
import { memoized } from './memo.js';

// Numbers are BigInts: packaging compares Python ints, so `==…0001` and `==…0000` (23 digits) differ
// there and must here (as doubles they are equal).
export interface Pep440Version {
  epoch: bigint;
  release: bigint[];
  /** `a`, `b` or `rc` (alpha, beta, c, pre and preview spelled the long way are normalized). */
  pre?: { label: 'a' | 'b' | 'rc'; number: bigint };
  post?: bigint;
  dev?: bigint;
  /** Lower-cased, split on `.`, `-` and `_`; digit-only parts are numbers. */
  local?: (string | bigint)[];
}

// packaging's VERSION_PATTERN, with its case-insensitive letters spelled out: IGNORECASE without
// re.ASCII must not let a non-ASCII letter (U+0130) through, and JavaScript's /i would.
const VERSION = new RegExp(
  '^\\s*[vV]?' +
    '(?:(\\d+)!)?' + // epoch
    '(\\d+(?:\\.\\d+)*)' + // release
    '(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\\d+)?)?' + // pre-release
    '(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?' + // post-release
    '(?:[-_.]?(dev)[-_.]?(\\d+)?)?' + // dev release
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?' + // local
    '\\s*$',
  'i',
);
const ASCII_ONLY = /^[\x00-\x7f]*$/;

const PRE_LABELS: Record<string, 'a' | 'b' | 'rc'> = { a: 'a', alpha: 'a', b: 'b', beta: 'b', c: 'rc', rc: 'rc', pre: 'rc', preview: 'rc' };

/** The version, or undefined when `text` is not PEP 440 (packaging's InvalidVersion). */
export const parseVersion: (text: string) => Pep440Version | undefined = memoized(parseUncached);

function parseUncached(text: string): Pep440Version | undefined {
  if (!ASCII_ONLY.test(text.trim())) return undefined;
  const m = VERSION.exec(text);
  if (m === null) return undefined;
  const [, epoch, release, preLabel, preNumber, postDash, postLabel, postNumber, devLabel, devNumber, local] = m;
  const version: Pep440Version = { epoch: epoch === undefined ? 0n : BigInt(epoch), release: release!.split('.').map(BigInt) };
  if (preLabel !== undefined) version.pre = { label: PRE_LABELS[preLabel.toLowerCase()]!, number: BigInt(preNumber ?? 0) };
  if (postDash !== undefined) version.post = BigInt(postDash);
  else if (postLabel !== undefined) version.post = BigInt(postNumber ?? 0);
  if (devLabel !== undefined) version.dev = BigInt(devNumber ?? 0);
  if (local !== undefined) version.local = local.toLowerCase().split(/[-_.]/).map((part) => (/^\d+$/.test(part) ? BigInt(part) : part));
  return version;
}

export function isValidVersion(text: string): boolean {
  return parseVersion(text) !== undefined;
}

/** A pre-release or a dev release, as packaging's `is_prerelease`. */
export function isPrereleaseVersion(v: Pep440Version): boolean {
  return v.pre !== undefined || v.dev !== undefined;
}

export function withoutLocal(v: Pep440Version): Pep440Version {
  if (v.local === undefined) return v;
  const { local: _local, ...rest } = v;
  return rest;
}

/** The normalized string, as `str(Version(...))`. */
export function formatVersion(v: Pep440Version): string {
  let out = v.epoch !== 0n ? `${v.epoch}!` : '';
  out += v.release.join('.');
  if (v.pre !== undefined) out += `${v.pre.label}${v.pre.number}`;
  if (v.post !== undefined) out += `.post${v.post}`;
  if (v.dev !== undefined) out += `.dev${v.dev}`;
  if (v.local !== undefined) out += `+${v.local.join('.')}`;
  return out;
}

const PRE_ORDER = { a: 0, b: 1, rc: 2 } as const;

/** packaging's `_cmpkey` order: <0, 0 or >0. Trailing zeros of the release do not count (1.0 == 1.0.0). */
export function compareParsed(a: Pep440Version, b: Pep440Version): number {
  if (a.epoch !== b.epoch) return sign(a.epoch, b.epoch);
  const length = Math.max(a.release.length, b.release.length);
  for (let i = 0; i < length; i++) {
    const x = a.release[i] ?? 0n;
    const y = b.release[i] ?? 0n;
    if (x !== y) return sign(x, y);
  }
  const d = preKey(a) - preKey(b);
  if (d !== 0) return d;
  if (a.pre !== undefined && b.pre !== undefined && a.pre.number !== b.pre.number) return sign(a.pre.number, b.pre.number);
  const post = sign(a.post ?? -1n, b.post ?? -1n);
  if (post !== 0) return post;
  // No dev part sorts after every dev release.
  if (a.dev !== b.dev) return a.dev === undefined ? 1 : b.dev === undefined ? -1 : sign(a.dev, b.dev);
  return compareLocal(a.local, b.local);
}

// A dev release without a pre- or post-release sorts before every pre-release of its release;
// a final (or post) release after all of them.
function preKey(v: Pep440Version): number {
  if (v.pre !== undefined) return PRE_ORDER[v.pre.label];
  if (v.post === undefined && v.dev !== undefined) return -1;
  return 3;
}

// No local sorts first; numeric parts sort after alphanumeric ones; a longer local wins a tie.
function sign(x: bigint, y: bigint): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareLocal(a: (string | bigint)[] | undefined, b: (string | bigint)[] | undefined): number {
  if (a === undefined || b === undefined) return (a === undefined ? 0 : 1) - (b === undefined ? 0 : 1);
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (typeof x === 'bigint' && typeof y === 'bigint') {
      if (x !== y) return sign(x, y);
    } else if (typeof x === 'bigint') return 1;
    else if (typeof y === 'bigint') return -1;
    else if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** Orders two version strings; undefined when either is not PEP 440. */
export function compareVersionStrings(a: string, b: string): number | undefined {
  const x = parseVersion(a);
  const y = parseVersion(b);
  return x === undefined || y === undefined ? undefined : compareParsed(x, y);
}
