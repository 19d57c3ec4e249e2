// `monopin bump` output for a terminal and as JSON. Pure.
import { escapeTerminal } from '../report/escape.js';
import { plural } from '../report/text.js';
import { formatMegabytes, sizeChanged, sizeUnknown } from '../size/render.js';
import type { SizeDeltaResult } from './size-section.js';
import type { ReleaseNote } from './release-notes.js';
import { securityFirst } from './security.js';
import type { Plan } from './types.js';

export const BUMP_SCHEMA_VERSION = 1;

export function renderPlanText(plan: Plan, options: { diff: string; notes: string[]; constraintsFile?: string; requests?: string; sizes?: SizeDeltaResult[] }): string {
  const e = escapeTerminal;
  const out: string[] = [];
  out.push(`monopin bump · ${plan.bumps.length} to bump · ${plan.held.length} held · ${plan.errors.length} index errors${options.constraintsFile ? ` · ${e(options.constraintsFile)}` : ''}`);
  if (plan.bumps.length > 0) {
    out.push('', 'Bumps');
    for (const b of securityFirst(plan.bumps)) {
      const fixes = b.security ? ` · fixes ${b.security.advisories.map((a) => e(a.id)).join(', ')}` : '';
      const age = b.releaseAgeDays === undefined ? '' : `, released ${Math.floor(b.releaseAgeDays)} days ago`;
      const held = b.heldBackFrom ? ` (held back from ${e(b.heldBackFrom)}: ${e(b.reason ?? '')})` : b.reason ? ` (${e(b.reason)})` : '';
      out.push(`  ${b.security ? 'security ' : ''}${e(b.name)}  ${e(b.from)} → ${e(b.to)}  ${b.updateType}, ${plural(b.consumers, 'consumer')}${age}${held}${fixes}`);
    }
  }
  if (plan.fixes !== undefined && plan.fixes.length > 0) {
    out.push('', 'Invalid constraints fixed (pip refuses constraints with extras; consumers keep theirs)');
    for (const f of plan.fixes) out.push(`  ${e(f.file)}:${f.line}  ${e(f.before)} → ${e(f.after)}`);
  }
  if (plan.held.length > 0) {
    out.push('', 'Held');
    for (const h of securityFirst(plan.held)) out.push(`  ${e(h.name)}  ${e(h.current)} (newest ${e(h.newest)}): ${e(h.reason)}`);
  }
  if (plan.errors.length > 0) {
    out.push('', 'Index errors');
    for (const x of plan.errors) out.push(`  ${e(x.name)}: ${e(x.message)}`);
  }
  const sizes = (options.sizes ?? []).filter(sizeChanged);
  if (sizes.length > 0) out.push('', ...renderSizesText(sizes));
  if (options.notes.length > 0) out.push('', 'Notes', ...options.notes.map((n) => `  ${e(n)}`));
  if (options.requests) out.push('', options.requests);
  if (options.diff) out.push('', options.diff.trimEnd());
  return `${out.join('\n')}\n`;
}

export function renderPlanJson(plan: Plan, options: { diff: string; notes: string[]; constraintsFile?: string; files: string[]; sizes?: SizeDeltaResult[]; releaseNotes?: ReleaseNote[] }): string {
  const sizes = options.sizes === undefined ? {} : { sizes: options.sizes };
  const releaseNotes = options.releaseNotes === undefined ? {} : { releaseNotes: options.releaseNotes };
  return `${JSON.stringify({ schemaVersion: BUMP_SCHEMA_VERSION, constraints: options.constraintsFile, ...plan, files: options.files, notes: options.notes, ...sizes, ...releaseNotes, diff: options.diff }, null, 2)}\n`;
}

/** The "Size (estimated)" block: per image its delta, then its largest contributors. */
function renderSizesText(sizes: SizeDeltaResult[], top = 5): string[] {
  const e = escapeTerminal;
  const out = ['Size (estimated)'];
  for (const r of sizes) {
    const t = r.target;
    const where = e(`${t.platform}, Python ${t.pythonVersion}, ${t.libc}`);
    const partly = (r.unknown ?? 0) > 0 ? `; ${r.unknown} not sized` : '';
    out.push(sizeUnknown(r) ? `  ${e(r.image)}  unknown (${where})` : `  ${e(r.image)}  ${formatMegabytes(r.deltaBytes, true)} installed, ${formatMegabytes(r.deltaCompressedBytes, true)} compressed (${where}${partly})`);
    for (const c of r.contributors.filter((x) => x.deltaBytes !== 0 || x.note !== undefined || x.unknown === true).slice(0, top)) {
      const change = c.from === undefined ? `added ${e(c.to ?? '?')}` : c.to === undefined ? `removed ${e(c.from)}` : `${e(c.from)} → ${e(c.to)}`;
      const why = [...(c.requiredBy !== undefined ? [`required by ${e(c.requiredBy)}`] : []), ...(c.sdistOnly === true ? ['sdist only'] : []), ...(c.note !== undefined ? [e(c.note)] : [])];
      out.push(`    ${e(c.name)}  ${change}  ${c.unknown === true ? 'unknown' : formatMegabytes(c.deltaBytes, true)}${why.length > 0 ? ` (${why.join('; ')})` : ''}`);
    }
  }
  out.push(`  ${sizes.reduce((s, r) => s + r.bytesFetched, 0).toLocaleString('en-US')} bytes read from the index to size the wheels`);
  return out;
}
