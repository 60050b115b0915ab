export const id = 661;
export const ids = [661];
export const modules = {

/***/ 86661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _github_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24897);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38422);
/* harmony import */ var _leapwork_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32209);
/* harmony import */ var _github_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53385);
/* harmony import */ var _github_state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98862);
/* harmony import */ var _run_stop_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26941);






/**
 * The second chance to stop a run: main recorded a run it started and did not see end (it was
 * killed, or crashed). A run started with wait: false is never recorded, so never stopped here.
 */
async function runPost() {
    const run = _github_state_js__WEBPACK_IMPORTED_MODULE_4__/* .runState */ .H.unfinishedRun();
    if (!run)
        return;
    try {
        const { apiKey, baseUrl } = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readConnection */ .dC)();
        _github_log_js__WEBPACK_IMPORTED_MODULE_3__/* .actionsLog */ ._.warning(`The main step ended before run ${run.runId} did: stopping it so it does not go on using virtual-user time.`);
        const client = new _leapwork_client_js__WEBPACK_IMPORTED_MODULE_2__/* .LeapworkClient */ .b({ apiKey, baseUrl, log: _github_log_js__WEBPACK_IMPORTED_MODULE_3__/* .actionsLog */ ._, requestTimeoutMs: 10000 });
        const { stopped, final } = await (0,_run_stop_js__WEBPACK_IMPORTED_MODULE_5__/* .stopRun */ .K)(client, run, _github_log_js__WEBPACK_IMPORTED_MODULE_3__/* .actionsLog */ ._, { finalPolls: 3 });
        if (stopped) {
            _github_log_js__WEBPACK_IMPORTED_MODULE_3__/* .actionsLog */ ._.info(`Run ${run.runId} is no longer running${final ? ` (final status ${final.status})` : ''}.`);
        }
        else {
            _github_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`Run ${run.runId} could not be stopped; stop it in the Leapwork Performance portal.`);
        }
    }
    catch (error) {
        _github_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(error instanceof Error ? error.message : String(error));
    }
}


/***/ })

};
