// The check on pull requests (head vs base: introduced / fixed) and on pushes (whole repository).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fails } from '../checks/gate.js';
import type { Config } from '../config.js';
import { createFsReader } from '../adapters/fs-reader.js';
import { scanRevision } from '../adapters/base-reader.js';
import { ensureCommit } from '../adapters/git-fetch.js';
import { changedFiles } from '../adapters/git-changes.js';
import type { GitHubClient } from '../github/client.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { migrationOrder } from '../model/migration-order.js';
import { renderSarif } from '../report/sarif.js';
import { describeBreach, renderSizeSection, sizeBudgetExceeded, type BudgetBreach } from '../size/render.js';
import { measurePrSizes } from '../size/pr-measure.js';
import type { RegistryClient } from '../registry/client.js';
import { buildReport, scanRepository, type ScanResult } from '../scan.js';
import { annotate } from './annotations.js';
import type { EventInfo } from './event.js';
import type { Inputs } from './inputs.js';
import { postPullRequestComment } from './post-comment.js';
import { logSizes } from './size-log.js';
import { estimatePrSizes, sizeIndexUrl } from '../bump/pr-sizes.js';
import type { Runner } from './runner.js';
import { createAdvisorySource } from '../advisories/source.js';
import { applyAdvisories } from '../advisories/scan-advisories.js';

export interface CheckJob {
  inputs: Inputs;
  config: Config;
  event: EventInfo;
  /** GITHUB_WORKSPACE: the checkout. */
  workspace: string;
  /** RUNNER_TEMP, for the JSON report. */
  tempDir: string;
  runUrl: string;
  github?: GitHubClient;
  /** Reads the PR's images when config measure is set. */
  registry: RegistryClient;
  runner: Runner;
}

// The step summary takes up to 1 MiB.
const SUMMARY_LIMIT = 1_000_000;

export async function runCheckJob(job: CheckJob): Promise<void> {
  const { runner, event } = job;
  const root = resolve(job.workspace, job.inputs.workingDirectory);
  const rootLabel = relative(job.workspace, root) || '.';
  const pr = event.job === 'pull-request' ? event.pullRequest : undefined;

  let head = await runner.group('Scan the checkout', () => scanRepository(createFsReader(root), job.config));
  const central = head.workspace.constraintsFile;
  const how = central === undefined ? '' : job.config.constraints ? ' (configured)' : ' (the constraints file most used through -c; the constraints input or config key chooses another)';
  runner.info(`${head.workspace.files.length} files, ${head.workspace.services.length} services, ${head.findings.length} findings; constraints: ${central ?? 'none found'}${how}`);

  let base: { ref: string; result: ScanResult } | undefined;
  if (pr) {
    base = await runner.group(`Scan the base ${pr.baseRef} (${pr.baseSha.slice(0, 7)})`, async () => {
      if (await ensureCommit(root, pr.baseSha)) runner.info(`fetched ${pr.baseSha} from origin`);
      return { ref: pr.baseSha, result: await scanRevision(root, pr.baseSha, job.config) };
    });
  }
  const source = createAdvisorySource(job.config.advisories, {
    root,
    ...(job.inputs.indexCache !== undefined && { cacheDir: join(resolve(job.workspace, job.inputs.indexCache), 'osv') }),
    log: (m) => runner.debug(m),
  });
  const checked =
    source === undefined
      ? { head, base: base?.result, report: undefined }
      : await runner.group(`Security advisories (${source.label})`, async () => {
          const result = await applyAdvisories({ head, base: base?.result, config: job.config, source });
          if (result.report?.warning !== undefined) runner.warning(`monopin: ${result.report.warning}`);
          else if (result.report !== undefined) runner.info(`${result.report.queried} pins asked, ${result.report.vulnerable} vulnerable, ${result.report.ignored.length} ignored`);
          return result;
        });
  head = checked.head;
  if (base && checked.base) base = { ref: base.ref, result: checked.base };
  const report = buildReport(head, { root: rootLabel, base });
  if (checked.report !== undefined) report.advisories = checked.report;
  const gating = report.diff ? report.diff.introduced : report.findings;

  // Opt-in: estimates with an index (input or config index-url), measurements with config measure.
  let sizeSection: string | undefined;
  let breaches: BudgetBreach[] = [];
  const indexUrl = sizeIndexUrl(job.config, job.inputs.indexUrl);
  if (pr && base && (indexUrl !== undefined || job.config.measure)) {
    const baseWorkspace = base.result.workspace;
    sizeSection = await runner.group('Image sizes', async () => {
      const note = (text: string) => runner.warning(text);
      const { changes, results } = await estimatePrSizes({ base: baseWorkspace, head: head.workspace, config: job.config, indexUrl, onNote: note, log: (m) => runner.debug(m) });
      runner.info(`${changes.length} changed pin(s): ${changes.map((c) => `${c.name} ${c.from ?? '(added)'} → ${c.to ?? '(removed)'}`).join(', ') || 'none'}`);
      // The checkout (the PR's merge commit) against its base: Dockerfile-only changes are measured too.
      const measure = async () => {
        const files = await changedFiles(root, pr.baseSha);
        return measurePrSizes({ head: head.workspace, config: job.config, changedPackages: changes.map((c) => c.name), changedFiles: files, registry: job.registry, values: { pr: pr.number, sha: pr.headSha, base: pr.baseRef } });
      };
      const measured = await (job.config.measure ? measure() : Promise.resolve({ results: [], notes: [] })).catch((error: unknown) => ({
        results: [],
        notes: [`image sizes not measured: ${error instanceof Error ? error.message : String(error)}`],
      }));
      measured.notes.forEach(note);
      logSizes(runner, results, measured.results);
      if (job.config.sizeBudget !== undefined) breaches = sizeBudgetExceeded(results, job.config.sizeBudget);
      return renderSizeSection(results, { measured: measured.results }) || undefined;
    });
  }

  await runner.group('Report', async () => {
    const jsonPath = join(job.tempDir, 'monopin-report.json');
    await writeFile(jsonPath, renderJson(report));
    runner.setOutput('report-json', jsonPath);
    if (job.inputs.sarifFile) {
      const sarifPath = resolve(job.workspace, job.inputs.sarifFile);
      await mkdir(dirname(sarifPath), { recursive: true });
      await writeFile(sarifPath, renderSarif(report));
      runner.info(`SARIF written to ${sarifPath}`);
    }
    // On a PR only what it introduced is annotated; on a push, errors and what fails the check.
    const toAnnotate = pr ? gating : report.findings.filter((f) => f.severity === 'error' || fails([f], job.config.failOn));
    annotate(toAnnotate, runner, rootLabel);
    // A push reports the whole repository: its summary carries the migration order (dependencies first).
    const order = pr ? undefined : migrationOrder(head.workspace, head.findings);
    await runner.writeSummary(renderMarkdown(report, { maxLength: SUMMARY_LIMIT, ...(sizeSection !== undefined && { sizeSection }), ...(order !== undefined && { order }) }));
  });

  if (pr && job.inputs.comment) {
    await runner.group('Pull request comment', () =>
      postPullRequestComment({ github: job.github, runner, event, report, issueNumber: pr.number, summaryUrl: job.runUrl, sizeSection }),
    );
  }

  runner.setOutput('conflicts', report.findings.filter((f) => f.rule === 'conflict').length);
  runner.setOutput('vulnerable', report.findings.filter((f) => f.rule === 'vulnerable-pin').length);
  runner.setOutput('introduced', gating.length);
  runner.setOutput('fixed', report.diff?.fixed.length ?? 0);

  for (const b of breaches) runner.setFailed(`monopin: ${describeBreach(b, job.config.sizeBudget!)}`);
  if (fails(gating, job.config.failOn)) {
    const what = pr ? 'introduced by this pull request' : 'in the repository';
    runner.setFailed(`monopin: ${gating.length} finding(s) ${what} at or above '${job.config.failOn}' — see the annotations and the job summary`);
  }
}
