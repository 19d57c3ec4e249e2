// The "Release notes" section of the bump PR: per bumped package, folded, its project page on the
// index, its changelog, and a compare view of the two tags on GitHub when they were found.
import { clip, codeSpan, escapeMarkdown } from '../report/escape.js';
import { compareUrl, releaseLinksOf, tagCandidates, type GitHubRepository } from './release-links.js';
import { safeUrl } from './safe-url.js';
import type { PackageIndex, PlannedBump } from './types.js';

export interface ReleaseNote {
  name: string;
  from: string;
  to: string;
  changelog?: string;
  compare?: string;
  repository?: string;
}

/** Finds the tag of `version` in a repository (the GitHub API); undefined when none of the names exist. */
export type TagLookup = (repository: GitHubRepository, tags: string[]) => Promise<string | undefined>;

/** Links per bump; a failing lookup only leaves its link out. Without `findTag` (no token) there is no compare link. */
export async function collectReleaseNotes(options: { bumps: PlannedBump[]; index: Pick<PackageIndex, 'metadata'>; findTag?: TagLookup }): Promise<ReleaseNote[]> {
  return Promise.all(
    options.bumps.map(async (bump): Promise<ReleaseNote> => {
      const note: ReleaseNote = { name: bump.name, from: bump.from, to: bump.to };
      const metadata = await options.index.metadata(bump.name, bump.to).catch(() => undefined);
      const links = releaseLinksOf(metadata);
      if (links.changelog !== undefined) note.changelog = links.changelog;
      if (links.repository !== undefined) {
        const repository = links.repository;
        note.repository = `https://github.com/${repository.owner}/${repository.repo}`;
        if (options.findTag !== undefined) {
          const [fromTag, toTag] = await Promise.all(
            [bump.from, bump.to].map((v) => options.findTag!(repository, tagCandidates(bump.name, v)).catch(() => undefined)),
          );
          if (fromTag !== undefined && toTag !== undefined) note.compare = compareUrl(repository, fromTag, toTag);
        }
      }
      return note;
    }),
  );
}

export function renderReleaseNotes(notes: ReleaseNote[], indexPageUrl: (name: string) => string): string {
  if (notes.length === 0) return '';
  const out = ['### Release notes', ''];
  for (const note of notes) {
    const links: string[] = [];
    const link = (label: string, url: string | undefined): void => {
      const safe = safeUrl(url);
      if (safe !== undefined) links.push(`- [${label}](${safe})`);
    };
    link('Changelog', note.changelog);
    link(`Compare ${note.from}...${note.to}`, note.compare);
    if (note.compare === undefined) link('Repository', note.repository);
    link('Project page', indexPageUrl(note.name));
    out.push(
      `<details><summary><b>${escapeMarkdown(note.name)}</b> ${codeSpan(note.from)} → ${codeSpan(note.to)}</summary>`,
      '',
      ...(links.length > 0 ? links : ['_No links in its metadata._']),
      '',
      '</details>',
      '',
    );
  }
  return clip(out.join('\n'), 60_000);
}
