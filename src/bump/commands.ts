// `/monopin …` comments on bump PRs: ignore, unignore, recreate. Pure: comments and a permission
// lookup in, rules and a verdict per comment out (the GitHub side reacts to each verdict).
import { valid } from '@renovatebot/pep440';
import { isValidName, normalizeName } from '../pep/name.js';
import type { IgnoreRule } from './types.js';
import { linesOutsideFences } from './markdown-lines.js';

export interface CommandComment {
  body: string;
  author: string;
  id: number;
  /** ISO 8601; comments are applied oldest first. */
  createdAt: string;
}

export type CommandKind = 'ignore' | 'unignore' | 'recreate';

export interface HandledComment {
  id: number;
  ok: boolean;
  /** Plain text for the job summary or a reply; says what was done or why not. */
  reply: string;
  /** The commands the comment held (valid or not). */
  commands: CommandKind[];
}

export interface ParsedCommands {
  rules: IgnoreRule[];
  recreate: boolean;
  handled: HandledComment[];
  /** Accepted `/monopin unignore` commands, for forgetting rejections older than them. */
  unignores: { name: string; createdAt: string; id: number }[];
}

export const COMMAND_USAGE = 'Usage: `/monopin ignore <pkg> [<version>|major|minor]`, `/monopin unignore <pkg>`, `/monopin recreate`.';

type Parsed =
  | { kind: 'ignore'; rule: Omit<IgnoreRule, 'source'> }
  | { kind: 'unignore'; name: string }
  | { kind: 'recreate' }
  | { kind: CommandKind | 'unknown'; error: string };

const COMMAND_LINE = /^\s*\/monopin(?:\s+(.*))?$/i;

function parseLine(args: string): Parsed {
  const words = args.trim().split(/\s+/).filter((w) => w !== '');
  const verb = (words[0] ?? '').toLowerCase();
  const rest = words.slice(1);
  const pkg = (word: string | undefined): string | undefined => (word !== undefined && isValidName(word) ? normalizeName(word) : undefined);
  switch (verb) {
    case 'ignore': {
      const name = pkg(rest[0]);
      if (!name || rest.length > 2) return { kind: 'ignore', error: `expected a package name${rest[0] ? `, not "${rest[0]}"` : ''} and at most one version, major or minor` };
      const what = rest[1];
      if (what === undefined) return { kind: 'ignore', rule: { name } };
      const lower = what.toLowerCase();
      if (lower === 'major' || lower === 'minor') return { kind: 'ignore', rule: { name, updateTypes: [lower] } };
      if (what.length <= 100 && valid(what) !== null) return { kind: 'ignore', rule: { name, version: what } };
      return { kind: 'ignore', error: `"${what}" is neither a PEP 440 version nor major/minor` };
    }
    case 'unignore': {
      const name = pkg(rest[0]);
      if (!name || rest.length !== 1) return { kind: 'unignore', error: 'expected exactly one package name' };
      return { kind: 'unignore', name };
    }
    case 'recreate':
      return rest.length === 0 ? { kind: 'recreate' } : { kind: 'recreate', error: 'takes no arguments' };
    default:
      return { kind: 'unknown', error: verb ? `unknown command "${verb}"` : 'no command given' };
  }
}

/** `/monopin` lines of one comment, outside code blocks and quotes (quoting a command does not repeat it). */
function commandLines(body: string): string[] {
  const lines: string[] = [];
  for (const line of linesOutsideFences(body)) {
    const match = COMMAND_LINE.exec(line);
    if (match) lines.push(match[1] ?? '');
  }
  return lines;
}

function describeRule(rule: Omit<IgnoreRule, 'source'>): string {
  if (rule.version) return `${rule.name} ${rule.version}`;
  if (rule.updateTypes) return `${rule.updateTypes.join('/')} updates of ${rule.name}`;
  return `every update of ${rule.name}`;
}

/**
 * Applies commands oldest first: an `unignore` drops the earlier ignores of its package.
 * Comments without any `/monopin` line are not handled (no reaction).
 */
export function parseCommands(comments: CommandComment[], canWrite: (login: string) => boolean): ParsedCommands {
  let rules: IgnoreRule[] = [];
  let recreate = false;
  const handled: HandledComment[] = [];
  const unignores: ParsedCommands['unignores'] = [];
  const ordered = [...comments].sort((a, b) => (a.createdAt === b.createdAt ? a.id - b.id : a.createdAt < b.createdAt ? -1 : 1));
  for (const comment of ordered) {
    const lines = commandLines(comment.body);
    if (lines.length === 0) continue;
    const parsed = lines.map(parseLine);
    const commands = parsed.flatMap((p) => (p.kind === 'unknown' ? [] : [p.kind]));
    if (!canWrite(comment.author)) {
      handled.push({ id: comment.id, ok: false, commands, reply: `Ignored: ${comment.author} does not have write access to this repository.` });
      continue;
    }
    const errors = parsed.flatMap((p) => ('error' in p ? [`/monopin ${p.kind === 'unknown' ? '' : `${p.kind}: `}${p.error}`] : []));
    if (errors.length > 0) {
      // All or nothing: a comment with one bad line changes nothing, so its author can fix and repost it.
      handled.push({ id: comment.id, ok: false, commands, reply: `Not applied: ${errors.join('; ')}. ${COMMAND_USAGE}` });
      continue;
    }
    const done: string[] = [];
    for (const p of parsed) {
      if ('error' in p) continue;
      if (p.kind === 'ignore') {
        rules.push({ ...p.rule, source: `comment by ${comment.author}` });
        done.push(`ignoring ${describeRule(p.rule)}`);
      } else if (p.kind === 'unignore') {
        const name = p.name;
        rules = rules.filter((r) => r.name !== name);
        unignores.push({ name, createdAt: comment.createdAt, id: comment.id });
        done.push(`no longer ignoring ${name}`);
      } else {
        recreate = true;
        done.push('recreating the bump PR');
      }
    }
    handled.push({ id: comment.id, ok: true, commands, reply: `OK: ${done.join('; ')}.` });
  }
  return { rules, recreate, handled, unignores };
}
