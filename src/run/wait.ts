import { setTimeout as sleep } from 'node:timers/promises'
import type { LeapworkClient } from '../leapwork/client.js'
import { isKnownActive, isTerminal } from '../leapwork/types.js'
import type { RunStarted, RunStatus, RunStatusResult } from '../leapwork/types.js'
import type { Log } from '../log.js'
import { formatDuration } from '../number-format.js'

/** Failed status polls in a row after which the action gives up on the run (and stops it). */
export const MAX_FAILED_POLLS = 5

export interface WaitOptions {
  pollIntervalSeconds: number
  timeoutSeconds: number
  /** Failed polls in a row tolerated before giving up on the run. */
  maxFailedPolls?: number
  /** Seconds between progress lines while the status does not change. */
  progressEverySeconds?: number
  log: Log
}

export type WaitOutcome =
  | { kind: 'ended'; result: RunStatusResult; polls: number }
  | { kind: 'timed-out'; lastStatus: RunStatus; polls: number }
  | { kind: 'polling-failed'; error: unknown; lastStatus: RunStatus; polls: number }

/** Polls the run until a terminal status, the timeout, or too many failed polls in a row. */
export async function waitForRun(
  client: LeapworkClient,
  run: RunStarted,
  options: WaitOptions
): Promise<WaitOutcome> {
  const { log, pollIntervalSeconds } = options
  const maxFailedPolls = options.maxFailedPolls ?? MAX_FAILED_POLLS
  const startedAt = Date.now()
  const deadline = startedAt + options.timeoutSeconds * 1000
  const progress = new ProgressReporter(run, log, startedAt, options.progressEverySeconds ?? 30)
  let lastStatus: RunStatus = run.status
  let polls = 0
  let failedPolls = 0
  for (;;) {
    const untilDeadline = deadline - Date.now()
    // Decided before sleeping: a timer may fire a millisecond before the clock reaches the deadline.
    if (untilDeadline <= pollIntervalSeconds * 1000) {
      if (untilDeadline > 0) await sleep(untilDeadline)
      return { kind: 'timed-out', lastStatus, polls }
    }
    await sleep(pollIntervalSeconds * 1000)
    polls++
    try {
      const result = await client.getTimelineStatus(run.pollResultUrl, { retry: false })
      failedPolls = 0
      lastStatus = result.status
      if (isTerminal(result.status)) return { kind: 'ended', result, polls }
      progress.report(result.status)
    } catch (error) {
      failedPolls++
      const reason = error instanceof Error ? error.message : String(error)
      if (failedPolls >= maxFailedPolls) {
        return { kind: 'polling-failed', error, lastStatus, polls }
      }
      log.warning(
        `Status poll ${failedPolls} of ${maxFailedPolls} in a row failed; trying again: ${reason}`
      )
    }
  }
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
    this.status = run.status
    this.lastLineAt = startedAt
  }

  report(status: RunStatus): void {
    const now = Date.now()
    if (!isKnownActive(status) && !this.warnedStatuses.has(status)) {
      this.warnedStatuses.add(status)
      this.log.warning(
        `Leapwork Performance reported status "${status}", which this action does not know; it is treated as not finished.`
      )
    }
    if (status === this.status && now - this.lastLineAt < this.everySeconds * 1000) return
    this.status = status
    this.lastLineAt = now
    this.log.info(`${status}: ${this.elapsed(now)}`)
  }

  private elapsed(now: number): string {
    const elapsed = (now - this.startedAt) / 1000
    const planned = this.run.plannedRunTime
    if (!planned) return `${formatDuration(elapsed)} elapsed`
    const percent = Math.min(100, Math.round((elapsed / planned) * 100))
    return `${formatDuration(elapsed)} of ${formatDuration(planned)} planned (${percent}%)`
  }
}
