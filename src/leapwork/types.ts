/**
 * Shapes of the Leapwork Performance Integration API (../shared/reference/api.md), as the client
 * returns them after lenient parsing: unknown fields are kept, numbers given as strings are numbers,
 * and statuses are in their canonical case.
 */

export const TERMINAL_STATUSES = ['Finished', 'Stopped', 'Failed'] as const
export const ACTIVE_STATUSES = ['Authenticating', 'Preparing', 'Running'] as const
export type TerminalStatus = (typeof TERMINAL_STATUSES)[number]
export type ActiveStatus = (typeof ACTIVE_STATUSES)[number]
/** A status the API did not document stays a plain string and is treated as not terminal. */
export type RunStatus = TerminalStatus | ActiveStatus | (string & {})

export interface TimelineSummary {
  timelineId: string
  projectId: string
  title: string
}

export interface LoadPoint {
  time: number
  load: number
}

export interface TrackItem {
  id: string
  trackId: string
  title: string
  startTime: number
  lengthTime: number
  sequenceId: string
  region: string
  load: LoadPoint[]
  endCondition?: string
}

export interface Timeline {
  projectId: string
  /** Not in the documented shape; present only when the server adds it. */
  title?: string
  timeline: {
    tracks: { id: string; height?: number }[]
    trackItems: TrackItem[]
    isRunEnabled: boolean
  }
  /** Seconds. */
  plannedRunTime: number
  estimatedVum: number
}

export interface DataItem {
  id: string
  assetId: string
  projectId: string
  companyId?: string
  dataItemName: string
  text: Record<string, unknown>[]
  isDeleted?: boolean
}

export interface TrackItemConfiguration {
  dataItemAssetId: string
  selectedRoles: string[]
  userCount: number
  authScriptId?: string
}

export interface RunIntegrationRequest {
  timelineAssetId?: string
  timelineName?: string
  projectId?: string
  dataItemAssetId?: string
  dataItemName?: string
  role?: string
  userCount?: number
  trackItems?: Record<string, TrackItemConfiguration>
}

export interface StartedTrackItem {
  trackItemId: string
  sequenceName: string
  region: string
}

export interface RunStarted {
  timelineId: string
  runId: string
  status: RunStatus
  estimatedVum: number
  plannedRunTime: number
  trackItems: StartedTrackItem[]
  pollResultUrl: string
  /** Optional fields of the answer that were malformed and left aside, one line each. */
  warnings?: string[]
}

export interface StepMetric {
  runId: string
  trackItemId: string
  stepId: string
  title: string
  errors: number
  requestsSent: number
  totalBodyBytesSent: number
  totalBytesReceived: number
  min: number
  max: number
  average: number
  median: number
  p90: number
  p95: number
  p99: number
}

export interface TrackItemMetrics {
  trackItemId: string
  metadata: StepMetric[]
}

export interface RunStatusResult {
  status: RunStatus
  metadata?: TrackItemMetrics[]
  excelReportUrl?: string
  aiAnalysisReportUrl?: string
  /** Optional parts of the answer that were malformed and left aside, one line each. */
  warnings?: string[]
}

export function isTerminal(status: RunStatus): status is TerminalStatus {
  return (TERMINAL_STATUSES as readonly string[]).includes(status)
}

export function isKnownActive(status: RunStatus): status is ActiveStatus {
  return (ACTIVE_STATUSES as readonly string[]).includes(status)
}
