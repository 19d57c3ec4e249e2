// The CLI's usage texts: the global help lists the commands; `monopin help <command>` and
// `monopin <command> --help` show that command's usage line and its own flags only.

export const COMMANDS = ['scan', 'check', 'bump', 'rebuild', 'order', 'help'] as const;
export type Command = (typeof COMMANDS)[number];

interface CommandHelp {
  usage: string;
  summary: string;
  flags: string[];
}

// Each flag's help line, as `--name ARG  text` (two spaces before the text); a command may say it its own way.
const FLAG_TEXT: Record<string, string> = {
  root: '--root DIR           repository root (default: current directory)',
  constraints: '--constraints FILE   central constraints file, relative to the root (default: found by name or -c use)',
  config: '--config FILE        config file (default: .github/monopin.yml when present)',
  base: '--base GIT_REF       compare with this revision; report introduced and fixed findings',
  'no-color': '--no-color           plain text even on a terminal',
  'index-url': '--index-url URL      package index (PEP 691/503, http(s) or file://)',
  'extra-index-url': '--extra-index-url URL  with --index-url: one more index, as pip\'s option (repeatable)',
  python: '--python X.Y         target Python (default: config, else FROM python:X.Y)',
  advisories: '--advisories SOURCE  osv (the public OSV API) | off | an OSV API URL | a folder or zip of OSV records\n                       (default: config advisories, else off)',
  'security-only': '--security-only      only the moves that fix advisories (for a daily security PR)',
  write: '--write              apply the edits to the working tree',
  packages: '--packages A,B       only the images these packages touch (default: all)',
  since: '--since GIT_REF      only the images the pins and files changed since GIT_REF touch',
  push: '--push               push the dated and latest tags',
  network: '--network host       build with the host network (daemons without a bridge)',
  help: '-h, --help           this help',
  all: '--all                every occurrence of every finding (default: a screenful, grouped by rule and package)',
  verbose: '--verbose            the same as --all',
  rule: '--rule RULE          only these rules (repeatable, or comma-separated)',
  severity: '--severity LEVEL     only error, warning or note findings (repeatable)',
  package: '--package NAME       only findings about these packages (repeatable)',
  service: '--service ID         only findings about what these services (or images, files) install (repeatable)',
  new: '--new                with --base: only what the revision introduced or changed',
};

const format = (values: string): string => `--format FORMAT      ${values} (default: text)`;

const HELP: Record<Command, CommandHelp> = {
  scan: {
    usage: 'monopin scan [options]',
    summary: 'inventory: files, services, packages and their version variants',
    flags: ['root', 'constraints', 'config', format('text | markdown | json | sarif'), 'no-color', 'help'],
  },
  check: {
    usage: 'monopin check [options]',
    summary: 'check every requirement against the central constraints file',
    flags: [
      'root',
      'constraints',
      'config',
      'base',
      format('text | markdown | json | sarif'),
      '--fail-on LEVEL      error | warning | never (default: error; config fail-on)',
      '--index-url URL      with --base: estimate the image-size deltas of the changed pins with this index',
      'extra-index-url',
      'advisories',
      'all',
      'verbose',
      'rule',
      'severity',
      'package',
      'service',
      'new',
      'no-color',
      'help',
    ],
  },
  bump: {
    usage: 'monopin bump [options]',
    summary: 'plan the newest pins every consumer accepts; print the plan and the diff',
    flags: [
      'root',
      'constraints',
      'config',
      format('text | json'),
      'no-color',
      '--fail-on LEVEL      error | never: never exits 0 even when the index fails (else 1 for some\n                       packages, 2 when the index could not be read at all)',
      'index-url',
      'extra-index-url',
      'python',
      'advisories',
      'security-only',
      '--dry-run            print the plan and the diff, change nothing (the default)',
      'write',
      'help',
    ],
  },
  rebuild: {
    usage: 'monopin rebuild [options]',
    summary: 'build the base images in FROM order (waves) with BuildKit; --dry-run only prints the waves',
    flags: ['root', 'constraints', 'config', format('text | json'), 'packages', 'since', 'push', 'network', '--dry-run            print the waves, build nothing', 'no-color', 'help'],
  },
  order: {
    usage: 'monopin order [options]',
    summary: 'migration order: the services of each compose project in waves by depends_on, dependencies first',
    flags: ['root', 'constraints', 'config', format('text | markdown | json'), 'no-color', 'help'],
  },
  help: {
    usage: 'monopin help [command]',
    summary: 'this help, or one command\'s usage and flags',
    flags: [],
  },
};

/** Flag names (without dashes) each command accepts; the parser rejects the rest. */
export function flagsOf(command: Command): string[] {
  return HELP[command].flags.map((f) => /^(?:-\w, )?--([\w-]+)/.exec(FLAG_TEXT[f] ?? f)![1]!);
}

export const GLOBAL_USAGE = `usage: monopin <command> [options]

commands:
${COMMANDS.map((c) => `  ${c.padEnd(8)} ${HELP[c].summary}`).join('\n')}

options:
  -h, --help           this help; \`monopin help <command>\` or \`monopin <command> --help\`: one command's flags
  -v, --version        print the version

exit codes: 0 clean, 1 findings at or above --fail-on (or a failed rebuild, an image past the size budget),
2 bad usage or unreadable input`;

export function commandUsage(command: Command): string {
  const { usage, summary, flags } = HELP[command];
  const lines = flags.map((f) => `  ${FLAG_TEXT[f] ?? f}`);
  return `usage: ${usage}\n\n${summary}${lines.length > 0 ? `\n\noptions:\n${lines.join('\n')}` : ''}`;
}

export function isCommand(name: string): name is Command {
  return (COMMANDS as readonly string[]).includes(name);
}
