// The check's advisory step: ask the source about every pin of a scanned workspace, turn the
// answers into vulnerable-pin findings. A source that cannot be reached is one warning in the
// report (and the log), never a crash and never a silent pass.
import type { Config } from '../config.js';
import type { Finding } from '../model.js';
import { advisoryQueries, checkVulnerablePins, type AdvisoryWorkspace, type IgnoredAdvisory } from '../checks/vulnerable-pin.js';
import type { AdvisorySource } from './types.js';

export interface AdvisoryReport {
  /** `osv`, the API URL or the records path. */
  source: string;
  /** Distinct (package, version) and package questions asked. */
  queried: number;
  /** Vulnerable pins found. */
  vulnerable: number;
  /** Advisories left out by `ignore-advisories`, with the reason given. */
  ignored: IgnoredAdvisory[];
  /** Why no advisories could be checked (source unreachable, bad records). */
  warning?: string;
}

export interface ScannedWithAdvisories {
  findings: Finding[];
  report: AdvisoryReport;
}

export async function scanAdvisories(workspace: AdvisoryWorkspace, config: Config, source: AdvisorySource): Promise<ScannedWithAdvisories> {
  const queries = advisoryQueries(workspace);
  const base = { source: source.label, queried: queries.length, ignored: [] as IgnoredAdvisory[] };
  if (queries.length === 0) return { findings: [], report: { ...base, vulnerable: 0 } };
  try {
    const records = await source.lookup(queries);
    const { findings, ignored } = checkVulnerablePins(workspace, records, config);
    return { findings, report: { ...base, vulnerable: findings.length, ignored } };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { findings: [], report: { ...base, vulnerable: 0, warning: `advisories not checked (${source.label}): ${why}` } };
  }
}

/** The scan's findings with the vulnerable pins in front (where people look first). */
function withVulnerablePins<T extends { findings: Finding[] }>(result: T, vulnerable: Finding[]): T {
  return { ...result, findings: [...vulnerable, ...result.findings] };
}

/**
 * Head (and base, on a PR) with their vulnerable pins. When either side could not be checked,
 * neither gets any, so a failed lookup never shows as "fixed" or "introduced".
 */
export async function applyAdvisories<T extends { workspace: AdvisoryWorkspace; findings: Finding[] }>(options: {
  head: T;
  base?: T;
  config: Config;
  source: AdvisorySource | undefined;
}): Promise<{ head: T; base?: T; report?: AdvisoryReport }> {
  const { head, base, config, source } = options;
  if (source === undefined) return { head, ...(base !== undefined && { base }) };
  const onHead = await scanAdvisories(head.workspace, config, source);
  const onBase = base !== undefined && onHead.report.warning === undefined ? await scanAdvisories(base.workspace, config, source) : undefined;
  const failed = onHead.report.warning ?? onBase?.report.warning;
  if (failed !== undefined) {
    return { head, ...(base !== undefined && { base }), report: { ...onHead.report, vulnerable: 0, ignored: [], warning: failed } };
  }
  return {
    head: withVulnerablePins(head, onHead.findings),
    ...(base !== undefined && { base: withVulnerablePins(base, onBase?.findings ?? []) }),
    report: onHead.report,
  };
}
