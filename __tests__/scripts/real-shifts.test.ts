import { describe, expect, it } from '@jest/globals'
import { falseShiftReports, wholeRunMisses } from '../../scripts/calibrate/real-shifts.js'
import { syntheticRuns } from './history-fixtures.js'

describe('false shift reports on real histories', () => {
  it('counts a report of a level that did not hold, on an unchanged run', () => {
    // Step 2 is +60 % for three runs from run 40 on, then back: findShifts reports it at its 3rd
    // run, and in hindsight it did not hold.
    const runs = syntheticRuns({
      runs: 60,
      steps: 6,
      shift: (run, step) => (step === 2 && run >= 40 && run < 43 ? 1.6 : 1)
    })
    expect(falseShiftReports(runs)).toEqual({ unchangedRuns: 29, reports: 1 })
  })

  it('does not count a real shift, reported on the runs after it', () => {
    const runs = syntheticRuns({
      runs: 60,
      steps: 6,
      shift: (run, step) => (step === 2 && run >= 40 ? 1.6 : 1)
    })
    const { unchangedRuns, reports } = falseShiftReports(runs)
    expect(reports).toBe(0)
    expect(unchangedRuns).toBe(25)
  })
})

describe('why a whole run +25 % is missed on real histories', () => {
  it('finds it on every trial of a quiet history', () => {
    const misses = wholeRunMisses(syntheticRuns({ runs: 50, steps: 6 }), 4)
    expect(misses.trials).toBeGreaterThan(0)
    expect(misses).toEqual({ ...misses, found: misses.trials })
  })

  it('calls a trial whose three runs include a run on a 30 % faster runner not held', () => {
    // Every 4th run is 30 % faster on every step: +25 % on it is back at the old level.
    const misses = wholeRunMisses(
      syntheticRuns({ runs: 60, steps: 6, shift: (run) => (run % 4 === 0 ? 0.7 : 1) }),
      1
    )
    const { trials, found, notHeld, belowThreshold, elsewhere } = misses
    expect(found + notHeld + belowThreshold + elsewhere).toBe(trials)
    expect(notHeld).toBeGreaterThan(0)
    expect(found).toBeGreaterThan(0)
  })
})
