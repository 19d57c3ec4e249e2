// The fast compose reader (js-yaml events) against yaml's Document, the reader whose results and
// errors users have always seen: every file the fast one takes must come out the same.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readComposeEvents } from '../../src/sources/compose-events.js';
import { parseCompose } from '../../src/sources/compose.js';

function composeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return composeFiles(path);
    return /compose[^/]*\.ya?ml$/i.test(name) ? [path] : [];
  });
}

const sameBothWays = (text: string): void => {
  expect(parseCompose(text, 'docker-compose.yml')).toEqual(parseCompose(text, 'docker-compose.yml', { events: false }));
};

describe('the fast compose reader', () => {
  it('reads every compose fixture of the test suite as yaml does, and takes most of them', () => {
    const files = composeFiles('test/fixtures');
    expect(files.length).toBeGreaterThan(10);
    let taken = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (readComposeEvents(text)) taken++;
      sameBothWays(text);
    }
    expect(taken).toBeGreaterThan(files.length / 2);
  });

  it.each([
    ['aliases and merge keys', 'x-base: &base\n  build: .\nservices:\n  api:\n    <<: *base\n    image: api\n'],
    ['a tag', 'services:\n  api:\n    build: !reset .\n'],
    ['a duplicate key', 'services:\n  api:\n    image: a\n    image: b\n'],
    ['a boolean service name', 'services:\n  true:\n    image: a\n'],
    ['two documents', 'services:\n  a:\n    image: a\n---\nservices:\n  b:\n    image: b\n'],
    ['a syntax error', 'services:\n  api:\n    image: [a\n'],
  ])('leaves %s to yaml', (_name, text) => {
    expect(readComposeEvents(text)).toBeUndefined();
    sameBothWays(text);
  });

  it.each([
    ['quoted values and flow collections', 'services:\n  api:\n    build: "./api"\n    image: \'acme/api:1\'\n    depends_on: [db, cache]\n  db:\n    image: postgres\n'],
    ['a build mapping on the next lines, comments between', 'name: shop\nservices:\n  # the API\n  api:\n    build:   # here\n      context: ./api\n      args:\n        - A=1\n    depends_on:\n    - db\n  db: {image: postgres}\n'],
    ['CRLF line ends', 'services:\r\n  api:\r\n    build: ./api\r\n    image: api\r\n'],
    ['an anchor that nothing aliases', 'x-logging: &logging\n  driver: json-file\nservices:\n  api:\n    image: api\n'],
  ])('takes %s, with the same services and positions', (_name, text) => {
    expect(readComposeEvents(text)).toBeDefined();
    sameBothWays(text);
  });

  it('agrees with yaml on generated compose files', () => {
    const name = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/), fc.constantFrom('true', 'null', '1', '"quoted"', "'q'", '~', '0x1f', 'a b'));
    const scalar = fc.oneof(fc.stringMatching(/^[a-z./:-]{1,10}$/), fc.constantFrom('"./x"', "'y'", '1.0', 'null', '', '[]', '{}', '[a, b]', '{context: ., target: t}', '&a x', '*a'));
    const field = fc.tuple(fc.constantFrom('build', 'image', 'depends_on', 'environment', '<<', 'x'), fc.oneof(scalar, fc.constant('\n      context: ./c\n      args:\n        A: 1'), fc.constant('\n      - db\n      - cache')));
    const service = fc.tuple(name, fc.array(field, { maxLength: 4 }), fc.constantFrom('', '  # note'));
    fc.assert(
      fc.property(fc.array(service, { maxLength: 5 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), (services, eol, top) => {
        const body = services.map(([n, fields, comment]) => `  ${n}:${comment}\n${fields.map(([k, v]) => `    ${k}: ${v}`).join('\n')}`).join('\n');
        const text = `${top ? 'name: p\n' : ''}services:\n${body}\n`.replace(/\n/g, eol);
        sameBothWays(text);
      }),
      { numRuns: 400, seed: Number(process.env.FC_SEED ?? 13) },
    );
  });
});
