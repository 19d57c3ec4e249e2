// Property tests (fast-check) over every parser: any input parses or yields findings, never throws,
// never hangs, and every finding points inside the file. The JSON report of any such repository
// validates against its published schema.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import { parseText } from '../support/parse-text.js';
import type { FileKind, Location } from '../../src/model.js';
import { renderJson } from '../../src/report/json.js';
import { buildReport, scanRepository } from '../../src/scan.js';
import { memoryReader } from '../support/memory-reader.js';

// Every line break any of the parsers honours (pip's splitlines() has the most).
const ANY_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

const COMMON = ['\n', '\r\n', '\r', ' ', '\t', '#', '"', "'", '\\', '\\\n', '$', '${', '}', '{', '(', ')', '[', ']', ',', ';', ':', '=', '==', '<', '>=', '~=', '@', '*', '&&', '|', '\u0000', '\uFEFF', '\u2028', 'é', '😀', 'x', '1.0'];
const TOKENS: Record<Exclude<FileKind, 'constraints'>, string[]> = {
  requirements: [...COMMON, 'requests', 'pydantic[email]', '-r ', '-c ', '-e ', '--hash=sha256:ab', '--index-url ', 'python_version', ' and ', ' or ', 'https://x/y.whl', ' ; ', 'extra == "a"', '${HOME}'],
  dockerfile: [...COMMON, 'FROM ', 'python:3.12', ' AS ', 'ARG ', 'ENV ', 'RUN ', 'COPY ', 'WORKDIR ', 'pip install ', '-r ', '-c ', ' -e ', '<<EOF\n', 'EOF\n', 'sh -c ', '`', '$(', '${A:-', '# escape=`\n', '[', '"pip",'],
  compose: [...COMMON, 'services:', '\n  ', '\n    ', 'build: ', 'context: ', 'dockerfile: ', 'image: ', 'depends_on: ', '- ', '&a ', '*a', '<<: ', '? ', 'null', '~', '!!str ', '---\n', '{', '}'],
  pyproject: [...COMMON, '[project]', 'dependencies = ', '[tool.poetry.dependencies]', '[dependency-groups]', 'optional-dependencies', ' = ', '"requests>=2"', "'''", '"""', 'version = "^1.2"', '{ version = "1", optional = true }', 'python = "^3.11"'],
};

function textOf(kind: keyof typeof TOKENS): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.array(fc.constantFrom(...TOKENS[kind]), { maxLength: 80 }).map((parts) => parts.join('')) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  );
}

function inside(location: Location, text: string, file: string): string | undefined {
  const lines = text.split(ANY_BREAK).length;
  const check = (line: number, column: number): string | undefined =>
    Number.isInteger(line) && Number.isInteger(column) && line >= 1 && line <= lines && column >= 1 && column <= text.length + 1 ? undefined : `${line}:${column} is outside a ${lines}-line file`;
  if (location.file !== file) return `finding in ${location.file}, not ${file}`;
  return check(location.line, location.column) ?? (location.endLine !== undefined ? check(location.endLine, location.endColumn ?? 1) : undefined);
}

const KINDS = [
  ['requirements', 'svc/requirements.txt'],
  ['dockerfile', 'svc/Dockerfile'],
  ['compose', 'docker-compose.yml'],
  ['pyproject', 'svc/pyproject.toml'],
] as const;

describe.each(KINDS)('the %s parser', (kind, path) => {
  it('never throws, never hangs, and points inside the file', () => {
    fc.assert(
      fc.property(textOf(kind), (text) => {
        const started = performance.now();
        const parsed = parseText(path, kind, text);
        expect(performance.now() - started).toBeLessThan(1000);
        for (const issue of parsed.parsed.issues) {
          expect(inside(issue.location, text, path)).toBeUndefined();
          expect(issue.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 400), seed: Number(process.env.FC_SEED ?? 13) },
    );
  });
});

describe('the JSON report of any repository', () => {
  const schema = JSON.parse(readFileSync('schema/report.schema.json', 'utf8')) as object;
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

  it('validates against schema/report.schema.json, and every finding points inside its file', async () => {
    await fc.assert(
      fc.asyncProperty(textOf('requirements'), textOf('dockerfile'), textOf('compose'), textOf('pyproject'), async (requirements, dockerfile, compose, pyproject) => {
        const files = { 'constraints.txt': 'requests==2.32.3\npydantic==2.10.4\n', 'svc/requirements.txt': requirements, 'svc/Dockerfile': dockerfile, 'docker-compose.yml': compose, 'svc/pyproject.toml': pyproject };
        const result = await scanRepository(memoryReader(files), resolveConfig({ constraints: 'constraints.txt' }));
        const report = JSON.parse(renderJson(buildReport(result, { root: '/repo' })));
        expect(validate(report) ? '' : JSON.stringify(validate.errors)).toBe('');
        for (const f of result.findings) expect(inside(f.location, files[f.location.file as keyof typeof files] ?? '', f.location.file)).toBeUndefined();
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 150) / 2, seed: Number(process.env.FC_SEED ?? 13) },
    );
  });
});
