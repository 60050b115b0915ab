import { describe, expect, it } from '@jest/globals'
import type {
  BaselineComparison,
  Breach,
  CriterionCheck,
  StepComparison
} from '../../src/verdict/types.js'
import { decideVerdict } from '../../src/verdict/outcome.js'

const breach = (source: string, message: string): Breach => ({
  criterion: { source, scope: { kind: 'run' }, metric: 'p95', comparator: '<', limit: 800 },
  value: 900,
  message
})

const stepComparison = (title: string, regression: boolean): StepComparison => {
  const figures = {
    kind: 'matched' as const,
    trackItemId: 'ti_001',
    stepId: title,
    title,
    currentP95: regression ? 500 : 100,
    baselineP95: 100,
    improvement: false
  }
  if (!regression) return { ...figures, regression: false }
  return {
    ...figures,
    deltaMs: 400,
    deltaPercent: 400,
    regression: true,
    regressedOn: 'p95',
    message: `Step "${title}" (Flow): p95 100 ms → 500 ms, +400%.`
  }
}

const comparison = (
  steps: StepComparison[],
  maxRegressionPercent: number | undefined
): BaselineComparison => ({
  runs: [{ runId: 'run_before' }],
  ...(maxRegressionPercent === undefined ? {} : { maxRegressionPercent }),
  noiseFloorMs: 20,
  falseAlarmRate: 1,
  calibrated: true,
  comparedSteps: 4,
  runRegressions: [],
  trend: [],
  steps
})

describe('decideVerdict', () => {
  it('passes a finished run with no breach and no regression', () => {
    const verdict = decideVerdict({
      runStatus: 'Finished',
      breaches: [],
      comparison: comparison([stepComparison('a', false)], 10),
      stepCount: 12,
      criteriaCount: 3
    })
    expect(verdict).toMatchObject({
      result: 'passed',
      reason: '3 criteria held on 12 steps, no step regressed against the baseline',
      breaches: [],
      regressions: []
    })
    expect(verdict.baseline?.steps).toHaveLength(1)
  })

  it.each([
    [{ stepCount: 1, criteriaCount: 1 }, '1 criterion held on 1 step'],
    [{ stepCount: 4, criteriaCount: 0 }, '4 steps finished; no thresholds or regression limit set'],
    [{}, 'no threshold breached']
  ])('says what was checked when passing (%o)', (counts, reason) => {
    expect(decideVerdict({ runStatus: 'finished', breaches: [], ...counts }).reason).toBe(reason)
  })

  it('fails on breaches, counting thresholds and the breaches they caused', () => {
    const overall = breach('p95 < 800', 'Step "A" (T): p95 was 900 ms, limit < 800 ms')
    const sameCriterion = { ...overall, message: 'Step "B" (T): p95 was 950 ms, limit < 800 ms' }
    const other = breach('error-rate < 1%', 'Run: error-rate was 2%, limit < 1%')
    const verdict = decideVerdict({
      runStatus: 'Finished',
      breaches: [overall, sameCriterion, other]
    })
    expect(verdict).toMatchObject({
      result: 'failed',
      reason: '2 thresholds breached (3 breaches)'
    })
    expect(verdict.breaches).toHaveLength(3)
  })

  it('fails on regressions and names both causes', () => {
    const verdict = decideVerdict({
      runStatus: 'Finished',
      breaches: [breach('p95 < 800', 'x'), breach('p99 < 900', 'y')],
      comparison: comparison([stepComparison('a', true), stepComparison('b', false)], 10)
    })
    expect(verdict.result).toBe('failed')
    expect(verdict.reason).toBe('2 thresholds breached, 1 step regressed against the baseline')
    expect(verdict.regressions.map((step) => step.title)).toEqual(['a'])
  })

  it('fails on regressions alone', () => {
    const verdict = decideVerdict({
      runStatus: 'Finished',
      breaches: [],
      comparison: comparison([stepComparison('a', true), stepComparison('b', true)], 5)
    })
    expect(verdict).toMatchObject({
      result: 'failed',
      reason: '2 steps regressed against the baseline'
    })
  })

  it.each(['Failed', 'Stopped', 'Running'])(
    'calls a run that ended with status %s an error, not a performance failure',
    (status) => {
      const verdict = decideVerdict({ runStatus: status, breaches: [breach('p95 < 800', 'x')] })
      expect(verdict).toMatchObject({
        result: 'error',
        reason: `the run ended with status ${status}`
      })
      expect(verdict.breaches).toHaveLength(1)
    }
  )

  it('calls a run problem an error even when the status looks finished', () => {
    expect(
      decideVerdict({ runStatus: 'Finished', runProblem: 'timed out after 660 s', breaches: [] })
    ).toMatchObject({ result: 'error', reason: 'timed out after 660 s' })
  })

  it('calls a finished run without figures an error when there was something to judge', () => {
    expect(
      decideVerdict({ runStatus: 'Finished', breaches: [], stepCount: 0, criteriaCount: 2 })
    ).toMatchObject({ result: 'error', reason: 'the run reported no figures' })
    expect(
      decideVerdict({
        runStatus: 'Finished',
        breaches: [],
        stepCount: 0,
        criteriaCount: 0,
        comparison: comparison([], 10)
      }).result
    ).toBe('error')
    expect(
      decideVerdict({ runStatus: 'Finished', breaches: [], stepCount: 0, criteriaCount: 0 }).result
    ).toBe('passed')
  })

  it('says in the reason of every outcome that requested checks could not be made', () => {
    const unmadeChecks = ['a pattern matched nothing', 'no baseline']
    const passed = decideVerdict({ runStatus: 'Finished', breaches: [], unmadeChecks })
    expect(passed).toMatchObject({
      result: 'passed',
      reason: 'no threshold breached; 2 requested checks could not be made',
      unmadeChecks
    })
    const failed = decideVerdict({
      runStatus: 'Finished',
      breaches: [breach('p95 < 800', 'x')],
      unmadeChecks: ['no baseline']
    })
    expect(failed.reason).toBe('1 threshold breached; 1 requested check could not be made')
  })

  it('counts a criterion that matched nothing as not checked, not as held', () => {
    const check = (source: string, checkedOn: number): CriterionCheck => ({
      criterion: { source, scope: { kind: 'run' }, metric: 'p95', comparator: '<', limit: 100 },
      checkedOn,
      held: true
    })
    const verdict = decideVerdict({
      runStatus: 'Finished',
      breaches: [],
      stepCount: 8,
      criteriaCount: 2,
      checks: [check('p95 < 60s', 8), check('"GET /api/nope": p95 < 100', 0)],
      unmadeChecks: ['the pattern matched nothing']
    })
    expect(verdict.reason).toBe('1 criterion held on 8 steps; 1 requested check could not be made')
  })

  it('does not call a comparison that paired no step a passed regression check', () => {
    const verdict = decideVerdict({
      runStatus: 'Finished',
      breaches: [],
      comparison: { ...comparison([], 10), comparedSteps: 0 },
      baselineSet: true,
      stepCount: 8,
      criteriaCount: 0,
      checks: [],
      unmadeChecks: ['no step paired']
    })
    expect(verdict.result).toBe('passed')
    expect(verdict.reason).toBe('8 steps finished; 1 requested check could not be made')
  })

  it('does not say no regression limit was set when one was asked for and could not be checked', () => {
    const verdict = decideVerdict({
      runStatus: 'Finished',
      breaches: [],
      stepCount: 2,
      criteriaCount: 0,
      checks: [],
      unmadeChecks: ['max-regression without a baseline']
    })
    expect(verdict.reason).toBe('2 steps finished; 1 requested check could not be made')
  })

  it('calls a finished run without figures an error when a baseline was set but not found', () => {
    const verdict = decideVerdict({
      runStatus: 'Finished',
      breaches: [],
      baselineSet: true,
      stepCount: 0,
      criteriaCount: 0,
      unmadeChecks: ['no baseline found']
    })
    expect(verdict).toMatchObject({
      result: 'error',
      reason: 'the run reported no figures; 1 requested check could not be made'
    })
  })
})
