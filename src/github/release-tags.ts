// Tags of a dependency's repository through the GitHub API, for the compare links of the bump PR.
import type { GitHubRepository, TagLookup } from '../bump/github-contract.js';
import { httpStatusOf, type GitHubClient } from './client.js';

/** The first of `tags` that exists in the repository, one GET per name tried; a 404 tries the next. */
export function createTagLookup(github: GitHubClient): TagLookup {
  return async (repository: GitHubRepository, tags: string[]) => {
    for (const tag of tags) {
      try {
        await github.rest.git.getRef({ owner: repository.owner, repo: repository.repo, ref: `tags/${tag}` });
        return tag;
      } catch (error) {
        if (httpStatusOf(error) === 404) continue;
        throw error;
      }
    }
    return undefined;
  };
}
