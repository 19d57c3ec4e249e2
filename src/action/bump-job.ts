// The weekly job: plan the bumps on the default branch, keep one PR with them, honour maintainers' answers.
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import { createFsReader } from '../adapters/fs-reader.js';
import { inferPythonVersion, targetEnvironment } from '../bump/environment.js';
import { policyFrom } from '../bump/policy-from-config.js';
import { renderBumpPrBody } from '../bump/pr-body.js';
import { prepareBump } from '../bump/prepare.js';
import { estimateBumpSizes } from '../bump/size-section.js';
import { describeApiError, type GitHubClient } from '../github/client.js';
import { upsertBumpPr } from '../github/bump-pr.js';
import { acknowledge, readMaintainerState } from '../github/maintainer-state.js';
import { createIndexClient } from '../index/client.js';
import { releasesOf } from '../index/filenames.js';
import { scanRepository } from '../scan.js';
import { renderSizeSection } from '../size/render.js';
import type { EventInfo } from './event.js';
import type { Runner } from './runner.js';
import { renderRebuildSection } from '../build/render-rebuild.js';
import { planRebuild } from '../rebuild-command.js';

export interface BumpJob {
  config: Config;
  event: EventInfo;
  root: string;
  runUrl: string;
  github?: GitHubClient;
  runner: Runner;
  cacheDir?: string;
  now?: Date;
}

export async function runBumpJob(job: BumpJob): Promise<void> {
  const { runner, event, config } = job;
  const github = job.github;
  if (!github) throw new Error('the bump needs a github-token with contents: write and pull-requests: write');
  const target = { owner: event.owner, repo: event.repo };

  const { workspace } = await runner.group('Scan the default branch', () => scanRepository(createFsReader(resolve(job.root)), config));
  if (!workspace.constraintsFile) throw new Error('no central constraints file found: set constraints in .github/monopin.yml or the constraints input');

  const state = await runner.group('Read maintainers’ answers', async () => {
    const s = await readMaintainerState(github, { ...target, branch: config.bump.branch });
    runner.info(`${s.rules.length} rejections and ignores; ${s.handled.length} commands; open PR: ${s.openPr?.url ?? 'none'}`);
    return s;
  });
  const pythonVersion = config.bump.pythonVersion ?? inferPythonVersion(workspace) ?? '3.12';
  const index = createIndexClient({ indexUrl: config.bump.indexUrl, extraIndexUrls: config.bump.extraIndexUrls, cacheDir: job.cacheDir, log: (m) => runner.debug(m) });
  const reader = createFsReader(resolve(job.root));
  const prepared = await runner.group(`Plan (Python ${pythonVersion}, index ${redact(config.bump.indexUrl)})`, async () => {
    const p = await prepareBump({
      workspace,
      readText: async (path) => new TextDecoder().decode(await reader.read(path)),
      index,
      releasesOf,
      policy: policyFrom(config.bump, { now: job.now ?? new Date(), pythonVersion, extraRules: state.rules }),
      environment: targetEnvironment(pythonVersion),
    });
    const stats = index.stats();
    runner.info(`${p.plan.bumps.length} bumps, ${p.plan.held.length} held, ${p.plan.errors.length} index errors; ${stats.projectRequests} project requests, ${stats.metadataRequests} metadata requests`);
    for (const e of p.plan.errors) runner.warning(`index: ${e.name}: ${e.message}`);
    return p;
  });

  const sizes = await runner.group('Estimate image sizes', async () => {
    const results = await estimateBumpSizes({ workspace, config, changes: prepared.plan.bumps, index, pythonVersion, onNote: (note) => runner.warning(note) });
    for (const r of results) runner.info(`${r.image}: ${r.deltaBytes} installed bytes, ${r.deltaCompressedBytes} compressed (${r.bytesFetched} bytes read)`);
    return results;
  });

  // The images the bumped packages touch, in FROM order: the PR shows them, a workflow fans out on the matrix.
  const rebuild = planRebuild({ workspace, config, changedPackages: prepared.plan.bumps.map((b) => b.name), now: job.now ?? new Date() });
  runner.setOutput('rebuild-matrix', JSON.stringify({ include: rebuild.matrix.include }));

  const body = renderBumpPrBody({
    plan: prepared.plan,
    diff: prepared.diff,
    constraintsFile: workspace.constraintsFile,
    indexPageUrl: (name) => indexPage(config.bump.indexUrl, name),
    summaryUrl: job.runUrl,
    sizeSection: renderSizeSection(sizes),
    rebuildSection: prepared.plan.bumps.length > 0 ? renderRebuildSection(rebuild.matrix, rebuild.touch) : undefined,
    // Unchecked lines of the open PR stay rejected after their lines are gone (recreate already reset them).
    rejected: state.carry,
  });
  await runner.writeSummary(body);

  const result = await runner.group('Bump pull request', async () => {
    try {
      const { data: repo } = await github.rest.repos.get(target);
      const n = prepared.plan.bumps.length;
      return await upsertBumpPr(github, {
        ...target,
        baseBranch: repo.default_branch,
        branch: config.bump.branch,
        title: `Bump ${n} pin${n === 1 ? '' : 's'} in ${workspace.constraintsFile}`,
        body,
        labels: config.bump.labels,
        files: prepared.edits.map((e) => ({ path: e.path, content: e.after })),
      });
    } catch (error) {
      throw new Error(describeApiError(error, 'updating the bump pull request'));
    }
  });
  runner.info(`bump PR ${result.action}${result.url ? `: ${result.url}` : ''}`);
  await acknowledge(github, target, state.handled);

  runner.setOutput('bumps', prepared.plan.bumps.length);
  if (result.url) runner.setOutput('bump-pr-url', result.url);
}

/** https://pypi.org/simple → https://pypi.org/project/<name>/ ; other indexes → their simple page. */
function indexPage(indexUrl: string, name: string): string {
  if (/^https:\/\/pypi\.org\/simple\/?$/.test(indexUrl)) return `https://pypi.org/project/${name}/`;
  return `${redact(indexUrl).replace(/\/$/, '')}/${name}/`;
}

function redact(url: string): string {
  return url.replace(/\/\/[^/@]*@/, '//');
}
