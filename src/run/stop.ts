import { setTimeout as sleep } from 'node:timers/promises'
import type { LeapworkClient } from '../leapwork/client.js'
import { LeapworkError } from '../leapwork/errors.js'
import { isTerminal } from '../leapwork/types.js'
import type { RunStatusResult } from '../leapwork/types.js'
import type { Log } from '../log.js'

export interface StopOutcome {
  /** True when the server took the stop, or said there was nothing left to stop. */
  stopped: boolean
  /** The status polled after the stop, when it was terminal. */
  final?: RunStatusResult
}

/**
 * Stops a run the action gives up on, then polls for its final status (and its reports).
 * A 400 or 404 from stopIntegration means the run had already ended: nothing is left running.
 */
export async function stopRun(
  client: LeapworkClient,
  run: { runId: string; pollResultUrl: string },
  log: Log,
  options: { finalPolls?: number; pollSpacingMs?: number } = {}
): Promise<StopOutcome> {
  let stopped: boolean
  try {
    const answer = await client.stopIntegration(run.runId)
    log.info(`Stop requested for run ${run.runId}: ${answer}`)
    stopped = true
  } catch (error) {
    if (
      error instanceof LeapworkError &&
      (error.kind === 'bad-request' || error.kind === 'not-found')
    ) {
      log.info(`Run ${run.runId} had already ended: ${error.message}`)
      stopped = true
    } else {
      const reason = error instanceof Error ? error.message : String(error)
      log.error(
        `Could not stop run ${run.runId}: ${reason.replace(/\.$/, '')}. Stop it in the Leapwork Performance portal so it does not use more virtual-user time.`
      )
      return { stopped: false }
    }
  }
  return { stopped, final: await pollFinal(client, run.pollResultUrl, options) }
}

async function pollFinal(
  client: LeapworkClient,
  pollResultUrl: string,
  { finalPolls = 1, pollSpacingMs = 1000 }: { finalPolls?: number; pollSpacingMs?: number }
): Promise<RunStatusResult | undefined> {
  for (let poll = 1; poll <= finalPolls; poll++) {
    const result = await client
      .getTimelineStatus(pollResultUrl, { retry: false })
      .catch(() => undefined)
    if (result && isTerminal(result.status)) return result
    if (poll < finalPolls) await sleep(pollSpacingMs)
  }
  return undefined
}
