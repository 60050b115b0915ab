/**
 * How well findShifts (src/verdict/shifts.ts) tells a persistent shift from noise: false reports per
 * 100 unchanged runs, and how often a shift injected into a history is reported, located within ±1
 * run, by its k-th run at the new level. Works on any histories (measureShiftDetection), simulated
 * ones with the gate's noise model (printShiftCalibration) or real ones.
 *
 * Run alone (the shift rows only): `tsx scripts/calibrate/shifts.ts [--scale <factor>] [--seed <n>]
 * [--real]`; `--real` adds the rows on the real histories (real-shifts.ts) when they are present.
 */
import { pathToFileURL } from 'node:url'
import type { RunMetrics } from '../../src/metrics/model.js'
import { placedSteps } from '../../src/verdict/step-pairing.js'
import { findShifts, type Shift, type ShiftOptions } from '../../src/verdict/shifts.js'
import {
  GATE_DEFAULTS,
  makeRun,
  makeTimeline,
  seededRandom,
  type NoiseLevel,
  type Tails
} from './simulation.js'

export interface InjectedShift {
  name: string
  /** 'step': one step picked at random; 'run': every step. */
  target: 'step' | 'run'
  percent: number
  /** Reported by the k-th run at the new level (the first run counts as 1). */
  byRun: number
}

export interface ShiftDetectionOptions {
  random: () => number
  /** Injected shifts per scenario (spread over the histories). */
  trials: number
  scenarios: InjectedShift[]
  shiftOptions?: ShiftOptions
  /** Runs before an injected shift at least (default 27: a full 30-run window at its 3rd run). */
  runsBefore?: number
  /**
   * Per history, the runs known unchanged (real histories: labelled in hindsight); an injected
   * shift's runs, its first to its byRun-th, must all be, so that it is not measured on top of a
   * real change (a +25 % injected where the level really fell 70 % is no rise). Default: every run.
   */
  unchanged?: ReadonlyArray<readonly boolean[]>
}

export interface ShiftDetectionFigures {
  /** Runs judged for false reports: every run with at least runsBefore runs before it. */
  runsJudged: number
  /** New shifts reported on those runs, per 100 runs. */
  falseReportsPer100Runs: number
  detection: Array<{ name: string; trials: number; detected: number; rate: number }>
}

/** Histories oldest first, without known shifts; detection trials inject one into a copy. */
export function measureShiftDetection(
  histories: readonly RunMetrics[][],
  options: ShiftDetectionOptions
): ShiftDetectionFigures {
  const runsBefore = options.runsBefore ?? 27
  /** findShifts as run `end` would call it, with first runs as indices into the whole history. */
  const search = (runs: readonly RunMetrics[], end: number): Shift[] => {
    const from = Math.max(0, end - lookBack(options.shiftOptions) + 1)
    return findShifts(runs.slice(from, end + 1), options.shiftOptions).map((shift) => ({
      ...shift,
      firstIndex: from + shift.firstIndex
    }))
  }
  let runsJudged = 0
  let falseReports = 0
  for (const history of histories) {
    for (let end = runsBefore; end < history.length; end++) {
      runsJudged++
      falseReports += search(history, end).filter((shift) => shift.newInThisRun).length
    }
  }
  const detection = options.scenarios.map((scenario) => {
    let detected = 0
    const candidates = histories
      .map((history, index) => ({
        history,
        starts: startsOf(history.length, runsBefore, scenario.byRun, options.unchanged?.[index])
      }))
      .filter(({ starts }) => starts.length > 0)
    for (let trial = 0; trial < options.trials && candidates.length > 0; trial++) {
      const { history, starts } = candidates[Math.floor(options.random() * candidates.length)]
      const start = starts[Math.floor(options.random() * starts.length)]
      const runs = history.slice(0, start + scenario.byRun)
      const key = scenario.target === 'step' ? randomStepKey(runs[start], options.random) : null
      const shifted = injectShift(runs, start, key, scenario.percent)
      const found = (end: number) =>
        search(shifted, end).some(
          (shift) => matches(shift, key) && Math.abs(shift.firstIndex - start) <= 1
        )
      let hit = false
      for (let end = start; end < shifted.length && !hit; end++) hit = found(end)
      if (hit) detected++
    }
    const trials = candidates.length > 0 ? options.trials : 0
    return { name: scenario.name, trials, detected, rate: trials ? detected / trials : 0 }
  })
  return {
    runsJudged,
    falseReportsPer100Runs: runsJudged ? (falseReports * 100) / runsJudged : 0,
    detection
  }
}

/** The runs an injected shift may start at: runsBefore runs before it, byRun runs unchanged. */
function startsOf(
  length: number,
  runsBefore: number,
  byRun: number,
  unchanged: readonly boolean[] | undefined
): number[] {
  const starts: number[] = []
  for (let start = runsBefore; start + byRun <= length; start++) {
    let quiet = true
    for (let run = start; run < start + byRun && quiet; run++) quiet = unchanged?.[run] ?? true
    if (quiet) starts.push(start)
  }
  return starts
}

/** How many runs findShifts needs to see: its window plus the runs an earlier report may lie in. */
export function lookBack(options: ShiftOptions = {}): number {
  return (options.windowRuns ?? 30) + (options.maxAfter ?? 10)
}

interface StepKey {
  trackItemId: string
  stepId: string
}

function randomStepKey(run: RunMetrics, random: () => number): StepKey {
  const steps = placedSteps(run)
  const { trackItemId, stepId } = steps[Math.floor(random() * steps.length)]
  return { trackItemId, stepId }
}

function matches(shift: Shift, key: StepKey | null): boolean {
  if (key === null) return shift.kind === 'run'
  return (
    shift.kind === 'step' && shift.trackItemId === key.trackItemId && shift.stepId === key.stepId
  )
}

/** Copies of runs from `start` on with the p95 of one step (or of every step) raised. */
export function injectShift(
  runs: readonly RunMetrics[],
  start: number,
  key: StepKey | null,
  percent: number
): RunMetrics[] {
  const factor = 1 + percent / 100
  return runs.map((run, index) =>
    index < start
      ? run
      : {
          ...run,
          trackItems: run.trackItems.map((trackItem) => ({
            ...trackItem,
            steps: trackItem.steps.map((step) =>
              key === null ||
              (key.trackItemId === trackItem.trackItemId && key.stepId === step.stepId)
                ? { ...step, p95: step.p95 * factor }
                : step
            )
          }))
        }
  )
}

export const SHIFT_TARGETS: Array<InjectedShift & { goal: number }> = [
  { name: '1 step +80 % by its 3rd run', target: 'step', percent: 80, byRun: 3, goal: 0.8 },
  { name: 'whole run +25 % by its 3rd run', target: 'run', percent: 25, byRun: 3, goal: 0.93 },
  { name: '1 step +25 % by its 5th run', target: 'step', percent: 25, byRun: 5, goal: 0.45 }
]
/** The goal for false reports per 100 unchanged runs on the simulated model. */
const FALSE_REPORT_GOAL = 0.5

/** The gate's defaults, which the action passes to findShifts too. */
export const PRACTICAL_MINIMUM: ShiftOptions = {
  minChangePercent: GATE_DEFAULTS.maxRegressionPercent,
  noiseFloorMs: GATE_DEFAULTS.noiseFloorMs
}

/** Simulated histories of the gate's noise model (100 steps, spread 3–15 %, run factor 3 %). */
export function simulatedHistories(
  tails: Tails,
  count: number,
  length: number,
  random: () => number
): RunMetrics[][] {
  const level: NoiseLevel = {
    steps: 100,
    historyRuns: length,
    spread: [0.03, 0.15],
    runFactor: 0.03,
    tails
  }
  return Array.from({ length: count }, () => {
    const timeline = makeTimeline(level, random)
    return Array.from({ length }, (_, run) =>
      makeRun(level, timeline, random, `run_${run}`, () => 0, run)
    )
  })
}

/** The figures on simulated histories, as `npm run calibrate` prints them. */
export function printShiftCalibration(scale: number, random: () => number): void {
  console.log(
    '\nShift detection (findShifts: 30-run window, 3–10 runs at the new level, false-alarm rate\n' +
      '0.5 %, practical minimum +10 % and 20 ms): 100 steps, spread 3–15 %, run factor 3 %; a\n' +
      'shift counts when located within ±1 run.\n'
  )
  const line = (cells: string[]) => console.log(`| ${cells.join(' | ')} |`)
  line(['tails', 'false reports per 100 unchanged runs', ...SHIFT_TARGETS.map((s) => s.name)])
  line(Array(2 + SHIFT_TARGETS.length).fill('---'))
  for (const tails of ['light', 'heavy'] as const) {
    const histories = simulatedHistories(tails, Math.max(2, Math.round(80 * scale)), 60, random)
    const figures = measureShiftDetection(histories, {
      random,
      trials: Math.max(10, Math.round(300 * scale)),
      scenarios: SHIFT_TARGETS,
      shiftOptions: PRACTICAL_MINIMUM
    })
    line([
      tails,
      `${figures.falseReportsPer100Runs.toFixed(2)} (goal ≤ ${FALSE_REPORT_GOAL}; ${figures.runsJudged} runs)`,
      ...figures.detection.map(
        (found, index) =>
          `${(found.rate * 100).toFixed(0)} % (goal ≥ ${SHIFT_TARGETS[index].goal * 100} %)`
      )
    ])
  }
  printSearchCost(random)
}

/** Time and heap of one search of a 30-run history of a 20,000-step timeline with 20 shifted steps. */
function printSearchCost(random: () => number): void {
  const level: NoiseLevel = {
    steps: 20_000,
    historyRuns: 30,
    spread: [0.03, 0.15],
    runFactor: 0.03,
    tails: 'heavy'
  }
  const timeline = makeTimeline(level, random)
  const runs = Array.from({ length: level.historyRuns }, (_, run) =>
    makeRun(
      level,
      timeline,
      random,
      `run_${run}`,
      (step) => (run >= 25 && step % 1000 === 0 ? 0.6 : 0),
      run
    )
  )
  const heap = process.memoryUsage().heapUsed
  const started = performance.now()
  const cpu = process.cpuUsage()
  const found = findShifts(runs, PRACTICAL_MINIMUM).length
  const elapsed = performance.now() - started
  const { user, system } = process.cpuUsage(cpu)
  const grown = (process.memoryUsage().heapUsed - heap) / 2 ** 20
  console.log(
    `\nOne search of 30 runs × 20,000 steps: ${elapsed.toFixed(0)} ms ` +
      `(CPU ${((user + system) / 1000).toFixed(0)} ms), heap +${grown.toFixed(0)} MiB ` +
      `(${found} of 20 shifted steps found)`
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const option = (name: string) => {
    const index = process.argv.indexOf(name)
    return index === -1 ? undefined : process.argv[index + 1]
  }
  const started = Date.now()
  const seed = Number(option('--seed') ?? 1)
  printShiftCalibration(Number(option('--scale') ?? 1), seededRandom(seed))
  // Not awaited at the top level: real-shifts.ts imports this module, which must finish first.
  const real = process.argv.includes('--real')
    ? import('./real-shifts.js').then((rows) =>
        rows.printRealShiftRowsIfPresent(seededRandom(seed))
      )
    : Promise.resolve()
  void real.then(() => console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s`))
}
