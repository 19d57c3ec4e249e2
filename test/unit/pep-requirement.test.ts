import { describe, expect, it } from 'vitest';
import { parseRequirement, RequirementSyntaxError } from '../../src/pep/requirement.js';

describe('parseRequirement', () => {
  it.each([
    ['requests', { name: 'requests', extras: [], specifier: '' }],
    ['Django==4.2.16', { name: 'django', rawName: 'Django', specifier: '==4.2.16' }],
    ['zope.interface>=6.0', { name: 'zope-interface', specifier: '>=6.0' }],
    ['Foo__Bar.baz', { name: 'foo-bar-baz' }],
    ['spaced >= 1.0 , < 2.0', { specifier: '>=1.0,<2.0' }],
    ['parens (>=1.0,<2)', { specifier: '>=1.0,<2' }],
    ['foo===1.0+weird', { specifier: '===1.0+weird' }],
    ['bar===not-a-version', { specifier: '===not-a-version' }],
    ['baz==1.0.*', { specifier: '==1.0.*' }],
    ['qux!=2.*', { specifier: '!=2.*' }],
    ['compat~=1.4.2', { specifier: '~=1.4.2' }],
    ['empty[]==1.0', { extras: [], specifier: '==1.0' }],
    ['x[B_x, a]', { extras: ['a', 'b-x'] }],
    ['x[a,a]', { extras: ['a'] }],
    ['u @ https://e.com/u.tar.gz', { url: 'https://e.com/u.tar.gz', specifier: '' }],
    ['u@git+https://e.com/u.git@v1 ; python_version >= "3.9"', { url: 'git+https://e.com/u.git@v1', marker: 'python_version >= "3.9"' }],
    ['m; os_name == "nt" ', { marker: 'os_name == "nt"' }],
    // as packaging: without a space the ';' belongs to the URL
    ['u @ https://e.com/x;os_name=="nt"', { url: 'https://e.com/x;os_name=="nt"' }],
    ['m;(python_version<"3")', { marker: '(python_version<"3")' }],
  ])('%s', (text, expected) => {
    expect(parseRequirement(text)).toMatchObject(expected);
  });

  it.each([
    ['', 0, /package name/],
    ['-bad', 0, /package name/],
    ['name_', 4, /unexpected text/],
    ['foo=1.0', 3, /unexpected text/],
    ['foo>=1.0.*', 3, /invalid version specifier/],
    ['foo~=1', 3, /invalid version specifier/],
    ['foo<=1.0+local', 3, /invalid version specifier/],
    ['foo>=1.0,', 9, /after ,/],
    ['foo (>=1.0', 10, /\)/],
    ['foo[a,]', 6, /extra name after ,/],
    ['foo[a', 5, /, or \]/],
    ['foo @ ./path', 12, /scheme/],
    ['foo;', 4, /marker after ;/],
    ['foo; os_name = "nt"', 13, /marker operator/],
    ['foo; python_version < 3.8', 22, /quoted string/],
    ['foo==1.0 garbage', 9, /unexpected text 'garbage'/],
  ])('rejects %j at offset %i', (text, offset, message) => {
    let error: unknown;
    try {
      parseRequirement(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RequirementSyntaxError);
    expect((error as RequirementSyntaxError).offset).toBe(offset);
    expect((error as Error).message).toMatch(message);
  });
});
