export const id = 526;
export const ids = [526];
export const modules = {

/***/ 2973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   pE: () => (/* binding */ resolveConfig),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
const DEFAULT_CONFIG = {
    paths: [],
    ignore: [],
    failOn: 'error',
    sharedMinServices: 2,
    maxFileBytes: 5 * 1024 * 1024,
    rules: {},
    bump: { indexUrl: 'https://pypi.org/simple', extraIndexUrls: [], minReleaseAgeDays: 3, updateTypes: {}, ignore: [], labels: ['dependencies', 'monopin'], branch: 'monopin/constraints' },
    images: {},
    tagFormat: '{date}',
    platform: 'linux/amd64',
    cache: 'inline',
    registries: {},
    advisorySeverity: { critical: 'error', high: 'error', moderate: 'warning', low: 'note', unknown: 'warning' },
    ignoreAdvisories: [],
};
class ConfigError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ConfigError';
    }
}
/** Later layers win; lists from the file and the overrides add up. */
function resolveConfig(...layers) {
    const config = { ...DEFAULT_CONFIG, rules: {}, bump: { ...DEFAULT_CONFIG.bump }, images: {}, registries: {}, advisorySeverity: { ...DEFAULT_CONFIG.advisorySeverity }, ignoreAdvisories: [] };
    for (const layer of layers) {
        for (const [key, value] of Object.entries(layer)) {
            if (value === undefined)
                continue;
            if (key === 'paths' || key === 'ignore')
                config[key] = [...config[key], ...value];
            else if (key === 'rules')
                config.rules = { ...config.rules, ...value };
            else if (key === 'bump')
                config.bump = { ...config.bump, ...value };
            else if (key === 'images')
                config.images = { ...config.images, ...value };
            else if (key === 'registries')
                config.registries = { ...config.registries, ...value };
            else if (key === 'advisorySeverity')
                config.advisorySeverity = { ...config.advisorySeverity, ...value };
            else if (key === 'ignoreAdvisories')
                config.ignoreAdvisories = [...config.ignoreAdvisories, ...value];
            else
                config[key] = value;
        }
    }
    return config;
}


/***/ }),

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
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2973);
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
    const fromFile = text === undefined ? {} : (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(815), __webpack_require__.e(385)]).then(__webpack_require__.bind(__webpack_require__, 4385))).parseConfigFile(text, path);
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


/***/ })

};
