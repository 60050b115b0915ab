/**
 * Each step's history for the noise model (see noise-model.ts): its values less the run factors,
 * where its level shifted and held, its residuals from the median of its segment, and which of
 * them are noise rather than spikes or regressions. Flat typed arrays, reused scratch.
 */
import type { LogMatrix } from './noise-model.js'
import { median, medianOfRange } from './robust.js'

/** Where a series' level shifted and held: the index of its first value at the new level. */
export type ShiftFinder = (values: Float64Array) => number | undefined

/** A spread below 0.1 % is taken as 0.1 %: identical figures say little about the next run. */
export const MIN_LOG_SPREAD = 0.001
/**
 * A history value further than this many robust spreads (1.4826 · median absolute deviation) from
 * its level is a spike or a regression, not noise: it is left out of the spread. Normal noise
 * passes it once in 2,000 values.
 */
const OUTLIER = 3.5
/** Fewer kept values than this: too few for a robust spread to screen them. */
const MIN_SCREENED = 5

/**
 * Every step's history values less the run factors, without gaps, step-major: step s holds
 * count[s] values from s · stride on. Flat typed arrays, so fitting 20,000 steps makes no garbage.
 */
export interface StepFits {
  stride: number
  count: Int32Array
  /** The history run of each value. */
  runs: Int32Array
  values: Float64Array
  /** Each value's deviation from the median of its segment (before or since the shift). */
  residuals: Float64Array
  /** 1 where the residual is noise, 0 where it is a spike or a regression. */
  kept: Uint8Array
  /** The index of the step's first value at its current level: 0 without a held shift. */
  since: Int32Array
  /** The median of the values since the shift (NaN without values). */
  level: Float64Array
}

/** Every step's values less the run factors, its shift, residuals and which of them are noise. */
export function fitSteps(
  matrix: LogMatrix,
  runFactors: Float64Array,
  findShift: ShiftFinder
): StepFits {
  const fits = emptyFits(matrix.steps, matrix.runs)
  const scratch = new Float64Array(matrix.runs)
  for (let step = 0; step < matrix.steps; step++) {
    const from = step * fits.stride
    let count = 0
    for (let run = 0; run < matrix.runs; run++) {
      const value = matrix.values[run * matrix.steps + step] - runFactors[run]
      if (!Number.isFinite(value)) continue
      fits.values[from + count] = value
      fits.runs[from + count++] = run
    }
    fits.count[step] = count
    screen(fits, step, findShift, scratch)
  }
  return fits
}

export function emptyFits(steps: number, stride: number): StepFits {
  return {
    stride,
    count: new Int32Array(steps),
    runs: new Int32Array(steps * stride),
    values: new Float64Array(steps * stride),
    residuals: new Float64Array(steps * stride),
    kept: new Uint8Array(steps * stride),
    since: new Int32Array(steps),
    level: new Float64Array(steps)
  }
}

/** A step's shift, its residuals from the median of its segment, and which are kept as noise. */
export function screen(
  fits: StepFits,
  step: number,
  findShift: ShiftFinder,
  scratch: Float64Array
): void {
  const from = step * fits.stride
  const to = from + fits.count[step]
  const since = to === from ? 0 : (findShift(fits.values.subarray(from, to)) ?? 0)
  const split = from + since
  const before = since === 0 ? NaN : medianOfRange(fits.values, from, split, scratch)
  const after = medianOfRange(fits.values, split, to, scratch)
  for (let at = from; at < to; at++) {
    fits.residuals[at] = fits.values[at] - (at < split ? before : after)
    scratch[at - from] = Math.abs(fits.residuals[at])
  }
  const cutoff =
    to - from < MIN_SCREENED
      ? Infinity
      : OUTLIER * Math.max(MIN_LOG_SPREAD, 1.4826 * median(scratch.subarray(0, to - from)))
  for (let at = from; at < to; at++) fits.kept[at] = Math.abs(fits.residuals[at]) <= cutoff ? 1 : 0
  fits.since[step] = since
  fits.level[step] = after
}

export function segmentsOf(fits: StepFits, step: number): number {
  return fits.since[step] === 0 ? 1 : 2
}

export function keptCount(fits: StepFits, step: number): number {
  const from = step * fits.stride
  let count = 0
  for (let at = from; at < from + fits.count[step]; at++) count += fits.kept[at]
  return count
}

/** The sum of squares of the step's kept residuals, or of those above its level only. */
export function keptSquares(fits: StepFits, step: number, onlyAbove = false): number {
  const from = step * fits.stride
  let sum = 0
  for (let at = from; at < from + fits.count[step]; at++) {
    const residual = fits.residuals[at]
    if (fits.kept[at] === 1 && (!onlyAbove || residual > 0)) sum += residual * residual
  }
  return sum
}

/** The index (among the step's values) of its largest residual, -1 without values. */
export function extremeOf(fits: StepFits, step: number): number {
  const from = step * fits.stride
  let extreme = -1
  for (let index = 0; index < fits.count[step]; index++) {
    const size = Math.abs(fits.residuals[from + index])
    if (extreme < 0 || size > Math.abs(fits.residuals[from + extreme])) extreme = index
  }
  return extreme
}
