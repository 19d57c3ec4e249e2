import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ComposeService } from '../../src/sources/types.js';
import { parseCompose } from '../../src/sources/compose.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/compose/${name}`, import.meta.url), 'utf8');

type Expected = Partial<Omit<ComposeService, 'location'>> & { line?: number; column?: number };

describe('parseCompose', () => {
  it.each<[string, string, Expected[]]>([
    ['build as a string', 'services:\n  api:\n    build: ./api\n', [{ name: 'api', context: './api', dockerfile: 'Dockerfile', line: 2, column: 3 }]],
    [
      'build as an object',
      'services:\n  api:\n    build:\n      context: svc/api\n      dockerfile: docker/Dockerfile.prod\n',
      [{ name: 'api', context: 'svc/api', dockerfile: 'docker/Dockerfile.prod' }],
    ],
    ['build object without a context defaults to the folder', 'services:\n  api:\n    build:\n      dockerfile: Dockerfile.dev\n', [{ name: 'api', context: '.', dockerfile: 'Dockerfile.dev' }]],
    ['a service without build', 'services:\n  db:\n    image: postgres:16\n', [{ name: 'db', context: undefined, dockerfile: undefined, image: 'postgres:16' }]],
    ['depends_on as a list', 'services:\n  a:\n    image: x\n    depends_on: [b, c]\n', [{ name: 'a', dependsOn: ['b', 'c'] }]],
    [
      'depends_on as a map (long syntax)',
      'services:\n  a:\n    image: x\n    depends_on:\n      db:\n        condition: service_healthy\n      cache: {condition: service_started}\n',
      [{ name: 'a', dependsOn: ['db', 'cache'] }],
    ],
    ['extends is ignored', 'services:\n  a:\n    extends:\n      file: common.yml\n      service: base\n', [{ name: 'a', context: undefined, dependsOn: [] }]],
    ['flow style, indented by four', 'services:\n    web: {build: ., image: "web:1"}\n', [{ name: 'web', context: '.', image: 'web:1', line: 2, column: 5 }]],
    ['no services at all', 'volumes:\n  data: {}\n', []],
    ['an empty file', '', []],
  ])('%s', (_, yaml, expected) => {
    const result = parseCompose(yaml, 'docker-compose.yml');
    expect(result.issues).toEqual([]);
    expect(result.services).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      const service = result.services[i]!;
      const { line, column, ...fields } = want;
      for (const [key, value] of Object.entries(fields)) expect(service[key as keyof ComposeService], key).toEqual(value);
      if (line !== undefined) expect(service.location).toEqual({ file: 'docker-compose.yml', line, column });
    });
  });

  it('resolves anchors and merge keys, and lets a service override a merged build', () => {
    const result = parseCompose(fixture('anchors.yml'), 'deploy/compose.yml');
    expect(result.issues).toEqual([]);
    const byName = new Map(result.services.map((s) => [s.name, s]));
    expect([...byName.keys()]).toEqual(['api', 'worker', 'redis', 'db', 'inline']);
    expect(byName.get('api')).toMatchObject({
      context: './services/base',
      dockerfile: 'docker/Dockerfile.prod',
      image: 'ghcr.io/org/api:latest',
      dependsOn: ['redis'],
      location: { file: 'deploy/compose.yml', line: 11, column: 3 },
    });
    expect(byName.get('worker')).toMatchObject({ context: './services/worker', dockerfile: 'Dockerfile', dependsOn: ['redis', 'db'] });
    expect(byName.get('redis')?.context).toBeUndefined();
    // dockerfile_inline has no file to read
    expect(byName.get('inline')?.context).toBe('.');
    expect(byName.get('inline')?.dockerfile).toBeUndefined();
  });

  it.each<[string, string, string, number, number]>([
    ['unclosed flow sequence', 'services:\n  a: [\n', 'invalid YAML', 3, 1],
    ['duplicate service', 'services:\n  a:\n    image: x\n  a:\n    image: y\n', 'unique', 4, 3],
    ['top level is a list', '- a\n- b\n', 'mapping at the top level', 1, 1],
    ['services is a list', 'services:\n  - a\n', '`services` must be a mapping', 2, 3],
    ['service is a string', 'services:\n  a: nginx\n', "service 'a' must be a mapping", 2, 3],
    ['build is a number', 'services:\n  a:\n    build: 3\n', 'build must be a string or a mapping', 3, 12],
    ['depends_on is a string', 'services:\n  a:\n    image: x\n    depends_on: db\n', 'depends_on must be a list or a mapping', 4, 17],
  ])('reports %s as a parse-error with its location', (_, yaml, message, line, column) => {
    const result = parseCompose(yaml, 'c.yml');
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ rule: 'parse-error', location: { file: 'c.yml', line, column } });
    expect(result.issues[0]!.message).toContain(message);
  });

  it('keeps the good services when one is malformed', () => {
    const result = parseCompose('services:\n  bad:\n    build: [1]\n  good:\n    build: ./good\n', 'c.yml');
    expect(result.issues.map((i) => i.location.line)).toEqual([3]);
    expect(result.services.map((s) => [s.name, s.context])).toEqual([
      ['bad', undefined],
      ['good', './good'],
    ]);
  });

  it('refuses an alias bomb instead of expanding it', () => {
    let yaml = 'a0: &a0 [' + Array(10).fill('"lol"').join(',') + ']\n';
    for (let i = 1; i < 9; i++) yaml += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(',')}]\n`;
    yaml += 'services:\n  a:\n    image: x\n';
    const started = Date.now();
    const result = parseCompose(yaml, 'bomb.yml');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.services).toEqual([]);
    expect(result.issues[0]).toMatchObject({ rule: 'parse-error' });
    expect(result.issues[0]!.message).toMatch(/alias/i);
  });

  it('accepts one anchor merged into thousands of services', () => {
    let yaml = 'x-base: &base\n  build: ./base\nservices:\n';
    for (let i = 0; i < 1500; i++) yaml += `  s${i}:\n    <<: *base\n`;
    const result = parseCompose(yaml, 'big.yml');
    expect(result.issues).toEqual([]);
    expect(result.services).toHaveLength(1500);
    expect(result.services[1499]).toMatchObject({ name: 's1499', context: './base' });
  });

  // yaml's own duplicate-key check runs only on files that may repeat a key: same errors, same order.
  it.each<[string, string, [number, number, string][]]>([
    ['a repeated field', 'services:\n  a:\n    image: x\n    image: y\n', [[4, 5, 'Map keys must be unique']]],
    ['a repeated key in a flow mapping', 'services:\n  a: {image: x, image: y}\n', [[2, 17, 'Map keys must be unique']]],
    ['1 and 1.0 (the same number)', 'x-n:\n  1: a\n  1.0: b\nservices:\n  a:\n    image: x\n', [[3, 3, 'Map keys must be unique']]],
    ['.nan twice (NaN is not NaN for yaml)', 'x-n:\n  .nan: a\n  .NaN: b\nservices:\n  a:\n    image: x\n', []],
    ['1 and "1"', 'x-n:\n  1: a\n  "1": b\nservices:\n  a:\n    image: x\n', []],
    ['equal collection keys', 'x-k:\n  ? [a]\n  : 1\n  ? [a]\n  : 2\nservices:\n  a:\n    image: x\n', []],
    ['a merge key then the same key', 'x-a: &a {k: 1}\nx-b:\n  <<: *a\n  k: 2\nservices:\n  a:\n    image: x\n', []],
    [
      'a repeated service and a later syntax error',
      'services:\n  a:\n    image: x\n  a:\n    image: y\n  b: [\n',
      [
        [4, 3, 'Map keys must be unique'],
        [7, 1, 'Flow sequence in block collection must be sufficiently indented and end with a ]'],
      ],
    ],
  ])('repeated keys: %s', (_, yaml, expected) => {
    const result = parseCompose(yaml, 'c.yml');
    expect(result.issues.map((i) => [i.location.line, i.location.column, i.message.replace(/^invalid YAML: /, '')])).toEqual(expected);
  });

  it('parses one compose file in time linear in its services', () => {
    const compose = (n: number): string => {
      let yaml = 'services:\n';
      for (let i = 0; i < n; i++) yaml += `  svc-${i}:\n    build: ./svc-${i}\n`;
      return yaml;
    };
    const time = (n: number): number => {
      const started = performance.now();
      expect(parseCompose(compose(n), 'c.yml').services).toHaveLength(n);
      return performance.now() - started;
    };
    time(1000); // warm up
    // four times the services: about four times the time; yaml's pairwise key check made it sixteen
    expect(time(24_000) / time(6_000)).toBeLessThan(10);
  });
});
