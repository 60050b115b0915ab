/**
 * The change detector's real-data rows (findShifts, src/verdict/shifts.ts) for `npm run calibrate`:
 * false shift reports on runs labelled unchanged in hindsight, and shifts injected into the real
 * histories found within ±1 run (measureShiftDetection, scripts/calibrate/shifts.ts).
 */
import type { RunMetrics } from '../../src/metrics/model.js'
import { findShifts, type Shift } from '../../src/verdict/shifts.js'
import {
  findHistoriesDir,
  holdsInHindsight,
  labelInHindsight,
  loadRealTimelines,
  type RealTimeline
} from './real-histories.js'
import { printTable } from './real-rows.js'
import { measureShiftDetection, PRACTICAL_MINIMUM, SHIFT_TARGETS } from './shifts.js'

/** The real-data goals of the change-detection issue, in the order of SHIFT_TARGETS. */
const REAL_GOALS = [0.8, 0.93, 0.6]
const FALSE_REPORT_GOAL = 2.5
/** Runs before a run judged for false reports: a full 30-run window (as measureShiftDetection). */
const RUNS_BEFORE = 27
/** Runs findShifts is given: its window and the runs an earlier report may lie in. */
const LOOK_BACK = 40

export interface FalseReports {
  unchangedRuns: number
  reports: number
}

/**
 * New shifts reported on runs labelled unchanged that did not hold in hindsight (holdsInHindsight:
 * the level did not rise there by half the reported change, in the 5 runs before and after). A
 * real shift reported late, on an unchanged run, is not false, however small.
 */
export function falseShiftReports(runs: RunMetrics[]): FalseReports {
  const labels = labelInHindsight(runs)
  const result = { unchangedRuns: 0, reports: 0 }
  for (let end = RUNS_BEFORE; end < runs.length; end++) {
    if (!labels.unchanged[end]) continue
    result.unchangedRuns++
    const from = Math.max(0, end - LOOK_BACK + 1)
    for (const shift of findShifts(runs.slice(from, end + 1), PRACTICAL_MINIMUM)) {
      if (shift.newInThisRun && !held(runs, shift, from + shift.firstIndex)) result.reports++
    }
  }
  return result
}

function held(runs: RunMetrics[], shift: Shift, firstIndex: number): boolean {
  const stepId = shift.kind === 'run' ? undefined : shift.stepId
  return holdsInHindsight(runs, stepId, firstIndex, 1 + shift.changePercent / 100)
}

/** Of the RUNS_BEFORE runs before a run, how many must have each of its steps. */
const KNOWN_IN = 10

/**
 * Which runs have a history to be judged on: each of their steps is in at least KNOWN_IN of the
 * RUNS_BEFORE runs before them. Some suites renamed all their benchmarks at once; a shift injected
 * into the first runs after that has no earlier level to rise from.
 */
function stepsKnown(runs: RunMetrics[]): boolean[] {
  return runs.map((run, index) => {
    const before = runs.slice(Math.max(0, index - RUNS_BEFORE), index)
    return run.trackItems.every((item) =>
      item.steps.every(
        (step) =>
          before.filter((earlier) =>
            earlier.trackItems.some((other) => other.steps.some((s) => s.stepId === step.stepId))
          ).length >= KNOWN_IN
      )
    )
  })
}

/** Prints the change detector's real-data table. */
export function printRealShiftRows(timelines: RealTimeline[], random: () => number): void {
  console.log(
    '\nChange detection on the real histories (findShifts with the practical minimum the action ' +
      'passes, as on the simulated histories; shifts injected at ' +
      'random runs labelled unchanged in hindsight, located within ±1 run):\n'
  )
  const histories = timelines.map((timeline) => timeline.runs)
  const detection = measureShiftDetection(histories, {
    random,
    trials: 300,
    scenarios: SHIFT_TARGETS,
    shiftOptions: PRACTICAL_MINIMUM,
    unchanged: histories.map((runs) => {
      const known = stepsKnown(runs)
      return labelInHindsight(runs).unchanged.map((unchanged, run) => unchanged && known[run])
    })
  }).detection
  let unchangedRuns = 0
  let reports = 0
  for (const timeline of timelines) {
    const found = falseShiftReports(timeline.runs)
    unchangedRuns += found.unchangedRuns
    reports += found.reports
  }
  const per100 = unchangedRuns === 0 ? 0 : (reports * 100) / unchangedRuns
  printTable(
    ['false shift reports per 100 unchanged runs', ...SHIFT_TARGETS.map((target) => target.name)],
    [
      [
        `${per100.toFixed(2)} (${reports} in ${unchangedRuns} runs; goal ≤ ${FALSE_REPORT_GOAL})`,
        ...detection.map(
          (found, index) =>
            `${(found.rate * 100).toFixed(0)} % (${found.detected}/${found.trials}; goal ≥ ${REAL_GOALS[index] * 100} %)`
        )
      ]
    ]
  )
}

/** The change detector's real-data table alone (`tsx scripts/calibrate/shifts.ts --real`). */
export async function printRealShiftRowsIfPresent(random: () => number): Promise<void> {
  const found = await findHistoriesDir()
  if ('missing' in found) {
    console.log(`\nReal-data shift rows skipped: ${found.missing}.`)
    return
  }
  printRealShiftRows(await loadRealTimelines(found.dir), random)
}
