// The one Octokit the action uses: GITHUB_API_URL (GHES), proxy, retries on 5xx, and GitHub's rate limits respected.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { VERSION } from '../version.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientLog {
  warning(message: string): void;
  debug(message: string): void;
}

const MAX_RATE_LIMIT_RETRIES = 2;

export function createGitHubClient(token: string, log: ClientLog, options: { baseUrl?: string } = {}): GitHubClient {
  return getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      userAgent: `monopin/${VERSION}`,
      // Client errors are answers, not accidents: retrying them only burns the rate limit.
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
      throttle: {
        onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log.warning(`GitHub rate limit hit for ${request.method} ${request.url}; retrying after ${retryAfter}s`);
          return retryCount < MAX_RATE_LIMIT_RETRIES;
        },
        onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log.warning(`GitHub secondary rate limit hit for ${request.method} ${request.url}; retrying after ${retryAfter}s`);
          return retryCount < MAX_RATE_LIMIT_RETRIES;
        },
      },
    },
    throttling,
    retry,
  );
}

/** A status-bearing error from Octokit, whatever its class. */
export function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** `403 while creating the PR comment: Resource not accessible by integration` */
export function describeApiError(error: unknown, doing: string): string {
  const status = httpStatusOf(error);
  const message = error instanceof Error ? error.message : String(error);
  return status ? `GitHub API ${status} while ${doing}: ${message}` : `${doing} failed: ${message}`;
}
