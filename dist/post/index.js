import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6908:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _post_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5678);
/**
 * The post step's entry, bundled apart from main's: a post step told from main by saved state
 * would take itself for main, and start a run, if main was killed before it could save that state.
 */

await (0,_post_js__WEBPACK_IMPORTED_MODULE_0__/* .runPost */ .a)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5678:
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
 * `core` stands for the toolkit from the start; using it before loadToolkit has resolved is a
 * mistake in the action's own order of calls, and throws saying so rather than failing later on
 * an undefined.
 */
const toolkit_core = new Proxy({}, {
    get(_, name) {
        if (!loaded) {
            throw new Error(`@actions/core.${String(name)} was used before loadToolkit() resolved: await loadToolkit() first.`);
        }
        return loaded[name];
    }
});
let loaded;
let loading;
const secrets = [];
const waiting = [];
/** Loads the toolkit once, masks the secrets read so far and runs what waited for it. */
function loadToolkit() {
    loading ??= Promise.all(/* import() */[__nccwpck_require__.e(779), __nccwpck_require__.e(143)]).then(__nccwpck_require__.bind(__nccwpck_require__, 143)).then((toolkit) => {
        loaded = toolkit;
        for (const secret of secrets.splice(0))
            toolkit.setSecret(secret);
        for (const call of waiting.splice(0))
            call();
        return toolkit;
    });
    return loading;
}
/** Runs `call` now, or once the toolkit has loaded, after every secret has been masked. */
function whenLoaded(call) {
    if (loaded)
        call();
    else
        waiting.push(call);
}
/** Masks the secret before any line is written, however early it was read. */
function maskSecret(secret) {
    if (loaded)
        loaded.setSecret(secret);
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
    await toolkit_core.summary.addRaw(markdown, true).write();
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
    info: (message) => whenLoaded(() => toolkit_core.info(inertLines(message))),
    debug: (message) => whenLoaded(() => toolkit_core.debug(inertLines(message))),
    notice: (message, properties) => whenLoaded(() => toolkit_core.notice(message, properties)),
    warning: (message, properties) => whenLoaded(() => toolkit_core.warning(message, properties)),
    error: (message, properties) => whenLoaded(() => toolkit_core.error(message, properties))
};

;// CONCATENATED MODULE: ./src/leapwork/errors.ts
/** A failed call to the Integration API, with a one-line message a user can act on. */
class LeapworkError extends Error {
    kind;
    endpoint;
    status;
    code;
    retryAfterMs;
    constructor(kind, endpoint, message, details = {}) {
        super(message, { cause: details.cause });
        this.name = 'LeapworkError';
        this.kind = kind;
        this.endpoint = endpoint;
        this.status = details.status;
        this.code = details.code;
        this.retryAfterMs = details.retryAfterMs;
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

;// CONCATENATED MODULE: ./src/leapwork/urls.ts
/**
 * Where each call goes: endpoint URLs on the base URL, URLs the server returned moved onto it, and
 * how a URL is shown when it may carry a signature.
 */

/** The base URL as a URL; anything but an http(s) URL is a programming error of the caller. */
function parseBaseUrl(baseUrl) {
    const url = URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
    if (url?.protocol === 'http:' || url?.protocol === 'https:')
        return url;
    throw new TypeError(`The base URL must be an http(s) URL, e.g. https://perfapi.leapwork.cloud`);
}
/** `<base>/api/integration/<endpoint>?<query>`, each query part encoded. */
function endpointUrl(base, endpoint, query = {}) {
    const search = Object.entries(query)
        .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
        .join('&');
    const path = `${base.origin}${basePath(base)}/api/integration/${endpoint}`;
    return search ? `${path}?${search}` : path;
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
/** The URL without its query, which may hold a signature that must not be logged. */
function withoutQuery(url) {
    const parsed = URL.canParse(url) ? new URL(url) : undefined;
    return parsed ? `${parsed.origin}${parsed.pathname}` : url.split('?')[0];
}
/**
 * Whether the URL names this machine: `localhost`, 127.0.0.0/8, `::1` (also as an IPv4-mapped
 * address), or the unspecified address, which connects here too. URL parsing has already turned
 * `127.1`, `0x7f.0.0.1` and `2130706433` into `127.0.0.1`.
 */
function urls_isLoopback(url) {
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return (host === 'localhost' ||
        /^127\.\d+\.\d+\.\d+$/.test(host) ||
        host === '0.0.0.0' ||
        host === '::1' ||
        host === '::' ||
        /^::ffff:(7f[0-9a-f]{2}:[0-9a-f]{1,4}|0:0)$/.test(host));
}
/**
 * Whether a download may follow a redirect from `base` to `next`. From a base on this machine (the
 * simulator, a tunnel), https anywhere and http on this machine; from any other base, https to
 * another machine only, so a server cannot send the action to a local service.
 */
function mayFollow(next, base) {
    if (urls_isLoopback(base)) {
        return next.protocol === 'https:' || (next.protocol === 'http:' && urls_isLoopback(next));
    }
    return next.protocol === 'https:' && !urls_isLoopback(next);
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
function number_format_counted(count, one, many) {
    return `${number_format_formatCount(count)} ${count === 1 ? one : many}`;
}
/**
 * A span of whole seconds, like a stopwatch: `45s`, `5m 12s` or `1h 2m 5s`. A time measured in
 * milliseconds (a response time, a retry's wait) reads with formatMs.
 */
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
const BYTE_UNITS = [
    [1024 ** 3, 'GiB'],
    [1024 ** 2, 'MiB'],
    [1024, 'KiB']
];
/** `512 bytes`, `64 KiB`, `381.5 MiB`. */
function formatBytes(bytes) {
    const [size, unit] = BYTE_UNITS.find(([unitSize]) => bytes >= unitSize) ?? [1, 'bytes'];
    return `${Number((bytes / size).toFixed(1))} ${unit}`;
}
/** A wait or a deadline as log lines and errors give it: `200 ms`, `1.5 s`, `30 s`. */
function formatDelay(ms) {
    return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}
/**
 * A plain decimal as inputs and server figures are read: digits with an optional fraction, no sign,
 * exponent, hex or `Infinity`. One definition, anchored or prefixed where it is used.
 */
const PLAIN_DECIMAL = String.raw `(?:\d+(?:\.\d+)?|\.\d+)`;

;// CONCATENATED MODULE: ./src/verdict/threshold-grammar.ts


const LEADING_PLAIN_DECIMAL = new RegExp(`^${PLAIN_DECIMAL}`);
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
function threshold_grammar_parseThresholds(text) {
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
function threshold_grammar_criteriaFromLimits(limits) {
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
    const number = LEADING_PLAIN_DECIMAL.exec(text)?.[0];
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
function threshold_grammar_parseQuantity(text, kind, bareTimeUnit = 'ms') {
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

;// CONCATENATED MODULE: ./src/track-items-input.ts

const TRACK_ITEM_FIELDS = (/* unused pure expression or super */ null && (['dataItemAssetId', 'selectedRoles', 'userCount', 'authScriptId']));
const YAML_NUMBER_TAGS = (/* unused pure expression or super */ null && (['tag:yaml.org,2002:int', 'tag:yaml.org,2002:float']));
/** The YAML parser is loaded only for this input: it is a large part of the start-up otherwise. */
async function track_items_input_readTrackItems(raw, problems) {
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
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/verdict/outcome.ts

const NO_FIGURES = 'the run reported no figures';
/**
 * `error` when the run did not finish (any status but Finished, or a problem such as a timeout)
 * or finished without figures to judge: an infrastructure failure, told apart from `failed`, a
 * performance one (a breached threshold or a regressed step). Otherwise `passed`. The reason says
 * when a requested check could not be made, so a gate that is off never reads as a clean pass.
 */
function outcome_decideVerdict(input) {
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
    const learning = input.comparison?.learning;
    const failing = learning === undefined ? regressions.length + runRegressions.length : 0;
    if (input.breaches.length > 0 || failing > 0) {
        return {
            result: 'failed',
            reason: withUnmade(failureReason(input.breaches, failing > 0 ? regressions.length : 0, failing > 0 ? runRegressions.length : 0)),
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
    return input.stepCount === 0 && somethingToJudge(input) ? NO_FIGURES : undefined;
}
function somethingToJudge(input) {
    return ((input.criteriaCount ?? 0) > 0 || input.baselineSet === true || input.comparison !== undefined);
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
        const times = breaches.length > criteria ? ` (${counted(breaches.length, 'breach', 'breaches')})` : '';
        parts.push(`${counted(criteria, 'threshold', 'thresholds')} breached${times}`);
    }
    if (regressionCount > 0) {
        parts.push(`${counted(regressionCount, 'step', 'steps')} regressed against the baseline`);
    }
    if (runRegressionCount > 0)
        parts.push('the whole run regressed against the baseline');
    return parts.join(', ');
}
function passReason(input) {
    const steps = input.stepCount === undefined ? 'all steps' : counted(input.stepCount, 'step', 'steps');
    const checks = [];
    const held = heldCriteria(input);
    if (held === undefined)
        checks.push('no threshold breached');
    else if (held > 0)
        checks.push(`${counted(held, 'criterion', 'criteria')} held on ${steps}`);
    const comparison = input.comparison;
    if (comparison?.learning !== undefined && comparison.comparedSteps > 0) {
        checks.push(learningReason(comparison));
    }
    else if ((comparison?.comparedSteps ?? 0) > 0) {
        checks.push('no step regressed against the baseline');
    }
    if (checks.length > 0)
        return checks.join(', ');
    const requested = somethingToJudge(input) || (input.unmadeChecks ?? []).length > 0;
    return requested
        ? `${steps} finished`
        : `${steps} finished; no thresholds or regression limit set`;
}
/** The criteria checked on at least one figure: one that matched nothing neither held nor broke. */
function heldCriteria(input) {
    if (input.checks === undefined)
        return input.criteriaCount;
    return input.checks.filter((check) => check.checkedOn > 0).length;
}
/** A learning gate's findings are warnings: say so, and how many more runs it needs. */
function learningReason(comparison) {
    const found = comparison.steps.filter((step) => step.regression).length + comparison.runRegressions.length;
    const needed = comparison.learning?.needed ?? 0;
    const learning = `the regression gate is still learning (${counted(needed, 'more history run', 'more history runs')} needed)`;
    return found === 0
        ? `no step regressed against the baseline; ${learning}`
        : `${counted(found, 'possible regression', 'possible regressions')} reported as warnings: ${learning}`;
}

;// CONCATENATED MODULE: ./src/verdict/confirmation.ts
/**
 * `confirm-regressions: rerun`: when a verdict fails only on a few steps by a margin a single
 * spike could explain, the same load runs once more, and only steps that regress again against
 * the same history fail. Real run-to-run changes are heavy-tailed: most false alarms on real
 * histories are one-run spikes on one quiet step, back to normal on the next run.
 */


/** What `confirm-regressions` accepts; `off` is the default. */
const confirmation_CONFIRM_MODES = (/* unused pure expression or super */ null && (['off', 'rerun']));
/**
 * More regressed steps than this is not a spike: a spike hits one step, or a handful at once when
 * the server hiccups, while a real slowdown of shared code moves many steps together.
 */
const MAX_CONFIRMED_STEPS = 3;
/**
 * A step's change may be at most this many times its limit to count as a possible spike. The limit
 * sits at the false-alarm budget of the step's own noise, so with heavy (t3-like) tails a spike
 * of a few times the limit is still plausible in one run; a step several times slower than its
 * limit allows (e.g. +300 % against a +18 % limit) is a change, not noise, and fails at once.
 */
const SPIKE_MARGIN = 5;
/**
 * Whether a failed verdict is worth a second run: it failed only on p95 regressions of at most
 * MAX_CONFIRMED_STEPS steps, each within SPIKE_MARGIN times its limit. Breached thresholds,
 * regressed errors and a whole-run regression are never rerun: they fail as they are.
 */
function rerunDecision(verdict) {
    if (verdict.result !== 'failed')
        return 'not-failed';
    if (verdict.breaches.length > 0)
        return 'thresholds-breached';
    if ((verdict.baseline?.runRegressions.length ?? 0) > 0)
        return 'whole-run-regressed';
    if (verdict.regressions.some((step) => step.regressedOn !== 'p95'))
        return 'errors-regressed';
    if (verdict.regressions.length > MAX_CONFIRMED_STEPS)
        return 'too-many-steps';
    const limitOf = (step) => step.limitPercent ?? verdict.baseline?.maxRegressionPercent;
    const spikeLike = (step) => {
        const limit = limitOf(step);
        return limit !== undefined && limit > 0 && step.deltaPercent <= SPIKE_MARGIN * limit;
    };
    if (!verdict.regressions.every(spikeLike))
        return 'beyond-spike-margin';
    return undefined;
}
/**
 * The verdict after the second run: only steps that regressed on p95 in both runs fail; the
 * others are cleared as spikes. The first run's figures stay the record. A second run that
 * could not be judged (it did not finish) confirms nothing and clears nothing: the first
 * verdict stands.
 */
function combineRuns(first, second) {
    const secondSteps = new Map((second.verdict.baseline?.steps ?? []).map((step) => [stepKey(step), step]));
    const judged = first.regressions.map((step) => judgedStep(step, secondSteps.get(stepKey(step))));
    const problem = second.verdict.result === 'error' ? second.verdict.reason : undefined;
    const confirmation = {
        runId: second.runId,
        extraVum: second.extraVum,
        confirmed: judged.filter((step) => step.confirmed).map(withoutFlag),
        cleared: judged.filter((step) => !step.confirmed).map(withoutFlag)
    };
    if (problem !== undefined) {
        return { ...first, confirmation: { ...confirmation, confirmed: [], cleared: [], problem } };
    }
    if (first.baseline === undefined)
        return { ...first, confirmation };
    const cleared = new Set(confirmation.cleared.map(stepKey));
    const steps = first.baseline.steps.map((step) => cleared.has(stepKey(step)) ? clearedComparison(step) : step);
    const verdict = decideVerdict({
        runStatus: 'Finished',
        breaches: first.breaches,
        comparison: { ...first.baseline, steps },
        baselineSet: true,
        stepCount: second.stepCount,
        criteriaCount: second.criteriaCount,
        checks: first.checks,
        unmadeChecks: first.unmadeChecks
    });
    return { ...verdict, reason: verdict.reason + confirmationSuffix(confirmation), confirmation };
}
/** The reason says what the confirmation run did, so the headline and the comment tell it too. */
function confirmationSuffix({ confirmed, cleared }) {
    const parts = [];
    if (confirmed.length > 0)
        parts.push(`${counted(confirmed.length, 'step', 'steps')} confirmed`);
    if (cleared.length > 0)
        parts.push(`${counted(cleared.length, 'spike', 'spikes')} cleared`);
    return ` (a confirmation run was made: ${parts.join(', ')})`;
}
function judgedStep(step, again) {
    return {
        trackItemId: step.trackItemId,
        stepId: step.stepId,
        title: step.title,
        firstPercent: step.deltaPercent,
        ...(step.limitPercent === undefined ? {} : { limitPercent: step.limitPercent }),
        ...(again?.deltaPercent === undefined ? {} : { secondPercent: again.deltaPercent }),
        confirmed: again?.regression === true && again.regressedOn === 'p95'
    };
}
function withoutFlag({ confirmed: _, ...step }) {
    return step;
}
/** A step the second run cleared: its figures stay, it no longer counts as regressed. */
function clearedComparison(step) {
    if (!step.regression)
        return step;
    return { ...step, regression: false };
}
function stepKey(step) {
    return `${step.trackItemId}\u0000${step.stepId}`;
}

;// CONCATENATED MODULE: ./src/inputs.ts







/** The defaults of the regression gate's inputs (action.yml states the same). */
const DEFAULT_BASELINE_RUNS = 30;
const DEFAULT_MAX_REGRESSION_PERCENT = 10;
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
/** Timers cannot wait past 2^31 ms: every duration has a bound well below it, said in the error. */
const POLL_INTERVAL_BOUNDS = { minimum: 0.1, maximum: 3600, named: 'an hour' };
const TIMEOUT_BOUNDS = {
    maximum: 5 * 24 * 3600,
    named: '5 days, the longest a GitHub job may run'
};
/** The API's own path, which the action adds to base-url itself. */
const API_PATH = /\/(?:api|swagger)(?:\/|$)/i;
const SIMULATOR_POLL_INTERVAL_SECONDS = 1;
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
    const baseline = readBaseline(read, problems);
    const settings = {
        apiKey,
        baseUrl,
        timeline: readTimeline(read, projectId, problems),
        projectId,
        dataItem: readDataItem(read, projectId, problems),
        role: optional('role'),
        userCount: readPositiveInteger(read, 'user-count', problems),
        trackItems: await readTrackItems(read('track-items'), problems),
        dryRun: readBoolean(read, 'dry-run', false, problems),
        maxVum: readNumber(read, 'max-vum', problems, {
            kind: 'count',
            accept: (v) => v > 0,
            expected: 'a positive number of virtual-user minutes'
        }),
        wait: readBoolean(read, 'wait', true, problems),
        pollIntervalSeconds: readSeconds(read, 'poll-interval', problems, POLL_INTERVAL_BOUNDS) ?? 5,
        timeoutSeconds: readSeconds(read, 'timeout', problems, TIMEOUT_BOUNDS),
        reportDir: optional('report-dir'),
        artifactName: readArtifactName(read, problems),
        name: readName(read, problems),
        retentionDays: readRetentionDays(read, problems),
        criteria: readCriteria(read, problems),
        baseline,
        maxRegressionPercent: readNumber(read, 'max-regression', problems, {
            kind: 'percentage',
            accept: (v) => v >= 0,
            expected: 'a percentage of 0 or more, e.g. 10 or 10%'
        }) ?? (baseline === undefined ? undefined : DEFAULT_MAX_REGRESSION_PERCENT),
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
        confirmRegressions: readConfirmRegressions(read, problems),
        failOnBreach: readBoolean(read, 'fail-on-breach', true, problems),
        comment: readBoolean(read, 'comment', true, problems),
        detectChanges: readBoolean(read, 'detect-changes', true, problems),
        reportIssue: readBoolean(read, 'report-issue', false, problems),
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
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && urls_isLoopback(url))) {
        problems.push(`Input "base-url" must use https (http is accepted only for localhost): got "${url.origin}". The API key must not travel unencrypted.`);
        return '';
    }
    if (url.username || url.password || url.search || url.hash) {
        problems.push('Input "base-url" must not hold credentials, a query or a fragment.');
        return '';
    }
    const apiPath = API_PATH.exec(url.pathname);
    if (apiPath) {
        const path = url.pathname.slice(apiPath.index).replace(/\/+$/, '');
        const base = url.origin + url.pathname.slice(0, apiPath.index);
        problems.push(`Input "base-url" must not hold the API's own path "${path}": use base-url: ${base} (the action adds /api/integration/ itself).`);
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
/** Seconds, or a time with its unit (`90s`, `1500ms`), as a number of seconds, within bounds. */
function readSeconds(read, name, problems, { minimum = 0, maximum, named }) {
    const atLeast = minimum > 0 ? `at least ${minimum} s and` : 'a positive number of seconds,';
    const ms = readNumber(read, name, problems, {
        kind: 'time',
        bareTimeUnit: 's',
        accept: (v) => v > 0 && v >= minimum * 1000 && v <= maximum * 1000,
        expected: `${atLeast} at most ${maximum} s (${named}), e.g. 5, 5s or 500ms`
    });
    return ms === undefined ? undefined : ms / 1000;
}
/** Polling faster than once a second suits the local simulator only. */
function warnOfFastPolling({ pollIntervalSeconds, baseUrl }, log) {
    if (pollIntervalSeconds >= SIMULATOR_POLL_INTERVAL_SECONDS || !baseUrl)
        return;
    if (isLoopback(new URL(baseUrl)))
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
    const runs = readPositiveInteger(read, 'baseline-runs', problems) ?? DEFAULT_BASELINE_RUNS;
    const since = readBaselineSince(read, problems);
    if (!raw)
        return undefined;
    const common = { runs, ...(since === undefined ? {} : { since }) };
    if (raw.toLowerCase() === 'auto')
        return { kind: 'auto', ...common };
    return { kind: 'file', path: raw, ...common };
}
/** A date (`2026-03-01`, or with a time), or a run ID, workflow run ID or commit SHA. */
function readBaselineSince(read, problems) {
    const raw = read('baseline-since');
    if (!raw)
        return undefined;
    const dateLike = /^\d{4}-\d{2}-\d{2}/.test(raw);
    if ((dateLike && !isDate(raw)) || (!dateLike && !/^[A-Za-z0-9_.-]{1,100}$/.test(raw))) {
        problems.push(`Input "baseline-since" must be a date (2026-03-01 or 2026-03-01T10:00:00Z), a run ID or a commit SHA; got "${truncateForMessage(raw)}".`);
        return undefined;
    }
    return raw;
}
function readConfirmRegressions(read, problems) {
    const raw = read('confirm-regressions').toLowerCase() || 'off';
    const mode = CONFIRM_MODES.find((candidate) => candidate === raw);
    if (mode !== undefined)
        return mode;
    problems.push(`Input "confirm-regressions" must be ${CONFIRM_MODES.map((m) => `"${m}"`).join(' or ')}, not "${truncateForMessage(raw)}".`);
    return 'off';
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
        const reading = parse_readNumber(fields[key]);
        const problem = reading === 'out of range'
            ? `${describeValue(fields[key])} is out of range (at most ${MAX_NUMBER})`
            : `it is not a number but ${describeValue(fields[key])}`;
        warnings.push(`The run's ${key} was left aside: ${problem}.`);
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
/**
 * The largest figure taken from the server: past 2^53 integers lose their meaning, and any sum of
 * figures this size stays finite.
 */
const MAX_NUMBER = Number.MAX_SAFE_INTEGER;
/** A plain decimal, as the inputs take them, with a sign. */
const SIGNED_PLAIN_DECIMAL = new RegExp(`^-?${PLAIN_DECIMAL}$`);
/** A JSON number, or a string holding a plain decimal, within ±MAX_NUMBER. */
function parse_readNumber(value) {
    const number = typeof value === 'number'
        ? value
        : typeof value === 'string' && SIGNED_PLAIN_DECIMAL.test(value.trim())
            ? Number(value)
            : Number.NaN;
    if (Number.isNaN(number))
        return 'not a number';
    return Math.abs(number) <= MAX_NUMBER ? number : 'out of range';
}
function optionalNumber(fields, key, path) {
    const value = fields[key];
    if (absent(value))
        return undefined;
    const number = parse_readNumber(value);
    if (typeof number === 'number')
        return number;
    throw new ShapeError(`${at(path, key)} is ${number}: ${JSON.stringify(value)}`);
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

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./src/leapwork/failure.ts
/** A reader's way to end the attempt with a failure of its own. */
class BodyFailure extends Error {
    failure;
    constructor(failure) {
        super(failure.type);
        this.failure = failure;
    }
}
/** The network error code (`ECONNRESET`), or the message when there is none. */
function errorCode(error) {
    const code = error?.code;
    if (typeof code === 'string' && code !== '')
        return code;
    return error instanceof Error ? error.message : String(error);
}
function abandonedBy(signal) {
    const reason = signal.reason;
    return { type: 'abandoned', reason: reason instanceof Error ? reason.message : String(reason) };
}

;// CONCATENATED MODULE: ./src/leapwork/body.ts
/** Reading answers within their size caps: whole into memory, or streamed to a file. */




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
/** The start of an error body is all a message quotes. */
const ERROR_BODY_BYTES = 64 * KiB;
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
function isLocalFileError(code) {
    return LOCAL_FILE_CODES.has(code);
}
/** The bytes of one answer so far, which the stall rule watches. */
class ByteCounter {
    total = 0;
    add(bytes) {
        this.total += bytes;
    }
}
/** The start of an error body, for the message; the rest is not read. */
async function readErrorBody(message) {
    const chunks = [];
    let size = 0;
    for await (const chunk of message) {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= ERROR_BODY_BYTES)
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
/**
 * Streams the body to `partFile` within `maxBytes`. A text report is read whole instead (within
 * the answer limit as well), so that the key can be taken out of it before it is saved.
 */
async function saveBody(message, received, partFile, limits, text) {
    if (text) {
        const body = await readCapped(message, Math.min(limits.answerBytes, limits.maxBytes), received);
        const isJson = /\bjson\b/i.test(message.headers['content-type'] ?? '');
        await (0,promises_namespaceObject.writeFile)(partFile, text.redact(isJson ? text.decodeJson(body) : body));
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

;// CONCATENATED MODULE: ./src/leapwork/retry.ts
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
/** A GET is retried on a passing fault; a POST only when it provably never left this machine. */
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
/** Exponential backoff with full jitter, unless the server said when to come back. */
function retryDelay(policy, failedAttempts, failure) {
    const { baseDelayMs, maxDelayMs } = policy;
    const requested = failure.type === 'status' ? retryAfterMs(failure.headers['retry-after']) : undefined;
    if (requested !== undefined)
        return Math.min(requested, maxDelayMs);
    return Math.round(Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (failedAttempts - 1)));
}
/** Whether a LeapworkError proves the request never reached the server (nothing was sent). */
function wasNeverSent(error) {
    return (error.kind === 'unreachable' &&
        error.status === undefined &&
        error.code !== undefined &&
        UNSENT_CODES.has(error.code));
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

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var lib_proxy = __nccwpck_require__(9783);
;// CONCATENATED MODULE: ./src/leapwork/failure-words.ts
/** What a failed call tells the user: what went wrong, and what to do about it. */



const SERVICE = 'Leapwork Performance';
const SNIPPET_LENGTH = 200;
/** The message a user can act on for a call that failed for good. */
function failureWords(failure, context) {
    const { endpoint } = context;
    const after = context.attempts > 1 ? ` after ${context.attempts} attempts` : '';
    if (failure.type === 'status')
        return statusWords(failure, context, after);
    if (failure.type === 'too-large')
        return tooLargeWords(endpoint, failure);
    const { status } = failure;
    if (failure.type === 'stalled') {
        const { stallBytes, stallWindowMs } = context.stall;
        const message = `${SERVICE} sent less than ${formatBytes(stallBytes)} of ${endpoint} in ` +
            `${formatDelay(stallWindowMs)} (HTTP ${status}, ${formatBytes(failure.bytes)} ` +
            'received in all), so the download was abandoned';
        return { kind: 'timeout', message, status };
    }
    if (failure.type === 'abandoned') {
        return { kind: 'timeout', message: `${endpoint} was abandoned: ${failure.reason}`, status };
    }
    if (failure.type === 'timeout') {
        const limit = formatDelay(context.requestTimeoutMs);
        const message = status === undefined
            ? `${SERVICE} did not answer ${endpoint} within ${limit}${after}`
            : `${SERVICE} did not finish its answer to ${endpoint} (HTTP ${status}) within ${limit}${after}`;
        return { kind: 'timeout', message, status };
    }
    const message = status === undefined
        ? `Could not reach ${SERVICE} at ${withoutQuery(context.url)} (${failure.code})${after}; ` +
            'check base-url and that the runner can reach that address'
        : `The connection to ${SERVICE} broke while receiving the answer to ${endpoint} ` +
            `(HTTP ${status}, ${failure.code})${after}`;
    return { kind: 'unreachable', message, status, code: failure.code };
}
/** A few words on a failed attempt, for the line that announces the retry. */
function attemptWords(failure) {
    if (failure.type === 'status')
        return `HTTP ${failure.status}`;
    if (failure.type === 'timeout')
        return 'timed out';
    return failure.type === 'network' ? failure.code : failure.type;
}
/** For a 2xx answer whose content is not what the endpoint promises. */
function malformedWords(endpoint, status, problem, text) {
    return (`${SERVICE} sent a malformed answer to ${endpoint} (HTTP ${status}): ` +
        `${problem}; the answer starts: ${snippet(text)}`);
}
function tooManyRedirectsWords(endpoint, maxRedirects, target) {
    return (`${SERVICE} redirected ${endpoint} more than ${maxRedirects} times ` +
        `(the last to ${target}); the download was given up`);
}
function redirectRefusedWords(endpoint, status, target, baseIsLoopback) {
    const rule = baseIsLoopback
        ? 'a download is only followed to https addresses, or to http on this machine'
        : 'a download is only followed to https addresses on other machines than this one';
    return `${SERVICE} redirected ${endpoint} (HTTP ${status}) to ${target}, which is not followed: ${rule}`;
}
function statusWords({ status, body, headers }, context, after) {
    const { endpoint } = context;
    const words = serverWords(body);
    const refusal = (kind, message) => ({ kind, message, status });
    if (status === 401)
        return refusal('unauthorized', unauthorizedWords(endpoint));
    if (status === 403)
        return refusal('forbidden', forbiddenWords(endpoint));
    if (status === 404)
        return refusal('not-found', notFoundWords(context, words));
    if (status >= 300 && status < 400) {
        return refusal('server', redirectAnswerWords(context, status, headers.location));
    }
    if (status >= 400 && status < 500 && !RETRY_STATUSES.has(status)) {
        const code = status === 400 ? '' : ` (HTTP ${status})`;
        const reason = words ?? snippet(body);
        return refusal('bad-request', `${SERVICE} refused ${endpoint}${code}: ${reason}`);
    }
    return refusal('server', `${SERVICE} failed on ${endpoint} with HTTP ${status}${after}; ` +
        `the answer starts: ${snippet(body)}`);
}
function tooLargeWords(endpoint, { status, bytes, announced, limit }) {
    const size = announced ? `an answer of ${formatBytes(bytes)}` : `more than ${formatBytes(limit)}`;
    const message = `${SERVICE} sent ${size} to ${endpoint} (HTTP ${status}); answers larger than ` +
        `${formatBytes(limit)} are not read`;
    return { kind: 'too-large', message, status };
}
function redirectAnswerWords({ endpoint, baseOrigin }, status, location) {
    const target = location ? ` to ${withoutQuery(location)}` : '';
    return (`${SERVICE} answered ${endpoint} with a redirect (HTTP ${status})${target}, which is ` +
        `not followed so that the API key only goes to ${baseOrigin}; set base-url to the ` +
        'address the API is served from');
}
function unauthorizedWords(endpoint) {
    return (`${SERVICE} rejected the API key (HTTP 401 on ${endpoint}): it is missing, invalid, ` +
        `expired or revoked; create a new one in ${SERVICE} under Profile > Integration API Keys ` +
        'and store it as a repository secret.');
}
function forbiddenWords(endpoint) {
    return (`${SERVICE} refused ${endpoint} (HTTP 403): integration is not enabled in this ${SERVICE} ` +
        'environment; ask an administrator to enable the Integration API.');
}
function notFoundWords({ endpoint, url }, words) {
    if (words)
        return `${SERVICE} refused ${endpoint} (HTTP 404): ${words}`;
    return (`${SERVICE} has no ${endpoint} at ${withoutQuery(url)} (HTTP 404); check that ` +
        `base-url is the address of the ${SERVICE} API, e.g. https://perfapi.leapwork.cloud`);
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

;// CONCATENATED MODULE: ./src/leapwork/timers.ts
/** The clocks of one attempt: a deadline, and for downloads the stall rule that replaces it. */
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
/** Fires when a window of `stallWindowMs` brings less than `stallBytes`. */
class StallWatch {
    rule;
    received;
    onStall;
    stalled = false;
    timer;
    seenAtWindowStart = 0;
    constructor(rule, received, onStall) {
        this.rule = rule;
        this.received = received;
        this.onStall = onStall;
    }
    start() {
        this.seenAtWindowStart = this.received.total;
        this.timer = setInterval(() => {
            if (this.received.total - this.seenAtWindowStart < this.rule.stallBytes) {
                this.stalled = true;
                this.stop();
                this.onStall();
            }
            this.seenAtWindowStart = this.received.total;
        }, this.rule.stallWindowMs);
    }
    stop() {
        clearInterval(this.timer);
    }
}

;// CONCATENATED MODULE: ./src/leapwork/transport.ts
/**
 * HTTP to the Integration API: the API key header, a deadline per attempt, retries with backoff
 * for GET, at most one delivery for POST, reports streamed to disk, size caps on everything read,
 * and error messages a user can act on, with the key redacted from them.
 */













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
    get baseUrl() {
        return this.options.baseUrl;
    }
    endpointUrl(endpoint, query = {}) {
        return endpointUrl(this.base, endpoint, query);
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
        const { decodeJsonText } = options;
        const textReport = decodeJsonText && {
            decodeJson: decodeJsonText,
            redact: (text) => this.redact(text)
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
            }, (message, received) => saveBody(message, received, partFile, limits, textReport));
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
        const message = malformedWords(answer.endpoint, answer.status, problem, answer.text);
        return this.error('malformed', answer.endpoint, message, { status: answer.status });
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
            const delay = retryDelay(this.options.retry, attempt, failure);
            this.options.log.info(`${call.endpoint}: ${attemptWords(failure)}; retrying in ${formatDelay(delay)} ` +
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
     * machine aside when base-url is on it); the API key goes only to the base URL's origin.
     */
    redirected(call, { status, location }, hop) {
        const { endpoint } = call;
        const next = URL.canParse(location, call.url) ? new URL(location, call.url) : undefined;
        const target = next ? withoutQuery(next.href) : JSON.stringify(location);
        const { maxRedirects } = this.options.limits;
        if (hop > maxRedirects) {
            const message = tooManyRedirectsWords(endpoint, maxRedirects, target);
            throw this.error('server', endpoint, message, { status });
        }
        if (!next || !mayFollow(next, this.base)) {
            const message = redirectRefusedWords(endpoint, status, target, urls_isLoopback(this.base));
            throw this.error('server', endpoint, message, { status });
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
                // Its body is never read: it may not end, and would keep the process alive if it were.
                message.destroy();
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
            const body = this.redact(await readErrorBody(message));
            return { ok: false, failure: { type: 'status', status, headers: message.headers, body } };
        }
        catch (error) {
            if (error instanceof BodyFailure)
                return { ok: false, failure: error.failure };
            if (isLocalFileError(errorCode(error)))
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
    /**
     * Reads a JSON or text answer whole, up to the answer limit, with the key taken out before
     * anything reads it: a quote cut short can then never show part of it.
     */
    async readAnswer(endpoint, message, received) {
        const text = await readCapped(message, this.options.limits.answerBytes, received);
        return { endpoint, status: message.statusCode ?? 0, text: this.redact(text) };
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
    failureError(call, failure, attempts) {
        const { kind, message, status, code } = failureWords(failure, {
            endpoint: call.endpoint,
            url: call.url,
            attempts,
            requestTimeoutMs: this.options.requestTimeoutMs,
            stall: this.options.limits,
            baseOrigin: this.base.origin
        });
        const retryAfter = failure.type === 'status' ? retryAfterMs(failure.headers['retry-after']) : undefined;
        return this.error(kind, call.endpoint, message, { status, code, retryAfterMs: retryAfter });
    }
    error(kind, endpoint, message, details) {
        return new LeapworkError(kind, endpoint, this.redact(message), details);
    }
}
function isRedirect(status) {
    return [301, 302, 303, 307, 308].includes(status);
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
    /** The address every call goes to, as configured. */
    get baseUrl() {
        return this.transport.baseUrl;
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/reports/safe-name.ts


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
    const hash = (0,external_node_crypto_.createHash)('sha256').update(identifier).digest('hex').slice(0, 12);
    return readable ? `${readable}-${hash}` : `id-${hash}`;
}
/** `base/name`, refused unless it lies strictly inside `base`. */
function pathUnder(base, name) {
    const path = (0,external_node_path_namespaceObject.resolve)(base, name);
    const inside = (0,external_node_path_namespaceObject.relative)((0,external_node_path_namespaceObject.resolve)(base), path);
    if (inside === '' || inside === '..' || inside.startsWith(`..${external_node_path_namespaceObject.sep}`) || (0,external_node_path_namespaceObject.isAbsolute)(inside)) {
        throw new Error(`Refusing to write ${JSON.stringify(name)} outside ${base}`);
    }
    return path;
}

;// CONCATENATED MODULE: ./src/reports/safe-write.ts
/**
 * Every file the action writes into the report folder goes through here. The folder may be one a
 * checkout filled (`report-dir: reports`), and a link planted there under a report's name must not
 * carry the report's bytes to a file elsewhere. So a file is made new, exclusively, in a private
 * folder the action creates with a random name, and then renamed into place: a rename replaces a
 * link at the destination, it never writes through it.
 */



/** Writes `data` as `dir/name`, replacing what is there, without following a link there. */
async function writeReportFile(dir, name, data) {
    const { path } = await safe_write_placeReportFile(dir, name, (fresh) => (0,promises_namespaceObject.writeFile)(fresh, data, { flag: 'wx' }));
    return path;
}
/**
 * Lets `fill` create the file at a fresh path no one else can have linked, then moves it to
 * `dir/name`. What `fill` leaves behind when it fails is removed with the private folder.
 */
async function safe_write_placeReportFile(dir, name, fill) {
    const path = pathUnder(dir, name);
    const privateDir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(dir, '.writing-'));
    try {
        const fresh = (0,external_node_path_namespaceObject.join)(privateDir, 'file');
        const filled = await fill(fresh);
        await (0,promises_namespaceObject.rename)(fresh, path);
        return { path, filled };
    }
    finally {
        await (0,promises_namespaceObject.rm)(privateDir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/reports/download.ts



/** The files the action writes itself, beside the reports it downloads (see kinds.ts). */
const REPORT_FILES = {
    metrics: 'metrics.json',
    history: 'history.json',
    junit: 'junit.xml'
};
const REPORT_PHASE_BUDGET_MS = (/* unused pure expression or super */ null && (10 * 60 * 1000));
/**
 * Downloads what the terminal status offers within the report phase's time budget; a report that
 * cannot be had is a warning, not a failure.
 */
async function fetchReports(client, result, options) {
    await mkdir(options.dir, { recursive: true });
    const reports = {
        dir: options.dir,
        paths: {},
        aiTrackItems: {},
        problems: [...(result.warnings ?? [])],
        files: []
    };
    const budgetMs = options.budgetMs ?? REPORT_PHASE_BUDGET_MS;
    const budget = new AbortController();
    const timer = setTimeout(() => budget.abort(new Error(`the reports took longer than ${budgetMs / 1000} s in all`)), budgetMs);
    const phase = { ...options, signal: budget.signal };
    try {
        for (const kind of REPORT_KINDS)
            await fetchReport(kind, client, result, reports, phase);
    }
    finally {
        clearTimeout(timer);
    }
    for (const problem of reports.problems)
        options.log.warning(problem);
    return reports;
}
async function fetchReport(kind, client, result, reports, options) {
    const url = kind.url(result);
    if (!url)
        return;
    try {
        const { path, filled } = await placeReportFile(options.dir, kind.file, (fresh) => kind.download(client, url, fresh, options));
        options.log.info(`${kind.label}: ${path} (${filled.bytes} bytes)`);
        reports.paths[kind.id] = path;
        reports.files.push(path);
        await kind.complete?.(client, path, reports, options);
    }
    catch (error) {
        reports.problems.push(`${kind.title} could not be downloaded: ${errorMessage(error)}`);
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/reports/late-analyses.ts
/**
 * The combined AI report may say of a track item that its analysis is not ready yet: those are
 * asked for again, one by one, and put in place of their notes.
 */





const NOT_READY = /not (yet )?(ready|available)|getAiAnalysis/i;
const MAX_LISTED_ITEMS = 10;
function lateAnalysisFile(trackItemId) {
    return `ai-analysis-${safeName(trackItemId)}.txt`;
}
/** Sets `reports.aiText`: the combined report, with each late analysis fetched in its place. */
async function completeAiAnalysis(client, path, reports, options) {
    const combined = await (0,promises_namespaceObject.readFile)(path, 'utf8');
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
        const file = await writeReportFile(options.dir, lateAnalysisFile(trackItemId), analysis);
        reports.aiTrackItems[trackItemId] = file;
        reports.files.push(file);
        options.log.info(`AI analysis of track item ${trackItemId}, which was not ready at first: ${file}`);
        const placeholder = sections.get(trackItemId)?.text;
        text = placeholder
            ? text.replace(placeholder.trimEnd(), () => analysis.trimEnd())
            : `${text}\n\n${analysis.trimEnd()}`;
    }
    reports.aiText = text;
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
        await (0,external_node_timers_promises_namespaceObject.setTimeout)(aiRetryDelayMs, undefined, { signal }).catch(() => undefined);
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

;// CONCATENATED MODULE: ./src/reports/kinds.ts

const kinds_REPORT_KINDS = [
    {
        id: 'excel',
        title: 'The Excel run report',
        label: 'Excel run report',
        file: 'run-report.xlsx',
        url: (result) => result.excelReportUrl,
        download: (client, url, path, options) => client.downloadRunReport(url, path, options)
    },
    {
        id: 'ai',
        title: 'The AI analysis report',
        label: 'AI analysis',
        file: 'ai-analysis.txt',
        url: (result) => result.aiAnalysisReportUrl,
        download: (client, url, path, options) => client.downloadAiAnalysisReport(url, path, options),
        complete: completeAiAnalysis
    }
];

;// CONCATENATED MODULE: ./src/github/outputs.ts
/**
 * The step's outputs and the state main leaves for the post step: the only place either is
 * written, so a key that action.yml does not declare cannot be set (a test holds OUTPUT_KEYS and
 * action.yml's outputs to the same list).
 */


const STEP_OUTPUT_KEYS = [
    'run-id',
    'status',
    'result',
    'p95-ms',
    'error-rate',
    'errors',
    'requests',
    'estimated-vum',
    'report-dir',
    'metrics-file',
    'junit-file',
    'artifact-id',
    'artifact-url',
    'changes'
];
function reportOutputKey(id) {
    return `${id}-report`;
}
/** Every output the action may set; action.yml declares exactly these. */
const OUTPUT_KEYS = [
    ...STEP_OUTPUT_KEYS,
    ...kinds_REPORT_KINDS.map((kind) => reportOutputKey(kind.id))
];
/** Sets an output; a value that is not there (undefined) leaves the output unset. */
function setOutput(key, value) {
    if (value !== undefined)
        core.setOutput(key, String(value));
}
function setOutputs(outputs) {
    for (const [key, value] of Object.entries(outputs))
        setOutput(key, value);
}
function saveState(key, value) {
    toolkit_core.saveState(key, value);
}
function getState(key) {
    return toolkit_core.getState(key);
}

;// CONCATENATED MODULE: ./src/github/state.ts

/**
 * What main leaves for the post step: the run it started with wait: true, and whether that run
 * ended, or the timeline of a start left unanswered on cancel. A run started with wait: false is
 * never recorded, so the post step never stops it.
 */
const runState = {
    recordStarted(runId, pollResultUrl) {
        saveState('runId', runId);
        saveState('pollResultUrl', pollResultUrl);
        saveState('runEnded', 'false');
    },
    /** Main was cancelled before the start request was answered: a run may exist that no one knows. */
    recordStartPending: (timeline) => saveState('startPendingFor', timeline),
    pendingStart() {
        return getState('runId') ? undefined : getState('startPendingFor') || undefined;
    },
    recordEnded: () => saveState('runEnded', 'true'),
    unfinishedRun() {
        const runId = getState('runId');
        if (!runId || getState('runEnded') === 'true')
            return undefined;
        return { runId, pollResultUrl: getState('pollResultUrl') };
    }
};

;// CONCATENATED MODULE: ./src/run/status-word.ts
/** Longer than any status word a server means; what is longer is cut before it is kept or shown. */
const MAX_STATUS_LENGTH = 64;
/** A server's status word, cut to a length a log line, an output and a summary can hold. */
function boundedStatus(status) {
    return status.length > MAX_STATUS_LENGTH ? `${status.slice(0, MAX_STATUS_LENGTH)}…` : status;
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __nccwpck_require__(643);
;// CONCATENATED MODULE: ./src/run/clock.ts

/**
 * Milliseconds on a clock that only moves forward: deadlines measured on it survive the wall
 * clock being set (NTP, a virtual machine resumed), which `Date.now()` does not.
 */
function monotonicMs() {
    return external_node_perf_hooks_.performance.now();
}

;// CONCATENATED MODULE: ./src/run/stop.ts




const DEFAULTS = { attempts: 3, pollsPerAttempt: 2, pollSpacingMs: 1000, budgetMs: 30_000 };
/**
 * Stops a run the action gives up on. An answer to stopIntegration proves nothing (a server may
 * answer 400 "cannot be stopped while Preparing" and run on), so the stop counts only once a poll
 * shows the run in a terminal status; until then the stop is sent again, within its budget.
 */
async function stopRun(client, run, log, options = {}) {
    const { attempts, pollsPerAttempt, pollSpacingMs, budgetMs } = { ...DEFAULTS, ...options };
    const deadline = monotonicMs() + budgetMs;
    const timeLeft = () => deadline - monotonicMs();
    let lastStatus;
    let accepted = false;
    let problem = 'no status poll answered';
    for (let attempt = 1; attempt <= attempts && timeLeft() > 0; attempt++) {
        if (!accepted) {
            const refusal = await requestStop(client, run.runId, log);
            accepted = refusal === undefined;
            problem = refusal ?? problem;
        }
        for (let poll = 1; poll <= pollsPerAttempt && timeLeft() > 0; poll++) {
            const result = await client
                .getTimelineStatus(run.pollResultUrl, { retry: false })
                .catch((error) => {
                if (accepted)
                    problem = `the status poll failed: ${messageOf(error)}`;
                return undefined;
            });
            if (result && isTerminal(result.status))
                return { stopped: true, final: result, accepted };
            if (result) {
                lastStatus = boundedStatus(result.status);
                problem = `the run still says ${lastStatus}`;
            }
            if (timeLeft() > 0)
                await (0,external_node_timers_promises_namespaceObject.setTimeout)(Math.min(pollSpacingMs, Math.max(0, timeLeft())));
        }
    }
    problem = problem.replace(/\.$/, '');
    log.info(`Run ${run.runId} was not seen to end after the stop: ${problem}.`);
    return { stopped: false, lastStatus, accepted, problem };
}
/** What a caller says of a stop that was not seen to take effect, as the start of a sentence. */
function unconfirmedStop(runId, outcome) {
    return outcome.accepted
        ? `Run ${runId} was asked to stop, but no status showed it ended (${outcome.problem})`
        : `Stopping run ${runId} failed (${outcome.problem})`;
}
/** Sends the stop; returns what went wrong, when something did. */
async function requestStop(client, runId, log) {
    try {
        const answer = await client.stopIntegration(runId);
        log.info(`Stop requested for run ${runId}: ${answer}`);
        return undefined;
    }
    catch (error) {
        const reason = messageOf(error);
        log.info(`The stop request for run ${runId} failed: ${reason}`);
        return reason;
    }
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
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
        toolkit_core.setFailed(`The main step was cancelled while it was starting a run of timeline ${pendingTimeline}, before Leapwork Performance answered: a run may have started. Look in the Leapwork Performance portal's run history for that timeline and stop the run there if it is running.`);
        return;
    }
    const run = runState.unfinishedRun();
    if (!run)
        return;
    try {
        const { apiKey, baseUrl } = readConnection();
        log_actionsLog.warning(`The main step ended before run ${run.runId} did: stopping it so it does not go on using virtual-user time.`);
        const client = new LeapworkClient({ apiKey, baseUrl, log: log_actionsLog, requestTimeoutMs: 10000 });
        const stop = await stopRun(client, run, log_actionsLog);
        if (stop.stopped) {
            log_actionsLog.info(`Run ${run.runId} is no longer running (final status ${stop.final?.status}).`);
        }
        else {
            toolkit_core.setFailed(`${unconfirmedStop(run.runId, stop)}: stop it in the Leapwork Performance portal.`);
        }
    }
    catch (error) {
        toolkit_core.setFailed(error instanceof Error ? error.message : String(error));
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
