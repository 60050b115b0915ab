/**
 * The noise model of a timeline, learnt from its history (see "How the gate decides" in the README).
 *
 * In log space a step's p95 in history run h is  level(step) + runFactor(h) + noise(h, step):
 * - level: the step's usual p95;
 * - runFactor: how much the whole run moved together (a slower environment, another region's
 *   network), shared by every step of the run;
 * - noise: the step's own run-to-run movement, with a spread per step that is shrunk toward the
 *   spread pooled over all steps (so 3–5 runs already give a usable estimate), and a tail weight
 *   learnt from leave-one-run-out residuals pooled over steps.
 */
import type { Distributions } from './distributions.js'

/** Runs × steps of log p95, run-major; NaN where a run lacks the step or its p95 is 0. */
export interface LogMatrix {
  runs: number
  steps: number
  values: Float64Array
}

export interface NoiseModel {
  /** Each step's usual log p95. */
  level: Float64Array
  /** Each step's run-to-run spread of log p95 (a standard deviation), shrunk toward the pooled one. */
  spread: Float64Array
  /** How many history runs have the step. */
  samples: Int32Array
  /** Each history run's shared factor (log), centred on 0. */
  runFactors: Float64Array
  /** Run-to-run spread of the shared factor (log). */
  runSpread: number
  /** Student t fitted to the standardised leave-one-run-out residuals. */
  tail: { df: number; scale: number }
}

/** How many runs of prior weight the pooled spread gets when it is blended with a step's own. */
const PRIOR_DF = 4
/** A spread below 0.1 % is taken as 0.1 %: identical figures say little about the next run. */
const MIN_LOG_SPREAD = 0.001
/** Fewer standardised residuals than this: too few to learn a tail from; normal noise is assumed. */
const MIN_TAIL_RESIDUALS = 50
/** Residuals used for the tail fit at most, taken evenly over the history. */
const MAX_TAIL_RESIDUALS = 20000
const TAIL_DF_GRID = [1.5, 2, 2.5, 3, 4, 5, 6, 8, 12, 20, 40, 1000]
/**
 * A heavier tail than normal noise implies is used only when it fits the residuals clearly better:
 * by this much log-likelihood (a likelihood-ratio test at 1 %, χ² with one degree of freedom / 2).
 */
const TAIL_EVIDENCE = 3.3
const FACTOR_ITERATIONS = 3

interface Decomposition {
  level: Float64Array
  spread: Float64Array
  samples: Int32Array
  runFactors: Float64Array
}

export function fitNoiseModel(matrix: LogMatrix, distributions: Distributions): NoiseModel {
  const whole = decompose(matrix, -1)
  return {
    ...whole,
    runSpread: runSpreadOf(whole.runFactors),
    tail: fitTail(leaveOneRunOutResiduals(matrix), nominalDf(whole.samples), distributions)
  }
}

/**
 * Each step's one-sided limit of its deviation (log) at a false-alarm probability: the t quantile
 * that normal noise implies for its history, widened by the tail weight (how much further out the
 * fitted tail puts that quantile than normal noise would for the leave-one-run-out residuals it was
 * learnt from; never narrowed), times the step's prediction spread.
 */
export function stepLimits(
  model: NoiseModel,
  probability: number,
  distributions: Distributions
): Float64Array {
  const quantile = memoized((df: number) => distributions.tQuantile(1 - probability, df))
  const fitted = model.tail.scale > 0 ? model.tail.scale * quantile(model.tail.df) : 0
  return model.spread.map((_, step) => {
    const runs = model.samples[step]
    const normal = quantile(Math.max(1, runs - 1) + PRIOR_DF)
    const normalLeavingOneOut = quantile(Math.max(1, runs - 2) + PRIOR_DF)
    const tailWeight = Math.max(1, fitted / normalLeavingOneOut)
    return tailWeight * normal * predictionSpread(model, step)
  })
}

function memoized(compute: (df: number) => number): (df: number) => number {
  const known = new Map<number, number>()
  return (df) => {
    let value = known.get(df)
    if (value === undefined) {
      value = compute(df)
      known.set(df, value)
    }
    return value
  }
}

/** The spread of one new value of the step around its level: its noise plus the level's error. */
function predictionSpread(model: Pick<NoiseModel, 'spread' | 'samples'>, step: number): number {
  return model.spread[step] * Math.sqrt(1 + 1 / Math.max(1, model.samples[step]))
}

/** The one-sided limit of the run factor at a false-alarm probability (a t prediction limit). */
export function runLimit(
  model: NoiseModel,
  probability: number,
  distributions: Distributions
): number {
  const runs = model.runFactors.length
  const quantile = distributions.tQuantile(1 - probability, Math.max(1, runs - 1))
  return quantile * model.runSpread * Math.sqrt(1 + 1 / runs)
}

/** The shared factor of a run: the median of its steps' log p95 less their levels. */
export function runFactorOf(logP95: Float64Array, level: Float64Array): number {
  const deviations = new Float64Array(level.length)
  let count = 0
  for (let step = 0; step < level.length; step++) {
    const deviation = logP95[step] - level[step]
    if (Number.isFinite(deviation)) deviations[count++] = deviation
  }
  return count === 0 ? 0 : median(deviations.subarray(0, count))
}

/** Levels, run factors and shrunk spreads, leaving out one run (or none, with -1). */
function decompose(matrix: LogMatrix, leftOut: number): Decomposition {
  const { runs, steps, values } = matrix
  const level = new Float64Array(steps)
  const samples = new Int32Array(steps)
  const runFactors = new Float64Array(runs).fill(NaN)
  const column = new Float64Array(runs)
  for (let step = 0; step < steps; step++) {
    let count = 0
    for (let run = 0; run < runs; run++) {
      const value = values[run * steps + step]
      if (run !== leftOut && Number.isFinite(value)) column[count++] = value
    }
    samples[step] = count
    level[step] = count === 0 ? NaN : median(column.subarray(0, count))
  }
  for (let iteration = 0; iteration < FACTOR_ITERATIONS; iteration++) {
    for (let run = 0; run < runs; run++) {
      if (run !== leftOut) runFactors[run] = runFactorOf(values.subarray(run * steps), level)
    }
    centre(runFactors)
    levelsWithoutRunFactors(matrix, runFactors, level)
  }
  return { level, spread: shrunkSpreads(matrix, level, runFactors, samples), samples, runFactors }
}

function centre(runFactors: Float64Array): void {
  let sum = 0
  let count = 0
  for (const factor of runFactors) {
    if (Number.isNaN(factor)) continue
    sum += factor
    count++
  }
  const mean = count === 0 ? 0 : sum / count
  for (let run = 0; run < runFactors.length; run++) runFactors[run] -= mean
}

function levelsWithoutRunFactors(
  matrix: LogMatrix,
  runFactors: Float64Array,
  level: Float64Array
): void {
  const { runs, steps, values } = matrix
  for (let step = 0; step < steps; step++) {
    let sum = 0
    let count = 0
    for (let run = 0; run < runs; run++) {
      const value = values[run * steps + step] - runFactors[run]
      if (!Number.isFinite(value)) continue
      sum += value
      count++
    }
    if (count > 0) level[step] = sum / count
  }
}

/** Each step's residual variance blended with the median over steps, PRIOR_DF runs' worth. */
function shrunkSpreads(
  matrix: LogMatrix,
  level: Float64Array,
  runFactors: Float64Array,
  samples: Int32Array
): Float64Array {
  const { runs, steps, values } = matrix
  const variances = new Float64Array(steps).fill(NaN)
  const known = new Float64Array(steps)
  let knownCount = 0
  for (let step = 0; step < steps; step++) {
    if (samples[step] < 2) continue
    let sum = 0
    for (let run = 0; run < runs; run++) {
      const residual = values[run * steps + step] - level[step] - runFactors[run]
      if (Number.isFinite(residual)) sum += residual * residual
    }
    variances[step] = sum / (samples[step] - 1)
    known[knownCount++] = variances[step]
  }
  const pooled = knownCount === 0 ? MIN_LOG_SPREAD ** 2 : median(known.subarray(0, knownCount))
  const spread = new Float64Array(steps)
  for (let step = 0; step < steps; step++) {
    const df = Math.max(0, samples[step] - 1)
    const own = df === 0 ? 0 : variances[step] * df
    const variance = (own + PRIOR_DF * pooled) / (df + PRIOR_DF)
    spread[step] = Math.max(MIN_LOG_SPREAD, Math.sqrt(variance))
  }
  return spread
}

function runSpreadOf(runFactors: Float64Array): number {
  let sum = 0
  for (const factor of runFactors) sum += factor * factor
  const variance = runFactors.length > 1 ? sum / (runFactors.length - 1) : 0
  return Math.max(MIN_LOG_SPREAD, Math.sqrt(variance))
}

/**
 * Each history run judged as if it were a new run against the others: its steps' deviations in
 * units of their prediction spread. With normal noise these follow a t distribution; spiky steps
 * show as heavier tails.
 */
function leaveOneRunOutResiduals(matrix: LogMatrix): number[] {
  const { runs, steps, values } = matrix
  const stride = Math.max(1, Math.ceil((runs * steps) / MAX_TAIL_RESIDUALS))
  const residuals: number[] = []
  if (runs < 3) return residuals
  for (let run = 0; run < runs; run++) {
    const others = decompose(matrix, run)
    const row = values.subarray(run * steps, (run + 1) * steps)
    const factor = runFactorOf(row, others.level)
    for (let step = run % stride; step < steps; step += stride) {
      const residual = (row[step] - others.level[step] - factor) / predictionSpread(others, step)
      if (Number.isFinite(residual) && others.samples[step] >= 2) residuals.push(residual)
    }
  }
  return residuals
}

/** The degrees of freedom normal noise gives a typical step's leave-one-run-out residual. */
function nominalDf(samples: Int32Array): number {
  const sorted = Float64Array.from(samples).sort()
  return Math.max(1, sorted[Math.floor(sorted.length / 2)] - 2) + PRIOR_DF
}

/**
 * Maximum-likelihood Student t (df from a grid, scale by EM) for the residuals, kept only when it
 * beats the t that normal noise implies (nominal df, scale fitted) by TAIL_EVIDENCE.
 */
function fitTail(
  residuals: number[],
  nominal: number,
  distributions: Distributions
): NoiseModel['tail'] {
  if (residuals.length < MIN_TAIL_RESIDUALS) return { df: Infinity, scale: 0 }
  let best = { df: Infinity, scale: 0, logLikelihood: -Infinity }
  let normal = best
  for (const df of [nominal, ...TAIL_DF_GRID]) {
    const scale = tScale(residuals, df)
    // log density of t: its value at 0 less (df + 1) / 2 · log(1 + x² / df)
    let logLikelihood = residuals.length * (distributions.tLogPdf(0, df) - Math.log(scale))
    for (const residual of residuals) {
      logLikelihood -= ((df + 1) / 2) * Math.log1p((residual / scale) ** 2 / df)
    }
    if (df === nominal) normal = { df, scale, logLikelihood }
    if (logLikelihood > best.logLikelihood) best = { df, scale, logLikelihood }
  }
  const chosen = best.logLikelihood - normal.logLikelihood < TAIL_EVIDENCE ? normal : best
  return { df: chosen.df, scale: chosen.scale }
}

/** The EM fixed point of a t distribution's scale for a given df. */
function tScale(residuals: number[], df: number): number {
  let sumOfSquares = 0
  for (const residual of residuals) sumOfSquares += residual * residual
  let variance = sumOfSquares / residuals.length
  for (let iteration = 0; iteration < 30; iteration++) {
    let weighted = 0
    for (const residual of residuals) {
      const squared = residual * residual
      weighted += ((df + 1) * squared) / (df + squared / variance)
    }
    const next = weighted / residuals.length
    const converged = Math.abs(next - variance) < 1e-6 * variance
    variance = next
    if (converged) break
  }
  return Math.sqrt(Math.max(variance, 1e-12))
}

/** The median of values, which it sorts in place. */
export function median(values: Float64Array): number {
  if (values.length <= 16) insertionSort(values)
  else values.sort()
  const middle = Math.floor(values.length / 2)
  return values.length % 2 === 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
}

/** Faster than a native sort for the few values of one step's history. */
function insertionSort(values: Float64Array): void {
  for (let i = 1; i < values.length; i++) {
    const value = values[i]
    let j = i - 1
    while (j >= 0 && values[j] > value) {
      values[j + 1] = values[j]
      j--
    }
    values[j + 1] = value
  }
}
