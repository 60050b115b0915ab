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
  let lastProblem = 'the run was not seen to end'
  for (let attempt = 1; attempt <= attempts && timeLeft() > 0; attempt++) {
    const problem = await requestStop(client, run.runId, log)
    if (problem) lastProblem = problem
    for (let poll = 1; poll <= pollsPerAttempt && timeLeft() > 0; poll++) {
      const result = await client
        .getTimelineStatus(run.pollResultUrl, { retry: false })
        .catch(() => undefined)
      if (result && isTerminal(result.status)) return { stopped: true, final: result }
      if (result) {
        lastStatus = boundedStatus(result.status)
        lastProblem = `the run still says ${lastStatus}`
      }
      if (timeLeft() > 0) await sleep(Math.min(pollSpacingMs, Math.max(0, timeLeft())))
    }
  }
  log.error(
    `Could not stop run ${run.runId}: ${lastProblem.replace(/\.$/, '')}. Stop it in the Leapwork Performance portal so it does not use more virtual-user time.`
  )
  return { stopped: false, lastStatus }
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
    const reason = error instanceof Error ? error.message : String(error)
    log.info(`The stop request for run ${runId} failed: ${reason}`)
    return reason
  }
}
