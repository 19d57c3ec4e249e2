export const id = 725;
export const ids = [725];
export const modules = {

/***/ 1725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NotRegularFileError: () => (/* binding */ NotRegularFileError),
/* harmony export */   UnsafePathError: () => (/* binding */ UnsafePathError),
/* harmony export */   createFsReader: () => (/* binding */ createFsReader)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// FileReader over a local checkout. Repository content is untrusted: a path may not leave the
// root, and a symlink is never read through (it could point at /etc or at the runner's secrets).
//
// The calls are synchronous on purpose: a manifest is a few kB on a local disk, so each syscall
// takes microseconds, while the promise API sends every open/fstat/read/close through the thread
// pool and costs ~100 µs per file (2 s of a 20,000-file scan against 0.3 s synchronous).


class UnsafePathError extends Error {
    path;
    constructor(path, reason) {
        super(`refusing to read '${path}': ${reason}`);
        this.path = path;
        this.name = 'UnsafePathError';
    }
}
/** A FIFO, socket or device: opening or reading it could block forever or never end. */
class NotRegularFileError extends Error {
    path;
    constructor(path) {
        super(`refusing to read '${path}': not a regular file`);
        this.path = path;
        this.name = 'NotRegularFileError';
    }
}
function createFsReader(root) {
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
    let realBase;
    const realFolders = new Map();
    // Absolute paths the listing walked down to without a symlink: real folders, and regular files in them.
    const listedFolders = new Set();
    const listedFiles = new Set();
    const toAbsolute = (path) => {
        if (path === '')
            return base;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) || path.includes('\\') || path.includes('\0')) {
            throw new UnsafePathError(path, 'not a repo-relative path');
        }
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base, path);
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, absolute);
        if (rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel)) {
            throw new UnsafePathError(path, 'it escapes the repository root');
        }
        return absolute;
    };
    return {
        async list(dir, options) {
            const absolute = toAbsolute(dir);
            const dirents = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(absolute, { withFileTypes: true });
            // readdir's entry types do not follow links: a folder listed as a folder under a folder known to be
            // real (the root first) is real too, and reads below it need no realpath.
            const real = absolute === base || listedFolders.has(absolute);
            return dirents.map((d) => {
                if (d.isSymbolicLink())
                    return { name: d.name, kind: 'symlink' };
                if (d.isDirectory()) {
                    if (real)
                        listedFolders.add((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(absolute, d.name));
                    return { name: d.name, kind: 'dir' };
                }
                if (!d.isFile())
                    return { name: d.name, kind: 'other' };
                if (options?.sizeOf && !options.sizeOf(dir === '' ? d.name : `${dir}/${d.name}`))
                    return { name: d.name, kind: 'file' };
                // A file deleted since readdir must not fail the whole listing; read() will say it is gone.
                const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(absolute, d.name), { throwIfNoEntry: false });
                if (stats?.isFile() && real)
                    listedFiles.add((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(absolute, d.name));
                return stats ? { name: d.name, kind: 'file', size: stats.size } : { name: d.name, kind: 'file' };
            });
        },
        async read(path) {
            const absolute = toAbsolute(path);
            const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute);
            let target = absolute;
            // A file the listing saw as a regular file in a real folder skips the checks the open repeats anyway.
            if (!listedFiles.has(absolute)) {
                if (folder !== base && !listedFolders.has(folder)) {
                    // A symlinked folder on the way could still lead outside: compare real paths (once per folder).
                    realBase ??= node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(base);
                    let real = realFolders.get(folder);
                    if (real === undefined) {
                        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(folder);
                        realFolders.set(folder, real);
                    }
                    // `--root /`: the root already ends with the separator.
                    const prefix = realBase.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? realBase : realBase + node_path__WEBPACK_IMPORTED_MODULE_1__.sep;
                    if (real !== realBase && !real.startsWith(prefix))
                        throw new UnsafePathError(path, 'it resolves outside the repository root');
                    target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(real, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(absolute));
                }
                // Only regular files: a FIFO would block the open, /dev/zero would never end. Checked before the open,
                // and again on the open descriptor (O_NONBLOCK: a FIFO swapped in between cannot block the open).
                const before = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(target);
                if (before.isSymbolicLink())
                    throw new UnsafePathError(path, 'it is a symbolic link');
                if (!before.isFile())
                    throw new NotRegularFileError(path);
            }
            // O_NOFOLLOW: the file itself may not be a symlink either, with no window between check and open.
            let fd;
            try {
                fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(target, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
            }
            catch (error) {
                if (error.code === 'ELOOP')
                    throw new UnsafePathError(path, 'it is a symbolic link');
                throw error;
            }
            try {
                const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
                if (!stats.isFile())
                    throw new NotRegularFileError(path);
                return readAll(fd, stats.size);
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            }
        },
    };
}
/** The whole file from an open descriptor, sized by the fstat already made (readFileSync would fstat again). */
function readAll(fd, size) {
    let buffer = Buffer.allocUnsafe(size + 1);
    let length = 0;
    for (;;) {
        if (length === buffer.length) {
            // The file grew since fstat: keep reading.
            const bigger = Buffer.allocUnsafe(buffer.length * 2);
            buffer.copy(bigger, 0, 0, length);
            buffer = bigger;
        }
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, null);
        if (read === 0)
            return buffer.subarray(0, length);
        length += read;
    }
}


/***/ })

};
