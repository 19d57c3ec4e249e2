// PEP 691 JSON and PEP 503 HTML project pages into ProjectPage.
import { describe, expect, it } from 'vitest';
import { IndexError } from '../../src/index/errors.js';
import { ACCEPT, formatOf, parseProjectHtml, parseProjectJson, parseProjectPage, unescapeHtml } from '../../src/index/simple-api.js';

const PAGE_URL = 'https://pypi.example/simple/foo-bar/';
const INDEX = 'https://pypi.example/simple/';

function html(anchors: string): string {
  return `<!DOCTYPE html><html><body><h1>Links for foo-bar</h1>\n${anchors}\n</body></html>`;
}
function json(files: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ meta: { 'api-version': '1.1' }, name: 'foo-bar', files, ...extra });
}
const file = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  filename: 'foo_bar-1.0-py3-none-any.whl',
  url: '../../files/foo_bar-1.0-py3-none-any.whl',
  hashes: { sha256: 'ab12' },
  ...over,
});
const fromHtml = (body: string, url = PAGE_URL) => parseProjectHtml({ body, url, name: 'Foo_Bar', index: INDEX, contentType: 'text/html' });
const fromJson = (body: string) => parseProjectJson({ body, url: PAGE_URL, name: 'Foo_Bar', index: INDEX, contentType: undefined });

describe('PEP 503 HTML', () => {
  it.each([
    ['no attribute', '', false],
    ['bare attribute', ' data-yanked', true],
    ['empty value', ' data-yanked=""', true],
    ['a reason', ' data-yanked="broken &amp; withdrawn"', 'broken & withdrawn'],
    ['single quotes', " data-yanked='bad'", 'bad'],
  ])('yanked: %s', (_label, attribute, expected) => {
    const page = fromHtml(html(`<a href="/files/foo_bar-1.0.tar.gz"${attribute}>foo_bar-1.0.tar.gz</a>`));
    expect(page.files[0]?.yanked).toEqual(expected);
  });

  it.each([
    ['escaped', 'data-requires-python="&gt;=3.8,&lt;4"', '>=3.8,<4'],
    ['numeric entities', 'data-requires-python="&#62;=3.8,&#x3C;4"', '>=3.8,<4'],
    ['raw > inside quotes', 'data-requires-python=">=3.8"', '>=3.8'],
    ['absent', '', undefined],
    ['blank', 'data-requires-python=""', undefined],
  ])('requires-python: %s', (_label, attribute, expected) => {
    const page = fromHtml(html(`<a ${attribute} href="x/foo_bar-1.0.tar.gz">foo_bar-1.0.tar.gz</a>`));
    expect(page.files).toHaveLength(1);
    expect(page.files[0]?.requiresPython).toBe(expected);
  });

  it.each([
    ['PEP 714 with hash', 'data-core-metadata="sha256=ABCD"', { sha256: 'abcd' }],
    ['PEP 658 spelling', 'data-dist-info-metadata="sha256=beef"', { sha256: 'beef' }],
    ['true', 'data-core-metadata="true"', true],
    ['PEP 714 wins over PEP 658', 'data-core-metadata="sha256=aa" data-dist-info-metadata="sha256=bb"', { sha256: 'aa' }],
    ['absent', '', false],
  ])('core metadata: %s', (_label, attribute, expected) => {
    const page = fromHtml(html(`<a href="foo_bar-1.0-py3-none-any.whl" ${attribute}>w</a>`));
    expect(page.files[0]?.coreMetadata).toEqual(expected);
  });

  it.each([
    ['relative', '../../files/foo_bar-1.0.tar.gz', 'https://pypi.example/files/foo_bar-1.0.tar.gz'],
    ['root-relative', '/packages/ab/foo_bar-1.0.tar.gz', 'https://pypi.example/packages/ab/foo_bar-1.0.tar.gz'],
    ['same folder', 'foo_bar-1.0.tar.gz', 'https://pypi.example/simple/foo-bar/foo_bar-1.0.tar.gz'],
    ['absolute', 'https://files.example/p/foo_bar-1.0.tar.gz', 'https://files.example/p/foo_bar-1.0.tar.gz'],
    ['escaped &amp; in query', 'https://files.example/foo_bar-1.0.tar.gz?a=1&amp;b=2', 'https://files.example/foo_bar-1.0.tar.gz?a=1&b=2'],
  ])('URLs: %s', (_label, href, expected) => {
    const page = fromHtml(html(`<a href="${href}">f</a>`));
    expect(page.files[0]?.url).toBe(expected);
    expect(page.files[0]?.filename).toBe('foo_bar-1.0.tar.gz');
  });

  it('resolves links against <base href>', () => {
    const page = fromHtml(`<html><head><base href="https://mirror.example/x/"></head><body><a href="foo_bar-1.0.tar.gz">f</a></body></html>`);
    expect(page.files[0]?.url).toBe('https://mirror.example/x/foo_bar-1.0.tar.gz');
  });

  it.each([
    ['sha256', '#sha256=ABCDEF01', { sha256: 'abcdef01' }],
    ['md5', '#md5=0123abcd', { md5: '0123abcd' }],
    ['none', '', {}],
    ['not a hash', '#egg=foo', {}],
  ])('hashes from the fragment: %s', (_label, fragment, expected) => {
    const page = fromHtml(html(`<a href="../../files/foo_bar-1.0-py3-none-any.whl${fragment}">w</a>`));
    expect(page.files[0]?.hashes).toEqual(expected);
    expect(page.files[0]?.url).toBe('https://pypi.example/files/foo_bar-1.0-py3-none-any.whl');
  });

  it('derives name, versions (PEP 440 order) and index; skips anchors without href', () => {
    const page = fromHtml(
      html(
        [
          '<a href="foo_bar-1.10-py3-none-any.whl">a</a>',
          '<a href="Foo-Bar-1.9.tar.gz">b</a>',
          '<a href="foo_bar-1.9-py3-none-any.whl">c</a>',
          '<a name="top">no link</a>',
          '<A HREF="foo_bar-2.0rc1.zip">upper-case tag</A>',
        ].join('\n'),
      ),
    );
    expect(page.name).toBe('foo-bar');
    expect(page.index).toBe(INDEX);
    expect(page.files.map((f) => f.filename)).toEqual([
      'foo_bar-1.10-py3-none-any.whl',
      'Foo-Bar-1.9.tar.gz',
      'foo_bar-1.9-py3-none-any.whl',
      'foo_bar-2.0rc1.zip',
    ]);
    expect(page.versions).toEqual(['1.9', '1.10', '2.0rc1']);
  });

  it('rejects a body that is not HTML, naming package and URL', () => {
    const error = (() => {
      try {
        fromHtml('{"meta": 1}');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(IndexError);
    expect((error as IndexError).package).toBe('Foo_Bar');
    expect((error as IndexError).url).toBe(PAGE_URL);
  });
});

describe('PEP 691 JSON', () => {
  it.each([
    ['absent', undefined, false],
    ['false', false, false],
    ['true', true, true],
    ['a reason', 'security issue', 'security issue'],
    ['empty reason', '', true],
  ])('yanked: %s', (_label, yanked, expected) => {
    const page = fromJson(json([file(yanked === undefined ? {} : { yanked })]));
    expect(page.files[0]?.yanked).toEqual(expected);
  });

  it.each([
    ['core-metadata hashes', { 'core-metadata': { sha256: 'aa' } }, { sha256: 'aa' }],
    ['core-metadata true', { 'core-metadata': true }, true],
    ['core-metadata false', { 'core-metadata': false }, false],
    ['older dist-info-metadata', { 'dist-info-metadata': { sha256: 'bb' } }, { sha256: 'bb' }],
    ['core-metadata wins', { 'core-metadata': { sha256: 'aa' }, 'dist-info-metadata': { sha256: 'bb' } }, { sha256: 'aa' }],
    ['absent', {}, false],
  ])('core metadata: %s', (_label, fields, expected) => {
    expect(fromJson(json([file(fields)])).files[0]?.coreMetadata).toEqual(expected);
  });

  it('reads requires-python, size, upload-time and hashes; resolves the URL', () => {
    const page = fromJson(
      json([file({ 'requires-python': '>=3.9', size: 1234, 'upload-time': '2024-05-01T10:00:00.123456Z', hashes: { sha256: 'ab12', blake2b_256: 'cd' } })]),
    );
    expect(page.files[0]).toEqual({
      filename: 'foo_bar-1.0-py3-none-any.whl',
      url: 'https://pypi.example/files/foo_bar-1.0-py3-none-any.whl',
      hashes: { sha256: 'ab12', blake2b_256: 'cd' },
      requiresPython: '>=3.9',
      size: 1234,
      uploadTime: '2024-05-01T10:00:00.123456Z',
      yanked: false,
      coreMetadata: false,
    });
  });

  it('takes PEP 700 versions (even ones without files), sorted; else derives them from filenames', () => {
    expect(fromJson(json([file()], { versions: ['2.0', '0.9', '1.0'] })).versions).toEqual(['0.9', '1.0', '2.0']);
    expect(fromJson(json([file(), file({ filename: 'foo_bar-1.1.tar.gz', url: 'x' })])).versions).toEqual(['1.0', '1.1']);
  });

  it.each([
    ['not JSON', '<html>'],
    ['no meta', JSON.stringify({ files: [] })],
    ['api-version 2', JSON.stringify({ meta: { 'api-version': '2.0' }, files: [] })],
    ['no files', JSON.stringify({ meta: { 'api-version': '1.0' } })],
    ['file without url', json([{ filename: 'a-1.tar.gz', hashes: {} }])],
    ['file without hashes', json([{ filename: 'a-1.tar.gz', url: 'a' }])],
    ['hash not a string', json([{ filename: 'a-1.tar.gz', url: 'a', hashes: { sha256: 1 } }])],
  ])('rejects %s with an IndexError naming package and URL', (_label, body) => {
    expect(() => fromJson(body)).toThrow(IndexError);
    expect(() => fromJson(body)).toThrow(/Foo_Bar/);
    try {
      fromJson(body);
    } catch (error) {
      expect((error as IndexError).url).toBe(PAGE_URL);
    }
  });
});

describe('content types', () => {
  it.each([
    ['application/vnd.pypi.simple.v1+json', 'json'],
    ['application/vnd.pypi.simple.latest+json', 'json'],
    ['application/vnd.pypi.simple.v1+html', 'html'],
    ['text/html; charset=utf-8', 'html'],
    ['application/json', undefined],
    [undefined, undefined],
  ])('%s → %s', (type, expected) => {
    expect(formatOf(type)).toBe(expected);
  });

  it('parses by Content-Type and rejects unknown ones', () => {
    const source = { url: PAGE_URL, name: 'foo-bar', index: INDEX };
    expect(parseProjectPage({ ...source, body: json([file()]), contentType: 'application/vnd.pypi.simple.v1+json' }).files).toHaveLength(1);
    expect(parseProjectPage({ ...source, body: html('<a href="foo_bar-1.0.zip">z</a>'), contentType: 'text/html' }).files).toHaveLength(1);
    expect(() => parseProjectPage({ ...source, body: '{}', contentType: 'application/octet-stream' })).toThrow(/Content-Type/);
  });

  it('asks for JSON first', () => {
    expect(ACCEPT).toBe('application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01');
  });

  it('unescapes HTML entities, leaving unknown ones', () => {
    expect(unescapeHtml('&lt;4 &amp;&amp; &#x27;a&#39; &bogus;')).toBe("<4 && 'a' &bogus;");
  });
});
