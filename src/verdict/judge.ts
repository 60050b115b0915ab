import type { BaselineSetting } from '../inputs.js'
import type { Log } from '../log.js'
import type { RunMetrics } from '../metrics/model.js'
import { allSteps, readRunMetrics } from '../metrics/figures.js'
import { compareWithBaseline, medianBaseline } from './baseline.js'
import { checkCriteria, evaluateCriteria, unmatchedCriteria } from './evaluate.js'
import type { BaselineRunRef, Criterion, Verdict } from './types.js'
import { decideVerdict, NO_FIGURES } from './verdict.js'

export interface JudgeInput {
  metrics: RunMetrics
  /** Why the action gave up on the run, when it did (timeout, polling failed). */
  runProblem?: string
  criteria: Criterion[]
  baseline?: BaselineSetting
  maxRegressionPercent?: number
  noiseFloorMs: number
  /** Finds earlier runs for `baseline: auto`; kept apart because it needs GitHub. */
  findAutoBaseline?: (runs: number) => Promise<LoadedBaseline | undefined>
  log: Log
}

export interface LoadedBaseline {
  runs: RunMetrics[]
  refs: BaselineRunRef[]
}

/** The server gives figures, not a verdict: thresholds and the baseline decide. */
export async function judgeRun(input: JudgeInput): Promise<Verdict> {
  const { metrics, log } = input
  const breaches = evaluateCriteria(metrics, input.criteria)
  const stepCount = allSteps(metrics).length
  const unmadeChecks = [...unmadeCriteria(input, stepCount), ...unmadeRegressionLimit(input)]
  for (const check of unmadeChecks) log.warning(check, { title: 'Check not made' })
  const baseline = await loadBaseline(input)
  const comparison =
    baseline &&
    compareWithBaseline(metrics, medianBaseline(baseline.runs), {
      maxRegressionPercent: input.maxRegressionPercent,
      noiseFloorMs: input.noiseFloorMs,
      baselineRuns: baseline.refs
    })
  return decideVerdict({
    runStatus: metrics.status,
    runProblem: input.runProblem,
    breaches,
    comparison,
    stepCount,
    criteriaCount: input.criteria.length,
    checks: checkCriteria(metrics, input.criteria),
    unmadeChecks
  })
}

function unmadeCriteria(input: JudgeInput, stepCount: number): string[] {
  const { criteria } = input
  if (stepCount === 0 && criteria.length > 0) {
    const which =
      criteria.length === 1 ? 'The criterion was' : `None of the ${criteria.length} criteria was`
    return [`${which} checked: ${NO_FIGURES}.`]
  }
  return unmatchedCriteria(input.metrics, criteria).map(
    (criterion) =>
      `Threshold \`${criterion.source}\` matched no step of this run, so it was not checked.`
  )
}

function unmadeRegressionLimit(input: JudgeInput): string[] {
  if (input.maxRegressionPercent === undefined || input.baseline !== undefined) return []
  return [
    `"max-regression: ${input.maxRegressionPercent}" was not checked: no baseline is set. Set "baseline: auto" or the path of an earlier run's metrics.json.`
  ]
}

async function loadBaseline(input: JudgeInput): Promise<LoadedBaseline | undefined> {
  const { baseline, log } = input
  if (!baseline) return undefined
  if (baseline.kind === 'auto') return input.findAutoBaseline?.(baseline.runs)
  try {
    const metrics = await readRunMetrics(baseline.path)
    log.info(`Baseline: run ${metrics.runId} from ${baseline.path}`)
    return {
      runs: [metrics],
      refs: [
        {
          runId: metrics.runId,
          url: metrics.source?.workflowRunUrl,
          finishedAt: metrics.finishedAt
        }
      ]
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    log.warning(
      `The baseline could not be read, so the run is judged on thresholds alone: ${reason}`
    )
    return undefined
  }
}
