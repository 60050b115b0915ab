export const id = 83;
export const ids = [83];
export const modules = {

/***/ 53385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ actionsLog)
/* harmony export */ });
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24897);

const actionsLog = {
    info: (message) => _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    debug: (message) => _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message),
    notice: (message, properties) => _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .annotate */ .fz('notice', message, properties),
    warning: (message, properties) => _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .annotate */ .fz('warning', message, properties),
    error: (message, properties) => _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .annotate */ .fz('error', message, properties)
};


/***/ }),

/***/ 98862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ runState)
/* harmony export */ });
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24897);

/**
 * What main leaves for the post step: the run it started with wait: true, and whether that run
 * ended. A run started with wait: false is never recorded, so the post step never stops it.
 */
const runState = {
    markPostNext: () => (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ)('isPost', 'true'),
    recordStarted(runId, pollResultUrl) {
        (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ)('runId', runId);
        (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ)('pollResultUrl', pollResultUrl);
    },
    recordEnded: () => (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ)('runEnded', 'true'),
    unfinishedRun() {
        const runId = (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu)('runId');
        if (!runId || (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu)('runEnded') === 'true')
            return undefined;
        return { runId, pollResultUrl: (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu)('pollResultUrl') };
    }
};


/***/ }),

/***/ 38422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dC: () => (/* binding */ readConnection),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   sb: () => (/* binding */ readSettings)
/* harmony export */ });
/* harmony import */ var _github_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24897);
/* harmony import */ var _verdict_thresholds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92421);


/** All that is wrong with the inputs, one message per bad input. */
class InputError extends Error {
    problems;
    constructor(problems) {
        super(problems.length === 1
            ? problems[0]
            : `${problems.length} inputs are invalid; see the errors above.`);
        this.problems = problems;
        this.name = 'InputError';
    }
}
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
const TRACK_ITEM_FIELDS = ['dataItemAssetId', 'selectedRoles', 'userCount', 'authScriptId'];
/** Reads the credentials only, for the post step, which has no other use for the inputs. */
function readConnection(read = readTrimmed) {
    const problems = [];
    const apiKey = readApiKey(read, problems);
    const baseUrl = readBaseUrl(read, problems);
    if (problems.length > 0)
        throw new InputError(problems);
    return { apiKey, baseUrl };
}
async function readSettings(read = readTrimmed) {
    const problems = [];
    const optional = (name) => read(name) || undefined;
    const apiKey = readApiKey(read, problems);
    const baseUrl = readBaseUrl(read, problems);
    const projectId = optional('project-id');
    const settings = {
        apiKey,
        baseUrl,
        timeline: readTimeline(read, projectId, problems),
        projectId,
        dataItem: readDataItem(read, projectId, problems),
        role: optional('role'),
        userCount: readPositiveInteger(read, 'user-count', problems),
        trackItems: await readTrackItems(read, problems),
        wait: readBoolean(read, 'wait', true, problems),
        pollIntervalSeconds: readPositiveNumber(read, 'poll-interval', problems) ?? 5,
        timeoutSeconds: readPositiveNumber(read, 'timeout', problems),
        reportDir: optional('report-dir'),
        artifactName: readArtifactName(read, problems),
        retentionDays: readRetentionDays(read, problems),
        criteria: readCriteria(read, problems),
        baseline: readBaseline(read, problems),
        maxRegressionPercent: readNonNegativeNumber(read, 'max-regression', problems),
        noiseFloorMs: readNonNegativeNumber(read, 'noise-floor-ms', problems) ?? 20,
        failOnBreach: readBoolean(read, 'fail-on-breach', true, problems),
        comment: readBoolean(read, 'comment', true, problems),
        githubToken: optional('github-token')
    };
    if (settings.role && !settings.dataItem) {
        problems.push('Input "role" needs a data item: set "data-item-id" or "data-item-name" too.');
    }
    if (problems.length > 0)
        throw new InputError(problems);
    return settings;
}
function readTrimmed(name) {
    return (0,_github_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4)(name).trim();
}
function readApiKey(read, problems) {
    const apiKey = read('api-key');
    if (apiKey) {
        (0,_github_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(apiKey);
    }
    else {
        problems.push('Input "api-key" is required: pass your Leapwork Performance Integration API key from a secret, e.g. api-key: ${{ secrets.LEAPWORK_API_KEY }}.');
    }
    return apiKey;
}
function readBaseUrl(read, problems) {
    const raw = read('base-url');
    if (!raw) {
        problems.push('Input "base-url" is required: the address of your Leapwork Performance API, e.g. https://perfapi.leapwork.cloud.');
        return '';
    }
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        problems.push(`Input "base-url" is not a URL: "${raw}". Expected e.g. https://perfapi.leapwork.cloud.`);
        return '';
    }
    if (url.protocol !== 'https:' &&
        !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
        problems.push(`Input "base-url" must use https (http is accepted only for localhost): got "${url.origin}". The API key must not travel unencrypted.`);
        return '';
    }
    if (url.username || url.password || url.search || url.hash) {
        problems.push('Input "base-url" must not hold credentials, a query or a fragment.');
        return '';
    }
    return url.origin + url.pathname.replace(/\/+$/, '');
}
function readTimeline(read, projectId, problems) {
    const id = read('timeline-id');
    const name = read('timeline-name');
    if (id)
        return { id };
    if (!name) {
        problems.push('No timeline given: set "timeline-id" (the timeline\'s asset ID), or "timeline-name" together with "project-id".');
        return { id: '' };
    }
    if (!projectId) {
        problems.push(`Input "timeline-name" needs "project-id": a timeline name is unique only within its project.`);
        return { id: '' };
    }
    return { name, projectId };
}
function readDataItem(read, projectId, problems) {
    const id = read('data-item-id');
    const name = read('data-item-name');
    if (id)
        return { id };
    if (!name)
        return undefined;
    if (!projectId) {
        problems.push(`Input "data-item-name" needs "project-id": a data item name is unique only within its project.`);
        return undefined;
    }
    return { name, projectId };
}
function readBoolean(read, name, fallback, problems) {
    const raw = read(name);
    if (!raw)
        return fallback;
    if (/^(true|yes|on)$/i.test(raw))
        return true;
    if (/^(false|no|off)$/i.test(raw))
        return false;
    problems.push(`Input "${name}" must be true or false: got "${raw}".`);
    return fallback;
}
function readNumber(read, name, problems, accept, expected) {
    const raw = read(name);
    if (!raw)
        return undefined;
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value) || !accept(value)) {
        problems.push(`Input "${name}" must be ${expected}: got "${raw}".`);
        return undefined;
    }
    return value;
}
function readPositiveInteger(read, name, problems) {
    return readNumber(read, name, problems, (v) => Number.isInteger(v) && v > 0, 'a positive whole number');
}
function readPositiveNumber(read, name, problems) {
    return readNumber(read, name, problems, (v) => v > 0, 'a positive number of seconds');
}
function readNonNegativeNumber(read, name, problems) {
    return readNumber(read, name, problems, (v) => v >= 0, 'a number of 0 or more');
}
function readRetentionDays(read, problems) {
    return readNumber(read, 'retention-days', problems, (v) => Number.isInteger(v) && v >= 1 && v <= 90, 'a whole number of days from 1 to 90 (GitHub keeps artifacts at most 90 days)');
}
function readArtifactName(read, problems) {
    const name = read('artifact-name');
    if (!name)
        return undefined;
    const forbidden = name.match(/[":<>|*?\\/\r\n]/);
    if (forbidden) {
        problems.push(`Input "artifact-name" must not contain "${forbidden[0]}": got "${name}".`);
        return undefined;
    }
    return name;
}
/** The YAML parser is loaded only for this input: it is a large part of the start-up otherwise. */
async function readTrackItems(read, problems) {
    const raw = read('track-items');
    if (!raw)
        return undefined;
    let parsed;
    try {
        const { parse: parseYaml } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
        parsed = parseYaml(raw);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0].replace(/:$/, '') : String(error);
        problems.push(`Input "track-items" is not valid JSON or YAML: ${reason}`);
        return undefined;
    }
    if (!isPlainObject(parsed) || Object.keys(parsed).length === 0) {
        problems.push('Input "track-items" must map track item IDs to their configuration: { "<trackItemId>": { dataItemAssetId, selectedRoles, userCount, authScriptId? } }.');
        return undefined;
    }
    const result = {};
    for (const [trackItemId, config] of Object.entries(parsed)) {
        const checked = checkTrackItem(trackItemId, config);
        if (typeof checked === 'string')
            problems.push(`Input "track-items": ${checked}`);
        else
            result[trackItemId] = checked;
    }
    return result;
}
function checkTrackItem(trackItemId, config) {
    if (!isPlainObject(config))
        return `the configuration of "${trackItemId}" must be an object.`;
    const unknown = Object.keys(config).filter((field) => !TRACK_ITEM_FIELDS.includes(field));
    if (unknown.length > 0) {
        return `"${trackItemId}" has unknown field "${unknown[0]}"; the fields are ${TRACK_ITEM_FIELDS.join(', ')}.`;
    }
    const { dataItemAssetId, selectedRoles, userCount, authScriptId } = config;
    if (typeof dataItemAssetId !== 'string' || !dataItemAssetId) {
        return `"${trackItemId}" needs "dataItemAssetId", the asset ID of a data item.`;
    }
    const roles = typeof selectedRoles === 'string' ? [selectedRoles] : selectedRoles;
    if (!Array.isArray(roles) || roles.some((role) => typeof role !== 'string')) {
        return `"${trackItemId}" needs "selectedRoles", a list of role names.`;
    }
    const count = typeof userCount === 'string' ? Number(userCount) : userCount;
    if (typeof count !== 'number' || !Number.isInteger(count) || count <= 0) {
        return `the "userCount" of "${trackItemId}" must be a positive whole number: got ${JSON.stringify(userCount)}.`;
    }
    if (authScriptId !== undefined && typeof authScriptId !== 'string') {
        return `the "authScriptId" of "${trackItemId}" must be a string.`;
    }
    return {
        dataItemAssetId,
        selectedRoles: roles,
        userCount: count,
        ...(authScriptId ? { authScriptId } : {})
    };
}
function readCriteria(read, problems) {
    const maxP95Ms = readPositiveNumberOfMs(read, 'max-p95-ms', problems);
    const maxErrorRate = readNumber(read, 'max-error-rate', problems, (v) => v >= 0 && v <= 100, 'a percentage from 0 to 100');
    const { criteria, errors } = (0,_verdict_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .parseThresholds */ .S)(read('thresholds'));
    for (const error of errors)
        problems.push(`Input "thresholds": ${error}`);
    return [...(0,_verdict_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .criteriaFromLimits */ .Go)({ maxP95Ms, maxErrorRate }), ...criteria];
}
function readPositiveNumberOfMs(read, name, problems) {
    return readNumber(read, name, problems, (v) => v > 0, 'a positive number of milliseconds');
}
function readBaseline(read, problems) {
    const raw = read('baseline');
    const runs = readPositiveInteger(read, 'baseline-runs', problems) ?? 1;
    if (!raw)
        return undefined;
    if (raw.toLowerCase() === 'auto')
        return { kind: 'auto', runs };
    return { kind: 'file', path: raw };
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 32209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ LeapworkClient)
});

;// CONCATENATED MODULE: ./src/log.ts
const silentLog = {
    info: () => undefined,
    debug: () => undefined,
    notice: () => undefined,
    warning: () => undefined,
    error: () => undefined
};

// EXTERNAL MODULE: ./src/leapwork/errors.ts
var errors = __webpack_require__(79084);
// EXTERNAL MODULE: ./src/leapwork/types.ts
var types = __webpack_require__(91994);
;// CONCATENATED MODULE: ./src/leapwork/parse.ts
/**
 * Lenient readers for the API's answers. Unknown fields are kept, numbers and booleans given as
 * strings are converted, statuses get their canonical case, and a documented field that is absent
 * gets a neutral default. Only the fields a caller cannot do without are required; a missing one
 * throws a ShapeError naming it.
 */


const KNOWN_STATUSES = [...types/* TERMINAL_STATUSES */.CM, ...types/* ACTIVE_STATUSES */.az];
/** Parses a JSON answer; a JSON string that itself holds a JSON object or array is unwrapped. */
function decodeJson(text) {
    const value = parseJsonOrThrow(text);
    if (typeof value === 'string' && /^\s*[[{]/.test(value))
        return parseJsonOrThrow(value);
    return value;
}
/** A text answer: a JSON string (`"Stopped run x"`) is unwrapped, anything else is kept as sent. */
function parseTextAnswer(text) {
    try {
        const value = JSON.parse(text);
        return typeof value === 'string' ? value : text;
    }
    catch {
        return text;
    }
}
function canonicalStatus(status) {
    const wanted = status.trim().toLowerCase();
    return KNOWN_STATUSES.find((known) => known.toLowerCase() === wanted) ?? status;
}
function parseTimelineSummaries(value) {
    return list(value, '').map((entry, index) => {
        const fields = record(entry, `[${index}]`);
        return {
            ...fields,
            timelineId: requiredString(fields, 'timelineId', `[${index}]`),
            projectId: optionalString(fields, 'projectId') ?? '',
            title: optionalString(fields, 'title') ?? ''
        };
    });
}
function parseTimeline(value) {
    const fields = record(value, '');
    const body = record(fields.timeline, 'timeline');
    return {
        ...fields,
        projectId: optionalString(fields, 'projectId') ?? '',
        title: optionalString(fields, 'title'),
        timeline: {
            ...body,
            tracks: optionalList(body.tracks, 'timeline.tracks').map((track, index) => {
                const trackFields = record(track, `timeline.tracks[${index}]`);
                return {
                    ...trackFields,
                    id: requiredString(trackFields, 'id', `timeline.tracks[${index}]`),
                    height: optionalNumber(trackFields, 'height', `timeline.tracks[${index}]`)
                };
            }),
            trackItems: optionalList(body.trackItems, 'timeline.trackItems').map((item, index) => parseTrackItem(item, `timeline.trackItems[${index}]`)),
            isRunEnabled: optionalBoolean(body, 'isRunEnabled', 'timeline') ?? true
        },
        plannedRunTime: optionalNumber(fields, 'plannedRunTime', '') ?? 0,
        estimatedVum: optionalNumber(fields, 'estimatedVum', '') ?? 0
    };
}
function parseTrackItem(value, path) {
    const fields = record(value, path);
    const id = requiredString(fields, 'id', path);
    return {
        ...fields,
        id,
        trackId: optionalString(fields, 'trackId') ?? '',
        title: optionalString(fields, 'title') ?? id,
        startTime: optionalNumber(fields, 'startTime', path) ?? 0,
        lengthTime: optionalNumber(fields, 'lengthTime', path) ?? 0,
        sequenceId: optionalString(fields, 'sequenceId') ?? '',
        region: optionalString(fields, 'region') ?? '',
        load: optionalList(fields.load, `${path}.load`).map((point, index) => parseLoadPoint(point, `${path}.load[${index}]`)),
        endCondition: optionalString(fields, 'endCondition')
    };
}
function parseLoadPoint(value, path) {
    const fields = record(value, path);
    return {
        ...fields,
        time: requiredNumber(fields, 'time', path),
        load: requiredNumber(fields, 'load', path)
    };
}
function parseDataItems(value) {
    return list(value, '').map((entry, index) => readDataItem(entry, `[${index}]`));
}
function parseDataItem(value) {
    return readDataItem(value, '');
}
function readDataItem(value, path) {
    const fields = record(value, path);
    return {
        ...fields,
        id: optionalString(fields, 'id') ?? '',
        assetId: requiredString(fields, 'assetId', path),
        projectId: optionalString(fields, 'projectId') ?? '',
        companyId: optionalString(fields, 'companyId'),
        dataItemName: optionalString(fields, 'dataItemName') ?? '',
        text: parseRows(fields.text, at(path, 'text')),
        isDeleted: optionalBoolean(fields, 'isDeleted', path)
    };
}
/** The rows of a data item; some environments send them as a JSON string. */
function parseRows(value, path) {
    const rows = typeof value === 'string' ? decodeField(value, path) : value;
    return optionalList(rows, path).map((row, index) => record(row, `${path}[${index}]`));
}
function parseRunStarted(value) {
    const fields = record(value, '');
    return {
        ...fields,
        timelineId: optionalString(fields, 'timelineId') ?? '',
        runId: requiredString(fields, 'runId', ''),
        status: canonicalStatus(optionalString(fields, 'status') ?? 'Preparing'),
        estimatedVum: optionalNumber(fields, 'estimatedVum', '') ?? 0,
        plannedRunTime: optionalNumber(fields, 'plannedRunTime', '') ?? 0,
        trackItems: optionalList(fields.trackItems, 'trackItems').map((item, index) => parseStartedTrackItem(item, `trackItems[${index}]`)),
        pollResultUrl: requiredString(fields, 'pollResultUrl', '')
    };
}
function parseStartedTrackItem(value, path) {
    const fields = record(value, path);
    return {
        ...fields,
        trackItemId: requiredString(fields, 'trackItemId', path),
        sequenceName: optionalString(fields, 'sequenceName') ?? '',
        region: optionalString(fields, 'region') ?? ''
    };
}
function parseRunStatus(value) {
    const fields = record(value, '');
    return {
        ...fields,
        status: canonicalStatus(requiredString(fields, 'status', '')),
        metadata: absent(fields.metadata)
            ? undefined
            : list(fields.metadata, 'metadata').map((group, index) => parseTrackItemMetrics(group, `metadata[${index}]`)),
        excelReportUrl: optionalString(fields, 'excelReportUrl') || undefined,
        aiAnalysisReportUrl: optionalString(fields, 'aiAnalysisReportUrl') || undefined
    };
}
function parseTrackItemMetrics(value, path) {
    const fields = record(value, path);
    const trackItemId = requiredString(fields, 'trackItemId', path);
    return {
        ...fields,
        trackItemId,
        metadata: optionalList(fields.metadata, `${path}.metadata`).map((step, index) => parseStepMetric(step, trackItemId, `${path}.metadata[${index}]`))
    };
}
/** The figures a gate compares are required: a missing p95 must not read as 0 ms. */
function parseStepMetric(value, trackItemId, path) {
    const fields = record(value, path);
    const stepId = requiredString(fields, 'stepId', path);
    const figure = (key) => requiredNumber(fields, key, path);
    return {
        ...fields,
        runId: optionalString(fields, 'runId') ?? '',
        trackItemId: optionalString(fields, 'trackItemId') ?? trackItemId,
        stepId,
        title: optionalString(fields, 'title') ?? stepId,
        errors: figure('errors'),
        requestsSent: figure('requestsSent'),
        totalBodyBytesSent: optionalNumber(fields, 'totalBodyBytesSent', path) ?? 0,
        totalBytesReceived: optionalNumber(fields, 'totalBytesReceived', path) ?? 0,
        min: figure('min'),
        max: figure('max'),
        average: figure('average'),
        median: figure('median'),
        p90: figure('p90'),
        p95: figure('p95'),
        p99: figure('p99')
    };
}
function parseJsonOrThrow(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new errors/* ShapeError */.ym(text.trim() === '' ? 'the answer is empty' : 'the answer is not JSON');
    }
}
function decodeField(text, path) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new errors/* ShapeError */.ym(`${path} is a string that is not JSON`);
    }
}
function record(value, path) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
        return value;
    throw new errors/* ShapeError */.ym(`${path || 'the answer'} is ${absent(value) ? 'missing' : 'not an object'}`);
}
function list(value, path) {
    if (Array.isArray(value))
        return value;
    throw new errors/* ShapeError */.ym(`${path || 'the answer'} is ${absent(value) ? 'missing' : 'not a list'}`);
}
function absent(value) {
    return value === undefined || value === null;
}
function optionalList(value, path) {
    return absent(value) ? [] : list(value, path);
}
function optionalString(fields, key) {
    const value = fields[key];
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    return undefined;
}
function requiredString(fields, key, path) {
    const value = optionalString(fields, key);
    if (value === undefined || value.trim() === '')
        throw new errors/* ShapeError */.ym(`${at(path, key)} is missing`);
    return value;
}
function optionalNumber(fields, key, path) {
    const value = fields[key];
    if (absent(value))
        return undefined;
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
        return Number(value);
    }
    throw new errors/* ShapeError */.ym(`${at(path, key)} is not a number: ${JSON.stringify(value)}`);
}
function requiredNumber(fields, key, path) {
    const value = optionalNumber(fields, key, path);
    if (value === undefined)
        throw new errors/* ShapeError */.ym(`${at(path, key)} is missing`);
    return value;
}
function optionalBoolean(fields, key, path) {
    const value = fields[key];
    if (absent(value))
        return undefined;
    if (typeof value === 'boolean')
        return value;
    if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) {
        return value.trim().toLowerCase() === 'true';
    }
    throw new errors/* ShapeError */.ym(`${at(path, key)} is not true or false: ${JSON.stringify(value)}`);
}
function at(path, key) {
    return path === '' ? key : `${path}.${key}`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var lib_proxy = __webpack_require__(19783);
;// CONCATENATED MODULE: ./src/leapwork/transport.ts
/**
 * HTTP to the Integration API: the API key header, a deadline per attempt, retries with backoff
 * for GET, at most one delivery for POST, reports streamed to disk, and error messages a user can
 * act on, with the key redacted from them.
 */








const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const RETRY_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EPIPE',
    'ECONNABORTED',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ERR_STREAM_PREMATURE_CLOSE'
]);
/** Failures that happen before a connection exists, so the request provably never left. */
const UNSENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
/** Errors of the local disk while saving a report: neither retried nor blamed on the network. */
const LOCAL_FILE_CODES = new Set([
    'EACCES',
    'EPERM',
    'ENOENT',
    'ENOTDIR',
    'EISDIR',
    'EROFS',
    'ENOSPC',
    'EDQUOT',
    'EFBIG',
    'EMFILE',
    'ENFILE',
    'EIO'
]);
const SERVICE = 'Leapwork Performance';
const ERROR_BODY_LIMIT = 64 * 1024;
const SNIPPET_LENGTH = 200;
class Transport {
    options;
    base;
    secrets;
    /** Without keep-alive, so a retried POST never goes out on a socket the server already closed. */
    directAgents = { http: new external_node_http_.Agent(), https: new external_node_https_.Agent() };
    proxyAgents = new Map();
    constructor(options) {
        this.options = options;
        this.base = parseBaseUrl(options.baseUrl);
        this.secrets = [...new Set([options.apiKey, encodeURIComponent(options.apiKey)])];
    }
    endpointUrl(endpoint, query = {}) {
        const search = Object.entries(query)
            .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
            .join('&');
        const path = `${this.base.origin}${basePath(this.base)}/api/integration/${endpoint}`;
        return search ? `${path}?${search}` : path;
    }
    /** Moves a URL the server returned onto the base URL, so the key never goes elsewhere. */
    rebase(serverUrl) {
        return rebaseUrl(serverUrl, this.base.href);
    }
    redact(text) {
        return (0,errors/* redact */.E$)(text, this.secrets);
    }
    async get(endpoint, url, retry = true) {
        return this.send({ method: 'GET', endpoint, url, retry }, (message) => readAnswer(endpoint, message));
    }
    /** Never sent twice unless the first attempt provably did not leave this machine. */
    async post(endpoint, url, body) {
        const call = { method: 'POST', endpoint, url, body: JSON.stringify(body), retry: true };
        return this.send(call, (message) => readAnswer(endpoint, message));
    }
    /**
     * Streams the answer to `<destination>.part` and renames it on success, so a large report is
     * never held in memory and a failed download leaves no partial file. With `decodeJsonText`, an
     * answer sent as JSON is read whole and the text it decodes to is saved instead.
     */
    async download(endpoint, url, destination, decodeJsonText) {
        const partFile = `${destination}.part`;
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(destination), { recursive: true });
        try {
            await this.send({ method: 'GET', endpoint, url, retry: true, streaming: true }, (message, watchdog) => saveBody(message, watchdog, partFile, decodeJsonText));
            await (0,promises_.rename)(partFile, destination);
        }
        catch (error) {
            await (0,promises_.rm)(partFile, { force: true });
            throw error;
        }
        return { bytes: (await (0,promises_.stat)(destination)).size };
    }
    /** The error for a 2xx answer whose content is not what the endpoint promises. */
    malformed(answer, problem) {
        return this.error('malformed', answer.endpoint, `${SERVICE} sent a malformed answer to ${answer.endpoint} (HTTP ${answer.status}): ` +
            `${problem}; the answer starts: ${snippet(answer.text)}`, { status: answer.status });
    }
    async send(call, read) {
        const attempts = call.retry ? Math.max(1, this.options.retry.attempts) : 1;
        for (let attempt = 1;; attempt++) {
            this.options.log.debug(`${call.method} ${this.redact(call.url)}`);
            const outcome = await this.attempt(call, read);
            if (outcome.ok)
                return outcome.value;
            const { failure } = outcome;
            if (attempt >= attempts || !isRetryable(failure, call.method)) {
                throw this.failureError(call, failure, attempt);
            }
            const delay = this.delayAfter(attempt, failure);
            this.options.log.info(`${call.endpoint}: ${describeFailure(failure)}; retrying in ${formatDuration(delay)} ` +
                `(attempt ${attempt + 1} of ${attempts})`);
            await this.options.sleep(delay);
        }
    }
    async attempt(call, read) {
        const controller = new AbortController();
        let message;
        const watchdog = new Watchdog(this.options.requestTimeoutMs, () => {
            message?.destroy(new Error(`${call.endpoint} timed out`));
            controller.abort();
        });
        watchdog.arm();
        try {
            message = await this.request(call, controller.signal);
            const status = message.statusCode ?? 0;
            if (status >= 200 && status < 300)
                return { ok: true, value: await read(message, watchdog) };
            const body = await readText(message, ERROR_BODY_LIMIT);
            return { ok: false, failure: { type: 'status', status, headers: message.headers, body } };
        }
        catch (error) {
            if (LOCAL_FILE_CODES.has(errorCode(error)))
                throw error;
            const status = message?.statusCode;
            if (watchdog.expired)
                return { ok: false, failure: { type: 'timeout', status } };
            return { ok: false, failure: { type: 'network', code: errorCode(error), status } };
        }
        finally {
            watchdog.disarm();
        }
    }
    /** Follows no redirects, so the key only ever goes to this URL. */
    async request(call, signal) {
        const url = new URL(call.url);
        const agent = await this.agentFor(url);
        const headers = {
            authorization: `X-API-KEY ${this.options.apiKey}`,
            // Reports are files (xlsx, text): asking only for JSON could get a strict server's 406.
            accept: call.streaming ? '*/*' : 'application/json',
            'user-agent': this.options.userAgent
        };
        if (call.body !== undefined) {
            headers['content-type'] = 'application/json';
            headers['content-length'] = Buffer.byteLength(call.body);
        }
        const send = url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
        return new Promise((resolve, reject) => {
            const request = send(url, { method: call.method, headers, agent, signal }, resolve);
            request.on('error', reject);
            request.end(call.body);
        });
    }
    /**
     * http-client's index loads undici, which costs tens of milliseconds at start-up, so it is
     * imported only when the runner's proxy settings route this URL through a proxy.
     */
    async agentFor(url) {
        const proxy = (0,lib_proxy/* getProxyUrl */.s)(url);
        if (!proxy?.hostname) {
            return url.protocol === 'https:' ? this.directAgents.https : this.directAgents.http;
        }
        const key = `${url.protocol} ${proxy.href}`;
        let agent = this.proxyAgents.get(key);
        if (!agent) {
            const { HttpClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(779)]).then(__webpack_require__.bind(__webpack_require__, 22779));
            agent = new HttpClient(this.options.userAgent).getAgent(url.href);
            this.proxyAgents.set(key, agent);
        }
        return agent;
    }
    /** Exponential backoff with full jitter, unless the server said when to come back. */
    delayAfter(failedAttempts, failure) {
        const { baseDelayMs, maxDelayMs } = this.options.retry;
        const requested = failure.type === 'status' ? retryAfterMs(failure.headers['retry-after']) : undefined;
        if (requested !== undefined)
            return Math.min(requested, maxDelayMs);
        return Math.round(Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (failedAttempts - 1)));
    }
    failureError(call, failure, attempts) {
        const after = attempts > 1 ? ` after ${attempts} attempts` : '';
        if (failure.type === 'status')
            return this.statusError(call, failure, after);
        const { status } = failure;
        if (failure.type === 'timeout') {
            const message = `${this.timeoutMessage(call, status)}${after}`;
            return this.error('timeout', call.endpoint, message, { status });
        }
        const message = status === undefined
            ? `Could not reach ${SERVICE} at ${withoutQuery(call.url)} (${failure.code})${after}; ` +
                'check base-url and that the runner can reach that address'
            : `The connection to ${SERVICE} broke while receiving the answer to ${call.endpoint} ` +
                `(HTTP ${status}, ${failure.code})${after}`;
        return this.error('unreachable', call.endpoint, message, { status, code: failure.code });
    }
    timeoutMessage({ endpoint, streaming }, status) {
        const limit = formatDuration(this.options.requestTimeoutMs);
        if (status === undefined)
            return `${SERVICE} did not answer ${endpoint} within ${limit}`;
        if (streaming) {
            return `${SERVICE} stopped sending ${endpoint} (HTTP ${status}): no data for ${limit}`;
        }
        return `${SERVICE} did not finish its answer to ${endpoint} (HTTP ${status}) within ${limit}`;
    }
    statusError(call, failure, after) {
        const { kind, message } = this.describeStatus(call, failure, after);
        return this.error(kind, call.endpoint, message, { status: failure.status });
    }
    describeStatus(call, { status, body, headers }, after) {
        const { endpoint } = call;
        const words = serverWords(body);
        if (status === 401)
            return { kind: 'unauthorized', message: unauthorizedMessage(endpoint) };
        if (status === 403)
            return { kind: 'forbidden', message: forbiddenMessage(endpoint) };
        if (status === 404)
            return { kind: 'not-found', message: notFoundMessage(call, words) };
        if (status >= 300 && status < 400) {
            return { kind: 'server', message: this.redirectMessage(endpoint, status, headers.location) };
        }
        if (status >= 400 && status < 500 && !RETRY_STATUSES.has(status)) {
            const code = status === 400 ? '' : ` (HTTP ${status})`;
            const reason = words ?? snippet(body);
            return { kind: 'bad-request', message: `${SERVICE} refused ${endpoint}${code}: ${reason}` };
        }
        return {
            kind: 'server',
            message: `${SERVICE} failed on ${endpoint} with HTTP ${status}${after}; ` +
                `the answer starts: ${snippet(body)}`
        };
    }
    redirectMessage(endpoint, status, location) {
        const target = location ? ` to ${withoutQuery(location)}` : '';
        return (`${SERVICE} answered ${endpoint} with a redirect (HTTP ${status})${target}, which is ` +
            `not followed so that the API key only goes to ${this.base.origin}; set base-url to the ` +
            'address the API is served from');
    }
    error(kind, endpoint, message, details) {
        return new errors/* LeapworkError */.Wm(kind, endpoint, this.redact(message), details);
    }
}
/**
 * Rebuilds a URL the server returned on the configured base URL: base origin, then the server
 * URL's path and query. A base URL with a path (`https://host/perf` behind a proxy) keeps that
 * prefix in front unless the server's path already starts with it. Accepts absolute http(s) URLs
 * and absolute paths; anything else is a ShapeError.
 */
function rebaseUrl(serverUrl, baseUrl) {
    const base = parseBaseUrl(baseUrl);
    const server = parseServerUrl(serverUrl);
    const prefix = basePath(base);
    const keepsPrefix = prefix === '' || server.pathname === prefix || server.pathname.startsWith(`${prefix}/`);
    return `${base.origin}${keepsPrefix ? '' : prefix}${server.pathname}${server.search}`;
}
function unauthorizedMessage(endpoint) {
    return (`${SERVICE} rejected the API key (HTTP 401 on ${endpoint}): it is missing, invalid, ` +
        `expired or revoked; create a new one in ${SERVICE} under Profile > Integration API Keys ` +
        'and store it as a repository secret.');
}
function forbiddenMessage(endpoint) {
    return (`${SERVICE} refused ${endpoint} (HTTP 403): integration is not enabled in this ${SERVICE} ` +
        'environment; ask an administrator to enable the Integration API.');
}
function notFoundMessage(call, words) {
    if (words)
        return `${SERVICE} refused ${call.endpoint} (HTTP 404): ${words}`;
    return (`${SERVICE} has no ${call.endpoint} at ${withoutQuery(call.url)} (HTTP 404); check that ` +
        `base-url is the address of the ${SERVICE} API, e.g. https://perfapi.leapwork.cloud`);
}
/** Whether a LeapworkError proves the request never reached the server (nothing was sent). */
function wasNeverSent(error) {
    return (error.kind === 'unreachable' &&
        error.status === undefined &&
        error.code !== undefined &&
        UNSENT_CODES.has(error.code));
}
function parseBaseUrl(baseUrl) {
    const url = URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
    if (url?.protocol === 'http:' || url?.protocol === 'https:')
        return url;
    throw new TypeError(`The base URL must be an http(s) URL, e.g. https://perfapi.leapwork.cloud`);
}
function parseServerUrl(serverUrl) {
    const text = serverUrl.trim();
    if (text.startsWith('/') && !text.startsWith('//'))
        return new URL(text, 'http://path.invalid');
    const url = URL.canParse(text) ? new URL(text) : undefined;
    if (url?.protocol === 'http:' || url?.protocol === 'https:')
        return url;
    throw new errors/* ShapeError */.ym(`${JSON.stringify(serverUrl)} is not an http(s) URL`);
}
function basePath(base) {
    return base.pathname.replace(/\/+$/, '');
}
function isRetryable(failure, method) {
    if (method === 'POST') {
        return (failure.type === 'network' && failure.status === undefined && UNSENT_CODES.has(failure.code));
    }
    if (failure.type === 'status')
        return RETRY_STATUSES.has(failure.status);
    if (failure.type === 'timeout')
        return true;
    return RETRY_CODES.has(failure.code);
}
/** Retry-After in seconds or as an HTTP date, in milliseconds from now. */
function retryAfterMs(header) {
    if (header === undefined)
        return undefined;
    const value = header.trim();
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
async function readAnswer(endpoint, message) {
    return { endpoint, status: message.statusCode ?? 0, text: await readText(message) };
}
async function readText(message, limit = Number.POSITIVE_INFINITY, onChunk) {
    const chunks = [];
    let size = 0;
    for await (const chunk of message) {
        onChunk?.();
        chunks.push(chunk);
        size += chunk.length;
        if (size >= limit)
            break;
    }
    return Buffer.concat(chunks).toString('utf8');
}
async function saveBody(message, watchdog, partFile, decodeJsonText) {
    if (decodeJsonText && /\bjson\b/i.test(message.headers['content-type'] ?? '')) {
        const text = await readText(message, Number.POSITIVE_INFINITY, () => watchdog.arm());
        await (0,promises_.writeFile)(partFile, decodeJsonText(text));
        return;
    }
    const file = await (0,promises_.open)(partFile, 'w');
    const keepAlive = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            watchdog.arm();
            done(null, chunk);
        }
    });
    await (0,external_node_stream_promises_.pipeline)(message, keepAlive, file.createWriteStream());
}
/** The server's own words from an error body: a JSON string, or a JSON object's message. */
function serverWords(body) {
    let value;
    try {
        value = JSON.parse(body);
    }
    catch {
        return undefined;
    }
    if (typeof value === 'string')
        return collapse(value) || undefined;
    if (typeof value !== 'object' || value === null)
        return undefined;
    const fields = value;
    const headline = ['message', 'detail', 'title', 'error']
        .map((key) => fields[key])
        .find((text) => typeof text === 'string' && text.trim() !== '');
    const problems = fieldProblems(fields.errors);
    const words = [headline, problems].filter(Boolean).join(': ');
    return words ? collapse(words) : undefined;
}
/** ASP.NET validation errors: `{ "projectId": ["The projectId field is required."] }`. */
function fieldProblems(errors) {
    if (typeof errors !== 'object' || errors === null || Array.isArray(errors))
        return undefined;
    const parts = Object.entries(errors).map(([field, messages]) => `${field}: ${[messages].flat().join(' ')}`);
    return parts.length > 0 ? parts.join('; ') : undefined;
}
function snippet(body) {
    const text = collapse(body);
    if (text === '')
        return '(nothing)';
    return text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH)}…` : text;
}
function collapse(text) {
    return text.replace(/\s+/g, ' ').trim();
}
function withoutQuery(url) {
    const parsed = URL.canParse(url) ? new URL(url) : undefined;
    return parsed ? `${parsed.origin}${parsed.pathname}` : url.split('?')[0];
}
function describeFailure(failure) {
    if (failure.type === 'status')
        return `HTTP ${failure.status}`;
    if (failure.type === 'timeout')
        return 'timed out';
    return failure.code;
}
function errorCode(error) {
    const code = error?.code;
    if (typeof code === 'string' && code !== '')
        return code;
    return error instanceof Error ? error.message : String(error);
}
function formatDuration(ms) {
    return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}
/** A deadline that fires once; arming it again restarts the countdown. */
class Watchdog {
    ms;
    onExpire;
    expired = false;
    timer;
    constructor(ms, onExpire) {
        this.ms = ms;
        this.onExpire = onExpire;
    }
    arm() {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => {
            this.expired = true;
            this.onExpire();
        }, this.ms);
    }
    disarm() {
        clearTimeout(this.timer);
    }
}

;// CONCATENATED MODULE: ./src/leapwork/client.ts




const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_RETRY = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000 };
const DEFAULT_USER_AGENT = 'leapwork-performance-action';
/** The Leapwork Performance Integration API, typed; knows nothing of GitHub. */
class LeapworkClient {
    transport;
    constructor(options) {
        this.transport = new Transport({
            baseUrl: options.baseUrl,
            apiKey: options.apiKey.trim(),
            log: options.log ?? silentLog,
            requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS,
            retry: { ...DEFAULT_RETRY, ...options.retry },
            userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
            sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)))
        });
    }
    getTimelines() {
        return this.getJson('getTimelines', {}, parseTimelineSummaries);
    }
    getTimelineAsset(timelineAssetId) {
        return this.getJson('getTimelineAsset', { timelineAssetId }, parseTimeline);
    }
    getTimeline(timelineName, projectId) {
        return this.getJson('getTimeline', { timelineName, projectId }, parseTimeline);
    }
    getDataItems(projectId) {
        return this.getJson('getDataItems', { projectId }, parseDataItems);
    }
    getDataItemAsset(dataItemId) {
        return this.getJson('getDataItemAsset', { dataItemId }, parseDataItem);
    }
    getDataItem(dataItemName, projectId) {
        return this.getJson('getDataItem', { dataItemName, projectId }, parseDataItem);
    }
    /**
     * Starts a run. A failure after the request may have reached the server is a
     * RunMayHaveStartedError: the request is never repeated, since that could start a second run.
     */
    async runIntegration(body) {
        const endpoint = 'runIntegration';
        try {
            const answer = await this.transport.post(endpoint, this.transport.endpointUrl(endpoint), body);
            return this.decode(answer, (value) => {
                const started = parseRunStarted(value);
                return { ...started, pollResultUrl: this.transport.rebase(started.pollResultUrl) };
            });
        }
        catch (error) {
            if (error instanceof errors/* LeapworkError */.Wm && (isRefusal(error) || wasNeverSent(error)))
                throw error;
            throw new errors/* RunMayHaveStartedError */.w5(timelineOf(body), this.reasonOf(error), error);
        }
    }
    /** Polls the run; `pollResultUrl` is what runIntegration returned. `retry: false` tries once. */
    async getTimelineStatus(pollResultUrl, options = {}) {
        const url = this.serverUrl('getTimelineStatus', pollResultUrl);
        const answer = await this.transport.get('getTimelineStatus', url, options.retry ?? true);
        return this.decode(answer, (value) => {
            const result = parseRunStatus(value);
            return {
                ...result,
                excelReportUrl: result.excelReportUrl && this.transport.rebase(result.excelReportUrl),
                aiAnalysisReportUrl: result.aiAnalysisReportUrl && this.transport.rebase(result.aiAnalysisReportUrl)
            };
        });
    }
    downloadRunReport(excelReportUrl, destinationPath) {
        const url = this.serverUrl('downloadRunReport', excelReportUrl);
        return this.transport.download('downloadRunReport', url, destinationPath);
    }
    /** Saves the combined AI analysis as text, unwrapping it when the server sends a JSON string. */
    downloadAiAnalysisReport(aiAnalysisReportUrl, destinationPath) {
        const endpoint = 'downloadAiAnalysisReport';
        const url = this.serverUrl(endpoint, aiAnalysisReportUrl);
        return this.transport.download(endpoint, url, destinationPath, parseTextAnswer);
    }
    async getAiAnalysis(runId, trackItemId) {
        return this.getText('getAiAnalysis', { runId, trackItemId });
    }
    /** Answers the server's confirmation, e.g. "Stopped run run_x7k2m". */
    async stopIntegration(runId) {
        return this.getText('stopIntegration', { runId });
    }
    async getJson(endpoint, query, parse) {
        const answer = await this.transport.get(endpoint, this.transport.endpointUrl(endpoint, query));
        return this.decode(answer, parse);
    }
    async getText(endpoint, query) {
        const answer = await this.transport.get(endpoint, this.transport.endpointUrl(endpoint, query));
        return parseTextAnswer(answer.text);
    }
    decode(answer, parse) {
        try {
            return parse(decodeJson(answer.text));
        }
        catch (error) {
            if (error instanceof errors/* ShapeError */.ym)
                throw this.transport.malformed(answer, error.message);
            throw error;
        }
    }
    /** A URL the server handed out, moved onto the base URL; one that is no URL is malformed. */
    serverUrl(endpoint, url) {
        try {
            return this.transport.rebase(url);
        }
        catch (error) {
            if (!(error instanceof errors/* ShapeError */.ym))
                throw error;
            throw new errors/* LeapworkError */.Wm('malformed', endpoint, this.transport.redact(`Cannot call ${endpoint}: ${error.message}`));
        }
    }
    reasonOf(error) {
        return this.transport.redact(error instanceof Error ? error.message : String(error));
    }
}
/** The server answered and said no: nothing was started. */
function isRefusal(error) {
    return ['unauthorized', 'forbidden', 'bad-request', 'not-found'].includes(error.kind);
}
function timelineOf(body) {
    if (body.timelineAssetId)
        return `'${body.timelineAssetId}'`;
    if (body.timelineName)
        return `'${body.timelineName}' (project ${body.projectId ?? 'not given'})`;
    return '(none given)';
}


/***/ }),

/***/ 79084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Wm: () => (/* binding */ LeapworkError),
/* harmony export */   w5: () => (/* binding */ RunMayHaveStartedError),
/* harmony export */   ym: () => (/* binding */ ShapeError)
/* harmony export */ });
/** A failed call to the Integration API, with a one-line message a user can act on. */
class LeapworkError extends Error {
    kind;
    endpoint;
    status;
    code;
    constructor(kind, endpoint, message, details = {}) {
        super(message, { cause: details.cause });
        this.name = 'LeapworkError';
        this.kind = kind;
        this.endpoint = endpoint;
        this.status = details.status;
        this.code = details.code;
    }
}
/** runIntegration failed after the request may have reached the server: it must not be resent. */
class RunMayHaveStartedError extends LeapworkError {
    constructor(timeline, reason, cause) {
        super('run-may-have-started', 'runIntegration', `Starting the run failed after the request was sent (${reason}), so a run may have ` +
            "started on the server. Look in the Leapwork Performance portal's run history for " +
            `timeline ${timeline} and stop the run there if it is running.`, { status: cause instanceof LeapworkError ? cause.status : undefined, cause });
        this.name = 'RunMayHaveStartedError';
    }
}
/** What is wrong with an answer's content; the client turns it into a 'malformed' LeapworkError. */
class ShapeError extends Error {
    constructor(problem) {
        super(problem);
        this.name = 'ShapeError';
    }
}
const API_KEY_HEADER_VALUE = /X-API-KEY\s+[^\s"'`,;]+/gi;
/** Replaces each secret, and any `X-API-KEY <value>`, with `***`. */
function redact(text, secrets) {
    const masked = secrets
        .filter((secret) => secret.length > 0)
        .reduce((result, secret) => result.split(secret).join('***'), text);
    return masked.replace(API_KEY_HEADER_VALUE, 'X-API-KEY ***');
}


/***/ }),

/***/ 91994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ TERMINAL_STATUSES),
/* harmony export */   Hd: () => (/* binding */ isTerminal),
/* harmony export */   az: () => (/* binding */ ACTIVE_STATUSES),
/* harmony export */   g_: () => (/* binding */ isKnownActive)
/* harmony export */ });
/**
 * Shapes of the Leapwork Performance Integration API (../shared/reference/api.md), as the client
 * returns them after lenient parsing: unknown fields are kept, numbers given as strings are numbers,
 * and statuses are in their canonical case.
 */
const TERMINAL_STATUSES = ['Finished', 'Stopped', 'Failed'];
const ACTIVE_STATUSES = ['Authenticating', 'Preparing', 'Running'];
function isTerminal(status) {
    return TERMINAL_STATUSES.includes(status);
}
function isKnownActive(status) {
    return ACTIVE_STATUSES.includes(status);
}


/***/ }),

/***/ 26941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ stopRun)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _leapwork_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79084);
/* harmony import */ var _leapwork_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91994);



/**
 * Stops a run the action gives up on, then polls for its final status (and its reports).
 * A 400 or 404 from stopIntegration means the run had already ended: nothing is left running.
 */
async function stopRun(client, run, log, options = {}) {
    let stopped;
    try {
        const answer = await client.stopIntegration(run.runId);
        log.info(`Stop requested for run ${run.runId}: ${answer}`);
        stopped = true;
    }
    catch (error) {
        if (error instanceof _leapwork_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LeapworkError */ .Wm &&
            (error.kind === 'bad-request' || error.kind === 'not-found')) {
            log.info(`Run ${run.runId} had already ended: ${error.message}`);
            stopped = true;
        }
        else {
            const reason = error instanceof Error ? error.message : String(error);
            log.error(`Could not stop run ${run.runId}: ${reason.replace(/\.$/, '')}. Stop it in the Leapwork Performance portal so it does not use more virtual-user time.`);
            return { stopped: false };
        }
    }
    return { stopped, final: await pollFinal(client, run.pollResultUrl, options) };
}
async function pollFinal(client, pollResultUrl, { finalPolls = 1, pollSpacingMs = 1000 }) {
    for (let poll = 1; poll <= finalPolls; poll++) {
        const result = await client
            .getTimelineStatus(pollResultUrl, { retry: false })
            .catch(() => undefined);
        if (result && (0,_leapwork_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isTerminal */ .Hd)(result.status))
            return result;
        if (poll < finalPolls)
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(pollSpacingMs);
    }
    return undefined;
}


/***/ }),

/***/ 92421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Go: () => (/* binding */ criteriaFromLimits),
/* harmony export */   S: () => (/* binding */ parseThresholds),
/* harmony export */   Sh: () => (/* binding */ TIME_METRICS),
/* harmony export */   XH: () => (/* binding */ TITLE_GLOB_OPTIONS)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

/** Metrics whose value is a time in milliseconds. */
const TIME_METRICS = new Set([
    'min',
    'average',
    'median',
    'p90',
    'p95',
    'p99',
    'max'
]);
const METRIC_ALIASES = {
    min: 'min',
    average: 'average',
    avg: 'average',
    median: 'median',
    med: 'median',
    p50: 'median',
    p90: 'p90',
    p95: 'p95',
    p99: 'p99',
    max: 'max',
    errors: 'errors',
    'error-rate': 'error-rate',
    error_rate: 'error-rate',
    errorrate: 'error-rate',
    requests: 'requests'
};
const KNOWN_METRICS = 'min, average (avg), median (med, p50), p90, p95, p99, max, errors, error-rate, requests';
/**
 * Options for matching a step title glob against a whole title: `*` crosses `/` (titles such as
 * `GET /api/users/42` hold slashes), `\` is never a path separator, and an unbalanced bracket is
 * reported rather than silently taken literally.
 */
const TITLE_GLOB_OPTIONS = {
    dot: true,
    bash: true,
    windows: false,
    strictBrackets: true
};
class LineError extends Error {
}
/**
 * Parses the `thresholds` input: one condition per line that must hold (k6 style); blank lines and
 * lines starting with `#` are skipped, and a line may end in a `# comment`.
 *
 * A line is `[scope:] metric comparator number[unit]`:
 * - metric: min, average (avg), median (med, p50), p90, p95, p99, max, errors,
 *   error-rate (error_rate, errorRate) or requests, in any case;
 * - comparator: `<`, `<=`, `>`, `>=`, `==`, `!=`;
 * - number: milliseconds for times (`800`, `800ms`, `1.5s`), a percentage for error-rate (`1`,
 *   `1%`), a count for errors and requests.
 *
 * What a line applies to:
 * - no scope: a time metric must hold on every step; `errors`, `error-rate` and `requests` apply to
 *   the whole run's totals (`error-rate < 1%` means under 1% of all the run's requests errored);
 * - `"<title glob>":` (double or single quotes): every step whose whole title matches the glob,
 *   where `*` also crosses `/` (`"GET /api/*": p99 <= 1000`); each figure is the step's own;
 * - `track-item <id>:`: time metrics on every step of that track item; `errors`, `error-rate` and
 *   `requests` on the track item's totals.
 *
 * Each error names the line number and its text and says what was expected.
 */
function parseThresholds(text) {
    const criteria = [];
    const errors = [];
    for (const [index, rawLine] of text.split(/\r?\n/).entries()) {
        const line = rawLine.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        try {
            criteria.push(parseLine(line));
        }
        catch (error) {
            if (!(error instanceof LineError))
                throw error;
            errors.push(`Line ${index + 1} \`${line}\`: ${error.message}`);
        }
    }
    return { criteria, errors };
}
/** The `max-p95-ms` and `max-error-rate` inputs as criteria. */
function criteriaFromLimits(limits) {
    const criteria = [];
    if (limits.maxP95Ms !== undefined) {
        criteria.push({
            source: `max-p95-ms: ${limits.maxP95Ms}`,
            scope: { kind: 'run' },
            metric: 'p95',
            comparator: '<=',
            limit: limits.maxP95Ms
        });
    }
    if (limits.maxErrorRate !== undefined) {
        criteria.push({
            source: `max-error-rate: ${limits.maxErrorRate}`,
            scope: { kind: 'run' },
            metric: 'error-rate',
            comparator: '<=',
            limit: limits.maxErrorRate
        });
    }
    return criteria;
}
function parseLine(line) {
    const { scope, condition } = splitScope(line);
    const { metric, comparator, limit, comment } = parseCondition(condition);
    const source = line.slice(0, line.length - comment.length).trim();
    return { source, scope, metric, comparator, limit };
}
function splitScope(line) {
    const quote = line[0];
    if (quote === '"' || quote === "'") {
        const end = line.indexOf(quote, 1);
        if (end === -1) {
            throw new LineError(`the quoted step title is not closed; expected a closing ${quote}`);
        }
        const titleGlob = line.slice(1, end);
        checkGlob(titleGlob);
        return {
            scope: { kind: 'step', titleGlob },
            condition: afterColon(line.slice(end + 1), 'the quoted step title')
        };
    }
    const trackItem = /^track-item\b\s*(?:"([^"]*)"|'([^']*)'|([^\s:"']+))?/i.exec(line);
    if (trackItem !== null) {
        const trackItemId = trackItem[1] ?? trackItem[2] ?? trackItem[3];
        if (!trackItemId) {
            throw new LineError('expected a track item ID after "track-item", e.g. `track-item ti_001: p95 < 800`');
        }
        return {
            scope: { kind: 'track-item', trackItemId },
            condition: afterColon(line.slice(trackItem[0].length), `the track item ID "${trackItemId}"`)
        };
    }
    if (/^[^#]*:/.test(line)) {
        throw new LineError('a step title must be quoted, e.g. `"POST /api/login": p95 < 200`');
    }
    return { scope: { kind: 'run' }, condition: line };
}
function checkGlob(glob) {
    if (glob === '')
        throw new LineError('the quoted step title is empty; expected a title or a glob');
    try {
        picomatch__WEBPACK_IMPORTED_MODULE_0___default().makeRe(glob, TITLE_GLOB_OPTIONS);
    }
    catch (error) {
        throw new LineError(`"${glob}" is not a valid title glob: ${error.message}`);
    }
}
function afterColon(rest, what) {
    const match = /^\s*:/.exec(rest);
    if (match === null) {
        throw new LineError(`expected ":" after ${what}, then a condition such as p95 < 800`);
    }
    return rest.slice(match[0].length);
}
function parseCondition(condition) {
    let rest = condition.trim();
    const metricWord = /^[A-Za-z][\w-]*/.exec(rest)?.[0];
    if (metricWord === undefined) {
        throw new LineError(`expected a metric (${KNOWN_METRICS}), found ${describe(rest)}`);
    }
    const metric = METRIC_ALIASES[metricWord.toLowerCase()];
    if (metric === undefined) {
        throw new LineError(`unknown metric "${metricWord}"; expected one of ${KNOWN_METRICS}`);
    }
    rest = rest.slice(metricWord.length).trimStart();
    const comparator = /^(<=|>=|==|!=|<|>)/.exec(rest)?.[0];
    if (comparator === undefined) {
        throw new LineError(`expected a comparator (<, <=, >, >=, ==, !=) after ${metricWord}, found ${describe(rest)}`);
    }
    rest = rest.slice(comparator.length).trimStart();
    const number = /^(?:\d+(?:\.\d+)?|\.\d+)/.exec(rest)?.[0];
    if (number === undefined) {
        throw new LineError(`expected a number after "${comparator}", found ${describe(rest)}`);
    }
    rest = rest.slice(number.length);
    const unit = /^\s*(ms|s|%)(?![\w%])/i.exec(rest);
    const unknownUnit = unit === null ? /^[A-Za-z%]\w*/.exec(rest)?.[0] : undefined;
    if (unknownUnit !== undefined) {
        throw new LineError(`unknown unit "${unknownUnit}" after ${number}; expected ms, s or %`);
    }
    rest = rest.slice(unit?.[0].length ?? 0).trim();
    if (rest !== '' && !rest.startsWith('#')) {
        throw new LineError(`unexpected "${rest}" after ${number}${unit?.[1] ?? ''}; expected the end of the line`);
    }
    const limit = scaleLimit(metric, Number(number), unit?.[1].toLowerCase());
    return { metric, comparator, limit, comment: rest };
}
function scaleLimit(metric, value, unit) {
    if (TIME_METRICS.has(metric)) {
        if (unit === '%') {
            throw new LineError(`${metric} is a time; expected milliseconds (800, 800ms) or seconds (0.8s), not %`);
        }
        return unit === 's' ? value * 1000 : value;
    }
    if (metric === 'error-rate') {
        if (unit === 'ms' || unit === 's') {
            throw new LineError(`error-rate is a percentage; expected a number such as 1 or 1%, not ${unit}`);
        }
        return value;
    }
    if (unit !== undefined)
        throw new LineError(`${metric} is a count; expected a plain number, not ${unit}`);
    return value;
}
function describe(rest) {
    const word = rest.trim().split(/\s+/)[0];
    return word === '' ? 'nothing' : `"${word}"`;
}


/***/ })

};
