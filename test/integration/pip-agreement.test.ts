// Our requirements-file parser against pip itself (test/support/pip_oracle.py): on every
// fixture and on OpenStack's real files, line by line, the same requirements and the same
// failing lines. Where we knowingly differ from pip 23.2 it is listed below, with the reason.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatMarker, parseMarker } from '../../src/pep/marker.js';
import { parseRequirementsFile } from '../../src/sources/requirements.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, '../fixtures/requirements');
const oracle = join(here, '../support/pip_oracle.py');
// The same environment for pip and for us, so ${VAR} expansion is compared too.
const env: Record<string, string> = { REQUESTS_VERSION: '2.32.3', PKG_SUFFIX: 'core', PIP_USER: 'u', PIP_TOKEN: 't' };

type PipRecord =
  | { line: number; kind: 'error'; error: string }
  | { line: number; kind: 'option'; include: { kind: string; target: string } | null }
  | {
      line: number;
      kind: 'requirement';
      editable: boolean;
      name: string | null;
      extras: string[];
      specifier: string[];
      marker: string | null;
      url: string | null;
      localPath: boolean;
      hashes: string[];
      modernOk: boolean;
    };

function pipAvailable(): string | undefined {
  const r = spawnSync('python3', ['-c', 'import pip._internal.req.req_file'], { encoding: 'utf8' });
  if (r.error) return `python3 not runnable: ${r.error.message}`;
  if (r.status !== 0) return `pip is not importable by python3: ${r.stderr.trim()}`;
  return undefined;
}

function listTxt(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listTxt(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : [],
  );
}

function runOracle(file: string): PipRecord[] {
  // run from the file's folder: pip resolves local paths against the working directory
  const r = spawnSync('python3', [oracle, basename(file)], {
    cwd: dirname(file),
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`pip oracle failed on ${file}: ${r.stderr}`);
  return (JSON.parse(r.stdout) as Record<string, PipRecord[]>)[basename(file)]!;
}

// pip's verdicts that depend on what exists on disk, not on the text
const FILESYSTEM = /is not installable|It looks like a path|does not exist/;

const missing = pipAvailable();
const files = listTxt(fixtures).map((f) => relative(fixtures, f)).sort();

describe('pip agreement', () => {
  it('has python3 with pip to compare against (required when CI is set)', () => {
    if (missing && process.env.CI) expect.fail(`the pip agreement tests need python3 with pip: ${missing}`);
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.skipIf(missing !== undefined).each(files)('%s: same requirements and failing lines as pip 23', (file) => {
    const full = join(fixtures, file);
    const ours = parseRequirementsFile(readFileSync(full, 'utf8'), file, env);
    const pip = runOracle(full);
    const byLine = new Map(pip.map((r) => [r.line, r]));

    for (const rec of pip) {
      const where = `${file}:${rec.line}`;
      const occ = ours.occurrences.filter((o) => o.location.line === rec.line);
      const issues = ours.issues.filter((i) => i.location.line === rec.line);
      if (rec.kind === 'error' && FILESYSTEM.test(rec.error)) {
        // Deliberate: pip asks the disk whether a local path is an installable project; a
        // pure parser cannot, so it takes a path-looking line for an unnamed local project.
        expect(occ, `${where}: a local path we skip`).toEqual([]);
        continue;
      }
      if (rec.kind === 'error') {
        expect(issues, `${where}: pip fails (${rec.error.split('\n')[0]}) but we accept`).toHaveLength(1);
        expect(occ, where).toHaveLength(0);
        continue;
      }
      if (rec.kind === 'option') {
        expect(issues, `${where}: pip accepts this option line`).toEqual([]);
        expect(occ, where).toEqual([]);
        const inc = ours.includes.filter((i) => i.location.line === rec.line).map((i) => ({ kind: i.kind, target: i.target }));
        expect(inc, `${where}: include`).toEqual(rec.include ? [rec.include] : []);
        continue;
      }
      if (!rec.modernOk) {
        // Deliberate: pip 23.2 vendors packaging 21.3, which still takes legacy specifiers
        // (`>=1.0.*`); pip 24.1+ and packaging 22+ reject them, and so do we.
        expect(issues, `${where}: legacy specifier we reject`).toHaveLength(1);
        continue;
      }
      expect(issues, `${where}: pip accepts this requirement`).toEqual([]);
      if (rec.name === null) {
        expect(occ, `${where}: pip reads an unnamed requirement; we skip it`).toEqual([]);
        continue;
      }
      expect(occ, `${where}: one occurrence`).toHaveLength(1);
      const o = occ[0]!;
      expect(
        {
          name: o.name,
          extras: o.extras,
          specifier: o.specifier ? o.specifier.split(',').sort() : [],
          marker: o.marker ? formatMarker(parseMarker(o.marker)) : null,
          url: rec.localPath ? rec.url : (o.url ?? null),
          editable: o.editable ?? false,
          hashes: [...(o.hashes ?? [])].sort(),
        },
        where,
      ).toEqual({
        name: rec.name,
        extras: rec.extras,
        specifier: [...rec.specifier].sort(),
        marker: rec.marker,
        url: rec.url,
        editable: rec.editable,
        hashes: [...rec.hashes].sort(),
      });
    }

    // nothing of ours on a line pip does not see as a requirement or an error
    for (const o of ours.occurrences) expect(byLine.get(o.location.line)?.kind, `${file}:${o.location.line}`).toBe('requirement');
    for (const i of ours.issues) expect(byLine.get(i.location.line)?.kind, `${file}:${i.location.line}: ${i.message}`).not.toBe('option');
  });
});
