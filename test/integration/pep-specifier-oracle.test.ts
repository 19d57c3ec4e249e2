// Our PEP 440 evaluator against the real thing: the installed `packaging` (the generation we follow)
// and pip 23.2's vendored packaging 21.3 (test/support/specifier_oracle.py), on packaging's own
// tables crossed with tricky versions. Where the two generations differ, the table below records
// both answers; see src/pep/specifier.ts for why we follow the current one.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isValidSpecifierSet, specifierContains } from '../../src/pep/specifier.js';
import { CONTAINS, ORDERED_VERSIONS, PRERELEASES } from '../fixtures/pep440/packaging-tables.js';

const oracle = join(dirname(fileURLToPath(import.meta.url)), '../support/specifier_oracle.py');

function oracleProblem(): string | undefined {
  const r = spawnSync('python3', ['-c', 'import packaging.specifiers, pip._vendor.packaging.specifiers'], { encoding: 'utf8' });
  if (r.error) return `python3 is not runnable: ${r.error.message}`;
  if (r.status !== 0) return `python3 lacks packaging or pip: ${r.stderr.trim()}`;
  return undefined;
}

/** [current packaging, pip 23.2's packaging 21.3] per pair; null: the specifier is invalid there. */
function ask(pairs: [string, string][]): [boolean | null, boolean | null][] {
  const r = spawnSync('python3', [oracle], { input: JSON.stringify(pairs), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`specifier oracle failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as [boolean | null, boolean | null][];
}

/** Where the generations differ: [specifier, version, current packaging, pip 23.2]. */
const GENERATIONS: [string, string, boolean, boolean][] = [
  // >V: 21.3 excludes post-releases and local versions of V's *base* release; PEP 440 means V's own.
  ['>1.0a1', '1.0.post0', true, false],
  ['>1.0rc1', '1.0.post1', true, false],
  ['>1.0a1', '1.0a2+local', true, false],
  // <V: 21.3 excludes every pre-release of V's base release, also below a post-release V.
  ['<1.0.post1', '1.0a1', true, false],
  ['<1.0.post0', '1.0.dev0', true, false],
  // ==X.*: current packaging normalizes the prefix (epoch 0, leading zeros); 21.3 compares the text.
  ['==0!2.*', '2', true, false],
  ['==01.*', '1.0', true, false],
  // ===: current packaging compares the string as written, 21.3 the normalized version.
  ['===v1.0', 'v1.0', true, false],
  ['===1.0', 'v1.0', false, true],
];

const TRICKY_SPECIFIERS = [
  ...new Set([
    ...CONTAINS.map(([, s]) => s),
    ...PRERELEASES.map(([s]) => s),
    ...GENERATIONS.map(([s]) => s),
    '>1.0.dev0', '<1.0rc1', '<2.0a0', '<1.0.post2', '==2.1.0+cpu', '==1.0+local', '~=1.4.2', '~=2.2.post3', '~=1!1.0',
    '>=3.9,<4', '!=3.12.*', '==1.0.*,!=1.0.1', '>=0.0.dev0', '<=1.0',
  ]),
].filter((s) => !s.includes('==='));
const TRICKY_VERSIONS = [
  ...new Set([
    '1.0', '1.0.0', '1.0a1', '1.0.dev0', '1.0.post1', '1.0.post1.dev0', '1.0+local', '1.0+local.7', '1!1.0rc1', '2.0.dev0',
    '2.0', '2.0a1', '2.1.0+cpu', '2.1.0+local.7', '2.2.post3', '2.3', '3.12.0', '3.13.1', '1.4.3+local', '1.5.0a1', 'v1.0',
    '0!2', '2!1.0', '1.9999999', 'not-a-version', ...ORDERED_VERSIONS.filter((_, i) => i % 3 === 0),
  ]),
];

const problem = oracleProblem();
if (problem !== undefined && process.env.CI) throw new Error(`the specifier oracle needs python3 with packaging and pip in CI: ${problem}`);

describe.skipIf(problem !== undefined)('PEP 440 specifiers against packaging and pip', () => {
  const pairs: [string, string][] = TRICKY_SPECIFIERS.flatMap((s) => TRICKY_VERSIONS.map((v): [string, string] => [s, v]));

  it(`agrees with the current packaging on ${pairs.length} (specifier, version) pairs`, () => {
    expect(pairs.length).toBeGreaterThan(1700);
    const answers = ask(pairs);
    const wrong: string[] = [];
    pairs.forEach(([s, v], i) => {
      const [current] = answers[i]!;
      const ours = isValidSpecifierSet(s) ? specifierContains(s, v, { prereleases: true }) : null;
      if (ours !== current) wrong.push(`${s} contains ${v}: packaging ${String(current)}, ours ${String(ours)}`);
    });
    expect(wrong).toEqual([]);
  });

  it('where pip 23.2 answers differently, the difference is one of the documented kinds', () => {
    const answers = ask(pairs);
    const kinds = (s: string, v: string): boolean =>
      /^[<>]/.test(s) || /^[=!]=.*\.\*/.test(s) || s.startsWith('===') || v === 'v1.0' || s.includes(',');
    const undocumented = pairs.filter(([s, v], i) => {
      const [current, pip] = answers[i]!;
      return current !== null && pip !== null && current !== pip && !kinds(s, v);
    });
    expect(undocumented).toEqual([]);
    expect(answers.filter(([current, pip]) => current !== pip).length).toBeGreaterThan(0);
  });

  it.each(GENERATIONS)('%s contains %s: packaging today %s, pip 23.2 %s; we follow today', (s, v, current, pip) => {
    expect(ask([[s, v]])).toEqual([[current, pip]]);
    expect(specifierContains(s, v)).toBe(current);
  });
});
