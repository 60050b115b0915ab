import { describe, expect, it } from '@jest/globals'
import { compareWithBaseline, medianBaseline } from '../../src/verdict/baseline.js'
import type { StepComparison } from '../../src/verdict/types.js'
import { runOf, type StepSpec } from './runs.js'

const loginRun = (steps: StepSpec[], runId = 'run_now') =>
  runOf([{ id: 'ti_001', title: 'Login Flow', steps }], runId)

const refs = [{ runId: 'run_before', url: 'https://github.com/acme/shop/actions/runs/1' }]

const compare = (
  nowP95: number,
  beforeP95: number,
  gate: { maxRegressionPercent?: number } = { maxRegressionPercent: 10 }
): StepComparison => {
  const { steps } = compareWithBaseline(
    loginRun([{ stepId: 's1', title: 'POST /api/login', p95: nowP95 }]),
    loginRun([{ stepId: 's1', title: 'POST /api/login', p95: beforeP95 }], 'run_before'),
    { ...gate, noiseFloorMs: 20, baselineRuns: refs }
  )
  expect(steps).toHaveLength(1)
  return steps[0]
}

describe('compareWithBaseline', () => {
  it('flags a step whose p95 grew beyond both the percentage and the noise floor', () => {
    expect(compare(300, 200)).toEqual({
      kind: 'matched',
      trackItemId: 'ti_001',
      stepId: 's1',
      title: 'POST /api/login',
      currentP95: 300,
      baselineP95: 200,
      deltaMs: 100,
      deltaPercent: 50,
      regression: true,
      improvement: false
    })
  })

  it('ignores a large percentage growth within the noise floor', () => {
    expect(compare(18, 9)).toMatchObject({ deltaMs: 9, deltaPercent: 100, regression: false })
    expect(compare(30, 10)).toMatchObject({ deltaMs: 20, regression: false })
  })

  it('ignores a growth above the floor but within the percentage', () => {
    expect(compare(1100, 1000)).toMatchObject({ deltaPercent: 10, regression: false })
    expect(compare(330, 300)).toMatchObject({ deltaMs: 30, regression: false })
    expect(compare(1101, 1000)).toMatchObject({ regression: true })
  })

  it('marks an improvement and never fails on it', () => {
    expect(compare(100, 300)).toMatchObject({
      deltaMs: -200,
      regression: false,
      improvement: true
    })
    expect(compare(290, 300)).toMatchObject({ improvement: false })
  })

  it('computes comparisons without failing anything when no percentage is set', () => {
    expect(compare(70, 100, {})).toMatchObject({ improvement: true })
    expect(compare(900, 100, {})).toMatchObject({
      deltaMs: 800,
      deltaPercent: 800,
      regression: false
    })
  })

  it('judges a zero baseline on the noise floor alone', () => {
    const grown = compare(25, 0)
    expect(grown).toMatchObject({ deltaMs: 25, regression: true })
    expect(grown.deltaPercent).toBeUndefined()
    expect(compare(15, 0)).toMatchObject({ regression: false })
  })

  it('reports new and vanished steps without calling them regressions', () => {
    const comparison = compareWithBaseline(
      loginRun([
        { stepId: 's1', title: 'POST /api/login', p95: 100 },
        { stepId: 's3', title: 'GET /api/new', p95: 5000 }
      ]),
      loginRun(
        [
          { stepId: 's1', title: 'POST /api/login', p95: 100 },
          { stepId: 's2', title: 'GET /api/old', p95: 80 }
        ],
        'run_before'
      ),
      { maxRegressionPercent: 10, noiseFloorMs: 20, baselineRuns: refs }
    )
    expect(comparison).toMatchObject({ runs: refs, maxRegressionPercent: 10, noiseFloorMs: 20 })
    expect(comparison.steps).toEqual([
      expect.objectContaining({ kind: 'matched', stepId: 's1', regression: false }),
      {
        kind: 'new',
        trackItemId: 'ti_001',
        stepId: 's3',
        title: 'GET /api/new',
        currentP95: 5000,
        regression: false,
        improvement: false
      },
      {
        kind: 'vanished',
        trackItemId: 'ti_001',
        stepId: 's2',
        title: 'GET /api/old',
        baselineP95: 80,
        regression: false,
        improvement: false
      }
    ])
  })

  it('matches steps by title when their IDs changed, and by ID when titles changed', () => {
    const { steps } = compareWithBaseline(
      loginRun([
        { stepId: 'new-id', title: 'POST /api/login', p95: 500 },
        { stepId: 's2', title: 'GET /api/me (renamed)', p95: 400 }
      ]),
      loginRun(
        [
          { stepId: 's1', title: 'POST /api/login', p95: 100 },
          { stepId: 's2', title: 'GET /api/me', p95: 100 }
        ],
        'run_before'
      ),
      { maxRegressionPercent: 10, noiseFloorMs: 20, baselineRuns: refs }
    )
    expect(steps.map((step) => [step.kind, step.title, step.baselineP95, step.regression])).toEqual(
      [
        ['matched', 'POST /api/login', 100, true],
        ['matched', 'GET /api/me (renamed)', 100, true]
      ]
    )
  })

  it('does not match steps of different track items', () => {
    const now = runOf([{ id: 'ti_A', title: 'A', steps: [{ stepId: 's1', title: 'X', p95: 1 }] }])
    const before = runOf([
      { id: 'ti_B', title: 'B', steps: [{ stepId: 's1', title: 'X', p95: 1 }] }
    ])
    const { steps } = compareWithBaseline(now, before, { noiseFloorMs: 20, baselineRuns: refs })
    expect(steps.map((step) => `${step.kind} ${step.trackItemId}`)).toEqual([
      'new ti_A',
      'vanished ti_B'
    ])
  })
})

describe('medianBaseline', () => {
  it('returns the only run as it is', () => {
    const only = loginRun([{ stepId: 's1', title: 'POST /api/login', p95: 100 }])
    expect(medianBaseline([only])).toBe(only)
  })

  it('refuses an empty list', () => {
    expect(() => medianBaseline([])).toThrow('at least one run')
  })

  it('takes the median of each figure over the runs that have the step', () => {
    const runs = [
      loginRun(
        [
          { stepId: 's1', title: 'POST /api/login', p95: 100, requestsSent: 1000, errors: 10 },
          { stepId: 's2', title: 'GET /api/me', p95: 50 }
        ],
        'run_1'
      ),
      loginRun(
        [{ stepId: 's1', title: 'POST /api/login', p95: 300, requestsSent: 900, errors: 0 }],
        'run_2'
      ),
      loginRun(
        [
          { stepId: 's1', title: 'POST /api/login', p95: 120, requestsSent: 1100, errors: 2 },
          { stepId: 's2', title: 'GET /api/me', p95: 70 }
        ],
        'run_3'
      )
    ]
    const baseline = medianBaseline(runs)
    expect(baseline.runId).toBe('run_1')
    const [login, me] = baseline.trackItems[0].steps
    expect(login).toMatchObject({ p95: 120, requests: 1000, errors: 2, errorRate: 200 / 1100 })
    expect(me).toMatchObject({ stepId: 's2', p95: 60, average: 60 })
    expect(baseline.totals).toMatchObject({
      requests: 1100,
      errors: 2,
      worstP95: 120,
      worstP95Step: { stepId: 's1' }
    })
  })

  it('keeps a step seen in only one run, and merges a step whose ID changed by its title', () => {
    const runs = [
      loginRun([{ stepId: 's1', title: 'POST /api/login', p95: 100 }], 'run_1'),
      loginRun(
        [
          { stepId: 'renamed', title: 'POST /api/login', p95: 200 },
          { stepId: 's9', title: 'GET /api/extra', p95: 40 }
        ],
        'run_2'
      )
    ]
    const steps = medianBaseline(runs).trackItems[0].steps
    expect(steps.map((step) => [step.stepId, step.p95])).toEqual([
      ['s1', 150],
      ['s9', 40]
    ])
  })

  it('keeps track items that appear in a later run only', () => {
    const runs = [
      loginRun([{ stepId: 's1', title: 'POST /api/login', p95: 100 }], 'run_1'),
      runOf([{ id: 'ti_002', title: 'Browse', steps: [{ stepId: 'b', title: 'GET /', p95: 9 }] }])
    ]
    expect(medianBaseline(runs).trackItems.map((item) => item.title)).toEqual([
      'Login Flow',
      'Browse'
    ])
  })
})
