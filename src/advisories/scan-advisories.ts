// The check's advisory step: ask the source about every pin of a scanned workspace, turn the
// answers into vulnerable-pin findings. A source that cannot be reached is one warning in the
// report (and the log), never a crash and never a silent pass.
import type { Config } from '../config.js';
import type { Finding } from '../model.js';
import { advisoryQueries, checkVulnerablePins, type IgnoredAdvisory } from '../checks/vulnerable-pin.js';
import type { Workspace } from '../workspace/build.js';
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

export async function scanAdvisories(workspace: Workspace, config: Config, source: AdvisorySource): Promise<ScannedWithAdvisories> {
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
export function withVulnerablePins<T extends { findings: Finding[] }>(result: T, vulnerable: Finding[]): T {
  return { ...result, findings: [...vulnerable, ...result.findings] };
}
