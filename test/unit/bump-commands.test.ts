import { describe, expect, it } from 'vitest';
import { parseCommands, type CommandComment } from '../../src/bump/commands.js';

const writers = new Set(['alice', 'bob']);
const canWrite = (login: string): boolean => writers.has(login);
let nextId = 1;
const comment = (body: string, author = 'alice', createdAt = `2026-01-05T09:00:${String(nextId).padStart(2, '0')}Z`): CommandComment => ({ body, author, id: nextId++, createdAt });

describe('parseCommands', () => {
  it.each([
    ['ignore a package', '/monopin ignore pydantic', [{ name: 'pydantic', source: 'comment by alice' }]],
    ['ignore a version', '/monopin ignore pydantic 2.11.0', [{ name: 'pydantic', version: '2.11.0', source: 'comment by alice' }]],
    ['ignore major updates', '/monopin ignore pydantic major', [{ name: 'pydantic', updateTypes: ['major'], source: 'comment by alice' }]],
    ['ignore minor updates, any case', '/MonoPin IGNORE pydantic Minor', [{ name: 'pydantic', updateTypes: ['minor'], source: 'comment by alice' }]],
    ['normalize the name', '/monopin ignore Typing_Extensions', [{ name: 'typing-extensions', source: 'comment by alice' }]],
    ['a pre-release version', '/monopin ignore django 5.2rc1', [{ name: 'django', version: '5.2rc1', source: 'comment by alice' }]],
    ['several lines in one comment', 'Thanks!\n/monopin ignore a\r\n  /monopin ignore b 1.0', [{ name: 'a', source: 'comment by alice' }, { name: 'b', version: '1.0', source: 'comment by alice' }]],
    ['not inside a code block', '```\n/monopin ignore a\n```', []],
    ['not mid-line', 'please run /monopin ignore a', []],
  ])('%s', (_what, body, rules) => {
    const result = parseCommands([comment(body)], canWrite);
    expect(result.rules).toEqual(rules);
    expect(result.handled.every((h) => h.ok)).toBe(true);
  });

  it.each([
    ['no package', '/monopin ignore', 'expected a package name'],
    ['a bad name', '/monopin ignore foo|bar', 'not "foo|bar"'],
    ['a bad version', '/monopin ignore pydantic latest', '"latest" is neither a PEP 440 version nor major/minor'],
    ['too many words', '/monopin ignore pydantic 2.0 3.0', 'at most one version'],
    ['unignore without a name', '/monopin unignore', 'expected exactly one package name'],
    ['recreate with arguments', '/monopin recreate now', 'takes no arguments'],
    ['an unknown command', '/monopin merge', 'unknown command "merge"'],
    ['nothing', '/monopin', 'no command given'],
  ])('rejects %s with a usage reply', (_what, body, reason) => {
    const result = parseCommands([comment(`/monopin ignore fine\n${body}`)], canWrite);
    expect(result.rules).toEqual([]);
    expect(result.handled).toHaveLength(1);
    expect(result.handled[0]?.ok).toBe(false);
    expect(result.handled[0]?.reply).toContain(reason);
    expect(result.handled[0]?.reply).toContain('Usage: `/monopin ignore <pkg> [<version>|major|minor]`');
  });

  it.each([
    ['a reader', 'mallory'],
    ['an unknown user', 'someone-else'],
  ])('ignores commands from %s', (_what, author) => {
    const result = parseCommands([comment('/monopin ignore pydantic\n/monopin recreate', author)], canWrite);
    expect(result.rules).toEqual([]);
    expect(result.recreate).toBe(false);
    expect(result.handled).toEqual([{ id: expect.any(Number), ok: false, commands: ['ignore', 'recreate'], reply: `Ignored: ${author} does not have write access to this repository.` }]);
  });

  it('applies comments oldest first: unignore drops earlier ignores of its package only', () => {
    const late = comment('/monopin ignore pydantic 2.12.0', 'bob', '2026-01-07T00:00:00Z');
    const result = parseCommands(
      [late, comment('/monopin ignore pydantic', 'alice', '2026-01-05T00:00:00Z'), comment('/monopin ignore requests', 'alice', '2026-01-05T00:00:01Z'), comment('/monopin unignore Pydantic', 'bob', '2026-01-06T00:00:00Z')],
      canWrite,
    );
    expect(result.rules).toEqual([
      { name: 'requests', source: 'comment by alice' },
      { name: 'pydantic', version: '2.12.0', source: 'comment by bob' },
    ]);
    expect(result.unignores).toEqual([{ name: 'pydantic', createdAt: '2026-01-06T00:00:00Z', id: expect.any(Number) }]);
    expect(result.handled.map((h) => h.reply)).toEqual(['OK: ignoring every update of pydantic.', 'OK: ignoring every update of requests.', 'OK: no longer ignoring pydantic.', 'OK: ignoring pydantic 2.12.0.']);
  });

  it('sees recreate and leaves comments without commands alone', () => {
    const result = parseCommands([comment('LGTM'), comment('/monopin recreate')], canWrite);
    expect(result.recreate).toBe(true);
    expect(result.handled).toEqual([{ id: expect.any(Number), ok: true, commands: ['recreate'], reply: 'OK: recreating the bump PR.' }]);
  });
});
