/** Sentences about the comparison with the history, in plain text, for the verdict's view. */

import { practicalMinimumText } from '../verdict/regression-words.js'
import type { BaselineComparison } from '../verdict/types.js'
import { counted, formatCount, formatPercent } from '../number-format.js'
import { truncate } from './markdown.js'

/** `Compared 98 steps with 10 history runs: 2 regressed; the rest stayed within their limits.` */
export function comparedLine(baseline: BaselineComparison): string {
  const regressions = baseline.steps.filter((step) => step.regression).length
  const steps = counted(baseline.comparedSteps, 'step', 'steps')
  const runs = counted(baseline.runs.length, 'history run', 'history runs')
  if (baseline.comparedSteps === 0)
    return `No step of this run is in the ${runs}: none was compared.`
  const rest = baseline.calibrated
    ? regressions === 0
      ? 'all stayed within their limits'
      : `${formatCount(regressions)} regressed; the rest stayed within their limits`
    : regressions === 0
      ? `none grew by more than ${practicalMinimum(baseline)}`
      : `${formatCount(regressions)} grew by more than ${practicalMinimum(baseline)}`
  const whole =
    baseline.runChangePercent === undefined || baseline.runLimitPercent === undefined
      ? ''
      : ` The run as a whole: ${formatPercent(baseline.runChangePercent, { signed: true })} ` +
        `(limit ${formatPercent(baseline.runLimitPercent, { signed: true })}).`
  return `Compared ${steps} with ${runs}: ${rest}.${whole}`
}

/** `false alarms at most 1% of unchanged runs`, `practical minimum +10% and 20 ms`: how it judges. */
export function historyFacts(baseline: BaselineComparison): string[] {
  const gate =
    baseline.learning === undefined
      ? `false alarms at most ${formatPercent(baseline.falseAlarmRate)} of unchanged runs`
      : `⚠️ still learning: ${counted(baseline.learning.needed, 'more run', 'more runs')} needed before a regression fails the step`
  return [gate, `practical minimum ${practicalMinimum(baseline)}`]
}

function practicalMinimum(baseline: BaselineComparison): string {
  return practicalMinimumText({ percent: baseline.maxRegressionPercent, ms: baseline.noiseFloorMs })
}

/**
 * What the noise model found that a reader should know: spiky noise classes whose limits are
 * widened, steps whose history cannot bound their noise, steps judged from a new level.
 */
export function noiseLines(baseline: BaselineComparison): string[] {
  const lines = (baseline.spikyClasses ?? []).map(
    (spiky) =>
      `⚠️ Spiky history: ${counted(spiky.steps, 'step', 'steps')} of spread ${formatPercent(spiky.lowestSpreadPercent)}–${formatPercent(spiky.highestSpreadPercent)} show spikes, so their limits are widened ×${spiky.tailWeight.toFixed(1)}.`
  )
  const unbounded = baseline.steps.filter((step) => step.notChecked !== undefined)
  for (const step of unbounded.slice(0, 5)) lines.push(`⚠️ Not checked: ${step.notChecked ?? ''}`)
  if (unbounded.length > 5)
    lines.push(`…and ${formatCount(unbounded.length - 5)} more steps not checked.`)
  const shifted = baseline.steps.filter((step) => step.noise?.levelSince !== undefined)
  if (shifted.length > 0) {
    lines.push(
      `${counted(shifted.length, 'step is', 'steps are')} judged against a new level held since a shift (e.g. "${truncate(shifted[0].title, 80)}" since run ${shifted[0].noise?.levelSince?.runId ?? ''}).`
    )
  }
  if (baseline.runLevelSince !== undefined) {
    lines.push(
      `The whole run is judged against its new level, held since run ${baseline.runLevelSince.runId}.`
    )
  }
  return lines
}
