// The Action: picks the job by event. Exported, never runs on import.
import * as core from '@actions/core';

export async function run(): Promise<void> {
  core.setFailed('monopin: the GitHub Action entry is not wired yet in this version; use the CLI (`monopin check`).');
}
