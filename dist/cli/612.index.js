export const id = 612;
export const ids = [612];
export const modules = {

/***/ 2231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   migrationOrder: () => (/* binding */ migrationOrder)
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
