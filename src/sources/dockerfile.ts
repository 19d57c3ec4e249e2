// Dockerfile → FROM graph, COPY/ADD sources, and every pip install with exact file:line:column.
// dockerfile-split.ts (or dockerfile-ast, where it gives up) finds the instructions and their
// ranges; the words inside them are lexed by shell.ts over the original text, so continuations,
// comments and heredocs keep true positions. dockerfile-ast's objects are built only for the
// FROM/COPY/ADD/RUN instructions whose flags, JSON form or escapes need its argument rules.
import { posix } from 'node:path';
import { DockerfileParser, type From, type Heredoc, type Instruction, type JSONInstruction, type Run } from 'dockerfile-ast';
import type { Location } from '../model.js';
import { lineIndexOf } from '../line-index.js';
import { type DockerfileStep, dockerfileLineStarts, splitDockerfile } from './dockerfile-split.js';
import type { CopyRef, DockerfileInfo, FromRef, PipInstall } from './types.js';
import { type PipWord, parsePipCommand } from './pip-args.js';
import { type MappedText, type ShellCommand, type ShellLexResult, type ShellWord, type VariableLookup, expandReporting, expandVariables, expansionBudget, joinContinuations, lexShell, sliceText } from './shell.js';
import { boundMessage } from './issue-text.js';

interface Stage {
  /** Index in `froms`. */
  index: number;
  args: Map<string, string>;
  env: Map<string, { value: string; location: Location }>;
  workdir: string;
}

const KNOWN = new Set(['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);
const SHELLS = /^(sh|bash|dash|ash|zsh|ksh|mksh)$/;

/** An instruction and, where its arguments need dockerfile-ast's rules, dockerfile-ast's object for it. */
interface Step extends DockerfileStep {
  node?: Instruction;
}

/** A word of FROM's arguments, with offsets. */
interface FromWord {
  value: string;
  start: number;
  end: number;
}

export function parseDockerfile(content: string, path: string, buildArgs: Record<string, string> = {}): DockerfileInfo {
  return walkDockerfile(content, path, buildArgs, true);
}

/** The reference: every instruction through dockerfile-ast. Tests hold parseDockerfile to it. */
export function parseDockerfileWithAst(content: string, path: string, buildArgs: Record<string, string> = {}): DockerfileInfo {
  return walkDockerfile(content, path, buildArgs, false);
}

function walkDockerfile(content: string, path: string, buildArgs: Record<string, string>, split: boolean): DockerfileInfo {
  const info: DockerfileInfo = { path, froms: [], copies: [], stageCopies: [], installs: [], issues: [] };
  try {
    new Walker(content, info, buildArgs).walk(split);
  } catch (e) {
    // A bug of ours or of dockerfile-ast must not cost the other files: report it as this file's problem.
    info.issues.push({ rule: 'parse-error', location: { file: path, line: 1, column: 1 }, message: `cannot parse Dockerfile: ${e instanceof Error ? e.message : String(e)}` });
  }
  return info;
}

class Walker {
  private readonly lineStarts: number[];
  private readonly globals = new Map<string, string>();
  private readonly stages = new Map<string, Stage>();
  /** Every expansion of this file draws on one budget (see ExpansionBudget). */
  private readonly budget = expansionBudget();
  private stage: Stage | undefined;
  private escape = '\\';

  constructor(
    private readonly content: string,
    private readonly info: DockerfileInfo,
    private readonly buildArgs: Record<string, string>,
  ) {
    // the same line breaks as dockerfile-ast's TextDocument: \r\n, \n and a lone \r
    this.lineStarts = dockerfileLineStarts(content);
  }

  walk(split: boolean): void {
    const steps = (split && this.splitSteps()) || this.astSteps();
    for (const step of steps) {
      const keyword = step.keyword.toUpperCase();
      const at = this.rangeStart(step);
      if (!KNOWN.has(keyword)) this.issue(at, `unknown instruction ${step.keyword}`);
      else if (keyword === 'FROM') this.from(step);
      else if (keyword === 'ARG') this.arg(step);
      else if (!this.stage) this.issue(at, `${keyword} before the first FROM`);
      else if (keyword === 'ENV') this.env(step, this.stage);
      else if (keyword === 'WORKDIR') this.workdir(step, this.stage);
      else if (keyword === 'COPY' || keyword === 'ADD') this.copy(step, this.stage);
      else if (keyword === 'RUN') this.run(step, this.stage);
    }
    if (this.info.froms.length === 0) this.issue(this.loc(0), 'no FROM instruction');
  }

  private astSteps(): Step[] {
    const df = DockerfileParser.parse(this.content);
    this.escape = df.getEscapeCharacter();
    return df.getInstructions().map((node) => ({
      keyword: node.getInstruction(),
      start: this.offsetOf(node.getRange().start),
      argsStart: this.offsetOf(node.getInstructionRange().end),
      end: this.offsetOf(node.getRange().end),
      node,
    }));
  }

  /**
   * The instructions from the character scan; dockerfile-ast parses only those that need its
   * argument rules, in a copy of the file with every other character blanked (line breaks kept,
   * so its ranges are the ones it would give in the whole file).
   */
  private splitSteps(): Step[] | undefined {
    const steps: Step[] | undefined = splitDockerfile(this.content, this.lineStarts);
    if (!steps) return undefined;
    this.escape = '\\';
    const wanted = steps.filter((s) => this.needsAst(s));
    if (wanted.length === 0) return steps;
    let masked = '';
    let at = 0;
    for (const s of wanted) {
      masked += this.content.slice(at, s.start).replace(/[^\r\n]/g, ' ') + this.content.slice(s.start, s.end);
      at = s.end;
    }
    masked += this.content.slice(at).replace(/[^\r\n]/g, ' ');
    const nodes = new Map(DockerfileParser.parse(masked).getInstructions().map((node) => [this.offsetOf(node.getRange().start), node]));
    for (const s of wanted) {
      const node = nodes.get(s.start);
      // cannot happen while the scan is dockerfile-ast's; if it ever does, trust dockerfile-ast
      if (!node || this.offsetOf(node.getRange().end) !== s.end) return undefined;
      s.node = node;
    }
    return steps;
  }

  /** FROM with an escape or a flag, COPY/ADD with a flag or JSON, RUN in JSON form. */
  private needsAst(s: Step): boolean {
    const keyword = s.keyword.toUpperCase();
    if (keyword !== 'FROM' && keyword !== 'COPY' && keyword !== 'ADD' && keyword !== 'RUN') return false;
    const args = this.content.slice(s.argsStart, s.end);
    // a flag's `--` may be written `-\-` or split by a continuation; an escape changes FROM's words
    if (keyword === 'FROM') return args.includes('\\') || args.includes('--');
    if (args.includes('[')) return true;
    return keyword !== 'RUN' && (args.includes('--') || args.includes('-\\'));
  }

  // ── positions ──────────────────────────────────────────────────────────────
  private offsetOf(p: { line: number; character: number }): number {
    return (this.lineStarts[p.line] ?? this.content.length) + p.character;
  }

  loc(offset: number, end?: number): Location {
    const line = this.lineOf(offset);
    const column = offset - this.lineStarts[line - 1]! + 1;
    if (end === undefined) return { file: this.info.path, line, column };
    const endLine = this.lineOf(end);
    return { file: this.info.path, line, column, endLine, endColumn: end - this.lineStarts[endLine - 1]! + 1 };
  }

  /** 1-based line of an offset. */
  private lineOf(offset: number): number {
    return lineIndexOf(this.lineStarts, offset) + 1;
  }

  private rangeStart(s: Step): Location {
    return this.loc(s.start);
  }

  private issue(location: Location, message: string): void {
    this.info.issues.push({ rule: 'parse-error', location, message: boundMessage(message) });
  }

  private wordLocation(w: ShellWord): Location {
    return this.loc(w.offsets[0] ?? w.start, Math.max(w.end, (w.offsets[0] ?? w.start) + 1));
  }

  /** The instruction's text after its keyword, continuations joined; `until` cuts heredoc bodies off. */
  private argumentText(s: Step, until?: number): MappedText {
    return joinContinuations(this.content, s.argsStart, until ?? s.end, this.escape);
  }

  /** Docker's word rules (quotes, escapes, `$VAR`) minus leading `--flag`s. */
  private dockerWords(s: Step, lookup: VariableLookup, until?: number): ShellWord[] {
    const lexed = lexShell(this.argumentText(s, until), { lookup, shell: false, escape: this.escape, budget: this.budget });
    this.expansionIssues(s, lexed.errors);
    const words = lexed.commands[0]?.words ?? [];
    while (words[0]?.value.startsWith('--')) words.shift();
    return words;
  }

  /** A variable left unexpanded (too large, too deep) is worth a finding; the instruction is still read. */
  private expansionIssues(s: Step, errors: ShellLexResult['errors']): void {
    for (const e of errors) if (e.expansion) this.issue(this.loc(e.offset), `${s.keyword.toUpperCase()}: ${e.message}`);
  }

  // ── stages and variables ───────────────────────────────────────────────────
  // A global `ARG NAME` without a default is '' where Docker expands it (FROM, other global ARGs).
  private readonly declaredGlobals = new Set<string>();
  private readonly globalLookup: VariableLookup = (name) => this.buildArgs[name] ?? this.globals.get(name) ?? (this.declaredGlobals.has(name) ? '' : undefined);

  private stageLookup(stage: Stage): VariableLookup {
    return (name) => stage.env.get(name)?.value ?? stage.args.get(name);
  }

  private from(s: Step): void {
    const args = this.fromWords(s);
    const image = args[0];
    if (!image) {
      this.issue(this.rangeStart(s), 'FROM without an image');
      return;
    }
    const raw = image.value;
    const expansion = expandReporting(raw, this.globalLookup, this.escape, { budget: this.budget });
    this.expansionIssues(s, expansion.errors.map((e) => ({ ...e, offset: image.start })));
    const expanded = expansion.value;
    const stageName = args[1]?.value.toLowerCase() === 'as' ? args[2]?.value.toLowerCase() : undefined;
    const parent = this.stages.get(expanded.toLowerCase());
    const platform = s.node ? (s.node as From).getFlags().find((f) => f.getName() === 'platform')?.getValue() : undefined;
    const ref: FromRef = { image: parent ? expanded.toLowerCase() : expanded, raw, isStage: parent !== undefined, location: this.loc(image.start, image.end) };
    if (stageName) ref.stageName = stageName;
    if (platform) ref.platform = expandVariables(platform, this.globalLookup, this.escape, this.budget).value;
    this.info.froms.push(ref);
    // ENV and WORKDIR carry over from a parent stage; ARGs never do.
    this.stage = { index: this.info.froms.length - 1, args: new Map(), env: new Map(parent?.env ?? []), workdir: parent?.workdir ?? '/' };
    if (stageName) this.stages.set(stageName, this.stage);
  }

  /** dockerfile-ast's arguments of FROM; without escapes or flags they are its blank-separated words. */
  private fromWords(s: Step): FromWord[] {
    if (s.node) {
      return (s.node as From).getArguments().map((a) => ({ value: a.getValue(), start: this.offsetOf(a.getRange().start), end: this.offsetOf(a.getRange().end) }));
    }
    const words: FromWord[] = [];
    const blank = /[^ \t]+/g;
    const text = this.content.slice(s.argsStart, s.end);
    for (const m of text.matchAll(blank)) words.push({ value: m[0], start: s.argsStart + m.index, end: s.argsStart + m.index + m[0].length });
    return words;
  }

  private arg(s: Step): void {
    const stage = this.stage;
    for (const w of this.dockerWords(s, stage ? this.stageLookup(stage) : this.globalLookup)) {
      const eq = w.value.indexOf('=');
      const name = eq < 0 ? w.value : w.value.slice(0, eq);
      // `ARG NAME` in a stage takes the global default; a default holding an unknown variable is unknown
      const fallback = eq < 0 ? (stage ? this.globals.get(name) : undefined) : w.unresolved ? undefined : w.value.slice(eq + 1);
      const value = this.buildArgs[name] ?? fallback;
      if (!stage) this.declaredGlobals.add(name);
      const target = stage ? stage.args : this.globals;
      if (value === undefined) target.delete(name);
      else target.set(name, value);
    }
  }

  private env(s: Step, stage: Stage): void {
    const words = this.dockerWords(s, this.stageLookup(stage));
    const set = (name: string, value: string, unresolved: boolean, location: Location): void => {
      if (unresolved) stage.env.delete(name);
      else stage.env.set(name, { value, location });
    };
    if (words[0] && !words[0].value.includes('=')) {
      // legacy `ENV NAME value with spaces`
      const rest = words.slice(1);
      if (rest[0]) set(words[0].value, rest.map((w) => w.value).join(' '), rest.some((w) => w.unresolved), this.wordLocation(rest[0]));
      return;
    }
    for (const w of words) {
      const eq = w.value.indexOf('=');
      if (eq > 0) set(w.value.slice(0, eq), w.value.slice(eq + 1), w.unresolved, this.loc(w.offsets[eq + 1] ?? w.start));
    }
  }

  private workdir(s: Step, stage: Stage): void {
    const dir = this.dockerWords(s, this.stageLookup(stage))[0]?.value;
    if (!dir) return;
    // `C:\app` on a Windows image is absolute and not a POSIX path: keep it as written
    if (/^[A-Za-z]:[\\/]/.test(dir)) stage.workdir = dir;
    else stage.workdir = posix.normalize(posix.isAbsolute(dir) ? dir : posix.join(stage.workdir, dir));
  }

  private copy(s: Step, stage: Stage): void {
    // without a node: no flag, no JSON form and no heredoc (dockerfile-split gives up on those)
    const i = s.node as JSONInstruction | undefined;
    // files from another stage or image, not the context
    const fromFlag = i?.getFlags().find((f) => f.getName() === 'from');
    const heredocs = (i as (JSONInstruction & { getHeredocs?(): Heredoc[] }) | undefined)?.getHeredocs?.() ?? [];
    const json = i?.getJSONStrings() ?? [];
    const values = json.length > 0
      ? json.map((j) => j.getJSONValue())
      : this.dockerWords(s, this.stageLookup(stage), this.commandEnd(heredocs)).map((w) => w.value);
    if (values.length < 2) {
      this.issue(this.rangeStart(s), `${s.keyword.toUpperCase()} needs a source and a destination`);
      return;
    }
    const sources = values.slice(0, -1).filter((v) => !v.startsWith('<<') && !/^([a-z]+:\/\/|git@)/i.test(v));
    const copy: CopyRef = { sources, destination: values[values.length - 1]!, workdir: stage.workdir, location: this.rangeStart(s), stage: stage.index };
    if (fromFlag) {
      const from = expandVariables(fromFlag.getValue() ?? '', this.stageLookup(stage), this.escape).value;
      this.info.stageCopies.push({ ...copy, from: this.stages.has(from.toLowerCase()) ? from.toLowerCase() : from });
    } else this.info.copies.push(copy);
  }

  /** With heredocs, the command is the text up to the end of the line that opens the last one. */
  private commandEnd(heredocs: Heredoc[]): number | undefined {
    if (heredocs.length === 0) return undefined;
    const line = Math.max(...heredocs.map((h) => h.getStartRange().end.line));
    const lineStart = this.lineStarts[line] ?? this.content.length;
    let end = this.lineStarts[line + 1] ?? this.content.length;
    if (end > lineStart && this.content[end - 1] === '\n') end--;
    if (end > lineStart && this.content[end - 1] === '\r') end--;
    return end;
  }

  // ── RUN ────────────────────────────────────────────────────────────────────
  private run(s: Step, stage: Stage): void {
    const lookup = this.stageLookup(stage);
    // without a node: not in JSON form and no heredoc (dockerfile-split gives up on those)
    const i = s.node as Run | undefined;
    const json = i?.getJSONStrings() ?? [];
    if (json.length > 0) {
      // exec form: no shell, so no quotes, variables or redirects, unless it runs a shell itself
      const words = json.map((j) => {
        const r = j.getRange();
        return mappedWord(decodeJson(this.content, this.offsetOf(r.start) + 1, this.offsetOf(r.end) - 1));
      });
      this.command(words, stage, lookup, 0);
      return;
    }
    const heredocs = i?.getHeredocs() ?? [];
    const lexed = lexShell(this.argumentText(s, this.commandEnd(heredocs)), { lookup, budget: this.budget });
    for (const e of lexed.errors) this.issue(this.loc(e.offset), `RUN: ${e.message}`);
    const first = lexed.commands[0];
    while (first?.words[0]?.value.startsWith('--')) first.words.shift(); // RUN --mount=… --network=…
    this.commands(lexed.commands, stage, lookup, 0);
    for (const h of heredocs) {
      const owner = lexed.commands.find((c) => [...c.redirects, ...c.words.flatMap((w) => w.glued)].some((r) => r.op.startsWith('<<') && r.target?.value === h.getName()));
      const content = h.getContentRange();
      if (!content || !owner || !this.runsShellOnStdin(owner)) continue;
      const body = sliceText(this.content, this.offsetOf(content.start), this.offsetOf(content.end));
      if (owner.words.length === 0 && /^#!(?!.*\b(sh|bash|dash|ash|zsh)\b)/.test(body.text)) continue; // `#!/usr/bin/env python3`
      const inner = lexShell(body, { lookup, budget: this.budget });
      for (const e of inner.errors) this.issue(this.loc(e.offset), `RUN heredoc: ${e.message}`);
      this.commands(inner.commands, stage, lookup, 1);
    }
  }

  /** `RUN <<EOF` (Docker runs the body with its shell), `RUN bash <<EOF`, `RUN sh -e <<EOF`; not `python3 <<EOF`. */
  private runsShellOnStdin(c: ShellCommand): boolean {
    if (c.words.length === 0) return true;
    const [program, ...rest] = c.words.map((w) => w.value);
    return SHELLS.test(posix.basename(program!)) && !rest.some((a) => /^-[a-z]*c/.test(a));
  }

  private commands(commands: ShellCommand[], stage: Stage, lookup: VariableLookup, depth: number): void {
    for (const c of commands) this.command(c.words, stage, lookup, depth);
  }

  private command(words: ShellWord[], stage: Stage, lookup: VariableLookup, depth: number): void {
    const script = shellScript(words);
    if (script && depth < 3) {
      // `sh -c "pip install …"`: the string is a script of its own, lexed with the same positions
      const lexed = lexShell({ text: script.value, offsets: script.offsets }, { lookup, budget: this.budget });
      this.commands(lexed.commands, stage, lookup, depth + 1);
      return;
    }
    const pipWords: PipWord[] = words.map((w) => ({
      value: w.value,
      text: w.text,
      location: this.wordLocation(w),
      unresolved: w.unresolved,
      glued: w.glued.map((g) => ({ op: g.op, target: g.target?.value ?? '' })),
    }));
    const parsed = parsePipCommand(pipWords);
    if (!parsed) return;
    for (const issue of parsed.issues) this.info.issues.push({ ...issue, message: boundMessage(issue.message) });
    const install: PipInstall = {
      tool: parsed.tool,
      location: parsed.location,
      requirementFiles: parsed.requirementFiles,
      constraintFiles: parsed.constraintFiles,
      packages: parsed.packages,
      noCompile: parsed.noCompile,
      workdir: stage.workdir,
      stage: stage.index,
    };
    // PIP_CONSTRAINT / UV_CONSTRAINT apply a constraints file as -c does.
    const envName = parsed.tool === 'uv' ? 'UV_CONSTRAINT' : 'PIP_CONSTRAINT';
    const fromEnv = parsed.env[envName] !== undefined ? { value: parsed.env[envName]!, location: parsed.location } : stage.env.get(envName);
    for (const p of fromEnv?.value.split(/\s+/).filter(Boolean) ?? []) install.constraintFiles.push({ path: p, location: fromEnv!.location });
    this.info.installs.push(install);
  }
}

/** The script of `sh -c '…'`, `/bin/bash -lc "…"`, `sudo sh -ec …`. */
function shellScript(words: ShellWord[]): ShellWord | undefined {
  let i = 0;
  while (words[i] && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]!.value) || ['sudo', 'exec', 'env', 'command'].includes(words[i]!.value))) i++;
  if (!words[i] || !SHELLS.test(posix.basename(words[i]!.value))) return undefined;
  let sawC = false;
  for (i++; words[i]?.value.startsWith('-') || words[i]?.value.startsWith('+'); i++) {
    const opt = words[i]!.value;
    if (/^-[a-z]*c[a-z]*$/.test(opt)) sawC = true;
    if (/^[-+][a-z]*o$/.test(opt)) i++; // `-o pipefail`, `-euxo pipefail`
  }
  return sawC ? words[i] : undefined;
}

/** A JSON string's characters mapped to their offsets in the file (escapes decoded). */
function decodeJson(content: string, start: number, end: number): MappedText {
  let text = '';
  const offsets: number[] = [];
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '/': '/', '\\': '\\', '"': '"' };
  for (let k = start; k < end; k++) {
    let ch = content[k]!;
    const at = k;
    if (ch === '\\' && k + 1 < end) {
      const e = content[k + 1]!;
      if (e === 'u') {
        ch = String.fromCharCode(parseInt(content.slice(k + 2, k + 6), 16));
        k += 5;
      } else {
        ch = simple[e] ?? e;
        k += 1;
      }
    }
    text += ch;
    offsets.push(at);
  }
  return { text, offsets };
}

function mappedWord(m: MappedText): ShellWord {
  const start = m.offsets[0] ?? 0;
  const end = m.offsets.length > 0 ? m.offsets[m.offsets.length - 1]! + 1 : start;
  return { value: m.text, offsets: m.offsets, text: m.text, raw: m.text, start, end, quoted: true, unresolved: false, glued: [] };
}
