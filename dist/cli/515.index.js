export const id = 515;
export const ids = [515];
export const modules = {

/***/ 2526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_CONFIG_PATH: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   loadConfig: () => (/* binding */ loadConfig)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8230);
// Reads `.github/monopin.yml` (or --config) from disk and merges it with explicit overrides.



const DEFAULT_CONFIG_PATH = '.github/monopin.yml';
async function loadConfig(options) {
    const path = options.configPath ?? DEFAULT_CONFIG_PATH;
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.root, path);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(full, 'utf8');
    }
    catch (error) {
        // The default file is optional; one that exists but cannot be read is still an error.
        if (options.configPath !== undefined || !['ENOENT', 'ENOTDIR'].includes(error.code ?? ''))
            throw new _config_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(unreadable(full, error.code));
    }
    const fromFile = text === undefined ? {} : (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .parseConfigFile */ .me)(text, path);
    const overrides = Object.fromEntries(Object.entries(options.overrides ?? {}).filter(([, v]) => v !== undefined));
    return (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveConfig */ .pE)(fromFile, overrides);
}
/** One line naming the file and the fix, instead of the raw ENOENT/EACCES. */
function unreadable(full, code) {
    switch (code) {
        case 'ENOENT':
            return `config file ${full} does not exist: fix the --config path (relative to the root), or drop --config`;
        case 'EACCES':
        case 'EPERM':
            return `config file ${full} is not readable (permission denied): make it readable, or point --config at another file`;
        case 'EISDIR':
            return `config file ${full} is a directory: point --config at the YAML file, e.g. .github/monopin.yml`;
        default:
            return `cannot read config file ${full} (${code ?? 'unknown error'}): fix the path or drop --config`;
    }
}


/***/ }),

/***/ 5454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   tI: () => (/* binding */ compileGlobs),
/* harmony export */   v7: () => (/* binding */ MAX_GLOB_LENGTH)
/* harmony export */ });
/* unused harmony export GlobError */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
// Repo-relative globs (config `paths:` and `ignore:`) with a matcher whose time is linear in the path.
// picomatch turns a glob into a backtracking RegExp: a pattern from a pull request such as
// `**/+(a|aa)+(a|aa)…b` then takes minutes per path. Here picomatch only translates the glob, and
// RE2 (re2js, no backtracking) runs it. picomatch's lookarounds only keep `*` off `.` and `..`
// segments, which repository paths never hold, so they are dropped; anything else RE2 cannot
// compile is refused with the pattern named.

class GlobError extends Error {
    pattern;
    constructor(pattern, reason) {
        super(`glob '${pattern}': ${reason}`);
        this.pattern = pattern;
        this.name = 'GlobError';
    }
}
/** Longest pattern accepted: a glob is a path with wildcards, not a program. */
const MAX_GLOB_LENGTH = 1024;
const EXTGLOB = /[@!?*+]\(/;
// picomatch's guards against `.`/`..` segments and empty stars (see above).
const DOT_GUARDS = /\(\?!\\\.\{1,2\}\(\?:\\\/\|\$\)\)|\(\?!\(\?:\^\|\\\/\)\\\.\{1,2\}\(\?:\\\/\|\$\)\)|\(\?=\.\)/g;
/** Why a pattern is refused before compiling it (no dependency needed: config validation uses it). */
function globProblem(pattern) {
    if (pattern.length > MAX_GLOB_LENGTH)
        return `longer than ${MAX_GLOB_LENGTH} characters`;
    if (EXTGLOB.test(pattern))
        return 'extglobs (@(…), !(…), +(…), *(…), ?(…)) are not supported; use *, **, ?, [...] and {a,b}';
    return undefined;
}
/** One predicate true when any pattern matches (a leading `!` negates a pattern, as in picomatch). */
async function compileGlobs(patterns) {
    const { RE2JS } = await __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856));
    const matchers = patterns.map((pattern) => {
        const problem = globProblem(pattern);
        if (problem)
            throw new GlobError(pattern, problem);
        const negated = pattern.startsWith('!');
        const body = negated ? pattern.slice(1) : pattern;
        let source;
        try {
            source = picomatch__WEBPACK_IMPORTED_MODULE_0___default().makeRe(body, { dot: true, noextglob: true }).source.replace(DOT_GUARDS, '');
        }
        catch (error) {
            throw new GlobError(pattern, error.message);
        }
        let re;
        try {
            re = RE2JS.compile(source);
        }
        catch {
            throw new GlobError(pattern, 'cannot be matched in linear time');
        }
        return (path) => re.matcher(path).matches() !== negated;
    });
    return (path) => matchers.some((m) => m(path));
}


/***/ })

};
