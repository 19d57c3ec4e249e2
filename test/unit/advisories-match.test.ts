// OSV version matching (ECOSYSTEM events with PEP 440 order, explicit versions), severity, alias merging.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { affects, fixedVersionsFor } from '../../src/advisories/match.js';
import { mergeAdvisories } from '../../src/advisories/merge.js';
import { parseOsvRecord } from '../../src/advisories/records.js';
import { levelOfScore, severityOf } from '../../src/advisories/severity.js';
import type { OsvEvent, OsvRecord } from '../../src/advisories/types.js';

const fixture = (id: string): OsvRecord => parseOsvRecord(readFileSync(`test/fixtures/osv/${id}.json`, 'utf8'), id);
const record = (events: OsvEvent[], extra: Partial<OsvRecord> = {}): OsvRecord => ({
  id: 'TEST-1',
  modified: '',
  affected: [{ package: { ecosystem: 'PyPI', name: 'Demo_Pkg' }, ranges: [{ type: 'ECOSYSTEM', events }] }],
  ...extra,
});

describe('affects', () => {
  // The public records list, beside their ECOSYSTEM ranges, the versions OSV itself enumerated as
  // affected: the range arithmetic must agree with the database on every one of them.
  it.each(['PYSEC-2023-74', 'PYSEC-2024-24'])('agrees with the versions %s lists as affected, from its ranges alone', (id) => {
    const full = fixture(id);
    const listed = full.affected!.flatMap((a) => (a.versions ?? []).map((v) => [a.package!.name, v] as const));
    expect(listed.length).toBeGreaterThan(5);
    const rangesOnly: OsvRecord = { ...full, affected: full.affected!.map(({ versions: _versions, ...a }) => a) };
    for (const [name, version] of listed) expect([version, affects(rangesOnly, name, version)]).toEqual([version, true]);
  });

  it.each([
    // [events, version, affected]
    [[{ introduced: '0' }, { fixed: '2.32.2' }], '2.32.1', true],
    [[{ introduced: '0' }, { fixed: '2.32.2' }], '2.32.2', false],
    [[{ introduced: '0' }, { fixed: '2.32.2' }], '2.32.2rc1', true], // a pre-release sorts before its release
    [[{ introduced: '1.0.5' }, { fixed: '3.9.2' }], '1.0.4', false],
    [[{ introduced: '1.0.5' }, { fixed: '3.9.2' }], '1.0.5', true],
    [[{ introduced: '0' }, { last_affected: '2.0.7' }], '2.0.7', true],
    [[{ introduced: '0' }, { last_affected: '2.0.7' }], '2.0.7.post1', false],
    [[{ introduced: '0' }, { last_affected: '2.0.7' }], '2.0.8', false],
    [[{ introduced: '2.0' }, { limit: '3.0' }], '2.9', true],
    [[{ introduced: '2.0' }, { limit: '3.0' }], '3.0', false],
    // two intervals in one range, events out of order: sorted by PEP 440 (1.10 after 1.9)
    [[{ fixed: '1.10' }, { introduced: '1.2' }, { introduced: '2.0' }, { fixed: '2.1' }], '1.9', true],
    [[{ fixed: '1.10' }, { introduced: '1.2' }, { introduced: '2.0' }, { fixed: '2.1' }], '1.10', false],
    [[{ fixed: '1.10' }, { introduced: '1.2' }, { introduced: '2.0' }, { fixed: '2.1' }], '2.0.5', true],
    [[{ introduced: '0' }], '99', true], // no fix yet
    [[{ introduced: '0' }, { fixed: '1.0' }], '1.0.0', false], // PEP 440: 1.0 == 1.0.0
  ] as [OsvEvent[], string, boolean][])('%j at %s → %s', (events, version, expected) => {
    expect(affects(record(events), 'demo-pkg', version)).toBe(expected);
  });

  it('matches the package by its normalized name and ignores other ecosystems and GIT ranges', () => {
    expect(affects(fixture('GHSA-h75v-3vvj-5mfj'), 'jinja2', '3.1.3')).toBe(true); // the record says "Jinja2"
    const npm: OsvRecord = { id: 'X', modified: '', affected: [{ package: { ecosystem: 'npm', name: 'jinja2' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }] }] };
    expect(affects(npm, 'jinja2', '1.0')).toBe(false);
    const git = record([]);
    git.affected![0]!.ranges = [{ type: 'GIT', events: [{ introduced: '0' }, { fixed: 'abc123' }] }];
    expect(affects(git, 'demo-pkg', '1.0')).toBe(false);
  });

  it('counts the explicit versions list, even for versions outside every range', () => {
    const r = record([{ introduced: '2.0' }, { fixed: '2.1' }]);
    r.affected![0]!.versions = ['1.5'];
    expect(affects(r, 'demo-pkg', '1.5')).toBe(true);
    expect(affects(r, 'demo-pkg', '1.6')).toBe(false);
  });

  it('ignores a withdrawn record', () => {
    expect(affects(record([{ introduced: '0' }], { withdrawn: '2024-01-01T00:00:00Z' }), 'demo-pkg', '1.0')).toBe(false);
  });

  it('names the fix of the range the version is in (urllib3 has one per major line)', () => {
    const urllib3 = fixture('GHSA-34jh-p97f-mpxf');
    expect(fixedVersionsFor(urllib3, 'urllib3', '2.0.7')).toEqual(['2.2.2']);
    expect(fixedVersionsFor(urllib3, 'urllib3', '1.26.18')).toEqual(['1.26.19']);
  });
});

describe('severity', () => {
  it.each([
    ['GHSA-9wx4-h78v-vm56', 'moderate', 5.6],
    ['GHSA-5h86-8mv2-jq9f', 'moderate', 5.9],
    ['PYSEC-2024-24', 'high', 7.5],
    ['GHSA-34jh-p97f-mpxf', 'moderate', 4.4],
  ])('%s is %s (CVSS v3 base %s)', (id, level, score) => {
    expect(severityOf(fixture(id))).toEqual({ level, score, source: 'CVSS_V3' });
  });

  it('scores CVSS v4 vectors, prefers them to v3, and falls back to the database label', () => {
    const v4 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';
    expect(severityOf({ id: 'A', modified: '', severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N' }, { type: 'CVSS_V4', score: v4 }] })).toEqual({ level: 'critical', score: 9.3, source: 'CVSS_V4' });
    expect(severityOf({ id: 'B', modified: '', database_specific: { severity: 'HIGH' } })).toEqual({ level: 'high', source: 'database' });
    expect(severityOf({ id: 'C', modified: '', severity: [{ type: 'CVSS_V3', score: 'not a vector' }] })).toEqual({ level: 'unknown' });
    expect([levelOfScore(9), levelOfScore(8.9), levelOfScore(4), levelOfScore(3.9), levelOfScore(0)]).toEqual(['critical', 'high', 'moderate', 'low', 'unknown']);
  });
});

describe('mergeAdvisories', () => {
  it('makes a GHSA, its CVE and the PYSEC copy one advisory with the worst severity', () => {
    const [merged, ...rest] = mergeAdvisories([fixture('PYSEC-2024-24'), fixture('GHSA-5h86-8mv2-jq9f')], 'aiohttp', '3.9.1');
    expect(rest).toEqual([]);
    expect(merged).toEqual({
      id: 'GHSA-5h86-8mv2-jq9f',
      aliases: ['PYSEC-2024-24', 'CVE-2024-23334'],
      summary: 'aiohttp is vulnerable to directory traversal',
      url: 'https://github.com/advisories/GHSA-5h86-8mv2-jq9f',
      level: 'high',
      score: 7.5,
      fixed: ['3.9.2'],
    });
  });

  it('keeps distinct advisories apart, worst first', () => {
    const refs = mergeAdvisories([fixture('GHSA-h5c8-rqwp-cp95'), fixture('GHSA-h75v-3vvj-5mfj')], 'jinja2', '3.1.2');
    expect(refs.map((r) => [r.id, r.fixed])).toEqual([
      ['GHSA-h5c8-rqwp-cp95', ['3.1.3']],
      ['GHSA-h75v-3vvj-5mfj', ['3.1.4']],
    ]);
  });
});
