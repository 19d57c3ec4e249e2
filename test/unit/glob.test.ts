// Config globs: the linear-time matcher agrees with picomatch on the globs people write, and stays fast on the ones attackers write.
import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { compileGlobs, GlobError, globProblem } from '../../src/sources/glob.js';

const segment = fc.constantFrom('a', 'b', 'ab', '.git', 'node_modules', 'requirements.txt', 'docker-compose.yml', 'x.in', 'Dockerfile', 'é', 'a b');
const path = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join('/'));
const globPart = fc.constantFrom('a', 'b', '*', '**', '?', '*.txt', 'a*', '*b', '[ab]', '{a,b}', '.git', 'node_modules', 'requirements*', '*.y?ml', '{x.in,ab}');
const glob = fc.tuple(fc.boolean(), fc.array(globPart, { minLength: 1, maxLength: 4 })).map(([neg, parts]) => `${neg ? '!' : ''}${parts.join('/')}`);

describe('compileGlobs', () => {
  it('matches what picomatch matches (dot: true) for ordinary globs', async () => {
    const cases = fc.sample(fc.tuple(fc.array(glob, { minLength: 1, maxLength: 3 }), fc.array(path, { minLength: 1, maxLength: 20 })), { numRuns: 300, seed: 13 });
    const mismatches: string[] = [];
    for (const [patterns, paths] of cases) {
      const ours = await compileGlobs(patterns);
      const theirs = picomatch(patterns, { dot: true });
      for (const p of paths) if (ours(p) !== theirs(p)) mismatches.push(`${patterns.join(' ')} on ${p}: ${ours(p)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('takes linear time on globs that make backtracking matchers explode', async () => {
    const match = await compileGlobs([`${'*a'.repeat(40)}*b`, `${'**/a'.repeat(20)}/**/b`, `**/${'{a,aa}'.repeat(20)}b`]);
    const started = performance.now();
    for (let i = 0; i < 200; i++) match(`${'a/'.repeat(60)}${'a'.repeat(200)}`);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses extglobs and huge patterns by name', async () => {
    expect(globProblem('**/+(a|aa)b')).toMatch(/extglobs/);
    expect(globProblem('a'.repeat(2000))).toMatch(/longer than 1024/);
    expect(globProblem('services/**/requirements*.txt')).toBeUndefined();
    await expect(compileGlobs(['ok/**', '@(a|b)'])).rejects.toThrow(GlobError);
    await expect(compileGlobs(['@(a|b)'])).rejects.toThrow("glob '@(a|b)': extglobs");
  });
});
