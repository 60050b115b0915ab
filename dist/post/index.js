import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6908:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _post_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5497);
/**
 * The post step's entry, bundled apart from main's: a post step told from main by saved state
 * would take itself for main, and start a run, if main was killed before it could save that state.
 */

await (0,_post_js__WEBPACK_IMPORTED_MODULE_0__/* .runPost */ .a)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5497:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runPost)
});

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/github/toolkit.ts

/**
 * @actions/core, loaded while the first API request is under way rather than before it: loading
 * it (with the HTTP client it bundles for OIDC) takes longer than the rest of the start-up.
 * `core` is set once loadToolkit has resolved; main and post await that before they use it.
 */
let core;
let loading;
const secrets = [];
const waiting = [];
function loadToolkit() {
    loading ??= Promise.all(/* import() */[__nccwpck_require__.e(779), __nccwpck_require__.e(143)]).then(__nccwpck_require__.bind(__nccwpck_require__, 143)).then((toolkit) => {
        core = toolkit;
        for (const secret of secrets.splice(0))
            core.setSecret(secret);
        for (const call of waiting.splice(0))
            call();
    });
    return loading;
}
/** Runs `call` now, or once the toolkit has loaded, after every secret has been masked. */
function whenLoaded(call) {
    if (core)
        call();
    else
        waiting.push(call);
}
/** Masks the secret before any line is written, however early it was read. */
function maskSecret(secret) {
    if (core)
        core.setSecret(secret);
    else
        secrets.push(secret);
}
/**
 * An input as core.getInput reads it (`INPUT_<NAME>`, trimmed). Every input is read and checked
 * before the first API request, which goes out before the toolkit has loaded.
 */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/**
 * Appends to the job summary. Outside a runner there is no summary file and nothing is written; a
 * file named but not there yet (a local try) is created, as the runner would have, since the
 * toolkit only appends to an existing one.
 */
async function writeSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    await appendFile(file, '');
    await core.summary.addRaw(markdown, true).write();
}

;// CONCATENATED MODULE: ./src/github/log.ts

const LINE_BREAK = /\r\n|\r|\n/;
/** The runner trims a line (.NET whitespace) and runs it as a command when it starts with `::`. */
const COMMAND_START = /^([\s\u0085]*):(?=:)/;
/** The runner's legacy `##[command]` form is recognised anywhere in a line. */
const LEGACY_COMMAND = /#(?=#\[)/g;
const ZERO_WIDTH_SPACE = '\u200B';
/**
 * Log lines carry text from the server (titles, error bodies). Each line is made inert: none can
 * start with `::` or hold `##[`, so none can run a workflow command. Annotations and messages of
 * commands are escaped by @actions/core itself.
 */
function inertLines(message) {
    return message
        .split(LINE_BREAK)
        .map((line) => line
        .replace(COMMAND_START, `$1:${ZERO_WIDTH_SPACE}`)
        .replace(LEGACY_COMMAND, `#${ZERO_WIDTH_SPACE}`))
        .join('\n');
}
/** Lines written before the toolkit has loaded wait for it, so the API key is masked first. */
const log_actionsLog = {
    info: (message) => whenLoaded(() => core.info(inertLines(message))),
    debug: (message) => whenLoaded(() => core.debug(inertLines(message))),
    notice: (message, properties) => whenLoaded(() => core.notice(message, properties)),
    warning: (message, properties) => whenLoaded(() => core.warning(message, properties)),
    error: (message, properties) => whenLoaded(() => core.error(message, properties))
};

;// CONCATENATED MODULE: ./src/number-format.ts
/**
 * How a number reads wherever the action writes it — annotations, log lines, the summary, the
 * comment and JUnit — so a figure reads the same in each.
 */
const NOT_A_NUMBER = '–';
const COUNT_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const DECIMAL_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
/** Times from 10 s up read better in seconds. */
const SECONDS_FROM_MS = 10_000;
/**
 * The unit for a column of times: seconds when any of them reaches 10 s, else milliseconds, so
 * every figure of a column reads in one unit and compares at a glance.
 */
function timeUnitFor(values) {
    for (const value of values)
        if (Math.abs(value) >= SECONDS_FROM_MS)
            return 's';
    return 'ms';
}
/**
 * `4.5 ms`, `912 ms`, `1,240 ms`, `12.5 s`, `125 s`; with `signed`, `+60 ms`. The unit is the one
 * `timeUnitFor` picks for the figure alone unless a column's unit is given.
 */
function number_format_formatMs(ms, options = {}) {
    if (!Number.isFinite(ms))
        return NOT_A_NUMBER;
    const sign = options.signed && ms > 0 ? '+' : ms < 0 ? '-' : '';
    const size = Math.abs(ms);
    if ((options.unit ?? timeUnitFor([ms])) === 'ms') {
        const shown = size < 10 ? String(Math.round(size * 10) / 10) : COUNT_FORMAT.format(size);
        return `${sign}${shown} ms`;
    }
    const seconds = size / 1000;
    const decimals = seconds < 10 ? 2 : seconds < 100 ? 1 : 0;
    return `${sign}${DECIMAL_FORMAT.format(Number(seconds.toFixed(decimals)))} s`;
}
/** A percentage given as 0–100: `0%`, `0.52%`, `12.5%`, `<0.01%`; with `signed`, `+50%`. */
function number_format_formatPercent(percent, options = {}) {
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
/** `1,500` */
function number_format_formatCount(count) {
    return Number.isFinite(count) ? COUNT_FORMAT.format(Math.round(count)) : NOT_A_NUMBER;
}
/** `1 step`, `1,500 steps`: the count with the noun that fits it. */
function counted(count, one, many) {
    return `${number_format_formatCount(count)} ${count === 1 ? one : many}`;
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

;// CONCATENATED MODULE: ./src/verdict/thresholds.ts


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
class LineError extends (/* unused pure expression or super */ null && (Error)) {
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
function thresholds_parseThresholds(text) {
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
function thresholds_criteriaFromLimits(limits) {
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
        picomatch.makeRe(glob, TITLE_GLOB_OPTIONS);
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
    const quantity = readQuantity(rest, `"${comparator}"`);
    rest = quantity.rest.trim();
    if (rest !== '' && !rest.startsWith('#')) {
        throw new LineError(`unexpected "${rest}" after ${quantity.text}; expected the end of the line`);
    }
    const limit = scaleLimit(metric, kindOf(metric), quantity, 'ms');
    return { metric, comparator, limit, comment: rest };
}
/**
 * A plain decimal number (no sign, exponent, hex or binary) and an optional unit, ms, s or %, at
 * the start of text.
 */
function readQuantity(text, after) {
    const number = /^(?:\d+(?:\.\d+)?|\.\d+)/.exec(text)?.[0];
    if (number === undefined) {
        throw new LineError(`expected a number after ${after}, found ${describe(text)}`);
    }
    let rest = text.slice(number.length);
    const unit = /^\s*(ms|s|%)(?![\w%])/i.exec(rest);
    const unknownUnit = unit === null ? /^[A-Za-z%]\w*/.exec(rest)?.[0] : undefined;
    if (unknownUnit !== undefined) {
        throw new LineError(`unknown unit "${unknownUnit}" after ${number}; expected ms, s or %`);
    }
    rest = rest.slice(unit?.[0].length ?? 0);
    return {
        value: Number(number),
        unit: unit?.[1].toLowerCase(),
        text: `${number}${unit?.[1] ?? ''}`,
        rest
    };
}
/**
 * A figure of a metric in its unit: a time, a percentage or a count. Breach sentences and the
 * tables both use it, so an annotation and a table never disagree.
 */
function formatMetric(metric, value) {
    const kind = kindOf(metric);
    if (kind === 'time')
        return formatMs(value);
    return kind === 'percentage' ? formatPercent(value) : formatCount(value);
}
function kindOf(metric) {
    if (TIME_METRICS.has(metric))
        return 'time';
    return metric === 'error-rate' ? 'percentage' : 'count';
}
/** A time in milliseconds (a bare number counts as `bareTimeUnit`), a percentage or a count. */
function scaleLimit(name, kind, { value, unit }, bareTimeUnit) {
    if (kind === 'time') {
        if (unit === '%') {
            throw new LineError(`${name} is a time; expected milliseconds (800, 800ms) or seconds (0.8s), not %`);
        }
        return (unit ?? bareTimeUnit) === 's' ? value * 1000 : value;
    }
    if (kind === 'percentage') {
        if (unit === 'ms' || unit === 's') {
            throw new LineError(`${name} is a percentage; expected a number such as 1 or 1%, not ${unit}`);
        }
        return value;
    }
    if (unit !== undefined)
        throw new LineError(`${name} is a count; expected a plain number, not ${unit}`);
    return value;
}
/**
 * One input's number in the grammar of `thresholds`: a plain decimal with an optional unit (`800`,
 * `800ms`, `0.8s`, `1%`), or undefined when it is not one. Times come back in milliseconds; a bare
 * time counts as `bareTimeUnit`.
 */
function thresholds_parseQuantity(text, kind, bareTimeUnit = 'ms') {
    try {
        const quantity = readQuantity(text.trim(), 'the start');
        if (quantity.rest.trim() !== '')
            return undefined;
        return scaleLimit('it', kind, quantity, bareTimeUnit);
    }
    catch (error) {
        if (error instanceof LineError)
            return undefined;
        throw error;
    }
}
function describe(rest) {
    const word = rest.trim().split(/\s+/)[0];
    return word === '' ? 'nothing' : `"${word}"`;
}

;// CONCATENATED MODULE: ./src/inputs.ts



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
const MIN_POLL_INTERVAL_SECONDS = 0.1;
const SIMULATOR_POLL_INTERVAL_SECONDS = 1;
const TRACK_ITEM_FIELDS = (/* unused pure expression or super */ null && (['dataItemAssetId', 'selectedRoles', 'userCount', 'authScriptId']));
const YAML_NUMBER_TAGS = (/* unused pure expression or super */ null && (['tag:yaml.org,2002:int', 'tag:yaml.org,2002:float']));
/** Reads the credentials only, for the post step, which has no other use for the inputs. */
function readConnection(read = readTrimmed) {
    const problems = [];
    const apiKey = readApiKey(read, problems);
    const baseUrl = readBaseUrl(read, problems);
    if (problems.length > 0)
        throw new InputError(problems);
    return { apiKey, baseUrl };
}
async function readSettings(read = readTrimmed, log = actionsLog) {
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
        dryRun: readBoolean(read, 'dry-run', false, problems),
        maxVum: readNumber(read, 'max-vum', problems, {
            kind: 'count',
            accept: (v) => v > 0,
            expected: 'a positive number of virtual-user minutes'
        }),
        wait: readBoolean(read, 'wait', true, problems),
        pollIntervalSeconds: readSeconds(read, 'poll-interval', problems, MIN_POLL_INTERVAL_SECONDS) ?? 5,
        timeoutSeconds: readSeconds(read, 'timeout', problems),
        reportDir: optional('report-dir'),
        artifactName: readArtifactName(read, problems),
        name: readName(read, problems),
        retentionDays: readRetentionDays(read, problems),
        criteria: readCriteria(read, problems),
        baseline: readBaseline(read, problems),
        maxRegressionPercent: readNumber(read, 'max-regression', problems, {
            kind: 'percentage',
            accept: (v) => v >= 0,
            expected: 'a percentage of 0 or more, e.g. 10 or 10%'
        }),
        noiseFloorMs: readNumber(read, 'noise-floor-ms', problems, {
            kind: 'time',
            accept: (v) => v >= 0,
            expected: 'a time of 0 or more in milliseconds, e.g. 20, 20ms or 0.02s'
        }) ?? 20,
        falseAlarmRate: readNumber(read, 'false-alarm-rate', problems, {
            kind: 'percentage',
            accept: (v) => v > 0 && v <= 50,
            expected: 'a percentage above 0 and at most 50, e.g. 1 or 1%'
        }) ?? 1,
        failOnBreach: readBoolean(read, 'fail-on-breach', true, problems),
        comment: readBoolean(read, 'comment', true, problems),
        githubToken: optional('github-token')
    };
    if (settings.role && !settings.dataItem) {
        problems.push('Input "role" needs a data item: set "data-item-id" or "data-item-name" too.');
    }
    if (problems.length > 0)
        throw new InputError(problems);
    warnOfFastPolling(settings, log);
    return settings;
}
function readTrimmed(name) {
    return getInput(name).trim();
}
function readApiKey(read, problems) {
    const apiKey = read('api-key');
    if (apiKey) {
        maskSecret(apiKey);
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
        return name ? { id, name } : { id };
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
        return name ? { id, name } : { id };
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
/** A plain decimal, with the units of the `thresholds` grammar that suit its kind. */
function readNumber(read, name, problems, spec) {
    const raw = read(name);
    if (!raw)
        return undefined;
    const value = parseQuantity(raw, spec.kind, spec.bareTimeUnit);
    if (value === undefined || !spec.accept(value)) {
        problems.push(`Input "${name}" must be ${spec.expected}: got "${raw}".`);
        return undefined;
    }
    return value;
}
function readPositiveInteger(read, name, problems) {
    return readNumber(read, name, problems, {
        kind: 'count',
        accept: (v) => Number.isInteger(v) && v > 0,
        expected: 'a positive whole number'
    });
}
/** Seconds, or a time with its unit (`90s`, `1500ms`), as a number of seconds. */
function readSeconds(read, name, problems, minimum = 0) {
    const atLeast = minimum > 0 ? `at least ${minimum} s` : 'a positive number of seconds';
    const ms = readNumber(read, name, problems, {
        kind: 'time',
        bareTimeUnit: 's',
        accept: (v) => v > 0 && v >= minimum * 1000,
        expected: `${atLeast}, e.g. 5, 5s or 500ms`
    });
    return ms === undefined ? undefined : ms / 1000;
}
/** Polling faster than once a second suits the local simulator only. */
function warnOfFastPolling({ pollIntervalSeconds, baseUrl }, log) {
    if (pollIntervalSeconds >= SIMULATOR_POLL_INTERVAL_SECONDS || !baseUrl)
        return;
    if (LOOPBACK_HOSTS.has(new URL(baseUrl).hostname))
        return;
    log.warning(`Input "poll-interval" is ${pollIntervalSeconds} s: polling more than once a second is meant for the local simulator; against Leapwork Performance use 1 s or more.`);
}
function readRetentionDays(read, problems) {
    return readNumber(read, 'retention-days', problems, {
        kind: 'count',
        accept: (v) => Number.isInteger(v) && v >= 1 && v <= 90,
        expected: 'a whole number of days from 1 to 90 (GitHub keeps artifacts at most 90 days)'
    });
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
const MAX_NAME_LENGTH = 60;
function readName(read, problems) {
    const name = read('name');
    if (!name)
        return undefined;
    if (name.length > MAX_NAME_LENGTH || /[\p{Cc}\u2028\u2029]/u.test(name)) {
        problems.push(`Input "name" must be a short label on one line (at most ${MAX_NAME_LENGTH} characters), e.g. "50 users": got "${truncateForMessage(name)}".`);
        return undefined;
    }
    return name;
}
function truncateForMessage(text) {
    const line = text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');
    return line.length > MAX_NAME_LENGTH ? `${line.slice(0, MAX_NAME_LENGTH)}…` : line;
}
/** The YAML parser is loaded only for this input: it is a large part of the start-up otherwise. */
async function readTrackItems(read, problems) {
    const raw = read('track-items');
    if (!raw)
        return undefined;
    let parsed;
    try {
        const { parse: parseYaml } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
        parsed = parseYaml(raw, { customTags: withoutNumberTags });
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
/**
 * YAML would read unquoted 0x10, 0o17 and 1e2 as numbers; kept as written, they are checked like
 * every other number input, which takes plain decimals only.
 */
function withoutNumberTags(tags) {
    return tags.filter((tag) => typeof tag === 'string' || !YAML_NUMBER_TAGS.includes(tag.tag));
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
    const count = typeof userCount === 'string' ? parseQuantity(userCount, 'count') : userCount;
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
    const maxP95Ms = readNumber(read, 'max-p95-ms', problems, {
        kind: 'time',
        accept: (v) => v > 0,
        expected: 'a positive time in milliseconds, e.g. 800, 800ms or 0.8s'
    });
    const maxErrorRate = readNumber(read, 'max-error-rate', problems, {
        kind: 'percentage',
        accept: (v) => v >= 0 && v <= 100,
        expected: 'a percentage from 0 to 100, e.g. 1 or 1%'
    });
    const { criteria, errors } = parseThresholds(read('thresholds'));
    for (const error of errors)
        problems.push(`Input "thresholds": ${error}`);
    return [...criteriaFromLimits({ maxP95Ms, maxErrorRate }), ...criteria];
}
function readBaseline(read, problems) {
    const raw = read('baseline');
    const runs = readPositiveInteger(read, 'baseline-runs', problems) ?? 10;
    if (!raw)
        return undefined;
    if (raw.toLowerCase() === 'auto')
        return { kind: 'auto', runs };
    return { kind: 'file', path: raw, runs };
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./src/log.ts
const silentLog = {
    info: () => undefined,
    debug: () => undefined,
    notice: () => undefined,
    warning: () => undefined,
    error: () => undefined
};

;// CONCATENATED MODULE: ./src/leapwork/errors.ts
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

;// CONCATENATED MODULE: ./src/leapwork/types.ts
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

;// CONCATENATED MODULE: ./src/leapwork/parse.ts
/**
 * Lenient readers for the API's answers. Unknown fields are kept, numbers and booleans given as
 * strings are converted, statuses get their canonical case, and a documented field that is absent
 * gets a neutral default. Only the fields a caller cannot do without are required; a missing one
 * throws a ShapeError naming it.
 */


const KNOWN_STATUSES = [...TERMINAL_STATUSES, ...ACTIVE_STATUSES];
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
        plannedRunTime: Math.max(0, optionalNumber(fields, 'plannedRunTime', '') ?? 0),
        estimatedVum: Math.max(0, optionalNumber(fields, 'estimatedVum', '') ?? 0)
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
    return list(value, '').map((entry, index) => parse_readDataItem(entry, `[${index}]`));
}
function parseDataItem(value) {
    return parse_readDataItem(value, '');
}
function parse_readDataItem(value, path) {
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
/**
 * Only what polls and stops the run is required: its ID and poll URL. The server has started the
 * run by now, so a malformed optional field is left aside with a line in `warnings`: losing the
 * answer would lose the run, which would then go on unwatched.
 */
function parseRunStarted(value) {
    const fields = record(value, '');
    const warnings = [];
    return {
        ...fields,
        timelineId: optionalString(fields, 'timelineId') ?? '',
        runId: requiredString(fields, 'runId', ''),
        status: canonicalStatus(optionalString(fields, 'status') ?? 'Preparing'),
        estimatedVum: lenientNumber(fields, 'estimatedVum', warnings),
        plannedRunTime: lenientNumber(fields, 'plannedRunTime', warnings),
        trackItems: (lenientList(fields, 'trackItems', warnings) ?? []).flatMap((item, index) => leniently(warnings, `trackItems[${index}]`, 'track item', () => parseStartedTrackItem(item, `trackItems[${index}]`))),
        pollResultUrl: requiredString(fields, 'pollResultUrl', ''),
        warnings
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
/**
 * Only the status is required. A malformed optional part (a report URL, a step whose figures do
 * not read) is left aside with a line in `warnings`, so it costs that part, not the run.
 */
function parseRunStatus(value) {
    const fields = record(value, '');
    const warnings = [];
    const metadata = lenientList(fields, 'metadata', warnings)?.flatMap((group, index) => leniently(warnings, `metadata[${index}]`, 'track item', () => parseTrackItemMetrics(group, `metadata[${index}]`, warnings)));
    return {
        ...fields,
        status: canonicalStatus(requiredString(fields, 'status', '')),
        metadata,
        excelReportUrl: optionalUrl(fields, 'excelReportUrl', warnings),
        aiAnalysisReportUrl: optionalUrl(fields, 'aiAnalysisReportUrl', warnings),
        warnings
    };
}
function parseTrackItemMetrics(value, path, warnings) {
    const fields = record(value, path);
    const trackItemId = requiredString(fields, 'trackItemId', path);
    return {
        ...fields,
        trackItemId,
        metadata: optionalList(fields.metadata, `${path}.metadata`).flatMap((step, index) => leniently(warnings, `${path}.metadata[${index}]`, 'step', () => parseStepMetric(step, trackItemId, `${path}.metadata[${index}]`)))
    };
}
/** The parsed part, or nothing and a warning when it is malformed. */
function leniently(warnings, path, what, parse) {
    try {
        return [parse()];
    }
    catch (error) {
        if (!(error instanceof ShapeError))
            throw error;
        warnings.push(`The run's answer has a malformed ${what} at ${path}, left out: ${error.message}.`);
        return [];
    }
}
function optionalUrl(fields, key, warnings) {
    const value = fields[key];
    if (absent(value) || value === '')
        return undefined;
    if (typeof value === 'string')
        return value;
    warnings.push(`The run's ${key} was left aside: it is not a URL but ${describeValue(value)}.`);
    return undefined;
}
/** A number of at least 0, or 0 (not given) and a warning when it does not read as one. */
function lenientNumber(fields, key, warnings) {
    try {
        const value = optionalNumber(fields, key, '') ?? 0;
        if (value >= 0)
            return value;
        warnings.push(`The run's ${key} was left aside: it is negative (${value}).`);
        return 0;
    }
    catch (error) {
        if (!(error instanceof ShapeError))
            throw error;
        warnings.push(`The run's ${key} was left aside: it is not a number but ${describeValue(fields[key])}.`);
        return 0;
    }
}
/** A list, or nothing (and a warning when the field is there but something else). */
function lenientList(fields, key, warnings) {
    const value = fields[key];
    if (absent(value))
        return undefined;
    if (Array.isArray(value))
        return value;
    warnings.push(`The run's ${key} was left aside: it is not a list but ${describeValue(value)}.`);
    return undefined;
}
function describeValue(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 60)}…` : text;
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
        throw new ShapeError(text.trim() === '' ? 'the answer is empty' : 'the answer is not JSON');
    }
}
function decodeField(text, path) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new ShapeError(`${path} is a string that is not JSON`);
    }
}
function record(value, path) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
        return value;
    throw new ShapeError(`${path || 'the answer'} is ${absent(value) ? 'missing' : 'not an object'}`);
}
function list(value, path) {
    if (Array.isArray(value))
        return value;
    throw new ShapeError(`${path || 'the answer'} is ${absent(value) ? 'missing' : 'not a list'}`);
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
        throw new ShapeError(`${at(path, key)} is missing`);
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
    throw new ShapeError(`${at(path, key)} is not a number: ${JSON.stringify(value)}`);
}
function requiredNumber(fields, key, path) {
    const value = optionalNumber(fields, key, path);
    if (value === undefined)
        throw new ShapeError(`${at(path, key)} is missing`);
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
    throw new ShapeError(`${at(path, key)} is not true or false: ${JSON.stringify(value)}`);
}
function at(path, key) {
    return path === '' ? key : `${path}.${key}`;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var lib_proxy = __nccwpck_require__(9783);
;// CONCATENATED MODULE: ./src/leapwork/transport.ts
/**
 * HTTP to the Integration API: the API key header, a deadline per attempt, retries with backoff
 * for GET, at most one delivery for POST, reports streamed to disk, size caps on everything read,
 * and error messages a user can act on, with the key redacted from them.
 */








const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;
const DEFAULT_LIMITS = {
    answerBytes: 16 * MiB,
    downloadBytes: 4 * GiB,
    stallBytes: 64 * KiB,
    stallWindowMs: 30_000,
    maxRedirects: 5
};
/** A reader's way to end the attempt with a failure of its own. */
class BodyFailure extends Error {
    failure;
    constructor(failure) {
        super(failure.type);
        this.failure = failure;
    }
}
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
    directAgents = { http: new external_node_http_.Agent(), https: new external_node_https_namespaceObject.Agent() };
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
    /** The largest answer read into memory. */
    get answerLimit() {
        return this.options.limits.answerBytes;
    }
    redact(text) {
        return redact(text, this.secrets);
    }
    async get(endpoint, url, options = {}) {
        const call = { method: 'GET', endpoint, url, ...options, retry: options.retry ?? true };
        return this.send(call, (message, received) => this.readAnswer(endpoint, message, received));
    }
    /** Never sent twice unless the first attempt provably did not leave this machine. */
    async post(endpoint, url, body) {
        const call = { method: 'POST', endpoint, url, body: JSON.stringify(body), retry: true };
        return this.send(call, (message, received) => this.readAnswer(endpoint, message, received));
    }
    /**
     * Streams the answer to `<destination>.part` and renames it on success, so a large report is
     * never held in memory and a failed download leaves no partial file.
     */
    async download(endpoint, url, destination, options = {}) {
        const partFile = `${destination}.part`;
        const limits = {
            answerBytes: this.options.limits.answerBytes,
            maxBytes: options.maxBytes ?? this.options.limits.downloadBytes
        };
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(destination), { recursive: true });
        try {
            await this.send({
                method: 'GET',
                endpoint,
                url,
                retry: true,
                streaming: true,
                followRedirects: true,
                signal: options.signal
            }, (message, received) => saveBody(message, received, partFile, limits, options.decodeJsonText));
            await (0,promises_namespaceObject.rename)(partFile, destination);
        }
        catch (error) {
            await (0,promises_namespaceObject.rm)(partFile, { force: true });
            throw error;
        }
        return { bytes: (await (0,promises_namespaceObject.stat)(destination)).size };
    }
    /** The error for a 2xx answer whose content is not what the endpoint promises. */
    malformed(answer, problem) {
        return this.error('malformed', answer.endpoint, `${SERVICE} sent a malformed answer to ${answer.endpoint} (HTTP ${answer.status}): ` +
            `${problem}; the answer starts: ${snippet(answer.text)}`, { status: answer.status });
    }
    async send(first, read) {
        const attempts = first.retry ? Math.max(1, this.options.retry.attempts) : 1;
        let call = first;
        let redirects = 0;
        for (let attempt = 1;;) {
            this.options.log.debug(`${call.method} ${this.redact(this.shownUrl(call.url))}`);
            const outcome = await this.attempt(call, read);
            if (outcome.ok)
                return outcome.value;
            const { failure } = outcome;
            if (failure.type === 'redirect') {
                call = this.redirected(call, failure, ++redirects);
                continue;
            }
            if (attempt >= attempts || !isRetryable(failure, call.method)) {
                throw this.failureError(call, failure, attempt);
            }
            const delay = this.delayAfter(attempt, failure);
            this.options.log.info(`${call.endpoint}: ${describeFailure(failure)}; retrying in ${transport_formatDuration(delay)} ` +
                `(attempt ${attempt + 1} of ${attempts})`);
            await this.options.sleep(delay, call.signal);
            attempt += 1;
            call = first;
            redirects = 0;
        }
    }
    /** A URL elsewhere than base-url may carry a signature in its query: that is not logged. */
    shownUrl(url) {
        return new URL(url).origin === this.base.origin ? url : withoutQuery(url);
    }
    /**
     * The next hop of a download's redirect, as `curl -L` takes it: a few hops, https only (this
     * machine aside); the API key goes only to the base URL's origin.
     */
    redirected(call, { status, location }, hop) {
        const { endpoint } = call;
        const next = URL.canParse(location, call.url) ? new URL(location, call.url) : undefined;
        const target = next ? withoutQuery(next.href) : JSON.stringify(location);
        if (hop > this.options.limits.maxRedirects) {
            throw this.error('server', endpoint, `${SERVICE} redirected ${endpoint} more than ${this.options.limits.maxRedirects} times ` +
                `(the last to ${target}); the download was given up`, { status });
        }
        if (!next || !(next.protocol === 'https:' || (next.protocol === 'http:' && isLoopback(next)))) {
            throw this.error('server', endpoint, `${SERVICE} redirected ${endpoint} (HTTP ${status}) to ${target}, which is not followed: ` +
                'a download is only followed to https addresses', { status });
        }
        const keyless = next.origin === this.base.origin ? '' : ', without the API key';
        this.options.log.debug(`${endpoint}: redirected (HTTP ${status}) to ${target}${keyless}`);
        return { ...call, url: next.href };
    }
    async attempt(call, read) {
        const controller = new AbortController();
        let message;
        const end = (reason) => {
            message?.destroy(new Error(reason));
            controller.abort();
        };
        const watchdog = new Watchdog(this.options.requestTimeoutMs, () => end('timed out'));
        const received = new ByteCounter();
        const stall = new StallWatch(this.options.limits, received, () => end('stalled'));
        const abandon = () => end('abandoned');
        if (call.signal?.aborted)
            return { ok: false, failure: abandonedBy(call.signal) };
        call.signal?.addEventListener('abort', abandon, { once: true });
        watchdog.arm();
        try {
            message = await this.request(call, controller.signal);
            const status = message.statusCode ?? 0;
            if (call.followRedirects && isRedirect(status) && message.headers.location) {
                message.resume();
                return {
                    ok: false,
                    failure: { type: 'redirect', status, location: message.headers.location }
                };
            }
            if (status >= 200 && status < 300) {
                if (call.streaming) {
                    watchdog.disarm();
                    stall.start();
                }
                return { ok: true, value: await read(message, received) };
            }
            const body = await readText(message, ERROR_BODY_LIMIT);
            return { ok: false, failure: { type: 'status', status, headers: message.headers, body } };
        }
        catch (error) {
            if (error instanceof BodyFailure)
                return { ok: false, failure: error.failure };
            if (LOCAL_FILE_CODES.has(errorCode(error)))
                throw error;
            const status = message?.statusCode;
            if (call.signal?.aborted)
                return { ok: false, failure: { ...abandonedBy(call.signal), status } };
            if (stall.stalled) {
                return {
                    ok: false,
                    failure: { type: 'stalled', status: status ?? 0, bytes: received.total }
                };
            }
            if (watchdog.expired)
                return { ok: false, failure: { type: 'timeout', status } };
            return { ok: false, failure: { type: 'network', code: errorCode(error), status } };
        }
        finally {
            watchdog.disarm();
            stall.stop();
            call.signal?.removeEventListener('abort', abandon);
        }
    }
    /** Reads a JSON or text answer whole, up to the answer limit. */
    async readAnswer(endpoint, message, received) {
        const text = await readCapped(message, this.options.limits.answerBytes, received);
        return { endpoint, status: message.statusCode ?? 0, text };
    }
    /** Follows no redirects itself; the key goes only to the base URL's origin. */
    async request(call, signal) {
        const url = new URL(call.url);
        const agent = await this.agentFor(url);
        const key = `X-API-KEY ${this.options.apiKey}`;
        const headers = {
            ...(url.origin === this.base.origin ? { authorization: key } : {}),
            // Reports are files (xlsx, text): asking only for JSON could get a strict server's 406.
            accept: call.streaming ? '*/*' : 'application/json',
            'user-agent': this.options.userAgent
        };
        if (call.body !== undefined) {
            headers['content-type'] = 'application/json';
            headers['content-length'] = Buffer.byteLength(call.body);
        }
        const send = url.protocol === 'https:' ? external_node_https_namespaceObject.request : external_node_http_.request;
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
            const { HttpClient } = await __nccwpck_require__.e(/* import() */ 779).then(__nccwpck_require__.bind(__nccwpck_require__, 2779));
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
        if (failure.type === 'too-large')
            return this.tooLargeError(call.endpoint, failure);
        if (failure.type === 'stalled') {
            const { stallBytes, stallWindowMs } = this.options.limits;
            const message = `${SERVICE} sent less than ${formatBytes(stallBytes)} of ${call.endpoint} in ` +
                `${transport_formatDuration(stallWindowMs)} (HTTP ${failure.status}, ${formatBytes(failure.bytes)} ` +
                'received in all), so the download was abandoned';
            return this.error('timeout', call.endpoint, message, { status: failure.status });
        }
        if (failure.type === 'abandoned') {
            const message = `${call.endpoint} was abandoned: ${failure.reason}`;
            return this.error('timeout', call.endpoint, message, { status: failure.status });
        }
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
    timeoutMessage({ endpoint }, status) {
        const limit = transport_formatDuration(this.options.requestTimeoutMs);
        if (status === undefined)
            return `${SERVICE} did not answer ${endpoint} within ${limit}`;
        return `${SERVICE} did not finish its answer to ${endpoint} (HTTP ${status}) within ${limit}`;
    }
    tooLargeError(endpoint, { status, bytes, announced, limit }) {
        const size = announced
            ? `an answer of ${formatBytes(bytes)}`
            : `more than ${formatBytes(limit)}`;
        const message = `${SERVICE} sent ${size} to ${endpoint} (HTTP ${status}); answers larger than ` +
            `${formatBytes(limit)} are not read`;
        return this.error('too-large', endpoint, message, { status });
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
        return new LeapworkError(kind, endpoint, this.redact(message), details);
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
    throw new ShapeError(`${JSON.stringify(serverUrl)} is not an http(s) URL`);
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
    if (failure.type === 'network')
        return RETRY_CODES.has(failure.code);
    return false;
}
function isRedirect(status) {
    return [301, 302, 303, 307, 308].includes(status);
}
function isLoopback(url) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
function abandonedBy(signal) {
    const reason = signal.reason;
    return { type: 'abandoned', reason: reason instanceof Error ? reason.message : String(reason) };
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
/** The start of an error body, for the message; the rest is not read. */
async function readText(message, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of message) {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= limit)
            break;
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** The whole body as text; past `limit` bytes (announced or received) the attempt fails. */
async function readCapped(message, limit, received) {
    refuseAnnouncedSize(message, limit);
    const chunks = [];
    for await (const chunk of message) {
        received.add(chunk.length);
        if (received.total > limit)
            throw tooLarge(message, received.total, limit, false);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function refuseAnnouncedSize(message, limit) {
    const announced = Number(message.headers['content-length']);
    if (Number.isFinite(announced) && announced > limit) {
        throw tooLarge(message, announced, limit, true);
    }
}
function tooLarge(message, bytes, limit, announced) {
    message.destroy();
    return new BodyFailure({
        type: 'too-large',
        status: message.statusCode ?? 0,
        bytes,
        announced,
        limit
    });
}
async function saveBody(message, received, partFile, limits, decodeJsonText) {
    if (decodeJsonText && /\bjson\b/i.test(message.headers['content-type'] ?? '')) {
        const limit = Math.min(limits.answerBytes, limits.maxBytes);
        await (0,promises_namespaceObject.writeFile)(partFile, decodeJsonText(await readCapped(message, limit, received)));
        return;
    }
    refuseAnnouncedSize(message, limits.maxBytes);
    const file = await (0,promises_namespaceObject.open)(partFile, 'w');
    const counted = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            received.add(chunk.length);
            if (received.total > limits.maxBytes) {
                done(tooLarge(message, received.total, limits.maxBytes, false));
            }
            else
                done(null, chunk);
        }
    });
    await (0,external_node_stream_promises_namespaceObject.pipeline)(message, counted, file.createWriteStream());
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
    return failure.type === 'network' ? failure.code : failure.type;
}
function errorCode(error) {
    const code = error?.code;
    if (typeof code === 'string' && code !== '')
        return code;
    return error instanceof Error ? error.message : String(error);
}
function transport_formatDuration(ms) {
    return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}
function formatBytes(bytes) {
    const units = [
        [GiB, 'GiB'],
        [MiB, 'MiB'],
        [KiB, 'KiB']
    ];
    const [size, unit] = units.find(([unitSize]) => bytes >= unitSize) ?? [1, 'bytes'];
    return `${Number((bytes / size).toFixed(1))} ${unit}`;
}
class ByteCounter {
    total = 0;
    add(bytes) {
        this.total += bytes;
    }
}
/** Fires when a window of `stallWindowMs` brings less than `stallBytes`. */
class StallWatch {
    limits;
    received;
    onStall;
    stalled = false;
    timer;
    seenAtWindowStart = 0;
    constructor(limits, received, onStall) {
        this.limits = limits;
        this.received = received;
        this.onStall = onStall;
    }
    start() {
        this.seenAtWindowStart = this.received.total;
        this.timer = setInterval(() => {
            if (this.received.total - this.seenAtWindowStart < this.limits.stallBytes) {
                this.stalled = true;
                this.stop();
                this.onStall();
            }
            this.seenAtWindowStart = this.received.total;
        }, this.limits.stallWindowMs);
    }
    stop() {
        clearInterval(this.timer);
    }
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
            sleep: options.sleep ?? waitOrAbandon,
            limits: { ...DEFAULT_LIMITS, ...options.limits }
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
            if (error instanceof LeapworkError && (isRefusal(error) || wasNeverSent(error)))
                throw error;
            throw new RunMayHaveStartedError(timelineOf(body), this.reasonOf(error), error);
        }
    }
    /** Polls the run; `pollResultUrl` is what runIntegration returned. `retry: false` tries once. */
    async getTimelineStatus(pollResultUrl, options = {}) {
        const url = this.serverUrl('getTimelineStatus', pollResultUrl);
        const answer = await this.transport.get('getTimelineStatus', url, {
            retry: options.retry ?? true
        });
        return this.decode(answer, (value) => {
            const result = parseRunStatus(value);
            const warnings = [...(result.warnings ?? [])];
            const reportUrl = (field) => {
                const serverUrl = result[field];
                if (serverUrl === undefined)
                    return undefined;
                try {
                    return this.transport.rebase(serverUrl);
                }
                catch (error) {
                    if (!(error instanceof ShapeError))
                        throw error;
                    warnings.push(this.transport.redact(`The run's ${field} was left aside: ${error.message}.`));
                    return undefined;
                }
            };
            return {
                ...result,
                excelReportUrl: reportUrl('excelReportUrl'),
                aiAnalysisReportUrl: reportUrl('aiAnalysisReportUrl'),
                warnings
            };
        });
    }
    downloadRunReport(excelReportUrl, destinationPath, { signal } = {}) {
        const url = this.serverUrl('downloadRunReport', excelReportUrl);
        return this.transport.download('downloadRunReport', url, destinationPath, { signal });
    }
    /**
     * Saves the combined AI analysis as text, unwrapping it when the server sends a JSON string.
     * It is read back whole later, so it takes the cap of an answer, not of a download.
     */
    downloadAiAnalysisReport(aiAnalysisReportUrl, destinationPath, { signal } = {}) {
        const endpoint = 'downloadAiAnalysisReport';
        const url = this.serverUrl(endpoint, aiAnalysisReportUrl);
        return this.transport.download(endpoint, url, destinationPath, {
            decodeJsonText: parseTextAnswer,
            maxBytes: this.transport.answerLimit,
            signal
        });
    }
    async getAiAnalysis(runId, trackItemId, { signal } = {}) {
        return this.getText('getAiAnalysis', { runId, trackItemId }, { signal, followRedirects: true });
    }
    /** Answers the server's confirmation, e.g. "Stopped run run_x7k2m". */
    async stopIntegration(runId) {
        return this.getText('stopIntegration', { runId });
    }
    async getJson(endpoint, query, parse) {
        const answer = await this.transport.get(endpoint, this.transport.endpointUrl(endpoint, query));
        return this.decode(answer, parse);
    }
    async getText(endpoint, query, options = {}) {
        const url = this.transport.endpointUrl(endpoint, query);
        const answer = await this.transport.get(endpoint, url, options);
        return parseTextAnswer(answer.text);
    }
    decode(answer, parse) {
        try {
            return parse(decodeJson(answer.text));
        }
        catch (error) {
            if (error instanceof ShapeError)
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
            if (!(error instanceof ShapeError))
                throw error;
            throw new LeapworkError('malformed', endpoint, this.transport.redact(`Cannot call ${endpoint}: ${error.message}`));
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
function waitOrAbandon(ms, signal) {
    return (0,external_node_timers_promises_namespaceObject.setTimeout)(ms, undefined, { signal }).catch(() => undefined);
}

;// CONCATENATED MODULE: ./src/github/state.ts

/**
 * What main leaves for the post step: the run it started with wait: true, and whether that run
 * ended, or the timeline of a start left unanswered on cancel. A run started with wait: false is
 * never recorded, so the post step never stops it.
 */
const runState = {
    recordStarted(runId, pollResultUrl) {
        core.saveState('runId', runId);
        core.saveState('pollResultUrl', pollResultUrl);
    },
    /** Main was cancelled before the start request was answered: a run may exist that no one knows. */
    recordStartPending: (timeline) => core.saveState('startPendingFor', timeline),
    pendingStart() {
        return core.getState('runId') ? undefined : core.getState('startPendingFor') || undefined;
    },
    recordEnded: () => core.saveState('runEnded', 'true'),
    unfinishedRun() {
        const runId = core.getState('runId');
        if (!runId || core.getState('runEnded') === 'true')
            return undefined;
        return { runId, pollResultUrl: core.getState('pollResultUrl') };
    }
};

;// CONCATENATED MODULE: ./src/run/stop.ts



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
        if (error instanceof LeapworkError &&
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
        if (result && isTerminal(result.status))
            return result;
        if (poll < finalPolls)
            await (0,external_node_timers_promises_namespaceObject.setTimeout)(pollSpacingMs);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/post.ts






/**
 * The second chance to stop a run: main recorded a run it started and did not see end (it was
 * killed, or crashed). A run started with wait: false is never recorded, so never stopped here.
 * A start main was cancelled during, unanswered, cannot be stopped without its ID: it fails the
 * step so that someone looks.
 */
async function runPost() {
    await loadToolkit();
    const pendingTimeline = runState.pendingStart();
    if (pendingTimeline) {
        core.setFailed(`The main step was cancelled while it was starting a run of timeline ${pendingTimeline}, before Leapwork Performance answered: a run may have started. Look in the Leapwork Performance portal's run history for that timeline and stop the run there if it is running.`);
        return;
    }
    const run = runState.unfinishedRun();
    if (!run)
        return;
    try {
        const { apiKey, baseUrl } = readConnection();
        log_actionsLog.warning(`The main step ended before run ${run.runId} did: stopping it so it does not go on using virtual-user time.`);
        const client = new LeapworkClient({ apiKey, baseUrl, log: log_actionsLog, requestTimeoutMs: 10000 });
        const { stopped, final } = await stopRun(client, run, log_actionsLog, { finalPolls: 3 });
        if (stopped) {
            log_actionsLog.info(`Run ${run.runId} is no longer running${final ? ` (final status ${final.status})` : ''}.`);
        }
        else {
            core.setFailed(`Run ${run.runId} could not be stopped; stop it in the Leapwork Performance portal.`);
        }
    }
    catch (error) {
        core.setFailed(error instanceof Error ? error.message : String(error));
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 9783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
/* unused harmony export checkBypass */
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(6908);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
