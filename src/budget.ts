/**
 * What a run may cost: the plan's estimate is refused over `max-vum` before anything starts, and a
 * run the server itself estimates over `max-vum` is stopped at once.
 */

import type { LeapworkClient } from './leapwork/client.js'
import type { RunStarted } from './leapwork/types.js'
import { actionsLog as log } from './github/log.js'
import { runState } from './github/state.js'
import { setOutput } from './github/outputs.js'
import { core } from './github/toolkit.js'
import { overBudget, worstCaseVum, type UsageEstimate } from './run/estimate.js'
import type { RunGuard } from './run/guard.js'
import { PlanError } from './run/resolve.js'
import { stopRun, unconfirmedStop } from './run/stop.js'
import type { ConfirmMode } from './verdict/confirmation.js'

/** With `confirm-regressions: rerun` the same load may run once more: the budget counts it. */
export function withConfirmationRun(usage: UsageEstimate, mode: ConfirmMode): UsageEstimate {
  if (mode === 'off' || usage.unknown) return usage
  return { ...usage, confirmationVum: usage.vum }
}

export function refuseOverBudget(usage: UsageEstimate, maxVum: number | undefined): void {
  const refusal = overBudget(usage, maxVum) ?? confirmationOverBudget(usage, maxVum)
  if (!refusal) return
  setEstimateOutput(usage)
  throw new PlanError(refusal)
}

function confirmationOverBudget(
  usage: UsageEstimate,
  maxVum: number | undefined
): string | undefined {
  if (maxVum === undefined || usage.confirmationVum === undefined) return undefined
  if (worstCaseVum(usage) <= maxVum) return undefined
  return `Input "max-vum" allows ${maxVum} VUM, but this run is estimated at ${usage.vum} VUM and "confirm-regressions: rerun" may run the same load once more, ${worstCaseVum(usage)} VUM in all. Nothing was started; raise "max-vum" or set "confirm-regressions: off".`
}

/** An estimate that could not be made leaves `estimated-vum` empty rather than 0. */
export function setEstimateOutput(usage: UsageEstimate): void {
  if (!usage.unknown) setOutput('estimated-vum', usage.vum)
}

export function isOverBudget(run: RunStarted, maxVum: number | undefined): maxVum is number {
  return maxVum !== undefined && run.estimatedVum > maxVum
}

/** The server's own estimate is over the limit: the run is stopped before it costs more. */
export async function stopOverBudget(
  client: LeapworkClient,
  run: RunStarted,
  { usage, maxVum }: { usage: UsageEstimate; maxVum: number },
  guard: RunGuard
): Promise<void> {
  const overLimit = `Leapwork Performance estimates run ${run.runId} at ${run.estimatedVum} VUM, over "max-vum" ${maxVum} VUM (the plan estimated ${usage.vum} VUM)`
  log.info(`${overLimit}: stopping it before it costs more.`)
  const stop = await stopRun(client, run, log)
  if (stop.stopped) {
    guard.markEnded()
    runState.recordEnded()
  }
  setOutput('result', 'error')
  setOutput('status', stop.final?.status ?? stop.lastStatus ?? run.status)
  core.setFailed(
    stop.stopped
      ? `${overLimit}; the run was stopped at once.`
      : `${overLimit}. ${unconfirmedStop(run.runId, stop)}: stop it in the Leapwork Performance portal.`
  )
}
