// The weekly job: plan the bumps on the default branch, keep one PR with them, honour maintainers' answers.
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import { planCheckoutBump } from '../bump/plan-checkout.js';
import { renderBumpPrBody } from '../bump/pr-body.js';
import { renderMigrationSection, servicesReached } from '../bump/migration-section.js';
import { migrationOrder } from '../model/migration-order.js';
import { bumpOutcome } from '../bump/outcome.js';
import { collectReleaseNotes, renderReleaseNotes } from '../bump/release-notes.js';
import { createTagLookup } from '../github/release-tags.js';
import { describeApiError, type GitHubClient } from '../github/client.js';
import { upsertBumpPr } from '../github/bump-pr.js';
import { acknowledge, readMaintainerState } from '../github/maintainer-state.js';
import { redactUrl } from '../index/errors.js';
import { plural } from '../report/text.js';
import { renderSizeSection } from '../size/render.js';
import type { RebuildStepResult } from '../rebuild/rebuild-and-measure.js';
import { renderRebuildResults, renderRebuildSection } from '../rebuild/render-rebuild.js';
import { planRebuild, type RebuildPlan } from '../rebuild-command.js';
import type { EventInfo } from './event.js';
import type { Runner } from './runner.js';
import { setRebuildOutputs } from './rebuild-outputs.js';
import { rebuildInAction, type ActionRebuild } from './rebuild-step.js';
import { logSizes } from './size-log.js';

export interface BumpJob {
  config: Config;
  event: EventInfo;
  root: string;
  runUrl: string;
  github?: GitHubClient;
  runner: Runner;
  cacheDir?: string;
  now?: Date;
  /** Build (and push) the touched images after planning; the registry measures what was pushed. */
  rebuild?: ActionRebuild;
  /** Only the security moves, in their own PR (branch `<bump-branch>-security`). */
  securityOnly?: boolean;
}

export async function runBumpJob(job: BumpJob): Promise<void> {
  const { runner, event } = job;
  // The security PR is a second, smaller PR beside the weekly one: its own branch, so each keeps its answers.
  const config = job.securityOnly ? { ...job.config, bump: { ...job.config.bump, branch: `${job.config.bump.branch}-security` } } : job.config;
  const github = job.github;
  if (!github) throw new Error('the bump needs a github-token with contents: write and pull-requests: write');
  const target = { owner: event.owner, repo: event.repo };

  const state = await runner.group('Read maintainers’ answers', async () => {
    const s = await readMaintainerState(github, { ...target, branch: config.bump.branch });
    runner.info(`${s.rules.length} rejections and ignores; ${s.handled.length} commands; open PR: ${s.openPr?.url ?? 'none'}`);
    return s;
  });

  const { workspace, prepared, sizes, index, pythonVersion } = await runner.group(`Plan on the default branch (index ${redactUrl(config.bump.indexUrl)})`, () =>
    planCheckoutBump({
      root: resolve(job.root),
      config,
      now: job.now ?? new Date(),
      extraRules: state.rules,
      cacheDir: job.cacheDir,
      securityOnly: job.securityOnly,
      log: (m) => runner.debug(m),
      onNote: (note) => runner.warning(note),
    }),
  );
  const stats = index.stats();
  runner.info(
    `Python ${pythonVersion}: ${prepared.plan.bumps.length} bumps, ${prepared.plan.held.length} held, ${prepared.plan.errors.length} index errors; ${stats.projectRequests} project requests, ${stats.metadataRequests} metadata requests`,
  );
  for (const e of prepared.plan.errors) runner.warning(`index: ${e.name}: ${e.message}`);
  // A dead index plans nothing: fail rather than open (or empty) the PR on a green run.
  const outcome = bumpOutcome(prepared.plan, prepared.pages.size);
  if (outcome.exitCode === 2) throw new Error(`monopin: ${outcome.summary}`);
  if (prepared.advisoriesFailed !== undefined) {
    // Without advisories a security-only plan is empty: fail instead of closing the open security PR as done.
    if (job.securityOnly) {
      runner.setFailed(`monopin: ${prepared.advisoriesFailed}; the security PR is left as it is`);
      return;
    }
    runner.warning(`monopin: ${prepared.advisoriesFailed}`);
  }
  const securityMoves = prepared.plan.bumps.filter((b) => b.security).length;
  logSizes(runner, sizes, []);

  // The images the bumped packages touch, in FROM order: the PR shows them, a workflow fans out on the matrix.
  const rebuild = planRebuild({ workspace, config, changedPackages: prepared.plan.bumps.map((b) => b.name), now: job.now ?? new Date() });
  const bumped = prepared.plan.bumps.length > 0;
  setRebuildOutputs(runner, bumped ? rebuild.matrix : { waves: [], include: [] });

  let built: RebuildStepResult | undefined;
  if (job.rebuild && bumped && rebuild.matrix.include.length > 0) {
    built = await rebuildInAction(runner, { ...job.rebuild, root: resolve(job.root), matrix: rebuild.matrix, edits: prepared.edits });
  }

  const releaseNotes = await runner.group('Release notes', async () =>
    renderReleaseNotes(await collectReleaseNotes({ bumps: prepared.plan.bumps, index, findTag: createTagLookup(github) }), (name) => indexPage(config.bump.indexUrl, name)),
  );
  const body = renderBumpPrBody({
    plan: prepared.plan,
    releaseNotes,
    diff: prepared.diff,
    constraintsFile: workspace.constraintsFile,
    indexPageUrl: (name) => indexPage(config.bump.indexUrl, name),
    summaryUrl: job.runUrl,
    sizeSection: renderSizeSection(sizes, { measured: built?.measured ?? [], fold: true }),
    rebuildSection: bumped ? rebuildSection(rebuild, built, job.rebuild?.push ?? false) : undefined,
    // Which services to roll out first: those the pins reach, dependencies first (the whole order: `monopin order`).
    migrationSection: bumped
      ? renderMigrationSection(migrationOrder(workspace, []), servicesReached(workspace, prepared.plan.bumps.map((b) => b.name), rebuild.matrix.include.map((e) => e.image)))
      : undefined,
    // Unchecked lines of the open PR stay rejected after their lines are gone (recreate already reset them).
    rejected: state.carry,
  });
  await runner.writeSummary(body);

  const result = await runner.group('Bump pull request', async () => {
    try {
      const { data: repo } = await github.rest.repos.get(target);
      return await upsertBumpPr(github, {
        ...target,
        baseBranch: repo.default_branch,
        branch: config.bump.branch,
        title: `${job.securityOnly ? 'Security: bump' : 'Bump'} ${plural(prepared.plan.bumps.length, 'pin')} in ${workspace.constraintsFile}`,
        body,
        labels: securityMoves > 0 ? [...new Set([...config.bump.labels, 'security'])] : config.bump.labels,
        files: prepared.edits.map((e) => ({ path: e.path, content: e.after })),
      });
    } catch (error) {
      throw new Error(describeApiError(error, 'updating the bump pull request'));
    }
  });
  runner.info(`bump PR ${result.action}${result.url ? `: ${result.url}` : ''}`);
  await acknowledge(github, target, state.handled);

  runner.setOutput('bumps', prepared.plan.bumps.length);
  runner.setOutput('security-bumps', securityMoves);
  if (result.url) runner.setOutput('bump-pr-url', result.url);
  // The PR stands either way, with the failure in its body; the job fails so nobody merges blind.
  if (built?.failure !== undefined) runner.setFailed(`monopin: the rebuild failed: ${built.failure.split('\n')[0]}`);
}

function rebuildSection(plan: RebuildPlan, built: RebuildStepResult | undefined, pushed: boolean): string {
  const section = renderRebuildSection(plan.matrix, plan.touch);
  return built ? `${section}\n\n${renderRebuildResults(built.results, { pushed, ...(built.failure !== undefined && { failure: built.failure }) })}` : section;
}

/** https://pypi.org/simple → https://pypi.org/project/<name>/ ; other indexes → their simple page. */
function indexPage(indexUrl: string, name: string): string {
  if (/^https:\/\/pypi\.org\/simple\/?$/.test(indexUrl)) return `https://pypi.org/project/${name}/`;
  return `${redactUrl(indexUrl).replace(/\/$/, '')}/${name}/`;
}
