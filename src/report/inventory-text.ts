// Terminal output for `monopin scan`: the inventory — services, then packages with every variant and who uses it.
import { escapeTerminal } from './escape.js';
import { plural, table } from './text.js';
import type { Report } from './types.js';

export function renderInventoryText(report: Report): string {
  const e = escapeTerminal;
  const out: string[] = [];
  const { summary } = report;
  out.push(
    `monopin ${report.tool.version} · ${plural(summary.files, 'file')} · ${plural(summary.services, 'service')} · ${plural(summary.packages, 'package')} · constraints: ${report.constraints ? e(report.constraints) : 'none found'}`,
  );
  out.push('', `Services (${report.services.length})`);
  out.push(
    ...table(
      ['service', 'root', 'dockerfiles', 'requirement files', 'dependents'],
      report.services.map((s) => [e(s.name), e(s.root || '.'), String(s.dockerfiles.length), String(s.requirementFiles.length), String(s.dependents)]),
    ).map((line) => `  ${line}`),
  );
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
