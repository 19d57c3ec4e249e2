export const id = 218;
export const ids = [218];
export const modules = {

/***/ 218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fails: () => (/* binding */ fails)
/* harmony export */ });
function fails(findings, failOn) {
    if (failOn === 'never')
        return false;
    return findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'));
}


/***/ })

};
