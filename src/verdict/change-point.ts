/**
 * Where a series of positive figures (one step's p95 over runs, oldest first) moved to a new level
 * and stayed there. Small on purpose: one two-sample statistic maximised over the split.
 *
 * In log space y, for each split k (before = y[0..k) with n_b values, after = y[k..n) with n_a):
 *   s   = √((Σ_before (y − ȳ_b)² + Σ_after (y − ȳ_a)²) / (n − 2))     pooled spread, at least 0.1 %
 *   T_k = (ȳ_a − ȳ_b) / (s · √(1/n_b + 1/n_a))                          Student's two-sample t
 * The split with the largest T in the direction asked wins when T is above the threshold and at
 * least minAfter values after it lie beyond the midpoint of the two segments' medians.
 *
 * Why this is robust enough: a one-run spike, however large, leaves the median after the split
 * where it was, so it never has minAfter values beyond the midpoint (and alone it lifts T to at
 * most 3.6 in 30 values); two-run spikes fail the same rule. Heavy-tailed noise widens s as much as
 * it moves the means, so T stays close to Student's t with n − 2 degrees of freedom (measured on
 * 30 values with normal and t₃ noise: false rates at or below the t quantile's), which is what the
 * threshold assumes. The reported levels are the segments' medians.
 *
 * With maxAfter, only recent splits are candidates; an older change that fits the series better
 * than any of them (and passes the same threshold) is cut off first, so a recent split is compared
 * with the level since that change and an old shift is not found again, one run later each time.
 */
import tQuantile from '@stdlib/stats-base-dists-t-quantile'
import { median } from './noise-model.js'

export interface LevelShift {
  /** Index (into the values given) of the first value at the new level. */
  firstAfter: number
  /** The levels before and after, in the units of the values (exp of the log levels). */
  levelBefore: number
  levelAfter: number
  /** (levelAfter / levelBefore − 1) · 100. */
  changePercent: number
  /** T of the split found: positive for a rise, negative for a fall. */
  statistic: number
}

export interface LevelShiftOptions {
  /** Values at the new level required at least (and the fewest after a split). */
  minAfter: number
  /** |T| a split must exceed; by default levelShiftThreshold(probability, …). */
  threshold?: number
  /** Chance of a false shift in this series, for the default threshold (default 0.001). */
  probability?: number
  /** Fewest values before a split (default minAfter). */
  minBefore?: number
  /**
   * Most values after a split, to look at recent shifts only (default: no limit). An older change
   * that explains the series better than any recent split ends the "before": the search then
   * compares with the level since that change.
   */
  maxAfter?: number
  /** Which shifts count (default 'both'). */
  direction?: 'up' | 'down' | 'both'
}

/** The false-alarm probability of the default threshold, for one series. */
export const DEFAULT_PROBABILITY = 0.001
/** A spread below 0.1 % is taken as 0.1 %: identical figures still shift only by a real step. */
const MIN_LOG_SPREAD = 0.001

/**
 * The most likely level shift of values (entries that are not positive numbers are skipped; the
 * indices still refer to values), or undefined when no split passes.
 */
export function findLevelShift(
  values: readonly number[],
  options: LevelShiftOptions
): LevelShift | undefined {
  const indices: number[] = []
  const logs: number[] = []
  values.forEach((value, index) => {
    if (value > 0 && Number.isFinite(value)) {
      indices.push(index)
      logs.push(Math.log(value))
    }
  })
  const found = findLogLevelShift(Float64Array.from(logs), options)
  if (found === undefined) return undefined
  return { ...found, firstAfter: indices[found.firstAfter] }
}

/** findLevelShift on log values already compacted (no gaps); levels are still returned as exp. */
export function findLogLevelShift(
  logs: Float64Array,
  options: LevelShiftOptions
): LevelShift | undefined {
  const start = startAfterOlderChanges(logs, options)
  const found = findRecentShift(logs.subarray(start), options)
  return found && { ...found, firstAfter: start + found.firstAfter }
}

/**
 * Where the level the recent splits are compared with begins: after the newest change older than
 * maxAfter values that is significant and fits the series better than every recent split; 0 when
 * there is none.
 */
function startAfterOlderChanges(logs: Float64Array, options: LevelShiftOptions): number {
  const { minAfter, maxAfter } = options
  const minBefore = Math.max(1, options.minBefore ?? minAfter)
  let start = 0
  for (;;) {
    const part = logs.subarray(start)
    if (maxAfter === undefined || part.length - minBefore <= maxAfter) return start
    const best = bestSplit(part, minAfter, part.length - minBefore)
    const threshold = thresholdOf(part.length, options)
    if (best.after <= maxAfter || Math.abs(best.statistic) <= threshold) return start
    start += part.length - best.after
  }
}

/** The split of largest |T| with `after` values after it, from minAfter to maxAfter. */
function bestSplit(
  logs: Float64Array,
  minAfter: number,
  maxAfter: number
): { after: number; statistic: number } {
  const sums = new SplitSums(logs)
  for (let after = 1; after < minAfter; after++) sums.moveAfter(logs.length - after)
  let best = { after: minAfter, statistic: 0 }
  for (let after = minAfter; after <= maxAfter; after++) {
    sums.moveAfter(logs.length - after)
    const statistic = sums.statistic()
    if (Math.abs(statistic) > Math.abs(best.statistic)) best = { after, statistic }
  }
  return best
}

function findRecentShift(logs: Float64Array, options: LevelShiftOptions): LevelShift | undefined {
  const n = logs.length
  const { minAfter, direction = 'both' } = options
  const minBefore = Math.max(1, options.minBefore ?? minAfter)
  const maxAfter = Math.min(options.maxAfter ?? Infinity, n - minBefore)
  if (minAfter < 1 || maxAfter < minAfter || n < 3) return undefined
  const threshold = thresholdOf(n, options)
  const sign = direction === 'down' ? -1 : 1
  const sums = new SplitSums(logs)
  for (let after = 1; after < minAfter; after++) sums.moveAfter(n - after)
  let work: Float64Array | undefined
  let best: { split: number; before: number; after: number; statistic: number } | undefined
  for (let after = minAfter; after <= maxAfter; after++) {
    const split = n - after
    sums.moveAfter(split)
    const statistic = sums.statistic()
    const oriented = direction === 'both' ? Math.abs(statistic) : sign * statistic
    if (oriented <= threshold || (best && oriented <= Math.abs(best.statistic))) continue
    work ??= new Float64Array(n)
    const before = medianOf(logs, 0, split, work)
    const level = medianOf(logs, split, n, work)
    if (countBeyondMidpoint(logs, split, before, level) >= minAfter) {
      best = { split, before, after: level, statistic }
    }
  }
  if (best === undefined) return undefined
  return {
    firstAfter: best.split,
    levelBefore: Math.exp(best.before),
    levelAfter: Math.exp(best.after),
    changePercent: (Math.exp(best.after - best.before) - 1) * 100,
    statistic: best.statistic
  }
}

function thresholdOf(length: number, options: LevelShiftOptions): number {
  return (
    options.threshold ??
    levelShiftThreshold(options.probability ?? DEFAULT_PROBABILITY, length, options)
  )
}

const thresholds = new Map<string, number>()

/**
 * The |T| a split must exceed for a series of `length` values to show a false shift with at most
 * `probability`: the t quantile (n − 2 degrees of freedom) at probability shared evenly by the
 * splits searched (and by both directions when both count).
 */
export function levelShiftThreshold(
  probability: number,
  length: number,
  options: LevelShiftOptions
): number {
  const minBefore = Math.max(1, options.minBefore ?? options.minAfter)
  const maxAfter = Math.min(options.maxAfter ?? Infinity, length - minBefore)
  const splits = Math.max(1, maxAfter - options.minAfter + 1)
  const sides = (options.direction ?? 'both') === 'both' ? 2 : 1
  const key = `${probability} ${splits * sides} ${length}`
  let threshold = thresholds.get(key)
  if (threshold === undefined) {
    threshold = tQuantile(1 - probability / (splits * sides), Math.max(1, length - 2))
    thresholds.set(key, threshold)
  }
  return threshold
}

/**
 * Sums and sums of squares of both segments as the split moves toward the start, so T of each
 * split costs O(1). Values are centred on their mean first, so the squares do not cancel out.
 */
class SplitSums {
  private readonly centred: Float64Array
  private beforeCount: number
  private beforeSum = 0
  private beforeSquares = 0
  private afterSum = 0
  private afterSquares = 0

  constructor(logs: Float64Array) {
    let mean = 0
    for (const value of logs) mean += value / logs.length
    this.centred = logs.map((value) => value - mean)
    this.beforeCount = logs.length
    for (const value of this.centred) this.beforeSquares += value * value
  }

  /** Moves the value at index (the last one before the split) into the after segment. */
  moveAfter(index: number): void {
    const value = this.centred[index]
    this.beforeCount--
    this.beforeSum -= value
    this.beforeSquares -= value * value
    this.afterSum += value
    this.afterSquares += value * value
  }

  /** T of the current split. */
  statistic(): number {
    const nBefore = this.beforeCount
    const nAfter = this.centred.length - nBefore
    const within =
      this.beforeSquares -
      (this.beforeSum * this.beforeSum) / nBefore +
      this.afterSquares -
      (this.afterSum * this.afterSum) / nAfter
    const variance = Math.max(0, within) / Math.max(1, this.centred.length - 2)
    const spread = Math.max(MIN_LOG_SPREAD, Math.sqrt(variance))
    const difference = this.afterSum / nAfter - this.beforeSum / nBefore
    return difference / (spread * Math.sqrt(1 / nBefore + 1 / nAfter))
  }
}

function countBeyondMidpoint(
  logs: Float64Array,
  split: number,
  before: number,
  after: number
): number {
  const midpoint = (before + after) / 2
  let count = 0
  for (let i = split; i < logs.length; i++) {
    if (after > before ? logs[i] > midpoint : logs[i] < midpoint) count++
  }
  return count
}

/** The median of values[from..to), sorted in scratch. */
function medianOf(values: Float64Array, from: number, to: number, scratch: Float64Array): number {
  const sorted = scratch.subarray(0, to - from)
  sorted.set(values.subarray(from, to))
  return median(sorted)
}
