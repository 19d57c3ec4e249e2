// The bump PR against the GitHub emulator with the action's own Octokit (throttling spaces
// writes ~1 s apart, so each step keeps its writes few).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderBumpPrBody } from '../../src/bump/pr-body.js';
import { SUPERSEDED_MARKER } from '../../src/bump/pr-state.js';
import type { Plan } from '../../src/bump/types.js';
import { DEFAULT_BUMP_BRANCH, upsertBumpPr } from '../../src/github/bump-pr.js';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { acknowledge, readMaintainerState } from '../../src/github/maintainer-state.js';
import { startGitHubEmulator, type GitHubEmulator, type GitObject, type Repo } from '../support/github-emulator/index.js';

const OWNER = 'acme';
const REPO = 'mono';
const CONSTRAINTS = 'docker/base/requirements-constraints.txt';
const BEFORE = 'pydantic==2.10.4\nrequests==2.32.3\ntyping-extensions==4.12.2\n';
const AFTER = 'pydantic==2.11.1\nrequests==2.32.4\ntyping-extensions==4.12.2\n';

const plan: Plan = {
  bumps: [
    { name: 'pydantic', from: '2.10.4', to: '2.11.1', updateType: 'minor', consumers: 5 },
    { name: 'requests', from: '2.32.3', to: '2.32.4', updateType: 'patch', consumers: 9 },
  ],
  held: [],
  errors: [],
};
const body = (diff: string): string => renderBumpPrBody({ plan, diff, constraintsFile: CONSTRAINTS, indexPageUrl: (n) => `https://pypi.org/simple/${n}/` });
const options = (b: string, content = AFTER) => ({ owner: OWNER, repo: REPO, baseBranch: 'main', title: 'Bump 2 constraint pins', body: b, labels: ['dependencies', 'monopin'], files: [{ path: CONSTRAINTS, content }] });

vi.setConfig({ testTimeout: 90_000 });

let gh: GitHubEmulator;
let github: GitHubClient;
let repo: Repo;
const warnings: string[] = [];

const object = (sha: string): GitObject | undefined => repo.objects.get(sha);
const branchSha = (): string | undefined => repo.refs.get(`refs/heads/${DEFAULT_BUMP_BRANCH}`);
const pulls = () => [...gh.state.issues.values()].filter((i) => i.pull && i.pull.head.ref === DEFAULT_BUMP_BRANCH);
const writesSince = (start: number): string[] => gh.requests.slice(start).filter((r) => r.method !== 'GET').map((r) => r.operationId ?? r.path);
const oldPlanBody = (pins: string): string => `<!-- monopin:plan {"v":1,"pins":{${pins}}} -->\n\nBumps pins.\n`;

beforeAll(async () => {
  gh = await startGitHubEmulator();
  repo = gh.addRepo({ owner: OWNER, name: REPO, files: { [CONSTRAINTS]: BEFORE, 'svc/a/requirements.txt': 'pydantic>=2\n' } });
  // Labels exist with descriptions: the emulator renders a label it creates on the fly with
  // `description: null`, which GitHub's pull-request list schema does not allow.
  for (const name of ['dependencies', 'monopin']) repo.labels.set(name, { id: gh.state.id(), name, color: '0366d6', description: `${name} updates` });
  gh.setPermission(OWNER, REPO, 'alice', 'write');
  gh.setPermission(OWNER, REPO, 'bob', 'maintain');
  gh.addUser('mallory');
  // Earlier weeks: #1 closed unmerged by a maintainer, #2 merged, #3 closed by monopin itself.
  const closed = gh.addPullRequest({ owner: OWNER, repo: REPO, head: DEFAULT_BUMP_BRANCH, body: oldPlanBody('"flask":{"from":"3.0.0","to":"3.1.0"}'), user: 'github-actions[bot]' });
  const merged = gh.addPullRequest({ owner: OWNER, repo: REPO, head: DEFAULT_BUMP_BRANCH, body: oldPlanBody('"uvicorn":{"from":"0.32.0","to":"0.32.1"}'), user: 'github-actions[bot]' });
  const superseded = gh.addPullRequest({ owner: OWNER, repo: REPO, head: DEFAULT_BUMP_BRANCH, body: `${SUPERSEDED_MARKER}\n${oldPlanBody('"aiohttp":{"from":"3.10.0","to":"3.11.0"}')}`, user: 'github-actions[bot]' });
  for (const pr of [closed, merged, superseded]) {
    pr.state = 'closed';
    pr.closedAt = gh.state.now();
  }
  if (merged.pull) merged.pull.merged = true;
  gh.addComment({ owner: OWNER, repo: REPO, issueNumber: closed.number, body: 'Not now.\n/monopin ignore requests 2.33.0', asUser: 'alice' });
  // The branch of those PRs is stale: the first run must rebuild it on main.
  gh.commit({ owner: OWNER, repo: REPO, branch: DEFAULT_BUMP_BRANCH, files: { 'stale.txt': 'old\n' } });
  github = createGitHubClient(gh.token, { warning: (m) => warnings.push(m), debug: () => {} }, { baseUrl: gh.url });
});

afterAll(async () => {
  expect(gh.violations).toEqual([]);
  expect(warnings).toEqual([]);
  await gh.close();
});

describe('upsertBumpPr', () => {
  let firstCommit = '';

  it('first run: commits on top of main, force-updates the stale branch, opens the PR with labels', async () => {
    const result = await upsertBumpPr(github, options(body('-pydantic==2.10.4\n+pydantic==2.11.1\n')));
    expect(result.action).toBe('created');
    expect(result.number).toBe(4);
    const open = pulls().filter((p) => p.state === 'open');
    expect(open.map((p) => p.number)).toEqual([4]);
    expect(open[0]?.labels).toEqual(['dependencies', 'monopin']);
    expect(open[0]?.pull?.base.ref).toBe('main');

    firstCommit = branchSha() ?? '';
    expect(result.commitSha).toBe(firstCommit);
    const commit = object(firstCommit);
    expect(commit?.type === 'commit' && commit.parents).toEqual([repo.refs.get('refs/heads/main')]);
    expect(commit?.type === 'commit' && commit.message).toBe('Bump 2 constraint pins');
  });

  it('the commit holds the new file and keeps the rest of main (no stale file)', async () => {
    const { data } = await github.rest.git.getTree({ owner: OWNER, repo: REPO, tree_sha: firstCommit, recursive: 'true' });
    const paths = data.tree.filter((e) => e.type === 'blob').map((e) => e.path);
    expect(paths.sort()).toEqual([CONSTRAINTS, 'svc/a/requirements.txt']);
    const entry = data.tree.find((e) => e.path === CONSTRAINTS);
    const blob = object(entry?.sha ?? '');
    expect(blob?.type === 'blob' && blob.content.toString('utf8')).toBe(AFTER);
  });

  it('second run with a changed body updates the same PR and makes no new commit', async () => {
    const start = gh.requests.length;
    const result = await upsertBumpPr(github, options(body('-pydantic==2.10.4\n+pydantic==2.11.1\n-requests==2.32.3\n+requests==2.32.4\n')));
    expect(result).toMatchObject({ action: 'updated', number: 4, commitSha: firstCommit });
    expect(pulls().filter((p) => p.state === 'open')).toHaveLength(1);
    expect(pulls().find((p) => p.number === 4)?.body).toContain('+requests==2.32.4');
    expect(branchSha()).toBe(firstCommit);
    expect(writesSince(start)).toEqual(['git/create-tree', 'pulls/update']);
  });

  it('same content and body: unchanged, no commit, no PR write', async () => {
    const start = gh.requests.length;
    const result = await upsertBumpPr(github, options(body('-pydantic==2.10.4\n+pydantic==2.11.1\n-requests==2.32.3\n+requests==2.32.4\n')));
    expect(result).toMatchObject({ action: 'unchanged', number: 4, commitSha: firstCommit });
    expect(writesSince(start)).toEqual(['git/create-tree']);
  });

  it('main moved: the branch is rebuilt on the new main (force), same PR', async () => {
    const mainSha = gh.commit({ owner: OWNER, repo: REPO, branch: 'main', files: { 'svc/b/requirements.txt': 'requests\n' } });
    const result = await upsertBumpPr(github, options(body('-pydantic==2.10.4\n+pydantic==2.11.1\n-requests==2.32.3\n+requests==2.32.4\n')));
    expect(result).toMatchObject({ action: 'updated', number: 4 });
    const commit = object(branchSha() ?? '');
    expect(branchSha()).not.toBe(firstCommit);
    expect(commit?.type === 'commit' && commit.parents).toEqual([mainSha]);
    expect(pulls().filter((p) => p.state === 'open')).toHaveLength(1);
  });
});

describe('readMaintainerState', () => {
  it('turns a closed PR, an unchecked line and writers\' commands into rules; readers are ignored', async () => {
    const open = pulls().find((p) => p.number === 4);
    if (!open?.body) throw new Error('no open bump PR');
    open.body = open.body.replace('- [x] **pydantic**', '- [ ] **pydantic**');
    gh.addComment({ owner: OWNER, repo: REPO, issueNumber: 4, body: 'Looks good', asUser: 'carol' });
    const reader = gh.addComment({ owner: OWNER, repo: REPO, issueNumber: 4, body: '/monopin ignore pydantic', asUser: 'mallory' });
    const writer = gh.addComment({ owner: OWNER, repo: REPO, issueNumber: 4, body: '/monopin ignore Typing_Extensions major', asUser: 'bob' });

    const state = await readMaintainerState(github, { owner: OWNER, repo: REPO, branch: DEFAULT_BUMP_BRANCH });
    expect(state.openPr?.number).toBe(4);
    expect(state.openPr?.url).toMatch(/\/acme\/mono\/pull\/4$/);
    expect(state.recreate).toBe(false);
    expect(state.rules).toEqual([
      { name: 'flask', version: '3.1.0', source: 'closed #1' },
      { name: 'pydantic', version: '2.11.1', source: 'unchecked in #4' },
      { name: 'requests', version: '2.33.0', source: 'comment by alice' },
      { name: 'typing-extensions', updateTypes: ['major'], source: 'comment by bob' },
    ]);
    expect(state.carry).toEqual([{ name: 'pydantic', version: '2.11.1', source: 'unchecked in #4' }]);
    expect(state.handled.map((h) => [h.issueNumber, h.ok, h.acknowledged])).toEqual([
      [1, true, false],
      [4, false, false],
      [4, true, false],
    ]);
    expect(state.handled[1]?.reply).toBe('Ignored: mallory does not have write access to this repository.');

    const start = gh.requests.length;
    expect(await acknowledge(github, { owner: OWNER, repo: REPO }, state.handled)).toBe(3);
    expect(writesSince(start)).toHaveLength(3);
    expect(gh.state.reactionsOf(reader.id).map((r) => [r.content, r.user])).toEqual([['confused', 'github-actions[bot]']]);
    expect(gh.state.reactionsOf(writer.id).map((r) => r.content)).toEqual(['+1']);

    // A re-run sees its own reactions and reacts no more.
    const again = await readMaintainerState(github, { owner: OWNER, repo: REPO, branch: DEFAULT_BUMP_BRANCH });
    expect(again.rules).toEqual(state.rules);
    expect(again.handled.every((h) => h.acknowledged)).toBe(true);
    const before = gh.requests.length;
    expect(await acknowledge(github, { owner: OWNER, repo: REPO }, again.handled)).toBe(0);
    expect(writesSince(before)).toEqual([]);
  });

  it('recreate is seen once, and drops the open PR\'s unchecked lines', async () => {
    gh.addComment({ owner: OWNER, repo: REPO, issueNumber: 4, body: '/monopin recreate', asUser: 'alice' });
    const state = await readMaintainerState(github, { owner: OWNER, repo: REPO, branch: DEFAULT_BUMP_BRANCH });
    expect(state.recreate).toBe(true);
    expect(state.rules.map((r) => r.source)).not.toContain('unchecked in #4');
    await acknowledge(github, { owner: OWNER, repo: REPO }, state.handled);
    const after = await readMaintainerState(github, { owner: OWNER, repo: REPO, branch: DEFAULT_BUMP_BRANCH });
    expect(after.recreate).toBe(false);
  });
});

describe('nothing left to bump', () => {
  it('closes the open PR with a comment, marked so it is not read as a rejection; a re-run does nothing', async () => {
    const result = await upsertBumpPr(github, { ...options('unused'), files: [] });
    expect(result).toMatchObject({ action: 'closed', number: 4 });
    const pr = pulls().find((p) => p.number === 4);
    expect(pr?.state).toBe('closed');
    expect(pr?.body?.startsWith(SUPERSEDED_MARKER)).toBe(true);
    expect(gh.state.commentsOf(repo, 4).at(-1)?.body).toContain('nothing to bump any more');

    const state = await readMaintainerState(github, { owner: OWNER, repo: REPO, branch: DEFAULT_BUMP_BRANCH });
    expect(state.openPr).toBeUndefined();
    expect(state.rules.map((r) => r.source)).not.toContain('closed #4');

    const start = gh.requests.length;
    expect(await upsertBumpPr(github, { ...options('unused'), files: [{ path: CONSTRAINTS, content: BEFORE }] })).toEqual({ action: 'skipped' });
    expect(writesSince(start)).toEqual(['git/create-tree']);
  });
});
