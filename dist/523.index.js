export const id = 523;
export const ids = [523];
export const modules = {

/***/ 21916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = __webpack_unused_export__ = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
__webpack_unused_export__ = closest;


/***/ }),

/***/ 45523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMain: () => (/* binding */ runMain)
});

// EXTERNAL MODULE: ./src/github/commands.ts
var commands = __webpack_require__(24897);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(38422);
// EXTERNAL MODULE: ./src/leapwork/client.ts + 3 modules
var client = __webpack_require__(32209);
// EXTERNAL MODULE: ./src/metrics/figures.ts
var figures = __webpack_require__(39536);
// EXTERNAL MODULE: ./src/github/log.ts
var log = __webpack_require__(53385);
;// CONCATENATED MODULE: ./src/github/context.ts
/** Facts about the workflow run the action is part of, from the runner's environment. */
function workflowRunUrl(env = process.env) {
    const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT } = env;
    if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID)
        return undefined;
    const attempt = GITHUB_RUN_ATTEMPT && GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${GITHUB_RUN_ATTEMPT}` : '';
    return `${GITHUB_SERVER_URL ?? 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}${attempt}`;
}
function artifactUrl(artifactId, env = process.env) {
    const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
    if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID)
        return undefined;
    return `${GITHUB_SERVER_URL ?? 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}/artifacts/${artifactId}`;
}
function runSource(env = process.env) {
    return {
        repository: env.GITHUB_REPOSITORY,
        ref: env.GITHUB_REF,
        sha: env.GITHUB_SHA,
        workflowRunId: env.GITHUB_RUN_ID,
        workflowRunUrl: workflowRunUrl(env),
        job: env.GITHUB_JOB
    };
}

// EXTERNAL MODULE: ./src/github/state.ts
var state = __webpack_require__(98862);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(21916);
// EXTERNAL MODULE: ./src/leapwork/errors.ts
var errors = __webpack_require__(79084);
;// CONCATENATED MODULE: ./src/run/resolve.ts


/** A refusal before the run starts: the timeline or data item cannot be run as asked. */
class PlanError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PlanError';
    }
}
async function resolvePlan(client, settings) {
    const { timeline, title, assetId } = await resolveTimeline(client, settings.timeline);
    if (!timeline.timeline.isRunEnabled) {
        throw new PlanError(`Timeline "${title}" cannot be run: Leapwork Performance reports isRunEnabled: false. Enable it for runs in the portal, or choose another timeline.`);
    }
    checkTrackItems(timeline, title, settings.trackItems);
    const projectId = settings.projectId ?? timeline.projectId;
    const dataItem = settings.dataItem && (await resolveDataItem(client, settings.dataItem, projectId));
    if (dataItem && settings.role)
        checkRole(dataItem, settings.role);
    return {
        timeline,
        timelineTitle: title,
        timelineAssetId: assetId,
        dataItem,
        request: buildRequest(settings, dataItem)
    };
}
function describePlan(plan, log) {
    const { timeline } = plan;
    log.info(`Timeline "${plan.timelineTitle}" (project ${timeline.projectId})`);
    for (const item of timeline.timeline.trackItems) {
        log.info(`  track item ${item.id} "${item.title}" in ${item.region || 'an unnamed region'}`);
    }
    log.info(`Planned run time: ${timeline.plannedRunTime} s; estimated usage: ${timeline.estimatedVum} VUM`);
    if (plan.dataItem) {
        const users = plan.request.userCount ? `, ${plan.request.userCount} users` : '';
        const role = plan.request.role ? `, role "${plan.request.role}"` : '';
        log.info(`Data item "${plan.dataItem.dataItemName}" (${plan.dataItem.assetId})${role}${users}`);
    }
}
async function resolveTimeline(client, ref) {
    if ('id' in ref) {
        const timeline = await orUnknown(client.getTimelineAsset(ref.id), (refusal) => unknownTimeline(client, refusal, `ID "${ref.id}"`, ref.id, (t) => t.timelineId === ref.id));
        return { timeline, title: timeline.title ?? (await titleOf(client, ref.id)), assetId: ref.id };
    }
    const timeline = await orUnknown(client.getTimeline(ref.name, ref.projectId), (refusal) => unknownTimeline(client, refusal, `name "${ref.name}" in project ${ref.projectId}`, ref.name, (t) => t.title === ref.name && t.projectId === ref.projectId));
    return { timeline, title: timeline.title ?? ref.name };
}
async function titleOf(client, timelineId) {
    try {
        const timelines = await client.getTimelines();
        return timelines.find((t) => t.timelineId === timelineId)?.title ?? timelineId;
    }
    catch {
        return timelineId;
    }
}
/**
 * The API answers 400 for an unknown timeline, but also for other refusals: when the timeline
 * does exist, the server's own words are the better message.
 */
async function unknownTimeline(client, refusal, asked, query, isAsked) {
    const timelines = await client.getTimelines().catch(() => []);
    if (timelines.some(isAsked))
        throw refusal;
    const closest = closestOf(query, timelines, (t) => [t.title, t.timelineId]);
    const hint = closest.length
        ? ` Closest existing timelines: ${closest.map((t) => `"${t.title}" (ID ${t.timelineId}, project ${t.projectId})`).join(', ')}.`
        : " The API key's company has no timelines.";
    throw new PlanError(`No timeline found with ${asked}.${hint}`);
}
async function resolveDataItem(client, ref, projectId) {
    const asked = 'id' in ref ? `ID "${ref.id}"` : `name "${ref.name}" in project ${ref.projectId}`;
    const lookup = 'id' in ref ? client.getDataItemAsset(ref.id) : client.getDataItem(ref.name, ref.projectId);
    const isAsked = (d) => 'id' in ref ? d.assetId === ref.id : d.dataItemName === ref.name;
    const dataItem = await orUnknown(lookup, async (refusal) => {
        const items = (await client.getDataItems(projectId).catch(() => [])).filter((item) => !item.isDeleted);
        if (items.some(isAsked))
            throw refusal;
        const closest = closestOf('id' in ref ? ref.id : ref.name, items, (d) => [
            d.dataItemName,
            d.assetId
        ]);
        const hint = closest.length
            ? ` Closest data items in project ${projectId}: ${closest.map((d) => `"${d.dataItemName}" (ID ${d.assetId})`).join(', ')}.`
            : '';
        throw new PlanError(`No data item found with ${asked}.${hint}`);
    });
    if (dataItem.isDeleted) {
        throw new PlanError(`Data item "${dataItem.dataItemName}" (${dataItem.assetId}) is deleted.`);
    }
    return dataItem;
}
function checkRole(dataItem, role) {
    const roles = [
        ...new Set(dataItem.text.map((row) => row.role).filter((r) => typeof r === 'string'))
    ];
    if (!roles.includes(role)) {
        const known = roles.length
            ? `its roles are ${roles.map((r) => `"${r}"`).join(', ')}`
            : 'it has no roles';
        throw new PlanError(`Input "role": no row of data item "${dataItem.dataItemName}" has role "${role}"; ${known}.`);
    }
}
function checkTrackItems(timeline, title, trackItems) {
    if (!trackItems)
        return;
    const known = timeline.timeline.trackItems.map((item) => item.id);
    const unknown = Object.keys(trackItems).filter((id) => !known.includes(id));
    if (unknown.length > 0) {
        throw new PlanError(`Input "track-items" names ${unknown.map((id) => `"${id}"`).join(', ')}, not a track item of timeline "${title}"; its track items are ${known.map((id) => `"${id}"`).join(', ')}.`);
    }
}
function buildRequest(settings, dataItem) {
    const timeline = 'id' in settings.timeline
        ? { timelineAssetId: settings.timeline.id }
        : { timelineName: settings.timeline.name, projectId: settings.timeline.projectId };
    return {
        ...timeline,
        ...(dataItem ? { dataItemAssetId: dataItem.assetId } : {}),
        ...(settings.role ? { role: settings.role } : {}),
        ...(settings.userCount ? { userCount: settings.userCount } : {}),
        ...(settings.trackItems ? { trackItems: settings.trackItems } : {})
    };
}
/** Turns the API's "unknown" answer (400 or 404) into the caller's own refusal. */
async function orUnknown(lookup, whenUnknown) {
    try {
        return await lookup;
    }
    catch (error) {
        if (error instanceof errors/* LeapworkError */.Wm &&
            (error.kind === 'bad-request' || error.kind === 'not-found')) {
            return whenUnknown(error);
        }
        throw error;
    }
}
function closestOf(query, candidates, keys, count = 3) {
    const q = query.toLowerCase();
    const score = (c) => Math.min(...keys(c).map((k) => (0,mod/* distance */.Io)(q, k.toLowerCase()) / Math.max(q.length, k.length, 1)));
    return candidates
        .map((candidate) => ({ candidate, score: score(candidate) }))
        .sort((a, b) => a.score - b.score)
        .slice(0, count)
        .map(({ candidate }) => candidate);
}

;// CONCATENATED MODULE: ./src/run/guard.ts
/**
 * Keeps a started run from outliving a cancelled step. The runner sends SIGINT, then SIGTERM
 * 7.5 s later, then kills the process: the stop has to happen inside that window.
 */
class RunGuard {
    hooks;
    startWaitMs;
    starting;
    ended = false;
    cancelling = false;
    constructor(hooks, startWaitMs = 4000) {
        this.hooks = hooks;
        this.startWaitMs = startWaitMs;
        process.on('SIGINT', this.onSignal);
        process.on('SIGTERM', this.onSignal);
    }
    /** Call with the start request, before it is answered: a cancel during the request stops what it started. */
    watchStart(start) {
        this.starting = start.catch(() => undefined);
        return start;
    }
    /** The run reached a terminal status, or was stopped: a later signal has nothing to stop. */
    markEnded() {
        this.ended = true;
    }
    dispose() {
        process.off('SIGINT', this.onSignal);
        process.off('SIGTERM', this.onSignal);
    }
    onSignal = (signal) => {
        if (this.cancelling)
            return;
        this.cancelling = true;
        void this.cancel(signal);
    };
    async cancel(signal) {
        if (!this.starting || this.ended) {
            this.hooks.exit(`The step was cancelled (${signal}); no run was left running.`);
        }
        const run = await Promise.race([this.starting, delay(this.startWaitMs)]);
        if (!run) {
            this.hooks.exit(`The step was cancelled (${signal}) while the run was being started; if a run started, stop it in the Leapwork Performance portal.`);
        }
        const stopped = await this.hooks.stop(run).catch(() => false);
        this.hooks.exit(stopped
            ? `The step was cancelled (${signal}); run ${run.runId} was stopped.`
            : `The step was cancelled (${signal}); stopping run ${run.runId} failed, the post step will try again.`);
    }
}
function delay(ms) {
    return new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref());
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/leapwork/types.ts
var types = __webpack_require__(91994);
;// CONCATENATED MODULE: ./src/present/format.ts
/**
 * Number formats, escaping and views of the models shared by the job summary, the PR comment and
 * the JUnit file, so a figure reads the same wherever it appears.
 */
const NOT_A_NUMBER = '–';
const COUNT_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
// eslint-disable-next-line no-control-regex -- these are the characters being removed
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const LINE_BREAKS = /\r\n|[\r\n\t\u2028\u2029]/g;
const MARKDOWN_PUNCTUATION = /[\\`*_[\]~|]/g;
const BLOCK_START = /^(\s*\d*)([-+=#.)])/;
const BULLET = /^\s*[-*•+]\s+(.*)$/;
const VERDICT_WORDS = {
    passed: '✅ Leapwork Performance passed',
    failed: '❌ Leapwork Performance failed',
    error: '⚠️ Leapwork Performance run did not complete'
};
/** `912 ms`, `1.24 s`, `12.5 s`, `2m 5s`; with `signed`, `+60 ms` and `-1.20 s`. */
function formatMs(ms, options = {}) {
    if (!Number.isFinite(ms))
        return NOT_A_NUMBER;
    const sign = options.signed && ms > 0 ? '+' : ms < 0 ? '-' : '';
    const size = Math.abs(ms);
    const wholeMs = size < 10 ? Math.round(size * 10) / 10 : Math.round(size);
    if (wholeMs < 1000)
        return `${sign}${wholeMs} ms`;
    if (size < 9995)
        return `${sign}${(size / 1000).toFixed(2)} s`;
    if (size < 59950)
        return `${sign}${(size / 1000).toFixed(1)} s`;
    return `${sign}${formatDuration(size / 1000)}`;
}
/** A percentage given as 0–100: `0%`, `0.52%`, `12.5%`, `<0.01%`; with `signed`, `+50%`. */
function formatPercent(percent, options = {}) {
    if (!Number.isFinite(percent))
        return NOT_A_NUMBER;
    const sign = options.signed && percent > 0 ? '+' : percent < 0 ? '-' : '';
    const size = Math.abs(percent);
    if (size === 0)
        return '0%';
    if (size < 0.01)
        return `${sign}<0.01%`;
    const decimals = size < 10 ? 2 : size < 100 ? 1 : 0;
    return `${sign}${Number(size.toFixed(decimals))}%`;
}
/** Whole seconds as `45s`, `5m 12s` or `1h 2m 5s`. */
function formatDuration(seconds) {
    if (!Number.isFinite(seconds) || seconds < 0)
        return NOT_A_NUMBER;
    const total = Math.round(seconds);
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const rest = total % 60;
    if (hours > 0)
        return `${hours}h ${minutes}m ${rest}s`;
    return minutes > 0 ? `${minutes}m ${rest}s` : `${rest}s`;
}
/** Removes control characters other than tab and line breaks: XML 1.0 forbids them. */
function stripControlCharacters(text) {
    return text.replace(CONTROL_CHARACTERS, '');
}
/** `1,500` */
function formatCount(count) {
    return Number.isFinite(count) ? COUNT_FORMAT.format(Math.round(count)) : NOT_A_NUMBER;
}
/** Cuts text to at most maxLength characters, ending in `…` when cut, never inside a surrogate pair. */
function truncate(text, maxLength) {
    if (text.length <= maxLength)
        return text;
    let end = Math.max(0, maxLength - 1);
    if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1)))
        end -= 1;
    return `${text.slice(0, end)}…`;
}
/**
 * Makes untrusted text safe on one line of markdown: a table cell, a heading or a list item. Line
 * breaks become spaces, markdown punctuation is backslash-escaped and HTML is shown as text.
 */
function escapeMarkdownCell(text) {
    return stripControlCharacters(text)
        .replace(LINE_BREAKS, ' ')
        .replace(MARKDOWN_PUNCTUATION, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(BLOCK_START, '$1\\$2');
}
/**
 * Makes untrusted multi-line text safe as a markdown block: every line is shown as written, as a
 * paragraph of its own, except that lines starting with a bullet become a list.
 */
function escapeMarkdownText(text) {
    const blocks = [];
    let previousWasBullet = false;
    for (const line of stripControlCharacters(text).split(/\r\n|[\r\n\u2028\u2029]/)) {
        if (line.trim() === '')
            continue;
        const bullet = BULLET.exec(line);
        const rendered = bullet ? `- ${escapeMarkdownCell(bullet[1])}` : escapeMarkdownCell(line.trim());
        if (blocks.length > 0)
            blocks.push(bullet && previousWasBullet ? '\n' : '\n\n');
        blocks.push(rendered);
        previousWasBullet = bullet !== null;
    }
    return blocks.join('');
}
/** An identifier as inline code, or escaped text when it holds what a code span cannot. */
function inlineCode(text) {
    return /^[^`|\r\n\u2028\u2029]+$/.test(text) && stripControlCharacters(text) === text
        ? `\`${text}\``
        : escapeMarkdownCell(text);
}
/** A markdown link when the URL is http(s), otherwise just the escaped text. */
function markdownLink(text, url) {
    const label = escapeMarkdownCell(text);
    if (!url || !/^https?:\/\//i.test(url))
        return label;
    const safeUrl = url.replace(/[\s()<>]/g, (character) => encodeURIComponent(character));
    return `[${label}](${safeUrl})`;
}
/** The verdict as one line: icon, outcome and the reason. */
function verdictHeadline(verdict) {
    return `${VERDICT_WORDS[verdict.result]}: ${escapeMarkdownCell(truncate(verdict.reason, 300))}`;
}
function allSteps(metrics) {
    return metrics.trackItems.flatMap((trackItem) => trackItem.steps.map((step) => ({ trackItem, step })));
}
function slowestFirst(a, b) {
    return comparableP95(b) - comparableP95(a);
}
function comparableP95({ step }) {
    return Number.isFinite(step.p95) ? step.p95 : -1;
}
function stepKey(trackItemId, stepId) {
    return `${trackItemId ?? ''}\u0000${stepId}`;
}
/**
 * Finds steps by track item and step id, or by step id alone (its first occurrence) for references
 * that do not name the track item.
 */
function indexSteps(steps) {
    const index = new Map();
    for (const view of steps) {
        index.set(stepKey(view.trackItem.trackItemId, view.step.stepId), view);
        const anyTrackItem = stepKey(undefined, view.step.stepId);
        if (!index.has(anyTrackItem))
            index.set(anyTrackItem, view);
    }
    return index;
}
/** Keys of the steps that fail the gate: breached a threshold or regressed. */
function gatedStepKeys(verdict, index) {
    const keys = new Set();
    const references = [
        ...verdict.breaches.filter((breach) => breach.stepId !== undefined),
        ...verdict.regressions
    ];
    for (const reference of references) {
        const view = index.get(stepKey(reference.trackItemId, reference.stepId ?? ''));
        if (view)
            keys.add(stepKey(view.trackItem.trackItemId, view.step.stepId));
    }
    return keys;
}
/** `120 ms → 180 ms (+60 ms, +50%)` */
function p95Change(comparison) {
    const from = formatMs(comparison.baselineP95 ?? NaN);
    const to = formatMs(comparison.currentP95 ?? NaN);
    const deltaMs = formatMs(comparison.deltaMs ?? NaN, { signed: true });
    const deltaPercent = formatPercent(comparison.deltaPercent ?? NaN, { signed: true });
    return `${from} → ${to} (${deltaMs}, ${deltaPercent})`;
}
/** `1.24 s on POST /api/login (Login Flow)`, escaped, or a sentence saying there were no steps. */
function worstP95Text(metrics, maxTitleLength) {
    const worst = metrics.totals.worstP95Step;
    if (!worst)
        return 'no steps reported';
    const trackItem = metrics.trackItems.find((item) => item.trackItemId === worst.trackItemId);
    const where = trackItem
        ? ` (${escapeMarkdownCell(truncate(trackItem.title, maxTitleLength))})`
        : '';
    const title = escapeMarkdownCell(truncate(worst.title, maxTitleLength));
    return `${formatMs(metrics.totals.worstP95)} on ${title}${where}`;
}
/** `0.52% (12 of 2,300 requests)` */
function errorRateText(metrics) {
    const { errorRate, errors, requests } = metrics.totals;
    return `${formatPercent(errorRate)} (${formatCount(errors)} of ${formatCount(requests)} requests)`;
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}

;// CONCATENATED MODULE: ./src/run/wait.ts



/** Failed status polls in a row after which the action gives up on the run (and stops it). */
const MAX_FAILED_POLLS = 5;
/** Polls the run until a terminal status, the timeout, or too many failed polls in a row. */
async function waitForRun(client, run, options) {
    const { log, pollIntervalSeconds } = options;
    const maxFailedPolls = options.maxFailedPolls ?? MAX_FAILED_POLLS;
    const startedAt = Date.now();
    const deadline = startedAt + options.timeoutSeconds * 1000;
    const progress = new ProgressReporter(run, log, startedAt, options.progressEverySeconds ?? 30);
    let lastStatus = run.status;
    let polls = 0;
    let failedPolls = 0;
    for (;;) {
        const wait = Math.min(pollIntervalSeconds * 1000, deadline - Date.now());
        if (wait > 0)
            await (0,promises_.setTimeout)(wait);
        if (Date.now() >= deadline)
            return { kind: 'timed-out', lastStatus, polls };
        polls++;
        try {
            const result = await client.getTimelineStatus(run.pollResultUrl, { retry: false });
            failedPolls = 0;
            lastStatus = result.status;
            if ((0,types/* isTerminal */.Hd)(result.status))
                return { kind: 'ended', result, polls };
            progress.report(result.status);
        }
        catch (error) {
            failedPolls++;
            const reason = error instanceof Error ? error.message : String(error);
            if (failedPolls >= maxFailedPolls) {
                return { kind: 'polling-failed', error, lastStatus, polls };
            }
            log.warning(`Status poll ${failedPolls} of ${maxFailedPolls} in a row failed; trying again: ${reason}`);
        }
    }
}
class ProgressReporter {
    run;
    log;
    startedAt;
    everySeconds;
    status;
    lastLineAt;
    warnedStatuses = new Set();
    constructor(run, log, startedAt, everySeconds) {
        this.run = run;
        this.log = log;
        this.startedAt = startedAt;
        this.everySeconds = everySeconds;
        this.status = run.status;
        this.lastLineAt = startedAt;
    }
    report(status) {
        const now = Date.now();
        if (!(0,types/* isKnownActive */.g_)(status) && !this.warnedStatuses.has(status)) {
            this.warnedStatuses.add(status);
            this.log.warning(`Leapwork Performance reported status "${status}", which this action does not know; it is treated as not finished.`);
        }
        if (status === this.status && now - this.lastLineAt < this.everySeconds * 1000)
            return;
        this.status = status;
        this.lastLineAt = now;
        this.log.info(`${status}: ${this.elapsed(now)}`);
    }
    elapsed(now) {
        const elapsed = (now - this.startedAt) / 1000;
        const planned = this.run.plannedRunTime;
        if (!planned)
            return `${formatDuration(elapsed)} elapsed`;
        const percent = Math.min(100, Math.round((elapsed / planned) * 100));
        return `${formatDuration(elapsed)} of ${formatDuration(planned)} planned (${percent}%)`;
    }
}

// EXTERNAL MODULE: ./src/run/stop.ts
var run_stop = __webpack_require__(26941);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/reports/download.ts



const REPORT_FILES = {
    excel: 'run-report.xlsx',
    ai: 'ai-analysis.txt',
    aiTrackItem: (trackItemId) => `ai-analysis-${safeFileName(trackItemId)}.txt`,
    metrics: 'metrics.json',
    junit: 'junit.xml'
};
const NOT_READY = /not (yet )?(ready|available)|getAiAnalysis/i;
/** Downloads what the terminal status offers; a report that cannot be had is a warning, not a failure. */
async function fetchReports(client, result, options) {
    await (0,external_node_fs_promises_.mkdir)(options.dir, { recursive: true });
    const reports = { dir: options.dir, aiTrackItems: {}, problems: [] };
    if (result.excelReportUrl) {
        const path = (0,external_node_path_.join)(options.dir, REPORT_FILES.excel);
        await attempt(reports, 'The Excel run report', async () => {
            const { bytes } = await client.downloadRunReport(result.excelReportUrl, path);
            options.log.info(`Excel run report: ${path} (${bytes} bytes)`);
            reports.excel = path;
        });
    }
    if (result.aiAnalysisReportUrl) {
        const path = (0,external_node_path_.join)(options.dir, REPORT_FILES.ai);
        await attempt(reports, 'The AI analysis report', async () => {
            await client.downloadAiAnalysisReport(result.aiAnalysisReportUrl, path);
            reports.ai = path;
            options.log.info(`AI analysis: ${path}`);
            reports.aiText = await completeAiAnalysis(client, reports, await (0,external_node_fs_promises_.readFile)(path, 'utf8'), options);
        });
    }
    for (const problem of reports.problems)
        options.log.warning(problem);
    return reports;
}
async function completeAiAnalysis(client, reports, combined, options) {
    const sections = splitAiSections(combined);
    const isLate = (id) => !sections.has(id) || NOT_READY.test(sections.get(id).body);
    let text = combined.trimEnd();
    for (const trackItemId of options.trackItemIds.filter(isLate)) {
        const late = await fetchLateAnalysis(client, trackItemId, options);
        if (late === undefined) {
            reports.problems.push(`The AI analysis of track item ${trackItemId} was not ready after ${options.aiTries ?? 3} tries.`);
            continue;
        }
        const path = (0,external_node_path_.join)(options.dir, REPORT_FILES.aiTrackItem(trackItemId));
        await (0,external_node_fs_promises_.writeFile)(path, late);
        reports.aiTrackItems[trackItemId] = path;
        options.log.info(`AI analysis of track item ${trackItemId}, which was not ready at first: ${path}`);
        const placeholder = sections.get(trackItemId)?.text;
        text = placeholder
            ? text.replace(placeholder.trimEnd(), () => late.trimEnd())
            : `${text}\n\n${late.trimEnd()}`;
    }
    return text;
}
async function fetchLateAnalysis(client, trackItemId, { runId, aiTries = 3, aiRetryDelayMs = 5000, log }) {
    for (let tryNumber = 1; tryNumber <= aiTries; tryNumber++) {
        const text = await client.getAiAnalysis(runId, trackItemId).catch((error) => {
            log.debug(`getAiAnalysis ${trackItemId}, try ${tryNumber}: ${String(error)}`);
            return undefined;
        });
        if (text && !NOT_READY.test(text))
            return text;
        if (tryNumber < aiTries)
            await (0,promises_.setTimeout)(aiRetryDelayMs);
    }
    return undefined;
}
/** The combined report holds one "=== AI Analysis for: <trackItemId> ===" section per track item. */
function splitAiSections(text) {
    const sections = new Map();
    const matches = [...text.matchAll(/^=== AI Analysis for: (.+?) ===$/gm)];
    matches.forEach((match, index) => {
        const end = index + 1 < matches.length ? matches[index + 1].index : text.length;
        sections.set(match[1].trim(), {
            text: text.slice(match.index, end),
            body: text.slice(match.index + match[0].length, end)
        });
    });
    return sections;
}
async function attempt(reports, what, work) {
    try {
        await work();
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        reports.problems.push(`${what} could not be downloaded: ${reason}`);
    }
}
function safeFileName(name) {
    return name.replace(/[^A-Za-z0-9._-]/g, '_');
}

;// CONCATENATED MODULE: ./src/reports/metrics-file.ts



async function writeMetricsFile(dir, metrics) {
    const path = (0,external_node_path_.join)(dir, REPORT_FILES.metrics);
    await (0,external_node_fs_promises_.writeFile)(path, JSON.stringify(metrics, null, 2) + '\n');
    return path;
}

// EXTERNAL MODULE: ./src/reports/artifact.ts
var reports_artifact = __webpack_require__(97985);
// EXTERNAL MODULE: ./src/metrics/model.ts
var model = __webpack_require__(70228);
;// CONCATENATED MODULE: ./src/verdict/baseline.ts


/**
 * Folds earlier runs into one baseline: each step (matched across runs by track item and step ID,
 * else by track item and title) gets the median of each figure over the runs that have it. The
 * run-level fields (run ID, timeline, times) are those of the first run.
 */
function medianBaseline(runs) {
    const [first] = runs;
    if (first === undefined)
        throw new Error('A median baseline needs at least one run');
    if (runs.length === 1)
        return first;
    const groups = new Map();
    for (const run of runs) {
        const { pairs, leftOnly } = pairSteps(placedSteps(run), [...groups.keys()]);
        for (const [step, ref] of pairs)
            groups.get(ref)?.push(step.step);
        for (const step of leftOnly)
            groups.set(step, [step.step]);
    }
    const trackItems = new Map();
    for (const [ref, members] of groups) {
        let trackItem = trackItems.get(ref.trackItemId);
        if (trackItem === undefined) {
            trackItem = { ...ref.trackItem, steps: [] };
            trackItems.set(ref.trackItemId, trackItem);
        }
        trackItem.steps.push(medianStep(ref.step, members));
    }
    const merged = [...trackItems.values()];
    return { ...first, totals: (0,figures/* runTotals */.zj)(merged), trackItems: merged };
}
/**
 * Compares each step's p95 with the baseline. A step regressed when its p95 grew by more than
 * maxRegressionPercent and by more than noiseFloorMs; it improved when it fell by more than both
 * (by more than noiseFloorMs alone when no percentage is set). Without maxRegressionPercent nothing
 * is a regression. With a baseline p95 of 0 there is no percentage and only the floor counts.
 */
function compareWithBaseline(current, baseline, options) {
    const { pairs, leftOnly, rightOnly } = pairSteps(placedSteps(current), placedSteps(baseline));
    const { noiseFloorMs, maxRegressionPercent } = options;
    const steps = [
        ...pairs.map(([now, before]) => matchedComparison(now, before, noiseFloorMs, maxRegressionPercent)),
        ...leftOnly.map((step) => unmatchedComparison('new', step, { currentP95: step.step.p95 })),
        ...rightOnly.map((step) => unmatchedComparison('vanished', step, { baselineP95: step.step.p95 }))
    ];
    return {
        runs: options.baselineRuns,
        ...(maxRegressionPercent === undefined ? {} : { maxRegressionPercent }),
        noiseFloorMs,
        steps
    };
}
function matchedComparison(now, before, noiseFloorMs, maxRegressionPercent) {
    const currentP95 = now.step.p95;
    const baselineP95 = before.step.p95;
    const deltaMs = currentP95 - baselineP95;
    const beyondPercent = (growth) => baselineP95 === 0 || growth * 100 > (maxRegressionPercent ?? 0) * baselineP95;
    return {
        kind: 'matched',
        trackItemId: now.trackItemId,
        stepId: now.stepId,
        title: now.title,
        currentP95,
        baselineP95,
        deltaMs,
        ...(baselineP95 === 0 ? {} : { deltaPercent: (deltaMs * 100) / baselineP95 }),
        regression: maxRegressionPercent !== undefined && deltaMs > noiseFloorMs && beyondPercent(deltaMs),
        improvement: -deltaMs > noiseFloorMs && beyondPercent(-deltaMs)
    };
}
function unmatchedComparison(kind, step, p95) {
    return {
        kind,
        trackItemId: step.trackItemId,
        stepId: step.stepId,
        title: step.title,
        ...p95,
        regression: false,
        improvement: false
    };
}
function medianStep(template, members) {
    const step = { ...template };
    if (members.length === 1)
        return step;
    for (const field of model/* STEP_FIGURE_NAMES */.HE)
        step[field] = median(members.map((member) => member[field]));
    return step;
}
/** The median of values, which it sorts in place. */
function median(values) {
    values.sort((a, b) => a - b);
    const middle = Math.floor(values.length / 2);
    return values.length % 2 === 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}
function placedSteps(metrics) {
    return metrics.trackItems.flatMap((trackItem) => trackItem.steps.map((step) => ({
        trackItemId: trackItem.trackItemId,
        stepId: step.stepId,
        title: step.title,
        trackItem,
        step
    })));
}
/**
 * Pairs the steps of two runs within each track item: first by step ID, then the rest by title
 * (step IDs can change when a sequence is edited). Each step is used at most once.
 */
function pairSteps(left, right) {
    const partners = new Map();
    const taken = new Set();
    const rightByTrackItem = groupBy(right, (step) => step.trackItemId);
    for (const [trackItemId, lefts] of groupBy(left, (step) => step.trackItemId)) {
        const rights = rightByTrackItem.get(trackItemId);
        if (rights === undefined)
            continue;
        for (const keyOf of [(step) => step.stepId, (step) => step.title]) {
            const candidates = groupBy(rights.filter((step) => !taken.has(step)).reverse(), keyOf);
            for (const step of lefts) {
                if (partners.has(step))
                    continue;
                // each group is reversed, so pop() takes the earliest unused step
                const partner = candidates.get(keyOf(step))?.pop();
                if (partner === undefined)
                    continue;
                partners.set(step, partner);
                taken.add(partner);
            }
        }
    }
    return {
        pairs: left.flatMap((step) => {
            const partner = partners.get(step);
            return partner === undefined ? [] : [[step, partner]];
        }),
        leftOnly: left.filter((step) => !partners.has(step)),
        rightOnly: right.filter((step) => !taken.has(step))
    };
}
function groupBy(items, keyOf) {
    const groups = new Map();
    for (const item of items) {
        const key = keyOf(item);
        const group = groups.get(key);
        if (group === undefined)
            groups.set(key, [item]);
        else
            group.push(item);
    }
    return groups;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/verdict/thresholds.ts
var thresholds = __webpack_require__(92421);
;// CONCATENATED MODULE: ./src/verdict/evaluate.ts



/** Every place where a criterion does not hold, each with a sentence naming it. */
function evaluateCriteria(metrics, criteria) {
    const breaches = [];
    for (const criterion of criteria) {
        for (const target of targetsOf(metrics, criterion)) {
            if (holds(target.value, criterion.comparator, criterion.limit))
                continue;
            const { label, ...where } = target;
            breaches.push({
                criterion,
                ...where,
                message: `${label}: ${criterion.metric} was ${withUnit(criterion.metric, target.value)}, limit ${criterion.comparator} ${withUnit(criterion.metric, criterion.limit)}`
            });
        }
    }
    return breaches;
}
/** Criteria scoped to a step title or track item that match nothing in the run, to warn about. */
function unmatchedCriteria(metrics, criteria) {
    return criteria.filter((criterion) => criterion.scope.kind !== 'run' && targetsOf(metrics, criterion).length === 0);
}
function targetsOf(metrics, criterion) {
    const { scope, metric } = criterion;
    if (scope.kind === 'step') {
        const matches = picomatch_default()(scope.titleGlob, thresholds/* TITLE_GLOB_OPTIONS */.XH);
        return metrics.trackItems.flatMap((trackItem) => trackItem.steps
            .filter((step) => matches(step.title))
            .map((step) => stepTarget(trackItem, step, metric)));
    }
    const trackItems = scope.kind === 'track-item'
        ? metrics.trackItems.filter((trackItem) => trackItem.trackItemId === scope.trackItemId)
        : metrics.trackItems;
    if (thresholds/* TIME_METRICS */.Sh.has(metric)) {
        return trackItems.flatMap((trackItem) => trackItem.steps.map((step) => stepTarget(trackItem, step, metric)));
    }
    if (scope.kind === 'track-item')
        return trackItems.map((item) => trackItemTarget(item, metric));
    return [{ label: 'Run', value: countValue(metrics.totals, metric) }];
}
function stepTarget(trackItem, step, metric) {
    return {
        label: `Step "${step.title}" (${trackItem.title})`,
        value: stepValue(step, metric),
        trackItemId: trackItem.trackItemId,
        stepId: step.stepId,
        stepTitle: step.title
    };
}
function trackItemTarget(trackItem, metric) {
    let requests = 0;
    let errors = 0;
    for (const step of trackItem.steps) {
        requests += step.requests;
        errors += step.errors;
    }
    return {
        label: `Track item "${trackItem.title}" (${trackItem.trackItemId})`,
        value: countValue({ requests, errors, errorRate: (0,figures/* errorRate */.zi)(errors, requests) }, metric),
        trackItemId: trackItem.trackItemId
    };
}
function stepValue(step, metric) {
    return metric === 'error-rate' ? step.errorRate : step[metric];
}
function countValue(totals, metric) {
    if (metric === 'error-rate')
        return totals.errorRate;
    return metric === 'errors' ? totals.errors : totals.requests;
}
function holds(value, comparator, limit) {
    switch (comparator) {
        case '<':
            return value < limit;
        case '<=':
            return value <= limit;
        case '>':
            return value > limit;
        case '>=':
            return value >= limit;
        case '==':
            return value === limit;
        case '!=':
            return value !== limit;
    }
}
function withUnit(metric, value) {
    if (thresholds/* TIME_METRICS */.Sh.has(metric))
        return `${readable(value)} ms`;
    return metric === 'error-rate' ? `${readable(value)}%` : readable(value);
}
/** Two decimals at most, but never rounds a small non-zero figure down to 0. */
function readable(value) {
    const rounded = Number(value.toFixed(2));
    return String(rounded === 0 && value !== 0 ? Number(value.toPrecision(2)) : rounded);
}

;// CONCATENATED MODULE: ./src/verdict/verdict.ts
/**
 * `error` when the run did not finish (any status but Finished, or a problem such as a timeout):
 * an infrastructure failure, told apart from `failed`, a performance one (a breached threshold or a
 * regressed step). Otherwise `passed`.
 */
function decideVerdict(input) {
    const regressions = input.comparison?.steps.filter((step) => step.regression) ?? [];
    const judged = {
        breaches: input.breaches,
        regressions,
        ...(input.comparison === undefined ? {} : { baseline: input.comparison })
    };
    const unfinished = runProblemReason(input.runStatus, input.runProblem);
    if (unfinished !== undefined)
        return { result: 'error', reason: unfinished, ...judged };
    if (input.breaches.length > 0 || regressions.length > 0) {
        return {
            result: 'failed',
            reason: failureReason(input.breaches, regressions.length),
            ...judged
        };
    }
    return { result: 'passed', reason: passReason(input), ...judged };
}
function runProblemReason(status, problem) {
    if (problem !== undefined && problem !== '')
        return problem;
    if (status.toLowerCase() !== 'finished')
        return `the run ended with status ${status}`;
    return undefined;
}
function failureReason(breaches, regressionCount) {
    const parts = [];
    if (breaches.length > 0) {
        const criteria = new Set(breaches.map((breach) => breach.criterion)).size;
        const times = breaches.length > criteria ? ` (${breaches.length} breaches)` : '';
        parts.push(`${counted(criteria, 'threshold', 'thresholds')} breached${times}`);
    }
    if (regressionCount > 0) {
        parts.push(`${counted(regressionCount, 'step', 'steps')} regressed against the baseline`);
    }
    return parts.join(', ');
}
function passReason(input) {
    const steps = input.stepCount === undefined ? 'all steps' : counted(input.stepCount, 'step', 'steps');
    const checks = [];
    if (input.criteriaCount === undefined)
        checks.push('no threshold breached');
    else if (input.criteriaCount > 0) {
        checks.push(`${steps} within ${counted(input.criteriaCount, 'criterion', 'criteria')}`);
    }
    if (input.comparison?.maxRegressionPercent !== undefined) {
        checks.push('no regression against the baseline');
    }
    if (checks.length === 0)
        return `passed: ${steps} finished; no thresholds or regression limit set`;
    return `passed: ${checks.join(', ')}`;
}
function counted(count, one, many) {
    return `${count} ${count === 1 ? one : many}`;
}

;// CONCATENATED MODULE: ./src/verdict/judge.ts




/** The server gives figures, not a verdict: thresholds and the baseline decide. */
async function judgeRun(input) {
    const { metrics, log } = input;
    const breaches = evaluateCriteria(metrics, input.criteria);
    for (const criterion of unmatchedCriteria(metrics, input.criteria)) {
        log.warning(`Threshold "${criterion.source}" matched no step of this run.`);
    }
    const baseline = await loadBaseline(input);
    const comparison = baseline &&
        compareWithBaseline(metrics, medianBaseline(baseline.runs), {
            maxRegressionPercent: input.maxRegressionPercent,
            noiseFloorMs: input.noiseFloorMs,
            baselineRuns: baseline.refs
        });
    return decideVerdict({
        runStatus: metrics.status,
        runProblem: input.runProblem,
        breaches,
        comparison,
        stepCount: (0,figures/* allSteps */.Bd)(metrics).length,
        criteriaCount: input.criteria.length
    });
}
async function loadBaseline(input) {
    const { baseline, log } = input;
    if (!baseline)
        return undefined;
    if (baseline.kind === 'auto')
        return input.findAutoBaseline?.(baseline.runs);
    try {
        const metrics = await (0,figures/* readRunMetrics */.xD)(baseline.path);
        log.info(`Baseline: run ${metrics.runId} from ${baseline.path}`);
        return {
            runs: [metrics],
            refs: [
                {
                    runId: metrics.runId,
                    url: metrics.source?.workflowRunUrl,
                    finishedAt: metrics.finishedAt
                }
            ]
        };
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        log.warning(`The baseline could not be read, so the run is judged on thresholds alone: ${reason}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/present/chart.ts
/** A Mermaid bar chart of the slowest steps' p95, which GitHub renders in summaries and comments. */

const DEFAULT_MAX_BARS = 20;
const DEFAULT_MAX_LABEL_LENGTH = 28;
/**
 * A caption and a fenced `xychart-beta` block of the slowest steps by p95, or an empty string when
 * there are no steps. Horizontal, so step titles stay readable on the category axis.
 */
function renderP95Chart(steps, options = {}) {
    if (steps.length === 0)
        return '';
    const maxBars = options.maxBars ?? DEFAULT_MAX_BARS;
    const slowest = [...steps].sort(slowestFirst).slice(0, maxBars);
    const scope = slowest.length < steps.length
        ? `slowest ${slowest.length} of ${formatCount(steps.length)} steps`
        : `${steps.length} ${steps.length === 1 ? 'step' : 'steps'}`;
    const labels = uniqueLabels(slowest.map(({ step }) => chartLabel(step.title, options.maxLabelLength ?? DEFAULT_MAX_LABEL_LENGTH)));
    const values = slowest.map(({ step }) => (Number.isFinite(step.p95) ? Math.round(step.p95) : 0));
    return [
        `p95 per step, ${scope}:`,
        '',
        '```mermaid',
        'xychart-beta horizontal',
        `  title "p95 per step (${scope})"`,
        `  x-axis [${labels.map((label) => `"${label}"`).join(', ')}]`,
        '  y-axis "p95 (ms)"',
        `  bar [${values.join(', ')}]`,
        '```'
    ].join('\n');
}
/**
 * A title that cannot end the quoted label or the line, nor start a Mermaid directive or markdown
 * string, shortened in the middle so both the method and the end of a path stay visible.
 */
function chartLabel(title, maxLength) {
    const plain = stripControlCharacters(title)
        .replace(/\s+/g, ' ')
        .replace(/["`]/g, "'")
        .replace(/%+/g, '%')
        .replace(/</g, '‹')
        .replace(/>/g, '›')
        .trim();
    const characters = Array.from(plain);
    if (characters.length <= maxLength)
        return plain || '(untitled)';
    const head = Math.ceil((maxLength - 1) / 2);
    const tail = maxLength - 1 - head;
    const start = characters.slice(0, head).join('').trimEnd();
    const end = characters
        .slice(characters.length - tail)
        .join('')
        .trimStart();
    return `${start}…${end}`;
}
/** Mermaid merges bars with equal labels, so repeated labels get a number. */
function uniqueLabels(labels) {
    const used = new Set();
    return labels.map((label) => {
        let unique = label;
        for (let count = 2; used.has(unique); count += 1)
            unique = `${label} (${count})`;
        used.add(unique);
        return unique;
    });
}

;// CONCATENATED MODULE: ./src/present/summary.ts
/** The job summary: verdict and headline figures first, then every step's figures within 1 MiB. */


const DEFAULT_MAX_BYTES = 1_000_000;
const MAX_LISTED = 50;
const MAX_NOTES = 20;
const MAX_TITLE_LENGTH = 200;
const MAX_MESSAGE_LENGTH = 500;
const MAX_AI_CHARACTERS = 50_000;
/** Room for rounding in the byte budget: separators and the omission sentence's exact wording. */
const BUDGET_SLACK = 256;
const STEP_COLUMNS = [
    'Step',
    'Requests',
    'Errors',
    'Error rate',
    'Average',
    'Median',
    'p90',
    'p95',
    'p99',
    'Max'
];
const BASELINE_COLUMNS = ['Baseline p95', 'Δ p95', 'Δ %'];
const SECTION_SEPARATOR = '\n\n';
function renderSummary(input, options = {}) {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const context = buildContext(input);
    const leading = [
        headline(input),
        notesSection(input.notes ?? []),
        breachesSection(input.verdict),
        baselineSection(context)
    ].filter((section) => section !== '');
    let chart = context.steps.length > 0 ? `### p95 per step\n\n${renderP95Chart(context.steps)}` : '';
    let ai = aiSection(input.aiAnalysis, maxBytes, input.links);
    const stepsHeading = stepsHeadingSection(context);
    const omissionBound = omissionSentence(context.steps.length, context.steps.length, input.links);
    const fixedBytes = () => sectionsBytes([...leading, chart, stepsHeading, omissionBound, ai]) + BUDGET_SLACK;
    if (fixedBytes() > maxBytes)
        ai = '';
    if (fixedBytes() > maxBytes)
        chart = '';
    const tables = stepTables(context, maxBytes - fixedBytes());
    const omitted = context.steps.length - tables.shownSteps;
    const markdown = [
        ...leading,
        chart,
        stepsHeading,
        omitted > 0 ? omissionSentence(omitted, context.steps.length, input.links) : '',
        ...tables.blocks,
        ai
    ]
        .filter((section) => section !== '')
        .join(SECTION_SEPARATOR);
    return { markdown: `${markdown}\n`, omittedSteps: omitted };
}
function buildContext(input) {
    const steps = allSteps(input.metrics);
    const comparisons = new Map();
    for (const comparison of input.verdict.baseline?.steps ?? []) {
        comparisons.set(stepKey(comparison.trackItemId, comparison.stepId), comparison);
    }
    const trackItemTitles = new Map(input.metrics.trackItems.map((item) => [item.trackItemId, item.title]));
    return {
        input,
        steps,
        gated: gatedStepKeys(input.verdict, indexSteps(steps)),
        comparisons,
        trackItemTitles
    };
}
function headline({ metrics, verdict, links }) {
    const lines = [`## ${verdictHeadline(verdict)}`, runFacts(metrics), keyFigures(metrics)];
    const linkLine = linksLine(links);
    if (linkLine)
        lines.push(linkLine);
    return lines.join(SECTION_SEPARATOR);
}
function runFacts(metrics) {
    const title = escapeMarkdownCell(truncate(metrics.timelineTitle || metrics.timelineId, 200));
    return [
        `**${title}**`,
        `run ${inlineCode(truncate(metrics.runId, 200))}`,
        `status **${escapeMarkdownCell(metrics.status)}**`,
        `duration ${formatDuration(metrics.durationSeconds)}`,
        `planned ${formatDuration(metrics.plannedRunTime)}`,
        `estimated virtual-user usage ${formatCount(metrics.estimatedVum)} VUM`
    ].join(' · ');
}
function keyFigures(metrics) {
    return `**Worst p95:** ${worstP95Text(metrics, MAX_TITLE_LENGTH)} · **Error rate:** ${errorRateText(metrics)}`;
}
function linksLine(links = {}) {
    const parts = [];
    if (links.artifactName || links.artifactUrl) {
        parts.push(`📦 Reports: ${reportsLocation(links)}`);
    }
    if (links.workflowRunUrl)
        parts.push(markdownLink('workflow run', links.workflowRunUrl));
    return parts.join(' · ');
}
/** Where the full reports are: the artifact when it was uploaded, else the report directory. */
function reportsLocation(links = {}) {
    if (!links.artifactName && !links.artifactUrl)
        return 'the report directory (`report-dir` output)';
    return `artifact ${markdownLink(links.artifactName ?? 'reports', links.artifactUrl)}`;
}
function notesSection(notes) {
    if (notes.length === 0)
        return '';
    const listed = notes
        .slice(0, MAX_NOTES)
        .map((note) => `- ⚠️ ${escapeMarkdownCell(truncate(note, MAX_MESSAGE_LENGTH))}`);
    return [
        `**Warnings**`,
        '',
        ...listed,
        ...moreLine(notes.length - listed.length, 'warnings')
    ].join('\n');
}
function breachesSection(verdict) {
    const { breaches } = verdict;
    if (breaches.length === 0)
        return '';
    const listed = breaches
        .slice(0, MAX_LISTED)
        .map((breach) => `- ❌ ${escapeMarkdownCell(truncate(breach.message, MAX_MESSAGE_LENGTH))}`);
    return [
        `### ❌ ${plural(breaches.length, 'threshold breach', 'threshold breaches')}`,
        '',
        ...listed,
        ...moreLine(breaches.length - listed.length, 'breaches')
    ].join('\n');
}
function baselineSection(context) {
    const { baseline, regressions } = context.input.verdict;
    if (!baseline)
        return '';
    const newSteps = baseline.steps.filter((step) => step.kind === 'new');
    const vanished = baseline.steps.filter((step) => step.kind === 'vanished');
    const improved = baseline.steps.filter((step) => step.improvement);
    const parts = [
        '### Compared with the baseline',
        baselineDescription(baseline),
        [
            `🔺 ${plural(regressions.length, 'regression', 'regressions')}`,
            `✅ ${formatCount(improved.length)} faster`,
            `🆕 ${formatCount(newSteps.length)} new`,
            `${formatCount(vanished.length)} vanished`
        ].join(' · ')
    ];
    if (regressions.length > 0) {
        const sorted = [...regressions].sort((a, b) => (b.deltaMs ?? 0) - (a.deltaMs ?? 0));
        parts.push([
            '**🔺 Regressions**',
            '',
            ...sorted
                .slice(0, MAX_LISTED)
                .map((step) => `- ❌ ${comparedStepName(context, step)}: ${p95Change(step)}`),
            ...moreLine(regressions.length - MAX_LISTED, 'regressions')
        ].join('\n'));
    }
    if (newSteps.length > 0)
        parts.push(`**🆕 New steps:** ${stepNameList(context, newSteps)}`);
    if (vanished.length > 0)
        parts.push(`**Vanished steps:** ${stepNameList(context, vanished)}`);
    return parts.join(SECTION_SEPARATOR);
}
function baselineDescription(baseline) {
    const runs = baseline.runs
        .slice(0, 10)
        .map((run) => markdownLink(run.runId, run.url))
        .join(', ');
    const source = baseline.runs.length > 1
        ? `the median of ${baseline.runs.length} runs: ${runs}`
        : `run ${runs || 'unknown'}`;
    const limits = [`noise floor ${formatMs(baseline.noiseFloorMs)}`];
    if (baseline.maxRegressionPercent !== undefined) {
        limits.push(`a step regresses when its p95 grows by more than ${formatPercent(baseline.maxRegressionPercent)}`);
    }
    return `Baseline: ${source} · ${limits.join(' · ')}`;
}
function comparedStepName(context, step) {
    const trackItem = context.trackItemTitles.get(step.trackItemId) ?? step.trackItemId;
    return `${escapeMarkdownCell(truncate(step.title, MAX_TITLE_LENGTH))} (${escapeMarkdownCell(truncate(trackItem, MAX_TITLE_LENGTH))})`;
}
function stepNameList(context, steps) {
    const names = steps.slice(0, MAX_LISTED).map((step) => comparedStepName(context, step));
    const more = steps.length - names.length;
    return more > 0 ? `${names.join(', ')} and ${formatCount(more)} more` : names.join(', ');
}
function stepsHeadingSection(context) {
    if (context.steps.length === 0)
        return '### Steps\n\nNo step figures were reported.';
    const legend = ['Slowest p95 first.', '❌ breached a threshold or regressed.'];
    if (context.input.verdict.baseline) {
        legend.push('🔺 slower than the baseline, ✅ faster, 🆕 not in the baseline.');
    }
    return `### Steps\n\n${legend.join(' ')}`;
}
function omissionSentence(omitted, total, links) {
    return (`**${formatCount(omitted)} of ${formatCount(total)} steps are not shown** to keep this summary ` +
        `within GitHub's size limit. The tables keep the slowest steps by p95 and every step that ` +
        `breached a threshold or regressed; every step is in \`metrics.json\` and the Excel report ` +
        `in ${reportsLocation(links)}.`);
}
/**
 * Fills the byte budget with rows, gated steps first and then the slowest, rendering each row once
 * so that runs with tens of thousands of steps stay fast.
 */
function stepTables(context, budget) {
    const withBaseline = context.input.verdict.baseline !== undefined;
    const candidates = context.steps
        .map((view) => ({ view, key: stepKey(view.trackItem.trackItemId, view.step.stepId) }))
        .sort((a, b) => Number(context.gated.has(b.key)) - Number(context.gated.has(a.key)) ||
        slowestFirst(a.view, b.view));
    const kept = new Map();
    const rows = new Map();
    let used = 0;
    for (const { view, key } of candidates) {
        const row = stepRow(view, context.gated.has(key), context.comparisons.get(key), withBaseline);
        const opening = kept.has(view.trackItem) ? 0 : trackItemOverhead(view.trackItem, context);
        const cost = Buffer.byteLength(row) + 1 + opening;
        if (used + cost > budget)
            break;
        used += cost;
        rows.set(view, row);
        const views = kept.get(view.trackItem);
        if (views)
            views.push(view);
        else
            kept.set(view.trackItem, [view]);
    }
    const blocks = context.input.metrics.trackItems
        .filter((trackItem) => kept.has(trackItem))
        .map((trackItem) => {
        const views = (kept.get(trackItem) ?? []).sort(slowestFirst);
        return trackItemBlock(trackItem, views.map((view) => rows.get(view) ?? ''), withBaseline);
    });
    return { blocks, shownSteps: rows.size };
}
function trackItemOverhead(trackItem, context) {
    const withBaseline = context.input.verdict.baseline !== undefined;
    const block = trackItemBlock(trackItem, [], withBaseline);
    const longestFooter = notShownLine(trackItem.steps.length);
    return Buffer.byteLength(block) + Buffer.byteLength(longestFooter) + 2 * SECTION_SEPARATOR.length;
}
function trackItemBlock(trackItem, rows, withBaseline) {
    const columns = withBaseline ? [...STEP_COLUMNS, ...BASELINE_COLUMNS] : STEP_COLUMNS;
    const alignment = columns.map((_, column) => (column === 0 ? '---' : '---:'));
    const region = trackItem.region ? ` · ${escapeMarkdownCell(trackItem.region)}` : '';
    const heading = `#### ${escapeMarkdownCell(truncate(trackItem.title || trackItem.trackItemId, MAX_TITLE_LENGTH))}${region}`;
    const table = [`| ${columns.join(' | ')} |`, `| ${alignment.join(' | ')} |`, ...rows].join('\n');
    const hidden = trackItem.steps.length - rows.length;
    const parts = [heading, table];
    if (rows.length > 0 && hidden > 0)
        parts.push(notShownLine(hidden));
    return parts.join(SECTION_SEPARATOR);
}
function notShownLine(hidden) {
    return `_${plural(hidden, 'more step', 'more steps')} of this track item not shown._`;
}
function stepRow({ step }, gated, comparison, withBaseline) {
    const title = escapeMarkdownCell(truncate(step.title || step.stepId, MAX_TITLE_LENGTH));
    const cells = [
        gated ? `❌ ${title}` : title,
        formatCount(step.requests),
        formatCount(step.errors),
        formatPercent(step.errorRate),
        formatMs(step.average),
        formatMs(step.median),
        formatMs(step.p90),
        formatMs(step.p95),
        formatMs(step.p99),
        formatMs(step.max)
    ];
    if (withBaseline)
        cells.push(...baselineCells(comparison));
    return `| ${cells.join(' | ')} |`;
}
function baselineCells(comparison) {
    if (!comparison || comparison.kind === 'vanished')
        return ['–', '–', '–'];
    if (comparison.kind === 'new')
        return ['🆕 new', '–', '–'];
    const mark = comparison.regression ? '🔺 ' : comparison.improvement ? '✅ ' : '';
    return [
        formatMs(comparison.baselineP95 ?? NaN),
        formatMs(comparison.deltaMs ?? NaN, { signed: true }),
        `${mark}${formatPercent(comparison.deltaPercent ?? NaN, { signed: true })}`
    ];
}
function aiSection(text, maxBytes, links) {
    if (!text || text.trim() === '')
        return '';
    const cap = Math.floor(maxBytes / 4);
    let length = Math.min(text.length, MAX_AI_CHARACTERS);
    let body = escapeMarkdownText(truncate(text, length));
    while (Buffer.byteLength(body) > cap && length > 0) {
        length = Math.floor(length / 2);
        body = escapeMarkdownText(truncate(text, length));
    }
    if (length < text.length) {
        body += `\n\n_The analysis is cut short here; the full text is in ${reportsLocation(links)}._`;
    }
    return `<details><summary>AI analysis</summary>\n\n${body}\n\n</details>`;
}
function moreLine(more, what) {
    return more > 0 ? [`- …and ${formatCount(more)} more ${what}.`] : [];
}
function plural(count, one, many) {
    return `${formatCount(count)} ${count === 1 ? one : many}`;
}
function sectionsBytes(sections) {
    const present = sections.filter((section) => section !== '');
    const separators = Math.max(0, present.length - 1) * SECTION_SEPARATOR.length;
    return present.reduce((total, section) => total + Buffer.byteLength(section), separators);
}

;// CONCATENATED MODULE: ./src/present/junit.ts
/**
 * JUnit XML for test reporters: one test case per step, failed by the breaches and regressions that
 * concern it, and one "run" test case for what concerns the whole run.
 *
 * A step's time is its average response time in seconds: JUnit's time is how long one execution of
 * a test took, which the average describes, while p95 is a tail figure that reporters would add up
 * into a meaningless total. The p95 and every other figure is in the failure text, the summary and
 * metrics.json.
 */

const TIME_METRICS = new Set(['min', 'average', 'median', 'p90', 'p95', 'p99', 'max']);
const INVALID_XML = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function renderJUnit(input) {
    const { metrics, verdict } = input;
    const suiteName = metrics.timelineTitle || metrics.timelineId;
    const steps = allSteps(metrics);
    const index = indexSteps(steps);
    const stepFailures = new Map();
    const runCase = {
        classname: suiteName,
        name: 'run',
        seconds: metrics.durationSeconds,
        failures: [],
        error: verdict.result === 'error' ? verdict.reason : undefined
    };
    const fileUnder = (trackItemId, stepId, failure) => {
        const view = stepId === undefined ? undefined : index.get(stepKey(trackItemId, stepId));
        const failures = view ? stepFailures.get(view) : runCase.failures;
        if (failures)
            failures.push(failure);
        else if (view)
            stepFailures.set(view, [failure]);
    };
    for (const breach of verdict.breaches) {
        fileUnder(breach.trackItemId, breach.stepId, thresholdFailure(breach));
    }
    for (const regression of verdict.regressions) {
        fileUnder(regression.trackItemId, regression.stepId, regressionFailure(regression));
    }
    const cases = [
        runCase,
        ...steps.map((view) => ({
            classname: view.trackItem.title || view.trackItem.trackItemId,
            name: view.step.title || view.step.stepId,
            seconds: view.step.average / 1000,
            failures: stepFailures.get(view) ?? []
        }))
    ];
    const errors = cases.filter((testCase) => testCase.error !== undefined).length;
    const failures = cases.filter((testCase) => !testCase.error && testCase.failures.length > 0).length;
    const counts = `tests="${cases.length}" failures="${failures}" errors="${errors}"`;
    const time = `time="${seconds(metrics.durationSeconds)}"`;
    const timestamp = metrics.startedAt ? ` timestamp="${attribute(metrics.startedAt)}"` : '';
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="Leapwork Performance" ${counts} ${time}>`,
        `  <testsuite name="${attribute(suiteName)}" ${counts} skipped="0" ${time}${timestamp}>`,
        '    <properties>',
        property('leapwork.runId', metrics.runId),
        property('leapwork.timelineId', metrics.timelineId),
        property('leapwork.status', metrics.status),
        property('leapwork.result', verdict.result),
        property('leapwork.reason', verdict.reason),
        '    </properties>',
        ...cases.map(testCaseXml),
        '  </testsuite>',
        '</testsuites>',
        ''
    ].join('\n');
}
function thresholdFailure(breach) {
    const { criterion, value } = breach;
    return {
        type: 'threshold',
        message: breach.message,
        details: `Criterion: ${criterion.source}\nMeasured ${criterion.metric}: ${metricValue(criterion.metric, value)}`
    };
}
function regressionFailure(comparison) {
    const change = p95Change(comparison);
    return {
        type: 'regression',
        message: `p95 regressed against the baseline: ${change}`,
        details: `Baseline p95 → current p95: ${change}`
    };
}
function metricValue(metric, value) {
    if (TIME_METRICS.has(metric))
        return formatMs(value);
    return metric === 'error-rate' ? formatPercent(value) : formatCount(value);
}
function testCaseXml(testCase) {
    const open = `    <testcase classname="${attribute(testCase.classname)}" name="${attribute(testCase.name)}" time="${seconds(testCase.seconds)}"`;
    if (testCase.failures.length === 0 && testCase.error === undefined)
        return `${open}/>`;
    const children = testCase.failures.map((failure) => `      <failure message="${attribute(failure.message)}" type="${failure.type}">${junit_text(failure.details)}</failure>`);
    if (testCase.error !== undefined) {
        children.push(`      <error message="${attribute(testCase.error)}" type="run">${junit_text(testCase.error)}</error>`);
    }
    return [`${open}>`, ...children, '    </testcase>'].join('\n');
}
function property(name, value) {
    return `      <property name="${name}" value="${attribute(value)}"/>`;
}
function seconds(value) {
    return Number.isFinite(value) && value > 0 ? value.toFixed(3) : '0';
}
function junit_text(value) {
    return stripControlCharacters(value)
        .replace(INVALID_XML, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\r/g, '&#13;');
}
function attribute(value) {
    return junit_text(value)
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
        .replace(/\n/g, '&#10;')
        .replace(/\t/g, '&#9;');
}

;// CONCATENATED MODULE: ./src/present/comment-body.ts
/** The pull request comment: a compact view of the verdict, kept far below GitHub's size limit. */

const MARKER_PREFIX = 'leapwork-performance-action:';
const SLOWEST_STEPS = 10;
const MAX_BREACHES = 10;
const MAX_REGRESSIONS = 10;
const MAX_IMPROVEMENTS = 5;
const comment_body_MAX_NOTES = 5;
const MAX_BASELINE_RUNS = 5;
const comment_body_MAX_TITLE_LENGTH = 80;
const comment_body_MAX_MESSAGE_LENGTH = 300;
/**
 * The hidden line that finds this job's comment again on the next run. Values are percent-encoded
 * where they could end the HTML comment or blur the boundary between the two values.
 */
function commentMarker(timelineId, job) {
    return `<!-- ${MARKER_PREFIX} timeline=${markerValue(timelineId)} job=${markerValue(job)} -->`;
}
function renderComment(input) {
    const { metrics, verdict } = input;
    const sections = [
        `${input.marker}\n### ${verdictHeadline(verdict)}`,
        runLine(input),
        comment_body_notesSection(input.notes ?? []),
        comment_body_breachesSection(input),
        verdict.baseline ? comment_body_baselineSection(input, verdict.baseline) : '',
        metrics.trackItems.some((item) => item.steps.length > 0) ? slowestSection(input) : '',
        comment_body_linksLine(input.links ?? {})
    ];
    return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}
function markerValue(value) {
    return value
        .replace(/[%<>\s\p{Cc}]/gu, (character) => encodeURIComponent(character))
        .replace(/--/g, '-%2D');
}
function runLine({ metrics }) {
    const title = escapeMarkdownCell(truncate(metrics.timelineTitle || metrics.timelineId, 120));
    return [
        `**${title}**`,
        `run ${inlineCode(truncate(metrics.runId, 120))}`,
        `${escapeMarkdownCell(truncate(metrics.status, 40))} in ${formatDuration(metrics.durationSeconds)}`,
        `worst p95 ${worstP95Text(metrics, comment_body_MAX_TITLE_LENGTH)}`,
        `error rate ${errorRateText(metrics)}`
    ].join(' · ');
}
function comment_body_notesSection(notes) {
    return notes
        .slice(0, comment_body_MAX_NOTES)
        .map((note) => `⚠️ ${escapeMarkdownCell(truncate(note, comment_body_MAX_MESSAGE_LENGTH))}`)
        .join('\\\n');
}
function comment_body_breachesSection({ verdict }) {
    const { breaches } = verdict;
    if (breaches.length === 0)
        return '';
    const lines = breaches
        .slice(0, MAX_BREACHES)
        .map((breach) => `- ❌ ${escapeMarkdownCell(truncate(breach.message, comment_body_MAX_MESSAGE_LENGTH))}`);
    if (breaches.length > lines.length) {
        lines.push(`- …and ${formatCount(breaches.length - lines.length)} more in the summary.`);
    }
    return [`**Breaches (${formatCount(breaches.length)})**`, ...lines].join('\n');
}
function comment_body_baselineSection(input, baseline) {
    const regressions = [...input.verdict.regressions].sort((a, b) => (b.deltaMs ?? 0) - (a.deltaMs ?? 0));
    const improvements = baseline.steps
        .filter((step) => step.improvement)
        .sort((a, b) => (a.deltaMs ?? 0) - (b.deltaMs ?? 0));
    const counts = [
        `🔺 ${formatCount(regressions.length)} slower`,
        `✅ ${formatCount(improvements.length)} faster`,
        `🆕 ${formatCount(baseline.steps.filter((step) => step.kind === 'new').length)} new`,
        `${formatCount(baseline.steps.filter((step) => step.kind === 'vanished').length)} vanished`
    ].join(' · ');
    const lines = [`**Compared with ${baselineRuns(baseline)}:** ${counts}`];
    const changed = [
        ...regressions.slice(0, MAX_REGRESSIONS),
        ...improvements.slice(0, MAX_IMPROVEMENTS)
    ];
    if (changed.length > 0) {
        const titles = trackItemTitles(input);
        lines.push('', '| Step | Track item | Baseline p95 | p95 | Change |', '| --- | --- | ---: | ---: | ---: |', ...changed.map((step) => changeRow(step, titles)));
    }
    return lines.join('\n');
}
function baselineRuns(baseline) {
    const links = baseline.runs
        .slice(0, MAX_BASELINE_RUNS)
        .map((run) => markdownLink(truncate(run.runId, 80), run.url));
    if (baseline.runs.length > 1) {
        const more = baseline.runs.length > links.length ? ', …' : '';
        return `the median of ${baseline.runs.length} runs (${links.join(', ')}${more})`;
    }
    return `run ${links[0] ?? 'unknown'}`;
}
function changeRow(step, titles) {
    const mark = step.regression ? '🔺' : '✅';
    const change = `${mark} ${formatMs(step.deltaMs ?? NaN, { signed: true })} (${formatPercent(step.deltaPercent ?? NaN, { signed: true })})`;
    return tableRow([
        cell(step.title),
        cell(titles.get(step.trackItemId) ?? step.trackItemId),
        formatMs(step.baselineP95 ?? NaN),
        formatMs(step.currentP95 ?? NaN),
        change
    ]);
}
function slowestSection(input) {
    const steps = allSteps(input.metrics);
    const slowest = [...steps].sort(slowestFirst).slice(0, SLOWEST_STEPS);
    const heading = steps.length > slowest.length
        ? `**Slowest ${slowest.length} of ${formatCount(steps.length)} steps by p95**`
        : '**Steps by p95**';
    return [
        heading,
        '',
        '| Step | Track item | Requests | Error rate | p95 | p99 |',
        '| --- | --- | ---: | ---: | ---: | ---: |',
        ...slowest.map(({ trackItem, step }) => tableRow([
            cell(step.title || step.stepId),
            cell(trackItem.title || trackItem.trackItemId),
            formatCount(step.requests),
            formatPercent(step.errorRate),
            formatMs(step.p95),
            formatMs(step.p99)
        ]))
    ].join('\n');
}
function comment_body_linksLine(links) {
    const parts = [];
    const summaryUrl = links.summaryUrl ?? links.workflowRunUrl;
    if (summaryUrl)
        parts.push(markdownLink('Full results in the job summary', summaryUrl));
    if (links.artifactUrl || links.artifactName) {
        parts.push(`📦 ${markdownLink(`Reports: ${links.artifactName ?? 'artifact'}`, links.artifactUrl)}`);
    }
    return parts.join(' · ');
}
function trackItemTitles({ metrics }) {
    return new Map(metrics.trackItems.map((item) => [item.trackItemId, item.title]));
}
function cell(text) {
    return escapeMarkdownCell(truncate(text, comment_body_MAX_TITLE_LENGTH));
}
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}

;// CONCATENATED MODULE: ./src/github/comment.ts
const COMMENT_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** The pull request this workflow run is for, or undefined on other events. */
async function pullRequestNumber() {
    if (!COMMENT_EVENTS.has(process.env.GITHUB_EVENT_NAME ?? ''))
        return undefined;
    const { context } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 61351));
    return context.payload.pull_request?.number;
}
/**
 * Keeps one comment per timeline and job on the pull request: found again by its hidden marker
 * and edited in place, so a push does not add another comment.
 */
async function upsertPullRequestComment(pullNumber, body, marker, token, log) {
    const { context, getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 61351));
    const octokit = getOctokit(token, { baseUrl: process.env.GITHUB_API_URL || undefined });
    const { owner, repo } = context.repo;
    try {
        const existing = await octokit.paginate(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: pullNumber,
            per_page: 100
        });
        const ours = existing.find((comment) => comment.body?.includes(marker));
        if (ours) {
            await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body });
            log.info(`Updated the results comment on pull request #${pullNumber}.`);
        }
        else {
            await octokit.rest.issues.createComment({ owner, repo, issue_number: pullNumber, body });
            log.info(`Commented the results on pull request #${pullNumber}.`);
        }
    }
    catch (error) {
        const status = error.status;
        const reason = error instanceof Error ? error.message : String(error);
        const hint = status === 403 || status === 404
            ? ' The token cannot write to this pull request (a pull request from a fork gets a read-only token); grant "pull-requests: write" or set comment: false.'
            : '';
        log.warning(`The pull request comment could not be written: ${reason}.${hint}`);
    }
}

;// CONCATENATED MODULE: ./src/github/publish.ts











/** Everything a person or a later step sees of the run: files, artifact, summary, comment, outputs. */
async function publishResults(results) {
    const { settings, metrics, verdict, reports, log } = results;
    annotateVerdict(verdict, settings.failOnBreach, log);
    const presentation = {
        metrics,
        verdict,
        aiAnalysis: reports.aiText,
        notes: reports.problems,
        links: { workflowRunUrl: workflowRunUrl() }
    };
    const junitFile = (0,external_node_path_.join)(reports.dir, REPORT_FILES.junit);
    await (0,external_node_fs_promises_.writeFile)(junitFile, renderJUnit(presentation));
    const artifactName = settings.artifactName ?? (0,reports_artifact/* defaultArtifactName */.Vb)(metrics.timelineId, metrics.runId);
    const artifact = await commands/* group */.Os(`Uploading the reports as artifact "${artifactName}"`, () => (0,reports_artifact/* uploadReportArtifact */.qw)(reports.dir, artifactName, settings.retentionDays, log));
    presentation.links = { ...presentation.links, ...artifactLinks(artifact, artifactName) };
    commands/* appendSummary */.fe(renderSummary(presentation).markdown);
    await commentOnPullRequest(presentation, settings, log);
    setOutputs({ ...results, junitFile, artifact, artifactLink: presentation.links.artifactUrl });
    conclude(verdict, settings.failOnBreach, log);
}
function artifactLinks(artifact, name) {
    return artifact ? { artifactName: name, artifactUrl: artifactUrl(artifact.id) } : {};
}
function annotateVerdict(verdict, failOnBreach, log) {
    const annotate = failOnBreach ? log.error : log.warning;
    for (const breach of verdict.breaches)
        annotate(breach.message, { title: 'Performance threshold breached' });
    for (const step of verdict.regressions) {
        annotate(`Step "${step.title}" regressed against the baseline: p95 ${p95Change(step)}.`, {
            title: 'Performance regression'
        });
    }
}
async function commentOnPullRequest(presentation, settings, log) {
    if (!settings.comment)
        return;
    const pullNumber = await pullRequestNumber();
    if (pullNumber === undefined)
        return;
    if (!settings.githubToken) {
        log.warning('No "github-token": the pull request comment was not written.');
        return;
    }
    const marker = commentMarker(presentation.metrics.timelineId, process.env.GITHUB_JOB ?? '');
    const body = renderComment({ ...presentation, marker });
    await upsertPullRequestComment(pullNumber, body, marker, settings.githubToken, log);
}
function setOutputs(results) {
    const { metrics, verdict, reports } = results;
    const outputs = {
        status: metrics.status,
        result: verdict.result,
        'p95-ms': metrics.totals.worstP95,
        'error-rate': round(metrics.totals.errorRate),
        errors: metrics.totals.errors,
        requests: metrics.totals.requests,
        'report-dir': reports.dir,
        'excel-report': reports.excel,
        'ai-report': reports.ai,
        'metrics-file': results.metricsFile,
        'junit-file': results.junitFile,
        'artifact-id': results.artifact?.id,
        'artifact-url': results.artifactLink
    };
    for (const [name, value] of Object.entries(outputs)) {
        if (value !== undefined)
            commands/* setOutput */.uH(name, String(value));
    }
}
function conclude(verdict, failOnBreach, log) {
    if (verdict.result === 'passed')
        log.info(`Result: ${verdict.reason}`);
    else if (verdict.result === 'error' || failOnBreach)
        commands/* setFailed */.C1(verdict.reason);
    else
        log.warning(`${verdict.reason} (fail-on-breach is false, so the step passes)`);
}
function round(value) {
    return Math.round(value * 1000) / 1000;
}

;// CONCATENATED MODULE: ./src/main.ts


















async function runMain() {
    state/* runState */.H.markPostNext();
    let guard;
    try {
        const settings = await (0,inputs/* readSettings */.sb)();
        const client = createClient(settings);
        const plan = await resolvePlan(client, settings);
        describePlan(plan, log/* actionsLog */._);
        const startedAt = new Date();
        guard = new RunGuard({
            stop: (run) => stopOnCancel(settings, run),
            exit: (message) => {
                commands/* setFailed */.C1(message);
                process.exit(1);
            }
        });
        const run = await startRun(client, plan, settings, guard);
        if (!settings.wait)
            return reportStartedOnly(run);
        (0,reports_artifact/* preloadArtifactClient */.xB)();
        const end = await waitUntilEnded(client, run, settings, guard);
        const reports = await downloadReports(client, run, end, settings);
        const metrics = summarizeRun(plan, run, end, startedAt);
        const metricsFile = await writeMetricsFile(reports.dir, metrics);
        const verdict = await judgeRun({
            ...settings,
            metrics,
            runProblem: end.problem,
            findAutoBaseline: (runs) => findBaselineRuns(settings, metrics.timelineId, runs),
            log: log/* actionsLog */._
        });
        await publishResults({ settings, metrics, verdict, reports, metricsFile, log: log/* actionsLog */._ });
    }
    catch (error) {
        commands/* setFailed */.C1(describeFailure(error));
    }
    finally {
        guard?.dispose();
    }
}
function createClient(settings, options = {}) {
    return new client/* LeapworkClient */.b({
        baseUrl: settings.baseUrl,
        apiKey: settings.apiKey,
        log: log/* actionsLog */._,
        userAgent: 'leapwork-performance-action',
        ...options
    });
}
async function startRun(client, plan, settings, guard) {
    const run = await guard.watchStart(client.runIntegration(plan.request));
    if (settings.wait)
        state/* runState */.H.recordStarted(run.runId, run.pollResultUrl);
    commands/* setOutput */.uH('run-id', run.runId);
    commands/* setOutput */.uH('status', run.status);
    log/* actionsLog */._.info(`Started run ${run.runId} (${run.status}); estimated usage ${run.estimatedVum} VUM.`);
    return run;
}
function reportStartedOnly(run) {
    log/* actionsLog */._.notice(`Run ${run.runId} was started and is not awaited (wait: false); it runs on in Leapwork Performance and this action will not stop it.`);
}
async function waitUntilEnded(client, run, settings, guard) {
    const timeoutSeconds = settings.timeoutSeconds ?? run.plannedRunTime + 300;
    log/* actionsLog */._.info(`Waiting up to ${timeoutSeconds} s, polling every ${settings.pollIntervalSeconds} s.`);
    const outcome = await waitForRun(client, run, {
        pollIntervalSeconds: settings.pollIntervalSeconds,
        timeoutSeconds,
        log: log/* actionsLog */._
    });
    if (outcome.kind === 'ended') {
        guard.markEnded();
        state/* runState */.H.recordEnded();
        log/* actionsLog */._.info(`Run ${run.runId} ended: ${outcome.result.status} after ${outcome.polls} polls.`);
        return { status: outcome.result.status, result: outcome.result, finishedAt: new Date() };
    }
    const reason = outcome.kind === 'timed-out'
        ? `The run did not end within the timeout of ${timeoutSeconds} s (last status ${outcome.lastStatus})`
        : `Polling the run's status failed ${MAX_FAILED_POLLS} times in a row (${errorMessage(outcome.error)})`;
    log/* actionsLog */._.info(`${reason}: stopping run ${run.runId}.`);
    const stop = await (0,run_stop/* stopRun */.K)(client, run, log/* actionsLog */._, { finalPolls: 3 });
    if (stop.stopped) {
        guard.markEnded();
        state/* runState */.H.recordEnded();
    }
    const consequence = stop.stopped
        ? `run ${run.runId} was stopped`
        : `stopping run ${run.runId} failed; stop it in the Leapwork Performance portal`;
    return {
        status: stop.final?.status ?? (stop.stopped ? 'Stopped' : outcome.lastStatus),
        result: stop.final,
        problem: `${reason}; ${consequence}.`,
        finishedAt: new Date()
    };
}
async function stopOnCancel(settings, run) {
    const client = createClient(settings, {
        requestTimeoutMs: 2500,
        retry: { attempts: 2, maxDelayMs: 500 }
    });
    const { stopped } = await (0,run_stop/* stopRun */.K)(client, run, log/* actionsLog */._);
    if (stopped)
        state/* runState */.H.recordEnded();
    return stopped;
}
async function downloadReports(client, run, end, settings) {
    const dir = settings.reportDir
        ? (0,external_node_path_.resolve)(settings.reportDir)
        : (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'leapwork-performance', run.runId);
    if (!end.result)
        return fetchReports(client, { status: end.status }, reportOptions(run, dir));
    return fetchReports(client, end.result, {
        ...reportOptions(run, dir),
        aiRetryDelayMs: settings.pollIntervalSeconds * 1000
    });
}
function reportOptions(run, dir) {
    return {
        runId: run.runId,
        trackItemIds: run.trackItems.map((item) => item.trackItemId),
        dir,
        log: log/* actionsLog */._
    };
}
function summarizeRun(plan, run, end, startedAt) {
    const trackItemTitles = Object.fromEntries(plan.timeline.timeline.trackItems.map((item) => [
        item.id,
        { title: item.title, region: item.region }
    ]));
    for (const item of run.trackItems) {
        trackItemTitles[item.trackItemId] ??= { title: item.sequenceName, region: item.region };
    }
    return (0,figures/* buildRunMetrics */.D9)({
        runId: run.runId,
        timelineId: run.timelineId || plan.timelineAssetId || plan.timelineTitle,
        timelineTitle: plan.timelineTitle,
        projectId: plan.timeline.projectId,
        status: end.status,
        startedAt,
        finishedAt: end.finishedAt,
        plannedRunTime: run.plannedRunTime || plan.timeline.plannedRunTime,
        estimatedVum: run.estimatedVum || plan.timeline.estimatedVum,
        trackItemTitles,
        metadata: end.result?.metadata ?? [],
        source: runSource()
    });
}
async function findBaselineRuns(settings, timelineId, runs) {
    const { findAutoBaseline } = await __webpack_require__.e(/* import() */ 222).then(__webpack_require__.bind(__webpack_require__, 18222));
    return findAutoBaseline({
        token: settings.githubToken ?? '',
        timelineId,
        runs,
        log: log/* actionsLog */._,
        downloadDir: (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'leapwork-performance-baselines')
    });
}
function describeFailure(error) {
    if (error instanceof inputs/* InputError */.dz) {
        if (error.problems.length > 1)
            for (const problem of error.problems)
                log/* actionsLog */._.error(problem);
        return error.message;
    }
    return errorMessage(error);
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 39536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ allSteps),
/* harmony export */   D9: () => (/* binding */ buildRunMetrics),
/* harmony export */   xD: () => (/* binding */ readRunMetrics),
/* harmony export */   zi: () => (/* binding */ errorRate),
/* harmony export */   zj: () => (/* binding */ runTotals)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70228);


/**
 * Turns the terminal status answer into the metrics.json model. Track items named in
 * trackItemTitles but absent from the metadata are kept with no steps, so that a track item which
 * produced no figures still shows (and counts as zero requests).
 */
function buildRunMetrics(input) {
    const trackItems = trackItemFigures(input.metadata, input.trackItemTitles);
    return {
        schema: _model_js__WEBPACK_IMPORTED_MODULE_1__/* .METRICS_SCHEMA */ .YR,
        version: _model_js__WEBPACK_IMPORTED_MODULE_1__/* .METRICS_VERSION */ .Hf,
        runId: input.runId,
        timelineId: input.timelineId,
        timelineTitle: input.timelineTitle,
        ...(input.projectId === undefined ? {} : { projectId: input.projectId }),
        status: input.status,
        startedAt: input.startedAt.toISOString(),
        finishedAt: input.finishedAt.toISOString(),
        durationSeconds: Math.max(0, (input.finishedAt.getTime() - input.startedAt.getTime()) / 1000),
        plannedRunTime: input.plannedRunTime,
        estimatedVum: input.estimatedVum,
        ...(input.source === undefined ? {} : { source: input.source }),
        totals: runTotals(trackItems),
        trackItems
    };
}
/** Percent of requests that errored; 0 when nothing was sent. */
function errorRate(errors, requests) {
    return requests > 0 ? (errors * 100) / requests : 0;
}
function runTotals(trackItems) {
    let requests = 0;
    let errors = 0;
    let worst;
    for (const trackItem of trackItems) {
        for (const step of trackItem.steps) {
            requests += step.requests;
            errors += step.errors;
            if (worst === undefined || step.p95 > worst.step.p95)
                worst = { trackItem, step };
        }
    }
    return {
        requests,
        errors,
        errorRate: errorRate(errors, requests),
        worstP95: worst?.step.p95 ?? 0,
        ...(worst === undefined
            ? {}
            : {
                worstP95Step: {
                    trackItemId: worst.trackItem.trackItemId,
                    stepId: worst.step.stepId,
                    title: worst.step.title
                }
            })
    };
}
function allSteps(metrics) {
    return metrics.trackItems.flatMap((trackItem) => trackItem.steps.map((step) => ({ trackItem, step })));
}
function trackItemFigures(metadata, titles) {
    const byId = new Map();
    const ensure = (trackItemId) => {
        let figures = byId.get(trackItemId);
        if (figures === undefined) {
            const named = Object.hasOwn(titles, trackItemId) ? titles[trackItemId] : undefined;
            figures = { trackItemId, title: named?.title ?? trackItemId, steps: [] };
            if (named?.region !== undefined)
                figures.region = named.region;
            byId.set(trackItemId, figures);
        }
        return figures;
    };
    for (const item of metadata) {
        const figures = ensure(item.trackItemId);
        for (const metric of item.metadata)
            figures.steps.push(stepFigures(metric));
    }
    for (const trackItemId of Object.keys(titles))
        ensure(trackItemId);
    return [...byId.values()];
}
function stepFigures(metric) {
    const requests = figure(metric.requestsSent);
    const errors = figure(metric.errors);
    return {
        stepId: metric.stepId,
        title: metric.title,
        requests,
        errors,
        errorRate: errorRate(errors, requests),
        min: figure(metric.min),
        average: figure(metric.average),
        median: figure(metric.median),
        p90: figure(metric.p90),
        p95: figure(metric.p95),
        p99: figure(metric.p99),
        max: figure(metric.max),
        bytesSent: figure(metric.totalBodyBytesSent),
        bytesReceived: figure(metric.totalBytesReceived)
    };
}
/** A figure the server left out counts as 0 rather than poisoning totals with NaN. */
function figure(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
/** Reads a metrics.json written by this action, e.g. a baseline, and checks that it can be trusted. */
async function readRunMetrics(path) {
    const text = await readText(path);
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`Metrics file ${path} is not valid JSON: ${error.message}`);
    }
    const problem = metricsProblem(data);
    if (problem !== undefined)
        throw new Error(`Metrics file ${path} ${problem}`);
    return data;
}
async function readText(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new Error(`Metrics file ${path} does not exist`);
        throw new Error(`Metrics file ${path} cannot be read: ${error.message}`);
    }
}
function metricsProblem(data) {
    if (!isRecord(data))
        return 'does not hold a JSON object';
    if (data.schema !== _model_js__WEBPACK_IMPORTED_MODULE_1__/* .METRICS_SCHEMA */ .YR) {
        return `is not a Leapwork Performance metrics file: schema is ${JSON.stringify(data.schema)}, expected "${_model_js__WEBPACK_IMPORTED_MODULE_1__/* .METRICS_SCHEMA */ .YR}"`;
    }
    if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
        return `has an invalid version ${JSON.stringify(data.version)}`;
    }
    if (data.version > _model_js__WEBPACK_IMPORTED_MODULE_1__/* .METRICS_VERSION */ .Hf) {
        return `has version ${data.version}, newer than this action reads (${_model_js__WEBPACK_IMPORTED_MODULE_1__/* .METRICS_VERSION */ .Hf}); update the action`;
    }
    const problem = headerProblem(data) ?? trackItemsProblem(data.trackItems);
    return problem === undefined ? undefined : `is malformed: ${problem}`;
}
function headerProblem(data) {
    for (const field of ['runId', 'timelineId', 'status', 'startedAt', 'finishedAt']) {
        if (typeof data[field] !== 'string')
            return `${field} is not a string`;
    }
    if (!isRecord(data.totals))
        return 'totals is missing';
    for (const field of ['requests', 'errors', 'errorRate', 'worstP95']) {
        if (!isFiniteNumber(data.totals[field]))
            return `totals.${field} is not a number`;
    }
    return undefined;
}
function trackItemsProblem(trackItems) {
    if (!Array.isArray(trackItems))
        return 'trackItems is not a list';
    for (const [i, trackItem] of trackItems.entries()) {
        const where = `trackItems[${i}]`;
        if (!isRecord(trackItem))
            return `${where} is not an object`;
        if (typeof trackItem.trackItemId !== 'string')
            return `${where}.trackItemId is not a string`;
        if (typeof trackItem.title !== 'string')
            return `${where}.title is not a string`;
        if (!Array.isArray(trackItem.steps))
            return `${where}.steps is not a list`;
        for (const [j, step] of trackItem.steps.entries()) {
            const problem = stepProblem(step, `${where}.steps[${j}]`);
            if (problem !== undefined)
                return problem;
        }
    }
    return undefined;
}
function stepProblem(step, where) {
    if (!isRecord(step))
        return `${where} is not an object`;
    if (typeof step.stepId !== 'string')
        return `${where}.stepId is not a string`;
    if (typeof step.title !== 'string')
        return `${where}.title is not a string`;
    const bad = _model_js__WEBPACK_IMPORTED_MODULE_1__/* .STEP_FIGURE_NAMES */ .HE.find((field) => !isFiniteNumber(step[field]));
    return bad === undefined ? undefined : `${where}.${bad} is not a number`;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isFiniteNumber(value) {
    return typeof value === 'number' && Number.isFinite(value);
}


/***/ }),

/***/ 70228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HE: () => (/* binding */ STEP_FIGURE_NAMES),
/* harmony export */   Hf: () => (/* binding */ METRICS_VERSION),
/* harmony export */   YR: () => (/* binding */ METRICS_SCHEMA)
/* harmony export */ });
/**
 * The shape of metrics.json: the figures of one run, written beside the reports and read back by a
 * later run as its baseline. Bump METRICS_VERSION on any change that an older reader would misread.
 */
const METRICS_SCHEMA = 'leapwork-performance-metrics';
const METRICS_VERSION = 1;
/** The numeric figures of a step, in the order a table shows them. */
const STEP_FIGURE_NAMES = [
    'requests',
    'errors',
    'errorRate',
    'min',
    'average',
    'median',
    'p90',
    'p95',
    'p99',
    'max',
    'bytesSent',
    'bytesReceived'
];


/***/ }),

/***/ 97985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vb: () => (/* binding */ defaultArtifactName),
/* harmony export */   qw: () => (/* binding */ uploadReportArtifact),
/* harmony export */   wz: () => (/* binding */ artifactNamePrefix),
/* harmony export */   xB: () => (/* binding */ preloadArtifactClient)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Artifact names carry the timeline, so `baseline: auto` can find earlier runs of the same
 * timeline by prefix, and the run ID, so matrix jobs and reruns never collide.
 */
function artifactNamePrefix(timelineId) {
    return `leapwork-performance-${timelineId.replace(/[^A-Za-z0-9._-]/g, '_')}-`;
}
function defaultArtifactName(timelineId, runId) {
    return `${artifactNamePrefix(timelineId)}${runId}`;
}
/**
 * Starts loading the artifact client while the run is under way: it is the largest part of the
 * bundle, and loading it during the wait keeps it out of the time between the run's end and exit.
 */
function preloadArtifactClient() {
    if (process.env.ACTIONS_RUNTIME_TOKEN)
        Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(351), __webpack_require__.e(779), __webpack_require__.e(741)]).then(__webpack_require__.bind(__webpack_require__, 17741)).catch(() => undefined);
}
/**
 * Uploads the report directory as one artifact. The artifact client is loaded only here: it is
 * the heaviest part of the toolkit and most of the run never needs it.
 */
async function uploadReportArtifact(dir, name, retentionDays, log) {
    if (!process.env.ACTIONS_RUNTIME_TOKEN) {
        log.notice(`Not running in GitHub Actions: the reports were not uploaded and stay in ${dir}.`);
        return undefined;
    }
    const files = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name));
    try {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(351), __webpack_require__.e(779), __webpack_require__.e(741)]).then(__webpack_require__.bind(__webpack_require__, 17741));
        const { id, size } = await new DefaultArtifactClient().uploadArtifact(name, files, dir, {
            retentionDays
        });
        log.info(`Uploaded artifact "${name}" (${size ?? 0} bytes, ID ${id})`);
        return { id: String(id), name, size: size ?? 0 };
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const hint = /409|conflict|already exists/i.test(reason)
            ? ' An artifact of that name already exists in this workflow run: give each job its own "artifact-name".'
            : '';
        log.warning(`The reports could not be uploaded as artifact "${name}": ${reason}.${hint} They stay in ${dir}.`);
        return undefined;
    }
}


/***/ })

};
