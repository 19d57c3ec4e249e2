// The Action: reads inputs and the event once, picks the job, hands off. Exported, never runs on import.
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { DEFAULT_CONFIG_PATH, loadConfig } from './load-config.js';
import { readEvent } from './action/event.js';
import { readInputs, type Inputs } from './action/inputs.js';
import type { Config } from './config.js';
import { actionsRunner } from './action/runner.js';

// Each job's code (Octokit, the index and registry clients, BuildKit) is imported when that job runs.

/** The config's registries; GHCR falls back to the workflow's token (it reads packages with packages: read). */
async function registryFor(config: Config, inputs: Inputs) {
  const { registryClientFromConfig } = await import('./registry/from-config.js');
  return registryClientFromConfig(config, process.env, inputs.githubToken ? { 'ghcr.io': { username: process.env.GITHUB_ACTOR || 'monopin', password: inputs.githubToken } } : {});
}

export async function run(): Promise<void> {
  const runner = actionsRunner();
  try {
    const inputs = readInputs((name) => core.getInput(name));
    const event = readEvent({ eventName: context.eventName, payload: context.payload, repository: process.env.GITHUB_REPOSITORY ?? '', sha: context.sha, mode: inputs.mode });
    core.debug(`event ${event.name} → job ${event.job}; inputs ${JSON.stringify({ ...inputs, githubToken: inputs.githubToken ? '***' : undefined })}`);

    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const root = resolve(workspace, inputs.workingDirectory);
    const config = await loadConfig({
      root,
      configPath: inputs.config === DEFAULT_CONFIG_PATH ? undefined : inputs.config,
      overrides: { constraints: inputs.constraints, paths: inputs.paths, ignore: inputs.ignore, failOn: inputs.failOn },
    });
    if (inputs.indexUrl) config.bump = { ...config.bump, indexUrl: inputs.indexUrl };
    if (inputs.sizeBudget !== undefined) config.sizeBudget = inputs.sizeBudget;
    // On by default in the action: the input, else the config, else the public OSV API.
    config.advisories = inputs.advisories ?? config.advisories ?? 'osv';

    const runUrl = `${context.serverUrl}/${event.owner}/${event.repo}/actions/runs/${context.runId}`;
    const client = async () => {
      if (!inputs.githubToken) return undefined;
      const { createGitHubClient } = await import('./github/client.js');
      return createGitHubClient(inputs.githubToken, { warning: runner.warning, debug: runner.debug });
    };
    switch (event.job) {
      case 'pull-request':
      case 'push': {
        const { runCheckJob } = await import('./action/check-job.js');
        await runCheckJob({
          inputs,
          config,
          event,
          workspace,
          tempDir: process.env.RUNNER_TEMP ?? tmpdir(),
          runUrl,
          github: await client(),
          registry: await registryFor(config, inputs),
          runner,
        });
        return;
      }
      case 'comment': {
        const { runCommentJob } = await import('./action/comment-job.js');
        await runCommentJob({ inputs, event, workspace, runUrl, github: await client(), runner });
        return;
      }
      case 'bump': {
        const { runBumpJob } = await import('./action/bump-job.js');
        await runBumpJob({
          config,
          event,
          root,
          runUrl,
          github: await client(),
          runner,
          cacheDir: inputs.indexCache,
          securityOnly: inputs.securityOnly,
          ...(inputs.rebuild && { rebuild: { push: inputs.push, network: inputs.buildNetwork, registry: await registryFor(config, inputs) } }),
        });
        return;
      }
      case 'rebuild': {
        const { runRebuildJob } = await import('./action/rebuild-job.js');
        await runRebuildJob({ config, event, root, runner, push: inputs.push, network: inputs.buildNetwork, registry: await registryFor(config, inputs) });
        return;
      }
      case 'unsupported':
        runner.warning(`monopin: nothing to do on '${event.name}' events; run it on pull_request, push, schedule or workflow_dispatch (or set mode: check)`);
        return;
    }
  } catch (error) {
    // Input and config errors carry their own clear message; anything else is shown as it came.
    runner.setFailed(`monopin: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof Error && error.stack) runner.debug(error.stack);
  }
}
