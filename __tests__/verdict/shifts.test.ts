import { describe, expect, it } from '@jest/globals'
import {
  makeRun,
  makeTimeline,
  seededRandom,
  type NoiseLevel
} from '../../scripts/calibrate/simulation.js'
import {
  measureShiftDetection,
  simulatedHistories,
  SHIFT_TARGETS
} from '../../scripts/calibrate/shifts.js'
import type { RunMetrics } from '../../src/metrics/model.js'
import { findShifts } from '../../src/verdict/shifts.js'

const level: NoiseLevel = {
  steps: 40,
  historyRuns: 30,
  spread: [0.03, 0.1],
  runFactor: 0.03,
  tails: 'light'
}

/** count simulated runs, oldest first; shift(run, step) is the log change of that step's p95. */
function history(
  count: number,
  seed: number,
  shift: (run: number, step: number) => number = () => 0
): RunMetrics[] {
  const random = seededRandom(seed)
  const timeline = makeTimeline(level, random)
  return Array.from({ length: count }, (_, run) =>
    makeRun(level, timeline, random, `run_${run}`, (step) => shift(run, step), run)
  )
}

const rise = (percent: number) => Math.log(1 + percent / 100)

describe('findShifts', () => {
  it('reports nothing on unchanged runs', () => {
    for (const seed of [1, 2, 3]) expect(findShifts(history(30, seed))).toEqual([])
  })

  it('reports a step that rose 80 % three runs ago once, located, as new in this run', () => {
    const runs = history(30, 4, (run, step) => (run >= 27 && step === 7 ? rise(80) : 0))
    const shifts = findShifts(runs)
    expect(shifts).toHaveLength(1)
    expect(shifts[0]).toMatchObject({
      kind: 'step',
      step: 'Step 7',
      trackItem: 'Simulated',
      stepId: 'step_7',
      runsSince: 3,
      firstIndex: 27,
      lastBeforeIndex: 26,
      newInThisRun: true,
      firstReportedIndex: 29
    })
    expect(shifts[0].changePercent).toBeGreaterThan(60)
    expect(shifts[0].changePercent).toBeLessThan(100)
    expect(shifts[0].levelAfterMs! / shifts[0].levelBeforeMs!).toBeGreaterThan(1.5)
  })

  it('says a shift found by an earlier run was reported then, and not again', () => {
    const runs = history(33, 4, (run, step) => (run >= 27 && step === 7 ? rise(80) : 0))
    const [shift] = findShifts(runs)
    expect(shift).toMatchObject({ firstIndex: 27, runsSince: 6, newInThisRun: false })
    expect(shift.firstReportedIndex).toBe(29)
  })

  it('reports a slower whole run as one finding, not one per step', () => {
    const runs = history(30, 5, (run) => (run >= 27 ? rise(25) : 0))
    const shifts = findShifts(runs)
    expect(shifts).toHaveLength(1)
    expect(shifts[0]).toMatchObject({
      kind: 'run',
      step: 'Simulated',
      trackItem: null,
      firstIndex: 27,
      newInThisRun: true
    })
    expect(shifts[0].changePercent).toBeGreaterThan(15)
  })

  it('finds a slower whole run when an older run of the window was 60 % slower on every step', () => {
    const runs = history(30, 5, (run) => (run >= 27 ? rise(25) : run === 6 ? rise(60) : 0))
    expect(findShifts(runs)).toMatchObject([{ kind: 'run', firstIndex: 27, newInThisRun: true }])
  })

  it('finds a whole run 25 % slower for three runs when a runner made a fifth of the runs before 20–40 % faster', () => {
    const fast: Record<number, number> = { 2: 30, 5: 20, 9: 40, 13: 25, 16: 35, 20: 20, 23: 30 }
    const runs = history(30, 9, (run) =>
      run >= 27 ? rise(25) : fast[run] ? Math.log(1 - fast[run] / 100) : 0
    )
    expect(findShifts(runs)).toMatchObject([{ kind: 'run', firstIndex: 27, runsSince: 3 }])
  })

  it('never reports a two-run whole-run spike as a shift, whatever fast runs follow it', () => {
    const fast: Record<number, number> = { 2: 30, 9: 40, 16: 35, 23: 30, 29: 40 }
    const runs = history(30, 9, (run) =>
      run === 27 || run === 28 ? rise(60) : fast[run] ? Math.log(1 - fast[run] / 100) : 0
    )
    expect(findShifts(runs)).toEqual([])
    const later = history(31, 9, (run) =>
      run === 27 || run === 29 ? rise(60) : fast[run] || run === 30 ? Math.log(0.65) : 0
    )
    expect(findShifts(later)).toEqual([])
  })

  it('tells a step that rose on top of a slower whole run from the whole run', () => {
    const runs = history(30, 8, (run, step) =>
      run >= 26 ? rise(25) + (step === 11 ? rise(80) : 0) : 0
    )
    const shifts = findShifts(runs)
    expect(shifts.map(({ kind, stepId, firstIndex }) => ({ kind, stepId, firstIndex }))).toEqual([
      { kind: 'run', stepId: undefined, firstIndex: 26 },
      { kind: 'step', stepId: 'step_11', firstIndex: 26 }
    ])
    expect(shifts[1].changePercent).toBeGreaterThan(60)
    expect(shifts[1].changePercent).toBeLessThan(100)
  })

  it('never reports a one-run spike, nor a rise that has not held three runs', () => {
    const spike = history(30, 6, (run, step) => (run === 29 && step === 3 ? rise(300) : 0))
    expect(findShifts(spike)).toEqual([])
    const young = history(30, 6, (run, step) => (run >= 28 && step === 3 ? rise(300) : 0))
    expect(findShifts(young)).toEqual([])
  })

  it('holds the steps of a spiky timeline to a higher bar: +15 % held three runs is a shift only among quiet steps', () => {
    // Every other step has a run 80 % slow and one 40 % fast in the window: heavy tails, under
    // which three runs a little high on one step come by chance far more often than normal noise
    // makes them.
    const spikes = (run: number, step: number) =>
      step === 7
        ? 0
        : run === (step * 7) % 27
          ? rise(80)
          : run === (step * 11 + 5) % 27
            ? rise(-40)
            : 0
    const risen = (percent: number, spiky: boolean) =>
      history(
        30,
        2,
        (run, step) =>
          (run >= 27 && step === 7 ? rise(percent) : 0) + (spiky ? spikes(run, step) : 0)
      )
    const found = (runs: RunMetrics[]) =>
      findShifts(runs).map(({ stepId, firstIndex }) => ({ stepId, firstIndex }))
    expect(found(risen(15, false))).toEqual([{ stepId: 'step_7', firstIndex: 27 }])
    expect(found(risen(15, true))).toEqual([])
    expect(found(risen(20, true))).toEqual([{ stepId: 'step_7', firstIndex: 27 }])
  })

  it('leaves a rise below the practical minimum unreported', () => {
    const runs = history(30, 4, (run, step) => (run >= 27 && step === 7 ? rise(80) : 0))
    expect(findShifts(runs, { minChangePercent: 100 })).toEqual([])
    expect(findShifts(runs, { noiseFloorMs: 10_000 })).toEqual([])
  })

  it('searches only the last windowRuns runs', () => {
    const runs = history(45, 7, (run, step) => (run >= 5 && step === 2 ? rise(80) : 0))
    expect(findShifts(runs)).toEqual([])
    expect(findShifts(runs.slice(0, 9), { windowRuns: 30 })).toHaveLength(1)
  })

  it('meets its targets on the simulated noise model', () => {
    const random = seededRandom(21)
    const figures = measureShiftDetection(simulatedHistories('heavy', 12, 45, random), {
      random,
      trials: 40,
      scenarios: SHIFT_TARGETS
    })
    expect(figures.runsJudged).toBe(12 * 18)
    expect(figures.falseReportsPer100Runs).toBeLessThanOrEqual(0.5)
    const [step80, run25, step25] = figures.detection.map((found) => found.rate)
    expect(step80).toBeGreaterThanOrEqual(0.8)
    expect(run25).toBeGreaterThanOrEqual(0.93)
    expect(step25).toBeGreaterThanOrEqual(0.3)
  })
})
