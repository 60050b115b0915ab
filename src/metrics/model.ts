/**
 * The shape of metrics.json: the figures of one run, written beside the reports and read back by a
 * later run as its baseline. Bump METRICS_VERSION on any change that an older reader would misread.
 */

export const METRICS_SCHEMA = 'leapwork-performance-metrics'
export const METRICS_VERSION = 1

/** Every figure of one step. Times are milliseconds; errorRate is a percentage (0–100). */
export interface StepFigures {
  stepId: string
  title: string
  requests: number
  errors: number
  errorRate: number
  min: number
  average: number
  median: number
  p90: number
  p95: number
  p99: number
  max: number
  bytesSent: number
  bytesReceived: number
}

/** The numeric figures of a step, in the order a table shows them. */
export const STEP_FIGURE_NAMES = [
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
] as const satisfies readonly (keyof StepFigures)[]

export interface TrackItemFigures {
  trackItemId: string
  title: string
  region?: string
  steps: StepFigures[]
}

export interface RunTotals {
  requests: number
  errors: number
  /** Percent of all requests of the run that errored. */
  errorRate: number
  /** The highest p95 of any step, or 0 when the run has no steps. */
  worstP95: number
  worstP95Step?: { trackItemId: string; stepId: string; title: string }
}

/** Where the run came from, so a later run can tell which workflow run served as its baseline. */
export interface RunSource {
  repository?: string
  ref?: string
  sha?: string
  workflowRunId?: string
  workflowRunUrl?: string
  job?: string
}

/** The load the run was asked for; a later run compares only with runs of the same load. */
export interface RunLoad {
  dataItemId?: string
  role?: string
  trackItems: Array<{
    trackItemId: string
    dataItemId?: string
    roles?: string[]
    virtualUsers?: number
  }>
}

export interface RunMetrics {
  schema: typeof METRICS_SCHEMA
  version: typeof METRICS_VERSION
  runId: string
  timelineId: string
  timelineTitle: string
  projectId?: string
  status: string
  /** ISO 8601 times of the start request and of the terminal status answer. */
  startedAt: string
  finishedAt: string
  durationSeconds: number
  plannedRunTime: number
  estimatedVum: number
  source?: RunSource
  /** Absent in files written before the load was recorded. */
  load?: RunLoad
  totals: RunTotals
  trackItems: TrackItemFigures[]
}
