// The vulnerable-pins section of the comment: first, four columns, advisories linked only to http(s) pages.
import { bySeverity } from '../checks/rules.js';
import { clip, codeSpan, escapeMarkdown } from './escape.js';
import { MAX_MESSAGE, ROWS_FLOOR, SEVERITY_ICON, code, row, text, whereTheRestIs } from './markdown-cells.js';
import { plural } from './text.js';
import type { Report } from './types.js';

/** Vulnerable pins first, each with its advisories linked; the ignored ones with their reasons. Four columns. */
export function vulnerableSection(report: Report, rows: number, summaryUrl: string | undefined): string[] {
  const out: string[] = [];
  const advisories = report.advisories;
  const vulnerable = bySeverity(report.findings.filter((f) => f.rule === 'vulnerable-pin'));
  if (vulnerable.length > 0) {
    out.push('', `#### 🔒 Vulnerable pins (${vulnerable.length})`, '', '| Package | Pin | Advisories | Fixed in |', '|---|---|---|---|');
    for (const f of vulnerable.slice(0, Math.max(rows, ROWS_FLOOR))) {
      const refs = f.advisories ?? [];
      const links = refs.slice(0, 3).map((a) => {
        const aliases = a.aliases.length > 0 ? ` (${escapeMarkdown(clip(a.aliases.join(', '), 20))})` : '';
        const url = safeLink(a.url);
        const id = url === undefined ? escapeMarkdown(clip(a.id, 30)) : `[${escapeMarkdown(clip(a.id, 30))}](${url})`;
        return `${SEVERITY_ICON[f.severity]} ${id}${aliases} ${escapeMarkdown(a.level)}${a.score !== undefined ? ` ${a.score.toFixed(1)}` : ''}: ${escapeMarkdown(clip(a.summary, 30))}`;
      });
      if (refs.length > 3) links.push(`+${refs.length - 3} more`);
      const fixed = [...new Set(refs.flatMap((a) => a.fixed))];
      const reach = f.reach === undefined ? '' : ` · ${plural(f.reach, 'service')}`;
      const pin = `${code(f.specifier)} ${codeSpan(clip(`${f.location.file}:${f.location.line}`, 50), { table: true })}${reach}`;
      out.push(row([text(f.package), pin, links.join('<br>'), fixed.length > 0 ? fixed.slice(0, 3).map((v) => codeSpan(clip(v, 20), { table: true })).join(', ') : '_none_']));
    }
    const kept = Math.max(rows, ROWS_FLOOR);
    if (vulnerable.length > kept) out.push('', `… and ${vulnerable.length - kept} more — ${whereTheRestIs(summaryUrl)}`);
  }
  if (advisories !== undefined && advisories.ignored.length > 0) {
    out.push('', `<details><summary>Ignored advisories (${advisories.ignored.length})</summary>`, '');
    for (const i of advisories.ignored) out.push(`- ${escapeMarkdown(i.id)} · ${escapeMarkdown(i.package)}${i.version !== undefined ? ` ${codeSpan(i.version)}` : ''} · ${codeSpan(`${i.file}:${i.line}`)}: ${escapeMarkdown(clip(i.reason, MAX_MESSAGE))}`);
    out.push('', '</details>');
  }
  return out;
}

/** An http(s) URL that cannot close the link; undefined for anything else (a report file may come from an untrusted run). */
function safeLink(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  return url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
