import { counted } from '../number-format.js'
import type { BaselineComparison, Breach, CriterionCheck, Verdict } from './types.js'

export interface VerdictInput {
  runStatus: string
  /** Why the run could not be judged, e.g. "timed out" or "API failure". */
  runProblem?: string
  breaches: Breach[]
  comparison?: BaselineComparison
  /** Whether a baseline was asked for, even when none was found: then there is something to judge. */
  baselineSet?: boolean
  /** How many steps the run has and criteria were set, for the reason of a passed run. */
  stepCount?: number
  criteriaCount?: number
  checks?: CriterionCheck[]
  /** Checks the user asked for that could not be made, each a sentence with the reason. */
  unmadeChecks?: string[]
}

export const NO_FIGURES = 'the run reported no figures'

/**
 * `error` when the run did not finish (any status but Finished, or a problem such as a timeout)
 * or finished without figures to judge: an infrastructure failure, told apart from `failed`, a
 * performance one (a breached threshold or a regressed step). Otherwise `passed`. The reason says
 * when a requested check could not be made, so a gate that is off never reads as a clean pass.
 */
export function decideVerdict(input: VerdictInput): Verdict {
  const regressions = input.comparison?.steps.filter((step) => step.regression) ?? []
  const unmadeChecks = input.unmadeChecks ?? []
  const runRegressions = input.comparison?.runRegressions ?? []
  const judged = {
    breaches: input.breaches,
    regressions,
    ...(input.comparison === undefined ? {} : { baseline: input.comparison }),
    checks: input.checks ?? [],
    unmadeChecks
  }
  const withUnmade = (reason: string) => reason + unmadeSuffix(unmadeChecks.length)
  const unfinished = runProblemReason(input.runStatus, input.runProblem) ?? noFiguresReason(input)
  if (unfinished !== undefined)
    return { result: 'error', reason: withUnmade(unfinished), ...judged }
  const learning = input.comparison?.learning
  const failing = learning === undefined ? regressions.length + runRegressions.length : 0
  if (input.breaches.length > 0 || failing > 0) {
    return {
      result: 'failed',
      reason: withUnmade(
        failureReason(
          input.breaches,
          failing > 0 ? regressions.length : 0,
          failing > 0 ? runRegressions.length : 0
        )
      ),
      ...judged
    }
  }
  return { result: 'passed', reason: withUnmade(passReason(input)), ...judged }
}

function runProblemReason(status: string, problem: string | undefined): string | undefined {
  if (problem !== undefined && problem !== '') return problem
  if (status.toLowerCase() !== 'finished') return `the run ended with status ${status}`
  return undefined
}

function noFiguresReason(input: VerdictInput): string | undefined {
  return input.stepCount === 0 && somethingToJudge(input) ? NO_FIGURES : undefined
}

function somethingToJudge(input: VerdictInput): boolean {
  return (
    (input.criteriaCount ?? 0) > 0 || input.baselineSet === true || input.comparison !== undefined
  )
}

function unmadeSuffix(count: number): string {
  if (count === 0) return ''
  return count === 1
    ? '; 1 requested check could not be made'
    : `; ${count} requested checks could not be made`
}

function failureReason(
  breaches: Breach[],
  regressionCount: number,
  runRegressionCount: number
): string {
  const parts: string[] = []
  if (breaches.length > 0) {
    const criteria = new Set(breaches.map((breach) => breach.criterion)).size
    const times =
      breaches.length > criteria ? ` (${counted(breaches.length, 'breach', 'breaches')})` : ''
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
  const held = heldCriteria(input)
  if (held === undefined) checks.push('no threshold breached')
  else if (held > 0) checks.push(`${counted(held, 'criterion', 'criteria')} held on ${steps}`)
  const comparison = input.comparison
  if (comparison?.learning !== undefined && comparison.comparedSteps > 0) {
    checks.push(learningReason(comparison))
  } else if ((comparison?.comparedSteps ?? 0) > 0) {
    checks.push('no step regressed against the baseline')
  }
  if (checks.length > 0) return checks.join(', ')
  const requested = somethingToJudge(input) || (input.unmadeChecks ?? []).length > 0
  return requested
    ? `${steps} finished`
    : `${steps} finished; no thresholds or regression limit set`
}

/** The criteria checked on at least one figure: one that matched nothing neither held nor broke. */
function heldCriteria(input: VerdictInput): number | undefined {
  if (input.checks === undefined) return input.criteriaCount
  return input.checks.filter((check) => check.checkedOn > 0).length
}

/** A learning gate's findings are warnings: say so, and how many more runs it needs. */
function learningReason(comparison: BaselineComparison): string {
  const found =
    comparison.steps.filter((step) => step.regression).length + comparison.runRegressions.length
  const needed = comparison.learning?.needed ?? 0
  const learning = `the regression gate is still learning (${counted(needed, 'more history run', 'more history runs')} needed)`
  return found === 0
    ? `no step regressed against the baseline; ${learning}`
    : `${counted(found, 'possible regression', 'possible regressions')} reported as warnings: ${learning}`
}
