// Terminal output for `monopin scan`: the inventory — services, then packages with every variant and who uses it.
import { escapeTerminal } from './escape.js';
import { modelCounts, plural, table } from './text.js';
import type { Report } from './types.js';

export function renderInventoryText(report: Report): string {
  const e = escapeTerminal;
  const out: string[] = [];
  const { summary } = report;
  out.push(
    `monopin ${report.tool.version} · ${modelCounts(summary)} · ${plural(summary.packages, 'package')} · constraints: ${report.constraints ? e(report.constraints) : 'none found'}`,
  );
  if (report.services.length > 0) {
    out.push('', `Services (${report.services.length})`);
    out.push(
      ...table(
        ['service', 'builds', 'requirement files', 'dependents', 'transitive'],
        report.services.map((s) => [e(s.id), s.build ? e(s.build.dockerfile) : s.image ? `image ${e(s.image)}` : '-', String(s.requirementFiles.length), String(s.dependents), String(s.transitiveDependents)]),
      ).map((line) => `  ${line}`),
    );
  }
  if (report.images.length > 0) {
    out.push('', `Images (${report.images.length})`);
    out.push(
      ...table(
        ['image', 'dockerfile', 'context', 'from', 'pushed as'],
        report.images.map((i) => [e(i.name), e(i.dockerfile + (i.target ? ` #${i.target}` : '')), e(i.context), i.from.length > 0 ? e(i.from.join(', ')) : e(i.external.join(', ') || '-'), i.repository ? e(i.repository) : '(not pushed)']),
      ).map((line) => `  ${line}`),
    );
  }
  if (report.warnings.length > 0) out.push('', `Warnings (${report.warnings.length})`, ...report.warnings.map((w) => `  ${e(w)}`));
  out.push('', `Packages (${report.packages.length})`);
  for (const p of report.packages) {
    out.push(`  ${e(p.name)}  ${plural(p.services.length, 'service')}, ${plural(p.variants.length, 'variant')}, pin ${p.pin ? e(p.pin) : 'none'}, risk ${p.risk}`);
    for (const v of p.variants) out.push(`      ${(v.specifier === '' ? '(any)' : e(v.specifier)).padEnd(24)} ${v.services.map(e).join(', ')}`);
  }
  if (report.skipped.length > 0) {
    out.push('', `Skipped (${report.skipped.length})`);
    for (const s of report.skipped) out.push(`  ${e(s.path)}: ${e(s.reason)}`);
  }
  return `${out.join('\n')}\n`;
}
