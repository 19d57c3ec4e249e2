import { describe, expect, it } from 'vitest';
import { renderBumpPrBody, renderPlanBlock, SIZE_MARKER, REBUILD_MARKER } from '../../src/bump/pr-body.js';
import { readProposal } from '../../src/bump/pr-state.js';
import type { Plan, PlannedBump } from '../../src/bump/types.js';

const indexPageUrl = (name: string): string => `https://pypi.org/simple/${name}/`;

function bump(name: string, from: string, to: string, extra: Partial<PlannedBump> = {}): PlannedBump {
  return { name, from, to, updateType: 'minor', consumers: 5, ...extra };
}

const plan: Plan = {
  bumps: [bump('pydantic', '2.10.4', '2.11.1', { releaseAgeDays: 12.7 }), bump('requests', '2.32.3', '2.32.4', { updateType: 'patch', consumers: 1, releaseAgeDays: 1 })],
  held: [{ name: 'fastapi', current: '0.115.6', newest: '0.116.0', reason: 'svc/a requires fastapi<0.116', reasons: [] }],
  errors: [],
};

describe('renderBumpPrBody', () => {
  const body = renderBumpPrBody({ plan, diff: '-pydantic==2.10.4\n+pydantic==2.11.1\n', constraintsFile: 'docker/base/requirements-constraints.txt', indexPageUrl });

  it.each([
    ['summary', 'Bumps 2 pins in `docker/base/requirements-constraints.txt`.'],
    ['checklist line', '- [x] **pydantic** `2.10.4` → `2.11.1` · minor · 5 consumers · [index](https://pypi.org/simple/pydantic/) · released 12 days ago'],
    ['singular consumer and day', '- [x] **requests** `2.32.3` → `2.32.4` · patch · 1 consumer · [index](https://pypi.org/simple/requests/) · released 1 day ago'],
    ['held table row', '| fastapi | `0.116.0` |'.replace('| `0.116.0` |', '| `0.115.6` | `0.116.0` | svc/a requires fastapi&lt;0.116 |')],
    ['diff fence', '```diff\n-pydantic==2.10.4\n+pydantic==2.11.1\n```'],
    ['size placeholder', SIZE_MARKER],
    ['rebuild placeholder', REBUILD_MARKER],
    ['maintainer help', 'comment `/monopin ignore <pkg> [<version>|major|minor]`, `/monopin unignore <pkg>`, `/monopin recreate`'],
    ['hidden block', '<!-- monopin:plan {"v":1,"pins":{"pydantic":{"from":"2.10.4","to":"2.11.1"},"requests":{"from":"2.32.3","to":"2.32.4"}}} -->'],
  ])('renders the %s', (_what, expected) => {
    expect(body).toContain(expected);
  });

  it('starts with the hidden block and renders the diff folded', () => {
    expect(body.startsWith('<!-- monopin:plan ')).toBe(true);
    expect(body).toMatch(/<details>\n<summary>Diff<\/summary>\n\n```diff/);
  });

  it('renders given size and rebuild sections inside their markers', () => {
    const withSections = renderBumpPrBody({ plan, diff: '', constraintsFile: 'c.txt', indexPageUrl, sizeSection: '| image | Δ |\n| --- | --- |', rebuildSection: '1. `python-base`' });
    expect(withSections).toContain(`${SIZE_MARKER}\n\n| image | Δ |\n| --- | --- |\n\n<!-- /monopin:size -->`);
    expect(withSections).toContain(`${REBUILD_MARKER}\n\n1. \`python-base\`\n\n<!-- /monopin:rebuild -->`);
    expect(withSections).not.toContain('<details>');
  });

  it('uses a fence longer than any backtick run of the diff', () => {
    const out = renderBumpPrBody({ plan, diff: '+# a ````` run\n', constraintsFile: 'c.txt', indexPageUrl });
    expect(out).toContain('``````diff\n+# a ````` run\n``````');
  });

  it.each([
    ['a pipe', 'evil|pkg', 'evil\\|pkg'],
    ['html', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['backticks', 'a`b', 'a\\`b'],
    ['a team mention', '@acme/team', '@\u200dacme/team'],
  ])('escapes %s in names and reasons', (_what, hostile, escaped) => {
    const out = renderBumpPrBody({
      plan: { bumps: [bump(hostile, '1.0', '2.0')], held: [{ name: hostile, current: '1.0', newest: '2.0', reason: hostile, reasons: [] }], errors: [{ name: hostile, message: hostile }] },
      diff: '',
      constraintsFile: 'c.txt',
      indexPageUrl: () => 'https://example.org/x)(y',
    });
    expect(out).toContain(`- [x] **${escaped}**`);
    expect(out).toContain(`| ${escaped} |`);
    expect(out).toContain('[index](https://example.org/x%29%28y)');
    const visible = out.replace(/^<!-- monopin:plan .*? -->/, '');
    // Only the hidden block (JSON, never rendered) may hold the raw name.
    expect(visible).not.toContain(hostile);
  });

  it('drops links that are not http(s)', () => {
    const out = renderBumpPrBody({ plan, diff: '', constraintsFile: 'c.txt', indexPageUrl: () => 'javascript:alert(1)' });
    expect(out).not.toContain('[index]');
  });

  it('keeps the hidden block closed whatever the names hold', () => {
    const block = renderPlanBlock({ bumps: [bump('x-->y', '1.0', '2.0'), bump('a--b', '1.0', '2.0')], held: [], errors: [] });
    const inner = block.slice('<!-- '.length, -' -->'.length);
    expect(inner).not.toContain('--' + '>');
    expect(inner).not.toMatch(/--/);
    expect(inner).not.toContain('>');
    expect(readProposal(block)?.pins).toEqual({ 'a-b': { from: '1.0', to: '2.0' } });
  });

  it('round-trips the plan through readProposal', () => {
    expect(readProposal(body)).toEqual({
      pins: { pydantic: { from: '2.10.4', to: '2.11.1' }, requests: { from: '2.32.3', to: '2.32.4' } },
      rejected: [],
    });
    const carried = renderBumpPrBody({ plan, diff: '', constraintsFile: 'c.txt', indexPageUrl, rejected: [{ name: 'typing-extensions', version: '4.13.0', source: 'unchecked in #12' }] });
    expect(readProposal(carried)?.rejected).toEqual([{ name: 'typing-extensions', version: '4.13.0', source: 'unchecked in #12' }]);
  });

  describe('under the length limit', () => {
    const many: Plan = {
      bumps: Array.from({ length: 1200 }, (_, i) => bump(`package-number-${i}`, '1.0.0', `1.${i}.0`, { releaseAgeDays: i })),
      held: Array.from({ length: 800 }, (_, i) => ({ name: `held-${i}`, current: '1.0', newest: '9.0', reason: 'a consumer excludes it '.repeat(5), reasons: [] })),
      errors: [],
    };
    const hugeDiff = Array.from({ length: 5000 }, (_, i) => `-package-number-${i}==1.0.0\n+package-number-${i}==1.${i}.0`).join('\n');

    it.each<[string, Plan, number, string[], string[]]>([
      ['drops the diff first', { bumps: many.bumps.slice(0, 20), held: [], errors: [] }, 65_000, ['see the [job summary](https://github.com/acme/mono/actions/runs/1)'], ['```diff']],
      ['then trims held rows', { bumps: many.bumps.slice(0, 200), held: many.held, errors: [] }, 65_000, ['more held back'], ['```diff']],
      ['then checklist lines', many, 65_000, ['more (still in this PR'], ['### Held back\n\n| package |\n']],
      ['at a small limit', many, 30_000, ['monopin:plan'], []],
    ])('%s', (_what, p, max, present, absent) => {
      const out = renderBumpPrBody({ plan: p, diff: hugeDiff, constraintsFile: 'c.txt', indexPageUrl, maxLength: max, summaryUrl: 'https://github.com/acme/mono/actions/runs/1' });
      const block = renderPlanBlock(p);
      expect(out.length).toBeLessThanOrEqual(Math.max(max, block.length));
      expect(out.startsWith(block)).toBe(true);
      expect(Object.keys(readProposal(out)?.pins ?? {})).toHaveLength(p.bumps.length);
      for (const text of present) expect(out).toContain(text);
      for (const text of absent) expect(out).not.toContain(text);
    });

    it('stays under 65,536 by default', () => {
      const out = renderBumpPrBody({ plan: many, diff: hugeDiff, constraintsFile: 'c.txt', indexPageUrl });
      expect(out.length).toBeLessThan(65_536);
      expect(readProposal(out)?.pins['package-number-1199']).toEqual({ from: '1.0.0', to: '1.1199.0' });
    });
  });
});
