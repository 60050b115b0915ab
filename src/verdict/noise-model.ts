/**
 * The noise model of a timeline, learnt from its history (see "How the gate decides" in the README).
 *
 * In log space a step's p95 in history run h is  level(step) + runFactor(h) + noise(h, step). Every
 * estimate is robust, so that one history run — a spike, or a regression that got through — cannot
 * move a step's limit much:
 * - runFactor: how much the whole run moved together, the median over steps of its deviations;
 * - level: the median over runs, taken from the runs since a held level shift when there is one
 *   (the new level is the baseline; the noise before it still counts for the spread);
 * - spread: the standard deviation of the step's deviations from its level, leaving out those past
 *   OUTLIER robust spreads (step-fits.ts: spikes and regressions, not noise), blended with its
 *   noise class (steps of similar spread) by PRIOR_DF runs' worth;
 * - tail weight: per noise class, from a Student t fitted to the class's leave-one-run-out
 *   residuals, capped at MAX_TAIL_WEIGHT.
 */
import type { Distributions } from './distributions.js'
import { median, medianWithout, sortInPlace } from './robust.js'
import {
  emptyFits,
  extremeOf,
  fitSteps,
  keptCount,
  keptSquares,
  MIN_LOG_SPREAD,
  screen,
  segmentsOf,
  type ShiftFinder,
  type StepFits
} from './step-fits.js'

export { median }
export type { ShiftFinder }

/** Runs × steps of log p95, run-major; NaN where a run lacks the step or its p95 is 0. */
export interface LogMatrix {
  runs: number
  steps: number
  values: Float64Array
}

export interface NoiseClass {
  steps: number
  /** The range of its steps' spreads (log). */
  lowestSpread: number
  highestSpread: number
  /** Student t fitted to its residuals; df Infinity and scale 0 when too few to fit. */
  tail: { df: number; scale: number }
  /** The degrees of freedom normal noise would give its residuals. */
  nominalDf: number
}

export interface NoiseModel {
  /** Each step's usual log p95 (since its level last shifted). */
  level: Float64Array
  /** Each step's run-to-run spread of log p95 (a standard deviation). */
  spread: Float64Array
  /** The degrees of freedom of each step's spread. */
  df: Float64Array
  /** How many history runs each step's level is taken from. */
  levelRuns: Int32Array
  /** Each step's first history run at its current level: 0 unless its level shifted. */
  levelSince: Int32Array
  /** Each step's most extreme history run (-1 if none) and its deviation from the level there. */
  extremeRun: Int32Array
  extremeDeviation: Float64Array
  /** Each step's noise class (an index into classes). */
  stepClass: Uint8Array
  classes: NoiseClass[]
  /** Each history run's shared factor (log). */
  runFactors: Float64Array
  /** The usual shared factor (since the whole run's level last shifted), its spread and df. */
  run: { level: number; since: number; levelRuns: number; spread: number; df: number }
}

/** How many runs of prior weight a step's noise class gets when blended with its own spread. */
const PRIOR_DF = 4
/** The variance of a median of n normal values is about π/2 · σ² / n. */
const MEDIAN_ERROR = Math.PI / 2
/** Steps per noise class at least, and classes at most. */
const MIN_CLASS_STEPS = 20
const MAX_CLASSES = 4
/** Fewer standardised residuals than this in a class: too few to learn a tail from. */
const MIN_TAIL_RESIDUALS = 50
/** Residuals used for the tail fits at most, shared by the classes, taken evenly over the history. */
const MAX_TAIL_RESIDUALS = 20000
const TAIL_DF_GRID = [1.5, 2, 2.5, 3, 4, 5, 6, 8, 12, 20, 40, 1000]
/**
 * A heavier tail than normal noise implies is used only when it fits the residuals clearly better:
 * by this much log-likelihood (a likelihood-ratio test at 1 %, χ² with one degree of freedom / 2).
 */
const TAIL_EVIDENCE = 3.3
/** Tails widen a limit at most this many times (t₃ noise at a 1 % budget over 100 steps needs about 5). */
export const MAX_TAIL_WEIGHT = 8
const FACTOR_ITERATIONS = 3

export function fitNoiseModel(
  matrix: LogMatrix,
  distributions: Distributions,
  findShift: ShiftFinder = () => undefined
): NoiseModel {
  const { level, runFactors } = decompose(matrix)
  const steps = matrix.steps
  const model: NoiseModel = {
    level,
    spread: new Float64Array(steps),
    df: new Float64Array(steps),
    levelRuns: new Int32Array(steps),
    levelSince: new Int32Array(steps),
    extremeRun: new Int32Array(steps).fill(-1),
    extremeDeviation: new Float64Array(steps),
    stepClass: new Uint8Array(steps),
    classes: [],
    runFactors,
    run: runLevel(runFactors, findShift)
  }
  const ownVariance = new Float64Array(steps).fill(NaN)
  const ownDf = new Float64Array(steps)
  const fits = fitSteps(matrix, runFactors, findShift)
  level.set(fits.level)
  for (let step = 0; step < steps; step++) {
    const from = step * fits.stride
    const since = fits.since[step]
    model.levelRuns[step] = fits.count[step] - since
    model.levelSince[step] = since === 0 ? 0 : fits.runs[from + since]
    ownDf[step] = Math.max(0, keptCount(fits, step) - segmentsOf(fits, step))
    if (ownDf[step] > 0) ownVariance[step] = keptSquares(fits, step) / ownDf[step]
    const extreme = extremeOf(fits, step)
    if (extreme >= 0) {
      model.extremeRun[step] = fits.runs[from + extreme]
      model.extremeDeviation[step] = fits.residuals[from + extreme]
    }
  }
  const priors = classify(ownVariance, model)
  for (let step = 0; step < steps; step++) {
    const prior = priors[model.stepClass[step]]
    const own = ownDf[step] > 0 ? ownVariance[step] * ownDf[step] : 0
    model.df[step] = ownDf[step] + PRIOR_DF
    model.spread[step] = Math.max(
      MIN_LOG_SPREAD,
      Math.sqrt((own + PRIOR_DF * prior) / model.df[step])
    )
  }
  model.classes.forEach((noiseClass, index) => {
    const residuals = classResiduals(fits, model, index, priors[index])
    noiseClass.tail = fitTail(residuals, noiseClass.nominalDf, distributions)
  })
  return model
}

/**
 * Each step's one-sided limit of its deviation (log) at a false-alarm probability: the t quantile
 * of its spread's degrees of freedom, widened by its class's tail weight, times the spread of one
 * new value around the step's level.
 */
export function stepLimits(
  model: NoiseModel,
  probability: number,
  distributions: Distributions
): { limits: Float64Array; tailWeights: Float64Array } {
  const quantile = memoized((df: number) => distributions.tQuantile(1 - probability, df))
  const classWeights = model.classes.map((noiseClass) => {
    if (noiseClass.tail.scale === 0) return 1
    const fitted = noiseClass.tail.scale * quantile(noiseClass.tail.df)
    return Math.min(MAX_TAIL_WEIGHT, Math.max(1, fitted / quantile(noiseClass.nominalDf)))
  })
  const tailWeights = Float64Array.from(model.stepClass, (index) => classWeights[index] ?? 1)
  const factorVariance = runFactorVariance(model)
  const limits = model.spread.map(
    (spread, step) =>
      tailWeights[step] *
      quantile(model.df[step]) *
      Math.sqrt(
        spread * spread * (1 + MEDIAN_ERROR / Math.max(1, model.levelRuns[step])) + factorVariance
      )
  )
  return { limits, tailWeights }
}

/**
 * The error of this run's shared factor, a median over its steps' deviations: it moves every step's
 * deviation alike, and matters for the quiet steps, whose own noise is small beside it.
 */
function runFactorVariance(model: NoiseModel): number {
  const variances = Float64Array.from(model.spread, (spread) => spread * spread).filter(
    (_, step) => model.levelRuns[step] > 0
  )
  return variances.length === 0 ? 0 : (MEDIAN_ERROR * median(variances)) / variances.length
}

/** The one-sided limit of the run factor's move from its level at a false-alarm probability. */
export function runLimit(
  model: NoiseModel,
  probability: number,
  distributions: Distributions
): number {
  const { df, spread, levelRuns } = model.run
  if (df < 1) return Infinity
  const quantile = distributions.tQuantile(1 - probability, df)
  return quantile * spread * Math.sqrt(1 + MEDIAN_ERROR / Math.max(1, levelRuns))
}

/**
 * The shared factor of a run: the median of its steps' log p95 less their levels. Scratch, as
 * long as level, holds the deviations.
 */
export function runFactorOf(
  logP95: Float64Array,
  level: Float64Array,
  deviations = new Float64Array(level.length)
): number {
  let count = 0
  for (let step = 0; step < level.length; step++) {
    const deviation = logP95[step] - level[step]
    if (Number.isFinite(deviation)) deviations[count++] = deviation
  }
  return count === 0 ? 0 : median(deviations.subarray(0, count))
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

/** Median levels and run factors, alternately, the factors centred on their median. */
function decompose(matrix: LogMatrix): { level: Float64Array; runFactors: Float64Array } {
  const { runs, steps, values } = matrix
  const level = new Float64Array(steps)
  const runFactors = new Float64Array(runs)
  const column = new Float64Array(runs)
  const deviations = new Float64Array(steps)
  for (let iteration = 0; iteration < FACTOR_ITERATIONS; iteration++) {
    for (let step = 0; step < steps; step++) {
      let count = 0
      for (let run = 0; run < runs; run++) {
        const value = values[run * steps + step] - runFactors[run]
        if (Number.isFinite(value)) column[count++] = value
      }
      level[step] = count === 0 ? NaN : median(column.subarray(0, count))
    }
    for (let run = 0; run < runs; run++) {
      const logP95 = values.subarray(run * steps, (run + 1) * steps)
      runFactors[run] = runFactorOf(logP95, level, deviations)
    }
    const centre = runs === 0 ? 0 : median(Float64Array.from(runFactors))
    for (let run = 0; run < runs; run++) runFactors[run] -= centre
  }
  return { level, runFactors }
}

/**
 * The whole run's level (since a held shift), and the robust spread of the factors above it. The
 * whole-run test asks only whether a run is slower than usual, so its band is learnt from the runs
 * slower than the level: with symmetric noise the sum of their squares is half of all, so the
 * spread is √(2 · Σ above / d) with d the degrees of freedom of all, and its own are d / 2. Runs
 * that were much faster than usual (a runner that is sometimes quicker) then do not widen it.
 */
function runLevel(runFactors: Float64Array, findShift: ShiftFinder): NoiseModel['run'] {
  const runs = runFactors.length
  const fits = emptyFits(1, runs)
  fits.values.set(runFactors)
  fits.count[0] = runs
  screen(fits, 0, findShift, new Float64Array(runs))
  const since = fits.since[0]
  const allDf = keptCount(fits, 0) - segmentsOf(fits, 0)
  const df = allDf / 2
  const squares = 2 * keptSquares(fits, 0, true)
  return {
    level: runs === since ? 0 : fits.level[0],
    since,
    levelRuns: runs - since,
    spread: df < 1 ? 0 : Math.max(MIN_LOG_SPREAD, Math.sqrt(squares / allDf)),
    df
  }
}

/**
 * Sorts the steps into noise classes by their own spread and returns each class's median variance
 * (the prior its steps are blended with). Steps without a spread of their own join the middle class.
 */
function classify(ownVariance: Float64Array, model: NoiseModel): number[] {
  const known: number[] = []
  ownVariance.forEach((variance, step) => {
    if (Number.isFinite(variance)) known.push(step)
  })
  known.sort((a, b) => ownVariance[a] - ownVariance[b])
  const count = Math.max(1, Math.min(MAX_CLASSES, Math.floor(known.length / MIN_CLASS_STEPS)))
  const priors: number[] = []
  for (let index = 0; index < count; index++) {
    const members = known.slice(
      Math.floor((index * known.length) / count),
      Math.floor(((index + 1) * known.length) / count)
    )
    for (const step of members) model.stepClass[step] = index
    const variances = Float64Array.from(members, (step) => ownVariance[step])
    const lowestSpread = Math.sqrt(variances[0] ?? 0)
    const highestSpread = Math.sqrt(variances.at(-1) ?? 0)
    priors.push(variances.length === 0 ? MIN_LOG_SPREAD ** 2 : median(variances))
    model.classes.push({
      steps: members.length,
      lowestSpread,
      highestSpread,
      tail: { df: Infinity, scale: 0 },
      nominalDf: 1
    })
  }
  const middle = Math.floor(count / 2)
  ownVariance.forEach((variance, step) => {
    if (!Number.isFinite(variance)) {
      model.stepClass[step] = middle
      model.classes[middle].steps++
    }
  })
  return priors
}

/**
 * Each history value of the class's steps judged as if it were new against the step's other runs:
 * its deviation from the median of the others in its segment, in units of the spread they give and
 * that median's error. With normal noise these follow a t distribution; spiky steps show as heavier
 * tails. Sets the class's nominal df (its median step's, one run less) and returns the residuals.
 */
function classResiduals(fits: StepFits, model: NoiseModel, index: number, prior: number): number[] {
  const noiseClass = model.classes[index]
  const members: number[] = []
  for (let step = 0; step < fits.count.length; step++) {
    if (model.stepClass[step] === index) members.push(step)
  }
  const dfs = Float64Array.from(members, (step) => model.df[step])
  noiseClass.nominalDf = Math.max(1, (dfs.length === 0 ? PRIOR_DF : median(dfs)) - 1)
  const total = members.reduce((sum, step) => sum + fits.count[step], 0)
  const stride = Math.max(1, Math.ceil((total * model.classes.length) / MAX_TAIL_RESIDUALS))
  const residuals: number[] = []
  const scratch = new Float64Array(fits.stride)
  let position = 0
  for (const step of members) {
    const base = step * fits.stride
    const since = fits.since[step]
    const segments = segmentsOf(fits, step)
    const sum = keptSquares(fits, step)
    const count = keptCount(fits, step)
    for (let segment = 0; segment < segments; segment++) {
      const from = base + (segment === 0 ? 0 : since)
      const to = base + (segment === 0 && since > 0 ? since : fits.count[step])
      if (to - from < 2) continue
      const sorted = scratch.subarray(0, to - from)
      sorted.set(fits.values.subarray(from, to))
      sortInPlace(sorted)
      for (let at = from; at < to; at++, position++) {
        if (position % stride !== 0) continue
        const value = fits.values[at]
        const others = medianWithout(sorted, value)
        const leftOut = fits.kept[at] ? fits.residuals[at] ** 2 : 0
        const ownDf = Math.max(0, count - (fits.kept[at] ? 1 : 0) - segments)
        const own = ownDf > 0 ? sum - leftOut : 0
        const variance = (own + PRIOR_DF * prior) / (ownDf + PRIOR_DF)
        const scale = Math.sqrt(variance * (1 + MEDIAN_ERROR / (to - from - 1)))
        const residual = (value - others) / Math.max(MIN_LOG_SPREAD, scale)
        if (Number.isFinite(residual)) residuals.push(residual)
      }
    }
  }
  return residuals
}

/**
 * Maximum-likelihood Student t (df from a grid, scale by EM) for the residuals, kept only when it
 * beats the t that normal noise implies (nominal df, scale fitted) by TAIL_EVIDENCE.
 */
function fitTail(
  residuals: number[],
  nominal: number,
  distributions: Distributions
): NoiseClass['tail'] {
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
