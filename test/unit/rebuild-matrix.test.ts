import { describe, expect, it } from 'vitest';
import { buildCommands, BuildCommandError, rebuildCommands } from '../../src/rebuild/commands.js';
import type { ImageNode } from '../../src/model/types.js';
import { formatTag, rebuildMatrix, TagFormatError, type MatrixEntry } from '../../src/rebuild/matrix.js';
import { resolveConfig } from '../../src/config.js';

const NOW = new Date('2026-11-27T23:30:00Z');
const node = (name: string, extra: Partial<ImageNode> = {}): ImageNode => ({ name, dockerfile: `docker/${name}.Dockerfile`, context: '.', bases: [], externalBases: [], inferred: false, ...extra });
const WAVES = [[node('python-base', { repository: 'ghcr.io/acme/python-base' })], [node('ai-base', { repository: 'ghcr.io/acme/ai-base', bases: ['python-base'] }), node('api', { context: 'services/api', dockerfile: 'services/api/Dockerfile', bases: ['python-base'], repository: 'api' })]];

describe('rebuild matrix', () => {
  it('marks an image without a valid name of its own push: false, and builds it under its local name', () => {
    const matrix = rebuildMatrix({ waves: [[node('web')]], config: resolveConfig(), now: NOW });
    expect(matrix.waves).toEqual([[{ image: 'web', dockerfile: 'docker/web.Dockerfile', context: '.', tags: ['web:2026-11-27', 'web:latest'], push: false }]]);
    expect(matrix.include[0]).toMatchObject({ push: false, repository: 'web' });
  });

  it('gives the CLI shape per wave and one matrix entry per image (inline cache)', () => {
    const matrix = rebuildMatrix({ waves: WAVES, config: resolveConfig(), now: NOW });
    expect(matrix.waves).toEqual([
      [{ image: 'python-base', dockerfile: 'docker/python-base.Dockerfile', context: '.', tags: ['ghcr.io/acme/python-base:2026-11-27', 'ghcr.io/acme/python-base:latest'] }],
      [
        { image: 'ai-base', dockerfile: 'docker/ai-base.Dockerfile', context: '.', tags: ['ghcr.io/acme/ai-base:2026-11-27', 'ghcr.io/acme/ai-base:latest'] },
        { image: 'api', dockerfile: 'services/api/Dockerfile', context: 'services/api', tags: ['api:2026-11-27', 'api:latest'] },
      ],
    ]);
    expect(matrix.include[0]).toEqual({
      image: 'python-base',
      dockerfile: 'docker/python-base.Dockerfile',
      context: '.',
      tags: ['ghcr.io/acme/python-base:2026-11-27', 'ghcr.io/acme/python-base:latest'],
      cacheFrom: ['ghcr.io/acme/python-base:latest'],
      platform: 'linux/amd64',
      wave: 1,
      repository: 'ghcr.io/acme/python-base',
    });
    expect(matrix.include.map((e) => [e.image, e.wave])).toEqual([['python-base', 1], ['ai-base', 2], ['api', 2]]);
  });

  it('reads and writes <repo>:buildcache with cache: registry', () => {
    const matrix = rebuildMatrix({ waves: WAVES, config: resolveConfig({ cache: 'registry', platform: 'linux/arm64' }), now: NOW });
    expect(matrix.include[1]).toMatchObject({ cacheFrom: ['ghcr.io/acme/ai-base:buildcache'], cacheTo: 'ghcr.io/acme/ai-base:buildcache', platform: 'linux/arm64' });
  });

  it.each([
    ['{date}', '2026-11-27'],
    ['{date}-{sha}', '2026-11-27-0123abc'],
    ['sha-{sha}', 'sha-0123abc'],
    ['weekly', 'weekly'],
  ])('tag-format %s → %s', (format, tag) => {
    expect(formatTag(format, { now: NOW, sha: '0123abcdef4567' })).toBe(tag);
  });

  it('refuses {sha} without a commit', () => {
    expect(() => formatTag('{sha}', { now: NOW })).toThrow(TagFormatError);
    expect(() => rebuildMatrix({ waves: WAVES, config: resolveConfig({ tagFormat: 'v-{sha}' }), now: NOW })).toThrow('tag-format v-{sha} uses {sha}, but no commit was given');
  });

  it('tags latest once when the tag format is latest', () => {
    expect(rebuildMatrix({ waves: WAVES, config: resolveConfig({ tagFormat: 'latest' }), now: NOW }).waves[0]![0]!.tags).toEqual(['ghcr.io/acme/python-base:latest']);
  });
});

describe('build commands', () => {
  const inline = rebuildMatrix({ waves: WAVES, config: resolveConfig(), now: NOW }).include[0]!;
  const registry = rebuildMatrix({ waves: WAVES, config: resolveConfig({ cache: 'registry' }), now: NOW }).include[0]!;
  const TAGS = ['--tag', 'ghcr.io/acme/python-base:2026-11-27', '--tag', 'ghcr.io/acme/python-base:latest'];

  it.each<[string, MatrixEntry, 'buildx' | 'classic', boolean, { argv: string[]; env: Record<string, string> }[]]>([
    [
      'buildx, inline cache, push',
      inline,
      'buildx',
      true,
      [{ argv: ['docker', 'buildx', 'build', '--file', 'docker/python-base.Dockerfile', ...TAGS, '--platform', 'linux/amd64', '--cache-from', 'ghcr.io/acme/python-base:latest', '--build-arg', 'BUILDKIT_INLINE_CACHE=1', '--push', '.'], env: {} }],
    ],
    [
      'buildx, inline cache, local',
      inline,
      'buildx',
      false,
      [{ argv: ['docker', 'buildx', 'build', '--file', 'docker/python-base.Dockerfile', ...TAGS, '--platform', 'linux/amd64', '--cache-from', 'ghcr.io/acme/python-base:latest', '--build-arg', 'BUILDKIT_INLINE_CACHE=1', '--load', '.'], env: {} }],
    ],
    [
      'buildx, registry cache, push',
      registry,
      'buildx',
      true,
      [
        {
          argv: ['docker', 'buildx', 'build', '--file', 'docker/python-base.Dockerfile', ...TAGS, '--platform', 'linux/amd64', '--cache-from', 'type=registry,ref=ghcr.io/acme/python-base:buildcache', '--cache-to', 'type=registry,ref=ghcr.io/acme/python-base:buildcache,mode=max', '--push', '.'],
          env: {},
        },
      ],
    ],
    [
      'buildx, registry cache, local: reads the cache, writes none',
      registry,
      'buildx',
      false,
      [{ argv: ['docker', 'buildx', 'build', '--file', 'docker/python-base.Dockerfile', ...TAGS, '--platform', 'linux/amd64', '--cache-from', 'type=registry,ref=ghcr.io/acme/python-base:buildcache', '--load', '.'], env: {} }],
    ],
    [
      'classic docker, inline cache, push',
      inline,
      'classic',
      true,
      [
        { argv: ['docker', 'build', '--file', 'docker/python-base.Dockerfile', ...TAGS, '--platform', 'linux/amd64', '--cache-from', 'ghcr.io/acme/python-base:latest', '--build-arg', 'BUILDKIT_INLINE_CACHE=1', '.'], env: { DOCKER_BUILDKIT: '1' } },
        { argv: ['docker', 'push', 'ghcr.io/acme/python-base:2026-11-27'], env: {} },
        { argv: ['docker', 'push', 'ghcr.io/acme/python-base:latest'], env: {} },
      ],
    ],
    [
      'classic docker, inline cache, local',
      inline,
      'classic',
      false,
      [{ argv: ['docker', 'build', '--file', 'docker/python-base.Dockerfile', ...TAGS, '--platform', 'linux/amd64', '--cache-from', 'ghcr.io/acme/python-base:latest', '--build-arg', 'BUILDKIT_INLINE_CACHE=1', '.'], env: { DOCKER_BUILDKIT: '1' } }],
    ],
  ])('%s', (_, entry, client, push, expected) => {
    expect(buildCommands(entry, { client, push })).toEqual(expected);
  });

  it('refuses a registry cache with the classic client', () => {
    expect(() => buildCommands(registry, { client: 'classic', push: true })).toThrow(BuildCommandError);
    expect(() => buildCommands(registry, { client: 'classic', push: true })).toThrow('python-base: cache: registry needs docker buildx');
  });

  it('lists every image wave by wave, context last', () => {
    const all = rebuildCommands(rebuildMatrix({ waves: WAVES, config: resolveConfig(), now: NOW }).include, { client: 'buildx', push: false });
    expect(all.map((c) => [c.image, c.wave, c.commands[0]!.argv.at(-1)])).toEqual([['python-base', 1, '.'], ['ai-base', 2, '.'], ['api', 2, 'services/api']]);
  });
});
