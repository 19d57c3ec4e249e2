export const id = 673;
export const ids = [673];
export const modules = {

/***/ 673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBumpJob: () => (/* binding */ runBumpJob)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/adapters/fs-reader.ts
var fs_reader = __webpack_require__(1725);
// EXTERNAL MODULE: ./src/index/client.ts + 3 modules
var client = __webpack_require__(6159);
// EXTERNAL MODULE: ./src/index/filenames.ts
var filenames = __webpack_require__(9062);
// EXTERNAL MODULE: ./src/scan.ts + 17 modules
var scan = __webpack_require__(4007);
// EXTERNAL MODULE: ./src/bump/environment.ts
var environment = __webpack_require__(2657);
// EXTERNAL MODULE: ./src/pep/name.ts
var pep_name = __webpack_require__(110);
;// CONCATENATED MODULE: ./src/bump/policy-from-config.ts

function configIgnoreRules(bump) {
    const rules = [];
    for (const r of bump.ignore) {
        const name = (0,pep_name/* normalizeName */.P)(r.name);
        const source = 'ignore-updates in .github/monopin.yml';
        if (!r.versions && !r.updateTypes)
            rules.push({ name, source });
        for (const version of r.versions ?? [])
            rules.push({ name, version, source });
        if (r.updateTypes)
            rules.push({ name, updateTypes: r.updateTypes, source });
    }
    return rules;
}
function policyFrom(bump, options) {
    const allowed = Object.fromEntries(Object.entries(bump.updateTypes).map(([name, types]) => [name === '*' ? '*' : (0,pep_name/* normalizeName */.P)(name), types]));
    return {
        now: options.now,
        minReleaseAgeDays: bump.minReleaseAgeDays,
        pythonVersion: options.pythonVersion,
        allowedUpdateTypes: allowed,
        ignore: [...configIgnoreRules(bump), ...(options.extraRules ?? [])],
    };
}

// EXTERNAL MODULE: ./src/bump/prepare.ts + 9 modules
var prepare = __webpack_require__(4098);
// EXTERNAL MODULE: ./src/bump/size-section.ts + 3 modules
var size_section = __webpack_require__(7055);
// EXTERNAL MODULE: ./src/advisories/source.ts + 3 modules
var source = __webpack_require__(8545);
;// CONCATENATED MODULE: ./src/bump/plan-checkout.ts










async function planCheckoutBump(options) {
    const { config } = options;
    const reader = (0,fs_reader/* createFsReader */.lG)(options.root);
    const { workspace } = await (0,scan/* scanRepository */.G)(reader, config);
    const constraintsFile = workspace.constraintsFile;
    if (!constraintsFile)
        throw new Error('no central constraints file found: set constraints in .github/monopin.yml (or the constraints input / --constraints)');
    const pythonVersion = (0,environment/* targetPython */.ab)(workspace, config.bump.pythonVersion, options.pythonVersion);
    const index = (0,client/* createIndexClient */.q6)({ indexUrl: config.bump.indexUrl, extraIndexUrls: config.bump.extraIndexUrls, cacheDir: options.cacheDir, log: options.log });
    // The same cache folder as the index (for actions/cache), records in their own subfolder.
    const advisories = (0,source/* createAdvisorySource */.b)(config.advisories, { root: options.root, ...(options.cacheDir !== undefined && { cacheDir: (0,external_node_path_.join)(options.cacheDir, 'osv') }), log: options.log });
    if (options.securityOnly && advisories === undefined)
        throw new Error('a security-only bump needs an advisory source (advisories: osv, a URL or a path)');
    const prepared = await (0,prepare/* prepareBump */.c)({
        workspace,
        readText: async (path) => new TextDecoder().decode(await reader.read(path)),
        index,
        releasesOf: filenames/* releasesOf */.w0,
        policy: policyFrom(config.bump, { now: options.now, pythonVersion, extraRules: options.extraRules }),
        environment: (0,environment/* targetEnvironment */.dK)(pythonVersion),
        ...(advisories !== undefined && { advisories: { source: advisories, ignore: config.ignoreAdvisories.map((i) => i.id), only: options.securityOnly === true } }),
    });
    const sizes = await (0,size_section/* estimateBumpSizes */.z)({ workspace, config, changes: prepared.plan.bumps, index, pythonVersion, onNote: options.onNote });
    return { workspace: { ...workspace, constraintsFile }, prepared, sizes, index, pythonVersion };
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(6412);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
;// CONCATENATED MODULE: ./src/bump/safe-url.ts
// URLs that go into markdown links: http(s) only, and nothing that can break out of `(…)`.
/** An http(s) URL that cannot break out of `(…)` in a markdown link, or undefined. */
function safeUrl(url) {
    if (!url)
        return undefined;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return undefined;
    return parsed.href.replace(/[()<>\s`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

// EXTERNAL MODULE: ./src/bump/security.ts
var bump_security = __webpack_require__(5704);
;// CONCATENATED MODULE: ./src/bump/pr-body.ts
// The bump PR's body: what changes and why, the maintainers' controls, and a hidden block the
// next run reads back (pr-state.ts). Pure; shortens itself under GitHub's 65,536-character limit.




const PLAN_MARKER = 'monopin:plan';
const SIZE_MARKER = '<!-- monopin:size -->';
const SIZE_END = '<!-- /monopin:size -->';
const REBUILD_MARKER = '<!-- monopin:rebuild -->';
const REBUILD_END = '<!-- /monopin:rebuild -->';
const DEFAULT_MAX_BODY = 65_000;
/** The hidden block: JSON inside an HTML comment that nothing in it can close. */
function renderPlanBlock(plan, rejected = []) {
    const pins = {};
    for (const bump of plan.bumps)
        pins[bump.name] = { from: bump.from, to: bump.to };
    const data = { v: 1, pins };
    if (rejected.length > 0)
        data.rejected = rejected.map((r) => ({ name: r.name, version: r.version, source: r.source }));
    const json = JSON.stringify(data)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        // `--` only occurs inside JSON strings, where `\u002d` is the same character.
        .replace(/--/g, '-\\u002d');
    return `<!-- ${PLAN_MARKER} ${json} -->`;
}
function renderBumpPrBody(options) {
    const max = options.maxLength ?? DEFAULT_MAX_BODY;
    const all = { diff: true, sections: true, heldRows: options.plan.held.length, bumpRows: options.plan.bumps.length };
    const attempts = [all, { ...all, diff: false }, { ...all, diff: false, sections: false }];
    for (const limits of attempts) {
        const body = render(options, limits);
        if (body.length <= max)
            return body;
    }
    // Drop table rows, then checklist lines, keeping as many as fit.
    let limits = { ...all, diff: false, sections: false };
    limits = { ...limits, heldRows: (0,report_escape/* largestFitting */.oA)(limits.heldRows, (n) => render(options, { ...limits, heldRows: n }).length <= max) };
    if (render(options, limits).length <= max)
        return render(options, limits);
    limits = { ...limits, heldRows: 0 };
    limits = { ...limits, bumpRows: (0,report_escape/* largestFitting */.oA)(limits.bumpRows, (n) => render(options, { ...limits, bumpRows: n }).length <= max) };
    const body = render(options, limits);
    if (body.length <= max)
        return body;
    // The hidden block never gets cut: the next run needs it whole. Everything after it may.
    const block = renderPlanBlock(options.plan, options.rejected);
    if (block.length >= max)
        return block;
    const note = `\n\n_Body cut to fit GitHub's limit; see ${summaryLink(options)}._\n`;
    const rest = body.slice(block.length);
    const room = max - block.length - note.length;
    if (room <= 0)
        return block;
    const cut = (0,report_escape/* cutUtf16 */.nk)(rest, room);
    const lineEnd = cut.lastIndexOf('\n');
    return `${block}${lineEnd > 0 ? cut.slice(0, lineEnd) : cut}${note}`;
}
function summaryLink(options) {
    const url = safeUrl(options.summaryUrl);
    return url ? `the [job summary](${url})` : 'the job summary of the run that opened it';
}
function render(options, limits) {
    const { plan } = options;
    const out = [renderPlanBlock(plan, options.rejected), ''];
    const count = plan.bumps.length;
    const fixes = plan.fixes ?? [];
    out.push(count === 0
        ? `No pins to bump in ${(0,report_escape/* codeSpan */.SS)(options.constraintsFile)}${fixes.length > 0 ? `; ${(0,report_text/* plural */.LS)(fixes.length, 'invalid line')} fixed` : ''}.`
        : `Bumps ${(0,report_text/* plural */.LS)(count, 'pin')} in ${(0,report_escape/* codeSpan */.SS)(options.constraintsFile)}.`, '');
    const security = securityLine(plan);
    if (security !== undefined)
        out.push(security, '');
    if (count > 0 || fixes.length > 0) {
        for (const bump of (0,bump_security/* securityFirst */.XA)(plan.bumps).slice(0, limits.bumpRows))
            out.push(bumpLine(bump, options.indexPageUrl));
        const dropped = count - limits.bumpRows;
        if (dropped > 0)
            out.push('', `_…and ${dropped} more (still in this PR; see ${summaryLink(options)})._`);
        for (const fix of fixes)
            out.push(fixLine(fix));
        out.push('');
    }
    if (options.releaseNotes && limits.sections)
        out.push(options.releaseNotes.trim(), '');
    if (plan.held.length > 0) {
        out.push('### Held back', '', '| package | pinned | newest | why |', '| --- | --- | --- | --- |');
        for (const held of (0,bump_security/* securityFirst */.XA)(plan.held).slice(0, limits.heldRows)) {
            out.push(`| ${(0,report_escape/* escapeMarkdown */.FV)(held.name)} | ${(0,report_escape/* codeSpan */.SS)(held.current, { table: true })} | ${(0,report_escape/* codeSpan */.SS)(held.newest, { table: true })} | ${(0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* clip */.$Q)(held.reason, 300))} |`);
        }
        const dropped = plan.held.length - limits.heldRows;
        if (dropped > 0)
            out.push('', `_…and ${dropped} more held back; see ${summaryLink(options)}._`);
        out.push('');
    }
    if (plan.errors.length > 0) {
        out.push('### Not checked', '');
        for (const error of plan.errors)
            out.push(`- ${(0,report_escape/* escapeMarkdown */.FV)(error.name)}: ${(0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* clip */.$Q)(error.message, 300))}`);
        out.push('');
    }
    out.push(SIZE_MARKER);
    // Blank lines around a section, so a table in it ends before the closing marker.
    if (options.sizeSection)
        out.push('', limits.sections ? options.sizeSection.trim() : `_Size changes: see ${summaryLink(options)}._`, '');
    out.push(SIZE_END, '', REBUILD_MARKER);
    if (options.rebuildSection)
        out.push('', limits.sections ? options.rebuildSection.trim() : `_Images to rebuild: see ${summaryLink(options)}._`, '');
    out.push(REBUILD_END, '');
    if (options.migrationSection?.trim()) {
        out.push(limits.sections ? options.migrationSection.trim() : 'Migration order: `monopin order` lists the services in `depends_on` waves, dependencies first.', '');
    }
    if (options.diff.trim() !== '') {
        if (limits.diff) {
            const fence = '`'.repeat(Math.max(3, longestRun(options.diff, '`') + 1));
            out.push('<details>', '<summary>Diff</summary>', '', `${fence}diff`, options.diff.replace(/\n$/, ''), fence, '', '</details>', '');
        }
        else {
            out.push(`_The diff is too long for this body; see ${summaryLink(options)} or the Files tab._`, '');
        }
    }
    out.push('---', 'Maintainers: uncheck a line to drop that pin (it will not be proposed again); close this PR unmerged to reject all its versions; ' +
        'comment `/monopin ignore <pkg> [<version>|major|minor]`, `/monopin unignore <pkg>`, `/monopin recreate`.', '');
    return out.join('\n');
}
function bumpLine(bump, indexPageUrl) {
    const parts = [`**${(0,report_escape/* escapeMarkdown */.FV)(bump.name)}** ${(0,report_escape/* codeSpan */.SS)(bump.from)} → ${(0,report_escape/* codeSpan */.SS)(bump.to)}`, (0,report_escape/* escapeMarkdown */.FV)(bump.updateType)];
    parts.push((0,report_text/* plural */.LS)(bump.consumers, 'consumer'));
    const url = safeUrl(indexPageUrl(bump.name));
    if (url)
        parts.push(`[index](${url})`);
    if (bump.releaseAgeDays !== undefined)
        parts.push(releasedAgo(bump.releaseAgeDays));
    if (bump.security)
        parts.push(`🔒 fixes ${advisoryLinks(bump.security.advisories)}`);
    if (bump.heldBackFrom)
        parts.push(`${(0,report_escape/* codeSpan */.SS)(bump.heldBackFrom)} held back${bump.reason ? `: ${(0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* clip */.$Q)(bump.reason, 200))}` : ''}`);
    // what the proposed version was not checked for (no metadata, unknown upload time)
    else if (bump.reason)
        parts.push((0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* clip */.$Q)(bump.reason, 200)));
    return `- [x] ${parts.join(' · ')}`;
}
// Not `**name**` first: the maintainers' state reads such lines as pins (pr-state.ts).
function fixLine(fix) {
    return `- [x] Valid constraint: ${(0,report_escape/* codeSpan */.SS)(fix.before)} → ${(0,report_escape/* codeSpan */.SS)(fix.after)} (${(0,report_escape/* codeSpan */.SS)(`${fix.file}:${fix.line}`)}): pip refuses constraints with extras, so every \`pip install -c\` with this file fails; the consumers keep ${(0,report_escape/* codeSpan */.SS)(`${fix.name}[${fix.extras.join(',')}]`)}.`;
}
/** Security moves and holds first, the rest in their order. */
function advisoryLinks(advisories) {
    return advisories
        .map((a) => {
        const url = safeUrl(a.url);
        const id = url ? `[${(0,report_escape/* escapeMarkdown */.FV)(a.id)}](${url})` : (0,report_escape/* escapeMarkdown */.FV)(a.id);
        const aliases = a.aliases.length > 0 ? ` (${(0,report_escape/* escapeMarkdown */.FV)(a.aliases.join(', '))})` : '';
        return `${id}${aliases} ${(0,report_escape/* escapeMarkdown */.FV)(a.level)}`;
    })
        .join(', ');
}
/** "Fixes N advisories" with the blocked ones named: the first thing a reviewer of a security PR reads. */
function securityLine(plan) {
    const fixed = plan.bumps.flatMap((b) => b.security?.advisories ?? []);
    const blocked = plan.held.filter((h) => h.security);
    if (fixed.length === 0 && blocked.length === 0)
        return undefined;
    const parts = [];
    if (fixed.length > 0)
        parts.push(`🔒 Fixes ${(0,report_text/* plural */.LS)(fixed.length, 'security advisory', 'security advisories')}: ${[...new Set(fixed.map((a) => (0,report_escape/* escapeMarkdown */.FV)(a.id)))].join(', ')}.`);
    if (blocked.length > 0)
        parts.push(`${(0,report_text/* plural */.LS)(blocked.length, 'vulnerable pin')} held back (see below): ${blocked.map((h) => (0,report_escape/* escapeMarkdown */.FV)(h.name)).join(', ')}.`);
    return parts.join(' ');
}
function releasedAgo(days) {
    const whole = Math.max(0, Math.floor(days));
    if (whole === 0)
        return 'released today';
    return `released ${(0,report_text/* plural */.LS)(whole, 'day')} ago`;
}
function longestRun(text, char) {
    let longest = 0;
    let run = 0;
    for (const c of text) {
        run = c === char ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    return longest;
}

;// CONCATENATED MODULE: ./src/bump/migration-section.ts


const WAVES_SHOWN = 10;
const NAMES_PER_WAVE = 8;
/** Services that install a file naming one of `packages` (the central file included), or build one of `images`. */
function servicesReached(ws, packages, images) {
    const names = new Set(packages);
    const ids = new Set(ws.services.map((s) => s.id));
    const reached = new Set();
    const files = new Set(ws.occurrences.filter((o) => names.has(o.name)).map((o) => o.location.file));
    for (const file of files)
        for (const label of ws.consumers.get(file) ?? [])
            if (ids.has(label))
                reached.add(label);
    for (const s of ws.services)
        if (s.requirementFiles.some((f) => files.has(f)))
            reached.add(s.id);
    const touched = new Set(images);
    for (const image of ws.images)
        if (touched.has(image.name))
            for (const s of image.services)
                if (ids.has(s))
                    reached.add(s);
    return reached;
}
/** A short "Migration order" section: the reached services wave by wave, the most depended-on first; '' when none. */
function renderMigrationSection(order, reached) {
    const waves = order.waves.map((wave) => wave.filter((s) => reached.has(s.service))).filter((wave) => wave.length > 0);
    if (waves.length === 0)
        return '';
    const count = waves.reduce((n, w) => n + w.length, 0);
    const lines = [
        '### Migration order',
        '',
        `The ${(0,report_text/* plural */.LS)(count, 'service')} these pins reach, in ${(0,report_text/* plural */.LS)(waves.length, 'wave')} by compose \`depends_on\` (dependencies first, the most depended-on first). ` +
            '`monopin order` prints every service with its dependents, images and open findings.',
        '',
    ];
    waves.slice(0, WAVES_SHOWN).forEach((wave, i) => {
        const names = wave.slice(0, NAMES_PER_WAVE).map((s) => `${(0,report_escape/* escapeMarkdown */.FV)(s.service)}${s.transitiveDependents > 0 ? ` (${(0,report_text/* plural */.LS)(s.transitiveDependents, 'dependent')})` : ''}`);
        if (wave.length > NAMES_PER_WAVE)
            names.push(`+${wave.length - NAMES_PER_WAVE} more`);
        lines.push(`${i + 1}. ${names.join(', ')}`);
    });
    if (waves.length > WAVES_SHOWN)
        lines.push('', `_…and ${(0,report_text/* plural */.LS)(waves.length - WAVES_SHOWN, 'more wave')}: \`monopin order\`._`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/model/migration-order.ts
var migration_order = __webpack_require__(2231);
// EXTERNAL MODULE: ./src/bump/outcome.ts
var bump_outcome = __webpack_require__(7812);
;// CONCATENATED MODULE: ./src/bump/release-links.ts
// PEP 753's label normalization: lower case, no punctuation or white space.
const normalizeLabel = (label) => label.toLowerCase().replace(/[^a-z0-9]/g, '');
const CHANGELOG_LABELS = ['changelog', 'changes', 'releasenotes', 'history', 'whatsnew', 'news', 'releases'];
const SOURCE_LABELS = ['source', 'sourcecode', 'repository', 'github', 'code', 'homepage'];
function releaseLinksOf(metadata) {
    const links = {};
    const urls = Object.entries(metadata?.projectUrls ?? {}).map(([label, url]) => ({ label: normalizeLabel(label), url }));
    const changelog = CHANGELOG_LABELS.map((l) => urls.find((u) => u.label === l && isHttp(u.url))).find((u) => u !== undefined);
    if (changelog !== undefined)
        links.changelog = changelog.url;
    for (const label of SOURCE_LABELS) {
        const repository = urls.filter((u) => u.label === label).map((u) => githubRepository(u.url)).find((r) => r !== undefined);
        if (repository !== undefined) {
            links.repository = repository;
            break;
        }
    }
    return links;
}
/** `https://github.com/owner/repo[.git][/…]` → owner and repo. */
function githubRepository(url) {
    const m = /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?(?:[/?#].*)?$/.exec(url.trim());
    if (m === null || m[2] === '.' || m[2] === '..')
        return undefined;
    return { owner: m[1], repo: m[2] };
}
/** The tag names a project may use for `version`, most common first. */
function tagCandidates(name, version) {
    return [`v${version}`, version, `${name}-${version}`, `${name}-v${version}`, `${name}==${version}`, `release-${version}`];
}
function compareUrl(repository, fromTag, toTag) {
    return `https://github.com/${repository.owner}/${repository.repo}/compare/${encodeURIComponent(fromTag)}...${encodeURIComponent(toTag)}`;
}
function isHttp(url) {
    return /^https?:\/\//i.test(url);
}

;// CONCATENATED MODULE: ./src/bump/release-notes.ts
// The "Release notes" section of the bump PR: per bumped package, folded, its project page on the
// index, its changelog, and a compare view of the two tags on GitHub when they were found.



/** Links per bump; a failing lookup only leaves its link out. Without `findTag` (no token) there is no compare link. */
async function collectReleaseNotes(options) {
    return Promise.all(options.bumps.map(async (bump) => {
        const note = { name: bump.name, from: bump.from, to: bump.to };
        const metadata = await options.index.metadata(bump.name, bump.to).catch(() => undefined);
        const links = releaseLinksOf(metadata);
        if (links.changelog !== undefined)
            note.changelog = links.changelog;
        if (links.repository !== undefined) {
            const repository = links.repository;
            note.repository = `https://github.com/${repository.owner}/${repository.repo}`;
            if (options.findTag !== undefined) {
                const [fromTag, toTag] = await Promise.all([bump.from, bump.to].map((v) => options.findTag(repository, tagCandidates(bump.name, v)).catch(() => undefined)));
                if (fromTag !== undefined && toTag !== undefined)
                    note.compare = compareUrl(repository, fromTag, toTag);
            }
        }
        return note;
    }));
}
function renderReleaseNotes(notes, indexPageUrl) {
    if (notes.length === 0)
        return '';
    const out = ['### Release notes', ''];
    for (const note of notes) {
        const links = [];
        const link = (label, url) => {
            const safe = safeUrl(url);
            if (safe !== undefined)
                links.push(`- [${label}](${safe})`);
        };
        link('Changelog', note.changelog);
        link(`Compare ${note.from}...${note.to}`, note.compare);
        if (note.compare === undefined)
            link('Repository', note.repository);
        link('Project page', indexPageUrl(note.name));
        out.push(`<details><summary><b>${(0,report_escape/* escapeMarkdown */.FV)(note.name)}</b> ${(0,report_escape/* codeSpan */.SS)(note.from)} → ${(0,report_escape/* codeSpan */.SS)(note.to)}</summary>`, '', ...(links.length > 0 ? links : ['_No links in its metadata._']), '', '</details>', '');
    }
    return (0,report_escape/* clip */.$Q)(out.join('\n'), 60_000);
}

// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(6584);
;// CONCATENATED MODULE: ./src/github/release-tags.ts

/** The first of `tags` that exists in the repository, one GET per name tried; a 404 tries the next. */
function createTagLookup(github) {
    return async (repository, tags) => {
        for (const tag of tags) {
            try {
                await github.rest.git.getRef({ owner: repository.owner, repo: repository.repo, ref: `tags/${tag}` });
                return tag;
            }
            catch (error) {
                if ((0,github_client/* httpStatusOf */.s)(error) === 404)
                    continue;
                throw error;
            }
        }
        return undefined;
    };
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(8898);
;// CONCATENATED MODULE: ./src/bump/markdown-lines.ts
// Lines of a markdown body that are not inside a fenced code block: a quoted diff or command is not an answer.
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
function linesOutsideFences(body) {
    const out = [];
    let fence;
    for (const line of body.split(/\r\n|\r|\n/)) {
        const f = FENCE.exec(line);
        if (fence !== undefined) {
            if (f?.[1] && f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[1])
                fence = undefined;
            continue;
        }
        if (f?.[1]) {
            fence = f[1];
            continue;
        }
        out.push(line);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/bump/commands.ts
// `/monopin …` comments on bump PRs: ignore, unignore, recreate. Pure: comments and a permission
// lookup in, rules and a verdict per comment out (the GitHub side reacts to each verdict).



const COMMAND_USAGE = 'Usage: `/monopin ignore <pkg> [<version>|major|minor]`, `/monopin unignore <pkg>`, `/monopin recreate`.';
const COMMAND_LINE = /^\s*\/monopin(?:\s+(.*))?$/i;
function parseLine(args) {
    const words = args.trim().split(/\s+/).filter((w) => w !== '');
    const verb = (words[0] ?? '').toLowerCase();
    const rest = words.slice(1);
    const pkg = (word) => (word !== undefined && (0,pep_name/* isValidName */.u)(word) ? (0,pep_name/* normalizeName */.P)(word) : undefined);
    switch (verb) {
        case 'ignore': {
            const name = pkg(rest[0]);
            if (!name || rest.length > 2)
                return { kind: 'ignore', error: `expected a package name${rest[0] ? `, not "${rest[0]}"` : ''} and at most one version, major or minor` };
            const what = rest[1];
            if (what === undefined)
                return { kind: 'ignore', rule: { name } };
            const lower = what.toLowerCase();
            if (lower === 'major' || lower === 'minor')
                return { kind: 'ignore', rule: { name, updateTypes: [lower] } };
            if (what.length <= 100 && (0,pep440.valid)(what) !== null)
                return { kind: 'ignore', rule: { name, version: what } };
            return { kind: 'ignore', error: `"${what}" is neither a PEP 440 version nor major/minor` };
        }
        case 'unignore': {
            const name = pkg(rest[0]);
            if (!name || rest.length !== 1)
                return { kind: 'unignore', error: 'expected exactly one package name' };
            return { kind: 'unignore', name };
        }
        case 'recreate':
            return rest.length === 0 ? { kind: 'recreate' } : { kind: 'recreate', error: 'takes no arguments' };
        default:
            return { kind: 'unknown', error: verb ? `unknown command "${verb}"` : 'no command given' };
    }
}
/** `/monopin` lines of one comment, outside code blocks and quotes (quoting a command does not repeat it). */
function commandLines(body) {
    const lines = [];
    for (const line of linesOutsideFences(body)) {
        const match = COMMAND_LINE.exec(line);
        if (match)
            lines.push(match[1] ?? '');
    }
    return lines;
}
function describeRule(rule) {
    if (rule.version)
        return `${rule.name} ${rule.version}`;
    if (rule.updateTypes)
        return `${rule.updateTypes.join('/')} updates of ${rule.name}`;
    return `every update of ${rule.name}`;
}
/**
 * Applies commands oldest first: an `unignore` drops the earlier ignores of its package.
 * Comments without any `/monopin` line are not handled (no reaction).
 */
function parseCommands(comments, canWrite) {
    let rules = [];
    let recreate = false;
    const handled = [];
    const unignores = [];
    const ordered = [...comments].sort((a, b) => (a.createdAt === b.createdAt ? a.id - b.id : a.createdAt < b.createdAt ? -1 : 1));
    for (const comment of ordered) {
        const lines = commandLines(comment.body);
        if (lines.length === 0)
            continue;
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
        const done = [];
        for (const p of parsed) {
            if ('error' in p)
                continue;
            if (p.kind === 'ignore') {
                rules.push({ ...p.rule, source: `comment by ${comment.author}` });
                done.push(`ignoring ${describeRule(p.rule)}`);
            }
            else if (p.kind === 'unignore') {
                const name = p.name;
                rules = rules.filter((r) => r.name !== name);
                unignores.push({ name, createdAt: comment.createdAt, id: comment.id });
                done.push(`no longer ignoring ${name}`);
            }
            else {
                recreate = true;
                done.push('recreating the bump PR');
            }
        }
        handled.push({ id: comment.id, ok: true, commands, reply: `OK: ${done.join('; ')}.` });
    }
    return { rules, recreate, handled, unignores };
}

;// CONCATENATED MODULE: ./src/bump/pr-state.ts
// What maintainers said through bump PRs: the hidden plan block read back, unchecked lines,
// closed-unmerged PRs. Pure: bodies in, ignore rules out.





/** Put on a bump PR that monopin itself closed (nothing left to bump): that close is not a maintainer's no. */
const SUPERSEDED_MARKER = '<!-- monopin:superseded -->';
// The first block wins: the top of the body is ours, a diff further down may quote anything.
const BLOCK = new RegExp(`<!--\\s*${PLAN_MARKER}\\s+(\\{[^]*?\\})\\s*-->`);
function validVersion(value) {
    return typeof value === 'string' && value.length <= 100 && (0,pep440.valid)(value) !== null;
}
/** The pins a bump PR proposed, from its hidden block; anything malformed is left out, never trusted. */
function readProposal(body) {
    const match = BLOCK.exec(body);
    if (!match?.[1])
        return undefined;
    let data;
    try {
        data = JSON.parse(match[1]);
    }
    catch {
        return undefined;
    }
    if (typeof data !== 'object' || data === null || data.v !== 1)
        return undefined;
    const pins = {};
    const rawPins = data.pins;
    if (typeof rawPins === 'object' && rawPins !== null && !Array.isArray(rawPins)) {
        for (const [name, pin] of Object.entries(rawPins)) {
            if (!(0,pep_name/* isValidName */.u)(name) || typeof pin !== 'object' || pin === null)
                continue;
            const { from, to } = pin;
            if (!validVersion(from) || !validVersion(to))
                continue;
            pins[(0,pep_name/* normalizeName */.P)(name)] = { from, to };
        }
    }
    const rejected = [];
    const rawRejected = data.rejected;
    if (Array.isArray(rawRejected)) {
        for (const item of rawRejected) {
            if (typeof item !== 'object' || item === null)
                continue;
            const { name, version, source } = item;
            if (typeof name !== 'string' || !(0,pep_name/* isValidName */.u)(name) || !validVersion(version))
                continue;
            rejected.push({ name: (0,pep_name/* normalizeName */.P)(name), version, source: typeof source === 'string' ? (0,report_escape/* clip */.$Q)((0,report_escape/* singleLine */.pF)(source), 100) : 'an earlier bump PR' });
        }
    }
    return { pins, rejected };
}
// `- [ ] **name**`, as rendered or as GitHub's task-list toggle leaves it; `*`/`+` bullets and `[X]` too.
const TASK = /^\s{0,3}[-*+]\s+\[([ xX])\]\s+\*\*(.+?)\*\*/;
/** Checklist entries in body order, outside code blocks: name as written (markdown escapes undone) and whether checked. */
function checklist(body) {
    const items = [];
    for (const line of linesOutsideFences(body)) {
        const task = TASK.exec(line);
        if (!task?.[2])
            continue;
        const name = task[2].replace(/\u200d/g, '').replace(/\\(.)/g, '$1').trim();
        items.push({ name, checked: task[1] !== ' ' });
    }
    return items;
}
/** Pins of the hidden block whose checklist line a maintainer unchecked. */
function uncheckedPins(body) {
    const proposal = readProposal(body);
    if (!proposal)
        return [];
    const out = [];
    for (const item of checklist(body)) {
        if (item.checked || !(0,pep_name/* isValidName */.u)(item.name))
            continue;
        const name = (0,pep_name/* normalizeName */.P)(item.name);
        if (proposal.pins[name] && !out.includes(name))
            out.push(name);
    }
    return out;
}
/**
 * Versions maintainers turned down: every version of a PR closed unmerged (unless monopin closed it),
 * unchecked lines of an open PR, and rejections carried in any PR's hidden block.
 */
function rejectionsFrom(prs) {
    const rules = [];
    const seen = new Set();
    const add = (rule) => {
        const key = `${rule.name}==${rule.version}`;
        if (seen.has(key))
            return;
        seen.add(key);
        rules.push(rule);
    };
    for (const pr of [...prs].sort((a, b) => a.number - b.number)) {
        const proposal = readProposal(pr.body);
        if (!proposal)
            continue;
        for (const carried of proposal.rejected)
            add({ name: carried.name, version: carried.version, source: carried.source });
        if (pr.merged)
            continue;
        if (pr.state === 'closed') {
            if (pr.body.includes(SUPERSEDED_MARKER))
                continue;
            for (const [name, pin] of Object.entries(proposal.pins))
                add({ name, version: pin.to, source: `closed #${pr.number}` });
        }
        else {
            for (const name of uncheckedPins(pr.body)) {
                const pin = proposal.pins[name];
                if (pin)
                    add({ name, version: pin.to, source: `unchecked in #${pr.number}` });
            }
        }
    }
    return rules;
}

;// CONCATENATED MODULE: ./src/bump/github-contract.ts
// What the GitHub adapter may know of the bump: how a bump PR's body and a maintainer's comment are
// read, and the shapes they become. The adapter fetches; these functions interpret. Nothing else of
// bump/ is for it to import.



;// CONCATENATED MODULE: ./src/github/git-data.ts
// Commits through GitHub's Git Data API: no checkout, no push credentials, and GitHub signs
// the commit. The bump branch is always one commit on top of the current base ("rebased").

async function branchSha(github, owner, repo, branch) {
    try {
        const { data } = await github.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
        // A prefix match (heads/foo when only heads/foo/bar exists) answers with an array on GitHub.
        return Array.isArray(data) ? undefined : data.object.sha;
    }
    catch (error) {
        if ((0,github_client/* httpStatusOf */.s)(error) === 404)
            return undefined;
        throw error;
    }
}
async function commitFiles(github, options) {
    const { owner, repo } = options;
    const baseSha = await branchSha(github, owner, repo, options.baseBranch);
    if (!baseSha)
        throw new Error(`Base branch ${options.baseBranch} not found in ${owner}/${repo}`);
    if (options.files.length === 0) {
        return { commitSha: (await branchSha(github, owner, repo, options.branch)) ?? baseSha, created: false, baseSha, sameAsBase: true };
    }
    const { data: baseCommit } = await github.rest.git.getCommit({ owner, repo, commit_sha: baseSha });
    const baseTree = baseCommit.tree.sha;
    // Inline content makes GitHub create the blobs: one write for all files instead of one per file.
    const { data: tree } = await github.rest.git.createTree({
        owner,
        repo,
        base_tree: baseTree,
        tree: options.files.map((file) => ({ path: file.path, mode: '100644', type: 'blob', content: file.content })),
    });
    const existing = await branchSha(github, owner, repo, options.branch);
    if (tree.sha === baseTree)
        return { commitSha: existing ?? baseSha, created: false, baseSha, sameAsBase: true };
    if (existing) {
        const { data: current } = await github.rest.git.getCommit({ owner, repo, commit_sha: existing });
        const parents = current.parents.map((p) => p.sha);
        if (current.tree.sha === tree.sha && parents.length === 1 && parents[0] === baseSha) {
            return { commitSha: existing, created: false, baseSha, sameAsBase: false };
        }
    }
    const { data: commit } = await github.rest.git.createCommit({ owner, repo, message: options.message, tree: tree.sha, parents: [baseSha] });
    if (existing) {
        // Force: the branch is rebuilt on the current base every run, whatever it held before.
        await github.rest.git.updateRef({ owner, repo, ref: `heads/${options.branch}`, sha: commit.sha, force: true });
    }
    else {
        await github.rest.git.createRef({ owner, repo, ref: `refs/heads/${options.branch}`, sha: commit.sha });
    }
    return { commitSha: commit.sha, created: true, baseSha, sameAsBase: false };
}

;// CONCATENATED MODULE: ./src/github/bump-pr.ts
// The one bump PR: its branch is rebuilt on the default branch, then the PR is found by
// head + base and updated, or created. Re-runs never open a second one.



const DEFAULT_BUMP_BRANCH = 'monopin/constraints';
const NOTHING_TO_BUMP = 'Closing: nothing to bump any more. Every pin this PR proposed is either current on the base branch or no longer proposed.';
async function findOpenBumpPr(github, target) {
    const { owner, repo } = target;
    const iterator = github.paginate.iterator(github.rest.pulls.list, { owner, repo, head: `${owner}:${target.branch}`, base: target.baseBranch, state: 'open', per_page: 100 });
    for await (const page of iterator) {
        const pr = page.data[0];
        if (pr)
            return { number: pr.number, url: pr.html_url, title: pr.title, body: pr.body ?? '', labels: pr.labels.map((l) => l.name ?? '') };
    }
    return undefined;
}
async function addMissingLabels(github, target, number, have, want) {
    const present = new Set(have.map((l) => l.toLowerCase()));
    const missing = [...new Set(want.filter((l) => l.trim() !== '' && !present.has(l.toLowerCase())))];
    // GitHub creates labels that do not exist yet.
    if (missing.length > 0)
        await github.rest.issues.addLabels({ owner: target.owner, repo: target.repo, issue_number: number, labels: missing });
}
async function closeAsSuperseded(github, target, pr) {
    await github.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: pr.number, body: NOTHING_TO_BUMP });
    // The marker tells the next run that this close was ours, not a maintainer rejecting the versions.
    const body = pr.body.includes(SUPERSEDED_MARKER) ? pr.body : `${SUPERSEDED_MARKER}\n${pr.body}`;
    await github.rest.pulls.update({ owner: target.owner, repo: target.repo, pull_number: pr.number, state: 'closed', body });
}
async function upsertBumpPr(github, options) {
    const { owner, repo, baseBranch } = options;
    const branch = options.branch ?? DEFAULT_BUMP_BRANCH;
    const target = { owner, repo, baseBranch, branch };
    const commit = await commitFiles(github, { owner, repo, baseBranch, branch, message: options.message ?? options.title, files: options.files });
    const existing = await findOpenBumpPr(github, target);
    if (commit.sameAsBase) {
        if (!existing)
            return { action: 'skipped' };
        await closeAsSuperseded(github, target, existing);
        return { number: existing.number, url: existing.url, action: 'closed' };
    }
    if (existing) {
        const changed = existing.title !== options.title || existing.body !== options.body;
        if (changed)
            await github.rest.pulls.update({ owner, repo, pull_number: existing.number, title: options.title, body: options.body });
        await addMissingLabels(github, target, existing.number, existing.labels, options.labels);
        return { number: existing.number, url: existing.url, action: changed || commit.created ? 'updated' : 'unchanged', commitSha: commit.commitSha };
    }
    let created;
    try {
        ({ data: created } = await github.rest.pulls.create({ owner, repo, head: branch, base: baseBranch, title: options.title, body: options.body, maintainer_can_modify: true }));
    }
    catch (error) {
        // Another run opened it between our lookup and create: update that one instead.
        if ((0,github_client/* httpStatusOf */.s)(error) !== 422)
            throw error;
        const raced = await findOpenBumpPr(github, target);
        if (!raced)
            throw error;
        await github.rest.pulls.update({ owner, repo, pull_number: raced.number, title: options.title, body: options.body });
        await addMissingLabels(github, target, raced.number, raced.labels, options.labels);
        return { number: raced.number, url: raced.url, action: 'updated', commitSha: commit.commitSha };
    }
    await addMissingLabels(github, target, created.number, [], options.labels);
    return { number: created.number, url: created.html_url, action: 'created', commitSha: commit.commitSha };
}

;// CONCATENATED MODULE: ./src/github/maintainer-state.ts
// What maintainers told monopin through its bump PRs (closed unmerged, unchecked lines,
// `/monopin` comments), read from GitHub every run: the bot keeps no state of its own.


const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);
const COMMAND_HINT = /^\s*\/monopin\b/im;
const ACK_CONTENTS = new Set(['+1', 'confused']);
async function listBumpPrs(github, options) {
    const { owner, repo, branch } = options;
    const prs = [];
    const iterator = github.paginate.iterator(github.rest.pulls.list, { owner, repo, head: `${owner}:${branch}`, state: 'all', per_page: 100 });
    for await (const page of iterator) {
        for (const pr of page.data) {
            prs.push({
                number: pr.number,
                body: pr.body ?? '',
                url: pr.html_url,
                state: pr.state === 'open' ? 'open' : 'closed',
                merged: pr.merged_at !== null && pr.merged_at !== undefined,
                closedAt: pr.closed_at,
            });
        }
    }
    prs.sort((a, b) => a.number - b.number);
    // A closed PR reads as a maintainer's rejection of every version in it; confirm it was not merged
    // before believing that (the list's merged_at is the only hint, and the cost is one read per such PR).
    for (const pr of prs) {
        if (pr.state !== 'closed' || pr.merged || pr.body.includes(SUPERSEDED_MARKER))
            continue;
        if (Object.keys(readProposal(pr.body)?.pins ?? {}).length === 0)
            continue;
        const { data } = await github.rest.pulls.get({ owner, repo, pull_number: pr.number });
        pr.merged = data.merged;
    }
    return prs;
}
async function listCommandComments(github, owner, repo, issueNumber) {
    const comments = [];
    const iterator = github.paginate.iterator(github.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
    for await (const page of iterator) {
        for (const c of page.data) {
            if (!c.body || !COMMAND_HINT.test(c.body) || !c.user)
                continue;
            comments.push({ body: c.body, author: c.user.login, id: c.id, createdAt: c.created_at, issueNumber });
        }
    }
    return comments;
}
/** Whether `login` may command the bot: admin, maintain or write on the repository. */
async function hasWriteAccess(github, owner, repo, login) {
    try {
        const { data } = await github.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: login });
        return WRITE_ROLES.has(data.permission) || (data.role_name !== undefined && WRITE_ROLES.has(data.role_name));
    }
    catch (error) {
        if ((0,github_client/* httpStatusOf */.s)(error) === 404)
            return false;
        throw error;
    }
}
async function isAcknowledged(github, owner, repo, commentId, selfLogin) {
    const iterator = github.paginate.iterator(github.rest.reactions.listForIssueComment, { owner, repo, comment_id: commentId, per_page: 100 });
    for await (const page of iterator) {
        for (const reaction of page.data) {
            const user = reaction.user;
            if (!user || !ACK_CONTENTS.has(reaction.content))
                continue;
            if (user.type === 'Bot' || (selfLogin !== undefined && user.login.toLowerCase() === selfLogin.toLowerCase()))
                return true;
        }
    }
    return false;
}
async function readMaintainerState(github, options) {
    const { owner, repo } = options;
    const prs = await listBumpPrs(github, options);
    const open = prs.filter((pr) => pr.state === 'open').sort((a, b) => b.number - a.number)[0];
    const comments = [];
    for (const pr of prs)
        comments.push(...(await listCommandComments(github, owner, repo, pr.number)));
    const canWrite = new Map();
    for (const login of new Set(comments.map((c) => c.author.toLowerCase()))) {
        canWrite.set(login, await hasWriteAccess(github, owner, repo, login));
    }
    const parsed = parseCommands(comments, (login) => canWrite.get(login.toLowerCase()) ?? false);
    const issueOf = new Map(comments.map((c) => [c.id, c.issueNumber]));
    const handled = [];
    for (const h of parsed.handled) {
        handled.push({ ...h, issueNumber: issueOf.get(h.id) ?? 0, acknowledged: await isAcknowledged(github, owner, repo, h.id, options.selfLogin) });
    }
    // A recreate is done once; its reaction says so.
    const recreate = handled.some((h) => h.ok && !h.acknowledged && h.commands.includes('recreate'));
    const rejections = [];
    const seen = new Set();
    for (const pr of prs) {
        for (const rule of rejectionsFrom([pr])) {
            const key = `${rule.name}==${rule.version ?? ''}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            // Recreate starts the PR over: its unchecked boxes are reset, not remembered.
            if (recreate && pr === open && rule.source.startsWith('unchecked in'))
                continue;
            rejections.push({ rule, pr });
        }
    }
    // `/monopin unignore` also forgets rejections made before it: those of PRs closed earlier, and (once,
    // when it is new) those of the open PR, whose next body then no longer carries them.
    const fresh = new Set(handled.filter((h) => !h.acknowledged).map((h) => h.id));
    const forgets = (rule, pr) => parsed.unignores.some((u) => u.name === rule.name && (pr.state === 'open' ? fresh.has(u.id) : pr.closedAt !== null && pr.closedAt <= u.createdAt));
    const kept = rejections.filter(({ rule, pr }) => !forgets(rule, pr));
    const carry = kept
        .filter(({ pr, rule }) => pr === open && rule.version !== undefined)
        .map(({ rule }) => ({ name: rule.name, version: rule.version ?? '', source: rule.source }));
    return {
        ...(open ? { openPr: { number: open.number, body: open.body, url: open.url } } : {}),
        rules: [...kept.map((k) => k.rule), ...parsed.rules],
        recreate,
        handled,
        carry,
    };
}
/** Reacts 👍 (applied) or 😕 (not applied) once on each handled command comment. Returns how many reactions it added. */
async function acknowledge(github, target, handled) {
    let added = 0;
    for (const h of handled) {
        if (h.acknowledged)
            continue;
        await github.rest.reactions.createForIssueComment({ owner: target.owner, repo: target.repo, comment_id: h.id, content: h.ok ? '+1' : 'confused' });
        h.acknowledged = true;
        added += 1;
    }
    return added;
}

// EXTERNAL MODULE: ./src/index/errors.ts
var errors = __webpack_require__(3537);
// EXTERNAL MODULE: ./src/size/render.ts
var size_render = __webpack_require__(1693);
// EXTERNAL MODULE: ./src/rebuild/render-rebuild.ts
var render_rebuild = __webpack_require__(2761);
// EXTERNAL MODULE: ./src/rebuild-command.ts + 2 modules
var rebuild_command = __webpack_require__(4950);
// EXTERNAL MODULE: ./src/action/rebuild-outputs.ts
var rebuild_outputs = __webpack_require__(3498);
// EXTERNAL MODULE: ./src/action/rebuild-step.ts + 5 modules
var rebuild_step = __webpack_require__(6755);
// EXTERNAL MODULE: ./src/action/size-log.ts
var size_log = __webpack_require__(6130);
;// CONCATENATED MODULE: ./src/action/bump-job.ts
// The weekly job: plan the bumps on the default branch, keep one PR with them, honour maintainers' answers.



















async function runBumpJob(job) {
    const { runner, event } = job;
    // The security PR is a second, smaller PR beside the weekly one: its own branch, so each keeps its answers.
    const config = job.securityOnly ? { ...job.config, bump: { ...job.config.bump, branch: `${job.config.bump.branch}-security` } } : job.config;
    const github = job.github;
    if (!github)
        throw new Error('the bump needs a github-token with contents: write and pull-requests: write');
    const target = { owner: event.owner, repo: event.repo };
    const state = await runner.group('Read maintainers’ answers', async () => {
        const s = await readMaintainerState(github, { ...target, branch: config.bump.branch });
        runner.info(`${s.rules.length} rejections and ignores; ${s.handled.length} commands; open PR: ${s.openPr?.url ?? 'none'}`);
        return s;
    });
    const { workspace, prepared, sizes, index, pythonVersion } = await runner.group(`Plan on the default branch (index ${(0,errors/* redactUrl */.B)(config.bump.indexUrl)})`, () => planCheckoutBump({
        root: (0,external_node_path_.resolve)(job.root),
        config,
        now: job.now ?? new Date(),
        extraRules: state.rules,
        cacheDir: job.cacheDir,
        securityOnly: job.securityOnly,
        log: (m) => runner.debug(m),
        onNote: (note) => runner.warning(note),
    }));
    const stats = index.stats();
    runner.info(`Python ${pythonVersion}: ${prepared.plan.bumps.length} bumps, ${prepared.plan.held.length} held, ${prepared.plan.errors.length} index errors; ${stats.projectRequests} project requests, ${stats.metadataRequests} metadata requests`);
    for (const e of prepared.plan.errors)
        runner.warning(`index: ${e.name}: ${e.message}`);
    // A dead index plans nothing: fail rather than open (or empty) the PR on a green run.
    const outcome = (0,bump_outcome/* bumpOutcome */.t)(prepared.plan, prepared.pages.size);
    if (outcome.exitCode === 2)
        throw new Error(`monopin: ${outcome.summary}`);
    if (prepared.advisoriesFailed !== undefined) {
        // Without advisories a security-only plan is empty: fail instead of closing the open security PR as done.
        if (job.securityOnly) {
            runner.setFailed(`monopin: ${prepared.advisoriesFailed}; the security PR is left as it is`);
            return;
        }
        runner.warning(`monopin: ${prepared.advisoriesFailed}`);
    }
    const securityMoves = prepared.plan.bumps.filter((b) => b.security).length;
    (0,size_log/* logSizes */.X)(runner, sizes, []);
    // The images the bumped packages touch, in FROM order: the PR shows them, a workflow fans out on the matrix.
    const rebuild = (0,rebuild_command/* planRebuild */.hu)({ workspace, config, changedPackages: prepared.plan.bumps.map((b) => b.name), now: job.now ?? new Date() });
    const bumped = prepared.plan.bumps.length > 0;
    (0,rebuild_outputs/* setRebuildOutputs */.y)(runner, bumped ? rebuild.matrix : { waves: [], include: [] });
    let built;
    if (job.rebuild && bumped && rebuild.matrix.include.length > 0) {
        built = await (0,rebuild_step/* rebuildInAction */.B)(runner, { ...job.rebuild, root: (0,external_node_path_.resolve)(job.root), matrix: rebuild.matrix, edits: prepared.edits });
    }
    const releaseNotes = await runner.group('Release notes', async () => renderReleaseNotes(await collectReleaseNotes({ bumps: prepared.plan.bumps, index, findTag: createTagLookup(github) }), (name) => indexPage(config.bump.indexUrl, name)));
    const body = renderBumpPrBody({
        plan: prepared.plan,
        releaseNotes,
        diff: prepared.diff,
        constraintsFile: workspace.constraintsFile,
        indexPageUrl: (name) => indexPage(config.bump.indexUrl, name),
        summaryUrl: job.runUrl,
        sizeSection: (0,size_render/* renderSizeSection */.jW)(sizes, { measured: built?.measured ?? [], fold: true }),
        rebuildSection: bumped ? rebuildSection(rebuild, built, job.rebuild?.push ?? false) : undefined,
        // Which services to roll out first: those the pins reach, dependencies first (the whole order: `monopin order`).
        migrationSection: bumped
            ? renderMigrationSection((0,migration_order/* migrationOrder */.V)(workspace, []), servicesReached(workspace, prepared.plan.bumps.map((b) => b.name), rebuild.matrix.include.map((e) => e.image)))
            : undefined,
        // Unchecked lines of the open PR stay rejected after their lines are gone (recreate already reset them).
        rejected: state.carry,
    });
    await runner.writeSummary(body);
    const result = await runner.group('Bump pull request', async () => {
        try {
            const { data: repo } = await github.rest.repos.get(target);
            return await upsertBumpPr(github, {
                ...target,
                baseBranch: repo.default_branch,
                branch: config.bump.branch,
                title: `${job.securityOnly ? 'Security: bump' : 'Bump'} ${(0,report_text/* plural */.LS)(prepared.plan.bumps.length, 'pin')} in ${workspace.constraintsFile}`,
                body,
                labels: securityMoves > 0 ? [...new Set([...config.bump.labels, 'security'])] : config.bump.labels,
                files: prepared.edits.map((e) => ({ path: e.path, content: e.after })),
            });
        }
        catch (error) {
            throw new Error((0,github_client/* describeApiError */.g)(error, 'updating the bump pull request'));
        }
    });
    runner.info(`bump PR ${result.action}${result.url ? `: ${result.url}` : ''}`);
    await acknowledge(github, target, state.handled);
    runner.setOutput('bumps', prepared.plan.bumps.length);
    runner.setOutput('security-bumps', securityMoves);
    if (result.url)
        runner.setOutput('bump-pr-url', result.url);
    // The PR stands either way, with the failure in its body; the job fails so nobody merges blind.
    if (built?.failure !== undefined)
        runner.setFailed(`monopin: the rebuild failed: ${built.failure.split('\n')[0]}`);
}
function rebuildSection(plan, built, pushed) {
    const section = (0,render_rebuild/* renderRebuildSection */.J)(plan.matrix, plan.touch);
    return built ? `${section}\n\n${(0,render_rebuild/* renderRebuildResults */.e)(built.results, { pushed, ...(built.failure !== undefined && { failure: built.failure }) })}` : section;
}
/** https://pypi.org/simple → https://pypi.org/project/<name>/ ; other indexes → their simple page. */
function indexPage(indexUrl, name) {
    if (/^https:\/\/pypi\.org\/simple\/?$/.test(indexUrl))
        return `https://pypi.org/project/${name}/`;
    return `${(0,errors/* redactUrl */.B)(indexUrl).replace(/\/$/, '')}/${name}/`;
}


/***/ }),

/***/ 8545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ createAdvisorySource)
});

// UNUSED EXPORTS: resolveSettingPath

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(1306);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./src/pep/name.ts
var pep_name = __webpack_require__(110);
// EXTERNAL MODULE: ./src/advisories/match.ts
var match = __webpack_require__(4170);
;// CONCATENATED MODULE: ./src/advisories/records.ts
function parseOsvRecord(text, where) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${where}: not JSON: ${error.message}`);
    }
    return toOsvRecord(data, where);
}
function toOsvRecord(data, where) {
    if (!isObject(data) || typeof data.id !== 'string' || data.id === '')
        throw new Error(`${where}: not an OSV record (no id)`);
    const record = { id: data.id, modified: typeof data.modified === 'string' ? data.modified : '' };
    if (typeof data.withdrawn === 'string')
        record.withdrawn = data.withdrawn;
    if (Array.isArray(data.aliases))
        record.aliases = data.aliases.filter((a) => typeof a === 'string');
    if (typeof data.summary === 'string')
        record.summary = data.summary;
    if (typeof data.details === 'string')
        record.details = data.details;
    if (Array.isArray(data.severity)) {
        record.severity = data.severity.filter(isObject).flatMap((s) => (typeof s.type === 'string' && typeof s.score === 'string' ? [{ type: s.type, score: s.score }] : []));
    }
    if (Array.isArray(data.affected))
        record.affected = data.affected.filter(isObject).map(toAffected);
    if (Array.isArray(data.references)) {
        record.references = data.references.filter(isObject).flatMap((r) => (typeof r.type === 'string' && typeof r.url === 'string' ? [{ type: r.type, url: r.url }] : []));
    }
    if (isObject(data.database_specific))
        record.database_specific = { severity: data.database_specific.severity };
    return record;
}
function toAffected(data) {
    const out = {};
    const pkg = data.package;
    if (isObject(pkg) && typeof pkg.ecosystem === 'string' && typeof pkg.name === 'string')
        out.package = { ecosystem: pkg.ecosystem, name: pkg.name };
    if (Array.isArray(data.versions))
        out.versions = data.versions.filter((v) => typeof v === 'string');
    if (Array.isArray(data.ranges)) {
        out.ranges = data.ranges.filter(isObject).flatMap((r) => typeof r.type === 'string' && Array.isArray(r.events) ? [{ type: r.type, events: r.events.filter(isObject).map(toEvent) }] : []);
    }
    return out;
}
function toEvent(data) {
    const event = {};
    for (const key of ['introduced', 'fixed', 'last_affected', 'limit'])
        if (typeof data[key] === 'string')
            event[key] = data[key];
    return event;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/advisories/types.ts
var types = __webpack_require__(3338);
;// CONCATENATED MODULE: ./src/advisories/folder-source.ts
// Offline advisories: a folder or a zip of OSV JSON records — OSV's per-ecosystem export
// (`PyPI/all.zip`) or a checkout of GitHub's advisory database. Read once, indexed by package.
// The zip is read with fflate (small, no dependencies, bundles cleanly, filters entries before inflating).








/** Records larger than this are not advisories (a stray dump): skipped. */
const MAX_RECORD_BYTES = 5 * 1024 * 1024;
function createFolderSource(path, options = {}) {
    const stats = { batchRequests: 0, recordRequests: 0, cacheHits: 0 };
    let index;
    async function load() {
        stats.batchRequests++;
        const info = await (0,promises_.stat)(path).catch((error) => {
            throw new types/* AdvisoryError */.k1(`cannot read the advisory records at ${path}: ${error.message}`);
        });
        const texts = info.isDirectory() ? await readFolder(path) : await readZip(path);
        const byPackage = new Map();
        let skipped = 0;
        for (const { name, text } of texts) {
            // GitHub's database holds every ecosystem: leave the others unparsed.
            if (!text.includes('"PyPI"') && text.includes('"ecosystem"'))
                continue;
            let record;
            try {
                record = parseOsvRecord(text, name);
            }
            catch (error) {
                skipped++;
                options.log?.(error.message);
                continue;
            }
            if (record.withdrawn !== undefined)
                continue;
            const packages = new Set((record.affected ?? []).filter((a) => a.package?.ecosystem === types/* ECOSYSTEM */.Pe).map((a) => (0,pep_name/* normalizeName */.P)(a.package.name)));
            for (const pkg of packages)
                byPackage.set(pkg, [...(byPackage.get(pkg) ?? []), record]);
        }
        if (texts.length > 0 && skipped === texts.length)
            throw new types/* AdvisoryError */.k1(`${path}: none of its ${texts.length} JSON files is an OSV record`);
        return byPackage;
    }
    async function lookup(queries) {
        index ??= load();
        const byPackage = await index;
        const out = new Map();
        for (const query of queries) {
            const records = byPackage.get(query.name) ?? [];
            out.set((0,types/* queryKey */.qv)(query), query.version === undefined ? records : records.filter((r) => (0,match/* affects */.bB)(r, query.name, query.version)));
        }
        return out;
    }
    return { label: path, lookup, stats: () => ({ ...stats }) };
}
async function readFolder(root) {
    const entries = (await (0,promises_.readdir)(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.json'));
    // A checkout of GitHub's advisory database is tens of thousands of files: read them a few at a time.
    const limit = (0,p_limit/* default */.A)(16);
    const read = await Promise.all(entries.map((entry) => limit(async () => {
        const full = (0,external_node_path_.join)(entry.parentPath, entry.name);
        if ((await (0,promises_.stat)(full)).size > MAX_RECORD_BYTES)
            return undefined;
        return { name: (0,external_node_path_.relative)(root, full), text: await (0,promises_.readFile)(full, 'utf8') };
    })));
    return read.filter((r) => r !== undefined).sort((a, b) => a.name.localeCompare(b.name));
}
async function readZip(path) {
    let files;
    try {
        files = (0,esm/* unzipSync */.AO)(await (0,promises_.readFile)(path), { filter: (file) => file.name.endsWith('.json') && file.originalSize <= MAX_RECORD_BYTES });
    }
    catch (error) {
        throw new types/* AdvisoryError */.k1(`${path}: neither a folder nor a readable zip of OSV records (${error.message})`);
    }
    const decoder = new TextDecoder();
    return Object.entries(files).map(([name, bytes]) => ({ name: `${path}:${name}`, text: decoder.decode(bytes) }));
}

// EXTERNAL MODULE: ./src/index/cache.ts
var index_cache = __webpack_require__(2822);
// EXTERNAL MODULE: ./src/index/errors.ts
var errors = __webpack_require__(3537);
// EXTERNAL MODULE: ./src/index/client.ts + 3 modules
var client = __webpack_require__(6159);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/advisories/osv-client.ts
// The OSV API client (https://google.github.io/osv.dev/api/): one POST /v1/querybatch per 1,000
// queries, then GET /v1/vulns/{id} once per distinct advisory. Bounded concurrency, retries with
// backoff (Retry-After honoured), and the index client's disk cache: a record is fetched again only
// when querybatch reports a newer `modified` than the cached copy.







const OSV_API = 'https://api.osv.dev';
/** The API's limit per querybatch request. */
const BATCH_SIZE = 1000;
/** Pages of one query's results followed at most (each page holds up to 1,000 ids). */
const MAX_PAGES = 10;
function createOsvClient(options = {}) {
    const base = (options.baseUrl ?? OSV_API).replace(/\/+$/, '');
    const { limit, fetcher, retries, backoffMs, maxRetryAfterMs, timeoutMs, log } = (0,client/* httpSettings */.qe)(options);
    const cache = options.cacheDir === undefined ? undefined : new index_cache/* DiskCache */.E(options.cacheDir);
    const stats = { batchRequests: 0, recordRequests: 0, cacheHits: 0 };
    const records = new Map();
    async function request(url, init) {
        for (let attempt = 0;; attempt++) {
            let response;
            let text;
            try {
                [response, text] = await limit(async () => {
                    const res = await fetcher(url, {
                        method: init.method,
                        headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'User-Agent': `monopin/${version/* VERSION */.x}` },
                        ...(init.body !== undefined && { body: init.body }),
                        signal: AbortSignal.timeout(timeoutMs),
                    });
                    return [res, await res.text()];
                });
            }
            catch (error) {
                if (attempt < retries) {
                    const delay = backoffMs * 2 ** attempt;
                    log(`${init.method} ${(0,errors/* redactUrl */.B)(url)}: ${(0,client/* describe */.q0)(error)}; retry ${attempt + 1}/${retries} in ${delay} ms`);
                    await (0,client/* sleep */.yy)(delay);
                    continue;
                }
                throw new types/* AdvisoryError */.k1(`could not reach ${(0,errors/* redactUrl */.B)(url)}: ${(0,client/* describe */.q0)(error)}`, { cause: error });
            }
            if (response.ok) {
                try {
                    return JSON.parse(text);
                }
                catch {
                    throw new types/* AdvisoryError */.k1(`${init.method} ${(0,errors/* redactUrl */.B)(url)}: the answer is not JSON`);
                }
            }
            if (client/* RETRY_STATUSES */.Ib.has(response.status) && attempt < retries) {
                const delay = (0,client/* retryDelay */.a2)(response.headers.get('retry-after'), backoffMs * 2 ** attempt, maxRetryAfterMs);
                log(`${init.method} ${(0,errors/* redactUrl */.B)(url)}: HTTP ${response.status}; retry ${attempt + 1}/${retries} in ${delay} ms`);
                await (0,client/* sleep */.yy)(delay);
                continue;
            }
            throw new types/* AdvisoryError */.k1(`HTTP ${response.status} from ${init.method} ${(0,errors/* redactUrl */.B)(url)}${response.status === 429 ? ' (rate limited, retries exhausted)' : ''}`);
        }
    }
    async function batch(queries, tokens) {
        stats.batchRequests++;
        const body = JSON.stringify({
            queries: queries.map((q, i) => ({
                package: { name: q.name, ecosystem: types/* ECOSYSTEM */.Pe },
                ...(q.version !== undefined && { version: q.version }),
                ...(tokens[i] !== undefined && { page_token: tokens[i] }),
            })),
        });
        const data = await request(`${base}/v1/querybatch`, { method: 'POST', body });
        const results = data.results;
        if (!Array.isArray(results) || results.length !== queries.length) {
            throw new types/* AdvisoryError */.k1(`POST ${(0,errors/* redactUrl */.B)(base)}/v1/querybatch: expected ${queries.length} results, got ${Array.isArray(results) ? results.length : 'none'}`);
        }
        return results.map((r) => {
            const answer = (r ?? {});
            const vulns = Array.isArray(answer.vulns)
                ? answer.vulns.flatMap((v) => {
                    const entry = v;
                    return typeof entry?.id === 'string' ? [{ id: entry.id, modified: typeof entry.modified === 'string' ? entry.modified : '' }] : [];
                })
                : [];
            return { vulns, ...(typeof answer.next_page_token === 'string' && answer.next_page_token !== '' && { next_page_token: answer.next_page_token }) };
        });
    }
    async function loadRecord(id, modified) {
        const url = `${base}/v1/vulns/${encodeURIComponent(id)}`;
        const cached = await cache?.get(url);
        if (cached !== undefined && modified !== '' && cached.lastModified === modified) {
            stats.cacheHits++;
            return parseOsvRecord(cached.body, url);
        }
        stats.recordRequests++;
        const data = await request(url, { method: 'GET' });
        let record;
        try {
            record = parseOsvRecord(JSON.stringify(data), (0,errors/* redactUrl */.B)(url));
        }
        catch (error) {
            throw new types/* AdvisoryError */.k1(error.message);
        }
        // Keyed on querybatch's own `modified` string: the next querybatch is compared with it as it is.
        if (cache !== undefined)
            await cache.set(url, { url: (0,errors/* redactUrl */.B)(url), body: JSON.stringify(data), lastModified: modified || record.modified });
        return record;
    }
    function record(id, modified) {
        let found = records.get(id);
        if (found === undefined) {
            found = loadRecord(id, modified);
            records.set(id, found);
        }
        return found;
    }
    async function lookup(queries) {
        const unique = [...new Map(queries.map((q) => [(0,types/* queryKey */.qv)(q), q])).values()];
        const ids = new Map();
        const chunks = [];
        for (let i = 0; i < unique.length; i += BATCH_SIZE)
            chunks.push(unique.slice(i, i + BATCH_SIZE));
        await Promise.all(chunks.map(async (chunk) => {
            let pending = chunk.map((query) => ({ query, token: undefined }));
            for (let page = 0; pending.length > 0 && page < MAX_PAGES; page++) {
                const answers = await batch(pending.map((p) => p.query), pending.map((p) => p.token));
                const next = [];
                answers.forEach((answer, i) => {
                    const { query } = pending[i];
                    const key = (0,types/* queryKey */.qv)(query);
                    ids.set(key, [...(ids.get(key) ?? []), ...answer.vulns]);
                    if (answer.next_page_token !== undefined)
                        next.push({ query, token: answer.next_page_token });
                });
                pending = next;
            }
        }));
        const distinct = new Map();
        for (const list of ids.values())
            for (const v of list)
                distinct.set(v.id, v.modified);
        const loaded = new Map(await Promise.all([...distinct].map(async ([id, modified]) => [id, await record(id, modified)])));
        const out = new Map();
        for (const query of unique) {
            const found = (ids.get((0,types/* queryKey */.qv)(query)) ?? []).map((v) => loaded.get(v.id)).filter((r) => r !== undefined && r.withdrawn === undefined);
            // The API matched them; the version check again keeps the API and the folder mode in step.
            const kept = query.version === undefined ? found : found.filter((r) => (0,match/* affects */.bB)(r, query.name, query.version));
            out.set((0,types/* queryKey */.qv)(query), dedupe(kept));
        }
        return out;
    }
    return { label: base === OSV_API ? 'osv' : (0,errors/* redactUrl */.B)(base), lookup, stats: () => ({ ...stats }) };
}
function dedupe(records) {
    return [...new Map(records.map((r) => [r.id, r])).values()];
}

;// CONCATENATED MODULE: ./src/advisories/source.ts
// The one switch: `osv` (the public API), `off`, a URL (any OSV-compatible API), or a PATH (a folder
// or zip of OSV records). Relative paths are taken from the repository root.



/** A PATH setting made absolute against `base` (a flag: the working directory); other settings as they are. */
function resolveSettingPath(setting, base) {
    const value = setting.trim();
    if (value === '' || value === 'off' || value === 'osv' || /^https?:\/\//i.test(value) || isAbsolute(value))
        return value;
    return resolve(base, value);
}
function createAdvisorySource(setting, options) {
    const value = setting?.trim() ?? 'off';
    if (value === '' || value === 'off')
        return undefined;
    const client = { ...(options.cacheDir !== undefined && { cacheDir: options.cacheDir }), ...(options.log && { log: options.log }), ...(options.fetch && { fetch: options.fetch }) };
    if (value === 'osv')
        return createOsvClient(client);
    if (/^https?:\/\//i.test(value))
        return createOsvClient({ ...client, baseUrl: value });
    return createFolderSource((0,external_node_path_.isAbsolute)(value) ? value : (0,external_node_path_.resolve)(options.root, value), options.log ? { log: options.log } : {});
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   g: () => (/* binding */ describeApiError),
/* harmony export */   s: () => (/* binding */ httpStatusOf)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);
// The one Octokit the action uses: GITHUB_API_URL (GHES), proxy, retries on 5xx, and GitHub's rate limits respected.




const MAX_RATE_LIMIT_RETRIES = 2;
function createGitHubClient(token, log, options = {}) {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        userAgent: `monopin/${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x}`,
        // Client errors are answers, not accidents: retrying them only burns the rate limit.
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
        throttle: {
            onRateLimit: (retryAfter, request, _octokit, retryCount) => {
                log.warning(`GitHub rate limit hit for ${request.method} ${request.url}; retrying after ${retryAfter}s`);
                return retryCount < MAX_RATE_LIMIT_RETRIES;
            },
            onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
                log.warning(`GitHub secondary rate limit hit for ${request.method} ${request.url}; retrying after ${retryAfter}s`);
                return retryCount < MAX_RATE_LIMIT_RETRIES;
            },
        },
    }, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L);
}
/** A status-bearing error from Octokit, whatever its class. */
function httpStatusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** `403 while creating the PR comment: Resource not accessible by integration` */
function describeApiError(error, doing) {
    const status = httpStatusOf(error);
    const message = error instanceof Error ? error.message : String(error);
    return status ? `GitHub API ${status} while ${doing}: ${message}` : `${doing} failed: ${message}`;
}


/***/ }),

/***/ 2231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ migrationOrder)
/* harmony export */ });
function migrationOrder(ws, findings) {
    const byId = new Map(ws.services.map((s) => [s.id, s]));
    const imagesById = new Map(ws.images.map((i) => [i.id, i]));
    const findingsByFile = new Map();
    for (const f of findings) {
        if (f.severity === 'note')
            continue;
        const list = findingsByFile.get(f.location.file);
        if (list)
            list.push(f);
        else
            findingsByFile.set(f.location.file, [f]);
    }
    const entry = (id) => {
        const s = byId.get(id);
        const files = new Set([...s.requirementFiles, ...s.images.map((i) => imagesById.get(i)?.dockerfile).filter((f) => f !== undefined)]);
        const conflicts = [...files]
            .sort()
            .flatMap((file) => findingsByFile.get(file) ?? [])
            .map((f) => ({ rule: f.rule, ...(f.package !== undefined ? { package: f.package } : {}), file: f.location.file, line: f.location.line }));
        return { service: s.id, project: s.project, dependents: s.dependents, transitiveDependents: s.transitiveDependents, images: s.images, conflicts };
    };
    // Kahn levels per project (depends_on never crosses projects); wave i gathers level i of every project.
    const waves = [];
    const cycles = [];
    const stuck = [];
    for (const project of ws.projects) {
        const waits = new Map(project.services.map((id) => [id, new Set(byId.get(id).dependsOn.filter((d) => byId.has(d)))]));
        for (let level = 0; waits.size > 0; level++) {
            const ready = [...waits].filter(([, deps]) => deps.size === 0).map(([id]) => id);
            if (ready.length === 0) {
                cycles.push(...findCycles(waits));
                stuck.push(...waits.keys());
                break;
            }
            for (const id of ready)
                waits.delete(id);
            for (const deps of waits.values())
                for (const id of ready)
                    deps.delete(id);
            (waves[level] ??= []).push(...ready.map(entry));
        }
    }
    for (const wave of waves)
        wave.sort(byMostDepended);
    if (stuck.length > 0)
        waves.push(stuck.map(entry).sort(byMostDepended));
    return { waves, cycles };
}
/** The most depended-on first: they gate the most services. */
function byMostDepended(a, b) {
    return b.transitiveDependents - a.transitiveDependents || b.dependents - a.dependents || a.service.localeCompare(b.service);
}
/** One cycle through each strongly tied group of the services left waiting. */
function findCycles(waits) {
    const cycles = [];
    const done = new Set();
    for (const start of [...waits.keys()].sort()) {
        if (done.has(start))
            continue;
        // Follow dependencies from start until one repeats: every waiting service waits on another.
        const path = [];
        const at = new Map();
        let node = start;
        while (node !== undefined && !at.has(node) && !done.has(node)) {
            at.set(node, path.length);
            path.push(node);
            node = [...(waits.get(node) ?? [])].sort()[0];
        }
        if (node !== undefined && at.has(node))
            cycles.push([...path.slice(at.get(node)), node]);
        for (const p of path)
            done.add(p);
    }
    return cycles;
}


/***/ })

};
