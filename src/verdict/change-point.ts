/**
 * Where a series of positive figures (one step's p95 over runs, oldest first) moved to a new level
 * and stayed there. Small on purpose: one two-sample statistic maximised over the split.
 *
 * In log space y, for each split k (before = y[0..k) with n_b values, after = y[k..n) with n_a),
 * Student's two-sample t on values clipped around their segment's median m (one outlying run then
 * moves neither the level nor the spread by more than CLIP typical deviations):
 *   σ̂   = 1.2533 · mean |y − m|                       over both segments, at least 0.1 %
 *   c    = clip(y, m − CLIP·σ̂, m + CLIP·σ̂)             ȳ_b, ȳ_a: the segments' means of c
 *   s    = √((Σ_before (c − ȳ_b)² + Σ_after (c − ȳ_a)²) / (n − 2))     at least 0.1 %
 *   T_k  = (ȳ_a − ȳ_b) / (s · √(1/n_b + 1/n_a))
 * The split with the largest T in the direction asked wins when T is above the threshold and at
 * least minAfter values after it lie beyond the midpoint of the two segments' medians.
 *
 * Why this is robust enough: a one-run spike, however large, leaves the median after the split
 * where it was, so it never has minAfter values beyond the midpoint; two-run spikes fail the same
 * rule. Clipping keeps T close to Student's t with n − 2 degrees of freedom (what the threshold
 * assumes) under normal noise, where it clips almost nothing, and under heavy tails; without it one
 * run 50 % off in 30 (a slow runner, a cold cache: common in real histories) widened s tenfold and
 * hid a 25 % shift. The reported levels are the segments' medians.
 *
 * With setAsideOpposite (a one-sided search; findShifts uses it for the whole run's series only),
 * values before the split far on the other side of the level before are set aside:
 *   m_b  = median of the values before not set aside; σ̂ as above over the values kept
 *   set aside every y before the split with y ≤ m_b − CLIP·σ̂ (for 'down': y ≥ m_b + CLIP·σ̂),
 *   and take m_b and σ̂ again, until no more is set aside
 * and ȳ_b, s and n_b (and the threshold's n) count only the values kept. For an upward search a run
 * much faster than the level before it is evidence of neither level: on a shared runner pool a
 * fifth of a history's runs may be 10–45 % faster on every step (a faster machine), and each such
 * run, kept, widened s and σ̂ enough to hide a +25 % rise held three runs. Values after the split
 * are all kept, so a run at or below the old level after the split still counts against a shift
 * (two slow runs and a fast one are not three at a new level), and a one-run or two-run spike is
 * still never a shift. Under normal noise almost nothing lies 3σ̂ below (0.13 %), so T and its
 * threshold are as without it.
 *
 * With maxAfter, only recent splits are candidates; an older change that fits the series better
 * than any of them (and passes the same threshold) is cut off first, so a recent split is compared
 * with the level since that change and an old shift is not found again, one run later each time.
 */
import tQuantile from '@stdlib/stats-base-dists-t-quantile'
import { median } from './noise-model.js'
import { SortedSplit } from './sorted-window.js'

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
  /**
   * With direction 'up' (or 'down'): set aside the values before a split more than CLIP typical
   * deviations below (above) the level before it (see the formula above; default false).
   */
  setAsideOpposite?: boolean
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
  const found = findRecentShift(logs.subarray(start), options, start === scored.from)
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
  scored.from = -1
  let start = 0
  for (;;) {
    const part = logs.subarray(start)
    if (maxAfter === undefined || part.length - minBefore <= maxAfter) return start
    const best = bestSplit(part, minAfter, part.length - minBefore)
    scored.from = start
    const threshold = thresholdOf(part.length, options)
    if (best.after <= maxAfter || Math.abs(best.statistic) <= threshold) return start
    start += part.length - best.after
  }
}

/**
 * The splits bestSplit scored last, by values after the split: those of the series from `from` on
 * (-1: none). Every split with all values kept depends only on the values and the split, so
 * findRecentShift takes them from here rather than scoring the same splits again.
 */
const scored = {
  from: -1,
  statistic: new Float64Array(64),
  before: new Float64Array(64),
  after: new Float64Array(64)
}

/**
 * The split of largest |T| with `after` values after it, from minAfter to maxAfter; each split's T
 * and medians are kept in `scored`.
 */
function bestSplit(
  logs: Float64Array,
  minAfter: number,
  maxAfter: number
): { after: number; statistic: number } {
  const n = logs.length
  let best = { after: minAfter, statistic: 0 }
  if (maxAfter < minAfter) return best
  if (scored.statistic.length <= maxAfter) {
    scored.statistic = new Float64Array(2 * n)
    scored.before = new Float64Array(2 * n)
    scored.after = new Float64Array(2 * n)
  }
  segments.start(logs, n - minAfter)
  for (let after = minAfter; after <= maxAfter; after++) {
    if (after > minAfter) segments.stepBack()
    const { statistic, before, after: level } = splitAt(logs, segments, 0, current)
    scored.statistic[after] = statistic
    scored.before[after] = before
    scored.after[after] = level
    if (Math.abs(statistic) > Math.abs(best.statistic)) best = { after, statistic }
  }
  return best
}

/** With reuseScored, the splits of these logs with all values kept are read from `scored`. */
function findRecentShift(
  logs: Float64Array,
  options: LevelShiftOptions,
  reuseScored: boolean
): LevelShift | undefined {
  const n = logs.length
  const { minAfter, direction = 'both' } = options
  const minBefore = Math.max(1, options.minBefore ?? minAfter)
  const maxAfter = Math.min(options.maxAfter ?? Infinity, n - minBefore)
  if (minAfter < 1 || maxAfter < minAfter || n < 3) return undefined
  const sign = direction === 'down' ? -1 : 1
  const opposite = options.setAsideOpposite && direction !== 'both' ? sign : 0
  const reuse = reuseScored && opposite === 0
  const threshold = thresholdOf(n, options)
  if (!reuse) segments.start(logs, n - minAfter)
  let best: Split | undefined
  for (let after = minAfter; after <= maxAfter; after++) {
    if (!reuse && after > minAfter) segments.stepBack()
    const split = reuse
      ? scoredSplit(n, after, current)
      : splitAt(logs, segments, opposite, current)
    const oriented = direction === 'both' ? Math.abs(split.statistic) : sign * split.statistic
    if (oriented <= (split.kept === n ? threshold : thresholdOf(n, options, split.kept))) continue
    if (best && oriented <= Math.abs(best.statistic)) continue
    if (countBeyondMidpoint(logs, split) >= minAfter) best = { ...split }
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

function scoredSplit(n: number, after: number, into: Split): Split {
  into.split = n - after
  into.before = scored.before[after]
  into.after = scored.after[after]
  into.statistic = scored.statistic[after]
  into.kept = n
  return into
}

function thresholdOf(length: number, options: LevelShiftOptions, kept = length): number {
  return (
    options.threshold ??
    levelShiftThreshold(options.probability ?? DEFAULT_PROBABILITY, length, options, kept)
  )
}

const thresholds = new Map<string, number>()

/**
 * The |T| a split must exceed for a series of `length` values to show a false shift with at most
 * `probability`: the t quantile (n − 2 degrees of freedom, n the values kept: `length` unless some
 * were set aside) at probability shared evenly by the splits searched (and by both directions when
 * both count).
 */
export function levelShiftThreshold(
  probability: number,
  length: number,
  options: LevelShiftOptions,
  kept = length
): number {
  const minBefore = Math.max(1, options.minBefore ?? options.minAfter)
  const maxAfter = Math.min(options.maxAfter ?? Infinity, length - minBefore)
  const splits = Math.max(1, maxAfter - options.minAfter + 1)
  const sides = (options.direction ?? 'both') === 'both' ? 2 : 1
  const key = `${probability} ${splits * sides} ${kept}`
  let threshold = thresholds.get(key)
  if (threshold === undefined) {
    threshold = tQuantile(1 - probability / (splits * sides), Math.max(1, kept - 2))
    thresholds.set(key, threshold)
  }
  return threshold
}

/** Residuals beyond CLIP typical deviations from their segment's median are clipped there. */
const CLIP = 3
/**
 * The share of normal noise that lies beyond CLIP σ̂ of its median in a series of 30 (measured;
 * 0.27 % for σ̂ exact): the values the search clips when the noise is normal.
 */
export const NORMAL_CLIPPED_SHARE = 0.0035
/** No value set aside. */
const NONE_ASIDE = new Uint8Array(0)
/** σ of normal noise from its mean absolute deviation: √(π/2). */
const FROM_MEAN_DEVIATION = Math.sqrt(Math.PI / 2)

interface Split {
  /** Index of the first value after the split. */
  split: number
  /** The segments' medians (log). */
  before: number
  after: number
  /** T of the clipped values (see the formula above). */
  statistic: number
  /** Values not set aside. */
  kept: number
}

/** The segments of the split being scored and scratch for its clipped values: reused by all. */
const segments = new SortedSplit()
const current: Split = { split: 0, before: 0, after: 0, statistic: 0, kept: 0 }
let clipped = new Float64Array(64)

/**
 * T of the split at segments.split (into `into`, which is returned), the values clipped around
 * their segment's median. With side +1 (−1), values before the split far below (above) the level
 * before are set aside (setAside). Sums run over the values in index order, as the formula reads.
 */
function splitAt(logs: Float64Array, segments: SortedSplit, side: number, into: Split): Split {
  const n = logs.length
  const split = segments.split
  const after = segments.medianAfter()
  const { before, limit, aside } =
    side === 0 ? allKept(logs, segments, after) : setAside(logs, split, after, side)
  if (clipped.length < n) clipped = new Float64Array(2 * n)
  const c = clipped
  let sumBefore = 0
  let keptBefore = 0
  for (let i = 0; i < split; i++) {
    if (aside.length > 0 && aside[i] === 1) continue
    c[i] = before + Math.min(limit, Math.max(-limit, logs[i] - before))
    sumBefore += c[i]
    keptBefore++
  }
  let sumAfter = 0
  for (let i = split; i < n; i++) {
    c[i] = after + Math.min(limit, Math.max(-limit, logs[i] - after))
    sumAfter += c[i]
  }
  const meanBefore = sumBefore / keptBefore
  const meanAfter = sumAfter / (n - split)
  let within = 0
  for (let i = 0; i < split; i++) {
    if (aside.length === 0 || aside[i] === 0) within += (c[i] - meanBefore) ** 2
  }
  for (let i = split; i < n; i++) within += (c[i] - meanAfter) ** 2
  const count = keptBefore + n - split
  const spread = Math.max(MIN_LOG_SPREAD, Math.sqrt(within / Math.max(1, count - 2)))
  into.split = split
  into.before = before
  into.after = after
  into.statistic = (meanAfter - meanBefore) / (spread * Math.sqrt(1 / keptBefore + 1 / (n - split)))
  into.kept = count
  return into
}

interface Levels {
  /** The median before the split of the values kept. */
  before: number
  /** CLIP·σ̂. */
  limit: number
  /** 1 for the values set aside, by index (none past its length). */
  aside: Uint8Array
}

function allKept(logs: Float64Array, segments: SortedSplit, after: number): Levels {
  const split = segments.split
  const before = segments.medianBefore()
  let deviation = 0
  for (let i = 0; i < split; i++) deviation += Math.abs(logs[i] - before)
  for (let i = split; i < logs.length; i++) deviation += Math.abs(logs[i] - after)
  return { before, limit: limitOf(deviation, logs.length), aside: NONE_ASIDE }
}

/**
 * The values before the split that lie CLIP·σ̂ or more below (side −1: above) the level before are
 * set aside, and the level and σ̂ taken again over the rest, until none more is.
 */
function setAside(logs: Float64Array, split: number, after: number, side: number): Levels {
  const aside = new Uint8Array(split)
  const scratch = new Float64Array(split)
  for (;;) {
    let count = 0
    for (let i = 0; i < split; i++) if (!aside[i]) scratch[count++] = logs[i]
    const before = median(scratch.subarray(0, count))
    let deviation = 0
    for (let i = 0; i < logs.length; i++) {
      if (i >= split || !aside[i]) deviation += Math.abs(logs[i] - (i < split ? before : after))
    }
    const limit = limitOf(deviation, count + logs.length - split)
    let more = false
    for (let i = 0; i < split; i++) {
      if (aside[i] || side * (logs[i] - before) > -limit) continue
      aside[i] = 1
      more = true
    }
    if (!more) return { before, limit, aside }
  }
}

/**
 * How many of values lie beyond CLIP σ̂ of their median (σ̂ as in the formula above): the values
 * the search would clip in a segment of them. Scratch, as long as values, is reordered.
 */
export function countClipped(values: Float64Array, scratch: Float64Array): number {
  const copy = scratch.subarray(0, values.length)
  copy.set(values)
  const middle = median(copy)
  let deviation = 0
  for (const value of values) deviation += Math.abs(value - middle)
  const limit = limitOf(deviation, values.length)
  let count = 0
  for (const value of values) if (Math.abs(value - middle) > limit) count++
  return count
}

/** CLIP·σ̂ from the sum of absolute deviations of `count` values. */
function limitOf(deviation: number, count: number): number {
  return CLIP * Math.max(MIN_LOG_SPREAD, (FROM_MEAN_DEVIATION * deviation) / count)
}

/** How many values after the split lie beyond the midpoint of the two medians, away from before. */
function countBeyondMidpoint(logs: Float64Array, { split, before, after }: Split): number {
  const midpoint = (before + after) / 2
  let count = 0
  for (let i = split; i < logs.length; i++) {
    if (after > before ? logs[i] > midpoint : logs[i] < midpoint) count++
  }
  return count
}
