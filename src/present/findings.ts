/** The verdict's findings (breaches and regressions) as sentences, worst first, for annotations. */

import type { Breach, RegressedStep, RunRegression, Verdict } from '../verdict/types.js'

export type FindingKind = 'breach' | 'regression'

export interface Finding {
  kind: FindingKind
  message: string
  /** How far the figure is past its reference, relative to it: 0.5 is 50% past. */
  severity: number
}

/** Every breach and regression, the furthest past its limit or baseline first. */
export function rankFindings(verdict: Verdict): Finding[] {
  const findings: Finding[] = [
    ...verdict.breaches.map(breachFinding),
    ...verdict.regressions.map(regressionFinding),
    ...(verdict.baseline?.runRegressions ?? []).map(runRegressionFinding)
  ]
  return findings.sort((a, b) => b.severity - a.severity)
}

function breachFinding(breach: Breach): Finding {
  const { limit } = breach.criterion
  return {
    kind: 'breach',
    message: breach.message,
    severity: Math.abs(breach.value - limit) / (Math.abs(limit) || 1)
  }
}

function regressionFinding(regression: RegressedStep): Finding {
  return {
    kind: 'regression',
    message: regression.message,
    severity: regression.deltaPercent / 100
  }
}

function runRegressionFinding(regression: RunRegression): Finding {
  return {
    kind: 'regression',
    message: regression.message,
    severity: regression.changePercent / 100
  }
}
