import type { StartedTrackItem, TrackItem } from '../src/leapwork/types.js'
import { virtualUserMinutes, type FixtureTimeline } from './fixtures.js'
import type { Scenario } from './scenario.js'

const GENERATED_REGIONS = ['westeurope', 'eastus', 'northeurope', 'westus2', 'southeastasia']

/** A run the simulator started, as tests see it. */
export interface SimulatedRun {
  runId: string
  timelineId: string
  /** The parsed runIntegration body. */
  body: Record<string, unknown>
  trackItems: StartedTrackItem[]
  plannedRunTime: number
  estimatedVum: number
  startedAt: number
  /** getTimelineStatus requests for this run. */
  polls: number
  /** The canonical status of the latest answer (Preparing before the first poll). */
  status: string
  stopped: boolean
  /** A terminal status was answered. */
  ended: boolean
  /** The terminal answer carried metrics and report URLs, so the report endpoints serve them. */
  hasReports: boolean
  /** getAiAnalysis not-ready answers given, per track item. */
  aiNotReadyAnswers: Map<string, number>
}

/** The run's track items: the timeline's, cut or extended with generated ones to trackItemCount. */
export function runTrackItems(timeline: FixtureTimeline, scenario: Scenario): StartedTrackItem[] {
  const own = timeline.timeline.trackItems.map((item) => ({
    trackItemId: item.id,
    sequenceName: scenario.trackItemTitles?.[item.id] ?? item.title,
    region: item.region
  }))
  const count = scenario.trackItemCount ?? own.length
  return Array.from(
    { length: count },
    (_, index) =>
      own[index] ?? {
        trackItemId: `ti_gen_${String(index + 1).padStart(4, '0')}`,
        sequenceName: `Generated Flow ${index + 1}`,
        region: GENERATED_REGIONS[index % GENERATED_REGIONS.length]
      }
  )
}

export function createRun(
  runId: string,
  timeline: FixtureTimeline,
  body: Record<string, unknown>,
  trackItems: StartedTrackItem[],
  scenario: Scenario
): SimulatedRun {
  const plannedRunTime = scenario.plannedRunTime ?? timeline.plannedRunTime
  return {
    runId,
    timelineId: timeline.assetId,
    body,
    trackItems,
    plannedRunTime,
    estimatedVum: scenario.estimatedVum ?? serverEstimate(timeline, body, plannedRunTime),
    startedAt: Date.now(),
    polls: 0,
    status: 'Preparing',
    stopped: false,
    ended: false,
    hasReports: false,
    aiNotReadyAnswers: new Map()
  }
}

/** The users a runIntegration body sets, once the simulator has checked it. */
interface UsersBody {
  dataItemAssetId?: string
  dataItemName?: string
  userCount?: number
  trackItems?: Record<string, { userCount?: number }>
}

/**
 * The server's own estimate: the timeline's, each track item's share scaled by the users the body
 * gives it, and stretched to the planned run time. A trackItems entry sets an item's users;
 * userCount counts only where the server builds the configuration, that is with a data item.
 */
function serverEstimate(
  timeline: FixtureTimeline,
  body: UsersBody,
  plannedRunTime: number
): number {
  const items = timeline.timeline.trackItems
  const minutes = items.map(virtualUserMinutes)
  const profile = minutes.reduce((sum, value) => sum + value, 0)
  const scaled = items.reduce(
    (sum, item, index) => sum + minutes[index] * usersFactor(item, body),
    0
  )
  const usersScale = profile > 0 ? scaled / profile : 1
  const timeScale = timeline.plannedRunTime > 0 ? plannedRunTime / timeline.plannedRunTime : 0
  return Math.round(timeline.estimatedVum * usersScale * timeScale)
}

function usersFactor(item: TrackItem, body: UsersBody): number {
  const peak = Math.max(0, ...item.load.map((point) => point.load))
  const hasDataItem = body.dataItemAssetId !== undefined || body.dataItemName !== undefined
  const users = body.trackItems
    ? body.trackItems[item.id]?.userCount
    : hasDataItem
      ? body.userCount
      : undefined
  return users === undefined || peak === 0 ? 1 : users / peak
}

/** The canonical status the run's next poll answers; the caller has already counted the poll. */
export function statusOfPoll(run: SimulatedRun, scenario: Scenario): string {
  if (run.ended) return run.status
  if (run.stopped) return 'Stopped'
  const poll = run.polls
  const neverEnds = scenario.neverEnds || (scenario.neverEndingRuns?.includes(run.runId) ?? false)
  const sequence = scenario.statusSequence
  if (sequence) {
    if (poll <= sequence.length) return sequence[poll - 1]
    return neverEnds ? 'Running' : scenario.finalStatus
  }
  if (!neverEnds && poll >= scenario.pollsUntilTerminal) return scenario.finalStatus
  if (poll <= scenario.pollsUntilRunning) return poll % 2 === 1 ? 'Preparing' : 'Authenticating'
  return 'Running'
}

export function applyCase(status: string, scenario: Scenario): string {
  if (scenario.statusCase === 'lower') return status.toLowerCase()
  if (scenario.statusCase === 'upper') return status.toUpperCase()
  return status
}
