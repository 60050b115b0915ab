import { describe, expect, it } from '@jest/globals'
import { falseShiftReports } from '../../scripts/calibrate/real-shifts.js'
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
