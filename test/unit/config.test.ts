import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ConfigError, resolveConfig } from '../../src/config.js';
import { parseConfigFile } from '../../src/config-file.js';
import { CONFIG_SCHEMA } from '../../src/config-schema.js';

describe('config', () => {
  it('reads kebab-case keys into the typed config', () => {
    const parsed = parseConfigFile('constraints: docker/c.txt\nfail-on: warning\nignore: [legacy/**]\nrules:\n  unused-constraint: off\n', '.github/monopin.yml');
    expect(resolveConfig(parsed, { ignore: ['tmp/**'] })).toMatchObject({
      constraints: 'docker/c.txt',
      failOn: 'warning',
      ignore: ['legacy/**', 'tmp/**'],
      rules: { 'unused-constraint': 'off' },
      sharedMinServices: 2,
    });
  });

  it.each([
    ['fail-on: sometimes\n', /fail-on: must be equal to one of the allowed values: error, warning, never/],
    ['colour: red\n', /must NOT have additional properties 'colour'/],
    ['rules:\n  conflcit: off\n', /rules: must NOT have additional properties 'conflcit'/],
    ['shared-min-services: 0\n', /shared-min-services: must be >= 1/],
    ['constraints: [a\n', /^\.github\/monopin\.yml:\d+: invalid YAML/],
  ])('rejects %j with a message naming the key', (text, message) => {
    expect(() => parseConfigFile(text, '.github/monopin.yml')).toThrow(ConfigError);
    expect(() => parseConfigFile(text, '.github/monopin.yml')).toThrow(message);
  });

  it('publishes the same schema it validates with', async () => {
    expect(JSON.parse(await readFile('schema/config.schema.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(CONFIG_SCHEMA)));
  });
});
