/**
 * The words that explain the regression gate's decisions: the gate (regressions.ts) decides from numbers,
 * and every sentence a reader sees about those decisions is written here, once.
 */
import { counted, formatCount, formatMs, formatPercent } from '../number-format.js'
import type { ErrorCounts } from './error-regressions.js'
import { errorRate } from '../metrics/figures.js'
import type { PracticalMinimum } from './practical-minimum.js'
import type { StepNoise } from './types.js'

export interface StepName {
  title: string
  trackItemTitle: string
}

/** `+10% and 20 ms` */
export function practicalMinimumText(minimum: { percent?: number; ms: number }): string {
  const percent =
    minimum.percent === undefined ? '' : `${formatPercent(minimum.percent, { signed: true })} and `
  return `${percent}${formatMs(minimum.ms)}`
}

export function p95Message(
  step: StepName,
  change: { baselineP95: number; currentP95: number; deltaPercent: number; limitPercent?: number },
  minimum: PracticalMinimum
): string {
  const figures = `p95 ${formatMs(change.baselineP95)} → ${formatMs(change.currentP95)}, ${formatPercent(change.deltaPercent, { signed: true })}`
  const limit =
    change.limitPercent === undefined
      ? `no noise learnt yet, limit ${practicalMinimumText(minimum)}`
      : `limit ${formatPercent(change.limitPercent, { signed: true })} in this run`
  return `Step "${step.title}" (${step.trackItemTitle}): ${figures} (${limit}).`
}

export function stepErrorMessage(step: StepName, now: ErrorCounts, history: ErrorCounts): string {
  return `Step "${step.title}" (${step.trackItemTitle}): ${errorChange(now, history)}.`
}

export function runErrorMessage(now: ErrorCounts, history: ErrorCounts): string {
  return `The run's ${errorChange(now, history)}.`
}

export function runP95Message(steps: number, changePercent: number, limitPercent: number): string {
  const subject = steps === 1 ? 'The step is' : `All ${counted(steps, 'step', 'steps')} are`
  return `${subject} ${formatPercent(changePercent)} slower, beyond the whole run's limit of ${formatPercent(limitPercent, { signed: true })}.`
}

/** Why a step's p95 was not judged: its history cannot bound its noise. */
export function unboundedReason(step: StepName, noise: StepNoise): string {
  const spread = `its p95 moves ±${formatPercent(noise.spreadPercent)} between history runs`
  const extreme =
    noise.extreme === undefined
      ? ''
      : `; its history holds a ${formatPercent(noise.extreme.changePercent, { signed: true })} ${noise.extreme.changePercent > 0 ? 'spike' : 'drop'} in run ${noise.extreme.run.runId}`
  return `Step "${step.title}" (${step.trackItemTitle}) was not checked for a p95 regression: its history cannot bound its noise (${spread}${extreme}).`
}

/** The notice while the gate is learning the timeline's noise. */
export function learningNote(runs: number, needed: number, minimum: PracticalMinimum): string {
  const until =
    runs < 3
      ? `until 3 runs exist, a step is reported when its p95 grew by more than ${practicalMinimumText(minimum)}`
      : 'until then its limits are wide'
  return (
    `The regression gate is still learning: ${counted(runs, 'history run', 'history runs')}, it needs ` +
    `${formatCount(runs + needed)} (${formatCount(needed)} more). Regressions are reported as warnings and do not fail the step; ${until}.`
  )
}

function errorChange(now: ErrorCounts, history: ErrorCounts): string {
  return (
    `errors ${formatCount(now.errors)} of ${formatCount(now.requests)} requests (${formatPercent(errorRate(now.errors, now.requests))}), ` +
    `against ${formatPercent(errorRate(history.errors, history.requests))} in the history (${formatCount(history.errors)} of ${formatCount(history.requests)})`
  )
}
