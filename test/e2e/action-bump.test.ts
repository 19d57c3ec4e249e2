// The weekly bump, run as the bundled action on `schedule`, against the GitHub emulator and a built index:
// one PR created, then updated; an unchecked line, a closed PR and /monopin commands are remembered.
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_UNIVERSE } from '../support/demo-universe.js';
import { startGitHubEmulator, type GitHubEmulator, type Issue } from '../support/github-emulator/index.js';
import { makeRepo } from '../support/git-repo.js';
import { buildIndex, type IndexRelease } from '../support/package-index/build.js';
import { readTree } from '../support/read-tree.js';
import { runAction } from '../support/run-action.js';

const BRANCH = 'monopin/constraints';

describe('the weekly bump PR', () => {
  let gh: GitHubEmulator;
  let workspace: string;
  let indexDir: string;
  let indexUrl: string;

  const bumpPrs = (): Issue[] => [...gh.state.issues.values()].filter((i) => i.pull?.head.ref === BRANCH);
  const openPr = (): Issue | undefined => bumpPrs().find((i) => i.state === 'open');
  const proposed = (): string[] =>
    [...(openPr()?.body ?? '').matchAll(/^- \[x\] \*\*([a-z0-9-]+)\*\* `[^`]+` → `([^`]+)`/gm)].map((m) => `${m[1]} ${m[2]}`);
  const bump = () => runAction({ gh, workspace, eventName: 'schedule', payload: { schedule: '0 6 * * 1' }, token: gh.token, inputs: { 'index-url': indexUrl } });

  beforeAll(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'monopin-weekly-'));
    await cp('test/fixtures/monorepo', workspace, { recursive: true });
    makeRepo(workspace);
    indexDir = await mkdtemp(join(tmpdir(), 'monopin-weekly-index-'));
    indexUrl = (await buildIndex(indexDir, DEMO_UNIVERSE)).fileUrl;
    gh = await startGitHubEmulator();
    gh.addRepo({ owner: 'acme', name: 'mono', files: await readTree(workspace) });
    gh.addUser('maintainer');
    gh.setPermission('acme', 'mono', 'maintainer', 'write');
    gh.addUser('visitor');
    gh.setPermission('acme', 'mono', 'visitor', 'read');
  });

  afterAll(async () => {
    await gh.close();
  });

  it('opens one PR with the plan, the edits committed on the bump branch', async () => {
    const run = await bump();
    expect(run.stdout).not.toMatch(/::error::/);
    expect(run.status).toBe(0);
    expect(run.outputs.bumps).toBe('6');
    // python-base COPYs the whole constraints file: every image below it rebuilds, bases first.
    const matrix = JSON.parse(run.outputs['rebuild-matrix']!) as { include: { image: string; wave: number; tags: string[] }[] };
    const wave = (image: string): number | undefined => matrix.include.find((e) => e.image === image)?.wave;
    expect(wave('python-base')).toBe(1);
    expect(wave('ai-base')).toBe(2);
    expect(wave('agent')).toBe(3);
    expect(matrix.include.find((e) => e.image === 'ai-base')?.tags).toContain('ghcr.io/acme/ai-base:latest');
    // One output per wave, for one matrix job per wave.
    expect(run.outputs['rebuild-waves']).toBe('3');
    for (let n = 1; n <= 3; n++) {
      const wave = JSON.parse(run.outputs[`rebuild-matrix-wave-${n}`]!) as { include: { image: string; wave: number }[] };
      expect(wave.include.map((e) => e.image).sort()).toEqual(matrix.include.filter((e) => e.wave === n).map((e) => e.image).sort());
    }
    expect(run.outputs['rebuild-matrix-wave-1']).toContain('"image":"python-base"');
    expect(run.outputs['rebuild-matrix-wave-4']).toBeUndefined();
    expect(openPr()!.body).toMatch(/Images to rebuild \(11, in 3 waves/);
    expect(openPr()!.body).toMatch(/\*\*Cascade:\*\*/);
    // The services the bump reaches, dependencies first, and where the whole order is.
    expect(openPr()!.body).toMatch(/### Migration order\n\nThe \d+ services these pins reach, in \d+ waves by compose `depends_on`/);
    expect(openPr()!.body).toContain('`monopin order` prints every service');
    expect(run.outputs['bump-pr-url']).toMatch(/\/acme\/mono\/pull\/\d+$/);
    expect(bumpPrs()).toHaveLength(1);
    expect(proposed()).toEqual(['cryptography 44.0.2', 'fastapi 0.115.8', 'openai 1.58.0', 'redis 5.3.0', 'starlette 0.45.3', 'uvicorn 0.34.0']);
    expect(openPr()!.body).toMatch(/pydantic/); // held back, with its reason
    const size = /<!-- monopin:size -->([\s\S]*)<!-- \/monopin:size -->/.exec(openPr()!.body!)?.[1] ?? '';
    // folded, with the totals in its summary line (needs dist rebuilt from this source)
    expect(size).toMatch(/<details><summary><b>Image size \(estimated\)<\/b>: \d+ images, \+[\d.]+ MB installed in total<\/summary>/);
    expect(openPr()!.body).toContain('### Release notes');
    expect(size).toMatch(/\*\*ai-base\*\* \(linux\/amd64, Python 3\.12, glibc\)\n\nEstimated: \+1\.0 MB installed/);
    expect(size).toMatch(/\| openai \| `1\.57\.4` → `1\.58\.0` \| \+1\.0 MB \|/);
    expect(openPr()!.labels).toEqual(expect.arrayContaining(['dependencies', 'monopin']));
    const repo = gh.state.repos.get('acme/mono') ?? [...gh.state.repos.values()].find((r) => r.name === 'mono')!;
    expect(repo.refs.has(`refs/heads/${BRANCH}`)).toBe(true);
    expect(run.summary).toMatch(/fastapi/);
    expect(gh.violations).toEqual([]);
  });

  it('updates the same PR on the next run, never a second one', async () => {
    const run = await bump();
    expect(run.status).toBe(0);
    expect(bumpPrs()).toHaveLength(1);
    expect(gh.requests.filter((r) => r.operationId === 'pulls/create')).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  });

  it('drops an unchecked pin and does not propose that version again', async () => {
    const pr = openPr()!;
    pr.body = pr.body!.replace('- [x] **openai**', '- [ ] **openai**');
    const run = await bump();
    expect(run.status).toBe(0);
    expect(proposed()).not.toContain('openai 1.58.0');
    expect(proposed()).toContain('fastapi 0.115.8');
    expect(bumpPrs()).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  });

  it('honours /monopin ignore from a writer, and ignores one from a reader', async () => {
    const pr = openPr()!;
    gh.addComment({ owner: 'acme', repo: 'mono', issueNumber: pr.number, body: '/monopin ignore uvicorn', asUser: 'maintainer' });
    gh.addComment({ owner: 'acme', repo: 'mono', issueNumber: pr.number, body: '/monopin ignore redis', asUser: 'visitor' });
    const run = await bump();
    expect(run.status).toBe(0);
    expect(proposed()).not.toContain('uvicorn 0.34.0');
    expect(proposed()).toContain('redis 5.3.0');
    const reactions = [...gh.state.reactions.values()].map((r) => r.content).sort();
    expect(reactions).toEqual(['+1', 'confused']);
    expect(gh.violations).toEqual([]);
  });

  it('after the PR is closed unmerged, its versions are rejected and a newer one is proposed', async () => {
    const pr = openPr()!;
    pr.state = 'closed';
    pr.closedAt = new Date().toISOString();
    const newer: IndexRelease[] = [{ name: 'redis', version: '5.3.1', uploadTime: new Date(Date.now() - 10 * 86_400_000).toISOString() }];
    indexUrl = (await buildIndex(await mkdtemp(join(tmpdir(), 'monopin-weekly-index2-')), [...DEMO_UNIVERSE, ...newer])).fileUrl;
    const run = await bump();
    expect(run.status).toBe(0);
    expect(bumpPrs().filter((i) => i.state === 'open')).toHaveLength(1);
    expect(openPr()!.number).not.toBe(pr.number);
    expect(proposed()).toEqual(['redis 5.3.1']);
    expect(gh.violations).toEqual([]);
  });
});
