// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif).
import { createHash } from 'node:crypto';
import type { Finding } from '../model.js';
import { singleLine } from './escape.js';
import { REPO_URL, RULES, bySeverity, ruleIndex } from '../checks/rules.js';
import type { Report } from './types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'monopinFingerprint/v1';
/** GitHub code scanning ignores results past this many per run. */
export const MAX_SARIF_RESULTS = 25_000;

// The SARIF subset we emit; field names are SARIF's.
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifRun {
  tool: { driver: SarifDriver };
  results: SarifResult[];
  properties?: { truncatedResults: number };
}

export interface SarifDriver {
  name: 'monopin';
  version: string;
  semanticVersion?: string;
  informationUri: string;
  rules: SarifRule[];
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; precision: 'very-high'; 'problem.severity': 'error' | 'warning' | 'recommendation' };
}

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' };
      region: { startLine: number; startColumn: number; endLine?: number; endColumn?: number };
    };
  }[];
  partialFingerprints: Record<string, string>;
  properties?: { package?: string; service?: string; specifier?: string; pin?: string; helpUri?: string; advisories?: string[]; occurrences?: number };
}

export function renderSarif(report: Report): string {
  return `${JSON.stringify(buildSarif(report), null, 2)}\n`;
}

export function buildSarif(report: Report): SarifLog {
  const findings =
    report.findings.length > MAX_SARIF_RESULTS
      ? bySeverity(report.findings).slice(0, MAX_SARIF_RESULTS)
      : report.findings;
  const seen = new Map<string, number>();
  const results: SarifResult[] = [];
  for (const finding of findings) {
    const result = toResult(finding, report, seen);
    if (result) results.push(result);
  }
  const version = report.tool.version;
  const run: SarifRun = {
    tool: {
      driver: {
        name: 'monopin',
        version,
        ...(/^\d+\.\d+\.\d+/.test(version) ? { semanticVersion: version } : {}),
        informationUri: REPO_URL,
        rules: RULES.map((rule) => ({
          id: rule.id,
          name: rule.name,
          shortDescription: { text: stripMarkdown(rule.shortDescription) },
          fullDescription: { text: stripMarkdown(rule.fullDescription) },
          help: { text: stripMarkdown(rule.help), markdown: rule.help },
          helpUri: rule.helpUri,
          defaultConfiguration: { level: rule.defaultSeverity },
          properties: {
            tags: rule.tags,
            precision: 'very-high',
            'problem.severity': rule.defaultSeverity === 'note' ? 'recommendation' : rule.defaultSeverity,
          },
        })),
      },
    },
    results,
  };
  if (findings.length < report.findings.length) {
    run.properties = { truncatedResults: report.findings.length - findings.length };
  }
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}

function toResult(finding: Finding, report: Report, seen: Map<string, number>): SarifResult | undefined {
  // GitHub rejects a result without a location; a finding with no file points at the constraints file.
  const file = repoRelative(finding.location.file, report.root) || (report.constraints ?? '');
  if (file === '') return undefined;
  const index = ruleIndex(finding.rule);
  if (index < 0) return undefined;

  const startLine = atLeastOne(finding.location.line);
  const startColumn = atLeastOne(finding.location.column);
  const region: SarifResult['locations'][number]['physicalLocation']['region'] = { startLine, startColumn };
  const { endLine, endColumn } = finding.location;
  if (endLine !== undefined && Number.isInteger(endLine) && endLine >= startLine) {
    region.endLine = endLine;
    if (endColumn !== undefined && Number.isInteger(endColumn) && (endLine > startLine || endColumn > startColumn)) {
      region.endColumn = endColumn;
    }
  }

  const identity = [finding.rule, finding.package ?? '', file, finding.service ?? ''].join('\u0000');
  const hash = createHash('sha256').update(identity).digest('hex').slice(0, 32);
  // Same rule+package+file+service twice (two RUN lines, say): number them so GitHub keeps both alerts.
  const nth = (seen.get(hash) ?? 0) + 1;
  seen.set(hash, nth);

  const properties: NonNullable<SarifResult['properties']> = {};
  if (finding.package !== undefined) properties.package = finding.package;
  if (finding.service !== undefined) properties.service = finding.service;
  if (finding.specifier !== undefined) properties.specifier = finding.specifier;
  if (finding.pin !== undefined) properties.pin = finding.pin;
  if (finding.occurrences !== undefined) properties.occurrences = finding.occurrences;
  // vulnerable-pin: the advisory's own page is the help that matters (SARIF results have no helpUri of their own).
  const advisory = finding.advisories?.[0];
  if (advisory !== undefined) {
    properties.helpUri = advisory.url;
    properties.advisories = (finding.advisories ?? []).flatMap((a) => [a.id, ...a.aliases]);
  }

  return {
    ruleId: finding.rule,
    ruleIndex: index,
    level: finding.severity,
    message: { text: `${singleLine(finding.message).trim() || finding.rule}${advisory !== undefined ? ` See ${advisory.url}` : ''}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodePath(file), uriBaseId: '%SRCROOT%' },
          region,
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${nth}` },
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  };
}

/** Repo-relative with forward slashes, whatever a caller handed us. */
export function repoRelative(file: string, root: string): string {
  let path = file.replace(/\\/g, '/');
  const base = root.replace(/\\/g, '/').replace(/\/+$/, '');
  if (base !== '' && base !== '.' && path.startsWith(`${base}/`)) path = path.slice(base.length + 1);
  path = path.replace(/^[A-Za-z]:\//, '').replace(/^\/+/, '');
  while (path.startsWith('./')) path = path.slice(2);
  return path;
}

// A relative URI reference: each segment percent-encoded (spaces, `#`, `?`, `%`), slashes kept.
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function atLeastOne(n: number): number {
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

function stripMarkdown(text: string): string {
  return text.replace(/`/g, '');
}
