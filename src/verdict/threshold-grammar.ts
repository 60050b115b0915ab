import picomatch from 'picomatch'
import { formatCount, formatMs, formatPercent, PLAIN_DECIMAL } from '../number-format.js'
import type { Comparator, Criterion, CriterionScope, MetricName } from './types.js'

const LEADING_PLAIN_DECIMAL = new RegExp(`^${PLAIN_DECIMAL}`)

/** Metrics whose value is a time in milliseconds. */
export const TIME_METRICS: ReadonlySet<MetricName> = new Set<MetricName>([
  'min',
  'average',
  'median',
  'p90',
  'p95',
  'p99',
  'max'
])

const METRIC_ALIASES: Record<string, MetricName> = {
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
}

const KNOWN_METRICS =
  'min, average (avg), median (med, p50), p90, p95, p99, max, errors, error-rate, requests'

/**
 * Options for matching a step title glob against a whole title: `*` crosses `/` (titles such as
 * `GET /api/users/42` hold slashes), `\` is never a path separator, and an unbalanced bracket is
 * reported rather than silently taken literally.
 */
export const TITLE_GLOB_OPTIONS: picomatch.PicomatchOptions = {
  dot: true,
  bash: true,
  windows: false,
  strictBrackets: true
}

class LineError extends Error {}

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
export function parseThresholds(text: string): { criteria: Criterion[]; errors: string[] } {
  const criteria: Criterion[] = []
  const errors: string[] = []
  for (const [index, rawLine] of text.split(/\r?\n/).entries()) {
    const line = rawLine.trim()
    if (line === '' || line.startsWith('#')) continue
    try {
      criteria.push(parseLine(line))
    } catch (error) {
      if (!(error instanceof LineError)) throw error
      errors.push(`Line ${index + 1} \`${line}\`: ${error.message}`)
    }
  }
  return { criteria, errors }
}

/** The `max-p95-ms` and `max-error-rate` inputs as criteria. */
export function criteriaFromLimits(limits: {
  maxP95Ms?: number
  maxErrorRate?: number
}): Criterion[] {
  const criteria: Criterion[] = []
  if (limits.maxP95Ms !== undefined) {
    criteria.push({
      source: `max-p95-ms: ${limits.maxP95Ms}`,
      scope: { kind: 'run' },
      metric: 'p95',
      comparator: '<=',
      limit: limits.maxP95Ms
    })
  }
  if (limits.maxErrorRate !== undefined) {
    criteria.push({
      source: `max-error-rate: ${limits.maxErrorRate}`,
      scope: { kind: 'run' },
      metric: 'error-rate',
      comparator: '<=',
      limit: limits.maxErrorRate
    })
  }
  return criteria
}

function parseLine(line: string): Criterion {
  const { scope, condition } = splitScope(line)
  const { metric, comparator, limit, comment } = parseCondition(condition)
  const source = line.slice(0, line.length - comment.length).trim()
  return { source, scope, metric, comparator, limit }
}

function splitScope(line: string): { scope: CriterionScope; condition: string } {
  const quote = line[0]
  if (quote === '"' || quote === "'") {
    const end = line.indexOf(quote, 1)
    if (end === -1) {
      throw new LineError(`the quoted step title is not closed; expected a closing ${quote}`)
    }
    const titleGlob = line.slice(1, end)
    checkGlob(titleGlob)
    return {
      scope: { kind: 'step', titleGlob },
      condition: afterColon(line.slice(end + 1), 'the quoted step title')
    }
  }
  const trackItem = /^track-item\b\s*(?:"([^"]*)"|'([^']*)'|([^\s:"']+))?/i.exec(line)
  if (trackItem !== null) {
    const trackItemId = trackItem[1] ?? trackItem[2] ?? trackItem[3]
    if (!trackItemId) {
      throw new LineError(
        'expected a track item ID after "track-item", e.g. `track-item ti_001: p95 < 800`'
      )
    }
    return {
      scope: { kind: 'track-item', trackItemId },
      condition: afterColon(line.slice(trackItem[0].length), `the track item ID "${trackItemId}"`)
    }
  }
  if (/^[^#]*:/.test(line)) {
    throw new LineError('a step title must be quoted, e.g. `"POST /api/login": p95 < 200`')
  }
  return { scope: { kind: 'run' }, condition: line }
}

function checkGlob(glob: string): void {
  if (glob === '') throw new LineError('the quoted step title is empty; expected a title or a glob')
  try {
    picomatch.makeRe(glob, TITLE_GLOB_OPTIONS)
  } catch (error) {
    throw new LineError(`"${glob}" is not a valid title glob: ${(error as Error).message}`)
  }
}

function afterColon(rest: string, what: string): string {
  const match = /^\s*:/.exec(rest)
  if (match === null) {
    throw new LineError(`expected ":" after ${what}, then a condition such as p95 < 800`)
  }
  return rest.slice(match[0].length)
}

interface Condition {
  metric: MetricName
  comparator: Comparator
  limit: number
  /** The trailing `# comment`, or '' when there is none. */
  comment: string
}

function parseCondition(condition: string): Condition {
  let rest = condition.trim()
  const metricWord = /^[A-Za-z][\w-]*/.exec(rest)?.[0]
  if (metricWord === undefined) {
    throw new LineError(`expected a metric (${KNOWN_METRICS}), found ${describe(rest)}`)
  }
  const metric = METRIC_ALIASES[metricWord.toLowerCase()]
  if (metric === undefined) {
    throw new LineError(`unknown metric "${metricWord}"; expected one of ${KNOWN_METRICS}`)
  }
  rest = rest.slice(metricWord.length).trimStart()

  const comparator = /^(<=|>=|==|!=|<|>)/.exec(rest)?.[0] as Comparator | undefined
  if (comparator === undefined) {
    throw new LineError(
      `expected a comparator (<, <=, >, >=, ==, !=) after ${metricWord}, found ${describe(rest)}`
    )
  }
  rest = rest.slice(comparator.length).trimStart()

  const quantity = readQuantity(rest, `"${comparator}"`)
  rest = quantity.rest.trim()
  if (rest !== '' && !rest.startsWith('#')) {
    throw new LineError(`unexpected "${rest}" after ${quantity.text}; expected the end of the line`)
  }
  const limit = scaleLimit(metric, kindOf(metric), quantity, 'ms')
  return { metric, comparator, limit, comment: rest }
}

type Unit = 'ms' | 's' | '%'

/** What a figure measures, which decides the units it may be written with. */
export type QuantityKind = 'time' | 'percentage' | 'count'

interface Quantity {
  value: number
  unit?: Unit
  /** The number and unit as written. */
  text: string
  rest: string
}

/**
 * A plain decimal number (no sign, exponent, hex or binary) and an optional unit, ms, s or %, at
 * the start of text.
 */
function readQuantity(text: string, after: string): Quantity {
  const number = LEADING_PLAIN_DECIMAL.exec(text)?.[0]
  if (number === undefined) {
    throw new LineError(`expected a number after ${after}, found ${describe(text)}`)
  }
  let rest = text.slice(number.length)
  const unit = /^\s*(ms|s|%)(?![\w%])/i.exec(rest)
  const unknownUnit = unit === null ? /^[A-Za-z%]\w*/.exec(rest)?.[0] : undefined
  if (unknownUnit !== undefined) {
    throw new LineError(`unknown unit "${unknownUnit}" after ${number}; expected ms, s or %`)
  }
  rest = rest.slice(unit?.[0].length ?? 0)
  return {
    value: Number(number),
    unit: unit?.[1].toLowerCase() as Unit | undefined,
    text: `${number}${unit?.[1] ?? ''}`,
    rest
  }
}

/**
 * A figure of a metric in its unit: a time, a percentage or a count. Breach sentences and the
 * tables both use it, so an annotation and a table never disagree.
 */
export function formatMetric(metric: MetricName, value: number): string {
  const kind = kindOf(metric)
  if (kind === 'time') return formatMs(value)
  return kind === 'percentage' ? formatPercent(value) : formatCount(value)
}

function kindOf(metric: MetricName): QuantityKind {
  if (TIME_METRICS.has(metric)) return 'time'
  return metric === 'error-rate' ? 'percentage' : 'count'
}

/** A time in milliseconds (a bare number counts as `bareTimeUnit`), a percentage or a count. */
function scaleLimit(
  name: string,
  kind: QuantityKind,
  { value, unit }: Quantity,
  bareTimeUnit: 'ms' | 's'
): number {
  if (kind === 'time') {
    if (unit === '%') {
      throw new LineError(
        `${name} is a time; expected milliseconds (800, 800ms) or seconds (0.8s), not %`
      )
    }
    return (unit ?? bareTimeUnit) === 's' ? value * 1000 : value
  }
  if (kind === 'percentage') {
    if (unit === 'ms' || unit === 's') {
      throw new LineError(`${name} is a percentage; expected a number such as 1 or 1%, not ${unit}`)
    }
    return value
  }
  if (unit !== undefined)
    throw new LineError(`${name} is a count; expected a plain number, not ${unit}`)
  return value
}

/**
 * One input's number in the grammar of `thresholds`: a plain decimal with an optional unit (`800`,
 * `800ms`, `0.8s`, `1%`), or undefined when it is not one. Times come back in milliseconds; a bare
 * time counts as `bareTimeUnit`.
 */
export function parseQuantity(
  text: string,
  kind: QuantityKind,
  bareTimeUnit: 'ms' | 's' = 'ms'
): number | undefined {
  try {
    const quantity = readQuantity(text.trim(), 'the start')
    if (quantity.rest.trim() !== '') return undefined
    return scaleLimit('it', kind, quantity, bareTimeUnit)
  } catch (error) {
    if (error instanceof LineError) return undefined
    throw error
  }
}

function describe(rest: string): string {
  const word = rest.trim().split(/\s+/)[0]
  return word === '' ? 'nothing' : `"${word}"`
}
