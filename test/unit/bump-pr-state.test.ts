import { describe, expect, it } from 'vitest';
import { renderBumpPrBody } from '../../src/bump/pr-body.js';
import { readProposal, rejectionsFrom, SUPERSEDED_MARKER, uncheckedPins } from '../../src/bump/pr-state.js';
import type { Plan } from '../../src/bump/types.js';

const plan: Plan = {
  bumps: [
    { name: 'pydantic', from: '2.10.4', to: '2.11.1', updateType: 'minor', consumers: 5 },
    { name: 'typing-extensions', from: '4.12.2', to: '4.13.0', updateType: 'minor', consumers: 3 },
    { name: 'requests', from: '2.32.3', to: '2.32.4', updateType: 'patch', consumers: 9 },
  ],
  held: [],
  errors: [],
};
const body = renderBumpPrBody({ plan, diff: '- [ ] **requests** inside the diff\n', constraintsFile: 'c.txt', indexPageUrl: (n) => `https://pypi.org/simple/${n}/` });
const uncheck = (text: string, name: string): string => text.replace(`- [x] **${name}**`, `- [ ] **${name}**`);

describe('readProposal', () => {
  it.each([
    ['no block', 'just a body', undefined],
    ['broken JSON', '<!-- monopin:plan {"v":1,"pins": -->', undefined],
    ['another schema version', '<!-- monopin:plan {"v":2,"pins":{}} -->', undefined],
    ['an empty plan', '<!-- monopin:plan {"v":1,"pins":{}} -->', { pins: {}, rejected: [] }],
    [
      'names normalized, bad entries ignored',
      '<!-- monopin:plan {"v":1,"pins":{"Typing_Extensions":{"from":"4.12.2","to":"4.13.0"},"bad|name":{"from":"1","to":"2"},"x":{"from":"1","to":"not a version"},"y":"2.0"}} -->',
      { pins: { 'typing-extensions': { from: '4.12.2', to: '4.13.0' } }, rejected: [] },
    ],
    [
      'the first block wins',
      '<!-- monopin:plan {"v":1,"pins":{"a":{"from":"1","to":"2"}}} -->\n```\n<!-- monopin:plan {"v":1,"pins":{"b":{"from":"1","to":"2"}}} -->\n```',
      { pins: { a: { from: '1', to: '2' } }, rejected: [] },
    ],
    [
      'carried rejections, validated',
      '<!-- monopin:plan {"v":1,"pins":{},"rejected":[{"name":"Pydantic","version":"2.11.0","source":"unchecked in #3"},{"name":"x","version":"nope"}]} -->',
      { pins: {}, rejected: [{ name: 'pydantic', version: '2.11.0', source: 'unchecked in #3' }] },
    ],
  ])('%s', (_what, text, expected) => {
    expect(readProposal(text)).toEqual(expected);
  });

  it('reads a body whose line endings GitHub turned into CRLF', () => {
    expect(Object.keys(readProposal(body.replace(/\n/g, '\r\n'))?.pins ?? {})).toEqual(['pydantic', 'typing-extensions', 'requests']);
  });
});

describe('uncheckedPins', () => {
  it.each([
    ['all checked', body, []],
    ['one unchecked', uncheck(body, 'pydantic'), ['pydantic']],
    ['two unchecked, in body order', uncheck(uncheck(body, 'requests'), 'typing-extensions'), ['typing-extensions', 'requests']],
    ['uppercase X counts as checked', uncheck(body, 'pydantic').replace('- [x] **requests**', '- [X] **requests**'), ['pydantic']],
    ['edited whitespace', body.replace('- [x] **pydantic**', '  -   [ ]   **pydantic**'), ['pydantic']],
    ['CRLF', uncheck(body, 'pydantic').replace(/\n/g, '\r\n'), ['pydantic']],
    ['a name not in the hidden block', `${body}\n- [ ] **flask** added by hand`, []],
    ['a checklist line inside the diff fence', body.replace('```diff\n- [ ] **requests**', '```diff\n- [ ] **requests**'), []],
    ['a name written differently', body.replace('- [x] **typing-extensions**', '- [ ] **Typing\\_Extensions**'), ['typing-extensions']],
    ['no hidden block', '- [ ] **pydantic**', []],
  ])('%s', (_what, text, expected) => {
    expect(uncheckedPins(text)).toEqual(expected);
  });
});

describe('rejectionsFrom', () => {
  it.each([
    ['a merged PR rejects nothing', [{ body: uncheck(body, 'pydantic'), state: 'closed' as const, merged: true, number: 4 }], []],
    ['an open PR with all boxes checked rejects nothing', [{ body, state: 'open' as const, merged: false, number: 5 }], []],
    [
      'an open PR rejects its unchecked lines',
      [{ body: uncheck(body, 'requests'), state: 'open' as const, merged: false, number: 12 }],
      [{ name: 'requests', version: '2.32.4', source: 'unchecked in #12' }],
    ],
    [
      'a PR closed unmerged rejects every version',
      [{ body, state: 'closed' as const, merged: false, number: 12 }],
      [
        { name: 'pydantic', version: '2.11.1', source: 'closed #12' },
        { name: 'typing-extensions', version: '4.13.0', source: 'closed #12' },
        { name: 'requests', version: '2.32.4', source: 'closed #12' },
      ],
    ],
    ['a PR monopin closed itself rejects nothing', [{ body: `${SUPERSEDED_MARKER}\n${body}`, state: 'closed' as const, merged: false, number: 7 }], []],
    [
      'carried rejections count in any state, once',
      [
        { body: '<!-- monopin:plan {"v":1,"pins":{},"rejected":[{"name":"flask","version":"3.1.0","source":"unchecked in #2"}]} -->', state: 'closed' as const, merged: true, number: 3 },
        { body: '<!-- monopin:plan {"v":1,"pins":{},"rejected":[{"name":"flask","version":"3.1.0","source":"unchecked in #2"}]} -->', state: 'open' as const, merged: false, number: 4 },
      ],
      [{ name: 'flask', version: '3.1.0', source: 'unchecked in #2' }],
    ],
  ])('%s', (_what, prs, expected) => {
    expect(rejectionsFrom(prs)).toEqual(expected);
  });
});
