/**
 * `confirm-regressions: rerun`: a failure a single spike could explain starts the same load once
 * more, judged against the same history; only steps that regress in both runs fail. The first
 * run stays the record (its metrics.json, reports and artifact): the second run only confirms.
 */

import type { RunStarted } from '../leapwork/types.js'
import type { Log } from '../log.js'
import { allSteps } from '../metrics/figures.js'
import type { RunMetrics } from '../metrics/model.js'
import { noRerunText, rerunText } from '../present/confirmation.js'
import type { Settings } from '../inputs.js'
import { combineRuns, rerunDecision } from '../verdict/confirmation.js'
import type { Verdict } from '../verdict/types.js'

/** The confirmation run, started, awaited and summarized as the pipeline does its first run. */
export interface SecondRun {
  run: RunStarted
  metrics: RunMetrics
  /** Why the action gave up on it (a timeout, failed polling), when it did. */
  problem?: string
}

/**
 * The pipeline's own stages, handed in so the second run is started, guarded (cancel, post
 * step, timeout) and judged exactly like the first.
 */
export interface ConfirmationInput {
  settings: Pick<Settings, 'confirmRegressions' | 'maxVum' | 'criteria'>
  firstRun: RunStarted
  firstMetrics: RunMetrics
  log: Log
  /** Starts the same load again, recorded for the post step and watched by the cancel guard. */
  rerun(): Promise<SecondRun>
  /** Judges figures against the same history as the first run, logging to `log`. */
  judge(metrics: RunMetrics, runProblem: string | undefined, log: Log): Promise<Verdict>
}

/** The verdict to publish: the first one, or the first combined with a confirmation run. */
export async function confirmRegressions(
  first: Verdict,
  input: ConfirmationInput
): Promise<Verdict> {
  const { settings, log, firstRun } = input
  if (settings.confirmRegressions === 'off') return first
  const reason = rerunDecision(first)
  if (reason !== undefined) {
    if (reason !== 'not-failed') log.info(noRerunText(reason))
    return first
  }
  if (settings.maxVum !== undefined && firstRun.estimatedVum * 2 > settings.maxVum) {
    log.info(noRerunText('over-budget'))
    return first
  }
  log.info(rerunText(first.regressions.length))
  const second = await input.rerun()
  const verdict = await input.judge(second.metrics, second.problem, withoutAnnotations(log))
  return combineRuns(first, {
    runId: second.run.runId,
    extraVum: second.run.estimatedVum,
    verdict,
    stepCount: allSteps(input.firstMetrics).length,
    criteriaCount: settings.criteria.length
  })
}

/** The first judgement already annotated what the history lacks: the second only logs it. */
function withoutAnnotations(log: Log): Log {
  return { ...log, notice: log.info, warning: log.info }
}
