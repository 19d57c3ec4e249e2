export const id = 927;
export const ids = [927];
export const modules = {

/***/ 7927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedPins: () => (/* binding */ changedPins),
/* harmony export */   estimatePrSizes: () => (/* binding */ estimatePrSizes),
/* harmony export */   sizeIndexUrl: () => (/* binding */ sizeIndexUrl)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2973);
/* harmony import */ var _checks_pins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(977);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2657);
/* harmony import */ var _prepare_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4098);
/* harmony import */ var _size_section_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7055);
/* harmony import */ var _index_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6159);
// Estimated image-size deltas of a change between two revisions (a pull request, `check --base`): the
// pins it changes (central constraints and exact inline Dockerfile pins, base vs head), sized on the
// head workspace as a bump plan would be. No action code: the action's check and the CLI share it.






/** Sizes are estimated only when an index is chosen (input or config), never against the PyPI default. */
function sizeIndexUrl(config, inputIndexUrl) {
    if (inputIndexUrl !== undefined)
        return inputIndexUrl;
    return config.bump.indexUrl !== _config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG */ .PV.bump.indexUrl ? config.bump.indexUrl : undefined;
}
/** Changed central pins (exact versions) and changed exact inline Dockerfile pins, in name order. */
function changedPins(base, head, pythonVersion, platform) {
    const environment = (0,_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .targetEnvironment */ .dK)(pythonVersion, platform);
    const before = new Map((0,_prepare_js__WEBPACK_IMPORTED_MODULE_2__/* .centralPins */ .m)(base, environment).map((p) => [p.name, p.version]));
    const after = new Map((0,_prepare_js__WEBPACK_IMPORTED_MODULE_2__/* .centralPins */ .m)(head, environment).map((p) => [p.name, p.version]));
    const out = new Map();
    for (const change of changedValues(before, after))
        out.set(change.name, change);
    for (const { name: key, ...change } of changedValues(inlinePins(base), inlinePins(head))) {
        const name = key.slice(key.indexOf('\0') + 1);
        if (!out.has(name))
            out.set(name, { name, ...change });
    }
    return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
}
/** Keys whose value differs between the maps, as changes (`from`/`to` absent where the map has none). */
function changedValues(before, after) {
    const out = [];
    for (const name of new Set([...before.keys(), ...after.keys()])) {
        const from = before.get(name);
        const to = after.get(name);
        if (from !== to)
            out.push({ name, ...(from !== undefined && { from }), ...(to !== undefined && { to }) });
    }
    return out;
}
/** Exact inline pins of Dockerfiles by `dockerfile\0name` (the first one per file). */
function inlinePins(ws) {
    const out = new Map();
    for (const o of ws.occurrences) {
        if (o.origin !== 'dockerfile' || o.url)
            continue;
        const exact = (0,_checks_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .exactVersion */ .y)(o.specifier);
        const key = `${o.location.file}\0${o.name}`;
        if (exact !== undefined && !out.has(key))
            out.set(key, exact);
    }
    return out;
}
/**
 * Estimates per directly touched image: the head's images and installs, the base's central pins as
 * what the images have before (the head's pins would already hold the new versions, and their new
 * requirements would count as installed). Failures become notes, never errors.
 */
async function estimatePrSizes(options) {
    const pythonVersion = (0,_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .targetPython */ .ab)(options.head, options.config.bump.pythonVersion);
    const changes = changedPins(options.base, options.head, pythonVersion, options.config.platform);
    if (changes.length === 0 || (options.indexUrl === undefined && options.index === undefined))
        return { changes, results: [] };
    try {
        const index = options.index ?? (0,_index_client_js__WEBPACK_IMPORTED_MODULE_4__/* .createIndexClient */ .q6)({ indexUrl: options.indexUrl, extraIndexUrls: options.config.bump.extraIndexUrls, log: options.log });
        const results = await (0,_size_section_js__WEBPACK_IMPORTED_MODULE_3__/* .estimateBumpSizes */ .z)({
            workspace: { ...options.head, pins: options.base.pins },
            config: options.config,
            changes,
            index,
            ...(options.reader && { reader: options.reader }),
            pythonVersion,
            onNote: options.onNote,
        });
        return { changes, results };
    }
    catch (error) {
        options.onNote(`image sizes not estimated: ${error instanceof Error ? error.message : String(error)}`);
        return { changes, results: [] };
    }
}


/***/ }),

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


/***/ })

};
