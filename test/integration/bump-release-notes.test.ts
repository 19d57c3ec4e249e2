// Release-note links of the bump PR: Project-URL metadata from a real test index, tags looked up
// in the GitHub emulator (every request and answer checked against GitHub's OpenAPI description).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectReleaseNotes, renderReleaseNotes } from '../../src/bump/release-notes.js';
import type { PlannedBump } from '../../src/bump/types.js';
import { createGitHubClient } from '../../src/github/client.js';
import { createTagLookup } from '../../src/github/release-tags.js';
import { createIndexClient } from '../../src/index/client.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator/index.js';
import { buildIndex, type BuiltIndex } from '../support/package-index/build.js';

const bump = (name: string, from: string, to: string): PlannedBump => ({ name, from, to, updateType: 'minor', consumers: 1 });

let root: string;
let index: BuiltIndex;
let gh: GitHubEmulator;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'monopin-notes-'));
  index = await buildIndex(root, [
    { name: 'fastapi', version: '0.115.6', projectUrls: { Repository: 'https://github.com/fastapi/fastapi' } },
    { name: 'fastapi', version: '0.115.8', projectUrls: { 'Release Notes': 'https://fastapi.tiangolo.com/release-notes/', Repository: 'https://github.com/fastapi/fastapi.git' } },
    { name: 'httpx', version: '0.28.1', projectUrls: { Changelog: 'https://github.com/encode/httpx/blob/master/CHANGELOG.md', Source: 'https://github.com/encode/httpx' } },
    { name: 'httpx', version: '0.29.0', noMetadataFile: true, projectUrls: { Changelog: 'https://github.com/encode/httpx/blob/master/CHANGELOG.md', Source: 'https://github.com/encode/httpx' } },
    { name: 'plain', version: '1.0' },
    { name: 'plain', version: '2.0', projectUrls: { Homepage: 'javascript:alert(1)' } },
  ]);
  gh = await startGitHubEmulator();
  const fastapi = gh.addRepo({ owner: 'fastapi', name: 'fastapi', files: { 'README.md': 'x\n' } });
  const head = fastapi.refs.get('refs/heads/main')!;
  fastapi.refs.set('refs/tags/0.115.6', head);
  fastapi.refs.set('refs/tags/0.115.8', head);
  const httpx = gh.addRepo({ owner: 'encode', name: 'httpx', files: { 'README.md': 'x\n' } });
  httpx.refs.set('refs/tags/0.28.1', httpx.refs.get('refs/heads/main')!); // 0.29.0 has no tag yet
});
afterAll(async () => {
  await gh.close();
  await rm(root, { recursive: true, force: true });
});

describe('release notes of the bumps', () => {
  it('links the changelog from Project-URL and a compare view of the tags found through the GitHub API', async () => {
    const github = createGitHubClient(gh.token, { warning: () => {}, debug: () => {} }, { baseUrl: gh.url });
    const notes = await collectReleaseNotes({
      bumps: [bump('fastapi', '0.115.6', '0.115.8'), bump('httpx', '0.28.1', '0.29.0'), bump('plain', '1.0', '2.0')],
      index: createIndexClient({ indexUrl: index.fileUrl }),
      findTag: createTagLookup(github),
    });
    expect(notes).toEqual([
      {
        name: 'fastapi',
        from: '0.115.6',
        to: '0.115.8',
        changelog: 'https://fastapi.tiangolo.com/release-notes/',
        repository: 'https://github.com/fastapi/fastapi',
        compare: 'https://github.com/fastapi/fastapi/compare/0.115.6...0.115.8',
      },
      // read out of the wheel (no PEP 658 file); no tag for 0.29.0, so no compare link
      { name: 'httpx', from: '0.28.1', to: '0.29.0', changelog: 'https://github.com/encode/httpx/blob/master/CHANGELOG.md', repository: 'https://github.com/encode/httpx' },
      { name: 'plain', from: '1.0', to: '2.0' },
    ]);
    // v-prefixed names first, then the bare version: found at the second try
    const tagRequests = gh.requests.filter((r) => r.path.includes('/git/ref/')).map((r) => `${r.status} ${decodeURIComponent(r.path)}`);
    // fastapi's and httpx's lookups run at once: look at fastapi's alone.
    expect(tagRequests.filter((r) => r.includes('/repos/fastapi/')).slice(0, 2).sort()).toEqual(['404 /repos/fastapi/fastapi/git/ref/tags/v0.115.6', '404 /repos/fastapi/fastapi/git/ref/tags/v0.115.8']);
    expect(gh.violations).toEqual([]);

    const md = renderReleaseNotes(notes, (name) => `https://pypi.org/project/${name}/`);
    expect(md).toContain('<details><summary><b>fastapi</b> `0.115.6` → `0.115.8`</summary>');
    expect(md).toContain('- [Compare 0.115.6...0.115.8](https://github.com/fastapi/fastapi/compare/0.115.6...0.115.8)');
    expect(md).toContain('- [Repository](https://github.com/encode/httpx)');
    expect(md).not.toContain('javascript:');
  });

  it('offline (no token): links from the metadata, no compare view', async () => {
    const notes = await collectReleaseNotes({ bumps: [bump('fastapi', '0.115.6', '0.115.8')], index: createIndexClient({ indexUrl: index.fileUrl }) });
    expect(notes[0]).toEqual({ name: 'fastapi', from: '0.115.6', to: '0.115.8', changelog: 'https://fastapi.tiangolo.com/release-notes/', repository: 'https://github.com/fastapi/fastapi' });
  });
});
