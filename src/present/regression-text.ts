/** Sentences about the comparison with the history, in plain text, for the verdict's view. */

import { MIN_CALIBRATED_RUNS } from '../verdict/gate.js'
import type { BaselineComparison } from '../verdict/types.js'
import { counted, formatCount, formatMs, formatPercent } from '../number-format.js'

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
  const gate = baseline.calibrated
    ? `false alarms at most ${formatPercent(baseline.falseAlarmRate)} of unchanged runs`
    : `⚠️ uncalibrated: the noise is learnt from ${MIN_CALIBRATED_RUNS} runs, ${MIN_CALIBRATED_RUNS - baseline.runs.length} more needed`
  return [gate, `practical minimum ${practicalMinimum(baseline)}`]
}

function practicalMinimum(baseline: BaselineComparison): string {
  const percent =
    baseline.maxRegressionPercent === undefined
      ? ''
      : `${formatPercent(baseline.maxRegressionPercent, { signed: true })} and `
  return `${percent}${formatMs(baseline.noiseFloorMs)}`
}
