import { setTimeout as sleep } from 'node:timers/promises'
import type { LeapworkClient } from '../leapwork/client.js'
import { LeapworkError } from '../leapwork/errors.js'
import { isKnownActive, isTerminal } from '../leapwork/types.js'
import type { RunStarted, RunStatus, RunStatusResult } from '../leapwork/types.js'
import type { Log } from '../log.js'
import { formatDuration } from '../number-format.js'
import { monotonicMs } from './clock.js'
import { boundedStatus } from './status-word.js'

/** How long status polls may keep failing before the action gives up on the run (and stops it). */
export const OUTAGE_TOLERANCE_SECONDS = 120
/** Statuses the action does not know are each warned about once, up to this many. */
const MAX_WARNED_STATUSES = 10

export interface WaitOptions {
  pollIntervalSeconds: number
  timeoutSeconds: number
  /** Seconds of failing polls tolerated before giving up on the run. */
  outageToleranceSeconds?: number
  /** Seconds between progress lines while the status does not change. */
  progressEverySeconds?: number
  log: Log
}

export type WaitOutcome =
  | { kind: 'ended'; result: RunStatusResult; polls: number }
  | { kind: 'timed-out'; lastStatus: RunStatus; polls: number }
  | {
      kind: 'polling-failed'
      error: unknown
      lastStatus: RunStatus
      polls: number
      failedPolls: number
      outageSeconds: number
    }

/**
 * Polls the run until a terminal status, the timeout, or an outage longer than tolerated. Time is
 * measured on a monotonic clock; a failed poll waits as long as the server's Retry-After asks.
 */
export async function waitForRun(
  client: LeapworkClient,
  run: RunStarted,
  options: WaitOptions
): Promise<WaitOutcome> {
  const { log } = options
  const intervalMs = options.pollIntervalSeconds * 1000
  const toleranceMs = (options.outageToleranceSeconds ?? OUTAGE_TOLERANCE_SECONDS) * 1000
  const startedAt = monotonicMs()
  const deadline = startedAt + options.timeoutSeconds * 1000
  const progress = new ProgressReporter(run, log, startedAt, options.progressEverySeconds ?? 30)
  let lastStatus: RunStatus = boundedStatus(run.status)
  let polls = 0
  let failedPolls = 0
  let failingSince: number | undefined
  let nextPollInMs = intervalMs
  for (;;) {
    const untilDeadline = deadline - monotonicMs()
    // Decided before sleeping: a timer may fire a millisecond before the clock reaches the deadline.
    if (untilDeadline <= nextPollInMs) {
      if (untilDeadline > 0) await sleep(untilDeadline)
      return { kind: 'timed-out', lastStatus, polls }
    }
    await sleep(nextPollInMs)
    polls++
    try {
      const result = await client.getTimelineStatus(run.pollResultUrl, { retry: false })
      failedPolls = 0
      failingSince = undefined
      nextPollInMs = intervalMs
      lastStatus = boundedStatus(result.status)
      if (isTerminal(result.status)) return { kind: 'ended', result, polls }
      progress.report(lastStatus)
    } catch (error) {
      const now = monotonicMs()
      failedPolls++
      failingSince ??= now
      const outageMs = now - failingSince
      if (outageMs >= toleranceMs) {
        return {
          kind: 'polling-failed',
          error,
          lastStatus,
          polls,
          failedPolls,
          outageSeconds: outageMs / 1000
        }
      }
      const askedMs = error instanceof LeapworkError ? (error.retryAfterMs ?? 0) : 0
      nextPollInMs = Math.max(intervalMs, Math.min(askedMs, toleranceMs - outageMs))
      const reason = error instanceof Error ? error.message : String(error)
      const asked = askedMs > intervalMs ? ', as the server asked' : ''
      log.warning(
        `Status poll failed (${failedPolls} in a row, for ${seconds(outageMs)} of the ${seconds(toleranceMs)} tolerated); polling again in ${seconds(nextPollInMs)}${asked}: ${reason}`
      )
    }
  }
}

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Number((ms / 1000).toFixed(1))} s`
}

class ProgressReporter {
  private status: RunStatus
  private lastLineAt: number
  private readonly warnedStatuses = new Set<string>()

  constructor(
    private readonly run: RunStarted,
    private readonly log: Log,
    private readonly startedAt: number,
    private readonly everySeconds: number
  ) {
    this.status = boundedStatus(run.status)
    this.lastLineAt = startedAt
  }

  /** `status` is already bounded. */
  report(status: RunStatus): void {
    const now = monotonicMs()
    this.warnIfUnknown(status)
    if (status === this.status && now - this.lastLineAt < this.everySeconds * 1000) return
    this.status = status
    this.lastLineAt = now
    this.log.info(`${status}: ${this.elapsed(now)}`)
  }

  private warnIfUnknown(status: RunStatus): void {
    if (isKnownActive(status) || this.warnedStatuses.has(status)) return
    if (this.warnedStatuses.size >= MAX_WARNED_STATUSES) return
    this.warnedStatuses.add(status)
    const further =
      this.warnedStatuses.size === MAX_WARNED_STATUSES
        ? ` Further unknown statuses are not warned about.`
        : ''
    this.log.warning(
      `Leapwork Performance reported status "${status}", which this action does not know; it is treated as not finished.${further}`
    )
  }

  private elapsed(now: number): string {
    const elapsed = (now - this.startedAt) / 1000
    const planned = this.run.plannedRunTime
    if (!planned) return `${formatDuration(elapsed)} elapsed`
    const percent = Math.min(100, Math.round((elapsed / planned) * 100))
    return `${formatDuration(elapsed)} of ${formatDuration(planned)} planned (${percent}%)`
  }
}
