// PEP 440 questions the rules ask about a central pin.
import { isValidVersion } from '../pep/pep440.js';
import { specifierContains } from '../pep/specifier.js';

/** `==1.2.3` or `===1.2.3` → the version; ranges and wildcards → undefined. */
export function exactVersion(specifier: string): string | undefined {
  const m = /^(===?)([^,*]+)$/.exec(specifier);
  if (!m) return undefined;
  return m[1] === '===' || isValidVersion(m[2]!) ? m[2] : undefined;
}


/**
 * Does `specifier` accept what the pin allows? For an exact pin, pip's own question: an explicitly
 * pinned pre-release is accepted by ranges (the `==` clause opts the combined set into pre-releases).
 * For a ranged pin, whether any version is in both, tested on the versions they mention and their
 * neighbours — exact for the specifiers people write, a heuristic for exotic ones.
 */
export function acceptsPin(specifier: string, pin: string): boolean {
  if (specifier === '') return true;
  const exact = exactVersion(pin);
  if (exact !== undefined) return accepts(exact, specifier);
  return candidateVersions(`${specifier},${pin}`).some((v) => accepts(v, specifier) && accepts(v, pin));
}

// Memoized: a monorepo asks the same (version, specifier) question once per consumer.
const acceptsMemo = new Map<string, boolean>();

function accepts(version: string, specifier: string): boolean {
  const key = `${version} ${specifier}`;
  let answer = acceptsMemo.get(key);
  if (answer === undefined) {
    answer = computeAccepts(version, specifier);
    if (acceptsMemo.size > 100_000) acceptsMemo.clear();
    acceptsMemo.set(key, answer);
  }
  return answer;
}

function computeAccepts(version: string, specifier: string): boolean {
  return specifierContains(specifier, version, { prereleases: true });
}

function candidateVersions(specifiers: string): string[] {
  const out = new Set<string>();
  for (const clause of specifiers.split(',')) {
    const v = clause.replace(/^[~=!<>]+/, '').replace(/\.\*$/, '');
    if (!isValidVersion(v)) continue;
    const parts = v.split(/[.+]/).map((p) => Number.parseInt(p, 10)).filter((n) => !Number.isNaN(n));
    out.add(v);
    out.add(`${v}.1`);
    out.add(`${v}.post1`);
    for (let i = 0; i < parts.length; i++) {
      const up = parts.slice(0, i + 1);
      up[i]! += 1;
      out.add(up.join('.'));
      if (parts[i]! > 0) {
        const down = parts.slice(0, i + 1);
        down[i]! -= 1;
        out.add(`${down.join('.')}.999`);
      }
    }
  }
  out.add('0');
  return [...out];
}
