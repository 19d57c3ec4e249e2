// Recognises one command as `pip install` (pip, pip3.12, python -m pip, uv pip, behind sudo/env/exec)
// and parses its options the way pip's optparse and uv's clap do, so that option values are
// never mistaken for packages.
import type { Location, SourceIssue } from '../model.js';
import { RequirementSyntaxError, parseRequirement } from '../pep/requirement.js';
import { isValidName, normalizeName } from '../pep/name.js';
import type { PipInstall } from './types.js';

/** One argument of a command, from a shell script or an exec-form JSON array. */
export interface PipWord {
  /** Quotes removed, known variables substituted. */
  value: string;
  /** Quotes removed, variables as written. */
  text: string;
  location: Location;
  /** Still holds a `$VAR` nobody could resolve. */
  unresolved?: boolean;
  /** Redirects sh found glued to the word (`pkg>=1` → `>` to `=1`). Exec form has none. */
  glued?: { op: string; target: string }[];
}

/** A PipInstall before the Dockerfile parser knows its WORKDIR and stage; `location` is the `pip` word (`python` for `python -m pip`). */
export interface PipCommand extends Omit<PipInstall, 'workdir' | 'stage'> {
  /** `NAME=value` set for this command (`PIP_CONSTRAINT=… pip install`, `env X=1 pip …`). */
  env: Record<string, string>;
  issues: SourceIssue[];
}

type OptionKind = 'flag' | 'value' | 'requirement' | 'constraint' | 'editable';

// pip 24/25 `install` plus its general options. Every option that takes a value must be here,
// or its value would be read as a package.
const PIP_VALUE = [
  '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '-t', '--target', '--prefix', '--root', '--platform',
  '--python-version', '--implementation', '--abi', '--trusted-host', '--cache-dir', '--src', '--upgrade-strategy',
  '--progress-bar', '--log', '--log-file', '--timeout', '--retries', '--proxy', '--cert', '--client-cert', '--exists-action',
  '-C', '--config-settings', '--global-option', '--install-option', '--build-option', '--no-binary', '--only-binary', '--report',
  '--root-user-action', '--keyring-provider', '--use-feature', '--use-deprecated', '--python', '--resume-retries', '--group',
  '--local-log', '--build-constraint',
];
const PIP_FLAG = [
  '-U', '--upgrade', '--force-reinstall', '-I', '--ignore-installed', '--ignore-requires-python', '--no-deps', '--pre',
  '--user', '--no-compile', '--compile', '--no-warn-script-location', '--no-warn-conflicts', '--no-build-isolation',
  '--use-pep517', '--no-use-pep517', '--check-build-dependencies', '--break-system-packages', '--dry-run', '--require-hashes',
  '--no-clean', '--no-index', '--prefer-binary', '--no-cache-dir', '--disable-pip-version-check', '--isolated', '-q', '--quiet',
  '-v', '--verbose', '--no-input', '--no-color', '--no-python-version-warning', '--require-virtualenv', '--debug', '-h', '--help',
  '-V', '--version', '--only-deps',
];
const UV_VALUE = [
  '-i', '--index-url', '--extra-index-url', '--index', '--default-index', '-f', '--find-links', '-t', '--target', '--prefix',
  '-p', '--python', '--python-version', '--python-platform', '--index-strategy', '--resolution', '--prerelease', '-P',
  '--upgrade-package', '--reinstall-package', '--link-mode', '--no-binary', '--only-binary', '--no-build-package',
  '--no-binary-package', '--override', '--overrides', '-b', '--build-constraint', '--build-constraints', '--extra', '--group',
  '--cache-dir', '--config-file', '--color', '--torch-backend', '--refresh-package', '--keyring-provider',
  '--allow-insecure-host', '--trusted-host', '-C', '--config-setting', '--config-settings', '--exclude-newer', '--directory',
  '--project', '--fork-strategy', '--excludes', '--exclude',
];
const UV_FLAG = [
  '--system', '--no-system', '-n', '--no-cache', '--no-index', '-U', '--upgrade', '--reinstall', '--force-reinstall', '--no-deps',
  '--compile-bytecode', '--compile', '--no-compile-bytecode', '--no-build-isolation', '--no-build', '--require-hashes',
  '--no-require-hashes', '--verify-hashes', '--no-verify-hashes', '--strict', '--exact', '--all-extras', '-q', '--quiet', '-v',
  '--verbose', '--native-tls', '--offline', '--no-progress', '--no-config', '--dry-run', '--refresh', '--no-sources',
  '--preview', '--break-system-packages', '--no-break-system-packages', '--managed-python', '--no-managed-python',
  '--no-python-downloads', '--user', '--pre', '--prerelease-allow', '-h', '--help',
];

function table(values: string[], flags: string[], files: Record<string, OptionKind>): Map<string, OptionKind> {
  const t = new Map<string, OptionKind>();
  for (const v of values) t.set(v, 'value');
  for (const f of flags) t.set(f, 'flag');
  for (const [k, v] of Object.entries(files)) t.set(k, v);
  return t;
}
const PIP_OPTIONS = table(PIP_VALUE, PIP_FLAG, {
  '-r': 'requirement', '--requirement': 'requirement', '-c': 'constraint', '--constraint': 'constraint', '-e': 'editable', '--editable': 'editable',
});
const UV_OPTIONS = table(UV_VALUE, UV_FLAG, {
  '-r': 'requirement', '--requirement': 'requirement', '--requirements': 'requirement', '-c': 'constraint',
  '--constraint': 'constraint', '--constraints': 'constraint', '-e': 'editable', '--editable': 'editable',
});

/** Parse a command; undefined when it is not a `pip install`. */
export function parsePipCommand(words: PipWord[]): PipCommand | undefined {
  const env: Record<string, string> = {};
  let i = skipWrappers(words, env);
  const program = words[i];
  if (!program) return undefined;
  const base = program.value.slice(program.value.lastIndexOf('/') + 1);
  let tool: 'pip' | 'uv';
  if (/^pip(\d+(\.\d+)?)?$/.test(base)) {
    tool = 'pip';
    i++;
  } else if (/^(python|pypy)(\d+(\.\d+)*)?$/.test(base)) {
    // python [-u -B -I …] -m pip: only interpreter flags may come before -m
    i++;
    while (words[i] && /^-[bBdEhiIOqsSuvVxR]+$/.test(words[i]!.value)) i++;
    if (words[i]?.value === '-m' && words[i + 1]?.value === 'pip') i += 2;
    else if (words[i]?.value === '-mpip') i++;
    else return undefined;
    tool = 'pip';
  } else if (base === 'uv') {
    i++;
    while (words[i]?.value.startsWith('-')) i += UV_OPTIONS.get(words[i]!.value) === 'value' ? 2 : 1;
    if (words[i]?.value !== 'pip') return undefined;
    i++;
    tool = 'uv';
  } else {
    return undefined;
  }
  const options = tool === 'uv' ? UV_OPTIONS : PIP_OPTIONS;
  // pip's general options may precede the subcommand: `pip --no-cache-dir install …`
  while (words[i]?.value.startsWith('-')) i += lookupOption(options, words[i]!.value)?.kind === 'value' && !words[i]!.value.includes('=') ? 2 : 1;
  if (words[i]?.value !== 'install') return undefined;
  return parseInstallArgs(words.slice(i + 1), { tool, location: program.location, options, env });
}

const SUDO_VALUE = new Set(['-u', '-g', '-U', '-C', '-D', '-h', '-p', '-r', '-t', '-T', '--user', '--group']);

/** Skip `sudo …`, `env -i X=1`, `exec`, `command`, `nice`, `gosu user`, leading `X=1` assignments. */
function skipWrappers(words: PipWord[], env: Record<string, string>): number {
  let i = 0;
  for (;;) {
    const w = words[i]?.value;
    if (w === undefined) return i;
    const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(w);
    if (assignment) {
      env[assignment[1]!] = assignment[2]!;
      i++;
    } else if (w === 'sudo' || w === 'env' || w === 'exec' || w === 'command' || w === 'nice' || w === 'nohup' || w === 'time') {
      i++;
      while (words[i]?.value.startsWith('-')) {
        const opt = words[i]!.value;
        i++;
        if (opt === '--') break;
        if ((w === 'sudo' && SUDO_VALUE.has(opt)) || (w === 'env' && opt === '-u') || (w === 'exec' && opt === '-a') || (w === 'nice' && opt === '-n')) i++;
      }
    } else if (w === 'gosu' || w === 'su-exec') {
      i += 2;
    } else {
      return i;
    }
  }
}

function lookupOption(options: Map<string, OptionKind>, word: string): { name: string; kind: OptionKind } | undefined {
  const name = word.startsWith('--') ? word.split('=')[0]! : word.slice(0, 2);
  const exact = options.get(name);
  if (exact) return { name, kind: exact };
  // optparse accepts any unambiguous prefix of a long option: `--no-cache` is `--no-cache-dir`
  if (!name.startsWith('--') || options === UV_OPTIONS) return undefined;
  const matches = [...options.keys()].filter((k) => k.startsWith(name));
  return matches.length === 1 ? { name: matches[0]!, kind: options.get(matches[0]!)! } : undefined;
}

function parseInstallArgs(
  args: PipWord[],
  ctx: { tool: 'pip' | 'uv'; location: Location; options: Map<string, OptionKind>; env: Record<string, string> },
): PipCommand {
  const result: PipCommand = {
    tool: ctx.tool, location: ctx.location, requirementFiles: [], constraintFiles: [], packages: [],
    noCompile: ctx.tool === 'uv', env: ctx.env, issues: [],
  };
  let onlyPositional = false;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const v = word.value;
    if (onlyPositional || !v.startsWith('-') || v === '-') {
      addRequirement(result, word, false);
      continue;
    }
    if (v === '--') {
      onlyPositional = true;
      continue;
    }
    const shortCluster = !v.startsWith('--');
    let name: string;
    let kind: OptionKind;
    let value: PipWord | undefined;
    if (shortCluster) {
      // -qU, -qqq, -rreq.txt: flags first, then at most one option that takes the rest as value
      let k = 1;
      let found: { name: string; kind: OptionKind } | undefined;
      for (; k < v.length; k++) {
        found = lookupOption(ctx.options, `-${v[k]}`);
        if (!found || found.kind !== 'flag') break;
      }
      if (k === v.length) {
        applyFlag(result, v, ctx.tool);
        continue;
      }
      if (!found) {
        unknownOption(result, word, `-${v[k]}`);
        continue;
      }
      name = found.name;
      kind = found.kind;
      const rest = v.slice(k + 1).replace(/^=/, '');
      if (rest) value = { ...word, value: rest, text: word.text.slice(word.text.length - rest.length) };
    } else {
      const found = lookupOption(ctx.options, v);
      if (!found) {
        unknownOption(result, word, v.split('=')[0]!);
        continue;
      }
      name = found.name;
      kind = found.kind;
      const eq = v.indexOf('=');
      if (eq >= 0) value = { ...word, value: v.slice(eq + 1), text: word.text.slice(word.text.indexOf('=') + 1) };
      else if (kind === 'flag') {
        applyFlag(result, name, ctx.tool);
        continue;
      }
    }
    if (kind === 'flag') {
      applyFlag(result, name, ctx.tool);
      continue;
    }
    if (!value) {
      value = args[++i];
      if (!value) {
        result.issues.push({ rule: 'parse-error', location: word.location, message: `${name} needs a value` });
        break;
      }
    }
    if (kind === 'requirement') result.requirementFiles.push({ path: value.value, location: value.location });
    else if (kind === 'constraint') result.constraintFiles.push({ path: value.value, location: value.location });
    else if (kind === 'editable') addRequirement(result, value, true);
  }
  return result;
}

function applyFlag(result: PipCommand, flag: string, tool: 'pip' | 'uv'): void {
  if (flag === '--no-compile' || (tool === 'uv' && flag === '--no-compile-bytecode')) result.noCompile = true;
  if (flag === '--compile' || flag === '--compile-bytecode') result.noCompile = false;
}

function unknownOption(result: PipCommand, word: PipWord, name: string): void {
  result.issues.push({
    rule: 'parse-error',
    location: word.location,
    message: `unknown ${result.tool === 'uv' ? 'uv pip' : 'pip'} install option ${name}: its value, if it takes one, may be read as a package`,
  });
}

const WHEEL = /(?:^|\/)([A-Za-z0-9](?:[A-Za-z0-9._]*[A-Za-z0-9])?)-[^-/]+(?:-[^-/]+)?-[^-/]+-[^-/]+-[^-/]+\.whl$/;

function addRequirement(result: PipCommand, word: PipWord, editable: boolean): void {
  const v = word.value;
  if (word.glued?.some((g) => (g.op === '>' || g.op === '<') && /^=?[0-9*$]/.test(g.target))) {
    redirectIssue(result, word);
    return;
  }
  // `pip install $PACKAGES`: a list only known at build time
  if (word.unresolved && /^\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)$/.test(word.text)) return;
  const located = { location: word.location, origin: 'dockerfile' as const, viaConstraint: false, text: word.text, ...(editable ? { editable: true } : {}) };
  const direct = directReference(v);
  if (direct !== undefined) {
    if (direct) result.packages.push({ ...direct, ...located });
    return;
  }
  try {
    result.packages.push({ ...parseRequirement(v), ...located });
  } catch (e) {
    if (!(e instanceof RequirementSyntaxError)) throw e;
    const unknown = word.unresolved ? ' (it holds a variable with no known value: give the ARG a default or quote a full pin)' : '';
    result.issues.push({ rule: 'parse-error', location: word.location, message: `cannot parse requirement '${word.text}': ${e.message}${unknown}` });
  }
}

/**
 * A URL or local path: a named requirement when it carries a name (`#egg=`, a wheel file name),
 * null when it is an unnamed local project, undefined when it is not a path or URL at all.
 */
function directReference(v: string): { name: string; rawName: string; extras: string[]; specifier: string; url: string } | null | undefined {
  const isUrl = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(v) || /^(git|hg|svn|bzr)\+/.test(v) || v.startsWith('file:');
  const isPath = /^(\.|\/|~)/.test(v) || v.includes('/') || v.includes('\\') || /\.(whl|zip|tar\.gz|tgz|tar\.bz2)$/i.test(v);
  if (!isUrl && !isPath) return undefined;
  if (/^[A-Za-z0-9][A-Za-z0-9._-]*(\[[^\]]*\])?\s*@/.test(v)) return undefined; // `name @ url`: PEP 508
  const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(v)?.[1];
  const wheel = WHEEL.exec(v.split(/[#?]/)[0]!)?.[1];
  const rawName = egg ?? wheel;
  if (!rawName || !isValidName(rawName)) return null;
  return { name: normalizeName(rawName), rawName, extras: [], specifier: '', url: v };
}

function redirectIssue(result: PipCommand, word: PipWord): void {
  const written = word.value + (word.glued ?? []).map((g) => g.op + g.target).join('');
  let name = word.value;
  try {
    name = parseRequirement(word.value).name;
  } catch {
    name = normalizeName(word.value.replace(/\[.*$/, ''));
  }
  result.issues.push({
    rule: 'shell-redirect-in-specifier',
    package: name,
    location: word.location,
    message: `unquoted \`${written}\`: sh reads the > or < as a redirect, so pip installs any version of ${word.value} and writes a file; quote it: "${written}"`,
  });
}
