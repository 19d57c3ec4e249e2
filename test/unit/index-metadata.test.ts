// Core metadata files: headers, folded lines, repeated Requires-Dist, the body left out.
import { describe, expect, it } from 'vitest';
import { parseCoreMetadata, parseMetadataHeaders } from '../../src/index/metadata.js';

describe('parseCoreMetadata', () => {
  it('reads Name, Version, every Requires-Dist and Requires-Python', () => {
    const text = [
      'Metadata-Version: 2.1',
      'Name: Foo.Bar',
      'Version: 1.2.0',
      'Requires-Python: >=3.8',
      'Requires-Dist: requests (>=2.0)',
      'Requires-Dist: tomli>=1.1; python_version < "3.11"',
      'Requires-Dist: pytest; extra == "test"',
      'Provides-Extra: test',
      '',
      'Requires-Dist: not-a-header-this-is-the-description',
    ].join('\n');
    expect(parseCoreMetadata(text)).toEqual({
      name: 'Foo.Bar',
      version: '1.2.0',
      requiresPython: '>=3.8',
      requiresDist: ['requests (>=2.0)', 'tomli>=1.1; python_version < "3.11"', 'pytest; extra == "test"'],
    });
  });

  it('unfolds continuation lines and accepts CRLF and case-insensitive names', () => {
    const text = 'metadata-version: 2.1\r\nNAME: x\r\nversion: 1\r\nrequires-dist: a>=1;\r\n  python_version < "3.12"\r\nSummary: one\r\n\tand two\r\n\r\nbody';
    expect(parseCoreMetadata(text)).toEqual({ name: 'x', version: '1', requiresDist: ['a>=1; python_version < "3.12"'] });
    expect(parseMetadataHeaders(text).get('summary')).toEqual(['one\n\tand two']);
  });

  it('has no requiresPython when it is absent or blank', () => {
    expect(parseCoreMetadata('Name: a\nVersion: 1\nRequires-Python: \n')).toEqual({ name: 'a', version: '1', requiresDist: [] });
  });

  it.each([
    ['no Name', 'Version: 1\n'],
    ['no Version', 'Name: a\n'],
    ['empty', ''],
  ])('throws on %s', (_label, text) => {
    expect(() => parseCoreMetadata(text)).toThrow(/core metadata without/);
  });
});
