/** The verdict's findings (breaches and regressions) as sentences, worst first, for annotations. */

import type { RunMetrics } from '../metrics/model.js'
import type { Breach, RunRegression, StepComparison, Verdict } from '../verdict/types.js'
import { p95Change } from './format.js'

export type FindingKind = 'breach' | 'regression'

export interface Finding {
  kind: FindingKind
  message: string
  /** How far the figure is past its reference, relative to it: 0.5 is 50% past. */
  severity: number
}

/** Every breach and regression, the furthest past its limit or baseline first. */
export function rankFindings(verdict: Verdict, metrics: RunMetrics): Finding[] {
  const trackItemTitles = new Map(metrics.trackItems.map((item) => [item.trackItemId, item.title]))
  const findings: Finding[] = [
    ...verdict.breaches.map(breachFinding),
    ...verdict.regressions.map((regression) =>
      regressionFinding(regression, trackItemTitles.get(regression.trackItemId))
    ),
    ...(verdict.baseline?.runRegressions ?? []).map(runRegressionFinding)
  ]
  return findings.sort((a, b) => b.severity - a.severity)
}

/** One sentence naming the step, its track item and the change of its p95. */
export function regressionMessage(regression: StepComparison, trackItemTitle?: string): string {
  const trackItem = trackItemTitle ?? regression.trackItemId
  return `Step "${regression.title}" (${trackItem}) regressed against the baseline: p95 ${p95Change(regression)}.`
}

function breachFinding(breach: Breach): Finding {
  const { limit } = breach.criterion
  return {
    kind: 'breach',
    message: breach.message,
    severity: Math.abs(breach.value - limit) / (Math.abs(limit) || 1)
  }
}

function regressionFinding(regression: StepComparison, trackItemTitle?: string): Finding {
  return {
    kind: 'regression',
    message: regression.message ?? regressionMessage(regression, trackItemTitle),
    severity: (regression.deltaPercent ?? 0) / 100
  }
}

function runRegressionFinding(regression: RunRegression): Finding {
  return {
    kind: 'regression',
    message: regression.message,
    severity: regression.changePercent / 100
  }
}
