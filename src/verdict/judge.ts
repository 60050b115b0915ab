import type { BaselineSetting } from '../inputs.js'
import type { Log } from '../log.js'
import type { RunMetrics } from '../metrics/model.js'
import { allSteps, readRunMetrics } from '../metrics/figures.js'
import { compareWithBaseline, medianBaseline } from './baseline.js'
import { evaluateCriteria, unmatchedCriteria } from './evaluate.js'
import type { BaselineRunRef, Criterion, Verdict } from './types.js'
import { decideVerdict } from './verdict.js'

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
  for (const criterion of unmatchedCriteria(metrics, input.criteria)) {
    log.warning(`Threshold "${criterion.source}" matched no step of this run.`)
  }
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
    stepCount: allSteps(metrics).length,
    criteriaCount: input.criteria.length
  })
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
