// The bump PR's body: what changes and why, the maintainers' controls, and a hidden block the
// next run reads back (pr-state.ts). Pure; shortens itself under GitHub's 65,536-character limit.
import { clip, codeSpan, cutUtf16, escapeMarkdown, largestFitting } from '../report/escape.js';
import { plural } from '../report/text.js';
import type { AdvisoryRef } from '../model.js';
import { safeUrl } from './safe-url.js';
import { securityFirst } from './security.js';
import type { ConstraintFix, Plan, PlannedBump } from './types.js';

export const PLAN_MARKER = 'monopin:plan';
export const SIZE_MARKER = '<!-- monopin:size -->';
export const SIZE_END = '<!-- /monopin:size -->';
export const REBUILD_MARKER = '<!-- monopin:rebuild -->';
export const REBUILD_END = '<!-- /monopin:rebuild -->';
export const DEFAULT_MAX_BODY = 65_000;

/** A version a maintainer turned down, carried from body to body so it outlives the PR it was unchecked in. */
export interface CarriedRejection {
  name: string;
  version: string;
  source: string;
}

export interface BumpPrBodyOptions {
  plan: Plan;
  /** Unified diff of every file the PR changes. */
  diff: string;
  constraintsFile: string;
  indexPageUrl: (name: string) => string;
  /** Markdown, rendered verbatim between the size markers (the caller escapes its content). */
  sizeSection?: string;
  /** Markdown, rendered verbatim between the rebuild markers. */
  rebuildSection?: string;
  /** Markdown, rendered verbatim after the rebuild section: the services the pins reach, in migration order (migration-section.ts). */
  migrationSection?: string;
  /** Markdown, rendered verbatim after the checklist: links per bumped package (release-notes.ts). */
  releaseNotes?: string;
  /** Default 65,000: GitHub's 65,536 minus room for a later marker or footer. */
  maxLength?: number;
  /** Where the full report lives when the body has to drop parts of it (the job summary). */
  summaryUrl?: string;
  /** Earlier rejections (unchecked lines) to keep in the hidden block. */
  rejected?: CarriedRejection[];
}

/** The hidden block: JSON inside an HTML comment that nothing in it can close. */
export function renderPlanBlock(plan: Plan, rejected: CarriedRejection[] = []): string {
  const pins: Record<string, { from: string; to: string }> = {};
  for (const bump of plan.bumps) pins[bump.name] = { from: bump.from, to: bump.to };
  const data: Record<string, unknown> = { v: 1, pins };
  if (rejected.length > 0) data.rejected = rejected.map((r) => ({ name: r.name, version: r.version, source: r.source }));
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    // `--` only occurs inside JSON strings, where `\u002d` is the same character.
    .replace(/--/g, '-\\u002d');
  return `<!-- ${PLAN_MARKER} ${json} -->`;
}

interface Limits {
  diff: boolean;
  sections: boolean;
  heldRows: number;
  bumpRows: number;
}

export function renderBumpPrBody(options: BumpPrBodyOptions): string {
  const max = options.maxLength ?? DEFAULT_MAX_BODY;
  const all: Limits = { diff: true, sections: true, heldRows: options.plan.held.length, bumpRows: options.plan.bumps.length };
  const attempts: Limits[] = [all, { ...all, diff: false }, { ...all, diff: false, sections: false }];
  for (const limits of attempts) {
    const body = render(options, limits);
    if (body.length <= max) return body;
  }
  // Drop table rows, then checklist lines, keeping as many as fit.
  let limits: Limits = { ...all, diff: false, sections: false };
  limits = { ...limits, heldRows: largestFitting(limits.heldRows, (n) => render(options, { ...limits, heldRows: n }).length <= max) };
  if (render(options, limits).length <= max) return render(options, limits);
  limits = { ...limits, heldRows: 0 };
  limits = { ...limits, bumpRows: largestFitting(limits.bumpRows, (n) => render(options, { ...limits, bumpRows: n }).length <= max) };
  const body = render(options, limits);
  if (body.length <= max) return body;
  // The hidden block never gets cut: the next run needs it whole. Everything after it may.
  const block = renderPlanBlock(options.plan, options.rejected);
  if (block.length >= max) return block;
  const note = `\n\n_Body cut to fit GitHub's limit; see ${summaryLink(options)}._\n`;
  const rest = body.slice(block.length);
  const room = max - block.length - note.length;
  if (room <= 0) return block;
  const cut = cutUtf16(rest, room);
  const lineEnd = cut.lastIndexOf('\n');
  return `${block}${lineEnd > 0 ? cut.slice(0, lineEnd) : cut}${note}`;
}

function summaryLink(options: BumpPrBodyOptions): string {
  const url = safeUrl(options.summaryUrl);
  return url ? `the [job summary](${url})` : 'the job summary of the run that opened it';
}

function render(options: BumpPrBodyOptions, limits: Limits): string {
  const { plan } = options;
  const out: string[] = [renderPlanBlock(plan, options.rejected), ''];
  const count = plan.bumps.length;
  const fixes = plan.fixes ?? [];
  out.push(
    count === 0
      ? `No pins to bump in ${codeSpan(options.constraintsFile)}${fixes.length > 0 ? `; ${plural(fixes.length, 'invalid line')} fixed` : ''}.`
      : `Bumps ${plural(count, 'pin')} in ${codeSpan(options.constraintsFile)}.`,
    '',
  );
  const security = securityLine(plan);
  if (security !== undefined) out.push(security, '');
  if (count > 0 || fixes.length > 0) {
    for (const bump of securityFirst(plan.bumps).slice(0, limits.bumpRows)) out.push(bumpLine(bump, options.indexPageUrl));
    const dropped = count - limits.bumpRows;
    if (dropped > 0) out.push('', `_…and ${dropped} more (still in this PR; see ${summaryLink(options)})._`);
    for (const fix of fixes) out.push(fixLine(fix));
    out.push('');
  }
  if (options.releaseNotes && limits.sections) out.push(options.releaseNotes.trim(), '');
  if (plan.held.length > 0) {
    out.push('### Held back', '', '| package | pinned | newest | why |', '| --- | --- | --- | --- |');
    for (const held of securityFirst(plan.held).slice(0, limits.heldRows)) {
      out.push(`| ${escapeMarkdown(held.name)} | ${codeSpan(held.current, { table: true })} | ${codeSpan(held.newest, { table: true })} | ${escapeMarkdown(clip(held.reason, 300))} |`);
    }
    const dropped = plan.held.length - limits.heldRows;
    if (dropped > 0) out.push('', `_…and ${dropped} more held back; see ${summaryLink(options)}._`);
    out.push('');
  }
  if (plan.errors.length > 0) {
    out.push('### Not checked', '');
    for (const error of plan.errors) out.push(`- ${escapeMarkdown(error.name)}: ${escapeMarkdown(clip(error.message, 300))}`);
    out.push('');
  }
  out.push(SIZE_MARKER);
  // Blank lines around a section, so a table in it ends before the closing marker.
  if (options.sizeSection) out.push('', limits.sections ? options.sizeSection.trim() : `_Size changes: see ${summaryLink(options)}._`, '');
  out.push(SIZE_END, '', REBUILD_MARKER);
  if (options.rebuildSection) out.push('', limits.sections ? options.rebuildSection.trim() : `_Images to rebuild: see ${summaryLink(options)}._`, '');
  out.push(REBUILD_END, '');
  if (options.migrationSection?.trim()) {
    out.push(limits.sections ? options.migrationSection.trim() : 'Migration order: `monopin order` lists the services in `depends_on` waves, dependencies first.', '');
  }
  if (options.diff.trim() !== '') {
    if (limits.diff) {
      const fence = '`'.repeat(Math.max(3, longestRun(options.diff, '`') + 1));
      out.push('<details>', '<summary>Diff</summary>', '', `${fence}diff`, options.diff.replace(/\n$/, ''), fence, '', '</details>', '');
    } else {
      out.push(`_The diff is too long for this body; see ${summaryLink(options)} or the Files tab._`, '');
    }
  }
  out.push(
    '---',
    'Maintainers: uncheck a line to drop that pin (it will not be proposed again); close this PR unmerged to reject all its versions; ' +
      'comment `/monopin ignore <pkg> [<version>|major|minor]`, `/monopin unignore <pkg>`, `/monopin recreate`.',
    '',
  );
  return out.join('\n');
}

function bumpLine(bump: PlannedBump, indexPageUrl: (name: string) => string): string {
  const parts = [`**${escapeMarkdown(bump.name)}** ${codeSpan(bump.from)} → ${codeSpan(bump.to)}`, escapeMarkdown(bump.updateType)];
  parts.push(plural(bump.consumers, 'consumer'));
  const url = safeUrl(indexPageUrl(bump.name));
  if (url) parts.push(`[index](${url})`);
  if (bump.releaseAgeDays !== undefined) parts.push(releasedAgo(bump.releaseAgeDays));
  if (bump.security) parts.push(`🔒 fixes ${advisoryLinks(bump.security.advisories)}`);
  if (bump.heldBackFrom) parts.push(`${codeSpan(bump.heldBackFrom)} held back${bump.reason ? `: ${escapeMarkdown(clip(bump.reason, 200))}` : ''}`);
  // what the proposed version was not checked for (no metadata, unknown upload time)
  else if (bump.reason) parts.push(escapeMarkdown(clip(bump.reason, 200)));
  return `- [x] ${parts.join(' · ')}`;
}

// Not `**name**` first: the maintainers' state reads such lines as pins (pr-state.ts).
function fixLine(fix: ConstraintFix): string {
  return `- [x] Valid constraint: ${codeSpan(fix.before)} → ${codeSpan(fix.after)} (${codeSpan(`${fix.file}:${fix.line}`)}): pip refuses constraints with extras, so every \`pip install -c\` with this file fails; the consumers keep ${codeSpan(`${fix.name}[${fix.extras.join(',')}]`)}.`;
}

/** Security moves and holds first, the rest in their order. */
function advisoryLinks(advisories: readonly AdvisoryRef[]): string {
  return advisories
    .map((a) => {
      const url = safeUrl(a.url);
      const id = url ? `[${escapeMarkdown(a.id)}](${url})` : escapeMarkdown(a.id);
      const aliases = a.aliases.length > 0 ? ` (${escapeMarkdown(a.aliases.join(', '))})` : '';
      return `${id}${aliases} ${escapeMarkdown(a.level)}`;
    })
    .join(', ');
}

/** "Fixes N advisories" with the blocked ones named: the first thing a reviewer of a security PR reads. */
function securityLine(plan: Plan): string | undefined {
  const fixed = plan.bumps.flatMap((b) => b.security?.advisories ?? []);
  const blocked = plan.held.filter((h) => h.security);
  if (fixed.length === 0 && blocked.length === 0) return undefined;
  const parts: string[] = [];
  if (fixed.length > 0) parts.push(`🔒 Fixes ${plural(fixed.length, 'security advisory', 'security advisories')}: ${[...new Set(fixed.map((a) => escapeMarkdown(a.id)))].join(', ')}.`);
  if (blocked.length > 0) parts.push(`${plural(blocked.length, 'vulnerable pin')} held back (see below): ${blocked.map((h) => escapeMarkdown(h.name)).join(', ')}.`);
  return parts.join(' ');
}

function releasedAgo(days: number): string {
  const whole = Math.max(0, Math.floor(days));
  if (whole === 0) return 'released today';
  return `released ${plural(whole, 'day')} ago`;
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}
