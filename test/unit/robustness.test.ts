// Bad input never crashes a parser or the scan: mutated real-world files and hostile bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import { parseText } from '../support/parse-text.js';
import type { FileKind } from '../../src/model.js';
import { scanRepository } from '../../src/scan.js';
import { memoryReader } from '../support/memory-reader.js';

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesIn(join(dir, e.name)) : [join(dir, e.name)]));
}

const SAMPLES: [FileKind, string][] = [
  ...filesIn('test/fixtures/requirements').filter((f) => f.endsWith('.txt')).map((f): [FileKind, string] => ['requirements', readFileSync(f, 'utf8')]),
  ...filesIn('test/fixtures/dockerfiles').map((f): [FileKind, string] => ['dockerfile', readFileSync(f, 'utf8')]),
  ...filesIn('test/fixtures/compose').map((f): [FileKind, string] => ['compose', readFileSync(f, 'utf8')]),
  ...filesIn('test/fixtures/pyproject').map((f): [FileKind, string] => ['pyproject', readFileSync(f, 'utf8')]),
];

// Deterministic mutations: what a bad merge, a truncated upload or a stray editor leaves behind.
const NOISE = ['"', "'", '\\', '[', ']', '{', '}', '${', '#', ';', '@', '==', '>', '<', '&&', '\n', '\r', '\t', '\u0000', '\uFFFD', '<<EOF', ':', '- ', '*', '`'];

function mutations(text: string, seed: number, count: number): string[] {
  let s = seed;
  const next = (n: number): number => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % Math.max(n, 1);
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = next(text.length + 1);
    const op = next(4);
    if (op === 0) out.push(text.slice(0, at)); // truncated
    else if (op === 1) out.push(text.slice(0, at) + NOISE[next(NOISE.length)]! + text.slice(at));
    else if (op === 2) out.push(text.slice(0, at) + text.slice(at + 1 + next(20)));
    else out.push(text.split('\n').reverse().join('\n'));
  }
  return out;
}

describe('parsers never throw on bad input', () => {
  it.each(SAMPLES.map(([kind, text], i) => [kind, i, text] as const))('%s sample %i, 60 mutations each', (kind, i, text) => {
    for (const mutated of mutations(text, i + 1, 60)) {
      const parsed = parseText(`sample.${kind}`, kind, mutated);
      for (const issue of parsed.parsed.issues) {
        expect(issue.location.line).toBeGreaterThanOrEqual(1);
        expect(issue.location.column).toBeGreaterThanOrEqual(1);
        expect(issue.message.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('a repository full of bad files still gets checked', () => {
  it('reports each bad file, skips binary and oversized ones, and checks the good ones', async () => {
    const result = await scanRepository(
      memoryReader({
        'constraints.txt': 'pydantic==2.10.4\n',
        'good/requirements.txt': 'pydantic<2\n',
        'bad/requirements.txt': 'pydantic[<2\n-r\n--frobnicate\n',
        'bad/Dockerfile': 'RUN pip install "unclosed\nFROM\n',
        'bad/docker-compose.yml': 'services: [\n',
        'bad/pyproject.toml': '[project\ndependencies = ["x"\n',
        'bin/requirements.txt': 'abc\u0000def',
        'big/requirements.txt': 'x\n'.repeat(600_000),
        'deep/docker-compose.yml': `a: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 9 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*${i === 0 ? 'a' : `l${i}`}`).join(',')}]`).join('\n')}\nservices: {}\n`,
      }),
      resolveConfig({ constraints: 'constraints.txt', maxFileBytes: 1_000_000 }),
    );
    const rules = result.findings.map((f) => `${f.rule} ${f.location.file}`);
    expect(rules).toContain('conflict good/requirements.txt');
    for (const file of ['bad/requirements.txt', 'bad/Dockerfile', 'bad/docker-compose.yml', 'bad/pyproject.toml', 'deep/docker-compose.yml']) {
      expect(rules).toContain(`parse-error ${file}`);
    }
    expect(result.workspace.skipped.map((s) => s.path).sort()).toEqual(['big/requirements.txt', 'bin/requirements.txt']);
  });
});
