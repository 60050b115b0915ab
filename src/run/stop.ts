import { setTimeout as sleep } from 'node:timers/promises'
import type { LeapworkClient } from '../leapwork/client.js'
import { isTerminal } from '../leapwork/types.js'
import type { RunStatus, RunStatusResult } from '../leapwork/types.js'
import type { Log } from '../log.js'
import { boundedStatus } from './status-word.js'
import { monotonicMs } from './clock.js'

export interface StopOutcome {
  /** True only when the run was seen in a terminal status after the stop. */
  stopped: boolean
  /** The terminal status polled after the stop. */
  final?: RunStatusResult
  /** The last status seen when the run was not seen to end. */
  lastStatus?: RunStatus
  /** The server answered the stop request with success (which alone proves nothing). */
  accepted?: boolean
  /** Why the run was not seen to end, when it was not. */
  problem?: string
}

export interface StopOptions {
  /** Stop requests sent, each followed by polls, until the run is seen to end. */
  attempts?: number
  /** Polls after each stop request. */
  pollsPerAttempt?: number
  pollSpacingMs?: number
  /** The whole stop's time, requests and waits included. */
  budgetMs?: number
}

const DEFAULTS = { attempts: 3, pollsPerAttempt: 2, pollSpacingMs: 1000, budgetMs: 30_000 }

/**
 * Stops a run the action gives up on. An answer to stopIntegration proves nothing (a server may
 * answer 400 "cannot be stopped while Preparing" and run on), so the stop counts only once a poll
 * shows the run in a terminal status; until then the stop is sent again, within its budget.
 */
export async function stopRun(
  client: LeapworkClient,
  run: { runId: string; pollResultUrl: string },
  log: Log,
  options: StopOptions = {}
): Promise<StopOutcome> {
  const { attempts, pollsPerAttempt, pollSpacingMs, budgetMs } = { ...DEFAULTS, ...options }
  const deadline = monotonicMs() + budgetMs
  const timeLeft = () => deadline - monotonicMs()
  let lastStatus: RunStatus | undefined
  let accepted = false
  let problem = 'no status poll answered'
  for (let attempt = 1; attempt <= attempts && timeLeft() > 0; attempt++) {
    if (!accepted) {
      const refusal = await requestStop(client, run.runId, log)
      accepted = refusal === undefined
      problem = refusal ?? problem
    }
    for (let poll = 1; poll <= pollsPerAttempt && timeLeft() > 0; poll++) {
      const result = await client
        .getTimelineStatus(run.pollResultUrl, { retry: false })
        .catch((error: unknown) => {
          if (accepted) problem = `the status poll failed: ${messageOf(error)}`
          return undefined
        })
      if (result && isTerminal(result.status)) return { stopped: true, final: result, accepted }
      if (result) {
        lastStatus = boundedStatus(result.status)
        problem = `the run still says ${lastStatus}`
      }
      if (timeLeft() > 0) await sleep(Math.min(pollSpacingMs, Math.max(0, timeLeft())))
    }
  }
  problem = problem.replace(/\.$/, '')
  log.info(`Run ${run.runId} was not seen to end after the stop: ${problem}.`)
  return { stopped: false, lastStatus, accepted, problem }
}

/** What a caller says of a stop that was not seen to take effect, as the start of a sentence. */
export function unconfirmedStop(runId: string, outcome: StopOutcome): string {
  return outcome.accepted
    ? `Run ${runId} was asked to stop, but no status showed it ended (${outcome.problem})`
    : `Stopping run ${runId} failed (${outcome.problem})`
}

/** Sends the stop; returns what went wrong, when something did. */
async function requestStop(
  client: LeapworkClient,
  runId: string,
  log: Log
): Promise<string | undefined> {
  try {
    const answer = await client.stopIntegration(runId)
    log.info(`Stop requested for run ${runId}: ${answer}`)
    return undefined
  } catch (error) {
    const reason = messageOf(error)
    log.info(`The stop request for run ${runId} failed: ${reason}`)
    return reason
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
