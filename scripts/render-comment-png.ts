// Renders docs/sticky-comment.png: the sticky comment a real run of the action posts on a pull request of the demo
// monorepo, as GitHub shows it. Not run in CI; `npm run docs:comment-png` (after `npm run build`: it runs dist/index.js).
//
// 1. The demo monorepo (test/fixtures/monorepo) in a git repository; a head commit that fixes the worker's pydantic,
//    breaks the notifier's redis and bumps openai in the constraints.
// 2. The bundled action (dist/index.js) on that pull_request, against the GitHub API emulator the e2e tests use, with
//    a package index built from the demo's wheels (so the comment has its image-size section).
// 3. The comment it posted, rendered with marked (GitHub-flavoured markdown) and github-markdown-css, screenshotted by
//    headless Chromium (Debian: `apt-get install chromium`; CHROMIUM=path overrides). The first <details> is opened.
//    KEEP_HTML=1 keeps the HTML and the comment's markdown and prints their folder.
import { execFileSync } from 'node:child_process';
import { access, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { marked } from 'marked';
import { DEMO_UNIVERSE } from '../test/support/demo-universe.js';
import { startGitHubEmulator } from '../test/support/github-emulator/index.js';
import { git, makeRepo } from '../test/support/git-repo.js';
import { buildIndex } from '../test/support/package-index/build.js';
import { runAction } from '../test/support/run-action.js';

const OUT = resolve('docs/sticky-comment.png');
const WIDTH = 900;
const SCALE = 1.5;

async function pullRequestComment(): Promise<string> {
  await access('dist/index.js').catch(() => {
    throw new Error('dist/index.js is missing: run `npm run build` first');
  });
  const gh = await startGitHubEmulator();
  try {
    gh.addRepo({ owner: 'acme', name: 'mono' });
    const number = gh.addPullRequest({ owner: 'acme', repo: 'mono', head: 'feature', files: {} }).number;
    const index = await buildIndex(await mkdtemp(join(tmpdir(), 'monopin-png-index-')), DEMO_UNIVERSE);
    const workspace = await mkdtemp(join(tmpdir(), 'monopin-png-ws-'));
    await cp('test/fixtures/monorepo', workspace, { recursive: true });
    const baseSha = makeRepo(workspace);
    await writeFile(join(workspace, 'services/worker/requirements.txt'), 'celery[redis]==5.4.0\nredis>=5.0\npydantic>=2\nstructlog\n');
    await writeFile(join(workspace, 'services/notifier/requirements.txt'), 'httpx>=0.27\nredis<5\n');
    const constraints = join(workspace, 'docker/base/requirements-constraints.txt');
    await writeFile(constraints, (await readFile(constraints, 'utf8')).replace('openai==1.57.4', 'openai==1.58.0'));
    git(workspace, 'commit', '-qam', 'fix the worker, pin the notifier, bump openai');
    const headSha = git(workspace, 'rev-parse', 'HEAD');
    const repo = { full_name: 'acme/mono', name: 'mono', owner: { login: 'acme' } };
    const payload = { action: 'synchronize', number, pull_request: { number, base: { ref: 'main', sha: baseSha, repo }, head: { ref: 'feature', sha: headSha, repo } }, repository: repo };
    const run = await runAction({ gh, workspace, eventName: 'pull_request', payload, token: gh.token, inputs: { 'index-url': index.fileUrl } });
    const comments = [...gh.state.comments.values()].filter((c) => c.issueNumber === number);
    if (comments.length !== 1) throw new Error(`expected one comment, got ${comments.length}:\n${run.stdout}`);
    if (gh.violations.length > 0) throw new Error(`GitHub API violations: ${JSON.stringify(gh.violations)}`);
    return comments[0]!.body;
  } finally {
    await gh.close();
  }
}

function page(body: string, css: string): string {
  const html = marked.parse(body, { gfm: true, async: false });
  return `<!doctype html>
<html><head><meta charset="utf-8"><style>
${css}
body { margin: 0; padding: 16px 16px 20px; background: #fff; width: ${WIDTH - 32}px; }
.comment { border: 1px solid #d0d7de; border-radius: 6px; }
.comment-header { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; font: 14px -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #59636e; border-radius: 6px 6px 0 0; }
.comment-header b { color: #1f2328; }
.markdown-body { padding: 16px; font-family: -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; }
</style></head>
<body><div class="comment"><div class="comment-header"><b>github-actions</b> bot commented</div><article class="markdown-body">
${html}
</article></div>
<script>
// GitHub shows <details> folded; the first one is opened here so the picture shows both states.
document.querySelector('details')?.setAttribute('open', '');
document.body.setAttribute('data-height', String(Math.ceil(document.documentElement.getBoundingClientRect().height)));</script>
</body></html>
`;
}

function chromium(args: string[]): string {
  const bin = process.env.CHROMIUM ?? 'chromium';
  return execFileSync(bin, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--no-first-run', `--force-device-scale-factor=${SCALE}`, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

const body = await pullRequestComment();
const css = await readFile('node_modules/github-markdown-css/github-markdown-light.css', 'utf8');
const dir = await mkdtemp(join(tmpdir(), 'monopin-png-'));
const htmlPath = join(dir, 'comment.html');
await writeFile(htmlPath, page(body, css));
await writeFile(join(dir, 'comment.md'), body);
// Two passes: the laid-out height first (the page writes it into the DOM), then a screenshot exactly that tall.
const dom = chromium([`--window-size=${WIDTH},800`, '--dump-dom', `file://${htmlPath}`]);
const height = Number(/data-height="(\d+)"/.exec(dom)?.[1]);
if (!Number.isFinite(height) || height <= 0) throw new Error('could not read the rendered height from Chromium');
await mkdir('docs', { recursive: true });
chromium([`--window-size=${WIDTH},${height}`, `--screenshot=${OUT}`, `file://${htmlPath}`]);
if (process.env.KEEP_HTML) console.log(dir);
else await rm(dir, { recursive: true });
console.log(`${OUT}: ${WIDTH}×${height} CSS px at ${SCALE}×, from a ${body.length}-character comment`);
