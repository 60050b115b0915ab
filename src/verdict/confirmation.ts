/**
 * `confirm-regressions: rerun`: when a verdict fails only on a few steps by a margin a single
 * spike could explain, the same load runs once more, and only steps that regress again against
 * the same history fail. Real run-to-run changes are heavy-tailed: most false alarms on real
 * histories are one-run spikes on one quiet step, back to normal on the next run.
 */

import type { RegressedStep, StepComparison, Verdict } from './types.js'
import { counted } from '../number-format.js'
import { decideVerdict } from './outcome.js'

/** What `confirm-regressions` accepts; `off` is the default. */
export const CONFIRM_MODES = ['off', 'rerun'] as const
export type ConfirmMode = (typeof CONFIRM_MODES)[number]

/**
 * More regressed steps than this is not a spike: a spike hits one step, or a handful at once when
 * the server hiccups, while a real slowdown of shared code moves many steps together.
 */
export const MAX_CONFIRMED_STEPS = 3

/**
 * A step's change may be at most this many times its limit to count as a possible spike. The limit
 * sits at the false-alarm budget of the step's own noise, so with heavy (t3-like) tails a spike
 * of a few times the limit is still plausible in one run; a step several times slower than its
 * limit allows (e.g. +300 % against a +18 % limit) is a change, not noise, and fails at once.
 */
export const SPIKE_MARGIN = 5

/** Why a failed verdict is not worth a second run, or undefined when it is. */
export type NoRerunReason =
  | 'not-failed'
  | 'thresholds-breached'
  | 'whole-run-regressed'
  | 'errors-regressed'
  | 'too-many-steps'
  | 'beyond-spike-margin'

/** A step of the first run's regressions, with what the second run showed of it. */
export interface ConfirmedStep {
  trackItemId: string
  stepId: string
  title: string
  /** The first run's change of p95, in percent, and the limit it went beyond. */
  firstPercent: number
  limitPercent?: number
  /** The second run's change of p95 against the same history, when the step was in it. */
  secondPercent?: number
}

/** What the confirmation run established, for the summary. */
export interface Confirmation {
  runId: string
  /** Virtual-user minutes the second run is estimated at: the extra cost of confirming. */
  extraVum: number
  /**
   * Steps that regressed in both runs (they fail) and in the first only (cleared as spikes); both
   * empty when the second run could not be judged.
   */
  confirmed: ConfirmedStep[]
  cleared: ConfirmedStep[]
  /** Why the second run could not be judged, when it could not: then the first verdict stands. */
  problem?: string
}

/**
 * Whether a failed verdict is worth a second run: it failed only on p95 regressions of at most
 * MAX_CONFIRMED_STEPS steps, each within SPIKE_MARGIN times its limit. Breached thresholds,
 * regressed errors and a whole-run regression are never rerun: they fail as they are.
 */
export function rerunDecision(verdict: Verdict): NoRerunReason | undefined {
  if (verdict.result !== 'failed') return 'not-failed'
  if (verdict.breaches.length > 0) return 'thresholds-breached'
  if ((verdict.baseline?.runRegressions.length ?? 0) > 0) return 'whole-run-regressed'
  if (verdict.regressions.some((step) => step.regressedOn !== 'p95')) return 'errors-regressed'
  if (verdict.regressions.length > MAX_CONFIRMED_STEPS) return 'too-many-steps'
  const limitOf = (step: RegressedStep) =>
    step.limitPercent ?? verdict.baseline?.maxRegressionPercent
  const spikeLike = (step: RegressedStep) => {
    const limit = limitOf(step)
    return limit !== undefined && limit > 0 && step.deltaPercent <= SPIKE_MARGIN * limit
  }
  if (!verdict.regressions.every(spikeLike)) return 'beyond-spike-margin'
  return undefined
}

export interface SecondRun {
  runId: string
  extraVum: number
  /** The second run's own verdict against the same history. */
  verdict: Verdict
  /** How many steps the first run has and criteria were set, for the combined verdict's reason. */
  stepCount: number
  criteriaCount: number
}

/**
 * The verdict after the second run: only steps that regressed on p95 in both runs fail; the
 * others are cleared as spikes. The first run's figures stay the record. A second run that
 * could not be judged (it did not finish) confirms nothing and clears nothing: the first
 * verdict stands.
 */
export function combineRuns(first: Verdict, second: SecondRun): Verdict {
  const secondSteps = new Map(
    (second.verdict.baseline?.steps ?? []).map((step) => [stepKey(step), step])
  )
  const judged = first.regressions.map((step) => judgedStep(step, secondSteps.get(stepKey(step))))
  const problem = second.verdict.result === 'error' ? second.verdict.reason : undefined
  const confirmation: Confirmation = {
    runId: second.runId,
    extraVum: second.extraVum,
    confirmed: judged.filter((step) => step.confirmed).map(withoutFlag),
    cleared: judged.filter((step) => !step.confirmed).map(withoutFlag)
  }
  if (problem !== undefined) {
    return { ...first, confirmation: { ...confirmation, confirmed: [], cleared: [], problem } }
  }
  if (first.baseline === undefined) return { ...first, confirmation }
  const cleared = new Set(confirmation.cleared.map(stepKey))
  const steps = first.baseline.steps.map((step) =>
    cleared.has(stepKey(step)) ? clearedComparison(step) : step
  )
  const verdict = decideVerdict({
    runStatus: 'Finished',
    breaches: first.breaches,
    comparison: { ...first.baseline, steps },
    baselineSet: true,
    stepCount: second.stepCount,
    criteriaCount: second.criteriaCount,
    checks: first.checks,
    unmadeChecks: first.unmadeChecks
  })
  return { ...verdict, reason: verdict.reason + confirmationSuffix(confirmation), confirmation }
}

/** The reason says what the confirmation run did, so the headline and the comment tell it too. */
function confirmationSuffix({ confirmed, cleared }: Confirmation): string {
  const parts: string[] = []
  if (confirmed.length > 0) parts.push(`${counted(confirmed.length, 'step', 'steps')} confirmed`)
  if (cleared.length > 0) parts.push(`${counted(cleared.length, 'spike', 'spikes')} cleared`)
  return ` (a confirmation run was made: ${parts.join(', ')})`
}

function judgedStep(
  step: RegressedStep,
  again: StepComparison | undefined
): ConfirmedStep & { confirmed: boolean } {
  return {
    trackItemId: step.trackItemId,
    stepId: step.stepId,
    title: step.title,
    firstPercent: step.deltaPercent,
    ...(step.limitPercent === undefined ? {} : { limitPercent: step.limitPercent }),
    ...(again?.deltaPercent === undefined ? {} : { secondPercent: again.deltaPercent }),
    confirmed: again?.regression === true && again.regressedOn === 'p95'
  }
}

function withoutFlag({ confirmed: _, ...step }: ConfirmedStep & { confirmed: boolean }) {
  return step
}

/** A step the second run cleared: its figures stay, it no longer counts as regressed. */
function clearedComparison(step: StepComparison): StepComparison {
  if (!step.regression) return step
  return { ...step, regression: false }
}

function stepKey(step: { trackItemId: string; stepId: string }): string {
  return `${step.trackItemId}\u0000${step.stepId}`
}
