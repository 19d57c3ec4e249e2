// Security advisories through the bundled action (dist/index.js): the sticky comment of a PR that
// introduces a vulnerable pin, and the daily security-only bump PR, against the GitHub emulator,
// the OSV emulator (saved public records) and a built index.
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator/index.js';
import { git, makeRepo } from '../support/git-repo.js';
import { buildIndex } from '../support/package-index/build.js';
import { loadRecords, serveOsv, type OsvEmulator } from '../support/osv-emulator.js';
import { readTree } from '../support/read-tree.js';
import { runAction } from '../support/run-action.js';
import { VULNERABLE_UNIVERSE } from '../support/vulnerable-universe.js';

const MARKER = '<!-- monopin:sticky-comment -->';

describe('the action with security advisories', () => {
  let gh: GitHubEmulator;
  let osv: OsvEmulator;

  beforeAll(async () => {
    gh = await startGitHubEmulator();
    osv = await serveOsv(await loadRecords('test/fixtures/osv'));
  });
  afterAll(async () => {
    await gh.close();
    await osv.close();
  });

  it('puts a vulnerable pin the PR introduces first in the sticky comment and fails the check', async () => {
    gh.addRepo({ owner: 'acme', name: 'mono' });
    const prNumber = gh.addPullRequest({ owner: 'acme', repo: 'mono', head: 'downgrade' }).number;
    const workspace = await mkdtemp(join(tmpdir(), 'monopin-adv-pr-'));
    await cp('test/fixtures/vulnerable-monorepo', workspace, { recursive: true });
    const constraints = join(workspace, 'docker/base/requirements-constraints.txt');
    const text = await readFile(constraints, 'utf8');
    await writeFile(constraints, text.replace('requests==2.31.0', 'requests==2.32.2'));
    const baseSha = makeRepo(workspace);
    await writeFile(constraints, text);
    git(workspace, 'commit', '-qam', 'pin requests 2.31.0');
    const headSha = git(workspace, 'rev-parse', 'HEAD');
    const repo = (full: string) => ({ full_name: full, name: full.split('/')[1], owner: { login: full.split('/')[0] } });
    const payload = {
      action: 'synchronize',
      number: prNumber,
      pull_request: { number: prNumber, base: { ref: 'main', sha: baseSha, repo: repo('acme/mono') }, head: { ref: 'downgrade', sha: headSha, repo: repo('acme/mono') } },
      repository: repo('acme/mono'),
    };

    const run = await runAction({ gh, workspace, eventName: 'pull_request', payload, token: gh.token, inputs: { advisories: osv.url, 'fail-on': 'warning' } });
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ introduced: '1', fixed: '0', vulnerable: '8' });
    expect(run.stdout).toMatch(/::warning title=monopin vulnerable-pin%3A requests,file=docker\/base\/requirements-constraints\.txt,line=1,col=1::requests==2\.31\.0 has 1 advisory: GHSA-9wx4-h78v-vm56/);

    const comments = [...gh.state.comments.values()].filter((c) => c.issueNumber === prNumber);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body.startsWith(MARKER)).toBe(true);
    const table = body.indexOf('#### 🔒 Vulnerable pins (8)');
    expect(table).toBeGreaterThan(0);
    expect(table).toBeLessThan(body.indexOf('#### Introduced'));
    expect(body).toContain('[GHSA-9wx4-h78v-vm56](https://github.com/advisories/GHSA-9wx4-h78v-vm56) (CVE-2024-35195) moderate 5.6');
    const introduced = body.slice(body.indexOf('#### Introduced'), body.indexOf('#### Fixed'));
    // The introduced table names the package and rule; its folded details name the advisory.
    expect(introduced).toMatch(/\| requests \| [^|]*`vulnerable-pin` \|/);
    expect(introduced).toMatch(/requirements-constraints\.txt:1`: requests==2\.31\.0 has 1 advisory: GHSA-9wx4-h78v-vm56/);
    expect(run.summary.indexOf('Vulnerable pins')).toBeLessThan(run.summary.indexOf('#### Introduced'));
    expect(gh.violations).toEqual([]);
  });

  const securityPrs = () => [...gh.state.issues.values()].filter((i) => i.pull !== undefined && i.pull.head.ref === 'monopin/constraints-security');
  let securityRun: (advisories: string) => ReturnType<typeof runAction>;

  it('opens the daily security PR with only the security moves, the security label and the advisories named', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'monopin-adv-bump-'));
    await cp('test/fixtures/vulnerable-monorepo', workspace, { recursive: true });
    makeRepo(workspace);
    const indexUrl = (await buildIndex(await mkdtemp(join(tmpdir(), 'monopin-adv-index-')), VULNERABLE_UNIVERSE)).fileUrl;
    gh.addRepo({ owner: 'acme', name: 'secure', files: await readTree(workspace) });
    securityRun = (advisories) =>
      runAction({
        gh,
        workspace,
        eventName: 'schedule',
        payload: { schedule: '0 5 * * *', repository: { full_name: 'acme/secure', name: 'secure', owner: { login: 'acme' } } },
        token: gh.token,
        inputs: { 'index-url': indexUrl, advisories, 'security-only': 'true', 'index-cache': join(workspace, '.cache') },
        env: { GITHUB_REPOSITORY: 'acme/secure' },
      });
    const run = await securityRun(osv.url);
    expect(run.stdout).not.toMatch(/::error::/);
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ bumps: '3', 'security-bumps': '3' });
    const prs = securityPrs();
    expect(prs).toHaveLength(1);
    const pr = prs[0]!;
    expect(pr.title).toBe('Security: bump 3 pins in docker/base/requirements-constraints.txt');
    expect(pr.labels).toEqual(expect.arrayContaining(['dependencies', 'monopin', 'security']));
    const body = pr.body ?? '';
    expect(body).toContain('🔒 Fixes 4 security advisories: GHSA-h5c8-rqwp-cp95, GHSA-h75v-3vvj-5mfj, GHSA-9wx4-h78v-vm56, GHSA-34jh-p97f-mpxf. 1 vulnerable pin held back (see below): aiohttp.');
    expect(body).toMatch(/^- \[x\] \*\*requests\*\* `2\.31\.0` → `2\.32\.2` · minor · .* · 🔒 fixes \[GHSA-9wx4-h78v-vm56\]\(https:\/\/github\.com\/advisories\/GHSA-9wx4-h78v-vm56\) \(CVE-2024-35195\) moderate$/m);
    expect(body).toMatch(/\| aiohttp \| `3\.9\.1` \| `3\.9\.5` \| security: 3\.9\.2 fixes GHSA-5h86-8mv2-jq9f but is blocked: services\/legacy\/requirements\.txt:1 \(service legacy\) requires/);
    expect(body).not.toMatch(/\*\*fastapi\*\*/);
    // the advisory records went into the index cache folder, for actions/cache
    expect((await readdir(join(workspace, '.cache', 'osv'))).length).toBeGreaterThan(0);
    expect(gh.violations).toEqual([]);
  });

  it('fails and leaves the security PR open when the advisories cannot be read', async () => {
    const gone = await serveOsv([]);
    await gone.close();
    const run = await securityRun(gone.url);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::error::monopin: advisories not checked \(http:\/\/127\.0\.0\.1:\d+\): could not reach .*; the security PR is left as it is/);
    expect(securityPrs().map((pr) => pr.state)).toEqual(['open']);
    expect(gh.violations).toEqual([]);
  }, 30_000);
});
