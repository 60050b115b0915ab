export const id = 661;
export const ids = [661];
export const modules = {

/***/ 86661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38422);
/* harmony import */ var _leapwork_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32209);
/* harmony import */ var _github_log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53385);
/* harmony import */ var _github_state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98862);
/* harmony import */ var _github_toolkit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20769);
/* harmony import */ var _run_stop_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26941);






/**
 * The second chance to stop a run: main recorded a run it started and did not see end (it was
 * killed, or crashed). A run started with wait: false is never recorded, so never stopped here.
 * A start main was cancelled during, unanswered, cannot be stopped without its ID: it fails the
 * step so that someone looks.
 */
async function runPost() {
    await (0,_github_toolkit_js__WEBPACK_IMPORTED_MODULE_4__/* .loadToolkit */ .fl)();
    const pendingTimeline = _github_state_js__WEBPACK_IMPORTED_MODULE_3__/* .runState */ .H.pendingStart();
    if (pendingTimeline) {
        _github_toolkit_js__WEBPACK_IMPORTED_MODULE_4__/* .core */ .I8.setFailed(`The main step was cancelled while it was starting a run of timeline ${pendingTimeline}, before Leapwork Performance answered: a run may have started. Look in the Leapwork Performance portal's run history for that timeline and stop the run there if it is running.`);
        return;
    }
    const run = _github_state_js__WEBPACK_IMPORTED_MODULE_3__/* .runState */ .H.unfinishedRun();
    if (!run)
        return;
    try {
        const { apiKey, baseUrl } = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readConnection */ .dC)();
        _github_log_js__WEBPACK_IMPORTED_MODULE_2__/* .actionsLog */ ._.warning(`The main step ended before run ${run.runId} did: stopping it so it does not go on using virtual-user time.`);
        const client = new _leapwork_client_js__WEBPACK_IMPORTED_MODULE_1__/* .LeapworkClient */ .b({ apiKey, baseUrl, log: _github_log_js__WEBPACK_IMPORTED_MODULE_2__/* .actionsLog */ ._, requestTimeoutMs: 10000 });
        const { stopped, final } = await (0,_run_stop_js__WEBPACK_IMPORTED_MODULE_5__/* .stopRun */ .K)(client, run, _github_log_js__WEBPACK_IMPORTED_MODULE_2__/* .actionsLog */ ._, { finalPolls: 3 });
        if (stopped) {
            _github_log_js__WEBPACK_IMPORTED_MODULE_2__/* .actionsLog */ ._.info(`Run ${run.runId} is no longer running${final ? ` (final status ${final.status})` : ''}.`);
        }
        else {
            _github_toolkit_js__WEBPACK_IMPORTED_MODULE_4__/* .core */ .I8.setFailed(`Run ${run.runId} could not be stopped; stop it in the Leapwork Performance portal.`);
        }
    }
    catch (error) {
        _github_toolkit_js__WEBPACK_IMPORTED_MODULE_4__/* .core */ .I8.setFailed(error instanceof Error ? error.message : String(error));
    }
}


/***/ })

};
