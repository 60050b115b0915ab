import type { BaselineComparison, Breach, Verdict } from './types.js'

export interface VerdictInput {
  runStatus: string
  /** Why the run could not be judged, e.g. "timed out" or "API failure". */
  runProblem?: string
  breaches: Breach[]
  comparison?: BaselineComparison
  /** How many steps and criteria were checked, for the reason of a passed run. */
  stepCount?: number
  criteriaCount?: number
  /** Checks asked for that could not be made, each a sentence with the reason. */
  unmadeChecks?: string[]
}

/**
 * `error` when the run did not finish (any status but Finished, or a problem such as a timeout):
 * an infrastructure failure, told apart from `failed`, a performance one (a breached threshold or a
 * regressed step). Otherwise `passed`.
 */
export function decideVerdict(input: VerdictInput): Verdict {
  const regressions = input.comparison?.steps.filter((step) => step.regression) ?? []
  const runRegressions = input.comparison?.runRegressions ?? []
  const judged = {
    breaches: input.breaches,
    regressions,
    ...(input.comparison === undefined ? {} : { baseline: input.comparison }),
    unmadeChecks: input.unmadeChecks ?? []
  }
  const unfinished = runProblemReason(input.runStatus, input.runProblem)
  if (unfinished !== undefined) return { result: 'error', reason: unfinished, ...judged }
  if (input.breaches.length > 0 || regressions.length > 0 || runRegressions.length > 0) {
    return {
      result: 'failed',
      reason: failureReason(input.breaches, regressions.length, runRegressions.length),
      ...judged
    }
  }
  return { result: 'passed', reason: passReason(input), ...judged }
}

function runProblemReason(status: string, problem: string | undefined): string | undefined {
  if (problem !== undefined && problem !== '') return problem
  if (status.toLowerCase() !== 'finished') return `the run ended with status ${status}`
  return undefined
}

function failureReason(
  breaches: Breach[],
  regressionCount: number,
  runRegressionCount: number
): string {
  const parts: string[] = []
  if (breaches.length > 0) {
    const criteria = new Set(breaches.map((breach) => breach.criterion)).size
    const times = breaches.length > criteria ? ` (${breaches.length} breaches)` : ''
    parts.push(`${counted(criteria, 'threshold', 'thresholds')} breached${times}`)
  }
  if (regressionCount > 0) {
    parts.push(`${counted(regressionCount, 'step', 'steps')} regressed against the baseline`)
  }
  if (runRegressionCount > 0) parts.push('the whole run regressed against the baseline')
  return parts.join(', ')
}

function passReason(input: VerdictInput): string {
  const steps =
    input.stepCount === undefined ? 'all steps' : counted(input.stepCount, 'step', 'steps')
  const checks: string[] = []
  if (input.criteriaCount === undefined) checks.push('no threshold breached')
  else if (input.criteriaCount > 0) {
    checks.push(`${steps} within ${counted(input.criteriaCount, 'criterion', 'criteria')}`)
  }
  if (input.comparison !== undefined) checks.push('no regression against the baseline')
  if (checks.length === 0) return `passed: ${steps} finished; no thresholds or regression limit set`
  return `passed: ${checks.join(', ')}`
}

function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}
