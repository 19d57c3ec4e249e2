// Findings as a maintainer reads them: filtered, parse errors one per broken block, grouped by rule and package
// with the fix said once. Pure: the text and markdown renderers share it.
import type { Finding, RuleId, Severity } from '../model.js';
import { SEVERITY_RANK } from '../checks/rules.js';
import type { Report } from './types.js';

/** What `--rule`, `--severity`, `--package`, `--service` and `--new` ask for; empty lists filter nothing. */
export interface ReportFilter {
  rule?: readonly string[];
  severity?: readonly Severity[];
  package?: readonly string[];
  /** A service id (or any consumer label: image name, file path) the finding is about or reaches. */
  service?: readonly string[];
  /** Only what the diff introduced or changed (needs `report.diff`; without one nothing is new). */
  newOnly?: boolean;
}


function matchesFilter(f: Finding, filter: ReportFilter): boolean {
  const has = (list: readonly string[] | undefined): list is readonly string[] => list !== undefined && list.length > 0;
  if (has(filter.rule) && !filter.rule.includes(f.rule)) return false;
  if (has(filter.severity) && !filter.severity.includes(f.severity)) return false;
  if (has(filter.package) && (f.package === undefined || !filter.package.includes(f.package))) return false;
  if (has(filter.service)) {
    const about = [f.service, ...(f.consumers ?? [])];
    if (!filter.service.some((s) => about.includes(s))) return false;
  }
  return true;
}

/** The report with only the findings the filter keeps (in findings and in every diff list); the rest as it was. */
export function filterReport(report: Report, filter: ReportFilter): Report {
  const keep = (list: readonly Finding[]): Finding[] => list.filter((f) => matchesFilter(f, filter));
  const diff = report.diff && {
    ...report.diff,
    introduced: keep(report.diff.introduced),
    fixed: filter.newOnly ? [] : keep(report.diff.fixed),
    changed: report.diff.changed.filter((c) => matchesFilter(c.finding, filter)),
  };
  let findings = keep(report.findings);
  if (filter.newOnly) findings = diff ? [...diff.introduced, ...diff.changed.map((c) => c.finding)] : [];
  return { ...report, findings, ...(diff && { diff }) };
}

// A parse error's kind: its first two words ("unknown instruction", "RUN: unterminated"), so the lines of one
// broken block (`unknown instruction import`, `unknown instruction def`) read as one.
function kindOf(message: string): string {
  return message.split(/\s+/).slice(0, 2).join(' ');
}

/**
 * One parse error per broken instruction or block: consecutive lines (a blank line between allowed) of one
 * file with the same kind of message become one finding spanning them. The parsers report per line; this
 * regroups in the report, so the JSON keeps every line.
 */
export function collapseParseErrors(findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  let run: Finding[] = [];
  const flush = (): void => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first === undefined || last === undefined) return;
    if (run.length === 1) out.push(first);
    else {
      out.push({
        ...first,
        location: { ...first.location, endLine: last.location.endLine ?? last.location.line },
        message: `${first.message} (and ${run.length - 1} more like it through line ${last.location.line}: one broken block)`,
      });
    }
    run = [];
  };
  const parseErrors = findings
    .filter((f) => f.rule === 'parse-error')
    .sort((a, b) => (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : a.location.line - b.location.line));
  for (const f of parseErrors) {
    const prev = run[run.length - 1];
    const joins =
      prev !== undefined &&
      prev.location.file === f.location.file &&
      kindOf(prev.message) === kindOf(f.message) &&
      f.location.line - (prev.location.endLine ?? prev.location.line) <= 2;
    if (!joins) flush();
    run.push(f);
  }
  flush();
  return [...findings.filter((f) => f.rule !== 'parse-error'), ...out];
}

/** One rule's findings about one package (or, for a rule about lines, one finding). */
export interface FindingGroup {
  rule: RuleId;
  severity: Severity;
  package?: string;
  findings: Finding[];
  /** Distinct specifiers found, most common first ('' is "any version"). */
  variants: { specifier: string; count: number }[];
  pin?: string;
  /** Who is in conflict: services (or consumers), else file:line, most common first, no repeats. */
  where: string[];
}

/** Every rule's groups, worst severity first, then the rules with most findings; within a rule, biggest groups first. */
export interface RuleSection {
  rule: RuleId;
  severity: Severity;
  count: number;
  groups: FindingGroup[];
}

export function groupFindings(findings: readonly Finding[]): RuleSection[] {
  const byRule = new Map<RuleId, Finding[]>();
  for (const f of collapseParseErrors(findings)) {
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  const sections = [...byRule].map(([rule, list]): RuleSection => {
    const byPackage = new Map<string, Finding[]>();
    const single: Finding[][] = [];
    for (const f of list) {
      if (f.package === undefined && RULE_FIX[rule] === undefined) {
        single.push([f]);
        continue;
      }
      // A rule about lines with one fix for all (a missing -c): one group per file.
      const key = f.package ?? `\u0000${f.location.file}`;
      const g = byPackage.get(key);
      if (g) g.push(f);
      else byPackage.set(key, [f]);
    }
    const groups = [...byPackage.values(), ...single]
      .map(toGroup)
      .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.findings.length - a.findings.length || compareText(groupKey(a), groupKey(b)));
    return { rule, severity: worst(list), count: list.length, groups };
  });
  return sections.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.count - a.count || compareText(a.rule, b.rule));
}

/** Findings by rule and severity, for the summary: rules in the order of groupFindings. */
export function ruleCounts(findings: readonly Finding[]): { rule: RuleId; error: number; warning: number; note: number; packages: number }[] {
  const rows = new Map<RuleId, { rule: RuleId; error: number; warning: number; note: number; packages: Set<string> }>();
  for (const f of findings) {
    const row = rows.get(f.rule) ?? { rule: f.rule, error: 0, warning: 0, note: 0, packages: new Set<string>() };
    row[f.severity] += 1;
    if (f.package !== undefined) row.packages.add(f.package);
    rows.set(f.rule, row);
  }
  return [...rows.values()]
    .sort((a, b) => b.error - a.error || b.warning - a.warning || b.note - a.note || compareText(a.rule, b.rule))
    .map((r) => ({ rule: r.rule, error: r.error, warning: r.warning, note: r.note, packages: r.packages.size }));
}

/** What to do about a rule, said once per rule instead of once per finding (each finding's message keeps the specifics). */
export const RULE_FIX: Partial<Record<RuleId, string>> = {
  conflict: 'Widen each specifier to accept the central pin, or drop the version and let the constraints decide.',
  'inline-pin-mismatch': 'Change the inline pin to the central version, or install with -c and no version.',
  unconstrained: 'Add one line per package to the constraints file, e.g. name==<version>, so every consumer gets the same version.',
  'missing-constraints-flag': 'COPY the constraints file into the image and add -c <path> to pip install, or set ENV PIP_CONSTRAINT.',
  'duplicate-constraint': 'Keep one line per package in the constraints file.',
  'unused-constraint': 'Remove the pin unless it holds a transitive dependency on purpose.',
  'vulnerable-pin': 'Bump the central pin to a fixed version.',
};

/** The first `shown` items and how many are left: "a, b, c +4 more". */
export function firstFew(items: readonly string[], shown: number): string {
  const rest = items.length - shown;
  return rest > 0 ? `${items.slice(0, shown).join(', ')} +${rest} more` : items.join(', ');
}

/** Where a finding is: its service, else its file and line. */
function whereOf(f: Finding): string {
  return f.service ?? `${f.location.file}:${f.location.line}`;
}

/**
 * Consumer labels counted with their unit: "3 services", "2 services, 1 image", "1 file". Labels are service
 * ids, names of images no service builds, or file paths (see FileRecord.consumers).
 */
export function consumerUnits(report: Pick<Report, 'services' | 'images'>, labels: readonly string[]): string {
  const services = new Set(report.services.map((s) => s.id));
  const images = new Set(report.images.map((i) => i.name));
  let [s, i, f] = [0, 0, 0];
  for (const l of labels) {
    if (services.has(l)) s += 1;
    else if (images.has(l)) i += 1;
    else f += 1;
  }
  const parts = [s > 0 ? unit(s, 'service') : '', i > 0 ? unit(i, 'image') : '', f > 0 ? unit(f, 'file') : ''].filter((p) => p !== '');
  return parts.length > 0 ? parts.join(', ') : '0 services';
}

function unit(n: number, one: string): string {
  return `${n} ${n === 1 ? one : `${one}s`}`;
}

function toGroup(findings: Finding[]): FindingGroup {
  const first = findings[0]!;
  const variants = countDistinct(findings.filter((f) => f.specifier !== undefined).map((f) => f.specifier ?? ''));
  const consumers = findings.flatMap((f) => (f.consumers && f.consumers.length > 0 ? f.consumers : [whereOf(f)]));
  const pin = findings.find((f) => f.pin !== undefined)?.pin;
  return {
    rule: first.rule,
    severity: worst(findings),
    ...(first.package !== undefined && { package: first.package }),
    findings: [...findings].sort((a, b) => compareText(a.location.file, b.location.file) || a.location.line - b.location.line),
    variants: variants.map(([specifier, count]) => ({ specifier, count })),
    ...(pin !== undefined && { pin }),
    where: countDistinct(consumers).map(([w]) => w),
  };
}

function countDistinct(items: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
}

function worst(findings: readonly Finding[]): Severity {
  return findings.reduce<Severity>((w, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[w] ? f.severity : w), 'note');
}

function groupKey(g: FindingGroup): string {
  return g.package ?? `${g.findings[0]?.location.file ?? ''}:${String(g.findings[0]?.location.line ?? 0).padStart(8, '0')}`;
}

// pkg-2 before pkg-10, the way people count.
const COLLATOR = new Intl.Collator('en', { numeric: true });

function compareText(a: string, b: string): number {
  return COLLATOR.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
