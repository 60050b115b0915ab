export const id = 222;
export const ids = [222];
export const modules = {

/***/ 18222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findAutoBaseline: () => (/* binding */ findAutoBaseline)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _metrics_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79341);
/* harmony import */ var _reports_artifact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97985);
/* harmony import */ var _reports_metrics_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49465);
/* harmony import */ var _ghes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95616);






const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const PER_PAGE = 100;
const MAX_PAGES = 10;
/** Downloads under way at once: a few, to be quick without crowding the runner or the API. */
const CONCURRENT_DOWNLOADS = 4;
/**
 * A run whose gate failed still measured the whole load test; a cancelled or timed-out one may
 * have stopped it half-way.
 */
const USABLE_CONCLUSIONS = new Set(['success', 'failure']);
/** A reason why there is no baseline that is no fault of the API: told as a notice. */
class NoBaseline extends Error {
}
/**
 * Finds the metrics of the newest earlier runs of this timeline on the baseline branch (the base
 * branch of a pull request, else the branch itself), from the artifacts this action uploads.
 *
 * API calls: one list page per 100 artifacts scanned (usually just one: the list is newest first
 * and the scan stops once enough runs are found), one workflow-run lookup per distinct candidate
 * run and one download per candidate artifact (its redirect to storage is not an API call).
 * With nothing to skip, `runs` = N takes at most 1 + 2N calls. Candidates are fetched a few at a
 * time, never more at once than runs are still missing, so concurrency adds no calls.
 *
 * Each metrics.json is checked and let go: the judge reads the files again one at a time, so the
 * history never sits in memory whole. Never throws: with no baseline the run is judged on
 * thresholds alone, and the search says why.
 */
async function findAutoBaseline(options) {
    const { log } = options;
    if ((0,_ghes_js__WEBPACK_IMPORTED_MODULE_4__/* .isGitHubEnterpriseServer */ .uT)(options.env)) {
        log.notice(_ghes_js__WEBPACK_IMPORTED_MODULE_4__/* .GHES_BASELINE_NOTICE */ .Fk);
        return {
            files: [],
            nothingFound: 'earlier runs cannot be searched on GitHub Enterprise Server'
        };
    }
    try {
        return await search(options);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const status = error.status;
        if (error instanceof NoBaseline)
            return { files: [], nothingFound: reason };
        if (status === 403 && !/rate limit/i.test(reason)) {
            return {
                files: [],
                nothingFound: `the token is not allowed to read this repository's artifacts (403 ${reason}). ` +
                    `"baseline: auto" needs the "actions: read" permission: add "permissions: actions: read" ` +
                    `to the workflow or job`
            };
        }
        const withStatus = typeof status === 'number' ? ` (status ${status})` : '';
        log.warning(`The baseline run could not be found${withStatus}: ${reason}.`);
        return {
            files: [],
            nothingFound: `the baseline run could not be found${withStatus}: ${reason}`
        };
    }
}
async function search(options) {
    const env = options.env ?? process.env;
    if (!options.token)
        throw new NoBaseline('"baseline: auto" needs a github-token and none was given');
    const repository = repositoryOf(env);
    const branch = await baselineBranch(env);
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 61351));
    const octokit = getOctokit(options.token, { baseUrl: env.GITHUB_API_URL || undefined });
    const context = {
        options,
        octokit,
        repository,
        branch,
        currentRunId: env.GITHUB_RUN_ID,
        runLookups: new Map(),
        scannedArtifacts: 0,
        otherLoad: 0,
        skipped: new Map()
    };
    const found = await newestUsableRuns(context);
    if (found.length === 0)
        throw new NoBaseline(nothingFound(context));
    return reportFound(context, found);
}
function repositoryOf(env) {
    const [owner, repo] = env.GITHUB_REPOSITORY?.split('/') ?? [];
    if (!owner || !repo) {
        throw new NoBaseline('not running in GitHub Actions (GITHUB_REPOSITORY is not set)');
    }
    return { owner, repo };
}
async function baselineBranch(env) {
    if (PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? ''))
        return pullRequestBase(env);
    const ref = env.GITHUB_REF;
    if (ref?.startsWith('refs/heads/'))
        return ref.slice('refs/heads/'.length);
    if (!ref && env.GITHUB_REF_TYPE === 'branch' && env.GITHUB_REF_NAME)
        return env.GITHUB_REF_NAME;
    throw new NoBaseline(`this run is not on a branch (ref ${ref ?? env.GITHUB_REF_NAME ?? 'unknown'})`);
}
async function pullRequestBase(env) {
    let payload;
    try {
        payload = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(env.GITHUB_EVENT_PATH ?? '', 'utf8'));
    }
    catch (error) {
        throw new NoBaseline(`the pull request's base branch could not be read from GITHUB_EVENT_PATH (${error.message})`);
    }
    const base = payload?.pull_request?.base?.ref;
    if (typeof base !== 'string' || !base) {
        throw new NoBaseline('the pull request event names no base branch');
    }
    return base;
}
async function newestUsableRuns(context) {
    const found = [];
    let batch = [];
    const fetchBatch = async () => {
        const usable = await Promise.all(batch.map((artifact) => usableRun(artifact, context)));
        batch = [];
        for (const run of usable)
            if (run && found.length < context.options.runs)
                found.push(run);
    };
    for await (const artifact of artifactsNewestFirst(context)) {
        if (!isOfThisTimelineAndBranch(artifact, context))
            continue;
        batch.push(artifact);
        const missing = context.options.runs - found.length;
        if (batch.length >= Math.min(CONCURRENT_DOWNLOADS, missing))
            await fetchBatch();
        if (found.length >= context.options.runs)
            return found;
    }
    await fetchBatch();
    return found;
}
async function* artifactsNewestFirst(context) {
    for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await context.octokit.rest.actions.listArtifactsForRepo({
            ...context.repository,
            per_page: PER_PAGE,
            page
        });
        context.scannedArtifacts += data.artifacts.length;
        yield* data.artifacts;
        if (data.artifacts.length < PER_PAGE)
            return;
    }
}
/** A fork's branch may share the name of ours, so the run must come from this repository too. */
function isOfThisTimelineAndBranch(artifact, context) {
    const run = artifact.workflow_run;
    return (artifact.name.startsWith((0,_reports_artifact_js__WEBPACK_IMPORTED_MODULE_2__/* .artifactNamePrefix */ .wz)(context.options.timelineId)) &&
        run?.head_branch === context.branch &&
        run.head_repository_id === run.repository_id &&
        String(run.id) !== context.currentRunId);
}
async function usableRun(artifact, context) {
    const skip = (reason, detail = reason) => {
        context.options.log.debug(`Baseline candidate "${artifact.name}" skipped: ${detail}.`);
        context.skipped.set(reason, (context.skipped.get(reason) ?? 0) + 1);
        return undefined;
    };
    if (artifact.expired)
        return skip('expired');
    const run = await workflowRun(artifact.workflow_run?.id ?? 0, context);
    if (run.status !== 'completed')
        return skip('from a workflow run not yet completed');
    if (!USABLE_CONCLUSIONS.has(run.conclusion ?? '')) {
        return skip(`from a workflow run that ended ${run.conclusion ?? 'without a conclusion'}`);
    }
    const path = await downloadMetrics(artifact, run, context);
    const metrics = await (0,_reports_metrics_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readMetricsFile */ ._)(path).catch((error) => error.message);
    if (typeof metrics === 'string')
        return skip('without a readable metrics.json', metrics);
    if (metrics.timelineId !== context.options.timelineId) {
        context.options.log.debug(`Baseline candidate "${artifact.name}" skipped: it holds timeline ${metrics.timelineId}.`);
        return undefined;
    }
    if (metrics.status.toLowerCase() !== 'finished') {
        return skip(`from a load test that ended ${metrics.status}`);
    }
    if (!(0,_metrics_load_js__WEBPACK_IMPORTED_MODULE_5__/* .sameLoad */ .h)(metrics.load, context.options.load)) {
        context.otherLoad++;
        return skip('of another load (data item, role or virtual users)');
    }
    return {
        file: {
            path,
            ref: { runId: metrics.runId, url: run.html_url, finishedAt: metrics.finishedAt }
        },
        run
    };
}
/** Several artifacts may come from one workflow run (a matrix), so each run is looked up once. */
function workflowRun(runId, context) {
    let lookup = context.runLookups.get(runId);
    if (lookup === undefined) {
        lookup = context.octokit.rest.actions
            .getWorkflowRun({ ...context.repository, run_id: runId })
            .then(({ data }) => data);
        context.runLookups.set(runId, lookup);
    }
    return lookup;
}
/** Where the artifact's metrics.json is once downloaded. */
async function downloadMetrics(artifact, run, context) {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(779), __webpack_require__.e(351), __webpack_require__.e(659), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 9645));
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(context.options.downloadDir, String(artifact.id));
    await new DefaultArtifactClient().downloadArtifact(artifact.id, {
        path,
        findBy: {
            token: context.options.token,
            workflowRunId: run.id,
            repositoryOwner: context.repository.owner,
            repositoryName: context.repository.repo
        }
    });
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, 'metrics.json');
}
function nothingFound(context) {
    const { owner, repo } = context.repository;
    const where = `timeline ${context.options.timelineId} on branch "${context.branch}"`;
    if (context.skipped.size > 0) {
        const reasons = [...context.skipped].map(([reason, count]) => `${count} ${reason}`);
        return `the artifacts of earlier runs of ${where} cannot be used: ${reasons.join(', ')}`;
    }
    const searched = `${context.scannedArtifacts} artifacts of ${owner}/${repo} searched`;
    return `no earlier workflow run left an artifact of ${where} (${searched}); this may be the first run there`;
}
function reportFound(context, found) {
    const { log, runs } = context.options;
    if (found.length < runs) {
        log.info(`baseline-runs is ${runs} but only ${found.length} earlier run(s) were found on "${context.branch}".`);
    }
    return { files: found.map(({ file }) => file), otherLoad: context.otherLoad };
}


/***/ })

};
