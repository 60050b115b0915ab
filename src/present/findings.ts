/** The verdict's findings (breaches and regressions), worst first: one list every drawing shares. */

import { formatMs, formatPercent } from '../number-format.js'
import { formatMetric } from '../verdict/threshold-grammar.js'
import type { Breach, RegressedStep, RunRegression, Verdict } from '../verdict/types.js'

export type FindingKind = 'breach' | 'regression'

export interface Finding {
  kind: FindingKind
  /** One plain-text sentence naming the step, the figure and its limit or baseline. */
  message: string
  /** How far the figure is past its reference, relative to it: 0.5 is 50% past. */
  severity: number
  /** The step it concerns; absent for the whole run or a track item's totals. */
  step?: { trackItemId?: string; stepId: string }
  /** The figures behind the sentence, one per line, e.g. for a JUnit failure. */
  details: string
  /** False for a regression found while the gate is still learning: it is shown, and fails nothing. */
  blocking: boolean
}

/** Every breach and regression, the furthest past its limit or baseline first. */
export function rankFindings(verdict: Verdict): Finding[] {
  const blocking = verdict.baseline?.learning === undefined
  const regressions = [
    ...verdict.regressions.map(regressionFinding),
    ...(verdict.baseline?.runRegressions ?? []).map(runRegressionFinding)
  ].map((finding) => ({ ...finding, blocking }))
  const findings: Finding[] = [...verdict.breaches.map(breachFinding), ...regressions]
  return findings.sort((a, b) => b.severity - a.severity)
}

function breachFinding(breach: Breach): Finding {
  const { criterion, value } = breach
  return {
    kind: 'breach',
    blocking: true,
    message: breach.message,
    severity: Math.abs(value - criterion.limit) / (Math.abs(criterion.limit) || 1),
    ...(breach.stepId === undefined
      ? {}
      : { step: { trackItemId: breach.trackItemId, stepId: breach.stepId } }),
    details: `Criterion: ${criterion.source}\nMeasured ${criterion.metric}: ${formatMetric(criterion.metric, value)}`
  }
}

function regressionFinding(regression: RegressedStep): Omit<Finding, 'blocking'> {
  const limit =
    regression.limitPercent === undefined
      ? ''
      : `\nLimit in this run: ${formatPercent(regression.limitPercent, { signed: true })}`
  return {
    kind: 'regression',
    message: regression.message,
    severity: regression.deltaPercent / 100,
    step: { trackItemId: regression.trackItemId, stepId: regression.stepId },
    details: `Baseline p95 → current p95: ${p95Change(regression)}${limit}`
  }
}

function runRegressionFinding(regression: RunRegression): Omit<Finding, 'blocking'> {
  return {
    kind: 'regression',
    message: regression.message,
    severity: regression.changePercent / 100,
    details: regression.message
  }
}

/** `120 ms → 180 ms (+60 ms, +50%)` */
function p95Change(comparison: RegressedStep): string {
  const from = formatMs(comparison.baselineP95)
  const to = formatMs(comparison.currentP95)
  const deltaMs = formatMs(comparison.deltaMs, { signed: true })
  const deltaPercent = formatPercent(comparison.deltaPercent, { signed: true })
  return `${from} → ${to} (${deltaMs}, ${deltaPercent})`
}
