// What the triggering event tells the action, read from the runner's payload.
import type { Mode } from './inputs.js';

export type Job = 'pull-request' | 'push' | 'bump' | 'comment' | 'rebuild' | 'unsupported';

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  headSha: string;
  baseRef: string;
  /** Head in another repository: the token is read-only, writes answer 403. */
  fromFork: boolean;
}

export interface EventInfo {
  name: string;
  job: Job;
  owner: string;
  repo: string;
  sha: string;
  pullRequest?: PullRequestInfo;
  /** push: the commit the branch pointed to before (absent for a new branch). */
  before?: string;
}

interface Payload {
  before?: string;
  pull_request?: {
    number: number;
    base: { sha: string; ref: string; repo?: { full_name?: string } };
    head: { sha: string; repo?: { full_name?: string } | null };
  };
}

export function jobFor(eventName: string, mode: Mode, hasPullRequest: boolean): Job {
  if (mode === 'bump' || mode === 'comment' || mode === 'rebuild') return mode;
  if (hasPullRequest && (eventName === 'pull_request' || eventName === 'pull_request_target' || mode === 'check')) return 'pull-request';
  if (mode === 'check') return 'push';
  switch (eventName) {
    case 'push':
      return 'push';
    case 'schedule':
    case 'workflow_dispatch':
      return 'bump';
    default:
      return 'unsupported';
  }
}

export function readEvent(options: { eventName: string; payload: unknown; repository: string; sha: string; mode: Mode }): EventInfo {
  const [owner = '', repo = ''] = options.repository.split('/');
  const pr = (options.payload as Payload | undefined)?.pull_request;
  const pullRequest: PullRequestInfo | undefined = pr
    ? {
        number: pr.number,
        baseSha: pr.base.sha,
        headSha: pr.head.sha,
        baseRef: pr.base.ref,
        fromFork: Boolean(pr.head.repo?.full_name && pr.base.repo?.full_name && pr.head.repo.full_name !== pr.base.repo.full_name),
      }
    : undefined;
  const before = (options.payload as Payload | undefined)?.before;
  return {
    name: options.eventName,
    job: jobFor(options.eventName, options.mode, pullRequest !== undefined),
    owner,
    repo,
    sha: options.sha,
    pullRequest,
    // All zeros: the branch is new, there is nothing before it.
    ...(typeof before === 'string' && /^[0-9a-f]{40}$/.test(before) && !/^0+$/.test(before) && { before }),
  };
}
