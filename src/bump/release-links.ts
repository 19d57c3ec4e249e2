// Where a bump's release notes live, from the release's own metadata: the changelog or release
// notes among its Project-URLs, and its GitHub repository for a compare view. Pure.
import type { CoreMetadata } from './types.js';

export interface GitHubRepository {
  owner: string;
  repo: string;
}

export interface ReleaseLinks {
  changelog?: string;
  repository?: GitHubRepository;
}

// PEP 753's label normalization: lower case, no punctuation or white space.
const normalizeLabel = (label: string): string => label.toLowerCase().replace(/[^a-z0-9]/g, '');
const CHANGELOG_LABELS = ['changelog', 'changes', 'releasenotes', 'history', 'whatsnew', 'news', 'releases'];
const SOURCE_LABELS = ['source', 'sourcecode', 'repository', 'github', 'code', 'homepage'];

export function releaseLinksOf(metadata: CoreMetadata | undefined): ReleaseLinks {
  const links: ReleaseLinks = {};
  const urls = Object.entries(metadata?.projectUrls ?? {}).map(([label, url]) => ({ label: normalizeLabel(label), url }));
  const changelog = CHANGELOG_LABELS.map((l) => urls.find((u) => u.label === l && isHttp(u.url))).find((u) => u !== undefined);
  if (changelog !== undefined) links.changelog = changelog.url;
  for (const label of SOURCE_LABELS) {
    const repository = urls.filter((u) => u.label === label).map((u) => githubRepository(u.url)).find((r) => r !== undefined);
    if (repository !== undefined) {
      links.repository = repository;
      break;
    }
  }
  return links;
}

/** `https://github.com/owner/repo[.git][/…]` → owner and repo. */
export function githubRepository(url: string): GitHubRepository | undefined {
  const m = /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?(?:[/?#].*)?$/.exec(url.trim());
  if (m === null || m[2] === '.' || m[2] === '..') return undefined;
  return { owner: m[1]!, repo: m[2]! };
}

/** The tag names a project may use for `version`, most common first. */
export function tagCandidates(name: string, version: string): string[] {
  return [`v${version}`, version, `${name}-${version}`, `${name}-v${version}`, `${name}==${version}`, `release-${version}`];
}

export function compareUrl(repository: GitHubRepository, fromTag: string, toTag: string): string {
  return `https://github.com/${repository.owner}/${repository.repo}/compare/${encodeURIComponent(fromTag)}...${encodeURIComponent(toTag)}`;
}

function isHttp(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
