// The bump rewrites the central file and only the pins it governs: on a layout modelled on a real
// monorepo (test/fixtures/layouts/agent-platform), a service Dockerfile that installs
// `torch==2.1.0 torchvision==0.16.0` without -c keeps both, and real pip confirms that its line
// still installs while the bumped torch would not.
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { buildIndex, type BuiltIndex, type IndexRelease } from '../support/package-index/build.js';
import { pipDryRun } from '../support/package-index/pip.js';

const LAYOUT = 'test/fixtures/layouts/agent-platform';
const DAY = 86_400_000;
const ago = (days: number): string => new Date(Date.now() - days * DAY).toISOString();

// Every central pin at its current version, and newer torch/torchvision releases; torchvision pins torch exactly, as it does.
const UNIVERSE: IndexRelease[] = [
  ...['fastapi==0.111.0', 'httpx==0.27.0', 'langchain==0.2.6', 'numpy==1.26.4', 'ollama==0.2.1', 'pydantic==2.7.4', 'redis==5.0.7', 'sqlalchemy==2.0.31', 'tenacity==8.4.2', 'uvicorn==0.30.1'].map(
    (pin) => ({ name: pin.split('==')[0]!, version: pin.split('==')[1]!, uploadTime: ago(300) }),
  ),
  { name: 'torch', version: '2.1.0', uploadTime: ago(400) },
  { name: 'torch', version: '2.3.1', uploadTime: ago(200) },
  { name: 'torch', version: '2.4.0', uploadTime: ago(60) },
  { name: 'torchvision', version: '0.16.0', requiresDist: ['torch==2.1.0'], uploadTime: ago(400) },
  { name: 'torchvision', version: '0.19.0', requiresDist: ['torch==2.4.0'], uploadTime: ago(60) },
];

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd(), isTty: false, env: {} });
  return { code, stdout, stderr };
}

describe('the bump rewrites only what the central constraints govern', () => {
  let index: BuiltIndex;
  let repo: string;

  beforeAll(async () => {
    index = await buildIndex(await mkdtemp(join(tmpdir(), 'monopin-index-')), UNIVERSE);
    repo = await mkdtemp(join(tmpdir(), 'monopin-scope-'));
    await cp(LAYOUT, repo, { recursive: true });
  });

  it('bumps torch in the constraints file and leaves the service that pins torch and torchvision without -c as it is', async () => {
    const vision = await readFile(join(repo, 'services/vision/Dockerfile'), 'utf8');
    const { code, stdout, stderr } = await cli(['bump', '--root', repo, '--index-url', index.fileUrl, '--write', '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { bumps: { name: string; to: string }[]; files: string[] };
    expect(result.bumps.map((b) => `${b.name} ${b.to}`)).toEqual(['torch 2.4.0']);
    expect(result.files).toEqual(['docker/base/requirements-constraints.txt']);
    expect(await readFile(join(repo, 'docker/base/requirements-constraints.txt'), 'utf8')).toContain('\ntorch==2.4.0\n');
    expect(await readFile(join(repo, 'services/vision/Dockerfile'), 'utf8')).toBe(vision);

    // The oracle: the service's own line still installs; the line the old bump wrote would not.
    const kept = await pipDryRun(['--no-deps', '--index-url', index.fileUrl, 'torch==2.1.0', 'torchvision==0.16.0']);
    expect(kept.status).toBe(0);
    const rewritten = await pipDryRun(['--index-url', index.fileUrl, 'torch==2.4.0', 'torchvision==0.16.0']);
    expect(rewritten.status).not.toBe(0);
    expect(rewritten.stderr).toMatch(/conflict|ResolutionImpossible|Cannot install/i);
  });

  it('still reports the service pin that disagrees with the new central pin, with its fix', async () => {
    const { stdout } = await cli(['check', '--root', repo, '--format', 'json', '--fail-on', 'never']);
    const report = JSON.parse(stdout) as { findings: { rule: string; package?: string; location: { file: string }; message: string }[] };
    const torch = report.findings.filter((f) => f.rule === 'inline-pin-mismatch' && f.package === 'torch');
    expect(torch.map((f) => f.location.file)).toEqual(['services/vision/Dockerfile']);
    expect(torch[0]!.message).toContain('torch==2.4.0');
  });
});
