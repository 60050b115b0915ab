import { describe, expect, it } from '@jest/globals'
import type { RunMetrics } from '../../src/metrics/model.js'
import { loadDistributions } from '../../src/verdict/distributions.js'
import { compareWithHistory, type GateOptions } from '../../src/verdict/regressions.js'
import { HistoryFold } from '../../src/verdict/history.js'
import type { BaselineComparison, StepComparison } from '../../src/verdict/types.js'
import { runOf, type StepSpec } from './runs.js'

const loginRun = (steps: StepSpec[], runId = 'run_now') =>
  runOf([{ id: 'ti_001', title: 'Login Flow', steps }], runId)

const refs = [{ runId: 'run_before', url: 'https://github.com/acme/shop/actions/runs/1' }]

const GATE: GateOptions = { maxRegressionPercent: 10, noiseFloorMs: 20, falseAlarmRate: 1 }

async function compareRuns(
  current: RunMetrics,
  history: RunMetrics[],
  options: Partial<GateOptions> = {}
): Promise<BaselineComparison> {
  const fold = new HistoryFold(current)
  history.forEach((run, index) =>
    fold.add(run, refs[index] ?? { runId: run.runId, finishedAt: run.finishedAt })
  )
  return compareWithHistory(
    current,
    fold.history(),
    { ...GATE, ...options },
    await loadDistributions()
  )
}

const compare = async (nowP95: number, beforeP95: number): Promise<StepComparison> => {
  const { steps } = await compareRuns(
    loginRun([{ stepId: 's1', title: 'POST /api/login', p95: nowP95 }]),
    [loginRun([{ stepId: 's1', title: 'POST /api/login', p95: beforeP95 }], 'run_before')]
  )
  expect(steps).toHaveLength(1)
  return steps[0]
}

describe('the gate with fewer than 3 history runs (the practical minimum alone)', () => {
  it('flags a step whose p95 grew beyond both the percentage and the noise floor', async () => {
    expect(await compare(300, 200)).toMatchObject({
      kind: 'matched',
      trackItemId: 'ti_001',
      stepId: 's1',
      title: 'POST /api/login',
      currentP95: 300,
      baselineP95: 200,
      deltaMs: 100,
      deltaPercent: 50,
      regression: true,
      regressedOn: 'p95',
      improvement: false,
      message:
        'Step "POST /api/login" (Login Flow): p95 200 ms → 300 ms, +50% (no noise learnt yet, limit +10% and 20 ms).'
    })
  })

  it('ignores a large percentage growth within the noise floor', async () => {
    expect(await compare(18, 9)).toMatchObject({ deltaMs: 9, deltaPercent: 100, regression: false })
    expect(await compare(30, 10)).toMatchObject({ deltaMs: 20, regression: false })
  })

  it('ignores a growth above the floor but within the percentage', async () => {
    expect(await compare(1100, 1000)).toMatchObject({ deltaPercent: 10, regression: false })
    expect(await compare(330, 300)).toMatchObject({ deltaMs: 30, regression: false })
    expect(await compare(1101, 1000)).toMatchObject({ regression: true })
  })

  it('marks an improvement and never fails on it', async () => {
    expect(await compare(100, 300)).toMatchObject({
      deltaMs: -200,
      regression: false,
      improvement: true
    })
    expect(await compare(290, 300)).toMatchObject({ improvement: false })
  })

  it('reports new and vanished steps without calling them regressions', async () => {
    const comparison = await compareRuns(
      loginRun([
        { stepId: 's1', title: 'POST /api/login', p95: 100 },
        { stepId: 's3', title: 'GET /api/new', p95: 5000 }
      ]),
      [
        loginRun(
          [
            { stepId: 's1', title: 'POST /api/login', p95: 100 },
            { stepId: 's2', title: 'GET /api/old', p95: 80 }
          ],
          'run_before'
        )
      ]
    )
    expect(comparison).toMatchObject({
      runs: refs,
      maxRegressionPercent: 10,
      noiseFloorMs: 20,
      calibrated: false,
      comparedSteps: 1
    })
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

  it('matches steps by title when their IDs changed, and by ID when titles changed', async () => {
    const { steps } = await compareRuns(
      loginRun([
        { stepId: 'new-id', title: 'POST /api/login', p95: 500 },
        { stepId: 's2', title: 'GET /api/me (renamed)', p95: 400 }
      ]),
      [
        loginRun(
          [
            { stepId: 's1', title: 'POST /api/login', p95: 100 },
            { stepId: 's2', title: 'GET /api/me', p95: 100 }
          ],
          'run_before'
        )
      ]
    )
    expect(steps.map((step) => [step.kind, step.title, step.baselineP95, step.regression])).toEqual(
      [
        ['matched', 'POST /api/login', 100, true],
        ['matched', 'GET /api/me (renamed)', 100, true]
      ]
    )
  })

  it('does not match steps of different track items', async () => {
    const now = runOf([{ id: 'ti_A', title: 'A', steps: [{ stepId: 's1', title: 'X', p95: 1 }] }])
    const before = runOf([
      { id: 'ti_B', title: 'B', steps: [{ stepId: 's1', title: 'X', p95: 1 }] }
    ])
    const { steps } = await compareRuns(now, [before])
    expect(steps.map((step) => `${step.kind} ${step.trackItemId}`)).toEqual([
      'new ti_A',
      'vanished ti_B'
    ])
  })
})

describe('the calibrated gate (5 or more history runs)', () => {
  const STEPS = 30
  /** Runs of 30 steps whose p95s move by about ±spread between runs, deterministically. */
  const runsMoving =
    (spread: number, usualP95: (step: number) => number) =>
    (runId: string, run: number, change: (step: number) => number = () => 1) =>
      runOf(
        [
          {
            id: 'ti_001',
            title: 'Login Flow',
            steps: Array.from({ length: STEPS }, (_, step) => ({
              stepId: `s${step}`,
              title: `GET /api/${step}`,
              p95:
                usualP95(step) * Math.exp(spread * Math.sin(run * 7.3 + step * 3.1)) * change(step),
              requestsSent: 1000,
              errors: 0
            }))
          }
        ],
        runId
      )
  /** Each step's p95 moves about ±5 % between runs. */
  const noisyRun = runsMoving(0.05, (step) => 200 * (1 + step / 10))
  /** Each step's p95 moves about ±0.3 % between runs. */
  const quietRun = runsMoving(0.003, () => 500)
  const history = Array.from({ length: 10 }, (_, run) => noisyRun(`run_${run}`, run))

  it('passes an unchanged run: every step stays within its limit', async () => {
    const comparison = await compareRuns(noisyRun('run_now', 10), history)

    expect(comparison).toMatchObject({ calibrated: true, comparedSteps: STEPS, runRegressions: [] })
    expect(comparison.steps.filter((step) => step.regression)).toEqual([])
    expect(comparison.trend).toHaveLength(11)
    expect(comparison.trend.at(-1)).toMatchObject({ current: true })
  })

  it('is not blinded by one ×2 spike of a step in its history: +80 % on it is still caught', async () => {
    const spiky = history.map((run, index) =>
      index === 4 ? noisyRun(`run_${index}`, index, (step) => (step === 7 ? 2 : 1)) : run
    )
    const comparison = await compareRuns(
      noisyRun('run_now', 10, (step) => (step === 7 ? 1.8 : 1)),
      spiky
    )
    const step = comparison.steps.find((candidate) => candidate.stepId === 's7')
    expect(step).toMatchObject({ regression: true, regressedOn: 'p95' })
    expect(step?.limitPercent).toBeLessThan(40)
    expect(step?.noise?.extreme?.run.runId).toBe('run_4')
  })

  it('after a slowdown held for 3 runs, takes the new level as the baseline: unchanged passes, a further +80 % fails', async () => {
    const slower = (step: number) => (step === 7 ? 1.8 : 1)
    // run_z… sorts after run_9: the three newest runs
    const merged = [...history, ...[10, 11, 12].map((run) => noisyRun(`run_z${run}`, run, slower))]
    const unchanged = await compareRuns(noisyRun('run_now', 13, slower), merged)
    const again = await compareRuns(
      noisyRun('run_now', 13, (step) => slower(step) ** 2),
      merged
    )

    expect(unchanged.steps.filter((step) => step.regression)).toEqual([])
    expect(unchanged.steps.find((step) => step.stepId === 's7')?.noise?.levelSince?.runId).toBe(
      'run_z10'
    )
    expect(again.steps.filter((step) => step.regression).map((step) => step.stepId)).toEqual(['s7'])
  })

  it('never shows an absurd limit: a step whose history cannot bound its noise is a check not made', async () => {
    const wild = history.map((run, index) =>
      noisyRun(`run_${index}`, index, (step) => (step === 3 ? [1, 6, 0.3, 4, 1][index % 5] : 1))
    )
    const comparison = await compareRuns(noisyRun('run_now', 10), wild)
    const step = comparison.steps.find((candidate) => candidate.stepId === 's3')

    expect(step?.limitPercent).toBeUndefined()
    expect(step?.regression).toBe(false)
    expect(step?.notChecked).toMatch(
      /^Step "GET \/api\/3" \(Login Flow\) was not checked for a p95 regression: its history cannot bound its noise \(its p95 moves ±\d+% between history runs; its history holds a \+\d+% spike in run run_\d\)\.$/
    )
  })

  it('names a step that grew beyond its limit, with the limit in the message', async () => {
    const comparison = await compareRuns(
      noisyRun('run_now', 10, (step) => (step === 7 ? 1.8 : 1)),
      history
    )
    const regressions = comparison.steps.filter((step) => step.regression)

    expect(regressions).toEqual([
      expect.objectContaining({
        stepId: 's7',
        regressedOn: 'p95',
        limitPercent: expect.any(Number)
      })
    ])
    expect(regressions[0].message).toMatch(
      /^Step "GET \/api\/7" \(Login Flow\): p95 [\d,]+ ms → [\d,]+ ms, \+[\d.]+% \(limit \+[\d.]+% in this run\)\.$/
    )
  })

  it('shows each step the limit it is judged against: beyond it, and only beyond it, a step regresses', async () => {
    const runs = [0.9, 1, 1.06, 1.12, 1.2, 1.35, 1.6].map((shared) =>
      noisyRun('run_now', 10, (step) => shared * (step % 3 === 0 ? 1.25 : 1))
    )
    const outcomes = { regressed: 0, passed: 0 }
    for (const run of runs) {
      const comparison = await compareRuns(run, history)
      for (const step of comparison.steps) {
        if (step.kind !== 'matched' || step.limitPercent === undefined) continue
        const pastLimit = (step.deltaPercent ?? NaN) > step.limitPercent
        expect({ step: step.stepId, pastLimit }).toEqual({
          step: step.stepId,
          pastLimit: step.regression
        })
        outcomes[pastLimit ? 'regressed' : 'passed'] += 1
      }
    }
    expect(outcomes.regressed).toBeGreaterThan(0)
    expect(outcomes.passed).toBeGreaterThan(0)
  })

  it('calls a run whose steps all slowed together one whole-run regression, not many', async () => {
    const comparison = await compareRuns(
      noisyRun('run_now', 10, () => 1.3),
      history
    )

    expect(comparison.steps.filter((step) => step.regression)).toEqual([])
    expect(comparison.runRegressions).toEqual([
      expect.objectContaining({
        measure: 'p95',
        message: expect.stringMatching(
          /^All 30 steps are (29\.[5-9]|3\d(\.\d)?)% slower, beyond the whole run's limit of \+[\d.]+%\.$/
        )
      })
    ])
  })

  it('blames a step only for what it did beyond the whole run: the practical minimum counts net of the shared change', async () => {
    const calm = Array.from({ length: 10 }, (_, run) => quietRun(`run_${run}`, run))
    const judged = async (ownChange: number) => {
      const comparison = await compareRuns(
        quietRun('run_now', 10, (step) => 1.08 * (step === 7 ? ownChange : 1)),
        calm
      )
      return comparison.steps.find((step) => step.stepId === 's7')
    }

    const within = await judged(1.06)
    const beyond = await judged(1.15)
    expect(within).toMatchObject({ regression: false })
    expect(within?.deltaPercent).toBeGreaterThan(14)
    expect(within?.limitPercent).toBeGreaterThan(18)
    expect(beyond).toMatchObject({ regression: true, regressedOn: 'p95' })
  })

  it('learns the band of the whole run from its slower runs: a runner that is sometimes faster does not hide +15 %', async () => {
    const factors = [0.03, -0.03, 0, -0.1, 0.02, -0.02, -0.09, 0.01, -0.01, -0.11, 0.03, 0]
    const sometimesFaster = factors.map((factor, run) =>
      quietRun(`run_${run}`, run, () => Math.exp(factor))
    )

    const slower = await compareRuns(
      quietRun('run_now', 12, () => 1.15),
      sometimesFaster
    )
    const usual = await compareRuns(
      quietRun('run_now', 12, () => 1.02),
      sometimesFaster
    )
    expect(slower.runRegressions).toEqual([expect.objectContaining({ measure: 'p95' })])
    expect(usual.runRegressions).toEqual([])
  })

  it('never fails an improvement', async () => {
    const comparison = await compareRuns(
      noisyRun('run_now', 10, (step) => (step === 3 ? 0.3 : 0.6)),
      history
    )

    expect(comparison.runRegressions).toEqual([])
    expect(comparison.steps.filter((step) => step.regression)).toEqual([])
    expect(comparison.steps.find((step) => step.stepId === 's3')?.improvement).toBe(true)
  })

  it('judges errors as counts against requests: 1 in 10 is weak, 200 in 10,000 strong', async () => {
    const withErrors = (errors: number, requests: number) => {
      const run = noisyRun('run_now', 10)
      Object.assign(run.trackItems[0].steps[0], { errors, requests })
      return run
    }

    const weak = await compareRuns(withErrors(1, 10), history)
    const strong = await compareRuns(withErrors(200, 10_000), history)

    expect(weak.steps.filter((step) => step.regression)).toEqual([])
    expect(strong.steps.filter((step) => step.regression)).toEqual([
      expect.objectContaining({
        stepId: 's0',
        regressedOn: 'errors',
        message:
          'Step "GET /api/0" (Login Flow): errors 200 of 10,000 requests (2%), against 0% in the history (0 of 10,000).'
      })
    ])
  })
})
