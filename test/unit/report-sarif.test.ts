import { describe, expect, it } from 'vitest';
import { FINGERPRINT_KEY, MAX_SARIF_RESULTS, type SarifLog, buildSarif, renderSarif, repoRelative } from '../../src/report/sarif.js';
import { RULES, RULE_IDS, defaultSeverity } from '../../src/checks/rules.js';
import { CONSTRAINTS, checkReport, finding, hostileReport, hugeReport, prReport } from './report-fixtures.js';

const LEVELS = ['error', 'warning', 'note', 'none'];

/**
 * What GitHub code scanning (upload-sarif) requires of a SARIF file: no network here, so the rules
 * are written out from its documentation ("SARIF support for code scanning") and upload errors.
 */
function assertGitHubAccepts(log: SarifLog): void {
  expect(log.version).toBe('2.1.0');
  expect(log.$schema).toMatch(/^https:\/\/.*sarif.*2\.1\.0.*\.json$/);
  expect(log.runs).toHaveLength(1);
  for (const run of log.runs) {
    const driver = run.tool.driver;
    expect(driver.name).toBe('monopin');
    expect(typeof driver.version).toBe('string');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    const ids = driver.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of driver.rules) {
      expect(rule.id).toMatch(/^[a-z][a-z-]*$/);
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.shortDescription.text.length).toBeLessThanOrEqual(1024);
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
      expect(rule.help.text.length).toBeGreaterThan(0);
      expect(rule.helpUri).toMatch(/^https:\/\/github\.com\/monopin\/monopin#rule-[a-z-]+$/);
      expect(LEVELS).toContain(rule.defaultConfiguration.level);
      expect(Array.isArray(rule.properties.tags)).toBe(true);
    }
    expect(run.results.length).toBeLessThanOrEqual(MAX_SARIF_RESULTS);
    for (const result of run.results) {
      expect(typeof result.ruleId).toBe('string');
      expect(ids).toContain(result.ruleId);
      expect(driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
      expect(LEVELS).toContain(result.level);
      expect(result.message.text.trim().length).toBeGreaterThan(0);
      expect(result.locations.length).toBeGreaterThanOrEqual(1);
      expect(result.locations.length).toBeLessThanOrEqual(1000);
      for (const { physicalLocation } of result.locations) {
        const { artifactLocation, region } = physicalLocation;
        expect(artifactLocation.uriBaseId).toBe('%SRCROOT%');
        // Repo-relative: no scheme, no leading slash, no drive letter, no backslash, no dot segments.
        expect(artifactLocation.uri).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
        expect(artifactLocation.uri).not.toMatch(/^\/|\\|(^|\/)\.\.?(\/|$)/);
        expect(() => new URL(artifactLocation.uri, 'file:///repo/')).not.toThrow();
        expect(new URL(artifactLocation.uri, 'file:///repo/').href.startsWith('file:///repo/')).toBe(true);
        expect(Number.isInteger(region.startLine) && region.startLine >= 1).toBe(true);
        expect(Number.isInteger(region.startColumn) && region.startColumn >= 1).toBe(true);
        if (region.endLine !== undefined) expect(region.endLine).toBeGreaterThanOrEqual(region.startLine);
        if (region.endColumn !== undefined && region.endLine === region.startLine) {
          expect(region.endColumn).toBeGreaterThan(region.startColumn);
        }
      }
      const fingerprint = result.partialFingerprints[FINGERPRINT_KEY];
      expect(fingerprint).toMatch(/^[0-9a-f]{32}:\d+$/);
    }
  }
}

describe('renderSarif', () => {
  it.each([
    ['check', checkReport()],
    ['pull request', prReport()],
    ['hostile content', hostileReport()],
  ])('renders a %s report GitHub accepts', (_name, report) => {
    const text = renderSarif(report);
    expect(text.endsWith('}\n')).toBe(true);
    const log = JSON.parse(text) as SarifLog;
    assertGitHubAccepts(log);
    expect(log.runs[0]!.results).toHaveLength(report.findings.length);
  });

  it('describes every rule, in RULES order, with its default level', () => {
    const rules = buildSarif(checkReport()).runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual([...RULE_IDS]);
    for (const rule of rules) {
      expect(rule.defaultConfiguration.level).toBe(defaultSeverity(rule.id as (typeof RULE_IDS)[number]));
      expect(rule.help.markdown).toBe(RULES.find((r) => r.id === rule.id)!.help);
      expect(rule.shortDescription.text).not.toContain('`');
    }
  });

  it('maps a finding to one result', () => {
    const result = buildSarif(checkReport()).runs[0]!.results[1]!;
    expect(result).toEqual({
      ruleId: 'inline-pin-mismatch',
      ruleIndex: RULE_IDS.indexOf('inline-pin-mismatch'),
      level: 'error',
      message: { text: 'The Dockerfile pins fastapi==0.110.0 but the constraints pin ==0.115.6; pin 0.115.6.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'services/worker/Dockerfile', uriBaseId: '%SRCROOT%' },
            region: { startLine: 7, startColumn: 22, endLine: 7, endColumn: 39 },
          },
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: expect.stringMatching(/^[0-9a-f]{32}:1$/) },
      properties: { package: 'fastapi', service: 'worker', specifier: '==0.110.0', pin: '==0.115.6' },
    });
  });

  it('keeps fingerprints stable when lines move and distinct per rule, package, file and service', () => {
    const fp = (overrides: Parameters<typeof finding>[0]): string => {
      const report = checkReport();
      report.findings = [finding(overrides)];
      return buildSarif(report).runs[0]!.results[0]!.partialFingerprints[FINGERPRINT_KEY]!;
    };
    const base = fp({});
    expect(fp({ location: { file: 'services/api/requirements.txt', line: 40, column: 9 } })).toBe(base);
    expect(fp({ message: 'reworded', specifier: '<1.9' })).toBe(base);
    expect(fp({ rule: 'unconstrained' })).not.toBe(base);
    expect(fp({ package: 'fastapi' })).not.toBe(base);
    expect(fp({ service: 'worker' })).not.toBe(base);
    expect(fp({ location: { file: 'services/api/requirements-dev.txt', line: 3, column: 1 } })).not.toBe(base);
  });

  it('numbers findings that share an identity so GitHub keeps them apart', () => {
    const report = checkReport();
    report.findings = [finding({ location: { file: 'a/Dockerfile', line: 3, column: 1 } }), finding({ location: { file: 'a/Dockerfile', line: 9, column: 1 } })];
    const [first, second] = buildSarif(report).runs[0]!.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]!);
    expect(first!.replace(/:1$/, ':2')).toBe(second);
  });

  it('repairs what GitHub would reject: columns and lines below 1, absolute and Windows paths, empty messages', () => {
    const report = checkReport();
    report.root = '/home/runner/work/repo/repo';
    report.findings = [
      finding({ location: { file: '/home/runner/work/repo/repo/services/api/requirements.txt', line: 0, column: 0 } }),
      finding({ location: { file: 'services\\api\\requirements.txt', line: 2, column: -3, endLine: 1, endColumn: 1 } }),
      finding({ location: { file: './services/my app/req#1.txt', line: 2, column: 4, endLine: 2, endColumn: 4 } }),
      finding({ message: '  \n ' }),
      finding({ location: { file: '', line: 1, column: 1 } }),
    ];
    const log = buildSarif(report);
    assertGitHubAccepts(log);
    const results = log.runs[0]!.results;
    const where = results.map((r) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r.locations[0]!.physicalLocation.region]);
    expect(where).toEqual([
      ['services/api/requirements.txt', { startLine: 1, startColumn: 1 }],
      ['services/api/requirements.txt', { startLine: 2, startColumn: 1 }],
      ['services/my%20app/req%231.txt', { startLine: 2, startColumn: 4, endLine: 2 }],
      ['services/api/requirements.txt', { startLine: 3, startColumn: 1 }],
      [CONSTRAINTS, { startLine: 1, startColumn: 1 }],
    ]);
    expect(results[3]!.message.text).toBe('conflict');
  });

  it('leaves out a finding with no file at all when there is no constraints file either', () => {
    const report = checkReport();
    delete report.constraints;
    report.findings = [finding({ location: { file: '', line: 1, column: 1 } }), finding()];
    expect(buildSarif(report).runs[0]!.results).toHaveLength(1);
  });

  it('keeps newlines and terminal escapes out of messages', () => {
    const log = buildSarif(hostileReport());
    for (const r of log.runs[0]!.results) expect(r.message.text).not.toMatch(/[\n\r\u001b\u202e]/);
  });

  it('caps results at what GitHub ingests, errors first', () => {
    const report = hugeReport(MAX_SARIF_RESULTS + 10);
    const run = buildSarif(report).runs[0]!;
    expect(run.results).toHaveLength(MAX_SARIF_RESULTS);
    expect(run.properties).toEqual({ truncatedResults: 10 });
    expect(run.results[0]!.level).toBe('error');
  });

  it('sets semanticVersion only for a semver tool version', () => {
    const report = checkReport();
    expect(buildSarif(report).runs[0]!.tool.driver.semanticVersion).toBe('0.1.0');
    report.tool.version = 'dev';
    expect(buildSarif(report).runs[0]!.tool.driver.semanticVersion).toBeUndefined();
  });
});

describe('repoRelative', () => {
  it.each([
    ['services/a.txt', '.', 'services/a.txt'],
    ['./services/a.txt', '.', 'services/a.txt'],
    ['/repo/services/a.txt', '/repo', 'services/a.txt'],
    ['/repo/services/a.txt', '/repo/', 'services/a.txt'],
    ['C:\\repo\\a.txt', 'C:\\repo', 'a.txt'],
    ['/elsewhere/a.txt', '/repo', 'elsewhere/a.txt'],
  ])('%s under %s → %s', (file, root, expected) => {
    expect(repoRelative(file, root)).toBe(expected);
  });
});
