import { describe, expect, it } from '@jest/globals'
import {
  combineRuns,
  MAX_CONFIRMED_STEPS,
  rerunDecision,
  SPIKE_MARGIN
} from '../../src/verdict/confirmation.js'
import type {
  BaselineComparison,
  RegressedStep,
  StepComparison,
  Verdict
} from '../../src/verdict/types.js'
import { decideVerdict } from '../../src/verdict/outcome.js'
import { runErrorRateBreach } from '../present/factory.js'

const BASE_P95 = 100

/** A step of the history's comparison, `percent` slower than its level, with a +20 % limit. */
function step(index: number, percent: number, limitPercent = 20): StepComparison {
  const figures = {
    kind: 'matched' as const,
    trackItemId: 'ti_1',
    stepId: `step_${index}`,
    title: `GET /api/${index}`,
    currentP95: BASE_P95 * (1 + percent / 100),
    baselineP95: BASE_P95,
    deltaMs: percent,
    deltaPercent: percent,
    limitPercent,
    improvement: false
  }
  if (percent <= limitPercent) return { ...figures, regression: false }
  return { ...figures, regression: true, regressedOn: 'p95', message: `step ${index} regressed` }
}

function judged(steps: StepComparison[], extra: Partial<BaselineComparison> = {}): Verdict {
  return decideVerdict({
    runStatus: 'Finished',
    breaches: [],
    comparison: {
      runs: [{ runId: 'run_h1' }, { runId: 'run_h2' }, { runId: 'run_h3' }],
      noiseFloorMs: 20,
      falseAlarmRate: 1,
      calibrated: true,
      comparedSteps: steps.length,
      runRegressions: [],
      trend: [],
      steps,
      ...extra
    },
    baselineSet: true,
    stepCount: steps.length
  })
}

function second(verdict: Verdict) {
  return { runId: 'run_2', extraVum: 105, verdict, stepCount: 6, criteriaCount: 0 }
}

describe('whether a failed verdict is worth a confirmation run', () => {
  it('reruns one step that regressed by a margin a spike could explain', () => {
    expect(rerunDecision(judged([step(1, 45), step(2, 3), step(3, -2)]))).toBeUndefined()
  })

  it('never reruns a passed verdict', () => {
    expect(rerunDecision(judged([step(1, 5)]))).toBe('not-failed')
  })

  it('reruns up to the named number of steps, not more', () => {
    const few = Array.from({ length: MAX_CONFIRMED_STEPS }, (_, i) => step(i, 40))
    const many = Array.from({ length: MAX_CONFIRMED_STEPS + 1 }, (_, i) => step(i, 40))
    expect(rerunDecision(judged(few))).toBeUndefined()
    expect(rerunDecision(judged(many))).toBe('too-many-steps')
  })

  it('fails at once on a step far beyond its limit', () => {
    expect(rerunDecision(judged([step(1, SPIKE_MARGIN * 20)]))).toBeUndefined()
    expect(rerunDecision(judged([step(1, SPIKE_MARGIN * 20 + 1)]))).toBe('beyond-spike-margin')
  })

  it('fails at once on breached thresholds, regressed errors or a whole-run regression', () => {
    const breached = { ...judged([step(1, 40)]), breaches: [runErrorRateBreach(5, 1)] }
    expect(rerunDecision(breached)).toBe('thresholds-breached')
    const errors = judged([{ ...(step(1, 40) as RegressedStep), regressedOn: 'errors' }])
    expect(rerunDecision(errors)).toBe('errors-regressed')
    const wholeRun = judged([step(1, 40)], {
      runRegressions: [{ measure: 'p95', changePercent: 30, message: 'all slower' }]
    })
    expect(rerunDecision(wholeRun)).toBe('whole-run-regressed')
  })
})

describe('combining the two runs', () => {
  const first = judged([step(1, 45), step(2, 60), step(3, 3)])

  it('passes when the second run clears every regressed step, keeping the first run as the record', () => {
    const verdict = combineRuns(first, second(judged([step(1, 4), step(2, 6), step(3, 2)])))
    expect(verdict.result).toBe('passed')
    expect(verdict.reason).toBe(
      'no step regressed against the baseline (a confirmation run was made: 2 spikes cleared)'
    )
    expect(verdict.regressions).toEqual([])
    expect(verdict.baseline?.steps.map((s) => s.deltaPercent)).toEqual([45, 60, 3])
    expect(verdict.confirmation).toMatchObject({
      runId: 'run_2',
      extraVum: 105,
      confirmed: [],
      cleared: [
        { stepId: 'step_1', firstPercent: 45, secondPercent: 4 },
        { stepId: 'step_2', firstPercent: 60, secondPercent: 6 }
      ]
    })
  })

  it('fails only on the steps that regressed in both runs', () => {
    const verdict = combineRuns(first, second(judged([step(1, 4), step(2, 55), step(3, 2)])))
    expect(verdict.result).toBe('failed')
    expect(verdict.regressions.map((s) => s.stepId)).toEqual(['step_2'])
    expect(verdict.reason).toBe(
      '1 step regressed against the baseline (a confirmation run was made: 1 step confirmed, 1 spike cleared)'
    )
    expect(verdict.confirmation?.confirmed.map((s) => s.stepId)).toEqual(['step_2'])
    expect(verdict.confirmation?.cleared.map((s) => s.stepId)).toEqual(['step_1'])
  })

  it('does not fail on a step that regressed in the second run only', () => {
    const verdict = combineRuns(first, second(judged([step(1, 4), step(2, 6), step(3, 80)])))
    expect(verdict.result).toBe('passed')
  })

  it('keeps the first verdict when the second run could not be judged', () => {
    const broken = decideVerdict({ runStatus: 'Stopped', breaches: [], stepCount: 0 })
    const verdict = combineRuns(first, second(broken))
    expect(verdict.result).toBe('failed')
    expect(verdict.regressions).toHaveLength(2)
    expect(verdict.confirmation).toMatchObject({
      problem: 'the run ended with status Stopped',
      confirmed: [],
      cleared: []
    })
  })
})
