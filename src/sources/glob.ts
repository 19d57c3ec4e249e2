// Repo-relative globs (config `paths:` and `ignore:`) with a matcher whose time is linear in the path.
// picomatch turns a glob into a backtracking RegExp: a pattern from a pull request such as
// `**/+(a|aa)+(a|aa)…b` then takes minutes per path. Here picomatch only translates the glob, and
// RE2 (re2js, no backtracking) runs it. picomatch's lookarounds only keep `*` off `.` and `..`
// segments, which repository paths never hold, so they are dropped; anything else RE2 cannot
// compile is refused with the pattern named.
import picomatch from 'picomatch';

export class GlobError extends Error {
  constructor(
    readonly pattern: string,
    reason: string,
  ) {
    super(`glob '${pattern}': ${reason}`);
    this.name = 'GlobError';
  }
}

/** Longest pattern accepted: a glob is a path with wildcards, not a program. */
export const MAX_GLOB_LENGTH = 1024;
const EXTGLOB = /[@!?*+]\(/;
// picomatch's guards against `.`/`..` segments and empty stars (see above).
const DOT_GUARDS = /\(\?!\\\.\{1,2\}\(\?:\\\/\|\$\)\)|\(\?!\(\?:\^\|\\\/\)\\\.\{1,2\}\(\?:\\\/\|\$\)\)|\(\?=\.\)/g;

/** Why a pattern is refused before compiling it (no dependency needed: config validation uses it). */
export function globProblem(pattern: string): string | undefined {
  if (pattern.length > MAX_GLOB_LENGTH) return `longer than ${MAX_GLOB_LENGTH} characters`;
  if (EXTGLOB.test(pattern)) return 'extglobs (@(…), !(…), +(…), *(…), ?(…)) are not supported; use *, **, ?, [...] and {a,b}';
  return undefined;
}

/** One predicate true when any pattern matches (a leading `!` negates a pattern, as in picomatch). */
export async function compileGlobs(patterns: string[]): Promise<(path: string) => boolean> {
  const { RE2JS } = await import('re2js');
  const matchers = patterns.map((pattern) => {
    const problem = globProblem(pattern);
    if (problem) throw new GlobError(pattern, problem);
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    let source: string;
    try {
      source = picomatch.makeRe(body, { dot: true, noextglob: true }).source.replace(DOT_GUARDS, '');
    } catch (error) {
      throw new GlobError(pattern, (error as Error).message);
    }
    let re: InstanceType<typeof RE2JS>;
    try {
      re = RE2JS.compile(source);
    } catch {
      throw new GlobError(pattern, 'cannot be matched in linear time');
    }
    return (path: string): boolean => re.matcher(path).matches() !== negated;
  });
  return (path) => matchers.some((m) => m(path));
}
