export const id = 872;
export const ids = [872];
export const modules = {

/***/ 95616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fk: () => (/* binding */ GHES_BASELINE_NOTICE),
/* harmony export */   uT: () => (/* binding */ isGitHubEnterpriseServer),
/* harmony export */   xL: () => (/* binding */ ghesUploadNotice)
/* harmony export */ });
/**
 * GitHub Enterprise Server: @actions/artifact v2+ refuses to run there (GHESNotSupportedError), so
 * the action neither uploads nor downloads artifacts and says what to do instead.
 */
/** Decided from GITHUB_SERVER_URL as @actions/artifact decides it. */
function isGitHubEnterpriseServer(env = process.env) {
    const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase();
    return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost');
}
/** How to upload the report folder with the artifact action that still supports GHES. */
function ghesUploadNotice(dir, artifactName, env = process.env) {
    return [
        `GitHub Enterprise Server does not support the artifact service this action uploads to, so the reports stay in ${dir}.`,
        `Upload them with actions/upload-artifact@v3 after this step${stepIdHint(env)}:`,
        '  - uses: actions/upload-artifact@v3',
        '    if: always()',
        '    with:',
        `      name: ${artifactName}`,
        `      path: \${{ steps.${stepId(env)}.outputs.report-dir }}`
    ].join('\n');
}
const GHES_BASELINE_NOTICE = [
    'No baseline run: "baseline: auto" reads earlier runs from artifacts, which GitHub Enterprise Server does not support for this action, so the run is judged on thresholds alone.',
    'Hand over the history as files instead: fetch earlier metrics.json files into a folder with actions/download-artifact@v3 or actions/cache, and pass "baseline: <dir>".'
].join('\n');
/** The runner names the step by its id in GITHUB_ACTION, or `__<owner>_<repo>` when it has none. */
function stepId(env) {
    const id = env.GITHUB_ACTION ?? '';
    return id && !id.startsWith('__') ? id : '<id>';
}
function stepIdHint(env) {
    return stepId(env) === '<id>' ? ' (give this step an `id`)' : '';
}


/***/ }),

/***/ 17872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMain: () => (/* binding */ runMain)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(38422);
// EXTERNAL MODULE: ./src/leapwork/client.ts + 3 modules
var client = __webpack_require__(32209);
// EXTERNAL MODULE: ./src/metrics/figures.ts + 1 modules
var figures = __webpack_require__(43242);
// EXTERNAL MODULE: ./src/metrics/load.ts
var load = __webpack_require__(79341);
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
// EXTERNAL MODULE: ./src/github/toolkit.ts
var toolkit = __webpack_require__(20769);
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
    const { timeline, title, knownTitle, assetId } = await resolveTimeline(client, settings.timeline);
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
        request: buildRequest(settings, dataItem),
        warnings: [
            ...nameMismatch('timeline', settings.timeline, knownTitle),
            ...nameMismatch('data-item', settings.dataItem, dataItem?.dataItemName)
        ]
    };
}
/** An ID wins over a name given beside it; when they name different assets, the user hears of it. */
function nameMismatch(input, ref, actualName) {
    if (!ref || !('id' in ref) || !ref.name || actualName === undefined)
        return [];
    if (ref.name === actualName)
        return [];
    const what = input === 'timeline' ? 'timeline' : 'data item';
    return [
        `Inputs "${input}-id" and "${input}-name" disagree: ID "${ref.id}" is the ${what} "${actualName}", not "${ref.name}". The ID wins, so "${actualName}" is used; remove one of the two inputs.`
    ];
}
/** The timeline, the title to show for it, and the title the server gave it, if it gave one. */
async function resolveTimeline(client, ref) {
    if ('id' in ref) {
        const timeline = await orUnknown(client.getTimelineAsset(ref.id), (refusal) => unknownTimeline(client, refusal, `ID "${ref.id}"`, ref.id, (t) => t.timelineId === ref.id));
        const knownTitle = timeline.title ?? (await titleOf(client, ref.id));
        return { timeline, title: knownTitle ?? ref.id, knownTitle, assetId: ref.id };
    }
    const timeline = await orUnknown(client.getTimeline(ref.name, ref.projectId), (refusal) => unknownTimeline(client, refusal, `name "${ref.name}" in project ${ref.projectId}`, ref.name, (t) => t.title === ref.name && t.projectId === ref.projectId));
    const title = timeline.title ?? ref.name;
    return { timeline, title, knownTitle: title };
}
/** The title the timeline list gives the ID; undefined when the list does not say. */
async function titleOf(client, timelineId) {
    try {
        const timelines = await client.getTimelines();
        return timelines.find((t) => t.timelineId === timelineId)?.title;
    }
    catch {
        return undefined;
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

;// CONCATENATED MODULE: ./src/run/estimate.ts
const MAX_LISTED_CHANGES = 5;
/**
 * The timeline's estimatedVum, scaled where the inputs change the users. Each track item's share of
 * the estimate follows its load profile (users held over time); a changed item's share grows or
 * shrinks with its peak users. A track-items entry wins over user-count, which counts for every
 * other track item: the server may apply it only with a data item, but a budget check should not
 * assume users away.
 */
function estimateUsage(timeline, settings) {
    const items = timeline.timeline.trackItems;
    const trackItems = items.map((item) => usageOf(item, settings));
    const timelineVum = timeline.estimatedVum;
    if (trackItems.every((item) => item.usersFrom === 'timeline')) {
        return { vum: oneDecimal(timelineVum), method: "the timeline's own estimate", trackItems };
    }
    const profileMinutes = items.map(userMinutes);
    const totalProfileMinutes = profileMinutes.reduce((sum, minutes) => sum + minutes, 0);
    const parts = trackItems.map((usage, index) => {
        const share = totalProfileMinutes > 0 ? (timelineVum * profileMinutes[index]) / totalProfileMinutes : 0;
        return scaledShare(usage, share, items[index]);
    });
    const vum = parts.reduce((sum, part) => sum + part.vum, 0);
    const changes = listed(parts.map((part) => part.change).filter((change) => change !== undefined));
    return {
        vum: oneDecimal(vum),
        method: `the timeline's estimate of ${oneDecimal(timelineVum)} VUM, scaled per track item by its virtual users against the timeline's peak: ${changes}`,
        trackItems
    };
}
/** The inputs' limit against the estimate: a refusal naming both, or undefined when within it. */
function overBudget(estimate, maxVum) {
    if (maxVum === undefined || estimate.vum <= maxVum)
        return undefined;
    return `Input "max-vum" allows ${maxVum} VUM, but this run is estimated at ${estimate.vum} VUM (${estimate.method}). Nothing was started; lower the users or raise "max-vum".`;
}
function usageOf(item, settings) {
    const timelineUsers = peakUsers(item);
    const configured = settings.trackItems?.[item.id]?.userCount;
    const [users, usersFrom] = configured !== undefined
        ? [configured, 'track-items']
        : settings.userCount !== undefined
            ? [settings.userCount, 'user-count']
            : [timelineUsers, 'timeline'];
    return {
        trackItemId: item.id,
        title: item.title,
        region: item.region,
        users,
        usersFrom,
        timelineUsers
    };
}
function scaledShare(usage, share, item) {
    if (usage.usersFrom === 'timeline')
        return { vum: share };
    const { trackItemId: id, users, timelineUsers } = usage;
    if (share > 0 && timelineUsers > 0) {
        const factor = users / timelineUsers;
        return {
            vum: share * factor,
            change: `${id} ${timelineUsers} → ${users} users (×${Number(factor.toFixed(2))})`
        };
    }
    const minutes = Math.max(0, item.lengthTime) / 60;
    return {
        vum: users * minutes,
        change: `${id} has no share of the timeline's estimate, so ${users} users for its full ${oneDecimal(minutes)} min`
    };
}
/** Virtual-user minutes of the load profile: each load point holds until the next one. */
function userMinutes(item) {
    return item.load.reduce((total, point, index) => {
        const until = item.load[index + 1]?.time ?? item.lengthTime;
        return total + (Math.max(0, point.load) * Math.max(0, until - point.time)) / 60;
    }, 0);
}
function peakUsers(item) {
    return Math.max(0, ...item.load.map((point) => point.load));
}
function listed(changes) {
    const shown = changes.slice(0, MAX_LISTED_CHANGES).join(', ');
    const more = changes.length - MAX_LISTED_CHANGES;
    return more > 0 ? `${shown} and ${more} more` : shown;
}
function oneDecimal(value) {
    return Math.round(value * 10) / 10;
}

// EXTERNAL MODULE: ./src/number-format.ts
var number_format = __webpack_require__(20044);
;// CONCATENATED MODULE: ./src/present/format.ts
/**
 * Escaping and views of the models shared by the job summary, the PR comment and the JUnit file.
 * Numbers are formatted by `../number-format.ts`, which the verdict's sentences share.
 */

// eslint-disable-next-line no-control-regex -- these are the characters being removed
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const LINE_BREAKS = /\r\n|[\r\n\t\u2028\u2029]/g;
const MARKDOWN_PUNCTUATION = /[\\`*_[\]~|]/g;
const BLOCK_START = /^(\s*\d*)([-+=#.)])/;
const BULLET = /^\s*[-*•+]\s+(.*)$/;
/** `@name` and `@org/team` notify people in a comment; a zero-width space after `@` does not. */
const MENTION = /@(?=[A-Za-z0-9])/g;
const UNMENTIONED = '@&#8203;';
const VERDICT_WORDS = {
    passed: '✅ Passed',
    failed: '❌ Failed',
    error: '⚠️ Error'
};
/** Removes control characters other than tab and line breaks: XML 1.0 forbids them. */
function stripControlCharacters(text) {
    return text.replace(CONTROL_CHARACTERS, '');
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
 * breaks become spaces, markdown punctuation is backslash-escaped, HTML is shown as text and
 * mentions notify no one.
 */
function escapeMarkdownCell(text) {
    return stripControlCharacters(text)
        .replace(LINE_BREAKS, ' ')
        .replace(MARKDOWN_PUNCTUATION, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(MENTION, UNMENTIONED)
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
/**
 * The verdict as one line: icon and outcome, the leg's name when given, then the reason:
 * `✅ Passed — 3 criteria held on 8 steps`.
 */
function verdictHeadline(verdict, name) {
    const leg = name ? ` (${escapeMarkdownCell(name)})` : '';
    return `${VERDICT_WORDS[verdict.result]}${leg} — ${escapeMarkdownCell(truncate(verdict.reason, 300))}`;
}
/** One line per requested check that could not be made, each starting with ⚠️. */
function unmadeCheckLines(verdict, maxLength) {
    return verdict.unmadeChecks.map((check) => `⚠️ **Not checked:** ${escapeMarkdownCell(truncate(check, maxLength))}`);
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
/** Each track item's title by its ID. */
function trackItemTitles(metrics) {
    return new Map(metrics.trackItems.map((item) => [item.trackItemId, item.title]));
}
/** `GET /a (Login Flow), GET /b (Checkout) and 3 more`: steps by title and track item, escaped. */
function stepNameList(steps, titles, limits) {
    const name = (text) => escapeMarkdownCell(truncate(text, limits.maxTitleLength));
    const names = steps
        .slice(0, limits.maxListed)
        .map((step) => `${name(step.title)} (${name(titles.get(step.trackItemId) ?? step.trackItemId)})`);
    const more = steps.length - names.length;
    return more > 0 ? `${names.join(', ')} and ${(0,number_format/* formatCount */.B4)(more)} more` : names.join(', ');
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
    return `${(0,number_format/* formatMs */._V)(metrics.totals.worstP95)} on ${title}${where}`;
}
/** `0.52% (12 of 2,300 requests)` */
function errorRateText(metrics) {
    const { errorRate, errors, requests } = metrics.totals;
    return `${(0,number_format/* formatPercent */.l9)(errorRate)} (${(0,number_format/* formatCount */.B4)(errors)} of ${(0,number_format/* formatCount */.B4)(requests)} requests)`;
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}

;// CONCATENATED MODULE: ./src/present/plan.ts
/** The plan of a run before it starts: log lines for every run, and the job summary of a dry run. */


const MAX_TABLE_ROWS = 200;
const MAX_TITLE_LENGTH = 200;
/** The plan as the log shows it, one line per entry. */
function planLogLines({ plan, usage, maxVum }) {
    const { timeline } = plan;
    const lines = [`Timeline "${plan.timelineTitle}" (project ${timeline.projectId})`];
    for (const item of usage.trackItems) {
        lines.push(`  track item ${item.trackItemId} "${item.title}" in ${item.region || 'an unnamed region'}: ${usersText(item)}`);
    }
    lines.push(`Planned run time: ${timeline.plannedRunTime} s; estimated usage: ${usage.vum} VUM (${usage.method})`);
    const dataItem = dataItemText(plan);
    if (dataItem)
        lines.push(`Data item ${dataItem}`);
    if (maxVum !== undefined)
        lines.push(`Usage limit: max-vum ${maxVum} VUM (${limitVerdict(usage, maxVum)})`);
    return lines;
}
/** The job summary of a dry run: what would run, for how long, at what estimated cost. */
function renderPlanSummary({ plan, usage, maxVum }) {
    const over = maxVum !== undefined && usage.vum > maxVum;
    const headline = over
        ? '## ❌ Leapwork Performance dry run: the plan is over `max-vum`; nothing was started'
        : '## 🔎 Leapwork Performance dry run: the plan is valid; nothing was started';
    const timelineId = plan.timelineAssetId ? `${inlineCode(plan.timelineAssetId)}, ` : '';
    const facts = [
        `- **Timeline:** ${cell(plan.timelineTitle)} (${timelineId}project ${inlineCode(plan.timeline.projectId)})`,
        `- **Planned run time:** ${(0,number_format/* formatDuration */.a3)(plan.timeline.plannedRunTime)}`,
        `- **Estimated usage:** ${usage.vum} VUM, ${escapeMarkdownCell(usage.method)}`
    ];
    if (maxVum !== undefined) {
        facts.push(`- **Usage limit:** \`max-vum\` ${maxVum} VUM; ${limitVerdict(usage, maxVum)}`);
    }
    const dataItem = dataItemMarkdown(plan);
    if (dataItem)
        facts.push(`- **Data item:** ${dataItem}`);
    return [
        headline,
        facts.join('\n'),
        '### Track items',
        table(['Track item', 'Title', 'Region', 'Virtual users'], trackItemRows(usage.trackItems)),
        omittedRows(usage.trackItems.length)
    ]
        .filter((section) => section !== '')
        .join('\n\n');
}
function trackItemRows(items) {
    return items
        .slice(0, MAX_TABLE_ROWS)
        .map((item) => [
        inlineCode(item.trackItemId),
        cell(item.title),
        cell(item.region || '–'),
        cell(usersText(item))
    ]);
}
function omittedRows(count) {
    const omitted = count - MAX_TABLE_ROWS;
    return omitted > 0 ? `…and ${omitted} more track items.` : '';
}
function usersText(item) {
    return item.usersFrom === 'timeline'
        ? `${item.users} virtual users at peak (the timeline's load)`
        : `${item.users} virtual users (${item.usersFrom})`;
}
function dataItemText(plan) {
    if (!plan.dataItem)
        return undefined;
    const role = plan.request.role ? `, role "${plan.request.role}"` : '';
    const users = plan.request.userCount ? `, ${plan.request.userCount} users` : '';
    return `"${plan.dataItem.dataItemName}" (${plan.dataItem.assetId})${role}${users}`;
}
function dataItemMarkdown({ dataItem, request }) {
    if (!dataItem)
        return undefined;
    const role = request.role ? `, role ${cell(request.role)}` : '';
    const users = request.userCount ? `, ${request.userCount} users` : '';
    return `${cell(dataItem.dataItemName)} (${inlineCode(dataItem.assetId)})${role}${users}`;
}
function limitVerdict(usage, maxVum) {
    return usage.vum > maxVum ? 'the estimate is over it' : 'the estimate is within it';
}
function cell(text) {
    return escapeMarkdownCell(truncate(text, MAX_TITLE_LENGTH));
}
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

// EXTERNAL MODULE: ./src/run/stop.ts
var run_stop = __webpack_require__(26941);
;// CONCATENATED MODULE: ./src/budget.ts
/**
 * What a run may cost: the plan's estimate is shown with the plan and refused over `max-vum`
 * before anything starts; a dry run ends after the plan; a run the server itself estimates over
 * `max-vum` is stopped at once.
 */







function describePlan(plan, usage, maxVum) {
    for (const warning of plan.warnings)
        log/* actionsLog */._.warning(warning);
    for (const line of planLogLines({ plan, usage, maxVum }))
        log/* actionsLog */._.info(line);
}
/** A dry run ends here: the plan is checked and shown, and nothing starts. */
async function finishDryRun(plan, usage, maxVum) {
    await (0,toolkit/* writeSummary */.Sy)(renderPlanSummary({ plan, usage, maxVum }));
    refuseOverBudget(usage, maxVum);
    toolkit/* core */.I8.setOutput('estimated-vum', String(usage.vum));
    toolkit/* core */.I8.setOutput('result', 'passed');
    log/* actionsLog */._.info('Dry run: the plan is valid; nothing was started.');
}
function refuseOverBudget(usage, maxVum) {
    const refusal = overBudget(usage, maxVum);
    if (!refusal)
        return;
    toolkit/* core */.I8.setOutput('estimated-vum', String(usage.vum));
    throw new PlanError(refusal);
}
function isOverBudget(run, maxVum) {
    return maxVum !== undefined && run.estimatedVum > maxVum;
}
/** The server's own estimate is over the limit: the run is stopped before it costs more. */
async function stopOverBudget(client, run, { usage, maxVum }, guard) {
    const overLimit = `Leapwork Performance estimates run ${run.runId} at ${run.estimatedVum} VUM, over "max-vum" ${maxVum} VUM (the plan estimated ${usage.vum} VUM)`;
    log/* actionsLog */._.info(`${overLimit}: stopping it before it costs more.`);
    const stop = await (0,run_stop/* stopRun */.K)(client, run, log/* actionsLog */._);
    if (stop.stopped) {
        guard.markEnded();
        state/* runState */.H.recordEnded();
    }
    toolkit/* core */.I8.setOutput('status', stop.final?.status ?? (stop.stopped ? 'Stopped' : run.status));
    toolkit/* core */.I8.setOutput('result', 'error');
    toolkit/* core */.I8.setFailed(stop.stopped
        ? `${overLimit}; the run was stopped at once.`
        : `${overLimit}; stopping it failed: stop it in the Leapwork Performance portal.`);
}

;// CONCATENATED MODULE: ./src/run/guard.ts
/**
 * The runner sends SIGINT, SIGTERM 7.5 s later and SIGKILL 2.5 s after that: everything the
 * guard does on a cancel has to fit in about 9 s, with a margin to exit. Most of it may go to a
 * start request still in flight; the rest, at least a second, to stopping what it started.
 */
const CANCEL_WINDOW_MS = 9000;
const START_WAIT_MS = 8000;
const MIN_STOP_MS = 1000;
/**
 * Keeps a started run from outliving a cancelled step: a start request still in flight is waited
 * for as long as the runner's window allows, and what it started is stopped.
 */
class RunGuard {
    hooks;
    startWaitMs;
    starting;
    ended = false;
    cancelling = false;
    constructor(hooks, startWaitMs = START_WAIT_MS) {
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
        void this.cancel(signal, Date.now());
    };
    async cancel(signal, signalledAt) {
        if (!this.starting || this.ended) {
            return this.hooks.exit(`The step was cancelled (${signal}); no run was left running.`);
        }
        const answered = await Promise.race([
            this.starting.then((run) => ({ run })),
            delay(this.startWaitMs)
        ]);
        if (!answered) {
            this.hooks.startPending();
            return this.hooks.exit(`The step was cancelled (${signal}) while the run was being started, and Leapwork Performance had not answered after ${formatSeconds(this.startWaitMs)}; a run may have started: look in the Leapwork Performance portal's run history and stop it there if it is running.`);
        }
        const { run } = answered;
        if (!run) {
            return this.hooks.exit(`The step was cancelled (${signal}) while the run was being started; the start failed, so no run was left running.`);
        }
        const timeLeftMs = Math.max(MIN_STOP_MS, signalledAt + CANCEL_WINDOW_MS - Date.now());
        const stopped = await this.hooks.stop(run, timeLeftMs).catch(() => false);
        this.hooks.exit(stopped
            ? `The step was cancelled (${signal}); run ${run.runId} was stopped.`
            : `The step was cancelled (${signal}); stopping run ${run.runId} failed, the post step will try again.`);
    }
}
function formatSeconds(ms) {
    return `${Number((ms / 1000).toFixed(1))} s`;
}
function delay(ms) {
    return new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref());
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/leapwork/types.ts
var types = __webpack_require__(91994);
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
        const untilDeadline = deadline - Date.now();
        // Decided before sleeping: a timer may fire a millisecond before the clock reaches the deadline.
        if (untilDeadline <= pollIntervalSeconds * 1000) {
            if (untilDeadline > 0)
                await (0,promises_.setTimeout)(untilDeadline);
            return { kind: 'timed-out', lastStatus, polls };
        }
        await (0,promises_.setTimeout)(pollIntervalSeconds * 1000);
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
            return `${(0,number_format/* formatDuration */.a3)(elapsed)} elapsed`;
        const percent = Math.min(100, Math.round((elapsed / planned) * 100));
        return `${(0,number_format/* formatDuration */.a3)(elapsed)} of ${(0,number_format/* formatDuration */.a3)(planned)} planned (${percent}%)`;
    }
}

// EXTERNAL MODULE: ./src/reports/download.ts
var download = __webpack_require__(995);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./src/reports/metrics-file.ts
var metrics_file = __webpack_require__(49465);
;// CONCATENATED MODULE: ./src/reports/history-files.ts
/** Earlier runs' metrics.json on disk: the history a `baseline:` setting names. */



/**
 * Finds the history a `baseline:` path names and reads its files; `baseline: auto` needs GitHub,
 * so it is handed in, and without it there is nothing to search.
 */
function historyOnDisk(findAutoBaseline) {
    return {
        find: (baseline) => findHistory(baseline, findAutoBaseline),
        read: (file) => (0,metrics_file/* readMetricsFile */._)(file.path)
    };
}
async function findHistory(baseline, findAutoBaseline) {
    if (baseline.kind === 'auto') {
        return ((await findAutoBaseline?.(baseline.runs)) ?? {
            files: [],
            nothingFound: '"baseline: auto" cannot search here'
        });
    }
    const files = await historyFiles(baseline.path);
    if (typeof files === 'string')
        return { files: [], nothingFound: `the baseline ${files}` };
    return { files: files.map((path) => ({ path })) };
}
/** Every file the pattern names, or a sentence saying why there is none. */
async function historyFiles(pattern) {
    const found = await (0,external_node_fs_promises_.stat)(pattern).catch(() => undefined);
    if (found?.isFile())
        return [pattern];
    if (found?.isDirectory()) {
        const files = await (0,dist/* glob */.TI)('**/metrics.json', { cwd: pattern, absolute: true });
        return files.length > 0 ? files.sort() : `the directory ${pattern} holds no metrics.json`;
    }
    if ((0,dist/* isDynamicPattern */.ey)(pattern)) {
        const files = await (0,dist/* glob */.TI)(pattern, { absolute: true, onlyFiles: true });
        return files.length > 0 ? files.sort() : `no file matches ${pattern}`;
    }
    return `${pattern} does not exist`;
}

// EXTERNAL MODULE: ./src/reports/artifact.ts
var reports_artifact = __webpack_require__(97985);
// EXTERNAL MODULE: ./src/reports/safe-name.ts
var safe_name = __webpack_require__(55188);
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
                message: `${label}: ${criterion.metric} was ${(0,thresholds/* formatMetric */.gI)(criterion.metric, target.value)}, limit ${criterion.comparator} ${(0,thresholds/* formatMetric */.gI)(criterion.metric, criterion.limit)}`
            });
        }
    }
    return breaches;
}
/** Criteria scoped to a step title or track item that match nothing in the run, to warn about. */
function unmatchedCriteria(metrics, criteria) {
    return criteria.filter((criterion) => criterion.scope.kind !== 'run' && targetsOf(metrics, criterion).length === 0);
}
/** Each criterion with the number of figures it was checked on and the worst of them. */
function checkCriteria(metrics, criteria) {
    return criteria.map((criterion) => {
        const targets = targetsOf(metrics, criterion);
        const { comparator, limit } = criterion;
        let worst;
        for (const target of targets) {
            if (worst === undefined ||
                badness(target.value, comparator, limit) > badness(worst.value, comparator, limit)) {
                worst = target;
            }
        }
        return {
            criterion,
            checkedOn: targets.length,
            ...(worst && {
                worst: { value: worst.value, trackItemId: worst.trackItemId, stepTitle: worst.stepTitle }
            }),
            held: targets.every((target) => holds(target.value, comparator, limit))
        };
    });
}
/** How far a value is towards (and past) breaking its limit: the higher, the worse. */
function badness(value, comparator, limit) {
    switch (comparator) {
        case '<':
        case '<=':
            return value - limit;
        case '>':
        case '>=':
            return limit - value;
        case '==':
            return Math.abs(value - limit);
        case '!=':
            return -Math.abs(value - limit);
    }
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

;// CONCATENATED MODULE: ./src/verdict/distributions.ts
let loaded;
function loadDistributions() {
    loaded ??= importDistributions();
    return loaded;
}
async function importDistributions() {
    const [tQuantile, tLogPdf, betaCdf] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(436), __webpack_require__.e(986), __webpack_require__.e(455)]).then(__webpack_require__.t.bind(__webpack_require__, 74455, 23)),
        Promise.all(/* import() */[__webpack_require__.e(436), __webpack_require__.e(10)]).then(__webpack_require__.t.bind(__webpack_require__, 30010, 23)),
        Promise.all(/* import() */[__webpack_require__.e(436), __webpack_require__.e(986), __webpack_require__.e(481)]).then(__webpack_require__.t.bind(__webpack_require__, 67862, 23))
    ]);
    return {
        tQuantile: tQuantile.default,
        tLogPdf: tLogPdf.default,
        betaCdf: betaCdf.default
    };
}

;// CONCATENATED MODULE: ./src/verdict/error-evidence.ts
/**
 * The probability of at least this many errors in this run if it erred at the history's rate,
 * conditional on the errors of both (the exact conditional binomial test): the history's own
 * uncertainty counts, so a short or clean history is weak evidence either way.
 */
function errorSurprise(current, history, overdispersion, distributions) {
    if (current.errors <= 0 || current.requests <= 0)
        return 1;
    const share = current.requests / (current.requests + history.requests);
    const errors = current.errors / overdispersion;
    const total = (current.errors + history.errors) / overdispersion;
    // P(Binomial(total, share) >= errors) = I_share(errors, total - errors + 1)
    return distributions.betaCdf(share, errors, total - errors + 1);
}
/**
 * Pearson's dispersion statistic pooled over steps: 1 when error counts scatter as chance
 * predicts, more when whole runs err together. Never below 1.
 */
function overdispersionOf(runs, steps, errors, requests) {
    let statistic = 0;
    let df = 0;
    for (let step = 0; step < steps; step++) {
        let errorSum = 0;
        let requestSum = 0;
        let count = 0;
        for (let run = 0; run < runs; run++) {
            const at = run * steps + step;
            if (!(requests[at] > 0))
                continue;
            errorSum += errors[at];
            requestSum += requests[at];
            count++;
        }
        if (errorSum === 0 || count < 2 || errorSum === requestSum)
            continue;
        const rate = errorSum / requestSum;
        for (let run = 0; run < runs; run++) {
            const at = run * steps + step;
            if (!(requests[at] > 0))
                continue;
            const expected = requests[at] * rate;
            statistic += (errors[at] - expected) ** 2 / (expected * (1 - rate));
        }
        df += count - 1;
    }
    return df === 0 ? 1 : Math.max(1, statistic / df);
}

;// CONCATENATED MODULE: ./src/verdict/noise-model.ts
/** How many runs of prior weight the pooled spread gets when it is blended with a step's own. */
const PRIOR_DF = 4;
/** A spread below 0.1 % is taken as 0.1 %: identical figures say little about the next run. */
const MIN_LOG_SPREAD = 0.001;
/** Fewer standardised residuals than this: too few to learn a tail from; normal noise is assumed. */
const MIN_TAIL_RESIDUALS = 50;
/** Residuals used for the tail fit at most, taken evenly over the history. */
const MAX_TAIL_RESIDUALS = 20000;
const TAIL_DF_GRID = [1.5, 2, 2.5, 3, 4, 5, 6, 8, 12, 20, 40, 1000];
/**
 * A heavier tail than normal noise implies is used only when it fits the residuals clearly better:
 * by this much log-likelihood (a likelihood-ratio test at 1 %, χ² with one degree of freedom / 2).
 */
const TAIL_EVIDENCE = 3.3;
const FACTOR_ITERATIONS = 3;
function fitNoiseModel(matrix, distributions) {
    const whole = decompose(matrix, -1);
    return {
        ...whole,
        runSpread: runSpreadOf(whole.runFactors),
        tail: fitTail(leaveOneRunOutResiduals(matrix), nominalDf(whole.samples), distributions)
    };
}
/**
 * Each step's one-sided limit of its deviation (log) at a false-alarm probability: the t quantile
 * that normal noise implies for its history, widened by the tail weight (how much further out the
 * fitted tail puts that quantile than normal noise would for the leave-one-run-out residuals it was
 * learnt from; never narrowed), times the step's prediction spread.
 */
function stepLimits(model, probability, distributions) {
    const quantile = memoized((df) => distributions.tQuantile(1 - probability, df));
    const fitted = model.tail.scale > 0 ? model.tail.scale * quantile(model.tail.df) : 0;
    return model.spread.map((_, step) => {
        const runs = model.samples[step];
        const normal = quantile(Math.max(1, runs - 1) + PRIOR_DF);
        const normalLeavingOneOut = quantile(Math.max(1, runs - 2) + PRIOR_DF);
        const tailWeight = Math.max(1, fitted / normalLeavingOneOut);
        return tailWeight * normal * predictionSpread(model, step);
    });
}
function memoized(compute) {
    const known = new Map();
    return (df) => {
        let value = known.get(df);
        if (value === undefined) {
            value = compute(df);
            known.set(df, value);
        }
        return value;
    };
}
/** The spread of one new value of the step around its level: its noise plus the level's error. */
function predictionSpread(model, step) {
    return model.spread[step] * Math.sqrt(1 + 1 / Math.max(1, model.samples[step]));
}
/** The one-sided limit of the run factor at a false-alarm probability (a t prediction limit). */
function runLimit(model, probability, distributions) {
    const runs = model.runFactors.length;
    const quantile = distributions.tQuantile(1 - probability, Math.max(1, runs - 1));
    return quantile * model.runSpread * Math.sqrt(1 + 1 / runs);
}
/** The shared factor of a run: the median of its steps' log p95 less their levels. */
function runFactorOf(logP95, level) {
    const deviations = new Float64Array(level.length);
    let count = 0;
    for (let step = 0; step < level.length; step++) {
        const deviation = logP95[step] - level[step];
        if (Number.isFinite(deviation))
            deviations[count++] = deviation;
    }
    return count === 0 ? 0 : median(deviations.subarray(0, count));
}
/** Levels, run factors and shrunk spreads, leaving out one run (or none, with -1). */
function decompose(matrix, leftOut) {
    const { runs, steps, values } = matrix;
    const level = new Float64Array(steps);
    const samples = new Int32Array(steps);
    const runFactors = new Float64Array(runs).fill(NaN);
    const column = new Float64Array(runs);
    for (let step = 0; step < steps; step++) {
        let count = 0;
        for (let run = 0; run < runs; run++) {
            const value = values[run * steps + step];
            if (run !== leftOut && Number.isFinite(value))
                column[count++] = value;
        }
        samples[step] = count;
        level[step] = count === 0 ? NaN : median(column.subarray(0, count));
    }
    for (let iteration = 0; iteration < FACTOR_ITERATIONS; iteration++) {
        for (let run = 0; run < runs; run++) {
            if (run !== leftOut)
                runFactors[run] = runFactorOf(values.subarray(run * steps), level);
        }
        centre(runFactors);
        meanLevels(matrix, runFactors, level);
    }
    return { level, spread: shrunkSpreads(matrix, level, runFactors, samples), samples, runFactors };
}
function centre(runFactors) {
    let sum = 0;
    let count = 0;
    for (const factor of runFactors) {
        if (Number.isNaN(factor))
            continue;
        sum += factor;
        count++;
    }
    const mean = count === 0 ? 0 : sum / count;
    for (let run = 0; run < runFactors.length; run++)
        runFactors[run] -= mean;
}
function meanLevels(matrix, runFactors, level) {
    const { runs, steps, values } = matrix;
    for (let step = 0; step < steps; step++) {
        let sum = 0;
        let count = 0;
        for (let run = 0; run < runs; run++) {
            const value = values[run * steps + step] - runFactors[run];
            if (!Number.isFinite(value))
                continue;
            sum += value;
            count++;
        }
        if (count > 0)
            level[step] = sum / count;
    }
}
/** Each step's residual variance blended with the median over steps, PRIOR_DF runs' worth. */
function shrunkSpreads(matrix, level, runFactors, samples) {
    const { runs, steps, values } = matrix;
    const variances = new Float64Array(steps).fill(NaN);
    const known = new Float64Array(steps);
    let knownCount = 0;
    for (let step = 0; step < steps; step++) {
        if (samples[step] < 2)
            continue;
        let sum = 0;
        for (let run = 0; run < runs; run++) {
            const residual = values[run * steps + step] - level[step] - runFactors[run];
            if (Number.isFinite(residual))
                sum += residual * residual;
        }
        variances[step] = sum / (samples[step] - 1);
        known[knownCount++] = variances[step];
    }
    const pooled = knownCount === 0 ? MIN_LOG_SPREAD ** 2 : median(known.subarray(0, knownCount));
    const spread = new Float64Array(steps);
    for (let step = 0; step < steps; step++) {
        const df = Math.max(0, samples[step] - 1);
        const own = df === 0 ? 0 : variances[step] * df;
        const variance = (own + PRIOR_DF * pooled) / (df + PRIOR_DF);
        spread[step] = Math.max(MIN_LOG_SPREAD, Math.sqrt(variance));
    }
    return spread;
}
function runSpreadOf(runFactors) {
    let sum = 0;
    for (const factor of runFactors)
        sum += factor * factor;
    const variance = runFactors.length > 1 ? sum / (runFactors.length - 1) : 0;
    return Math.max(MIN_LOG_SPREAD, Math.sqrt(variance));
}
/**
 * Each history run judged as if it were a new run against the others: its steps' deviations in
 * units of their prediction spread. With normal noise these follow a t distribution; spiky steps
 * show as heavier tails.
 */
function leaveOneRunOutResiduals(matrix) {
    const { runs, steps, values } = matrix;
    const stride = Math.max(1, Math.ceil((runs * steps) / MAX_TAIL_RESIDUALS));
    const residuals = [];
    if (runs < 3)
        return residuals;
    for (let run = 0; run < runs; run++) {
        const others = decompose(matrix, run);
        const model = { ...others, runSpread: 0, tail: { df: Infinity, scale: 1 } };
        const row = values.subarray(run * steps, (run + 1) * steps);
        const factor = runFactorOf(row, others.level);
        for (let step = run % stride; step < steps; step += stride) {
            const residual = (row[step] - others.level[step] - factor) / predictionSpread(model, step);
            if (Number.isFinite(residual) && others.samples[step] >= 2)
                residuals.push(residual);
        }
    }
    return residuals;
}
/** The degrees of freedom normal noise gives a typical step's leave-one-run-out residual. */
function nominalDf(samples) {
    const sorted = Float64Array.from(samples).sort();
    return Math.max(1, sorted[Math.floor(sorted.length / 2)] - 2) + PRIOR_DF;
}
/**
 * Maximum-likelihood Student t (df from a grid, scale by EM) for the residuals, kept only when it
 * beats the t that normal noise implies (nominal df, scale fitted) by TAIL_EVIDENCE.
 */
function fitTail(residuals, nominal, distributions) {
    if (residuals.length < MIN_TAIL_RESIDUALS)
        return { df: Infinity, scale: 0 };
    let best = { df: Infinity, scale: 0, logLikelihood: -Infinity };
    let normal = best;
    for (const df of [nominal, ...TAIL_DF_GRID]) {
        const scale = tScale(residuals, df);
        // log density of t: its value at 0 less (df + 1) / 2 · log(1 + x² / df)
        let logLikelihood = residuals.length * (distributions.tLogPdf(0, df) - Math.log(scale));
        for (const residual of residuals) {
            logLikelihood -= ((df + 1) / 2) * Math.log1p((residual / scale) ** 2 / df);
        }
        if (df === nominal)
            normal = { df, scale, logLikelihood };
        if (logLikelihood > best.logLikelihood)
            best = { df, scale, logLikelihood };
    }
    const chosen = best.logLikelihood - normal.logLikelihood < TAIL_EVIDENCE ? normal : best;
    return { df: chosen.df, scale: chosen.scale };
}
/** The EM fixed point of a t distribution's scale for a given df. */
function tScale(residuals, df) {
    let sumOfSquares = 0;
    for (const residual of residuals)
        sumOfSquares += residual * residual;
    let variance = sumOfSquares / residuals.length;
    for (let iteration = 0; iteration < 30; iteration++) {
        let weighted = 0;
        for (const residual of residuals) {
            const squared = residual * residual;
            weighted += ((df + 1) * squared) / (df + squared / variance);
        }
        const next = weighted / residuals.length;
        const converged = Math.abs(next - variance) < 1e-6 * variance;
        variance = next;
        if (converged)
            break;
    }
    return Math.sqrt(Math.max(variance, 1e-12));
}
/** The median of values, which it sorts in place. */
function median(values) {
    if (values.length <= 16)
        insertionSort(values);
    else
        values.sort();
    const middle = Math.floor(values.length / 2);
    return values.length % 2 === 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}
/** Faster than a native sort for the few values of one step's history. */
function insertionSort(values) {
    for (let i = 1; i < values.length; i++) {
        const value = values[i];
        let j = i - 1;
        while (j >= 0 && values[j] > value) {
            values[j + 1] = values[j];
            j--;
        }
        values[j + 1] = value;
    }
}

;// CONCATENATED MODULE: ./src/verdict/gate.ts



const MIN_CALIBRATED_RUNS = 3;
/**
 * How the false-alarm budget is shared: most of it by the steps' p95 tests, which are many and
 * split their share evenly; the rest by the steps' error tests and by the two whole-run tests.
 */
const BUDGET = { stepP95: 0.7, stepErrors: 0.05, runP95: 0.2, runErrors: 0.05 };
/** An error rate must also grow by this many percentage points to count. */
const MIN_ERROR_RATE_RISE = 0.1;
function compareWithHistory(current, history, options, distributions) {
    const calibrated = history.runs.length >= MIN_CALIBRATED_RUNS;
    const logP95 = logMatrixOf(history);
    const model = calibrated ? fitNoiseModel(logP95, distributions) : undefined;
    const columns = history.steps.map((placed, index) => column(history, placed, index));
    const compared = columns.filter((step) => step.historyP95.length > 0);
    const currentLog = Float64Array.from(history.steps, ({ step }) => step.p95 > 0 ? Math.log(step.p95) : NaN);
    const levels = model?.level ?? gate_meanLevels(columns, history.steps.length);
    const alpha = options.falseAlarmRate / 100;
    const probability = {
        stepP95: (alpha * BUDGET.stepP95) / Math.max(1, compared.length),
        stepErrors: (alpha * BUDGET.stepErrors) / Math.max(1, compared.length),
        runP95: alpha * BUDGET.runP95,
        runErrors: alpha * BUDGET.runErrors
    };
    const context = {
        current,
        history,
        options,
        distributions,
        model,
        limits: model && stepLimits(model, probability.stepP95, distributions),
        logP95,
        levels,
        currentLog,
        runFactor: model ? runFactorOf(currentLog, levels) : 0,
        overdispersion: overdispersionOf(history.runs.length, history.steps.length, history.errors, history.requests),
        probability
    };
    const steps = [
        ...columns.map((step) => step.historyP95.length > 0 ? matchedStep(step, context) : newStep(step.placed)),
        ...history.vanished.map((step) => ({
            kind: 'vanished',
            trackItemId: step.trackItemId,
            stepId: step.stepId,
            title: step.title,
            baselineP95: step.p95,
            regression: false,
            improvement: false
        }))
    ];
    const run = runShift(context, compared);
    return {
        runs: history.runs.map((earlier) => earlier.ref),
        maxRegressionPercent: options.maxRegressionPercent,
        noiseFloorMs: options.noiseFloorMs,
        falseAlarmRate: options.falseAlarmRate,
        calibrated,
        comparedSteps: compared.length,
        ...run.figures,
        runRegressions: [
            ...(run.regression ? [run.regression] : []),
            ...runErrorRegressions(context, compared)
        ],
        trend: trend(context),
        steps
    };
}
function logMatrixOf(history) {
    const values = history.p95.map((p95) => (p95 > 0 ? Math.log(p95) : NaN));
    return { runs: history.runs.length, steps: history.steps.length, values };
}
function column(history, placed, index) {
    const steps = history.steps.length;
    const historyP95 = [];
    const errors = { errors: 0, requests: 0 };
    for (let run = 0; run < history.runs.length; run++) {
        const at = run * steps + index;
        if (history.p95[at] > 0)
            historyP95.push(history.p95[at]);
        if (history.requests[at] > 0) {
            errors.errors += history.errors[at];
            errors.requests += history.requests[at];
        }
    }
    return { index, placed, historyP95, errors };
}
function gate_meanLevels(columns, count) {
    const levels = new Float64Array(count).fill(NaN);
    for (const { index, historyP95 } of columns) {
        if (historyP95.length === 0)
            continue;
        levels[index] = historyP95.reduce((sum, value) => sum + Math.log(value), 0) / historyP95.length;
    }
    return levels;
}
function newStep(placed) {
    return {
        kind: 'new',
        trackItemId: placed.trackItemId,
        stepId: placed.stepId,
        title: placed.title,
        currentP95: placed.step.p95,
        regression: false,
        improvement: false
    };
}
function matchedStep(column, context) {
    const { placed } = column;
    const { maxRegressionPercent, noiseFloorMs } = context.options;
    const currentP95 = placed.step.p95;
    const baselineP95 = median(Float64Array.from(column.historyP95));
    const deltaMs = currentP95 - baselineP95;
    const deltaPercent = (deltaMs * 100) / baselineP95;
    const practical = (growthMs, growthPercent) => growthPercent > maxRegressionPercent && growthMs > noiseFloorMs;
    const band = stepBand(column, context);
    const deviation = context.currentLog[column.index] - context.levels[column.index] - context.runFactor;
    const slower = practical(deltaMs, deltaPercent) && (band === undefined || deviation > band.limit);
    const faster = practical(-deltaMs, -deltaPercent) && (band === undefined || -deviation > band.limit);
    const comparison = {
        kind: 'matched',
        trackItemId: placed.trackItemId,
        stepId: placed.stepId,
        title: placed.title,
        currentP95,
        baselineP95,
        deltaMs,
        deltaPercent,
        ...(band === undefined ? {} : { bandPercent: band.percent }),
        currentErrors: placed.step.errors,
        currentRequests: placed.step.requests,
        baselineErrorRate: rateOf(column.errors),
        improvement: faster
    };
    if (slower) {
        return {
            ...comparison,
            regression: true,
            regressedOn: 'p95',
            message: p95Message(comparison, placed, context)
        };
    }
    if (errorsRose(placed.step, column.errors, context, context.probability.stepErrors)) {
        return {
            ...comparison,
            regression: true,
            regressedOn: 'errors',
            message: `Step "${placed.title}" (${placed.trackItem.title}): ${errorChange(placed.step, column.errors)}.`
        };
    }
    return { ...comparison, regression: false };
}
function stepBand(column, context) {
    if (context.limits === undefined)
        return undefined;
    const limit = context.limits[column.index];
    return { limit, percent: (Math.exp(limit) - 1) * 100 };
}
function p95Message(comparison, placed, context) {
    const change = `p95 ${(0,number_format/* formatMs */._V)(comparison.baselineP95)} → ${(0,number_format/* formatMs */._V)(comparison.currentP95)}, ${(0,number_format/* formatPercent */.l9)(comparison.deltaPercent, { signed: true })}`;
    const band = comparison.bandPercent === undefined
        ? uncalibratedNote(context)
        : `usual run-to-run ±${(0,number_format/* formatPercent */.l9)(comparison.bandPercent)}`;
    return `Step "${placed.title}" (${placed.trackItem.title}): ${change} (${band}).`;
}
function uncalibratedNote(context) {
    const { maxRegressionPercent, noiseFloorMs } = context.options;
    return `gate uncalibrated, limit ${(0,number_format/* formatPercent */.l9)(maxRegressionPercent, { signed: true })} and ${(0,number_format/* formatMs */._V)(noiseFloorMs)}`;
}
/** Errors beyond what the history explains at the probability, and above the practical minimum. */
function errorsRose(now, history, context, probability) {
    const currentRate = rateOf(now);
    const historyRate = rateOf(history);
    const practical = currentRate - historyRate > MIN_ERROR_RATE_RISE &&
        currentRate > historyRate * (1 + context.options.maxRegressionPercent / 100);
    return (practical &&
        errorSurprise(now, history, context.overdispersion, context.distributions) < probability);
}
function errorChange(now, history) {
    return (`errors ${(0,number_format/* formatCount */.B4)(now.errors)} of ${(0,number_format/* formatCount */.B4)(now.requests)} requests (${(0,number_format/* formatPercent */.l9)(rateOf(now))}), ` +
        `against ${(0,number_format/* formatPercent */.l9)(rateOf(history))} in the history (${(0,number_format/* formatCount */.B4)(history.errors)} of ${(0,number_format/* formatCount */.B4)(history.requests)})`);
}
function rateOf(counts) {
    return counts.requests > 0 ? (counts.errors * 100) / counts.requests : 0;
}
/** How much all steps moved together, and whether that is beyond the run-to-run band. */
function runShift(context, compared) {
    const { model, runFactor, options, distributions } = context;
    if (model === undefined || compared.length === 0)
        return { figures: {} };
    const limit = runLimit(model, context.probability.runP95, distributions);
    const changePercent = (Math.exp(runFactor) - 1) * 100;
    const bandPercent = (Math.exp(limit) - 1) * 100;
    const typicalMs = Math.exp(median(Float64Array.from(compared, ({ index }) => context.levels[index])));
    const beyond = runFactor > limit &&
        changePercent > options.maxRegressionPercent &&
        typicalMs * (Math.exp(runFactor) - 1) > options.noiseFloorMs;
    const figures = { runChangePercent: changePercent, runBandPercent: bandPercent };
    if (!beyond)
        return { figures };
    const steps = compared.length === 1 ? 'The step is' : `All ${(0,number_format/* counted */.hS)(compared.length, 'step', 'steps')} are`;
    return {
        figures,
        regression: {
            measure: 'p95',
            changePercent,
            bandPercent,
            message: `${steps} ${(0,number_format/* formatPercent */.l9)(changePercent)} slower, beyond the run-to-run band of ±${(0,number_format/* formatPercent */.l9)(bandPercent)}.`
        }
    };
}
function runErrorRegressions(context, compared) {
    const now = { errors: 0, requests: 0 };
    const history = { errors: 0, requests: 0 };
    for (const { placed, errors } of compared) {
        now.errors += placed.step.errors;
        now.requests += placed.step.requests;
        history.errors += errors.errors;
        history.requests += errors.requests;
    }
    if (!errorsRose(now, history, context, context.probability.runErrors))
        return [];
    return [
        {
            measure: 'errors',
            changePercent: rateOf(now) - rateOf(history),
            message: `The run's ${errorChange(now, history)}.`
        }
    ];
}
/** Each run's p95 index (geometric mean of step p95s against the levels) and worst p95. */
function trend(context) {
    const { history, levels, currentLog, current } = context;
    const { runs, steps, values } = context.logP95;
    const points = history.runs.map((run, index) => ({
        p95Index: indexOf(values.subarray(index * steps, (index + 1) * steps), levels),
        worstP95: run.worstP95,
        current: false
    }));
    if (runs === 0)
        return [];
    points.push({
        p95Index: indexOf(currentLog, levels),
        worstP95: current.totals.worstP95,
        current: true
    });
    return points;
}
function indexOf(logP95, levels) {
    let sum = 0;
    let count = 0;
    for (let step = 0; step < levels.length; step++) {
        const deviation = logP95[step] - levels[step];
        if (!Number.isFinite(deviation))
            continue;
        sum += deviation;
        count++;
    }
    return count === 0 ? 100 : Math.exp(sum / count) * 100;
}

;// CONCATENATED MODULE: ./src/verdict/step-pairing.ts
/** Every step of a run with its track item. */
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

;// CONCATENATED MODULE: ./src/verdict/history.ts

class HistoryFold {
    steps;
    folded = [];
    columnOf;
    columnById = new Map();
    constructor(current) {
        this.steps = placedSteps(current);
        this.columnOf = new Map(this.steps.map((step, column) => [step, column]));
        this.steps.forEach((step, column) => {
            if (!this.columnById.has(idKey(step)))
                this.columnById.set(idKey(step), column);
        });
    }
    get size() {
        return this.folded.length;
    }
    add(run, ref) {
        const count = this.steps.length;
        const row = {
            ref,
            worstP95: run.totals.worstP95,
            sortKey: `${run.finishedAt}\u0000${run.runId}`,
            p95: new Float64Array(count).fill(NaN),
            errors: new Float64Array(count).fill(NaN),
            requests: new Float64Array(count).fill(NaN),
            vanished: []
        };
        const { pairs, rightOnly } = this.pair(placedSteps(run));
        for (const [index, earlier] of pairs) {
            const { p95, errors, requests } = earlier.step;
            row.p95[index] = p95;
            row.errors[index] = errors;
            row.requests[index] = requests;
        }
        row.vanished = rightOnly.map(({ trackItemId, stepId, title, step }) => ({
            trackItemId,
            stepId,
            title,
            p95: step.p95
        }));
        this.folded.push(row);
    }
    /**
     * Pairs an earlier run's steps with this run's columns as pairSteps would, without building its
     * maps for every run: most steps pair by track item and step ID through an index built once, and
     * only the rest go through pairSteps. Folding many large runs then makes little garbage.
     */
    pair(earlier) {
        const taken = new Uint8Array(this.steps.length);
        const pairs = [];
        const unpaired = [];
        for (const step of earlier) {
            const column = this.columnById.get(idKey(step));
            if (column === undefined || taken[column] === 1)
                unpaired.push(step);
            else {
                taken[column] = 1;
                pairs.push([column, step]);
            }
        }
        const rest = pairSteps(this.steps.filter((_, column) => taken[column] === 0), unpaired);
        for (const [current, step] of rest.pairs)
            pairs.push([this.columnOf.get(current) ?? -1, step]);
        return { pairs, rightOnly: rest.rightOnly };
    }
    /** The newest maxRuns runs folded so far, oldest first. */
    history(maxRuns = Infinity) {
        const runs = [...this.folded]
            .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
            .slice(-maxRuns);
        const count = this.steps.length;
        const matrix = (pick) => {
            const values = new Float64Array(runs.length * count);
            runs.forEach((run, index) => values.set(pick(run), index * count));
            return values;
        };
        return {
            steps: this.steps,
            runs: runs.map(({ ref, worstP95 }) => ({ ref, worstP95 })),
            p95: matrix((run) => run.p95),
            errors: matrix((run) => run.errors),
            requests: matrix((run) => run.requests),
            vanished: runs.at(-1)?.vanished ?? []
        };
    }
}
function idKey(step) {
    return `${step.trackItemId}\u0000${step.stepId}`;
}

;// CONCATENATED MODULE: ./src/verdict/verdict.ts

const NO_FIGURES = 'the run reported no figures';
/**
 * `error` when the run did not finish (any status but Finished, or a problem such as a timeout)
 * or finished without figures to judge: an infrastructure failure, told apart from `failed`, a
 * performance one (a breached threshold or a regressed step). Otherwise `passed`. The reason says
 * when a requested check could not be made, so a gate that is off never reads as a clean pass.
 */
function decideVerdict(input) {
    const regressions = input.comparison?.steps.filter((step) => step.regression) ?? [];
    const unmadeChecks = input.unmadeChecks ?? [];
    const runRegressions = input.comparison?.runRegressions ?? [];
    const judged = {
        breaches: input.breaches,
        regressions,
        ...(input.comparison === undefined ? {} : { baseline: input.comparison }),
        checks: input.checks ?? [],
        unmadeChecks
    };
    const withUnmade = (reason) => reason + unmadeSuffix(unmadeChecks.length);
    const unfinished = runProblemReason(input.runStatus, input.runProblem) ?? noFiguresReason(input);
    if (unfinished !== undefined)
        return { result: 'error', reason: withUnmade(unfinished), ...judged };
    if (input.breaches.length > 0 || regressions.length > 0 || runRegressions.length > 0) {
        return {
            result: 'failed',
            reason: withUnmade(failureReason(input.breaches, regressions.length, runRegressions.length)),
            ...judged
        };
    }
    return { result: 'passed', reason: withUnmade(passReason(input)), ...judged };
}
function runProblemReason(status, problem) {
    if (problem !== undefined && problem !== '')
        return problem;
    if (status.toLowerCase() !== 'finished')
        return `the run ended with status ${status}`;
    return undefined;
}
function noFiguresReason(input) {
    const judging = (input.criteriaCount ?? 0) > 0 || input.comparison !== undefined;
    return input.stepCount === 0 && judging ? NO_FIGURES : undefined;
}
function unmadeSuffix(count) {
    if (count === 0)
        return '';
    return count === 1
        ? '; 1 requested check could not be made'
        : `; ${count} requested checks could not be made`;
}
function failureReason(breaches, regressionCount, runRegressionCount) {
    const parts = [];
    if (breaches.length > 0) {
        const criteria = new Set(breaches.map((breach) => breach.criterion)).size;
        const times = breaches.length > criteria ? ` (${breaches.length} breaches)` : '';
        parts.push(`${(0,number_format/* counted */.hS)(criteria, 'threshold', 'thresholds')} breached${times}`);
    }
    if (regressionCount > 0) {
        parts.push(`${(0,number_format/* counted */.hS)(regressionCount, 'step', 'steps')} regressed against the baseline`);
    }
    if (runRegressionCount > 0)
        parts.push('the whole run regressed against the baseline');
    return parts.join(', ');
}
function passReason(input) {
    const steps = input.stepCount === undefined ? 'all steps' : (0,number_format/* counted */.hS)(input.stepCount, 'step', 'steps');
    const checks = [];
    if (input.criteriaCount === undefined)
        checks.push('no threshold breached');
    else if (input.criteriaCount > 0) {
        checks.push(`${(0,number_format/* counted */.hS)(input.criteriaCount, 'criterion', 'criteria')} held on ${steps}`);
    }
    if (input.comparison !== undefined)
        checks.push('no step regressed against the baseline');
    if (checks.length === 0)
        return `${steps} finished; no thresholds or regression limit set`;
    return checks.join(', ');
}

;// CONCATENATED MODULE: ./src/verdict/judge.ts








/** Used when `max-regression` is not set: a smaller growth never counts as a regression. */
const DEFAULT_MAX_REGRESSION_PERCENT = 10;
/** The server gives figures, not a verdict: thresholds and the baseline decide. */
async function judgeRun(input) {
    const { metrics, log } = input;
    const breaches = evaluateCriteria(metrics, input.criteria);
    const stepCount = (0,figures/* allSteps */.Bd)(metrics).length;
    const unmadeChecks = [...unmadeCriteria(input, stepCount), ...unmadeRegressionLimit(input)];
    const notes = [];
    const comparison = input.baseline && (await compareWithBaseline(input, input.baseline, unmadeChecks, notes));
    for (const check of unmadeChecks)
        log.warning(check, { title: 'Check not made' });
    for (const note of notes)
        log.notice(note);
    return decideVerdict({
        runStatus: metrics.status,
        runProblem: input.runProblem,
        breaches,
        comparison,
        stepCount,
        criteriaCount: input.criteria.length,
        checks: checkCriteria(metrics, input.criteria),
        unmadeChecks
    });
}
function unmadeCriteria(input, stepCount) {
    const { criteria } = input;
    if (stepCount === 0 && criteria.length > 0) {
        const which = criteria.length === 1 ? 'The criterion was' : `None of the ${criteria.length} criteria was`;
        return [`${which} checked: ${NO_FIGURES}.`];
    }
    return unmatchedCriteria(input.metrics, criteria).map((criterion) => `Threshold \`${criterion.source}\` matched no step of this run, so it was not checked.`);
}
function unmadeRegressionLimit(input) {
    if (input.maxRegressionPercent === undefined || input.baseline !== undefined)
        return [];
    return [
        `"max-regression: ${input.maxRegressionPercent}" was not checked: no baseline is set. Set "baseline: auto" or the path of an earlier run's metrics.json.`
    ];
}
async function compareWithBaseline(input, baseline, unmade, notes) {
    const search = await input.history.find(baseline);
    if (search.files.length === 0) {
        unmade.push(`No baseline, so no regression check: ${search.nothingFound ?? 'no earlier run was found'}.`);
        return undefined;
    }
    const skipped = {
        otherTimeline: 0,
        otherLoad: search.otherLoad ?? 0,
        unfinished: 0,
        unreadable: []
    };
    const fold = new HistoryFold(input.metrics);
    for (const file of search.files)
        await foldFile(fold, file, input, skipped);
    const history = fold.history(baseline.runs);
    const skippedNote = describeSkipped(skipped);
    const older = fold.size - history.runs.length;
    if (older > 0) {
        input.log.info(`${(0,number_format/* counted */.hS)(older, 'older history run', 'older history runs')} left out: baseline-runs is ${baseline.runs}.`);
    }
    if (history.runs.length === 0) {
        unmade.push(`No baseline, so no regression check: no history run can be compared (${skippedNote}).`);
        return undefined;
    }
    if (skippedNote !== '') {
        notes.push(`${(0,number_format/* counted */.hS)(history.runs.length, 'history run', 'history runs')} compared; ${skippedNote}.`);
    }
    if (history.runs.length < MIN_CALIBRATED_RUNS)
        notes.push(uncalibrated(history.runs.length, input));
    return compareWithHistory(input.metrics, history, {
        maxRegressionPercent: input.maxRegressionPercent ?? DEFAULT_MAX_REGRESSION_PERCENT,
        noiseFloorMs: input.noiseFloorMs,
        falseAlarmRate: input.falseAlarmRate
    }, await loadDistributions());
}
/** Reads one history run, adds it to the fold if it is comparable, and lets go of it. */
async function foldFile(fold, file, input, skipped) {
    const { metrics, log } = input;
    let run;
    try {
        run = await input.history.read(file);
    }
    catch (error) {
        skipped.unreadable.push(error.message);
        return;
    }
    if (run.timelineId !== metrics.timelineId) {
        skipped.otherTimeline++;
    }
    else if (!(0,load/* sameLoad */.h)(run.load, metrics.load)) {
        skipped.otherLoad++;
    }
    else if (run.status.toLowerCase() !== 'finished') {
        skipped.unfinished++;
    }
    else {
        const ref = file.ref ?? {
            runId: run.runId,
            url: run.source?.workflowRunUrl,
            finishedAt: run.finishedAt
        };
        log.info(`Baseline: run ${run.runId} from ${ref.url ?? file.path} (${run.finishedAt})`);
        fold.add(run, ref);
    }
}
function describeSkipped(skipped) {
    const parts = [];
    if (skipped.otherTimeline > 0) {
        parts.push(`${(0,number_format/* counted */.hS)(skipped.otherTimeline, 'run', 'runs')} of another timeline skipped`);
    }
    if (skipped.otherLoad > 0) {
        parts.push(`${(0,number_format/* counted */.hS)(skipped.otherLoad, 'run', 'runs')} of another load (data item, role or virtual users) skipped`);
    }
    if (skipped.unfinished > 0) {
        parts.push(`${(0,number_format/* counted */.hS)(skipped.unfinished, 'run', 'runs')} that did not finish skipped`);
    }
    if (skipped.unreadable.length > 0) {
        parts.push(`${(0,number_format/* counted */.hS)(skipped.unreadable.length, 'file', 'files')} unreadable (${skipped.unreadable[0]})`);
    }
    return parts.join(', ');
}
function uncalibrated(runs, input) {
    const needed = MIN_CALIBRATED_RUNS - runs;
    const limit = input.maxRegressionPercent ?? DEFAULT_MAX_REGRESSION_PERCENT;
    return (`The regression gate is uncalibrated: ${(0,number_format/* counted */.hS)(runs, 'history run', 'history runs')}, it needs ` +
        `${MIN_CALIBRATED_RUNS} to learn the timeline's noise (${needed} more). Until then a step ` +
        `regresses when its p95 grew by more than ${(0,number_format/* formatPercent */.l9)(limit)} and ${(0,number_format/* formatMs */._V)(input.noiseFloorMs)}.`);
}

;// CONCATENATED MODULE: ./src/present/ai-analysis.ts
/** The AI analysis text as markdown: each track item's section under a heading of its own. */

/** The header the server puts above each track item's analysis. */
const SECTION_HEADER = /^\s*=== AI Analysis for: (.*?) ===\s*$/;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;
const MAX_HEADING_LENGTH = 200;
/**
 * Server text escaped as escapeMarkdownText does, except that `=== AI Analysis for: <id> ===`
 * becomes a heading naming the track item by its title and region.
 */
function renderAiAnalysis(text, trackItems) {
    const byId = new Map(trackItems.map((item) => [item.trackItemId, item]));
    const blocks = [];
    let paragraph = [];
    const flush = () => {
        const escaped = escapeMarkdownText(paragraph.join('\n'));
        if (escaped)
            blocks.push(escaped);
        paragraph = [];
    };
    for (const line of text.split(LINE_BREAK)) {
        const header = SECTION_HEADER.exec(line);
        if (!header) {
            paragraph.push(line);
            continue;
        }
        flush();
        blocks.push(sectionHeading(header[1], byId.get(header[1].trim())));
    }
    flush();
    return blocks.join('\n\n');
}
function sectionHeading(trackItemId, trackItem) {
    const title = trackItem?.title || trackItemId || 'Unnamed track item';
    const region = trackItem?.region ? ` · ${trackItem.region}` : '';
    return `#### ${escapeMarkdownCell(truncate(`${title}${region}`, MAX_HEADING_LENGTH))}`;
}

;// CONCATENATED MODULE: ./src/present/xychart.ts
/** A fenced Mermaid `xychart-beta` block, which GitHub renders in summaries and comments. */
function renderXyChart(chart) {
    return [
        '```mermaid',
        chart.horizontal ? 'xychart-beta horizontal' : 'xychart-beta',
        ...(chart.title === undefined ? [] : [`  title "${chart.title}"`]),
        `  x-axis [${chart.xLabels.map((label) => `"${label}"`).join(', ')}]`,
        `  y-axis "${chart.yAxis}"`,
        `  ${chart.series} [${chart.values.join(', ')}]`,
        '```'
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/present/chart.ts
/** A Mermaid bar chart of the slowest steps' p95, which GitHub renders in summaries and comments. */



const DEFAULT_MAX_BARS = 20;
const DEFAULT_MAX_LABEL_LENGTH = 28;
const MAX_TRACK_ITEM_LABEL_LENGTH = 18;
/**
 * A heading and a fenced `xychart-beta` block of the slowest steps by p95, or an empty string when
 * there are no steps. Horizontal, so step titles stay readable on the category axis; when the run
 * has more than one track item, each label names the step's track item.
 */
function renderP95Chart(steps, options = {}) {
    if (steps.length === 0)
        return '';
    const maxBars = options.maxBars ?? DEFAULT_MAX_BARS;
    const slowest = [...steps].sort(slowestFirst).slice(0, maxBars);
    const scope = slowest.length < steps.length
        ? `slowest ${slowest.length} of ${(0,number_format/* formatCount */.B4)(steps.length)} steps`
        : (0,number_format/* counted */.hS)(steps.length, 'step', 'steps');
    const withTrackItem = new Set(steps.map(({ trackItem }) => trackItem)).size > 1;
    const labels = uniqueLabels(slowest.map(({ step, trackItem }) => {
        const title = chartLabel(step.title, options.maxLabelLength ?? DEFAULT_MAX_LABEL_LENGTH);
        if (!withTrackItem)
            return title;
        const where = chartLabel(trackItem.title || trackItem.trackItemId, MAX_TRACK_ITEM_LABEL_LENGTH);
        return `${title} · ${where}`;
    }));
    const values = slowest.map(({ step }) => (Number.isFinite(step.p95) ? Math.round(step.p95) : 0));
    return [
        `### p95 per step (${scope})`,
        '',
        renderXyChart({ horizontal: true, xLabels: labels, yAxis: 'p95 (ms)', series: 'bar', values })
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
/** Mermaid merges bars with equal labels, so labels still repeated get a number. */
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

;// CONCATENATED MODULE: ./src/present/checks.ts
/** The table of what the gate checked: each criterion, the worst figure it saw and whether it held. */



/** A markdown table with one row per criterion, or '' when there were none. */
function renderChecksTable(input, options) {
    const { checks } = input.verdict;
    if (checks.length === 0)
        return '';
    const titles = new Map(input.metrics.trackItems.map((item) => [item.trackItemId, item.title]));
    const rows = checks.slice(0, options.maxRows).map((check) => {
        const cells = [
            check.checkedOn === 0 ? '⚠️' : check.held ? '✅' : '❌',
            inlineCode(truncate(check.criterion.source, options.maxTitleLength)),
            worstFigure(check, titles, options.maxTitleLength),
            checkedOn(check)
        ];
        return `| ${cells.join(' | ')} |`;
    });
    const more = checks.length - rows.length;
    return [
        '| | Criterion | Worst measured | Checked on |',
        '| --- | --- | --- | --- |',
        ...rows,
        ...(more > 0 ? [`\n_…and ${(0,number_format/* formatCount */.B4)(more)} more criteria._`] : [])
    ].join('\n');
}
function worstFigure(check, titles, maxTitleLength) {
    if (!check.worst)
        return '–';
    const { value, stepTitle, trackItemId } = check.worst;
    const figure = (0,thresholds/* formatMetric */.gI)(check.criterion.metric, value);
    const trackItem = trackItemId === undefined ? undefined : (titles.get(trackItemId) ?? trackItemId);
    const cell = (text) => escapeMarkdownCell(truncate(text, maxTitleLength));
    if (stepTitle !== undefined) {
        return `${figure} on ${cell(stepTitle)}${trackItem ? ` (${cell(trackItem)})` : ''}`;
    }
    return trackItem ? `${figure} (${cell(trackItem)})` : figure;
}
function checkedOn({ criterion, checkedOn }) {
    const onSteps = thresholds/* TIME_METRICS */.Sh.has(criterion.metric) || criterion.scope.kind === 'step';
    if (onSteps) {
        return checkedOn === 0 ? 'no step matched' : (0,number_format/* counted */.hS)(checkedOn, 'step', 'steps');
    }
    if (criterion.scope.kind === 'track-item') {
        return checkedOn === 0 ? 'no such track item' : "the track item's totals";
    }
    return "the run's totals";
}

;// CONCATENATED MODULE: ./src/present/regression-text.ts
/** Sentences about the comparison with the history, shared by the summary and the comment. */



/** `Compared 98 steps with 10 history runs: 2 regressed; the rest moved within their usual range.` */
function comparedLine(baseline, regressions) {
    const steps = (0,number_format/* counted */.hS)(baseline.comparedSteps, 'step', 'steps');
    const runs = (0,number_format/* counted */.hS)(baseline.runs.length, 'history run', 'history runs');
    const rest = baseline.calibrated
        ? regressions === 0
            ? 'all moved within their usual range'
            : `${(0,number_format/* formatCount */.B4)(regressions)} regressed; the rest moved within their usual range`
        : regressions === 0
            ? `none grew by more than ${practicalMinimum(baseline)}`
            : `${(0,number_format/* formatCount */.B4)(regressions)} grew by more than ${practicalMinimum(baseline)}`;
    const whole = baseline.runChangePercent === undefined || baseline.runBandPercent === undefined
        ? ''
        : ` The run as a whole: ${(0,number_format/* formatPercent */.l9)(baseline.runChangePercent, { signed: true })} ` +
            `(usual run-to-run ±${(0,number_format/* formatPercent */.l9)(baseline.runBandPercent)}).`;
    return `Compared ${steps} with ${runs}: ${rest}.${whole}`;
}
/** `History: 10 runs (…) · false alarms at most 1% of unchanged runs · practical minimum +10% and 20 ms` */
function historyLine(baseline, maxLinks) {
    const links = baseline.runs
        .slice(-maxLinks)
        .map((run) => markdownLink(truncate(run.runId, 80), run.url));
    const more = baseline.runs.length > links.length ? '…, ' : '';
    const runs = `${(0,number_format/* counted */.hS)(baseline.runs.length, 'run', 'runs')} (${more}${links.join(', ')})`;
    const gate = baseline.calibrated
        ? `false alarms at most ${(0,number_format/* formatPercent */.l9)(baseline.falseAlarmRate)} of unchanged runs`
        : `⚠️ uncalibrated: the noise is learnt from ${MIN_CALIBRATED_RUNS} runs, ${MIN_CALIBRATED_RUNS - baseline.runs.length} more needed`;
    return `History: ${runs} · ${gate} · practical minimum ${practicalMinimum(baseline)}`;
}
function practicalMinimum(baseline) {
    const percent = baseline.maxRegressionPercent === undefined
        ? ''
        : `${(0,number_format/* formatPercent */.l9)(baseline.maxRegressionPercent, { signed: true })} and `;
    return `${percent}${(0,number_format/* formatMs */._V)(baseline.noiseFloorMs)}`;
}

;// CONCATENATED MODULE: ./src/present/trend-chart.ts
/** Mermaid line charts of the history and this run, so an outlier run shows at a glance. */


/**
 * Two `xychart-beta` line charts: the run-level p95 index (geometric mean of the step p95s against
 * the history, 100 = usual) and the worst p95, history oldest first, this run last. Empty without
 * history.
 */
function renderTrendChart(trend) {
    if (trend.length < 2)
        return '';
    const labels = trend.map((point, index) => (point.current ? 'this run' : `run ${index + 1}`));
    const chart = (title, yAxis, values) => renderXyChart({
        title,
        xLabels: labels,
        yAxis,
        series: 'line',
        values: values.map((value) => (Number.isFinite(value) ? round(value) : 0))
    });
    return [
        `History of ${(0,number_format/* counted */.hS)(trend.length - 1, 'run', 'runs')}, oldest first, and this run:`,
        '',
        chart('p95 index (100 = the history’s usual)', 'p95 index', trend.map((point) => point.p95Index)),
        '',
        chart('Worst step p95', 'p95 (ms)', trend.map((point) => point.worstP95))
    ].join('\n');
}
function round(value) {
    return Math.round(value * 10) / 10;
}

;// CONCATENATED MODULE: ./src/present/summary.ts
/** The job summary: verdict and headline figures first, then every step's figures within 1 MiB. */







const DEFAULT_MAX_BYTES = 1_000_000;
const MAX_LISTED = 50;
const MAX_NOTES = 20;
const summary_MAX_TITLE_LENGTH = 200;
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
const TIME_COLUMNS = ['average', 'median', 'p90', 'p95', 'p99', 'max'];
const SECTION_SEPARATOR = '\n\n';
function renderSummary(input, options = {}) {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const context = buildContext(input);
    const leading = [
        headline(input),
        unmadeCheckLines(input.verdict, MAX_MESSAGE_LENGTH).join(SECTION_SEPARATOR),
        notesSection(input.notes ?? []),
        checksSection(input),
        breachesSection(input.verdict),
        baselineSection(context),
        trendSection(input.verdict)
    ].filter((section) => section !== '');
    let chart = renderP95Chart(context.steps);
    let ai = aiSection(input, maxBytes);
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
    return {
        input,
        steps,
        gated: gatedStepKeys(input.verdict, indexSteps(steps)),
        comparisons,
        trackItemTitles: trackItemTitles(input.metrics),
        units: columnUnits(steps, [...comparisons.values()])
    };
}
function columnUnits(steps, comparisons) {
    const stepUnit = (column) => (0,number_format/* timeUnitFor */.J8)(steps.map(({ step }) => step[column]));
    return {
        average: stepUnit('average'),
        median: stepUnit('median'),
        p90: stepUnit('p90'),
        p95: stepUnit('p95'),
        p99: stepUnit('p99'),
        max: stepUnit('max'),
        baselineP95: (0,number_format/* timeUnitFor */.J8)(comparisons.map((step) => step.baselineP95 ?? 0)),
        deltaMs: (0,number_format/* timeUnitFor */.J8)(comparisons.map((step) => step.deltaMs ?? 0))
    };
}
function headline({ metrics, verdict, links, name }) {
    const lines = [`## ${verdictHeadline(verdict, name)}`, runFacts(metrics), keyFigures(metrics)];
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
        `duration ${(0,number_format/* formatDuration */.a3)(metrics.durationSeconds)}`,
        `planned ${(0,number_format/* formatDuration */.a3)(metrics.plannedRunTime)}`,
        `estimated virtual-user usage ${(0,number_format/* formatCount */.B4)(metrics.estimatedVum)} VUM`
    ].join(' · ');
}
function keyFigures(metrics) {
    return `**Worst p95:** ${worstP95Text(metrics, summary_MAX_TITLE_LENGTH)} · **Error rate:** ${errorRateText(metrics)}`;
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
function checksSection(input) {
    const table = renderChecksTable(input, {
        maxRows: MAX_LISTED,
        maxTitleLength: summary_MAX_TITLE_LENGTH
    });
    return table ? `### Criteria\n\n${table}` : '';
}
function breachesSection(verdict) {
    const { breaches } = verdict;
    if (breaches.length === 0)
        return '';
    const listed = breaches
        .slice(0, MAX_LISTED)
        .map((breach) => `- ❌ ${escapeMarkdownCell(truncate(breach.message, MAX_MESSAGE_LENGTH))}`);
    return [
        `### ❌ ${(0,number_format/* counted */.hS)(breaches.length, 'threshold breach', 'threshold breaches')}`,
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
        '### Compared with the history',
        historyLine(baseline, 10),
        comparedLine(baseline, regressions.length),
        [
            `🔺 ${(0,number_format/* counted */.hS)(regressions.length + baseline.runRegressions.length, 'regression', 'regressions')}`,
            `✅ ${(0,number_format/* formatCount */.B4)(improved.length)} faster`,
            `🆕 ${(0,number_format/* formatCount */.B4)(newSteps.length)} new`,
            `${(0,number_format/* formatCount */.B4)(vanished.length)} vanished`
        ].join(' · ')
    ];
    const findings = [
        ...baseline.runRegressions.map((finding) => finding.message),
        ...[...regressions].sort((a, b) => b.deltaPercent - a.deltaPercent).map((step) => step.message)
    ];
    if (findings.length > 0) {
        parts.push([
            '**🔺 Regressions**',
            '',
            ...findings
                .slice(0, MAX_LISTED)
                .map((message) => `- ❌ ${escapeMarkdownText(truncate(message, MAX_MESSAGE_LENGTH))}`),
            ...moreLine(findings.length - MAX_LISTED, 'regressions')
        ].join('\n'));
    }
    if (newSteps.length > 0)
        parts.push(`**🆕 New steps:** ${stepNames(context, newSteps)}`);
    if (vanished.length > 0)
        parts.push(`**Vanished steps:** ${stepNames(context, vanished)}`);
    return parts.join(SECTION_SEPARATOR);
}
function trendSection(verdict) {
    const chart = renderTrendChart(verdict.baseline?.trend ?? []);
    return chart === '' ? '' : `### Trend\n\n${chart}`;
}
function stepNames(context, steps) {
    return stepNameList(steps, context.trackItemTitles, {
        maxListed: MAX_LISTED,
        maxTitleLength: summary_MAX_TITLE_LENGTH
    });
}
function stepsHeadingSection(context) {
    if (context.steps.length === 0)
        return '### Steps\n\nNo step figures were reported.';
    const legend = ['Slowest p95 first.'];
    if (context.gated.size > 0)
        legend.push('❌ breached a threshold or regressed.');
    if (context.input.verdict.baseline) {
        legend.push('🔺 slower than the baseline, ✅ faster, 🆕 not in the baseline.');
    }
    return `### Steps\n\n${legend.join(' ')}`;
}
function omissionSentence(omitted, total, links) {
    return (`**${(0,number_format/* formatCount */.B4)(omitted)} of ${(0,number_format/* formatCount */.B4)(total)} steps are not shown** to keep this summary ` +
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
        const row = stepRow(view, context, key, withBaseline);
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
    const heading = `#### ${escapeMarkdownCell(truncate(trackItem.title || trackItem.trackItemId, summary_MAX_TITLE_LENGTH))}${region}`;
    const table = [`| ${columns.join(' | ')} |`, `| ${alignment.join(' | ')} |`, ...rows].join('\n');
    const hidden = trackItem.steps.length - rows.length;
    const parts = [heading, table];
    if (rows.length > 0 && hidden > 0)
        parts.push(notShownLine(hidden));
    return parts.join(SECTION_SEPARATOR);
}
function notShownLine(hidden) {
    return `_${(0,number_format/* counted */.hS)(hidden, 'more step', 'more steps')} of this track item not shown._`;
}
function stepRow({ step }, context, key, withBaseline) {
    const title = escapeMarkdownCell(truncate(step.title || step.stepId, summary_MAX_TITLE_LENGTH));
    const { units } = context;
    const cells = [
        context.gated.has(key) ? `❌ ${title}` : title,
        (0,number_format/* formatCount */.B4)(step.requests),
        (0,number_format/* formatCount */.B4)(step.errors),
        (0,number_format/* formatPercent */.l9)(step.errorRate),
        ...TIME_COLUMNS.map((column) => (0,number_format/* formatMs */._V)(step[column], { unit: units[column] }))
    ];
    if (withBaseline)
        cells.push(...baselineCells(context.comparisons.get(key), units));
    return `| ${cells.join(' | ')} |`;
}
function baselineCells(comparison, units) {
    if (!comparison || comparison.kind === 'vanished')
        return ['–', '–', '–'];
    if (comparison.kind === 'new')
        return ['🆕 new', '–', '–'];
    const mark = comparison.regression ? '🔺 ' : comparison.improvement ? '✅ ' : '';
    return [
        (0,number_format/* formatMs */._V)(comparison.baselineP95 ?? NaN, { unit: units.baselineP95 }),
        (0,number_format/* formatMs */._V)(comparison.deltaMs ?? NaN, { signed: true, unit: units.deltaMs }),
        `${mark}${(0,number_format/* formatPercent */.l9)(comparison.deltaPercent ?? NaN, { signed: true })}` +
            (comparison.bandPercent === undefined ? '' : ` (±${(0,number_format/* formatPercent */.l9)(comparison.bandPercent)})`)
    ];
}
function aiSection(input, maxBytes) {
    const { aiAnalysis: text, links, metrics } = input;
    if (!text || text.trim() === '')
        return '';
    const cap = Math.floor(maxBytes / 4);
    const render = (length) => renderAiAnalysis(truncate(text, length), metrics.trackItems);
    let length = Math.min(text.length, MAX_AI_CHARACTERS);
    let body = render(length);
    while (Buffer.byteLength(body) > cap && length > 0) {
        length = Math.floor(length / 2);
        body = render(length);
    }
    if (length < text.length) {
        body += `\n\n_The analysis is cut short here; the full text is in ${reportsLocation(links)}._`;
    }
    return `<details><summary>AI analysis</summary>\n\n${body}\n\n</details>`;
}
function moreLine(more, what) {
    return more > 0 ? [`- …and ${(0,number_format/* formatCount */.B4)(more)} more ${what}.`] : [];
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



const INVALID_XML = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function renderJUnit(input) {
    const { metrics, verdict } = input;
    const timeline = metrics.timelineTitle || metrics.timelineId;
    const suiteName = input.name ? `${timeline} (${input.name})` : timeline;
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
    for (const finding of verdict.baseline?.runRegressions ?? []) {
        runCase.failures.push({
            type: 'regression',
            message: finding.message,
            details: finding.message
        });
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
        details: `Criterion: ${criterion.source}\nMeasured ${criterion.metric}: ${(0,thresholds/* formatMetric */.gI)(criterion.metric, value)}`
    };
}
function regressionFailure(comparison) {
    const change = p95Change(comparison);
    const band = comparison.bandPercent === undefined
        ? ''
        : `\nUsual run-to-run band: ±${(0,number_format/* formatPercent */.l9)(comparison.bandPercent)}`;
    return {
        type: 'regression',
        message: comparison.message,
        details: `Baseline p95 → current p95: ${change}${band}`
    };
}
/** `120 ms → 180 ms (+60 ms, +50%)` */
function p95Change(comparison) {
    const from = (0,number_format/* formatMs */._V)(comparison.baselineP95);
    const to = (0,number_format/* formatMs */._V)(comparison.currentP95);
    const deltaMs = (0,number_format/* formatMs */._V)(comparison.deltaMs, { signed: true });
    const deltaPercent = (0,number_format/* formatPercent */.l9)(comparison.deltaPercent, { signed: true });
    return `${from} → ${to} (${deltaMs}, ${deltaPercent})`;
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

;// CONCATENATED MODULE: ./src/present/findings.ts
/** The verdict's findings (breaches and regressions) as sentences, worst first, for annotations. */
/** Every breach and regression, the furthest past its limit or baseline first. */
function rankFindings(verdict) {
    const findings = [
        ...verdict.breaches.map(breachFinding),
        ...verdict.regressions.map(regressionFinding),
        ...(verdict.baseline?.runRegressions ?? []).map(runRegressionFinding)
    ];
    return findings.sort((a, b) => b.severity - a.severity);
}
function breachFinding(breach) {
    const { limit } = breach.criterion;
    return {
        kind: 'breach',
        message: breach.message,
        severity: Math.abs(breach.value - limit) / (Math.abs(limit) || 1)
    };
}
function regressionFinding(regression) {
    return {
        kind: 'regression',
        message: regression.message,
        severity: regression.deltaPercent / 100
    };
}
function runRegressionFinding(regression) {
    return {
        kind: 'regression',
        message: regression.message,
        severity: regression.changePercent / 100
    };
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
const MAX_CRITERIA = 10;
const MAX_LISTED_STEPS = 10;
const comment_body_MAX_TITLE_LENGTH = 80;
const comment_body_MAX_MESSAGE_LENGTH = 300;
/**
 * The hidden line that finds this job's comment (this leg's, with a name) again on the next run.
 * Values are percent-encoded where they could end the HTML comment or blur the boundary between
 * values.
 */
function commentMarker(timelineId, job, name) {
    const leg = name === undefined ? '' : ` name=${markerValue(name)}`;
    return `<!-- ${MARKER_PREFIX} timeline=${markerValue(timelineId)} job=${markerValue(job)}${leg} -->`;
}
function renderComment(input) {
    const { metrics, verdict } = input;
    const sections = [
        `${input.marker}\n### ${verdictHeadline(verdict, input.name)}`,
        runLine(input),
        unmadeCheckLines(verdict, comment_body_MAX_MESSAGE_LENGTH).join('\\\n'),
        comment_body_notesSection(input.notes ?? []),
        renderChecksTable(input, { maxRows: MAX_CRITERIA, maxTitleLength: comment_body_MAX_TITLE_LENGTH }),
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
        `${escapeMarkdownCell(truncate(metrics.status, 40))} in ${(0,number_format/* formatDuration */.a3)(metrics.durationSeconds)}`,
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
        lines.push(`- …and ${(0,number_format/* formatCount */.B4)(breaches.length - lines.length)} more in the summary.`);
    }
    return [`**Breaches (${(0,number_format/* formatCount */.B4)(breaches.length)})**`, ...lines].join('\n');
}
function comment_body_baselineSection(input, baseline) {
    const regressions = [...input.verdict.regressions].sort((a, b) => (b.deltaMs ?? 0) - (a.deltaMs ?? 0));
    const improvements = baseline.steps
        .filter((step) => step.improvement)
        .sort((a, b) => (a.deltaMs ?? 0) - (b.deltaMs ?? 0));
    const counts = [
        `🔺 ${(0,number_format/* formatCount */.B4)(regressions.length)} slower`,
        `✅ ${(0,number_format/* formatCount */.B4)(improvements.length)} faster`,
        `🆕 ${(0,number_format/* formatCount */.B4)(baseline.steps.filter((step) => step.kind === 'new').length)} new`,
        `${(0,number_format/* formatCount */.B4)(baseline.steps.filter((step) => step.kind === 'vanished').length)} vanished`
    ].join(' · ');
    const lines = [
        `**Compared with ${baselineRuns(baseline)}:** ${counts}`,
        '',
        comparedLine(baseline, regressions.length),
        ...baseline.runRegressions.map((finding) => `\n🔺 ${escapeMarkdownText(truncate(finding.message, comment_body_MAX_MESSAGE_LENGTH))}`)
    ];
    const titles = trackItemTitles(input.metrics);
    const changed = [
        ...regressions.slice(0, MAX_REGRESSIONS),
        ...improvements.slice(0, MAX_IMPROVEMENTS)
    ];
    if (changed.length > 0) {
        const units = {
            baseline: (0,number_format/* timeUnitFor */.J8)(changed.map((step) => step.baselineP95 ?? 0)),
            current: (0,number_format/* timeUnitFor */.J8)(changed.map((step) => step.currentP95 ?? 0)),
            delta: (0,number_format/* timeUnitFor */.J8)(changed.map((step) => step.deltaMs ?? 0))
        };
        lines.push('', '| Step | Track item | Baseline p95 | p95 | Change |', '| --- | --- | ---: | ---: | ---: |', ...changed.map((step) => changeRow(step, titles, units)));
    }
    for (const [kind, label] of [
        ['new', '🆕 New steps'],
        ['vanished', 'Vanished steps']
    ]) {
        const listed = baseline.steps.filter((step) => step.kind === kind);
        if (listed.length > 0)
            lines.push('', `**${label}:** ${comment_body_stepNames(listed, titles)}`);
    }
    return lines.join('\n');
}
function comment_body_stepNames(steps, titles) {
    return stepNameList(steps, titles, {
        maxListed: MAX_LISTED_STEPS,
        maxTitleLength: comment_body_MAX_TITLE_LENGTH
    });
}
function baselineRuns(baseline) {
    const links = baseline.runs
        .slice(0, MAX_BASELINE_RUNS)
        .map((run) => markdownLink(truncate(run.runId, 80), run.url));
    if (baseline.runs.length > 1) {
        const more = baseline.runs.length > links.length ? ', …' : '';
        return `a history of ${baseline.runs.length} runs (${links.join(', ')}${more})`;
    }
    return `run ${links[0] ?? 'unknown'}`;
}
function changeRow(step, titles, units) {
    const mark = step.regression ? '🔺' : '✅';
    const band = step.bandPercent === undefined ? '' : `, usual ±${(0,number_format/* formatPercent */.l9)(step.bandPercent)}`;
    const change = `${mark} ${(0,number_format/* formatMs */._V)(step.deltaMs ?? NaN, { signed: true, unit: units.delta })} (${(0,number_format/* formatPercent */.l9)(step.deltaPercent ?? NaN, { signed: true })}${band})`;
    return tableRow([
        comment_body_cell(step.title),
        comment_body_cell(titles.get(step.trackItemId) ?? step.trackItemId),
        (0,number_format/* formatMs */._V)(step.baselineP95 ?? NaN, { unit: units.baseline }),
        (0,number_format/* formatMs */._V)(step.currentP95 ?? NaN, { unit: units.current }),
        change
    ]);
}
function slowestSection(input) {
    const steps = allSteps(input.metrics);
    const slowest = [...steps].sort(slowestFirst).slice(0, SLOWEST_STEPS);
    const heading = steps.length > slowest.length
        ? `**Slowest ${slowest.length} of ${(0,number_format/* formatCount */.B4)(steps.length)} steps by p95**`
        : '**Steps by p95**';
    const p95Unit = (0,number_format/* timeUnitFor */.J8)(slowest.map(({ step }) => step.p95));
    const p99Unit = (0,number_format/* timeUnitFor */.J8)(slowest.map(({ step }) => step.p99));
    return [
        heading,
        '',
        '| Step | Track item | Requests | Error rate | p95 | p99 |',
        '| --- | --- | ---: | ---: | ---: | ---: |',
        ...slowest.map(({ trackItem, step }) => tableRow([
            comment_body_cell(step.title || step.stepId),
            comment_body_cell(trackItem.title || trackItem.trackItemId),
            (0,number_format/* formatCount */.B4)(step.requests),
            (0,number_format/* formatPercent */.l9)(step.errorRate),
            (0,number_format/* formatMs */._V)(step.p95, { unit: p95Unit }),
            (0,number_format/* formatMs */._V)(step.p99, { unit: p99Unit })
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
function comment_body_cell(text) {
    return escapeMarkdownCell(truncate(text, comment_body_MAX_TITLE_LENGTH));
}
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}

;// CONCATENATED MODULE: ./src/github/comment.ts
const COMMENT_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** The author of what GITHUB_TOKEN writes, should the token not say who it is. */
const ACTIONS_BOT = 'github-actions[bot]';
/** The pull request this workflow run is for, or undefined on other events. */
async function pullRequestNumber() {
    if (!COMMENT_EVENTS.has(process.env.GITHUB_EVENT_NAME ?? ''))
        return undefined;
    const { context } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 61351));
    return context.payload.pull_request?.number;
}
/**
 * Keeps one comment per timeline and job on the pull request: found again by its hidden marker
 * and edited in place, so a push does not add another comment. Only a comment written by the
 * token's own identity counts: anyone can paste the marker into a comment of theirs.
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
        const author = await tokenIdentity(octokit);
        const ours = existing.find((comment) => comment.user?.login === author && comment.body?.includes(marker));
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
/**
 * Who the token writes as: the user of a personal token, `<app>[bot]` for a GitHub App's token.
 * GraphQL `viewer` answers for both, where GET /user refuses an App's token.
 */
async function tokenIdentity(octokit) {
    try {
        const { viewer } = await octokit.graphql('{ viewer { login } }');
        return viewer.login;
    }
    catch {
        return ACTIONS_BOT;
    }
}

;// CONCATENATED MODULE: ./src/github/publish.ts












const ANNOTATED_FINDINGS = 10;
const FINDING_TITLES = {
    breach: 'Performance threshold breached',
    regression: 'Performance regression'
};
/** Everything a person or a later step sees of the run: files, artifact, summary, comment, outputs. */
async function publishResults(results) {
    const { settings, metrics, verdict, reports, log } = results;
    annotateVerdict(verdict, settings.failOnBreach, log);
    const presentation = {
        metrics,
        verdict,
        aiAnalysis: reports.aiText,
        notes: reports.problems,
        links: { workflowRunUrl: workflowRunUrl() },
        name: settings.name
    };
    const junitFile = (0,external_node_path_.join)(reports.dir, download/* REPORT_FILES */.JL.junit);
    await (0,external_node_fs_promises_.writeFile)(junitFile, renderJUnit(presentation));
    const artifactName = settings.artifactName ?? (0,reports_artifact/* defaultArtifactName */.Vb)(metrics.timelineId, metrics.runId, settings.name);
    const artifact = await toolkit/* core */.I8.group(`Uploading the reports as artifact "${artifactName}"`, () => (0,reports_artifact/* uploadReportArtifact */.qw)(reports.dir, [...reports.files, results.metricsFile, junitFile], artifactName, settings.retentionDays, log));
    presentation.links = { ...presentation.links, ...artifactLinks(artifact, artifactName) };
    await (0,toolkit/* writeSummary */.Sy)(renderSummary(presentation).markdown);
    await commentOnPullRequest(presentation, settings, log);
    setOutputs({ ...results, junitFile, artifact, artifactLink: presentation.links.artifactUrl });
    conclude(verdict, settings.failOnBreach, log);
}
function artifactLinks(artifact, name) {
    return artifact ? { artifactName: name, artifactUrl: artifactUrl(artifact.id) } : {};
}
/**
 * GitHub shows at most 10 error and 10 warning annotations per step: the worst findings become
 * annotations, one more says how many are left and where, and the log lists them all.
 */
function annotateVerdict(verdict, failOnBreach, log) {
    const annotate = failOnBreach ? log.error : log.warning;
    const findings = rankFindings(verdict);
    for (const finding of findings.slice(0, ANNOTATED_FINDINGS)) {
        annotate(finding.message, { title: FINDING_TITLES[finding.kind] });
    }
    const more = findings.length - ANNOTATED_FINDINGS;
    if (more <= 0)
        return;
    const group = `All ${(0,number_format/* formatCount */.B4)(findings.length)} performance findings, worst first`;
    annotate(`${(0,number_format/* formatCount */.B4)(more)} more findings are not annotated. All ${(0,number_format/* formatCount */.B4)(findings.length)} are ` +
        `listed in this step's log (group "${group}"), in junit.xml (a failure per step) and, with ` +
        `every step's figures, in metrics.json among the reports; the job summary lists the worst.`, { title: 'More performance findings' });
    toolkit/* core */.I8.startGroup(group);
    for (const finding of findings)
        log.info(finding.message);
    toolkit/* core */.I8.endGroup();
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
    const marker = commentMarker(presentation.metrics.timelineId, process.env.GITHUB_JOB ?? '', settings.name);
    const body = renderComment({ ...presentation, marker });
    await upsertPullRequestComment(pullNumber, body, marker, settings.githubToken, log);
}
function setOutputs(results) {
    const { metrics, verdict, reports } = results;
    const outputs = {
        status: metrics.status,
        result: verdict.result,
        'p95-ms': metrics.totals.worstP95,
        'error-rate': publish_round(metrics.totals.errorRate),
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
            toolkit/* core */.I8.setOutput(name, String(value));
    }
}
function conclude(verdict, failOnBreach, log) {
    if (verdict.result === 'passed')
        log.info(`Result: ${verdict.reason}`);
    else if (verdict.result === 'error' || failOnBreach)
        toolkit/* core */.I8.setFailed(verdict.reason);
    else
        log.warning(`${verdict.reason} (fail-on-breach is false, so the step passes)`);
}
function publish_round(value) {
    return Math.round(value * 1000) / 1000;
}

;// CONCATENATED MODULE: ./src/present/failure.ts
/** The job summary of a step that failed before it had a run to judge: what went wrong, what to do. */

const MAX_PROBLEMS = 20;
const MAX_PROBLEM_LENGTH = 1000;
function renderFailureSummary({ problems, advice }) {
    const listed = problems
        .slice(0, MAX_PROBLEMS)
        .map((problem) => escapeMarkdownCell(truncate(problem, MAX_PROBLEM_LENGTH)));
    const headline = listed.length === 1 ? listed[0] : `${problems.length} problems stopped the step`;
    const lines = [`## ⚠️ Error — ${headline}`];
    if (listed.length > 1)
        lines.push(listed.map((problem) => `- ${problem}`).join('\n'));
    lines.push(`**What to do:** ${escapeMarkdownCell(advice)}`);
    return lines.join('\n\n');
}

;// CONCATENATED MODULE: ./src/github/failure.ts





/**
 * A step that failed before it could judge a run still sets `result: error` (so
 * `if: steps.<id>.outputs.result == 'error'` fires) and leaves a short summary saying what to do.
 */
async function publishFailure(message, error) {
    toolkit/* core */.I8.setOutput('result', 'error');
    const problems = error instanceof inputs/* InputError */.dz ? error.problems : [message];
    await (0,toolkit/* writeSummary */.Sy)(renderFailureSummary({ problems, advice: adviceFor(error) }));
}
function adviceFor(error) {
    if (error instanceof inputs/* InputError */.dz) {
        return 'Correct the inputs named above in the workflow file and run it again. No run was started.';
    }
    if (error instanceof PlanError) {
        return 'Check the timeline and data item inputs against the Leapwork Performance portal (the closest names are listed above). No run was started.';
    }
    if (!(error instanceof errors/* LeapworkError */.Wm)) {
        return 'Read the log of this step for the details, and run the workflow again.';
    }
    switch (error.kind) {
        case 'unauthorized':
        case 'forbidden':
            return 'Check the API key secret passed as "api-key" (Leapwork Performance > Profile > Integration API Keys): it may be wrong, expired, or lack access to this timeline.';
        case 'unreachable':
        case 'timeout':
        case 'server':
            return 'Check "base-url" and that the Leapwork Performance API is reachable from the runner, then run the workflow again.';
        case 'run-may-have-started':
            return 'Look for the run in the Leapwork Performance portal and stop it if it is running, then run the workflow again.';
        default:
            return 'Read the log of this step for the details; if the API answered something unexpected, run the workflow again.';
    }
}

;// CONCATENATED MODULE: ./src/main.ts
























async function runMain() {
    let guard;
    try {
        const settings = await (0,inputs/* readSettings */.sb)();
        const client = createClient(settings);
        const [plan] = await Promise.all([
            resolvePlan(client, settings),
            nextTurn().then(loadMainToolkit)
        ]);
        const usage = estimateUsage(plan.timeline, settings);
        describePlan(plan, usage, settings.maxVum);
        if (settings.dryRun)
            return await finishDryRun(plan, usage, settings.maxVum);
        refuseOverBudget(usage, settings.maxVum);
        const startedAt = new Date();
        guard = guardAgainstCancel(settings, plan);
        const run = await startRun(client, plan, settings, guard, usage);
        if (isOverBudget(run, settings.maxVum)) {
            return stopOverBudget(client, run, { usage, maxVum: settings.maxVum }, guard);
        }
        if (!settings.wait)
            return reportStartedOnly(run);
        (0,reports_artifact/* preloadArtifactClient */.xB)();
        const end = await waitUntilEnded(client, run, plan, settings, guard);
        const reports = await downloadReports(client, run, end, settings);
        const metrics = summarizeRun(plan, run, end, startedAt);
        const metricsFile = await (0,metrics_file/* writeMetricsFile */.b)(reports.dir, metrics);
        const verdict = await judgeRun({
            ...settings,
            metrics,
            runProblem: end.problem,
            history: historyOnDisk((runs) => findBaselineRuns(settings, metrics, runs)),
            log: log/* actionsLog */._
        });
        await publishResults({ settings, metrics, verdict, reports, metricsFile, log: log/* actionsLog */._ });
    }
    catch (error) {
        await loadMainToolkit();
        const message = describeFailure(error);
        toolkit/* core */.I8.setFailed(message);
        await publishFailure(message, error);
    }
    finally {
        guard?.dispose();
    }
}
let mainToolkit;
/**
 * Resolves after one turn of the event loop, in which the first request's connection is made and
 * the request written: loading the toolkit blocks the thread for tens of milliseconds, so it must
 * not start first.
 */
function nextTurn() {
    return new Promise((resolve) => setImmediate(resolve));
}
/**
 * Loads the toolkit once the first API request is on its way, and marks that main has run: without
 * that state the post step would take itself for main.
 */
function loadMainToolkit() {
    mainToolkit ??= (0,toolkit/* loadToolkit */.fl)().then(state/* runState */.H.markPostNext);
    return mainToolkit;
}
function createClient(settings, options = {}) {
    return new client/* LeapworkClient */.b({
        baseUrl: settings.baseUrl,
        apiKey: settings.apiKey,
        log: log/* actionsLog */._,
        userAgent: 'leapwork-performance-action',
        limits: stallWindowForTests(),
        ...options
    });
}
/** Starts the run; a start answer without an estimate keeps the plan's, and says so. */
async function startRun(client, plan, settings, guard, usage) {
    const started = await guard.watchStart(client.runIntegration(plan.request));
    if (settings.wait)
        state/* runState */.H.recordStarted(started.runId, started.pollResultUrl);
    const serverEstimated = started.estimatedVum > 0;
    const run = serverEstimated ? started : { ...started, estimatedVum: usage.vum };
    toolkit/* core */.I8.setOutput('run-id', run.runId);
    toolkit/* core */.I8.setOutput('status', run.status);
    toolkit/* core */.I8.setOutput('estimated-vum', String(run.estimatedVum));
    const estimate = serverEstimated
        ? `${run.estimatedVum} VUM`
        : `${run.estimatedVum} VUM by the plan (the server gave no estimate)`;
    log/* actionsLog */._.info(`Started run ${run.runId} (${run.status}); estimated usage ${estimate}.`);
    return run;
}
function reportStartedOnly(run) {
    log/* actionsLog */._.notice(`Run ${run.runId} was started and is not awaited (wait: false); it runs on in Leapwork Performance and this action will not stop it.`);
}
async function waitUntilEnded(client, run, plan, settings, guard) {
    const timeoutSeconds = settings.timeoutSeconds ?? (run.plannedRunTime || plan.timeline.plannedRunTime) + 300;
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
/** Tests shorten the 30 s download stall window; no input, since 30 s suits every real server. */
function stallWindowForTests() {
    const stallWindowMs = Number(process.env.LEAPWORK_TEST_STALL_WINDOW_MS);
    return stallWindowMs > 0 ? { stallWindowMs } : {};
}
/** On a cancel, stops the run being started or under way before the runner kills the process. */
function guardAgainstCancel(settings, plan) {
    return new RunGuard({
        stop: (run, timeLeftMs) => stopOnCancel(settings, run, timeLeftMs),
        startPending: () => state/* runState */.H.recordStartPending(describeTimeline(plan)),
        exit: (message) => {
            toolkit/* core */.I8.setFailed(message);
            toolkit/* core */.I8.setOutput('result', 'error');
            process.exit(1);
        }
    });
}
async function stopOnCancel(settings, run, timeLeftMs) {
    const client = createClient(settings, {
        requestTimeoutMs: Math.min(2500, timeLeftMs),
        retry: { attempts: timeLeftMs > 5500 ? 2 : 1, maxDelayMs: 500 }
    });
    const { stopped } = await (0,run_stop/* stopRun */.K)(client, run, log/* actionsLog */._);
    if (stopped)
        state/* runState */.H.recordEnded();
    return stopped;
}
async function downloadReports(client, run, end, settings) {
    const dir = settings.reportDir
        ? (0,external_node_path_.resolve)(settings.reportDir)
        : (0,safe_name/* pathUnder */.y)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'leapwork-performance'), (0,safe_name/* safeName */.j)(run.runId));
    if (!end.result)
        return (0,download/* fetchReports */.eF)(client, { status: end.status }, reportOptions(run, dir));
    return (0,download/* fetchReports */.eF)(client, end.result, {
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
        estimatedVum: run.estimatedVum,
        trackItemTitles,
        metadata: end.result?.metadata ?? [],
        source: runSource(),
        load: (0,load/* runLoadOf */.d)(plan.request, plan.timeline.timeline.trackItems)
    });
}
async function findBaselineRuns(settings, metrics, runs) {
    const { findAutoBaseline } = await __webpack_require__.e(/* import() */ 222).then(__webpack_require__.bind(__webpack_require__, 18222));
    return findAutoBaseline({
        token: settings.githubToken ?? '',
        timelineId: metrics.timelineId,
        load: metrics.load,
        runs,
        log: log/* actionsLog */._,
        downloadDir: (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'leapwork-performance-baselines')
    });
}
function describeTimeline(plan) {
    return plan.timelineAssetId
        ? `'${plan.timelineTitle}' (${plan.timelineAssetId})`
        : `'${plan.timelineTitle}'`;
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

/***/ 43242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bd: () => (/* binding */ allSteps),
  D9: () => (/* binding */ buildRunMetrics),
  zi: () => (/* binding */ errorRate),
  II: () => (/* binding */ parseRunMetrics)
});

// UNUSED EXPORTS: runTotals

;// CONCATENATED MODULE: ./src/metrics/model.ts
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

;// CONCATENATED MODULE: ./src/metrics/figures.ts

/**
 * Turns the terminal status answer into the metrics.json model. Track items named in
 * trackItemTitles but absent from the metadata are kept with no steps, so that a track item which
 * produced no figures still shows (and counts as zero requests).
 */
function buildRunMetrics(input) {
    const trackItems = trackItemFigures(input.metadata, input.trackItemTitles);
    return {
        schema: METRICS_SCHEMA,
        version: METRICS_VERSION,
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
        ...(input.load === undefined ? {} : { load: input.load }),
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
/** Parses a metrics.json written by this action, e.g. a baseline, and checks that it can be trusted. */
function parseRunMetrics(text, path) {
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
function metricsProblem(data) {
    if (!isRecord(data))
        return 'does not hold a JSON object';
    if (data.schema !== METRICS_SCHEMA) {
        return `is not a Leapwork Performance metrics file: schema is ${JSON.stringify(data.schema)}, expected "${METRICS_SCHEMA}"`;
    }
    if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
        return `has an invalid version ${JSON.stringify(data.version)}`;
    }
    if (data.version > METRICS_VERSION) {
        return `has version ${data.version}, newer than this action reads (${METRICS_VERSION}); update the action`;
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
    const bad = STEP_FIGURE_NAMES.find((field) => !isFiniteNumber(step[field]));
    return bad === undefined ? undefined : `${where}.${bad} is not a number`;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isFiniteNumber(value) {
    return typeof value === 'number' && Number.isFinite(value);
}


/***/ }),

/***/ 79341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ runLoadOf),
/* harmony export */   h: () => (/* binding */ sameLoad)
/* harmony export */ });
/**
 * Each track item's data item, roles and virtual users: the `track-items` override, else the
 * run-wide `data-item-*`, `role` and `user-count`, else (users only) the timeline's peak load.
 */
function runLoadOf(request, trackItems) {
    return {
        ...(request.dataItemAssetId === undefined ? {} : { dataItemId: request.dataItemAssetId }),
        ...(request.role === undefined ? {} : { role: request.role }),
        trackItems: trackItems.map((item) => {
            const override = request.trackItems?.[item.id];
            const dataItemId = override?.dataItemAssetId ?? request.dataItemAssetId;
            const roles = override?.selectedRoles ?? (request.role ? [request.role] : undefined);
            const virtualUsers = override?.userCount ?? request.userCount ?? peakLoad(item);
            return {
                trackItemId: item.id,
                ...(dataItemId === undefined ? {} : { dataItemId }),
                ...(roles === undefined ? {} : { roles: [...roles].sort() }),
                ...(virtualUsers === undefined ? {} : { virtualUsers })
            };
        })
    };
}
function peakLoad(item) {
    const loads = (item.load ?? []).map((point) => point.load).filter(Number.isFinite);
    return loads.length === 0 ? undefined : Math.max(...loads);
}
/**
 * Whether two runs ran the same load. A run recorded before loads were (metrics.json without
 * `load`) is taken to match: there is nothing to tell it apart by.
 */
function sameLoad(a, b) {
    if (a === undefined || b === undefined)
        return true;
    return canonical(a) === canonical(b);
}
function canonical(load) {
    const trackItems = [...load.trackItems]
        .sort((x, y) => (x.trackItemId < y.trackItemId ? -1 : x.trackItemId > y.trackItemId ? 1 : 0))
        .map((item) => [
        item.trackItemId,
        item.dataItemId ?? null,
        item.roles ?? null,
        item.virtualUsers ?? null
    ]);
    return JSON.stringify([load.dataItemId ?? null, load.role ?? null, trackItems]);
}


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
/* harmony import */ var _github_ghes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95616);
/* harmony import */ var _safe_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55188);



/**
 * Artifact names carry the timeline, so `baseline: auto` can find earlier runs of the same
 * timeline by prefix, the leg's `name` when given, and the run ID, so matrix jobs and reruns never
 * collide.
 */
function artifactNamePrefix(timelineId) {
    return `leapwork-performance-${safeNamePart(timelineId)}-`;
}
function defaultArtifactName(timelineId, runId, name) {
    const leg = name ? `${safeNamePart(name)}-` : '';
    return `${artifactNamePrefix(timelineId)}${leg}${(0,_safe_name_js__WEBPACK_IMPORTED_MODULE_2__/* .safeName */ .j)(runId)}`;
}
/**
 * Readable and stable, unlike safeName's hashed form: earlier runs' artifacts are found by this
 * prefix, so the timeline's part must read the same as in the artifacts of earlier versions.
 */
function safeNamePart(text) {
    return text.replace(/[^A-Za-z0-9._-]/g, '_');
}
/**
 * Starts loading the artifact client while the run is under way: it is the largest part of the
 * bundle, and loading it during the wait keeps it out of the time between the run's end and exit.
 */
function preloadArtifactClient() {
    if (process.env.ACTIONS_RUNTIME_TOKEN && !(0,_github_ghes_js__WEBPACK_IMPORTED_MODULE_1__/* .isGitHubEnterpriseServer */ .uT)()) {
        Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(779), __webpack_require__.e(351), __webpack_require__.e(659), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 9645)).catch(() => undefined);
    }
}
/** The Excel report is a zip itself; other archives and images are compressed already too. */
const COMPRESSED_FILE = /\.(xlsx|zip|gz|7z|png|jpe?g)$/i;
const STORED = 0;
/**
 * Zipping already-compressed bytes again gains nothing and takes seconds for a large Excel report,
 * so when such files are most of the bytes, the artifact stores every file as it is. Otherwise
 * (undefined) the library's default level compresses the text files.
 */
async function compressionLevel(files) {
    let compressed = 0;
    let total = 0;
    for (const file of files) {
        const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
        total += size;
        if (COMPRESSED_FILE.test(file))
            compressed += size;
    }
    return compressed * 2 >= total && total > 0 ? STORED : undefined;
}
/**
 * Uploads the files the action wrote to the report directory as one artifact, and nothing else
 * that may lie there. The artifact client is loaded only here: it is the heaviest part of the
 * toolkit and most of the run never needs it.
 */
async function uploadReportArtifact(dir, written, name, retentionDays, log) {
    if (!process.env.ACTIONS_RUNTIME_TOKEN) {
        log.notice(`Not running in GitHub Actions: the reports were not uploaded and stay in ${dir}.`);
        return undefined;
    }
    if ((0,_github_ghes_js__WEBPACK_IMPORTED_MODULE_1__/* .isGitHubEnterpriseServer */ .uT)()) {
        log.notice((0,_github_ghes_js__WEBPACK_IMPORTED_MODULE_1__/* .ghesUploadNotice */ .xL)(dir, name));
        return undefined;
    }
    const files = [...new Set(written)].map((file) => (0,_safe_name_js__WEBPACK_IMPORTED_MODULE_2__/* .pathUnder */ .y)(dir, file));
    try {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(779), __webpack_require__.e(351), __webpack_require__.e(659), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 9645));
        const { id, size } = await new DefaultArtifactClient().uploadArtifact(name, files, dir, {
            retentionDays,
            compressionLevel: await compressionLevel(files)
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


/***/ }),

/***/ 995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JL: () => (/* binding */ REPORT_FILES),
/* harmony export */   eF: () => (/* binding */ fetchReports)
/* harmony export */ });
/* unused harmony export splitAiSections */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _safe_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55188);



const REPORT_FILES = {
    excel: 'run-report.xlsx',
    ai: 'ai-analysis.txt',
    aiTrackItem: (trackItemId) => `ai-analysis-${(0,_safe_name_js__WEBPACK_IMPORTED_MODULE_2__/* .safeName */ .j)(trackItemId)}.txt`,
    metrics: 'metrics.json',
    junit: 'junit.xml'
};
const NOT_READY = /not (yet )?(ready|available)|getAiAnalysis/i;
const REPORT_PHASE_BUDGET_MS = 10 * 60 * 1000;
const MAX_LISTED_ITEMS = 10;
/**
 * Downloads what the terminal status offers within the report phase's time budget; a report that
 * cannot be had is a warning, not a failure.
 */
async function fetchReports(client, result, options) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(options.dir, { recursive: true });
    const reports = {
        dir: options.dir,
        aiTrackItems: {},
        problems: [...(result.warnings ?? [])],
        files: []
    };
    const budgetMs = options.budgetMs ?? REPORT_PHASE_BUDGET_MS;
    const budget = new AbortController();
    const timer = setTimeout(() => budget.abort(new Error(`the reports took longer than ${budgetMs / 1000} s in all`)), budgetMs);
    const phase = { ...options, signal: budget.signal };
    try {
        await fetchExcel(client, result, reports, phase);
        await fetchAi(client, result, reports, phase);
    }
    finally {
        clearTimeout(timer);
    }
    for (const problem of reports.problems)
        options.log.warning(problem);
    return reports;
}
async function fetchExcel(client, result, reports, options) {
    if (!result.excelReportUrl)
        return;
    const path = (0,_safe_name_js__WEBPACK_IMPORTED_MODULE_2__/* .pathUnder */ .y)(options.dir, REPORT_FILES.excel);
    await attempt(reports, 'The Excel run report', async () => {
        const { bytes } = await client.downloadRunReport(result.excelReportUrl, path, options);
        options.log.info(`Excel run report: ${path} (${bytes} bytes)`);
        reports.excel = path;
        reports.files.push(path);
    });
}
async function fetchAi(client, result, reports, options) {
    if (!result.aiAnalysisReportUrl)
        return;
    const path = (0,_safe_name_js__WEBPACK_IMPORTED_MODULE_2__/* .pathUnder */ .y)(options.dir, REPORT_FILES.ai);
    await attempt(reports, 'The AI analysis report', async () => {
        await client.downloadAiAnalysisReport(result.aiAnalysisReportUrl, path, options);
        reports.ai = path;
        reports.files.push(path);
        options.log.info(`AI analysis: ${path}`);
        reports.aiText = await completeAiAnalysis(client, reports, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'), options);
    });
}
async function completeAiAnalysis(client, reports, combined, options) {
    const sections = splitAiSections(combined);
    const isLate = (id) => !sections.has(id) || NOT_READY.test(sections.get(id).body);
    const late = await fetchLateAnalyses(client, options.trackItemIds.filter(isLate), options);
    const missing = [...late.keys()].filter((id) => late.get(id) === undefined);
    if (missing.length > 0)
        reports.problems.push(lateProblem(missing, options));
    let text = combined.trimEnd();
    for (const [trackItemId, analysis] of late) {
        if (analysis === undefined)
            continue;
        const path = (0,_safe_name_js__WEBPACK_IMPORTED_MODULE_2__/* .pathUnder */ .y)(options.dir, REPORT_FILES.aiTrackItem(trackItemId));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, analysis);
        reports.aiTrackItems[trackItemId] = path;
        reports.files.push(path);
        options.log.info(`AI analysis of track item ${trackItemId}, which was not ready at first: ${path}`);
        const placeholder = sections.get(trackItemId)?.text;
        text = placeholder
            ? text.replace(placeholder.trimEnd(), () => analysis.trimEnd())
            : `${text}\n\n${analysis.trimEnd()}`;
    }
    return text;
}
function lateProblem(trackItemIds, { aiTries = 3, signal }) {
    const shown = trackItemIds.slice(0, MAX_LISTED_ITEMS).join(', ');
    const more = trackItemIds.length - MAX_LISTED_ITEMS;
    const items = `track item${trackItemIds.length > 1 ? 's' : ''} ${shown}${more > 0 ? ` and ${more} more` : ''}`;
    if (signal.aborted) {
        return `The AI analysis of ${items} was not fetched: ${errorMessage(signal.reason)}.`;
    }
    return `The AI analysis of ${items} was not ready after ${aiTries} tries.`;
}
/**
 * Asks for each late analysis in rounds: every round asks each item still missing once, and the
 * wait comes between rounds, so a hundred late items cost a few waits in all, not one each. The
 * report phase's budget ends the rounds early.
 */
async function fetchLateAnalyses(client, trackItemIds, { runId, aiTries = 3, aiRetryDelayMs = 5000, log, signal }) {
    const analyses = new Map(trackItemIds.map((id) => [id, undefined]));
    for (let round = 1; round <= aiTries && !signal.aborted; round++) {
        const missing = trackItemIds.filter((id) => analyses.get(id) === undefined);
        for (const trackItemId of missing) {
            if (signal.aborted)
                break;
            const text = await client
                .getAiAnalysis(runId, trackItemId, { signal })
                .catch((error) => {
                log.debug(`getAiAnalysis ${trackItemId}, round ${round}: ${String(error)}`);
                return undefined;
            });
            if (text && !NOT_READY.test(text))
                analyses.set(trackItemId, text);
        }
        const stillMissing = [...analyses.values()].includes(undefined);
        if (!stillMissing || round === aiTries)
            break;
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(aiRetryDelayMs, undefined, { signal }).catch(() => undefined);
    }
    return analyses;
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
        reports.problems.push(`${what} could not be downloaded: ${errorMessage(error)}`);
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 49465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ readMetricsFile),
/* harmony export */   b: () => (/* binding */ writeMetricsFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _metrics_figures_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43242);
/* harmony import */ var _download_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(995);




async function writeMetricsFile(dir, metrics) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _download_js__WEBPACK_IMPORTED_MODULE_2__/* .REPORT_FILES */ .JL.metrics);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, JSON.stringify(metrics, null, 2) + '\n');
    return path;
}
/** Reads a metrics.json written by this action, e.g. a baseline, and checks that it can be trusted. */
async function readMetricsFile(path) {
    return (0,_metrics_figures_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRunMetrics */ .II)(await readText(path), path);
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


/***/ }),

/***/ 55188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ safeName),
/* harmony export */   y: () => (/* binding */ pathUnder)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** What a server-supplied identifier may look like to be used as is in a file or artifact name. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/;
const MAX_SAFE_LENGTH = 64;
const READABLE_PART_LENGTH = 40;
/**
 * A name for a server-supplied identifier that is safe in a path and an artifact name. A safe
 * identifier is used as is; anything else keeps its harmless characters and gets a hash of the
 * whole identifier, so two identifiers never share a name and `..` or `/` never reach a path.
 */
function safeName(identifier) {
    if (identifier.length <= MAX_SAFE_LENGTH && SAFE_NAME.test(identifier))
        return identifier;
    const readable = identifier
        .replace(/[^A-Za-z0-9_-]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .slice(0, READABLE_PART_LENGTH);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(identifier).digest('hex').slice(0, 12);
    return readable ? `${readable}-${hash}` : `id-${hash}`;
}
/** `base/name`, refused unless it lies strictly inside `base`. */
function pathUnder(base, name) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base, name);
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base), path);
    if (inside === '' || inside === '..' || inside.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside)) {
        throw new Error(`Refusing to write ${JSON.stringify(name)} outside ${base}`);
    }
    return path;
}


/***/ })

};
