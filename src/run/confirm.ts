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
import type { BaselineSetting, Settings } from '../inputs.js'
import { combineRuns, rerunDecision } from '../verdict/confirmation.js'
import type { BaselineSearch, HistorySource } from '../verdict/judge.js'
import type { Verdict } from '../verdict/types.js'

/** How a run ended, as the pipeline's wait reports it. */
interface RunEnd {
  /** Why the action gave up on the run (a timeout, failed polling), when it did. */
  problem?: string
}

/**
 * The pipeline's own stages, handed in so the second run is started, guarded (cancel, post
 * step, timeout) and judged exactly like the first.
 */
export interface ConfirmationInput<End extends RunEnd> {
  settings: Pick<Settings, 'confirmRegressions' | 'maxVum' | 'criteria'>
  firstRun: RunStarted
  firstMetrics: RunMetrics
  log: Log
  /** Starts the run, recorded for the post step and watched by the cancel guard. */
  start(): Promise<RunStarted>
  /** Waits for it to end, stopping it on a timeout. */
  wait(run: RunStarted): Promise<End>
  summarize(run: RunStarted, end: End, startedAt: Date): RunMetrics
  /** Judges figures against the same history as the first run, logging to `log`. */
  judge(metrics: RunMetrics, runProblem: string | undefined, log: Log): Promise<Verdict>
}

/** The verdict to publish: the first one, or the first combined with a confirmation run. */
export async function confirmRegressions<End extends RunEnd>(
  first: Verdict,
  input: ConfirmationInput<End>
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
  const startedAt = new Date()
  const second = await input.start()
  const end = await input.wait(second)
  const metrics = input.summarize(second, end, startedAt)
  const verdict = await input.judge(metrics, end.problem, withoutAnnotations(log))
  return combineRuns(first, {
    runId: second.runId,
    extraVum: second.estimatedVum,
    verdict,
    stepCount: allSteps(input.firstMetrics).length,
    criteriaCount: settings.criteria.length
  })
}

/** The first judgement already annotated what the history lacks: the second only logs it. */
function withoutAnnotations(log: Log): Log {
  return { ...log, notice: log.info, warning: log.info }
}

/**
 * The history found once and read for both runs: `baseline: auto` searches and downloads
 * earlier artifacts, which neither needs doing twice nor may differ between the two judgements.
 */
export function sameHistory(source: HistorySource): HistorySource {
  const found = new Map<string, Promise<BaselineSearch>>()
  return {
    find(baseline: BaselineSetting) {
      const key = JSON.stringify(baseline)
      const search = found.get(key) ?? source.find(baseline)
      found.set(key, search)
      return search
    },
    read: (file) => source.read(file)
  }
}
