import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CONFIG, resolveConfig } from '../../src/config.js';
import { parseConfigFile } from '../../src/config-file.js';

describe('config: images, tag-format, platform, cache', () => {
  it('reads the image keys into the typed config and merges images by name', () => {
    const parsed = parseConfigFile(
      [
        'images:',
        '  python-base:',
        '    dockerfile: docker/base/python-base.Dockerfile',
        '    repository: ghcr.io/org/python-base',
        'tag-format: "{date}-{sha}"',
        'platform: linux/arm64/v8',
        'cache: registry',
      ].join('\n'),
      '.github/monopin.yml',
    );
    const config = resolveConfig(parsed, { images: { 'ai-base': { dockerfile: 'ai.Dockerfile', context: 'docker' } } });
    expect(config.images).toEqual({
      'python-base': { dockerfile: 'docker/base/python-base.Dockerfile', repository: 'ghcr.io/org/python-base' },
      'ai-base': { dockerfile: 'ai.Dockerfile', context: 'docker' },
    });
    expect(config).toMatchObject({ tagFormat: '{date}-{sha}', platform: 'linux/arm64/v8', cache: 'registry' });
  });

  it('defaults to {date} tags, linux/amd64 and inline cache', () => {
    expect(resolveConfig()).toMatchObject({ images: {}, tagFormat: '{date}', platform: 'linux/amd64', cache: 'inline' });
    expect(DEFAULT_CONFIG.images).toEqual({});
  });

  it.each([
    ['cache: remote\n', /cache: must be equal to one of the allowed values: inline, registry/],
    ['tag-format: "{day}"\n', /tag-format: unknown token \{day\}; allowed tokens: \{date\}, \{sha\}/],
    ['tag-format: "-{date}"\n', /tag-format: '-\{date\}' is not a valid image tag/],
    ['platform: amd64\n', /platform: expected os\/arch\[\/variant\] such as linux\/amd64/],
    ['images:\n  Python_Base:\n    dockerfile: a.Dockerfile\n', /images\.Python_Base: an image name is lowercase/],
    ['images:\n  base:\n    repository: ghcr.io/org/base\n', /images\.base: must have required property 'dockerfile'/],
    ['images:\n  base:\n    dockerfile: a\n    tags: [x]\n', /images\.base: must NOT have additional properties 'tags'/],
    ['images:\n  base:\n    dockerfile: a\n    repository: ghcr.io/org/base:latest\n', /images\.base\.repository: give the repository without a tag/],
    ['images:\n  base:\n    dockerfile: a\n    repository: ghcr.io/Org/Base\n', /images\.base\.repository: 'ghcr\.io\/Org\/Base' is not an image repository/],
    ['measure: { base: latest, head: "pr-{number}" }\n', /measure\.head: unknown token \{number\}; allowed tokens: \{pr\}, \{sha\}, \{base\}/],
    ['measure: { head: "pr-{pr}" }\n', /measure: must have required property 'base'/],
    ['size-budget: lots\n', /size-budget: must match pattern/],
    ['registries:\n  ghcr.io: { password: hunter2 }\n', /registries\.ghcr\.io: must NOT have additional properties 'password'/],
  ])('rejects %j with a message naming the key', (text, message) => {
    expect(() => parseConfigFile(text, '.github/monopin.yml')).toThrow(ConfigError);
    expect(() => parseConfigFile(text, '.github/monopin.yml')).toThrow(message);
  });

  it('reads size-budget, measure and registries (the password stays in the environment)', () => {
    const config = parseConfigFile(
      'size-budget: 10%\nmeasure: { base: "{base}", head: "pr-{pr}" }\nregistries:\n  ghcr.io: { username: bot, password-env: GHCR_TOKEN }\n  127.0.0.1:5000: { insecure: true }\n',
      'c.yml',
    );
    expect(config).toMatchObject({
      sizeBudget: '10%',
      measure: { base: '{base}', head: 'pr-{pr}' },
      registries: { 'ghcr.io': { username: 'bot', passwordEnv: 'GHCR_TOKEN' }, '127.0.0.1:5000': { insecure: true } },
    });
    expect(parseConfigFile('size-budget: 52428800\n', 'c.yml').sizeBudget).toBe(52_428_800);
  });

  it.each(['ghcr.io/org/python-base', 'localhost:5000/base', 'python-base', 'docker.io/library/python'])('accepts repository %s', (repository) => {
    expect(parseConfigFile(`images:\n  base:\n    dockerfile: a\n    repository: ${repository}\n`, 'c.yml').images?.base?.repository).toBe(repository);
  });
});
