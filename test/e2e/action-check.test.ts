// The bundled action (dist/index.js) run as the runner runs it, against the OpenAPI-validated GitHub emulator
// and a real git repository with a base and a head commit.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator/index.js';
import { git, makeRepo } from '../support/git-repo.js';
import { DEMO_UNIVERSE } from '../support/demo-universe.js';
import { buildIndex } from '../support/package-index/build.js';
import { runAction } from '../support/run-action.js';

const DEMO = resolve('test/fixtures/monorepo');
const MARKER = '<!-- monopin:sticky-comment -->';

function prPayload(number: number, baseSha: string, headSha: string, headRepo = 'acme/mono'): object {
  const repo = (full: string) => ({ full_name: full, name: full.split('/')[1], owner: { login: full.split('/')[0] } });
  return {
    action: 'synchronize',
    number,
    pull_request: { number, base: { ref: 'main', sha: baseSha, repo: repo('acme/mono') }, head: { ref: 'feature', sha: headSha, repo: repo(headRepo) } },
    repository: repo('acme/mono'),
  };
}

describe('the action on a pull request', () => {
  let gh: GitHubEmulator;
  let workspace: string;
  let baseSha: string;
  let headSha: string;
  let prNumber: number;

  beforeAll(async () => {
    gh = await startGitHubEmulator();
    gh.addRepo({ owner: 'acme', name: 'mono' });
    prNumber = gh.addPullRequest({ owner: 'acme', repo: 'mono', head: 'feature', files: { 'services/notifier/requirements.txt': 'redis<5\n' } }).number;
    workspace = await mkdtemp(join(tmpdir(), 'monopin-ws-'));
    await cp(DEMO, workspace, { recursive: true });
    baseSha = makeRepo(workspace);
    // The PR fixes the worker's pydantic and breaks the notifier's redis.
    await writeFile(join(workspace, 'services/worker/requirements.txt'), 'celery[redis]==5.4.0\nredis>=5.0\npydantic>=2\nstructlog\n');
    await writeFile(join(workspace, 'services/notifier/requirements.txt'), 'httpx>=0.27\nredis<5\n');
    git(workspace, 'commit', '-qam', 'head');
    headSha = git(workspace, 'rev-parse', 'HEAD');
  });

  afterAll(async () => {
    await gh.close();
  });

  it('comments once with what the PR introduces and fixes, fails on the new conflict, and writes outputs and summary', async () => {
    const run = await runAction({ gh, workspace, eventName: 'pull_request', payload: prPayload(prNumber, baseSha, headSha), token: gh.token });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::error title=monopin conflict%3A redis,file=services\/notifier\/requirements\.txt,line=2,col=1::redis<5 excludes/);
    expect(run.stdout).not.toMatch(/::error .*file=services\/gateway/); // existing findings are not annotated on a PR
    expect(run.outputs).toMatchObject({ introduced: '1', fixed: '1', conflicts: '3' });
    expect(run.outputs['comment-url']).toMatch(/^https:\/\/github\.com\/acme\/mono\/pull\/\d+#issuecomment-\d+$/);
    expect(JSON.parse(await readFile(run.outputs['report-json']!, 'utf8')).diff.introduced).toHaveLength(1);
    expect(run.summary).toContain('redis');

    const comments = [...gh.state.comments.values()].filter((c) => c.issueNumber === prNumber);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(MARKER)).toBe(true);
    expect(comments[0]!.body).toMatch(/redis/);
    expect(comments[0]!.body).toMatch(/pydantic/);
    expect(gh.violations).toEqual([]);
  });

  it('edits the same comment on the next run instead of posting another', async () => {
    await writeFile(join(workspace, 'services/notifier/requirements.txt'), 'httpx>=0.27\nredis<5\naiohttp<3\n');
    git(workspace, 'commit', '-qam', 'another conflict');
    const head2 = git(workspace, 'rev-parse', 'HEAD');
    const run = await runAction({ gh, workspace, eventName: 'pull_request', payload: prPayload(prNumber, baseSha, head2), token: gh.token });
    expect(run.status).toBe(1);
    expect(run.outputs.introduced).toBe('2');
    const comments = [...gh.state.comments.values()].filter((c) => c.issueNumber === prNumber);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/aiohttp/);
    const writes = gh.requests.filter((r) => r.operationId === 'issues/update-comment');
    expect(writes).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  });

  it('finds its comment behind 40 others (pagination) and posts nothing new when nothing changed', async () => {
    const quiet = gh.addPullRequest({ owner: 'acme', repo: 'mono', head: 'quiet', files: { 'README.md': 'x' } }).number;
    const current = git(workspace, 'rev-parse', 'HEAD');
    const run1 = await runAction({ gh, workspace, eventName: 'pull_request', payload: prPayload(quiet, current, current), token: gh.token });
    expect(run1.status).toBe(0);
    expect(run1.outputs.introduced).toBe('0');
    expect([...gh.state.comments.values()].filter((c) => c.issueNumber === quiet)).toHaveLength(0);

    // A PR that had a comment: 40 chatty comments later, the next run still finds and edits it.
    for (let i = 0; i < 40; i++) gh.addComment({ owner: 'acme', repo: 'mono', issueNumber: prNumber, body: `chat ${i}`, asUser: 'octocat' });
    const run2 = await runAction({ gh, workspace, eventName: 'pull_request', payload: prPayload(prNumber, baseSha, headSha), token: gh.token });
    expect(run2.status).toBe(1);
    expect([...gh.state.comments.values()].filter((c) => c.issueNumber === prNumber && c.body.startsWith(MARKER))).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  });

  it('reports through the summary and annotations when a fork token cannot comment (403), without crashing', async () => {
    const fork = gh.addPullRequest({ owner: 'acme', repo: 'mono', head: 'fork-feature', headOwner: 'stranger', files: { 'x.txt': 'x' } }).number;
    const run = await runAction({ gh, workspace, eventName: 'pull_request', payload: prPayload(fork, baseSha, headSha, 'stranger/mono'), token: gh.readOnlyToken });
    expect(run.status).toBe(1); // the introduced conflict still fails the check
    expect(run.stdout).toMatch(/::warning::cannot write the pull request comment \(pull request from a fork: the token is read-only\)/);
    expect(run.stdout).toMatch(/::error .*file=services\/notifier\/requirements\.txt/);
    expect(run.summary).toContain('redis');
    expect([...gh.state.comments.values()].filter((c) => c.issueNumber === fork)).toHaveLength(0);
    expect(gh.requests.some((r) => r.status === 403)).toBe(true);
    expect(gh.violations).toEqual([]);
  });
});

describe('the action on a pull request with an index-url', () => {
  it('puts the estimated size delta of the images the changed pins touch in the comment', async () => {
    const gh = await startGitHubEmulator();
    try {
      gh.addRepo({ owner: 'acme', name: 'mono' });
      const pr = gh.addPullRequest({ owner: 'acme', repo: 'mono', head: 'bump-openai', files: { 'docker/base/requirements-constraints.txt': 'openai==1.58.0\n' } }).number;
      const index = await buildIndex(await mkdtemp(join(tmpdir(), 'monopin-index-')), DEMO_UNIVERSE);
      const workspace = await mkdtemp(join(tmpdir(), 'monopin-ws-'));
      await cp(DEMO, workspace, { recursive: true });
      const base = makeRepo(workspace);
      const constraints = join(workspace, 'docker/base/requirements-constraints.txt');
      await writeFile(constraints, (await readFile(constraints, 'utf8')).replace('openai==1.57.4', 'openai==1.58.0'));
      git(workspace, 'commit', '-qam', 'bump openai');
      const head = git(workspace, 'rev-parse', 'HEAD');
      const run = await runAction({ gh, workspace, eventName: 'pull_request', payload: prPayload(pr, base, head), token: gh.token, inputs: { 'index-url': index.fileUrl } });
      expect(run.stdout).not.toMatch(/::warning::.*(size|index)/i);
      const comments = [...gh.state.comments.values()].filter((c) => c.issueNumber === pr);
      expect(comments).toHaveLength(1);
      const body = comments[0]!.body;
      const section = body.slice(body.indexOf('Image size (estimated)'));
      expect(section).toMatch(/\*\*ai-base\*\*/);
      expect(section).toMatch(/\+1\.0 MB installed/);
      expect(section).toMatch(/openai \| `1\.57\.4` → `1\.58\.0` \| \+1\.0 MB/);
      expect(run.summary).toContain('Image size (estimated)');
      expect(run.stdout).not.toMatch(/size budget/);

      // The same PR against a size budget it breaks (ai-base grows by 1.0 MB), then one it fits.
      const over = await runAction({ gh, workspace, eventName: 'pull_request', payload: prPayload(pr, base, head), token: gh.token, inputs: { 'index-url': index.fileUrl, 'size-budget': '500KB' } });
      expect(over.status).toBe(1);
      expect(over.stdout).toMatch(/::error::monopin: image ai-base grows \+1\.0 MB \(estimated installed bytes\), past the size budget "500KB" \(0\.5 MB\)/);
      const within = await runAction({ gh, workspace, eventName: 'pull_request', payload: prPayload(pr, base, head), token: gh.token, inputs: { 'index-url': index.fileUrl, 'size-budget': '5MB' } });
      expect(within.status).toBe(run.status);
      expect(within.stdout).not.toMatch(/size budget/);
      const bad = await runAction({ gh, workspace, eventName: 'pull_request', payload: prPayload(pr, base, head), token: gh.token, inputs: { 'index-url': index.fileUrl, 'size-budget': 'big' } });
      expect(bad.status).toBe(1);
      expect(bad.stdout).toMatch(/::error::monopin: input 'size-budget': size budget "big": expected bytes/);
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.close();
    }
  });
});

describe('mode comment (the fork-safe workflow_run half)', () => {
  it('posts the report of an earlier pull_request run, and refuses a PR number that is not one', async () => {
    const gh = await startGitHubEmulator();
    try {
      gh.addRepo({ owner: 'acme', name: 'mono' });
      const pr = gh.addPullRequest({ owner: 'acme', repo: 'mono', head: 'fork-x', headOwner: 'stranger', files: { 'x.txt': 'x' } }).number;
      const workspace = await mkdtemp(join(tmpdir(), 'monopin-ws-'));
      await cp(DEMO, workspace, { recursive: true });
      const base = makeRepo(workspace);
      await writeFile(join(workspace, 'services/notifier/requirements.txt'), 'httpx>=0.27\nredis<5\n');
      git(workspace, 'commit', '-qam', 'head');
      const head = git(workspace, 'rev-parse', 'HEAD');
      const check = await runAction({ gh, workspace, eventName: 'pull_request', payload: prPayload(pr, base, head, 'stranger/mono'), token: gh.readOnlyToken, inputs: { comment: 'false' } });
      expect(check.status).toBe(1);
      expect(gh.requests).toHaveLength(0);

      const trusted = await mkdtemp(join(tmpdir(), 'monopin-trusted-'));
      await cp(check.outputs['report-json']!, join(trusted, 'report.json'));
      const post = await runAction({ gh, workspace: trusted, eventName: 'workflow_run', payload: { action: 'completed' }, token: gh.token, inputs: { mode: 'comment', 'report-file': 'report.json', 'pull-request': String(pr) } });
      expect(post.status).toBe(0);
      const comments = [...gh.state.comments.values()].filter((c) => c.issueNumber === pr);
      expect(comments).toHaveLength(1);
      expect(comments[0]!.body).toMatch(/redis/);

      const bad = await runAction({ gh, workspace: trusted, eventName: 'workflow_run', payload: {}, token: gh.token, inputs: { mode: 'comment', 'report-file': 'report.json', 'pull-request': '1; rm -rf /' } });
      expect(bad.status).toBe(1);
      expect(bad.stdout).toContain("input 'pull-request' must be a pull request number");
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.close();
    }
  });
});

describe('the action on a push', () => {
  it('reports the whole repository: SARIF, outputs, summary, annotations on errors', async () => {
    const gh = await startGitHubEmulator();
    try {
      const workspace = await mkdtemp(join(tmpdir(), 'monopin-push-'));
      await cp(DEMO, workspace, { recursive: true });
      makeRepo(workspace);
      const run = await runAction({ gh, workspace, eventName: 'push', payload: { ref: 'refs/heads/main' }, token: gh.token, inputs: { 'sarif-file': 'out/monopin.sarif' } });
      expect(run.status).toBe(1);
      expect(run.outputs).toMatchObject({ conflicts: '3', introduced: '8', fixed: '0' });
      const sarif = JSON.parse(await readFile(join(workspace, 'out/monopin.sarif'), 'utf8'));
      expect(sarif.version).toBe('2.1.0');
      expect(sarif.runs[0].results).toHaveLength(8);
      expect(run.stdout.match(/::error .*file=/g)).toHaveLength(4);
      expect(run.summary).toMatch(/aiohttp/);
      // The whole-repo report carries the migration order: redis first, the worker's open conflict named.
      expect(run.summary).toContain('#### Migration order');
      expect(run.summary).toMatch(/\| 1 \| redis \| 6 \(4 direct\) \|/);
      expect(run.summary).toMatch(/\| 2 \| worker \| 3 \(1 direct\) \| 1 \(pydantic\) \|/);
      expect(gh.requests).toHaveLength(0); // a push talks to nobody
    } finally {
      await gh.close();
    }
  });

  it('fails with the bad input named', async () => {
    const gh = await startGitHubEmulator();
    try {
      const workspace = await mkdtemp(join(tmpdir(), 'monopin-bad-'));
      await cp(DEMO, workspace, { recursive: true });
      makeRepo(workspace);
      const run = await runAction({ gh, workspace, eventName: 'push', payload: {}, token: gh.token, inputs: { 'fail-on': 'sometimes' } });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain("::error::monopin: input 'fail-on' must be one of error, warning, never; got 'sometimes'");
    } finally {
      await gh.close();
    }
  });
});
