import { describe, expect, it } from 'vitest';
import { expandVariables, joinContinuations, lexShell, sliceText } from '../../src/sources/shell.js';

const vars: Record<string, string> = { V: '1.2', EMPTY: '' };
const lookup = (name: string): string | undefined => vars[name];

/** Each command as its word values. */
function words(script: string): string[][] {
  return lexShell(sliceText(script, 0, script.length), { lookup }).commands.map((c) => c.words.map((w) => w.value));
}

describe('lexShell: words and commands', () => {
  it.each([
    ['pip install a b', [['pip', 'install', 'a', 'b']]],
    ['a && b || c ; d | e & f', [['a'], ['b'], ['c'], ['d'], ['e'], ['f']]],
    ['a\nb', [['a'], ['b']]],
    ['(cd /x && pip install y) ; { z; }', [['cd', '/x'], ['pip', 'install', 'y'], ['z']]],
    ['if pip install a; then echo ok; fi', [['pip', 'install', 'a'], ['echo', 'ok']]],
    [`'single $V' "double $V" mixed"$V"'$V'`, [['single $V', 'double 1.2', 'mixed1.2$V']]],
    [`"esc \\" \\$V \\\\ \\a"`, [['esc " $V \\ \\a']]],
    ['un\\ quoted \\"x', [['un quoted', '"x']]],
    ['${V} ${V:-d} ${NOPE:-d} ${EMPTY:-e} ${EMPTY-e} ${V:+set} ${NOPE:+set}', [['1.2', '1.2', 'd', 'e', '', 'set', '${NOPE:+set}']]],
    ['echo $(ls "a b") `date` $1', [['echo', '$(ls "a b")', '`date`', '$1']]],
    ['echo a # comment && pip install x\npip install y', [['echo', 'a'], ['pip', 'install', 'y']]],
    ['a \\\nb', [['a', 'b']]],
    ['a \\\r\nb', [['a', 'b']]],
    ['echo "" x', [['echo', '', 'x']]],
    ['cat <<EOF > /f\npip install no\nEOF\npip install yes', [['cat'], ['pip', 'install', 'yes']]],
    ['cat <<-EOF\n\tpip install no\n\tEOF\necho', [['cat'], ['echo']]],
  ])('%j', (script, expected) => {
    expect(words(script)).toEqual(expected);
  });

  it('marks words that still hold an unknown variable', () => {
    const s = 'a $V $NOPE "x${NOPE}" \'$NOPE\'';
    const [cmd] = lexShell(sliceText(s, 0, s.length), { lookup }).commands;
    expect(cmd!.words.map((w) => w.unresolved)).toEqual([false, false, true, true, false]);
    expect(cmd!.words.map((w) => w.text)).toEqual(['a', '$V', '$NOPE', 'x${NOPE}', '$NOPE']);
  });

  it('reports unterminated quotes instead of throwing', () => {
    const r = lexShell(sliceText('pip install "abc', 0, 16));
    expect(r.errors).toEqual([{ message: 'unterminated double quote', offset: 12 }]);
    expect(r.commands[0]!.words.map((w) => w.value)).toEqual(['pip', 'install', 'abc']);
  });
});

describe('lexShell: redirects', () => {
  const lex = (s: string) => lexShell(sliceText(s, 0, s.length)).commands[0]!;

  it.each([
    ['fastapi>=0.100', 'fastapi', [['>', '=0.100']]],
    ['pkg<2', 'pkg', [['<', '2']]],
    ['pkg>1,<2', 'pkg', [['>', '1,'], ['<', '2']]],
    ['x>/dev/null', 'x', [['>', '/dev/null']]],
  ])('%s is a word with glued redirects', (script, word, glued) => {
    const cmd = lex(script);
    expect(cmd.words.map((w) => w.value)).toEqual([word]);
    expect(cmd.words[0]!.glued.map((g) => [g.op, g.target?.value])).toEqual(glued);
    expect(cmd.redirects).toEqual([]);
  });

  it.each([
    ['cmd 2>&1', [['2', '>&', '1']]],
    ['cmd >> log 2> err', [[undefined, '>>', 'log'], ['2', '>', 'err']]],
    ['cmd &> all < in', [[undefined, '&>', 'all'], [undefined, '<', 'in']]],
    ['cmd > "a b"', [[undefined, '>', 'a b']]],
  ])('%s has free redirects', (script, expected) => {
    const cmd = lex(script);
    expect(cmd.words.map((w) => w.value)).toEqual(['cmd']);
    expect(cmd.redirects.map((r) => [r.fd, r.op, r.target?.value])).toEqual(expected);
  });

  it('does not glue a quoted specifier or one after a space', () => {
    const cmd = lex('pip install "a>=1" b >=2');
    expect(cmd.words.map((w) => [w.value, w.glued.length])).toEqual([['pip', 0], ['install', 0], ['a>=1', 0], ['b', 0]]);
    expect(cmd.redirects.map((r) => [r.op, r.target?.value])).toEqual([['>', '=2']]);
  });
});

describe('offsets', () => {
  it('maps every character of a word back to the file, across quotes and substitutions', () => {
    const s = 'x "a==$V" b';
    const w = lexShell(sliceText(s, 0, s.length), { lookup }).commands[0]!.words[1]!;
    expect(w.value).toBe('a==1.2');
    expect(w.offsets).toEqual([3, 4, 5, 6, 6, 6]);
    expect([w.start, w.end]).toEqual([2, 8]);
  });

  it.each([
    // [file, start, expected text]
    ['RUN a \\\n    b', 4, 'a     b'],
    ['RUN a \\\n  # comment\n\n  b', 4, 'a   b'],
    ['RUN a \\  \r\n  b \\\r\n  c\r\nRUN d', 4, 'a   b   c'],
    ['RUN a\nRUN b', 4, 'a'],
  ])('joinContinuations(%j)', (file, start, text) => {
    const m = joinContinuations(file, start, file.length);
    expect(m.text).toBe(text);
    // every kept character is the same character in the file
    for (let k = 0; k < m.text.length; k++) expect(file[m.offsets[k]!]).toBe(m.text[k]);
  });

  it('joins with another escape character', () => {
    expect(joinContinuations('RUN a `\n  b', 4, 11, '`').text).toBe('a   b');
  });
});

describe('expandVariables', () => {
  it.each([
    ['python:${V}-slim', 'python:1.2-slim', false],
    ['$NOPE/base:latest', '$NOPE/base:latest', true],
    ['${NOPE:-ghcr.io}/x', 'ghcr.io/x', false],
  ])('%s', (text, value, unresolved) => {
    expect(expandVariables(text, lookup)).toEqual({ value, unresolved });
  });
});
