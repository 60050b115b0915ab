/**
 * Persistent upward shifts in a timeline's history: which step (or the whole run) became slower a
 * few runs ago and stayed slower (see "Changes on the branch" in the README).
 *
 * Each run is reduced to its steps' log p95. The whole run's level in each run is its run factor:
 * the median over steps of log p95 less the step's median over the window. The run factor series is
 * searched for a shift as one series; each step is searched on its log p95 less the run factor, so
 * a shift of the whole run is one finding, not one per step. Every series goes through
 * findLevelShift (change-point.ts) with at least `minAfter` runs at the new level, at most
 * `maxAfter`, at a threshold that shares the false-alarm rate over the steps searched. The whole
 * run's search sets aside runs far faster than the level before a split (setAsideOpposite): a
 * faster runner moves every step of a run at once, so it shows in the run factor; the steps' series
 * are net of the run factor and keep their clipped, two-sided statistic.
 *
 * The threshold assumes normal noise. Under heavier tails three runs of one step a little high come
 * by chance far more often (t₃ noise: 5 times as many false shifts at the same threshold, measured
 * on 30-value series), and a step's own 30 runs cannot show its tail. So the steps' share of the
 * false-alarm rate is divided by the timeline's tail excess: how many times as many of the steps'
 * values lie beyond the search's clip (countClipped) as normal noise puts there, counted past two
 * standard deviations of normal noise's count (t₃ noise: about 6; normal noise: 1).
 *
 * Whether a shift is new is derived from the runs alone: the same search is repeated on the runs as
 * they were at each earlier run since the shift, and a shift that an earlier run would have found
 * (at a first run within minAfter − 1 of this one's) was reported then.
 */
import type { RunMetrics } from '../metrics/model.js'
import { recordedSteps } from '../metrics/recorded-run.js'
import { countClipped, findLogLevelShift, NORMAL_CLIPPED_SHARE } from './change-point.js'
import { HistoryFold } from './history.js'
import { median, runFactorOf } from './noise-model.js'
import { placedSteps, type PlacedStep } from './step-pairing.js'
import type { BaselineRunRef } from './types.js'

export interface ShiftOptions {
  /** Runs searched, this run included (default 30). */
  windowRuns?: number
  /** Runs at the new level before a shift is reported (default 3). */
  minAfter?: number
  /** Runs at the new level at most: older shifts were reported before (default 10). */
  maxAfter?: number
  /** Percent of unchanged runs in which a shift may be found by chance (default 0.5). */
  falseAlarmRate?: number
  /** Practical minimum: smaller rises never count (default 0). */
  minChangePercent?: number
  /** Practical minimum for a step: a rise of its level by this many ms or less never counts. */
  noiseFloorMs?: number
}

export interface Shift {
  kind: 'step' | 'run'
  /** The step's title, or the timeline's for the whole run. */
  step: string
  /** The step's track item title; null for the whole run. */
  trackItem: string | null
  stepId?: string
  trackItemId?: string
  /** How much the level rose, in percent; for a step, net of what the whole run did. */
  changePercent: number
  /** A step's median p95 before and since the shift. */
  levelBeforeMs?: number
  levelAfterMs?: number
  /** Runs at the new level, this run included. */
  runsSince: number
  /** Index into the runs given of the first run at the new level. */
  firstIndex: number
  /** Index of the last run before it (that has the step). */
  lastBeforeIndex: number
  /** True when no earlier run would have found this shift. */
  newInThisRun: boolean
  /** The earliest run (index) whose search found it; this run's index when new. */
  firstReportedIndex: number
  /** The search's T (change-point.ts). */
  statistic: number
}

/** Values the tail excess is counted on at most (steps taken evenly), and runs a step needs. */
const MAX_TAIL_VALUES = 20_000
const MIN_TAIL_RUNS = 10

/** The share of the false-alarm rate that the whole run's search gets; the steps share the rest. */
const RUN_SHARE = 0.2

interface Settings {
  windowRuns: number
  minAfter: number
  maxAfter: number
  alpha: number
  minChangePercent: number
  noiseFloorMs: number
}

/** Runs × steps of log p95 in the order given (NaN where a run lacks the step). */
interface Series {
  steps: PlacedStep[]
  runs: number
  logs: Float64Array
}

interface Found {
  firstIndex: number
  lastBeforeIndex: number
  changePercent: number
  statistic: number
}

/**
 * The persistent upward shifts in `runs` (oldest first, this run last), whole run first. The search
 * covers the last windowRuns runs; pass up to maxAfter more before them so that a shift's earlier
 * reports are judged on the runs those runs saw.
 */
export function findShifts(runs: readonly RunMetrics[], options: ShiftOptions = {}): Shift[] {
  const settings: Settings = {
    windowRuns: options.windowRuns ?? 30,
    minAfter: options.minAfter ?? 3,
    maxAfter: options.maxAfter ?? 10,
    alpha: (options.falseAlarmRate ?? 0.5) / 100,
    minChangePercent: options.minChangePercent ?? 0,
    noiseFloorMs: options.noiseFloorMs ?? 0
  }
  if (runs.length <= settings.minAfter) return []
  const search = new Search(seriesOf(runs), settings)
  const last = runs.length - 1
  const shifts: Shift[] = []
  const run = search.runShift(last)
  if (run) {
    const reported = search.firstReport(run, (end) => search.runShift(end))
    shifts.push({
      kind: 'run',
      step: runs[last].timelineTitle,
      trackItem: null,
      ...located(run, last, reported)
    })
  }
  const steps: Shift[] = []
  search.series.steps.forEach((placed, step) => {
    const found = search.stepShift(step, last)
    if (found === undefined) return
    const reported = search.firstReport(found, (end) => search.stepShift(step, end))
    steps.push({
      kind: 'step',
      step: placed.title,
      trackItem: placed.trackItem.title,
      stepId: placed.stepId,
      trackItemId: placed.trackItemId,
      ...search.levelsMs(step, found, last),
      ...located(found, last, reported)
    })
  })
  return [...shifts, ...steps.sort((a, b) => b.changePercent - a.changePercent)]
}

function located(
  found: Found,
  last: number,
  reported: number
): Omit<Shift, 'kind' | 'step' | 'trackItem'> {
  return {
    changePercent: found.changePercent,
    runsSince: last - found.firstIndex + 1,
    firstIndex: found.firstIndex,
    lastBeforeIndex: found.lastBeforeIndex,
    newInThisRun: reported === last,
    firstReportedIndex: reported,
    statistic: found.statistic
  }
}

/**
 * This run's steps lined up with every run's, paired as the gate pairs them (HistoryFold: by track
 * item, step ID, then title). A run a history holds compactly is lined up from its arrays; any
 * other with the same track items and steps in the same order (the usual case) is copied as it is.
 */
function seriesOf(runs: readonly RunMetrics[]): Series {
  const current = runs[runs.length - 1]
  const steps = placedSteps(current)
  const count = steps.length
  const logs = new Float64Array(runs.length * count)
  const fold = new HistoryFold(current)
  const indexOf = new Map<BaselineRunRef, number>()
  runs.forEach((run, index) => {
    const row = logs.subarray(index * count, (index + 1) * count)
    if (recordedSteps(run)) {
      fold.lineUp(run, row)
      for (let step = 0; step < count; step++) row[step] = logOf(row[step])
      return
    }
    if (fillAligned(run, current, row)) return
    const ref = { runId: run.runId, finishedAt: run.finishedAt }
    indexOf.set(ref, index)
    fold.add(run, ref)
  })
  if (fold.size > 0) {
    const history = fold.history()
    history.runs.forEach(({ ref }, row) => {
      const offset = (indexOf.get(ref) ?? 0) * count
      for (let step = 0; step < count; step++) {
        logs[offset + step] = logOf(history.rows[row].p95[step])
      }
    })
  }
  return { steps, runs: runs.length, logs }
}

/** Fills row with run's log p95 when its steps are this run's, in the same order. */
function fillAligned(run: RunMetrics, current: RunMetrics, row: Float64Array): boolean {
  if (run.trackItems.length !== current.trackItems.length) return false
  let column = 0
  for (let item = 0; item < run.trackItems.length; item++) {
    const { trackItemId, steps } = run.trackItems[item]
    const own = current.trackItems[item]
    if (trackItemId !== own.trackItemId || steps.length !== own.steps.length) return false
    for (let position = 0; position < steps.length; position++) {
      if (steps[position].stepId !== own.steps[position].stepId) return false
      row[column++] = logOf(steps[position].p95)
    }
  }
  return true
}

function logOf(p95: number): number {
  return p95 > 0 ? Math.log(p95) : NaN
}

/** The searches of one set of runs, at any run as the newest. */
class Search {
  private readonly factors: Float64Array
  private readonly searched: number
  /** By the run a window ends at: its tail excess (tailExcessAt), once worked out. */
  private readonly tailExcesses = new Map<number, number>()
  private readonly values: Float64Array
  private readonly indices: Int32Array

  constructor(
    readonly series: Series,
    private readonly settings: Settings
  ) {
    this.searched = Math.max(1, series.steps.length)
    this.values = new Float64Array(settings.windowRuns)
    this.indices = new Int32Array(settings.windowRuns)
    this.factors = this.runFactorsOf()
  }

  /** A shift of the whole run in the window that ends at run `end`. */
  runShift(end: number): Found | undefined {
    const factors = this.factors
    const from = this.windowStart(end)
    let count = 0
    for (let run = from; run <= end; run++) {
      if (Number.isNaN(factors[run])) continue
      this.values[count] = factors[run]
      this.indices[count++] = run
    }
    const found = this.search(count, this.settings.alpha * RUN_SHARE, true)
    return found && this.settings.minChangePercent < found.changePercent ? found : undefined
  }

  /** A shift of one step, net of the run factor, in the window that ends at run `end`. */
  stepShift(step: number, end: number): Found | undefined {
    const { logs, steps } = this.series
    const from = this.windowStart(end)
    let count = 0
    for (let run = from; run <= end; run++) {
      const value = logs[run * steps.length + step] - this.factors[run]
      if (!Number.isFinite(value)) continue
      this.values[count] = value
      this.indices[count++] = run
    }
    const share = (this.settings.alpha * (1 - RUN_SHARE)) / this.searched
    const probability = share / this.tailExcessAt(end)
    const found = this.search(count, probability)
    if (found === undefined || found.changePercent <= this.settings.minChangePercent) return
    const { levelBeforeMs, levelAfterMs } = this.levelsMs(step, found, end)
    return levelAfterMs - levelBeforeMs > this.settings.noiseFloorMs ? found : undefined
  }

  /**
   * The earliest run whose own search finds `found` (a shift first seen within minAfter − 1 runs of
   * it), or the newest run when none before it does.
   */
  firstReport(found: Found, searchAt: (end: number) => Found | undefined): number {
    const last = this.series.runs - 1
    const tolerance = this.settings.minAfter - 1
    const earliest = Math.max(0, found.firstIndex - tolerance) + this.settings.minAfter - 1
    for (let end = earliest; end < last; end++) {
      const earlier = searchAt(end)
      if (earlier && Math.abs(earlier.firstIndex - found.firstIndex) <= tolerance) return end
    }
    return last
  }

  /** A step's median p95 (ms) in the window before the shift and from it to run `end`. */
  levelsMs(
    step: number,
    found: Found,
    end: number
  ): { levelBeforeMs: number; levelAfterMs: number } {
    const { logs, steps } = this.series
    const before: number[] = []
    const after: number[] = []
    for (let run = this.windowStart(end); run <= end; run++) {
      const value = logs[run * steps.length + step]
      if (Number.isFinite(value)) (run < found.firstIndex ? before : after).push(value)
    }
    return {
      levelBeforeMs: Math.exp(median(Float64Array.from(before))),
      levelAfterMs: Math.exp(median(Float64Array.from(after)))
    }
  }

  private search(count: number, probability: number, setAsideFast = false): Found | undefined {
    const { minAfter, maxAfter } = this.settings
    const shift = findLogLevelShift(this.values.subarray(0, count), {
      minAfter,
      maxAfter,
      direction: 'up',
      probability,
      setAsideOpposite: setAsideFast
    })
    if (shift === undefined) return undefined
    return {
      firstIndex: this.indices[shift.firstAfter],
      lastBeforeIndex: this.indices[shift.firstAfter - 1],
      changePercent: shift.changePercent,
      statistic: shift.statistic
    }
  }

  private windowStart(end: number): number {
    return Math.max(0, end - this.settings.windowRuns + 1)
  }

  /**
   * How many times as often as normal noise the steps' values (net of the run factor) in the window
   * that ends at run `end` lie beyond the clip of their step's series (countClipped), counting only
   * the clipped values beyond two standard deviations of the count normal noise gives (√ of it, as
   * a Poisson count's): at least 1, and 1 unless the tails are clearly heavier than normal. Each
   * window has its own, so an earlier run's search is repeated as that run made it.
   */
  private tailExcessAt(end: number): number {
    let excess = this.tailExcesses.get(end)
    if (excess === undefined) {
      excess = this.tailExcessOf(this.windowStart(end), end + 1)
      this.tailExcesses.set(end, excess)
    }
    return excess
  }

  private tailExcessOf(from: number, to: number): number {
    const { logs, steps } = this.series
    const count = steps.length
    const column = new Float64Array(to - from)
    const scratch = new Float64Array(to - from)
    const stride = Math.max(1, Math.ceil((count * (to - from)) / MAX_TAIL_VALUES))
    let values = 0
    let clipped = 0
    for (let step = 0; step < count; step += stride) {
      let known = 0
      for (let run = from; run < to; run++) {
        const value = logs[run * count + step] - this.factors[run]
        if (Number.isFinite(value)) column[known++] = value
      }
      if (known < MIN_TAIL_RUNS) continue
      clipped += countClipped(column.subarray(0, known), scratch)
      values += known
    }
    const normal = NORMAL_CLIPPED_SHARE * values
    return values === 0 ? 1 : Math.max(1, (clipped - 2 * Math.sqrt(normal)) / normal)
  }

  /**
   * The run factor of every run given: the median over steps of its log p95 less the step's median
   * over the newest window. An earlier run's search had its own window's medians, which differ from
   * these by little and move all its run factors nearly alike, so its outcome is the same.
   */
  private runFactorsOf(): Float64Array {
    const { logs, steps, runs } = this.series
    const count = steps.length
    const from = this.windowStart(runs - 1)
    const levels = new Float64Array(count)
    const column = new Float64Array(runs - from)
    for (let step = 0; step < count; step++) {
      let known = 0
      for (let run = from; run < runs; run++) {
        const value = logs[run * count + step]
        if (Number.isFinite(value)) column[known++] = value
      }
      levels[step] = known === 0 ? NaN : median(column.subarray(0, known))
    }
    return Float64Array.from({ length: runs }, (_, run) =>
      count === 0 ? NaN : runFactorOf(logs.subarray(run * count, (run + 1) * count), levels)
    )
  }
}
