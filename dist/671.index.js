export const id = 671;
export const ids = [671];
export const modules = {

/***/ 98671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  keepChangeIssue: () => (/* binding */ keepChangeIssue)
});

// UNUSED EXPORTS: issueMarker

// EXTERNAL MODULE: ./src/present/changes.ts
var changes = __webpack_require__(60970);
// EXTERNAL MODULE: ./src/verdict/noise-model.ts + 1 modules
var noise_model = __webpack_require__(75705);
;// CONCATENATED MODULE: ./src/verdict/level-back.ts

/** Runs whose median is the recent level. */
const RECENT_RUNS = 3;
/** The figure of one run that a shift moved, or undefined when the run lacks the step. */
function levelIn(run, key) {
    if (key === undefined) {
        const p95s = run.trackItems.flatMap((item) => item.steps.map((step) => step.p95));
        return p95s.length === 0 ? undefined : (0,noise_model/* median */.JZ)(Float64Array.from(p95s));
    }
    const trackItem = run.trackItems.find((item) => item.trackItemId === key.trackItemId);
    return trackItem?.steps.find((step) => step.stepId === key.stepId)?.p95;
}
/** The median of the figure before and from `firstIndex` in runs (oldest first). */
function levelsAround(runs, key, firstIndex) {
    const before = levelsOf(runs.slice(0, firstIndex), key);
    const after = levelsOf(runs.slice(firstIndex), key);
    if (before.length === 0 || after.length === 0)
        return undefined;
    return { beforeMs: (0,noise_model/* median */.JZ)(Float64Array.from(before)), afterMs: (0,noise_model/* median */.JZ)(Float64Array.from(after)) };
}
/** True when the last runs' median is back below the geometric midpoint of the two levels. */
function isLevelBack(runs, key, levels) {
    const recent = levelsOf(runs, key).slice(-RECENT_RUNS);
    if (recent.length < RECENT_RUNS)
        return false;
    return (0,noise_model/* median */.JZ)(Float64Array.from(recent)) <= Math.sqrt(levels.beforeMs * levels.afterMs);
}
function levelsOf(runs, key) {
    return runs.flatMap((run) => {
        const level = levelIn(run, key);
        return level !== undefined && level > 0 ? [level] : [];
    });
}

// EXTERNAL MODULE: ./src/github/api.ts
var api = __webpack_require__(28943);
// EXTERNAL MODULE: ./src/github/comment.ts
var comment = __webpack_require__(47318);
// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(19556);
// EXTERNAL MODULE: ./src/github/links.ts
var github_links = __webpack_require__(18002);
;// CONCATENATED MODULE: ./src/github/change-issue.ts






const MAX_ISSUE_PAGES = 3;
const STATE_START = '<!-- leapwork-performance-tracked ';
const STATE_END = ' -->';
const PERMISSION_HINT = 'Grant "issues: write" to the job ("permissions: issues: write"), or set report-issue: false.';
async function keepChangeIssue(input) {
    const { settings, log } = input;
    if (!settings.reportIssue)
        return;
    const links = (0,github_links/* repositoryLinks */.Ay)();
    if (!settings.githubToken || !links) {
        log.warning('report-issue is on but there is no github-token or repository: no issue was kept.');
        return;
    }
    const [owner, repo] = links.repository.split('/');
    const where = { owner, repo };
    const marker = issueMarker(input.metrics.timelineId, input.search.view.branch, settings.name);
    try {
        const octokit = await (0,api/* createOctokit */.Qi)(settings.githubToken);
        const existing = await findIssue(octokit, where, marker);
        const found = trackedShifts(input.search);
        const run = { ...input, linkPrefix: `${links.serverUrl}/${links.repository}/` };
        if (existing)
            await updateIssue(octokit, where, existing, found, run, marker);
        else if (found.length > 0)
            await openIssue(octokit, where, found, run, marker);
    }
    catch (error) {
        const status = error.status;
        const reason = error instanceof Error ? error.message : String(error);
        const hint = status === 403 || status === 404 ? ` ${PERMISSION_HINT}` : '';
        log.warning(`The change issue could not be kept up to date: ${reason}.${hint}`);
    }
}
/** One marker per timeline, leg and branch; every part encoded, so no text ends the comment. */
function issueMarker(timelineId, branch, name) {
    const part = (text) => encodeURIComponent(text);
    return `<!-- leapwork-performance-changes timeline=${part(timelineId)} leg=${part(name ?? '')} branch=${part(branch)} -->`;
}
async function findIssue(octokit, where, marker) {
    const author = await (0,comment/* tokenIdentity */.sX)(octokit);
    const { items } = await (0,api/* paginateCapped */.JU)(octokit, octokit.rest.issues.listForRepo, { ...where, state: 'open', creator: author, per_page: 100 }, MAX_ISSUE_PAGES);
    return items.find((issue) => !issue.pull_request && issue.user?.login === author && issue.body?.includes(marker));
}
function trackedShifts(search) {
    return search.shifts.flatMap((shift, index) => {
        const key = shift.trackItemId !== undefined && shift.stepId !== undefined
            ? { trackItemId: shift.trackItemId, stepId: shift.stepId }
            : undefined;
        const levels = levelsAround(search.runs, key, shift.firstIndex);
        const view = search.view.shifts[index];
        return levels ? [{ key, firstRunId: view.firstRun.runId, levels, view }] : [];
    });
}
async function openIssue(octokit, where, found, input, marker) {
    const { data } = await octokit.rest.issues.create({
        ...where,
        title: (0,changes/* changeIssueTitle */.cC)(input.metrics.timelineTitle, input.search.view.branch, input.settings.name),
        body: issueBody(input, found, marker)
    });
    input.log.info(`Opened issue #${data.number} for the shifts found.`);
}
async function updateIssue(octokit, where, issue, found, input, marker) {
    const tracked = readState(issue.body ?? '', input.linkPrefix);
    const isKnown = (shift) => tracked.some((old) => sameKey(old.key, shift.key) && old.firstRunId === shift.firstRunId);
    const added = found.filter((shift) => !isKnown(shift));
    const issue_number = issue.number;
    if (added.length > 0) {
        await octokit.rest.issues.update({
            ...where,
            issue_number,
            body: issueBody(input, [...tracked, ...added], marker)
        });
        await octokit.rest.issues.createComment({
            ...where,
            issue_number,
            body: `${added.length} more shift(s) found:\n\n${(0,changes/* renderChangeIssue */.a4)(input.search.view, added.map(({ view }) => view), '', (0,context/* workflowRunUrl */.CX)())}`
        });
        input.log.info(`Updated issue #${issue_number} with ${added.length} more shift(s).`);
        return;
    }
    const runs = input.search.runs;
    if (tracked.every((shift) => isLevelBack(runs, shift.key, shift.levels))) {
        await octokit.rest.issues.createComment({
            ...where,
            issue_number,
            body: 'The levels of every shift tracked here are back: closing.'
        });
        await octokit.rest.issues.update({ ...where, issue_number, state: 'closed' });
        input.log.info(`Closed issue #${issue_number}: the levels are back.`);
    }
}
function issueBody(input, tracked, marker) {
    const body = (0,changes/* renderChangeIssue */.a4)(input.search.view, tracked.map(({ view }) => view), marker, (0,context/* workflowRunUrl */.CX)());
    const state = tracked.map(({ key, firstRunId, levels, view }) => ({
        key,
        firstRunId,
        levels,
        view
    }));
    return `${body}\n${STATE_START}${Buffer.from(JSON.stringify(state)).toString('base64url')}${STATE_END}\n`;
}
/**
 * The shifts an issue of ours tracks. Its body is only ever ours, but anyone who may edit issues
 * can change it: what does not read as our state is dropped, and views are rebuilt without links.
 */
function readState(body, prefix) {
    const start = body.lastIndexOf(STATE_START);
    if (start < 0)
        return [];
    const end = body.indexOf(STATE_END, start + STATE_START.length);
    try {
        const state = JSON.parse(Buffer.from(body.slice(start + STATE_START.length, end), 'base64url').toString('utf8'));
        return Array.isArray(state) ? state.flatMap((entry) => trackedOf(entry, prefix)) : [];
    }
    catch {
        return [];
    }
}
function trackedOf(entry, prefix) {
    const value = entry;
    const { key, levels, view } = value ?? {};
    if (typeof value?.firstRunId !== 'string' ||
        !(Number(levels?.beforeMs) > 0 && Number(levels?.afterMs) > 0) ||
        (key !== undefined && (typeof key?.trackItemId !== 'string' || typeof key?.stepId !== 'string'))) {
        return [];
    }
    const safe = safeView(view, prefix);
    return safe
        ? [{ key, firstRunId: value.firstRunId, levels: levels, view: safe }]
        : [];
}
/** A view read back from the issue, with its links kept only when they point into this repository. */
function safeView(view, prefix) {
    const isText = (text) => typeof text === 'string';
    if (!view ||
        !isText(view.step) ||
        !(view.trackItem === null || isText(view.trackItem)) ||
        !Number.isFinite(view.changePercent) ||
        !Number.isFinite(view.runsSince)) {
        return undefined;
    }
    const link = (url) => isText(url) && url.startsWith(prefix) ? url : undefined;
    const run = (candidate) => ({
        runId: isText(candidate?.runId) ? String(candidate?.runId) : '?',
        ...((0,github_links/* isCommitSha */._$)(candidate?.sha) ? { sha: candidate?.sha } : {}),
        ...(link(candidate?.url) ? { url: link(candidate?.url) } : {})
    });
    const numbers = Array.isArray(view.pullRequests) ? view.pullRequests : [];
    return {
        step: view.step,
        trackItem: view.trackItem,
        changePercent: view.changePercent,
        ...(Number.isFinite(view.levelBeforeMs) ? { levelBeforeMs: view.levelBeforeMs } : {}),
        ...(Number.isFinite(view.levelAfterMs) ? { levelAfterMs: view.levelAfterMs } : {}),
        runsSince: view.runsSince,
        firstRun: run(view.firstRun),
        lastRunBefore: run(view.lastRunBefore),
        compareUrl: link(view.compareUrl),
        pullRequests: numbers
            .filter((pull) => Number.isSafeInteger(pull?.number) && pull.number > 0)
            .map((pull) => ({ number: pull.number, url: link(pull.url) }))
    };
}
function sameKey(a, b) {
    return a?.trackItemId === b?.trackItemId && a?.stepId === b?.stepId;
}


/***/ })

};
