/**
 * The history a run carries forward: the figures the gate and the change search need (each step's
 * p95, errors and requests) of the last runs, in one small file. Each run writes it with its own
 * figures added, so the next run finds the whole history in one download instead of one per run.
 * Steps are listed once and each run refers to them by index: 30 runs of a 20,000-step timeline
 * take a few MB, not 30 copies of metrics.json.
 */
import { runTotals } from './figures.js'
import type { RunLoad, RunMetrics, RunSource } from './model.js'
import { METRICS_SCHEMA, METRICS_VERSION } from './model.js'
import {
  asRecordedRun,
  emptySteps,
  nextHint,
  recordedRun,
  recordedSteps,
  StepTable,
  type RecordedSteps
} from './recorded-run.js'

export const HISTORY_SCHEMA = 'leapwork-performance-history'
export const HISTORY_VERSION = 1
/** The runs a history keeps: the change search looks at the last 30, and the 10 before them tell which shifts an earlier run reported. */
export const RECORDED_RUNS = 40

/** A step as `[track item index, step ID, title]`. */
type RecordedStep = [number, string, string]

interface RecordedRun {
  runId: string
  timelineId: string
  timelineTitle: string
  status: string
  startedAt: string
  finishedAt: string
  load?: RunLoad
  source?: RunSource
  /** `step index, p95, errors, requests` for each step the run has, one after another. */
  figures: number[]
}

export interface HistoryRecord {
  schema: typeof HISTORY_SCHEMA
  version: typeof HISTORY_VERSION
  trackItems: Array<{ trackItemId: string; title: string }>
  steps: RecordedStep[]
  /** Oldest first. */
  runs: RecordedRun[]
}

const FIGURES_PER_STEP = 4
const SOURCE_FIELDS = [
  'repository',
  'ref',
  'sha',
  'workflowRunId',
  'workflowRunUrl',
  'job'
] as const

/**
 * The record of runs (oldest first), keeping the newest `maxRuns`. Runs held as a history holds
 * them (recorded-run.ts) are written from their arrays, each table step looked up once.
 */
export function recordHistory(runs: readonly RunMetrics[], maxRuns = RECORDED_RUNS): HistoryRecord {
  const layout = recordLayout(runs, maxRuns)
  return {
    schema: HISTORY_SCHEMA,
    version: HISTORY_VERSION,
    trackItems: layout.trackItems,
    steps: layout.steps,
    runs: layout.runs.map((run) => layout.recorded(run))
  }
}

/**
 * The text of recordHistory(runs, maxRuns) in pieces, one run at a time, so that a long history of
 * a large timeline is never held whole: its figures as numbers, nor its text.
 */
export function* historyRecordText(
  runs: readonly RunMetrics[],
  maxRuns = RECORDED_RUNS
): Generator<string> {
  const layout = recordLayout(runs, maxRuns)
  const head: Omit<HistoryRecord, 'runs'> = {
    schema: HISTORY_SCHEMA,
    version: HISTORY_VERSION,
    trackItems: layout.trackItems,
    steps: layout.steps
  }
  yield `${JSON.stringify(head).slice(0, -1)},"runs":[`
  for (const [index, run] of layout.runs.entries()) {
    const { figures, ...header } = layout.recorded(run, false)
    // `{…,"figures":[]}` less its `]}`, then the figures in pieces, as JSON.stringify writes them
    yield `${index === 0 ? '' : ','}${JSON.stringify({ ...header, figures }).slice(0, -2)}`
    yield* layout.figuresText(recordedSteps(run)!)
    yield ']}'
  }
  yield ']}'
}

/** Steps whose figures are written as one piece of history.json. */
const STEPS_PER_PIECE = 4096

interface RecordLayout extends Omit<HistoryRecord, 'schema' | 'version' | 'runs'> {
  runs: RunMetrics[]
  /** The run as the record holds it; its figures left empty when not `withFigures`. */
  recorded(run: RunMetrics, withFigures?: boolean): RecordedRun
  figuresText(steps: RecordedSteps): Generator<string>
}

/** The track items and steps of the record, numbered as the runs first list them. */
function recordLayout(runs: readonly RunMetrics[], maxRuns: number): RecordLayout {
  const kept = runs.slice(-maxRuns)
  const table = kept.map((run) => recordedSteps(run)?.table).find(Boolean) ?? new StepTable()
  const layout: RecordLayout = {
    trackItems: [],
    steps: [],
    runs: kept.map((run) => asRecordedRun(run, table)),
    recorded: (run, withFigures = true) => ({
      ...runHeader(run),
      figures: withFigures ? figuresOf(recordedSteps(run)!, toRecord) : []
    }),
    figuresText: (steps) => figuresText(steps, toRecord)
  }
  const trackItemIndex = new Map<string, number>()
  /** Each table step as a step of the record, -1 until met. */
  const toRecord = new Int32Array(table.size).fill(-1)
  for (const run of layout.runs) {
    const steps = recordedSteps(run)!
    let at = 0
    for (const { item: trackItem, steps: count } of steps.trackItems) {
      let item = trackItemIndex.get(trackItem.trackItemId)
      if (item === undefined) {
        item =
          layout.trackItems.push({ trackItemId: trackItem.trackItemId, title: trackItem.title }) - 1
        trackItemIndex.set(trackItem.trackItemId, item)
      }
      for (const end = at + count; at < end; at++) {
        const step = steps.index[at]
        if (toRecord[step] < 0) {
          toRecord[step] = layout.steps.push([item, table.stepIds[step], table.titles[step]]) - 1
        }
      }
    }
  }
  return layout
}

function* figuresText(steps: RecordedSteps, toRecord: Int32Array): Generator<string> {
  const count = steps.index.length
  for (let from = 0; from < count; from += STEPS_PER_PIECE) {
    const piece = figuresOf(steps, toRecord, from, Math.min(count, from + STEPS_PER_PIECE))
    yield `${from === 0 ? '' : ','}${JSON.stringify(piece).slice(1, -1)}`
  }
}

/** The figures of steps from..to as history.json lists them: step index, p95, errors, requests. */
function figuresOf(steps: RecordedSteps, toRecord: Int32Array, from = 0, to = steps.index.length) {
  const figures = new Array<number>((to - from) * FIGURES_PER_STEP)
  for (let at = from, slot = 0; at < to; at++, slot += FIGURES_PER_STEP) {
    figures[slot] = toRecord[steps.index[at]]
    figures[slot + 1] = steps.p95[at]
    figures[slot + 2] = steps.errors[at]
    figures[slot + 3] = steps.requests[at]
  }
  return figures
}

function runHeader(run: RunMetrics | RecordedRun): Omit<RecordedRun, 'figures'> {
  return {
    runId: run.runId,
    timelineId: run.timelineId,
    timelineTitle: run.timelineTitle,
    status: run.status,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    ...(run.load === undefined ? {} : { load: run.load }),
    ...(run.source === undefined ? {} : { source: run.source })
  }
}

/**
 * The runs of a history file, oldest first, as metrics with the recorded figures: p95, errors and
 * requests, their steps in `table` (one shared by a whole history keeps each title once). The
 * other figures of a step are not recorded and read 0. Throws, saying what is wrong, on a file
 * that is not a history this action wrote.
 */
export function parseHistoryRecord(
  text: string,
  source: string,
  table = new StepTable()
): RunMetrics[] {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new Error(`History file ${source} is not valid JSON: ${(error as Error).message}`)
  }
  const problem = recordProblem(data)
  if (problem !== undefined) throw new Error(`History file ${source} ${problem}`)
  const record = data as HistoryRecord
  const inTable = new Int32Array(record.steps.length).fill(-1)
  // Each run's figures are let go once its steps are held, so the file and the runs never peak together.
  return record.runs.map((run) => {
    const metrics = recordedRunOf(run, record, table, inTable)
    run.figures = []
    return metrics
  })
}

/**
 * A recorded run as metrics: its steps grouped by track item in the order the track items first
 * appear, as a metrics.json lists them.
 */
function recordedRunOf(
  run: RecordedRun,
  record: HistoryRecord,
  table: StepTable,
  inTable: Int32Array
): RunMetrics {
  const { figures } = run
  const count = figures.length / FIGURES_PER_STEP
  const order = groupedByTrackItem(figures, record)
  const steps = emptySteps(table, count)
  let at = 0
  for (const { item, slots } of order) {
    steps.trackItems.push({ item: { ...record.trackItems[item] }, steps: slots.length })
    for (const slot of slots) {
      const step = figures[slot]
      if (inTable[step] < 0) {
        const [, stepId, title] = record.steps[step]
        const trackItemId = record.trackItems[item].trackItemId
        inTable[step] = table.indexOf(trackItemId, stepId, title, nextHint(steps, at))
      }
      steps.index[at] = inTable[step]
      steps.p95[at] = figures[slot + 1]
      steps.errors[at] = figures[slot + 2]
      steps.requests[at++] = figures[slot + 3]
    }
  }
  const durationSeconds = (Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000
  const header: Omit<RunMetrics, 'trackItems' | 'totals'> = {
    schema: METRICS_SCHEMA,
    version: METRICS_VERSION,
    ...runHeader(run),
    durationSeconds: Number.isFinite(durationSeconds) ? Math.max(0, durationSeconds) : 0,
    plannedRunTime: 0,
    estimatedVum: 0
  }
  const metrics = recordedRun({ ...header, totals: runTotals([]) }, steps)
  metrics.totals = runTotals(metrics.trackItems)
  return metrics
}

/** The figures' slots of each track item, track items in the order they first appear. */
function groupedByTrackItem(
  figures: number[],
  record: HistoryRecord
): Array<{ item: number; slots: number[] }> {
  const groups: Array<{ item: number; slots: number[] }> = []
  const byItem = new Map<number, number[]>()
  for (let slot = 0; slot < figures.length; slot += FIGURES_PER_STEP) {
    const item = record.steps[figures[slot]][0]
    let slots = byItem.get(item)
    if (slots === undefined) {
      byItem.set(item, (slots = []))
      groups.push({ item, slots })
    }
    slots.push(slot)
  }
  return groups
}

function recordProblem(data: unknown): string | undefined {
  if (!isRecord(data) || data.schema !== HISTORY_SCHEMA) {
    return `is not a Leapwork Performance history (schema "${HISTORY_SCHEMA}")`
  }
  if (data.version !== HISTORY_VERSION) {
    return `has version ${JSON.stringify(data.version)}; this action reads version ${HISTORY_VERSION}`
  }
  const problem =
    trackItemsProblem(data.trackItems) ??
    stepsProblem(data.steps, Array.isArray(data.trackItems) ? data.trackItems.length : 0) ??
    runsProblem(data.runs, Array.isArray(data.steps) ? data.steps.length : 0)
  return problem === undefined ? undefined : `is malformed: ${problem}`
}

function trackItemsProblem(trackItems: unknown): string | undefined {
  if (!Array.isArray(trackItems)) return 'trackItems is not a list'
  const bad = trackItems.findIndex(
    (item) => !isRecord(item) || !isString(item.trackItemId) || !isString(item.title)
  )
  return bad < 0 ? undefined : `trackItems[${bad}] is not a track item`
}

function stepsProblem(steps: unknown, trackItemCount: number): string | undefined {
  if (!Array.isArray(steps)) return 'steps is not a list'
  const bad = steps.findIndex(
    (step) =>
      !Array.isArray(step) ||
      step.length !== 3 ||
      !isIndex(step[0], trackItemCount) ||
      !isString(step[1]) ||
      !isString(step[2])
  )
  return bad < 0 ? undefined : `steps[${bad}] is not [track item index, step ID, title]`
}

function runsProblem(runs: unknown, stepCount: number): string | undefined {
  if (!Array.isArray(runs)) return 'runs is not a list'
  for (const [i, run] of runs.entries()) {
    const problem = runProblem(run, stepCount)
    if (problem !== undefined) return `runs[${i}] ${problem}`
  }
  return undefined
}

function runProblem(run: unknown, stepCount: number): string | undefined {
  if (!isRecord(run)) return 'is not an object'
  for (const field of [
    'runId',
    'timelineId',
    'timelineTitle',
    'status',
    'startedAt',
    'finishedAt'
  ]) {
    if (!isString(run[field])) return `.${field} is not a string`
  }
  if (run.load !== undefined && !isLoad(run.load)) return '.load is not a load'
  if (run.source !== undefined && !isSource(run.source)) return '.source is not a source'
  const figures = run.figures
  if (!Array.isArray(figures) || figures.length % FIGURES_PER_STEP !== 0) {
    return `.figures is not a list of ${FIGURES_PER_STEP} numbers per step`
  }
  for (let i = 0; i < figures.length; i += FIGURES_PER_STEP) {
    if (!isIndex(figures[i], stepCount)) return `.figures[${i}] is not a step index`
    for (let j = i + 1; j < i + FIGURES_PER_STEP; j++) {
      if (typeof figures[j] !== 'number' || !(figures[j] >= 0) || !Number.isFinite(figures[j])) {
        return `.figures[${j}] is not a figure`
      }
    }
  }
  return undefined
}

function isLoad(value: unknown): boolean {
  return (
    isRecord(value) &&
    Array.isArray(value.trackItems) &&
    value.trackItems.every((item) => isRecord(item) && isString(item.trackItemId))
  )
}

function isSource(value: unknown): boolean {
  return (
    isRecord(value) &&
    SOURCE_FIELDS.every((field) => value[field] === undefined || isString(value[field]))
  )
}

function isIndex(value: unknown, count: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < count
}

function isString(value: unknown): value is string {
  return typeof value === 'string'
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
