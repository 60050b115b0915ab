import type { Timeline, TrackItem, TrackItemConfiguration } from '../leapwork/types.js'

const MAX_LISTED_CHANGES = 5

/** Where a track item's virtual users come from. */
export type UsersSource = 'timeline' | 'user-count' | 'track-items'

export interface TrackItemUsage {
  trackItemId: string
  title: string
  region: string
  /** Peak virtual users: the timeline's load profile, or the users the inputs set. */
  users: number
  usersFrom: UsersSource
  /** Peak virtual users of the timeline's own load profile. */
  timelineUsers: number
}

/** What a run is expected to cost before it starts, and how that was worked out. */
export interface UsageEstimate {
  /** Virtual-user minutes, to one decimal; 0 when unknown. */
  vum: number
  /** No estimate could be made: the timeline gives none and has no load profile to make one from. */
  unknown?: boolean
  /** How the estimate was made, as a clause: "the timeline's own estimate", "…scaled…". */
  method: string
  trackItems: TrackItemUsage[]
  /** What a confirmation run (`confirm-regressions: rerun`) may add: the same load once more. */
  confirmationVum?: number
}

/** The most the run may cost: its estimate, plus a confirmation run when one may be made. */
export function worstCaseVum(usage: UsageEstimate): number {
  return oneDecimal(usage.vum + (usage.confirmationVum ?? 0))
}

export interface UsersSettings {
  userCount?: number
  trackItems?: Record<string, TrackItemConfiguration>
}

/** What the estimate starts from, before the inputs change the users. */
interface Basis {
  vum: number
  /** The clause when no users change. */
  whole: string
  /** The clause naming the figure that is scaled. */
  scaled: string
}

const NO_ESTIMATE = 'the timeline gives no estimate and has no load profile'

/**
 * The timeline's estimatedVum, scaled where the inputs change the users. Each track item's share of
 * the estimate follows its load profile (users held over time); a changed item's share grows or
 * shrinks with its peak users. A timeline without an estimate is estimated from its load profile.
 * A track-items entry wins over user-count, which counts for every other track item: the server
 * may apply it only with a data item, but a budget check should not assume users away.
 */
export function estimateUsage(timeline: Timeline, settings: UsersSettings): UsageEstimate {
  const items = timeline.timeline.trackItems
  const trackItems = items.map((item) => usageOf(item, settings))
  const profileMinutes = items.map(userMinutes)
  const totalProfileMinutes = profileMinutes.reduce((sum, minutes) => sum + minutes, 0)
  const basis = basisOf(timeline.estimatedVum, totalProfileMinutes)
  const changed = trackItems.filter((item) => item.usersFrom !== 'timeline').length
  const allChanged = changed > 0 && changed === trackItems.length
  if (!basis && !allChanged) return { vum: 0, unknown: true, method: NO_ESTIMATE, trackItems }
  if (basis && changed === 0) return { vum: oneDecimal(basis.vum), method: basis.whole, trackItems }
  const parts = trackItems.map((usage, index) => {
    const share =
      basis && totalProfileMinutes > 0
        ? (basis.vum * profileMinutes[index]) / totalProfileMinutes
        : 0
    return scaledShare(usage, share, items[index])
  })
  const vum = parts.reduce((sum, part) => sum + part.vum, 0)
  const changes = listed(parts.map((part) => part.change).filter((change) => change !== undefined))
  const from = basis
    ? `${basis.scaled}, scaled per track item by its virtual users against the timeline's peak`
    : NO_ESTIMATE
  return { vum: oneDecimal(vum), method: `${from}: ${changes}`, trackItems }
}

/** The inputs' limit against the estimate: a refusal naming both, or undefined when within it. */
export function overBudget(
  estimate: UsageEstimate,
  maxVum: number | undefined
): string | undefined {
  if (maxVum === undefined) return undefined
  if (estimate.unknown) {
    return `Input "max-vum" allows ${maxVum} VUM, but no estimate could be made for this run: ${estimate.method}. Nothing was started; set the users with "user-count" or "track-items" so they can be counted, or remove "max-vum".`
  }
  if (estimate.vum <= maxVum) return undefined
  return `Input "max-vum" allows ${maxVum} VUM, but this run is estimated at ${estimate.vum} VUM (${estimate.method}). Nothing was started; lower the users or raise "max-vum".`
}

function basisOf(timelineVum: number, profileMinutes: number): Basis | undefined {
  if (timelineVum > 0) {
    return {
      vum: timelineVum,
      whole: "the timeline's own estimate",
      scaled: `the timeline's estimate of ${oneDecimal(timelineVum)} VUM`
    }
  }
  if (profileMinutes > 0) {
    return {
      vum: profileMinutes,
      whole: "the timeline's load profile (the timeline gives no estimate)",
      scaled: `the timeline's load profile of ${oneDecimal(profileMinutes)} VUM (the timeline gives no estimate)`
    }
  }
  return undefined
}

function usageOf(item: TrackItem, settings: UsersSettings): TrackItemUsage {
  const timelineUsers = peakUsers(item)
  const configured = settings.trackItems?.[item.id]?.userCount
  const [users, usersFrom]: [number, UsersSource] =
    configured !== undefined
      ? [configured, 'track-items']
      : settings.userCount !== undefined
        ? [settings.userCount, 'user-count']
        : [timelineUsers, 'timeline']
  return {
    trackItemId: item.id,
    title: item.title,
    region: item.region,
    users,
    usersFrom,
    timelineUsers
  }
}

function scaledShare(
  usage: TrackItemUsage,
  share: number,
  item: TrackItem
): { vum: number; change?: string } {
  if (usage.usersFrom === 'timeline') return { vum: share }
  const { trackItemId: id, users, timelineUsers } = usage
  if (share > 0 && timelineUsers > 0) {
    const factor = users / timelineUsers
    return {
      vum: share * factor,
      change: `${id} ${timelineUsers} → ${users} users (×${Number(factor.toFixed(2))})`
    }
  }
  const minutes = Math.max(0, item.lengthTime) / 60
  return {
    vum: users * minutes,
    change: `${id} has no share of the timeline's estimate, so ${users} users for its full ${oneDecimal(minutes)} min`
  }
}

/** Virtual-user minutes of the load profile: each load point holds until the next one. */
function userMinutes(item: TrackItem): number {
  return item.load.reduce((total, point, index) => {
    const until = item.load[index + 1]?.time ?? item.lengthTime
    return total + (Math.max(0, point.load) * Math.max(0, until - point.time)) / 60
  }, 0)
}

function peakUsers(item: TrackItem): number {
  return Math.max(0, ...item.load.map((point) => point.load))
}

function listed(changes: string[]): string {
  const shown = changes.slice(0, MAX_LISTED_CHANGES).join(', ')
  const more = changes.length - MAX_LISTED_CHANGES
  return more > 0 ? `${shown} and ${more} more` : shown
}

function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10
}

/**
 * `user-count` without a data item may be ignored by the server (it applies it only when it builds
 * the configuration from a data item). Its own estimate tells: nearer the timeline's own load than
 * the plan's, the users were not applied. Returns the sentence that says so.
 */
export function ignoredUserCount(
  timeline: Timeline,
  usage: UsageEstimate,
  started: { runId: string; estimatedVum: number; plannedRunTime: number },
  settings: UsersSettings & { dataItem?: unknown }
): string | undefined {
  if (settings.userCount === undefined || settings.dataItem || settings.trackItems) return undefined
  const own = estimateUsage(timeline, {})
  if (usage.unknown || own.unknown || !(started.estimatedVum > 0)) return undefined
  const planned = timeline.plannedRunTime
  const timeScale = planned > 0 && started.plannedRunTime > 0 ? started.plannedRunTime / planned : 1
  const serverGap = (vum: number) => Math.abs(started.estimatedVum - vum * timeScale)
  if (serverGap(own.vum) >= serverGap(usage.vum)) return undefined
  return `Leapwork Performance did not apply "user-count: ${settings.userCount}": it estimates run ${started.runId} at ${started.estimatedVum} VUM, the timeline's own load (${own.vum} VUM), not the plan's ${usage.vum} VUM for ${settings.userCount} users per track item. Without a data item the server keeps the timeline's users, so this run and its metrics.json are of the timeline's own load. Add "data-item-id" or "data-item-name" for "user-count" to take effect.`
}
