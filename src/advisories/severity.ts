// How bad an advisory is: the CVSS v4 or v3 base score from its vector (computed by
// ae-cvss-calculator, which implements FIRST's v2/v3.x/v4 specifications and lookup tables), else the
// database's own label (GitHub: LOW / MODERATE / HIGH / CRITICAL). Pure.
import * as cvssModule from 'ae-cvss-calculator';
import type { OsvRecord } from './types.js';

import type { AdvisoryLevel } from '../model.js';
export type { AdvisoryLevel };

export const LEVEL_RANK: Record<AdvisoryLevel, number> = { critical: 0, high: 1, moderate: 2, low: 3, unknown: 4 };

export interface RecordSeverity {
  level: AdvisoryLevel;
  /** CVSS base score, when the record has a vector we could score. */
  score?: number;
  /** e.g. `CVSS_V3`, or `database` for a label. */
  source?: string;
}

// The bundle is CommonJS: under Node's ESM loader its classes sit on `default`, under a bundler on the namespace.
const cvss = ((cvssModule as unknown as { default?: typeof cvssModule }).default ?? cvssModule) as typeof cvssModule;

const SCORERS: Record<string, (vector: string) => number | undefined> = {
  CVSS_V4: (vector) => new cvss.Cvss4P0(vector).calculateScores().base,
  CVSS_V3: (vector) => (vector.startsWith('CVSS:3.0/') ? new cvss.Cvss3P0(vector) : new cvss.Cvss3P1(vector)).calculateScores().base,
};

/** CVSS qualitative rating scale (v3.1 §5 and v4.0): 0.1–3.9 low, 4.0–6.9 medium, 7.0–8.9 high, 9.0–10 critical. */
export function levelOfScore(score: number): AdvisoryLevel {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'moderate';
  return score > 0 ? 'low' : 'unknown';
}

export function severityOf(record: OsvRecord): RecordSeverity {
  // v4 before v3: the newer metric when a record carries both
  for (const type of ['CVSS_V4', 'CVSS_V3']) {
    const entry = record.severity?.find((s) => s.type === type);
    if (entry === undefined) continue;
    const score = scoreOf(type, entry.score);
    if (score !== undefined) return { level: levelOfScore(score), score, source: type };
  }
  const label = record.database_specific?.severity;
  if (typeof label === 'string') {
    const level = ({ CRITICAL: 'critical', HIGH: 'high', MODERATE: 'moderate', MEDIUM: 'moderate', LOW: 'low' } as const)[label.toUpperCase() as 'HIGH'];
    if (level !== undefined) return { level, source: 'database' };
  }
  return { level: 'unknown' };
}

function scoreOf(type: string, value: string): number | undefined {
  const trimmed = value.trim();
  // Some databases put a bare number where the schema wants a vector.
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  try {
    const score = SCORERS[type]?.(trimmed);
    return typeof score === 'number' && Number.isFinite(score) ? score : undefined;
  } catch {
    return undefined;
  }
}
