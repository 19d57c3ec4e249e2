// The runner's side effects the jobs need, behind one interface; main.ts wires @actions/core to it.
import * as core from '@actions/core';
import { escapeLog } from '../report/escape.js';
import type { AnnotationSink } from './annotations.js';

export interface Runner extends AnnotationSink {
  info(message: string): void;
  debug(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  setOutput(name: string, value: string | number): void;
  writeSummary(markdown: string): Promise<void>;
  setFailed(message: string): void;
}

export function actionsRunner(): Runner {
  return {
    // Messages quote repository paths and values: no terminal escapes, no forged workflow commands.
    info: (m) => core.info(escapeLog(m)),
    debug: (m) => core.debug(escapeLog(m)),
    warning: (m, p) => core.warning(escapeLog(m), p),
    error: (m, p) => core.error(escapeLog(m), p),
    notice: (m, p) => core.notice(escapeLog(m), p),
    group: (name, fn) => core.group(escapeLog(name), fn),
    setOutput: (name, value) => core.setOutput(name, value),
    writeSummary: async (markdown) => {
      // Without GITHUB_STEP_SUMMARY (a local run) there is nowhere to write: say so instead of failing.
      if (!process.env.GITHUB_STEP_SUMMARY) {
        core.info('GITHUB_STEP_SUMMARY is not set; job summary skipped');
        return;
      }
      await core.summary.addRaw(markdown, true).write();
    },
    setFailed: (m) => core.setFailed(escapeLog(m)),
  };
}
