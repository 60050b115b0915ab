import type { StepMetric, TrackItemMetrics } from '../leapwork/types.js'
import {
  METRICS_SCHEMA,
  METRICS_VERSION,
  STEP_FIGURE_NAMES,
  type RunMetrics,
  type RunLoad,
  type RunSource,
  type RunTotals,
  type StepFigures,
  type TrackItemFigures
} from './model.js'

export interface RunMetricsInput {
  runId: string
  timelineId: string
  timelineTitle: string
  projectId?: string
  status: string
  startedAt: Date
  finishedAt: Date
  plannedRunTime: number
  estimatedVum: number
  trackItemTitles: Record<string, { title: string; region?: string }>
  metadata: TrackItemMetrics[]
  source?: RunSource
  load?: RunLoad
}

/**
 * Turns the terminal status answer into the metrics.json model. Track items named in
 * trackItemTitles but absent from the metadata are kept with no steps, so that a track item which
 * produced no figures still shows (and counts as zero requests).
 */
export function buildRunMetrics(input: RunMetricsInput): RunMetrics {
  const trackItems = trackItemFigures(input.metadata, input.trackItemTitles)
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
  }
}

/** Percent of requests that errored; 0 when nothing was sent. */
export function errorRate(errors: number, requests: number): number {
  return requests > 0 ? (errors * 100) / requests : 0
}

export function runTotals(trackItems: TrackItemFigures[]): RunTotals {
  let requests = 0
  let errors = 0
  let worst: { trackItem: TrackItemFigures; step: StepFigures } | undefined
  for (const trackItem of trackItems) {
    for (const step of trackItem.steps) {
      requests += step.requests
      errors += step.errors
      if (worst === undefined || step.p95 > worst.step.p95) worst = { trackItem, step }
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
  }
}

/** A step together with the track item it belongs to. */
export interface RunStep {
  trackItem: TrackItemFigures
  step: StepFigures
}

/** Every step of the run, track item by track item. */
export function allSteps(metrics: RunMetrics): RunStep[] {
  return metrics.trackItems.flatMap((trackItem) =>
    trackItem.steps.map((step) => ({ trackItem, step }))
  )
}

function trackItemFigures(
  metadata: TrackItemMetrics[],
  titles: Record<string, { title: string; region?: string }>
): TrackItemFigures[] {
  const byId = new Map<string, TrackItemFigures>()
  const ensure = (trackItemId: string): TrackItemFigures => {
    let figures = byId.get(trackItemId)
    if (figures === undefined) {
      const named = Object.hasOwn(titles, trackItemId) ? titles[trackItemId] : undefined
      figures = { trackItemId, title: named?.title ?? trackItemId, steps: [] }
      if (named?.region !== undefined) figures.region = named.region
      byId.set(trackItemId, figures)
    }
    return figures
  }
  for (const item of metadata) {
    const figures = ensure(item.trackItemId)
    for (const metric of item.metadata) figures.steps.push(stepFigures(metric))
  }
  for (const trackItemId of Object.keys(titles)) ensure(trackItemId)
  return [...byId.values()]
}

function stepFigures(metric: StepMetric): StepFigures {
  const requests = figure(metric.requestsSent)
  const errors = figure(metric.errors)
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
  }
}

/** A figure the server left out counts as 0 rather than poisoning totals with NaN. */
function figure(value: number | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}

/** Parses a metrics.json written by this action, e.g. a baseline, and checks that it can be trusted. */
export function parseRunMetrics(text: string, path: string): RunMetrics {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new Error(`Metrics file ${path} is not valid JSON: ${(error as Error).message}`)
  }
  const problem = metricsProblem(data)
  if (problem !== undefined) throw new Error(`Metrics file ${path} ${problem}`)
  return data as RunMetrics
}

function metricsProblem(data: unknown): string | undefined {
  if (!isRecord(data)) return 'does not hold a JSON object'
  if (data.schema !== METRICS_SCHEMA) {
    return `is not a Leapwork Performance metrics file: schema is ${JSON.stringify(data.schema)}, expected "${METRICS_SCHEMA}"`
  }
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    return `has an invalid version ${JSON.stringify(data.version)}`
  }
  if (data.version > METRICS_VERSION) {
    return `has version ${data.version}, newer than this action reads (${METRICS_VERSION}); update the action`
  }
  const problem = headerProblem(data) ?? trackItemsProblem(data.trackItems)
  return problem === undefined ? undefined : `is malformed: ${problem}`
}

function headerProblem(data: Record<string, unknown>): string | undefined {
  for (const field of ['runId', 'timelineId', 'status', 'startedAt', 'finishedAt']) {
    if (typeof data[field] !== 'string') return `${field} is not a string`
  }
  if (!isRecord(data.totals)) return 'totals is missing'
  for (const field of ['requests', 'errors', 'errorRate', 'worstP95']) {
    if (!isFiniteNumber(data.totals[field])) return `totals.${field} is not a number`
  }
  return undefined
}

// Plain indexed loops: a 20,000-step file is checked in a few milliseconds, without a closure or
// an iterator entry per step.
function trackItemsProblem(trackItems: unknown): string | undefined {
  if (!Array.isArray(trackItems)) return 'trackItems is not a list'
  for (let i = 0; i < trackItems.length; i++) {
    const trackItem: unknown = trackItems[i]
    const where = `trackItems[${i}]`
    if (!isRecord(trackItem)) return `${where} is not an object`
    if (typeof trackItem.trackItemId !== 'string') return `${where}.trackItemId is not a string`
    if (typeof trackItem.title !== 'string') return `${where}.title is not a string`
    const steps = trackItem.steps
    if (!Array.isArray(steps)) return `${where}.steps is not a list`
    for (let j = 0; j < steps.length; j++) {
      const problem = stepProblem(steps[j])
      if (problem !== undefined) return `${where}.steps[${j}]${problem}`
    }
  }
  return undefined
}

/** What is wrong with a step, after its place (`.title is not a string`). */
function stepProblem(step: unknown): string | undefined {
  if (!isRecord(step)) return ' is not an object'
  if (typeof step.stepId !== 'string') return '.stepId is not a string'
  if (typeof step.title !== 'string') return '.title is not a string'
  for (let k = 0; k < STEP_FIGURE_NAMES.length; k++) {
    if (!isFiniteNumber(step[STEP_FIGURE_NAMES[k]]))
      return `.${STEP_FIGURE_NAMES[k]} is not a number`
  }
  return undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}
