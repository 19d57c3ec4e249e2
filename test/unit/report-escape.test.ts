import { describe, expect, it } from 'vitest';
import { clip, codeSpan, cutUtf16, escapeHtml, escapeMarkdown, escapeTerminal, singleLine } from '../../src/report/escape.js';

const ZWJ = '\u200d';

describe('escapeMarkdown', () => {
  it.each([
    ['**bold**', '\\*\\*bold\\*\\*'],
    ['a|b', 'a\\|b'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['AT&T', 'AT&amp;T'],
    ['&amp;', '&amp;amp;'],
    ['[x](https://evil.example)', '\\[x\\](https://evil.example)'],
    ['![x](y)', '!\\[x\\](y)'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['== heading', '\\== heading'],
    ['pydantic>=2.10,<3 (e.g.)', 'pydantic&gt;=2.10,&lt;3 (e.g.)'],
    ['`code`', '\\`code\\`'],
    ['~~s~~ _u_ $x$', '\\~\\~s\\~\\~ \\_u\\_ \\$x\\$'],
    ['back\\slash', 'back\\\\slash'],
    ['line\nbreak\r\nand\rmore', 'line break and more'],
    ['plain text 123', 'plain text 123'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('keeps GitHub from pinging users and teams or cross-referencing issues', () => {
    const out = escapeMarkdown('@octocat @acme/security-team #12 a@b.c');
    expect(out).toBe(`@${ZWJ}octocat @${ZWJ}acme/security-team \\#${ZWJ}12 a@${ZWJ}b.c`);
    expect(out).not.toMatch(/@[A-Za-z]/);
    expect(out).not.toMatch(/#\d/);
  });

  it('drops terminal escapes and bidi overrides', () => {
    expect(escapeMarkdown('\u001b[31mred\u001b[0m \u202eevil\u2066')).toBe('\\[31mred\\[0m evil');
  });
});

describe('codeSpan', () => {
  it.each([
    ['>=1.0,<2', '`>=1.0,<2`'],
    ['a`b', '``a`b``'],
    ['a``b`', '``` a``b` ```'],
    ['`x`', '`` `x` ``'],
    ['<script>', '`<script>`'],
    ['', ''],
    ['two\nlines', '`two lines`'],
  ])('%j → %j', (input, expected) => {
    expect(codeSpan(input)).toBe(expected);
  });

  it('escapes pipes in table cells only', () => {
    expect(codeSpan('a|b')).toBe('`a|b`');
    expect(codeSpan('a|b', { table: true })).toBe('`a\\|b`');
  });
});

describe('plain text helpers', () => {
  it('escapeTerminal removes escape sequences and newlines', () => {
    expect(escapeTerminal('a\u001b]8;;https://x\u0007b\nc\td')).toBe('a]8;;https://xb c d');
  });

  it('escapeHtml escapes markup and references', () => {
    expect(escapeHtml('<b a="1">&</b> @x')).toBe(`&lt;b a=&quot;1&quot;&gt;&amp;&lt;/b&gt; @${ZWJ}x`);
  });

  it('clip counts code points and marks the cut', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 4)).toBe('abc');
    expect(clip('😀😀😀', 2)).toBe('😀…');
  });

  it('cutUtf16 never splits a surrogate pair', () => {
    expect(cutUtf16('a😀', 2)).toBe('a');
    expect(cutUtf16('abc', 2)).toBe('ab');
  });

  it('singleLine keeps ordinary unicode', () => {
    expect(singleLine('naïve – ✓\u2028x')).toBe('naïve – ✓ x');
  });
});
