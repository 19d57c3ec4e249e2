// The ahead-of-time config validator is current with src/config-schema.ts, and judges like Ajv does.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, it } from 'vitest';
import { CONFIG_SCHEMA } from '../../src/config-schema.js';
import { validateConfig } from '../../src/config-validator.generated.js';
import { configValidatorSource, VALIDATOR_PATH } from '../../scripts/write-config-validator.js';

it('is regenerated from the schema (run `npx tsx scripts/write-config-validator.ts` when this fails)', () => {
  expect(readFileSync(VALIDATOR_PATH, 'utf8')).toBe(configValidatorSource());
});

it('gives the answers and errors Ajv gives at run time', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false }).compile(CONFIG_SCHEMA);
  const samples: unknown[] = [
    {},
    { constraints: '' },
    { constraints: 'c.txt', 'fail-on': 'sometimes', rules: { nope: 'error' } },
    { 'max-file-bytes': 1e12, paths: ['a', ''], labels: ['😀'] },
    { images: { 'python-base': { dockerfile: 'x', repository: 'GHCR.io/Org' } }, 'size-budget': '10 %' },
    { registries: { 'ghcr.io': { 'password-env': '1BAD' } }, measure: { base: 'latest' } },
    [],
    'text',
  ];
  for (const sample of samples) {
    expect(validateConfig(sample)).toBe(ajv(sample));
    expect(validateConfig.errors ?? null).toEqual(ajv.errors ?? null);
  }
});
