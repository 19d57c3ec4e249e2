// What maintainers said through bump PRs: the hidden plan block read back, unchecked lines,
// closed-unmerged PRs. Pure: bodies in, ignore rules out.
import { valid } from '@renovatebot/pep440';
import { isValidName, normalizeName } from '../pep/name.js';
import { singleLine, clip } from '../report/escape.js';
import { PLAN_MARKER, type CarriedRejection } from './pr-body.js';
import type { IgnoreRule } from './types.js';
import { linesOutsideFences } from './markdown-lines.js';

/** Put on a bump PR that monopin itself closed (nothing left to bump): that close is not a maintainer's no. */
export const SUPERSEDED_MARKER = '<!-- monopin:superseded -->';

export interface Proposal {
  pins: Record<string, { from: string; to: string }>;
  /** Rejections carried from earlier bodies. */
  rejected: CarriedRejection[];
}

export interface BumpPrSnapshot {
  body: string;
  state: 'open' | 'closed';
  merged: boolean;
  number: number;
}

// The first block wins: the top of the body is ours, a diff further down may quote anything.
const BLOCK = new RegExp(`<!--\\s*${PLAN_MARKER}\\s+(\\{[^]*?\\})\\s*-->`);

function validVersion(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 100 && valid(value) !== null;
}

/** The pins a bump PR proposed, from its hidden block; anything malformed is left out, never trusted. */
export function readProposal(body: string): Proposal | undefined {
  const match = BLOCK.exec(body);
  if (!match?.[1]) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(match[1]);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || (data as { v?: unknown }).v !== 1) return undefined;
  const pins: Proposal['pins'] = {};
  const rawPins = (data as { pins?: unknown }).pins;
  if (typeof rawPins === 'object' && rawPins !== null && !Array.isArray(rawPins)) {
    for (const [name, pin] of Object.entries(rawPins as Record<string, unknown>)) {
      if (!isValidName(name) || typeof pin !== 'object' || pin === null) continue;
      const { from, to } = pin as { from?: unknown; to?: unknown };
      if (!validVersion(from) || !validVersion(to)) continue;
      pins[normalizeName(name)] = { from, to };
    }
  }
  const rejected: CarriedRejection[] = [];
  const rawRejected = (data as { rejected?: unknown }).rejected;
  if (Array.isArray(rawRejected)) {
    for (const item of rawRejected as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const { name, version, source } = item as { name?: unknown; version?: unknown; source?: unknown };
      if (typeof name !== 'string' || !isValidName(name) || !validVersion(version)) continue;
      rejected.push({ name: normalizeName(name), version, source: typeof source === 'string' ? clip(singleLine(source), 100) : 'an earlier bump PR' });
    }
  }
  return { pins, rejected };
}

// `- [ ] **name**`, as rendered or as GitHub's task-list toggle leaves it; `*`/`+` bullets and `[X]` too.
const TASK = /^\s{0,3}[-*+]\s+\[([ xX])\]\s+\*\*(.+?)\*\*/;

/** Checklist entries in body order, outside code blocks: name as written (markdown escapes undone) and whether checked. */
function checklist(body: string): { name: string; checked: boolean }[] {
  const items: { name: string; checked: boolean }[] = [];
  for (const line of linesOutsideFences(body)) {
    const task = TASK.exec(line);
    if (!task?.[2]) continue;
    const name = task[2].replace(/\u200d/g, '').replace(/\\(.)/g, '$1').trim();
    items.push({ name, checked: task[1] !== ' ' });
  }
  return items;
}

/** Pins of the hidden block whose checklist line a maintainer unchecked. */
export function uncheckedPins(body: string): string[] {
  const proposal = readProposal(body);
  if (!proposal) return [];
  const out: string[] = [];
  for (const item of checklist(body)) {
    if (item.checked || !isValidName(item.name)) continue;
    const name = normalizeName(item.name);
    if (proposal.pins[name] && !out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * Versions maintainers turned down: every version of a PR closed unmerged (unless monopin closed it),
 * unchecked lines of an open PR, and rejections carried in any PR's hidden block.
 */
export function rejectionsFrom(prs: BumpPrSnapshot[]): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  const seen = new Set<string>();
  const add = (rule: IgnoreRule & { version: string }): void => {
    const key = `${rule.name}==${rule.version}`;
    if (seen.has(key)) return;
    seen.add(key);
    rules.push(rule);
  };
  for (const pr of [...prs].sort((a, b) => a.number - b.number)) {
    const proposal = readProposal(pr.body);
    if (!proposal) continue;
    for (const carried of proposal.rejected) add({ name: carried.name, version: carried.version, source: carried.source });
    if (pr.merged) continue;
    if (pr.state === 'closed') {
      if (pr.body.includes(SUPERSEDED_MARKER)) continue;
      for (const [name, pin] of Object.entries(proposal.pins)) add({ name, version: pin.to, source: `closed #${pr.number}` });
    } else {
      for (const name of uncheckedPins(pr.body)) {
        const pin = proposal.pins[name];
        if (pin) add({ name, version: pin.to, source: `unchecked in #${pr.number}` });
      }
    }
  }
  return rules;
}
