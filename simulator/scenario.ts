import type { StepMetric } from '../src/leapwork/types.js'

export const ENDPOINTS = [
  'getTimelines',
  'getTimelineAsset',
  'getTimeline',
  'getDataItems',
  'getDataItemAsset',
  'getDataItem',
  'runIntegration',
  'getTimelineStatus',
  'downloadRunReport',
  'downloadAiAnalysisReport',
  'getAiAnalysis',
  'stopIntegration'
] as const
export type EndpointName = (typeof ENDPOINTS)[number]

export function isEndpointName(name: string): name is EndpointName {
  return (ENDPOINTS as readonly string[]).includes(name)
}

export type FinalStatus = 'Finished' | 'Failed' | 'Stopped'
export type StatusCase = 'canonical' | 'lower' | 'upper'
/** `echo-key`: a text body that quotes the API key just where a 200-character snippet ends. */
export type ErrorBodyKind = 'html' | 'json' | 'truncated' | 'empty' | 'echo-key'

export interface FailEveryNth {
  n: number
  /** Default 502. */
  status?: number
  /** Endpoints counted; default all. */
  endpoints?: EndpointName[]
}

export interface FailNext {
  endpoint: EndpointName
  times: number
  /** Default 500. */
  status?: number
  /** Default 'json'. */
  body?: ErrorBodyKind
  retryAfterSeconds?: number
}

export interface ResetNext {
  endpoint: EndpointName
  times: number
}

export interface SlowNext {
  endpoint: EndpointName
  times: number
  delayMs: number
}

export interface HugeAnswer {
  endpoint: EndpointName
  times: number
  /** Size of the JSON answer, which stays valid JSON however large. */
  bytes: number
  /** Send Content-Length. Default true; without it the answer is chunked. */
  announceLength?: boolean
}

export interface TrickleReport {
  endpoint: 'downloadRunReport' | 'downloadAiAnalysisReport'
  /** The report is sent this many bytes at a time, every intervalMs. */
  bytesPerTick: number
  intervalMs: number
}

export type ReportUrlField = 'excelReportUrl' | 'aiAnalysisReportUrl'

/** Optional fields of the runIntegration answer, and the terminal status's metadata. */
export type MalformableField = 'estimatedVum' | 'plannedRunTime' | 'trackItems' | 'metadata'

export interface RedirectReports {
  /** Where the report is moved to; default the simulator's own origin. */
  origin?: string
  /** Redirects before the report; default 1. */
  hops?: number
  /** Default 302. */
  status?: number
  /** The first redirect's body drips forever, a byte every 100 ms. */
  endlessBody?: boolean
}

export interface Faults {
  failEveryNth?: FailEveryNth
  failNext?: FailNext[]
  resetNext?: ResetNext[]
  slowNext?: SlowNext[]
  truncatedJson?: EndpointName[]
  missingFields?: EndpointName[]
  echoHeadersOnError?: boolean
  hugeAnswer?: HugeAnswer[]
  trickleReport?: TrickleReport
  malformedReportUrl?: ReportUrlField[]
  malformedFields?: MalformableField[]
  redirectReports?: RedirectReports
}

export type FailureCount = number | 'always'

export interface Scenario {
  /** Polls answered Preparing / Authenticating before the run says Running. */
  pollsUntilRunning: number
  /** The poll (1-based) that answers the final status. */
  pollsUntilTerminal: number
  finalStatus: FinalStatus
  /** The run says Running until stopIntegration. */
  neverEnds: boolean
  /** Runs, by run ID, that say Running until stopIntegration (e.g. only a second run). */
  neverEndingRuns?: string[]
  /** Statuses of successive polls before the terminal one; replaces the Preparing/Running phases. */
  statusSequence?: string[]
  statusCase: StatusCase
  /** Seconds; replaces the timeline's planned run time in the runIntegration answer. */
  plannedRunTime?: number
  /** Seconds; replaces every timeline's plannedRunTime in getTimelineAsset / getTimeline answers. */
  timelinePlannedRunTime?: number
  /** runIntegration leaves plannedRunTime out of its answer. */
  omitPlannedRunTime?: boolean
  /** The run ID runIntegration hands out, whatever it holds, instead of run_sim_0001, … */
  runId?: string
  /** Virtual-user minutes announced by runIntegration, instead of the timeline's scaled to the run time. */
  estimatedVum?: number
  trackItemCount?: number
  stepsPerTrackItem: number
  /** Multiplies every response time. */
  latencyFactor: number
  /** Fraction (0–1) of requests that errored. */
  errorRate: number
  /** Titles that replace the fixtures' track item titles, by track item id (e.g. hostile text). */
  trackItemTitles?: Record<string, string>
  /** Figures to force, by step title, in every track item. */
  stepOverrides?: Record<string, Partial<StepMetric>>
  /** Figures to force in one run only, by run ID then step title (e.g. a one-run spike); wins over stepOverrides. */
  stepOverridesByRun?: Record<string, Record<string, Partial<StepMetric>>>
  /** A Failed run then has neither metrics nor report URLs. */
  failedWithoutReports: boolean
  excelReportBytes: number
  /** Excel report bytes as incompressible as a real (zipped) report's; the default compresses well. */
  excelReportIncompressible: boolean
  /** Track items whose analysis the combined AI report says is not ready yet. */
  aiNotReadyTrackItems?: string[]
  /** How many times getAiAnalysis answers 404 (not ready) per run and track item before the text. */
  getAiAnalysisNotReadyTimes: number
  reportFailures?: { excel?: FailureCount; ai?: FailureCount }
  /** Every endpoint answers 403. */
  integrationDisabled: boolean
  /** Milliseconds added before answering, per endpoint. */
  latencyMs?: Partial<Record<EndpointName, number>>
  /** Origin on which pollResultUrl and report URLs are built instead of the simulator's own. */
  pollResultUrlBase?: string
  /** Adds a `title` field to getTimelineAsset / getTimeline answers (the documented shape has none). */
  timelineTitleField: boolean
  /** Fields getTimelineAsset / getTimeline leave out: the timeline's estimate, each track item's load. */
  omitTimelineFields?: ('estimatedVum' | 'load')[]
  faults?: Faults
}

export const DEFAULT_SCENARIO: Scenario = {
  pollsUntilRunning: 1,
  pollsUntilTerminal: 3,
  finalStatus: 'Finished',
  neverEnds: false,
  statusCase: 'canonical',
  stepsPerTrackItem: 4,
  latencyFactor: 1,
  errorRate: 0.002,
  failedWithoutReports: false,
  excelReportBytes: 20 * 1024,
  excelReportIncompressible: false,
  getAiAnalysisNotReadyTimes: 0,
  integrationDisabled: false,
  timelineTitleField: false
}

/** Applies a partial scenario; a key given as undefined returns to its default. */
export function mergeScenario(current: Scenario, patch: Partial<Scenario>): Scenario {
  const next: Record<string, unknown> = { ...current }
  for (const [key, value] of Object.entries(patch)) {
    next[key] =
      value === undefined ? (DEFAULT_SCENARIO as unknown as Record<string, unknown>)[key] : value
  }
  return next as unknown as Scenario
}
