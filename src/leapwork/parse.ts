/**
 * Lenient readers for the API's answers. Unknown fields are kept, numbers and booleans given as
 * strings are converted, statuses get their canonical case, and a documented field that is absent
 * gets a neutral default. Only the fields a caller cannot do without are required; a missing one
 * throws a ShapeError naming it.
 */
import { PLAIN_DECIMAL } from '../number-format.js'
import { ShapeError } from './errors.js'
import { ACTIVE_STATUSES, TERMINAL_STATUSES } from './types.js'
import type {
  DataItem,
  LoadPoint,
  RunStarted,
  RunStatus,
  RunStatusResult,
  StartedTrackItem,
  StepMetric,
  Timeline,
  TimelineSummary,
  TrackItem,
  TrackItemMetrics
} from './types.js'

type Fields = Record<string, unknown>

const KNOWN_STATUSES: readonly string[] = [...TERMINAL_STATUSES, ...ACTIVE_STATUSES]

/** Parses a JSON answer; a JSON string that itself holds a JSON object or array is unwrapped. */
export function decodeJson(text: string): unknown {
  const value = parseJsonOrThrow(text)
  if (typeof value === 'string' && /^\s*[[{]/.test(value)) return parseJsonOrThrow(value)
  return value
}

/** A text answer: a JSON string (`"Stopped run x"`) is unwrapped, anything else is kept as sent. */
export function parseTextAnswer(text: string): string {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'string' ? value : text
  } catch {
    return text
  }
}

export function canonicalStatus(status: string): RunStatus {
  const wanted = status.trim().toLowerCase()
  return KNOWN_STATUSES.find((known) => known.toLowerCase() === wanted) ?? status
}

export function parseTimelineSummaries(value: unknown): TimelineSummary[] {
  return list(value, '').map((entry, index) => {
    const fields = record(entry, `[${index}]`)
    return {
      ...fields,
      timelineId: requiredString(fields, 'timelineId', `[${index}]`),
      projectId: optionalString(fields, 'projectId') ?? '',
      title: optionalString(fields, 'title') ?? ''
    }
  })
}

export function parseTimeline(value: unknown): Timeline {
  const fields = record(value, '')
  const body = record(fields.timeline, 'timeline')
  return {
    ...fields,
    projectId: optionalString(fields, 'projectId') ?? '',
    title: optionalString(fields, 'title'),
    timeline: {
      ...body,
      tracks: optionalList(body.tracks, 'timeline.tracks').map((track, index) => {
        const trackFields = record(track, `timeline.tracks[${index}]`)
        return {
          ...trackFields,
          id: requiredString(trackFields, 'id', `timeline.tracks[${index}]`),
          height: optionalNumber(trackFields, 'height', `timeline.tracks[${index}]`)
        }
      }),
      trackItems: optionalList(body.trackItems, 'timeline.trackItems').map((item, index) =>
        parseTrackItem(item, `timeline.trackItems[${index}]`)
      ),
      isRunEnabled: optionalBoolean(body, 'isRunEnabled', 'timeline') ?? true
    },
    plannedRunTime: Math.max(0, optionalNumber(fields, 'plannedRunTime', '') ?? 0),
    estimatedVum: Math.max(0, optionalNumber(fields, 'estimatedVum', '') ?? 0)
  }
}

function parseTrackItem(value: unknown, path: string): TrackItem {
  const fields = record(value, path)
  const id = requiredString(fields, 'id', path)
  return {
    ...fields,
    id,
    trackId: optionalString(fields, 'trackId') ?? '',
    title: optionalString(fields, 'title') ?? id,
    startTime: optionalNumber(fields, 'startTime', path) ?? 0,
    lengthTime: optionalNumber(fields, 'lengthTime', path) ?? 0,
    sequenceId: optionalString(fields, 'sequenceId') ?? '',
    region: optionalString(fields, 'region') ?? '',
    load: optionalList(fields.load, `${path}.load`).map((point, index) =>
      parseLoadPoint(point, `${path}.load[${index}]`)
    ),
    endCondition: optionalString(fields, 'endCondition')
  }
}

function parseLoadPoint(value: unknown, path: string): LoadPoint {
  const fields = record(value, path)
  return {
    ...fields,
    time: requiredNumber(fields, 'time', path),
    load: requiredNumber(fields, 'load', path)
  }
}

export function parseDataItems(value: unknown): DataItem[] {
  return list(value, '').map((entry, index) => readDataItem(entry, `[${index}]`))
}

export function parseDataItem(value: unknown): DataItem {
  return readDataItem(value, '')
}

function readDataItem(value: unknown, path: string): DataItem {
  const fields = record(value, path)
  return {
    ...fields,
    id: optionalString(fields, 'id') ?? '',
    assetId: requiredString(fields, 'assetId', path),
    projectId: optionalString(fields, 'projectId') ?? '',
    companyId: optionalString(fields, 'companyId'),
    dataItemName: optionalString(fields, 'dataItemName') ?? '',
    text: parseRows(fields.text, at(path, 'text')),
    isDeleted: optionalBoolean(fields, 'isDeleted', path)
  }
}

/** The rows of a data item; some environments send them as a JSON string. */
function parseRows(value: unknown, path: string): Record<string, unknown>[] {
  const rows = typeof value === 'string' ? decodeField(value, path) : value
  return optionalList(rows, path).map((row, index) => record(row, `${path}[${index}]`))
}

/**
 * Only what polls and stops the run is required: its ID and poll URL. The server has started the
 * run by now, so a malformed optional field is left aside with a line in `warnings`: losing the
 * answer would lose the run, which would then go on unwatched.
 */
export function parseRunStarted(value: unknown): RunStarted {
  const fields = record(value, '')
  const warnings: string[] = []
  return {
    ...fields,
    timelineId: optionalString(fields, 'timelineId') ?? '',
    runId: requiredString(fields, 'runId', ''),
    status: canonicalStatus(optionalString(fields, 'status') ?? 'Preparing'),
    estimatedVum: lenientNumber(fields, 'estimatedVum', warnings),
    plannedRunTime: lenientNumber(fields, 'plannedRunTime', warnings),
    trackItems: (lenientList(fields, 'trackItems', warnings) ?? []).flatMap((item, index) =>
      leniently(warnings, `trackItems[${index}]`, 'track item', () =>
        parseStartedTrackItem(item, `trackItems[${index}]`)
      )
    ),
    pollResultUrl: requiredString(fields, 'pollResultUrl', ''),
    warnings
  }
}

function parseStartedTrackItem(value: unknown, path: string): StartedTrackItem {
  const fields = record(value, path)
  return {
    ...fields,
    trackItemId: requiredString(fields, 'trackItemId', path),
    sequenceName: optionalString(fields, 'sequenceName') ?? '',
    region: optionalString(fields, 'region') ?? ''
  }
}

/**
 * Only the status is required. A malformed optional part (a report URL, a step whose figures do
 * not read) is left aside with a line in `warnings`, so it costs that part, not the run.
 */
export function parseRunStatus(value: unknown): RunStatusResult {
  const fields = record(value, '')
  const warnings: string[] = []
  const metadata = lenientList(fields, 'metadata', warnings)?.flatMap((group, index) =>
    leniently(warnings, `metadata[${index}]`, 'track item', () =>
      parseTrackItemMetrics(group, `metadata[${index}]`, warnings)
    )
  )
  return {
    ...fields,
    status: canonicalStatus(requiredString(fields, 'status', '')),
    metadata,
    excelReportUrl: optionalUrl(fields, 'excelReportUrl', warnings),
    aiAnalysisReportUrl: optionalUrl(fields, 'aiAnalysisReportUrl', warnings),
    warnings
  }
}

function parseTrackItemMetrics(value: unknown, path: string, warnings: string[]): TrackItemMetrics {
  const fields = record(value, path)
  const trackItemId = requiredString(fields, 'trackItemId', path)
  return {
    ...fields,
    trackItemId,
    metadata: optionalList(fields.metadata, `${path}.metadata`).flatMap((step, index) =>
      leniently(warnings, `${path}.metadata[${index}]`, 'step', () =>
        parseStepMetric(step, trackItemId, `${path}.metadata[${index}]`)
      )
    )
  }
}

/** The parsed part, or nothing and a warning when it is malformed. */
function leniently<T>(warnings: string[], path: string, what: string, parse: () => T): T[] {
  try {
    return [parse()]
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error
    warnings.push(
      `The run's answer has a malformed ${what} at ${path}, left out: ${error.message}.`
    )
    return []
  }
}

function optionalUrl(fields: Fields, key: string, warnings: string[]): string | undefined {
  const value = fields[key]
  if (absent(value) || value === '') return undefined
  if (typeof value === 'string') return value
  warnings.push(`The run's ${key} was left aside: it is not a URL but ${describeValue(value)}.`)
  return undefined
}

/** A number of at least 0, or 0 (not given) and a warning when it does not read as one. */
function lenientNumber(fields: Fields, key: string, warnings: string[]): number {
  try {
    const value = optionalNumber(fields, key, '') ?? 0
    if (value >= 0) return value
    warnings.push(`The run's ${key} was left aside: it is negative (${value}).`)
    return 0
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error
    const reading = readNumber(fields[key])
    const problem =
      reading === 'out of range'
        ? `${describeValue(fields[key])} is out of range (at most ${MAX_NUMBER})`
        : `it is not a number but ${describeValue(fields[key])}`
    warnings.push(`The run's ${key} was left aside: ${problem}.`)
    return 0
  }
}

/** A list, or nothing (and a warning when the field is there but something else). */
function lenientList(fields: Fields, key: string, warnings: string[]): unknown[] | undefined {
  const value = fields[key]
  if (absent(value)) return undefined
  if (Array.isArray(value)) return value
  warnings.push(`The run's ${key} was left aside: it is not a list but ${describeValue(value)}.`)
  return undefined
}

function describeValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}

/** The figures a gate compares are required: a missing p95 must not read as 0 ms. */
function parseStepMetric(value: unknown, trackItemId: string, path: string): StepMetric {
  const fields = record(value, path)
  const stepId = requiredString(fields, 'stepId', path)
  const figure = (key: string): number => requiredNumber(fields, key, path)
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
  }
}

function parseJsonOrThrow(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new ShapeError(text.trim() === '' ? 'the answer is empty' : 'the answer is not JSON')
  }
}

function decodeField(text: string, path: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new ShapeError(`${path} is a string that is not JSON`)
  }
}

function record(value: unknown, path: string): Fields {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Fields
  throw new ShapeError(`${path || 'the answer'} is ${absent(value) ? 'missing' : 'not an object'}`)
}

function list(value: unknown, path: string): unknown[] {
  if (Array.isArray(value)) return value
  throw new ShapeError(`${path || 'the answer'} is ${absent(value) ? 'missing' : 'not a list'}`)
}

function absent(value: unknown): value is undefined | null {
  return value === undefined || value === null
}

function optionalList(value: unknown, path: string): unknown[] {
  return absent(value) ? [] : list(value, path)
}

function optionalString(fields: Fields, key: string): string | undefined {
  const value = fields[key]
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return undefined
}

function requiredString(fields: Fields, key: string, path: string): string {
  const value = optionalString(fields, key)
  if (value === undefined || value.trim() === '')
    throw new ShapeError(`${at(path, key)} is missing`)
  return value
}

/**
 * The largest figure taken from the server: past 2^53 integers lose their meaning, and any sum of
 * figures this size stays finite.
 */
const MAX_NUMBER = Number.MAX_SAFE_INTEGER
/** A plain decimal, as the inputs take them, with a sign. */
const SIGNED_PLAIN_DECIMAL = new RegExp(`^-?${PLAIN_DECIMAL}$`)

/** A JSON number, or a string holding a plain decimal, within ±MAX_NUMBER. */
function readNumber(value: unknown): number | 'not a number' | 'out of range' {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && SIGNED_PLAIN_DECIMAL.test(value.trim())
        ? Number(value)
        : Number.NaN
  if (Number.isNaN(number)) return 'not a number'
  return Math.abs(number) <= MAX_NUMBER ? number : 'out of range'
}

function optionalNumber(fields: Fields, key: string, path: string): number | undefined {
  const value = fields[key]
  if (absent(value)) return undefined
  const number = readNumber(value)
  if (typeof number === 'number') return number
  throw new ShapeError(`${at(path, key)} is ${number}: ${JSON.stringify(value)}`)
}

function requiredNumber(fields: Fields, key: string, path: string): number {
  const value = optionalNumber(fields, key, path)
  if (value === undefined) throw new ShapeError(`${at(path, key)} is missing`)
  return value
}

function optionalBoolean(fields: Fields, key: string, path: string): boolean | undefined {
  const value = fields[key]
  if (absent(value)) return undefined
  if (typeof value === 'boolean') return value
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) {
    return value.trim().toLowerCase() === 'true'
  }
  throw new ShapeError(`${at(path, key)} is not true or false: ${JSON.stringify(value)}`)
}

function at(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}
