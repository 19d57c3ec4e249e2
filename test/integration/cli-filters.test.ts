// `monopin check` filters and --all on the demo monorepo, through the CLI entry.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import type { Report } from '../../src/report/types.js';

const DEMO = 'test/fixtures/monorepo';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd(), isTty: false, env: {} });
  return { code, stdout, stderr };
}

describe('monopin check filters', () => {
  it('keeps only the rules, severities, packages and services asked for, in every format, and gates on them', async () => {
    const json = async (args: string[]): Promise<Report> => JSON.parse((await cli(['check', '--root', DEMO, '--format', 'json', ...args])).stdout) as Report;
    expect((await json(['--rule', 'conflict'])).findings.map((f) => f.package).sort()).toEqual(['aiohttp', 'httpx', 'pydantic']);
    expect((await json(['--rule', 'conflict,unconstrained', '--package', 'Structlog'])).findings.map((f) => `${f.rule} ${f.package}`)).toEqual(['unconstrained structlog']);
    expect((await json(['--severity', 'note'])).findings.every((f) => f.severity === 'note')).toBe(true);
    expect((await json(['--service', 'worker'])).findings.map((f) => `${f.rule} ${f.package ?? '-'}`).sort()).toEqual(['conflict pydantic', 'unconstrained structlog']);
    // Only notes left: nothing at or above --fail-on error.
    expect((await cli(['check', '--root', DEMO, '--severity', 'note'])).code).toBe(0);
    expect((await cli(['check', '--root', DEMO, '--rule', 'conflict'])).code).toBe(1);
  });

  it('refuses an unknown rule or severity, and --new without --base, in one line', async () => {
    const rule = await cli(['check', '--root', DEMO, '--rule', 'conflcit']);
    expect(rule.code).toBe(2);
    expect(rule.stderr).toMatch(/^monopin: --rule conflcit: no such rule; did you mean conflict\?\n$/);
    const severity = await cli(['check', '--root', DEMO, '--severity', 'fatal']);
    expect(severity.code).toBe(2);
    expect(severity.stderr).toContain("--severity must be error, warning or note, got 'fatal'");
    const fresh = await cli(['check', '--root', DEMO, '--new']);
    expect(fresh.code).toBe(2);
    expect(fresh.stderr).toContain('--new needs --base');
  });

  it('prints every occurrence with --all and --verbose, a screenful without', async () => {
    const short = (await cli(['check', '--root', DEMO, '--fail-on', 'never'])).stdout;
    const all = (await cli(['check', '--root', DEMO, '--fail-on', 'never', '--all'])).stdout;
    expect((await cli(['check', '--root', DEMO, '--fail-on', 'never', '--verbose'])).stdout).toBe(all);
    expect(all.split('\n').length).toBeGreaterThanOrEqual(short.split('\n').length);
    for (const file of ['services/worker/requirements.txt:4', 'services/gateway/requirements.txt:3', 'services/agent/pyproject.toml:9']) expect(all).toContain(file);
  });
});
