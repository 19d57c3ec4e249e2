// mode: comment — posts a report made by an earlier, untrusted run (the fork-safe workflow_run pattern).
// The report is data: it is checked for shape and every string in it is escaped by the renderer.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { GitHubClient } from '../github/client.js';
import { SCHEMA_VERSION, type Report } from '../report/types.js';
import type { EventInfo } from './event.js';
import type { Inputs } from './inputs.js';
import { InputError } from './inputs.js';
import type { Runner } from './runner.js';
import { postPullRequestComment } from './post-comment.js';

const MAX_REPORT_BYTES = 20 * 1024 * 1024;

export async function runCommentJob(job: { inputs: Inputs; event: EventInfo; workspace: string; runUrl: string; github?: GitHubClient; runner: Runner }): Promise<void> {
  const { inputs } = job;
  if (!inputs.reportFile || !inputs.pullRequest) throw new InputError("mode 'comment' needs the inputs 'report-file' and 'pull-request'");
  const report = await readReport(resolve(job.workspace, inputs.reportFile));
  if (!report.diff) throw new InputError(`${inputs.reportFile} has no base comparison: make it on a pull_request run`);
  await postPullRequestComment({ github: job.github, runner: job.runner, event: job.event, report, issueNumber: inputs.pullRequest, summaryUrl: job.runUrl });
}

async function readReport(path: string): Promise<Report> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`cannot read the report ${path}: ${error.code ?? error.message}`);
  });
  if (text.length > MAX_REPORT_BYTES) throw new InputError(`${path} is larger than ${MAX_REPORT_BYTES} bytes`);
  let data: Partial<Report>;
  try {
    data = JSON.parse(text) as Partial<Report>;
  } catch {
    throw new InputError(`${path} is not JSON`);
  }
  const arrays = ['files', 'requirements', 'services', 'packages', 'findings', 'skipped'] as const;
  if (data?.schemaVersion !== SCHEMA_VERSION || arrays.some((k) => !Array.isArray(data[k])) || (data.diff && (!Array.isArray(data.diff.introduced) || !Array.isArray(data.diff.fixed)))) {
    throw new InputError(`${path} is not a monopin report (schemaVersion ${SCHEMA_VERSION})`);
  }
  return data as Report;
}
