/**
 * The regression gate: this run against its history (see "How the gate decides" in the README).
 *
 * A step regresses when its p95, after removing what the whole run shares, moved beyond its noise
 * band at the false-alarm budget, and its plain change is above the practical minimum
 * (`max-regression` % and `noise-floor-ms`). The whole run regresses when the shared factor moved
 * beyond the run-to-run band and above the same minimum. Errors regress when their count, against
 * requests, is beyond what the history's error rate explains. With fewer than 3 history runs there
 * is no noise to learn from and only the practical minimum counts.
 */
import { errorRate } from '../metrics/figures.js'
import type { RunMetrics } from '../metrics/model.js'
import { counted, formatCount, formatMs, formatPercent } from '../number-format.js'
import type { Distributions } from './distributions.js'
import { errorSurprise, overdispersionOf, type ErrorCounts } from './error-evidence.js'
import type { History } from './history.js'
import {
  fitNoiseModel,
  median,
  runFactorOf,
  runLimit,
  stepLimits,
  type LogMatrix,
  type NoiseModel
} from './noise-model.js'
import type { PlacedStep } from './step-pairing.js'
import type { BaselineComparison, RunRegression, StepComparison, TrendPoint } from './types.js'

export interface GateOptions {
  /** Practical minimum: a smaller growth in percent never counts. */
  maxRegressionPercent: number
  /** Practical minimum: a smaller growth in milliseconds never counts. */
  noiseFloorMs: number
  /** Percent of unchanged runs that may fail, shared by every test of the run. */
  falseAlarmRate: number
}

export const MIN_CALIBRATED_RUNS = 3

/**
 * How the false-alarm budget is shared: most of it by the steps' p95 tests, which are many and
 * split their share evenly; the rest by the steps' error tests and by the two whole-run tests.
 */
const BUDGET = { stepP95: 0.7, stepErrors: 0.05, runP95: 0.2, runErrors: 0.05 }
/** An error rate must also grow by this many percentage points to count. */
const MIN_ERROR_RATE_RISE = 0.1

interface Column {
  index: number
  placed: PlacedStep
  historyP95: number[]
  errors: ErrorCounts
}

interface Context {
  current: RunMetrics
  history: History
  options: GateOptions
  distributions: Distributions
  model?: NoiseModel
  limits?: Float64Array
  logP95: LogMatrix
  levels: Float64Array
  currentLog: Float64Array
  runFactor: number
  overdispersion: number
  probability: { stepP95: number; stepErrors: number; runP95: number; runErrors: number }
}

export function compareWithHistory(
  current: RunMetrics,
  history: History,
  options: GateOptions,
  distributions: Distributions
): BaselineComparison {
  const calibrated = history.runs.length >= MIN_CALIBRATED_RUNS
  const logP95 = logMatrixOf(history)
  const model = calibrated ? fitNoiseModel(logP95, distributions) : undefined
  const columns = history.steps.map((placed, index) => column(history, placed, index))
  const compared = columns.filter((step) => step.historyP95.length > 0)
  const currentLog = Float64Array.from(history.steps, ({ step }) =>
    step.p95 > 0 ? Math.log(step.p95) : NaN
  )
  const levels = model?.level ?? meanLogP95(columns, history.steps.length)
  const alpha = options.falseAlarmRate / 100
  const probability = {
    stepP95: (alpha * BUDGET.stepP95) / Math.max(1, compared.length),
    stepErrors: (alpha * BUDGET.stepErrors) / Math.max(1, compared.length),
    runP95: alpha * BUDGET.runP95,
    runErrors: alpha * BUDGET.runErrors
  }
  const context: Context = {
    current,
    history,
    options,
    distributions,
    model,
    limits: model && stepLimits(model, probability.stepP95, distributions),
    logP95,
    levels,
    currentLog,
    runFactor: model ? runFactorOf(currentLog, levels) : 0,
    overdispersion: overdispersionOf(
      history.runs.length,
      history.steps.length,
      history.errors,
      history.requests
    ),
    probability
  }
  const steps: StepComparison[] = [
    ...columns.map((step) =>
      step.historyP95.length > 0 ? matchedStep(step, context) : newStep(step.placed)
    ),
    ...history.vanished.map((step): StepComparison => ({
      kind: 'vanished',
      trackItemId: step.trackItemId,
      stepId: step.stepId,
      title: step.title,
      baselineP95: step.p95,
      regression: false,
      improvement: false
    }))
  ]
  const run = runShift(context, compared)
  return {
    runs: history.runs.map((earlier) => earlier.ref),
    maxRegressionPercent: options.maxRegressionPercent,
    noiseFloorMs: options.noiseFloorMs,
    falseAlarmRate: options.falseAlarmRate,
    calibrated,
    comparedSteps: compared.length,
    ...run.figures,
    runRegressions: [
      ...(run.regression ? [run.regression] : []),
      ...runErrorRegressions(context, compared)
    ],
    trend: compared.length === 0 ? [] : trend(context),
    steps
  }
}

function logMatrixOf(history: History): LogMatrix {
  const values = history.p95.map((p95) => (p95 > 0 ? Math.log(p95) : NaN))
  return { runs: history.runs.length, steps: history.steps.length, values }
}

function column(history: History, placed: PlacedStep, index: number): Column {
  const steps = history.steps.length
  const historyP95: number[] = []
  const errors: ErrorCounts = { errors: 0, requests: 0 }
  for (let run = 0; run < history.runs.length; run++) {
    const at = run * steps + index
    if (history.p95[at] > 0) historyP95.push(history.p95[at])
    if (history.requests[at] > 0) {
      errors.errors += history.errors[at]
      errors.requests += history.requests[at]
    }
  }
  return { index, placed, historyP95, errors }
}

function meanLogP95(columns: Column[], count: number): Float64Array {
  const levels = new Float64Array(count).fill(NaN)
  for (const { index, historyP95 } of columns) {
    if (historyP95.length === 0) continue
    levels[index] = historyP95.reduce((sum, value) => sum + Math.log(value), 0) / historyP95.length
  }
  return levels
}

function newStep(placed: PlacedStep): StepComparison {
  return {
    kind: 'new',
    trackItemId: placed.trackItemId,
    stepId: placed.stepId,
    title: placed.title,
    currentP95: placed.step.p95,
    regression: false,
    improvement: false
  }
}

function matchedStep(column: Column, context: Context): StepComparison {
  const { placed } = column
  const { maxRegressionPercent, noiseFloorMs } = context.options
  const currentP95 = placed.step.p95
  const baselineP95 = median(Float64Array.from(column.historyP95))
  const deltaMs = currentP95 - baselineP95
  const deltaPercent = (deltaMs * 100) / baselineP95
  const practical = (growthMs: number, growthPercent: number): boolean =>
    growthPercent > maxRegressionPercent && growthMs > noiseFloorMs
  const band = context.limits?.[column.index]
  const deviation =
    context.currentLog[column.index] - context.levels[column.index] - context.runFactor
  const slower = practical(deltaMs, deltaPercent) && (band === undefined || deviation > band)
  const faster = practical(-deltaMs, -deltaPercent) && (band === undefined || -deviation > band)
  const comparison = {
    kind: 'matched' as const,
    trackItemId: placed.trackItemId,
    stepId: placed.stepId,
    title: placed.title,
    currentP95,
    baselineP95,
    deltaMs,
    deltaPercent,
    ...(band === undefined
      ? {}
      : { limitPercent: stepLimitPercent(column, context, band, baselineP95) }),
    currentErrors: placed.step.errors,
    currentRequests: placed.step.requests,
    baselineErrorRate: rateOf(column.errors),
    improvement: faster
  }
  if (slower) {
    return {
      ...comparison,
      regression: true,
      regressedOn: 'p95',
      message: p95Message(comparison, placed, context)
    }
  }
  if (errorsRose(placed.step, column.errors, context, context.probability.stepErrors)) {
    return {
      ...comparison,
      regression: true,
      regressedOn: 'errors',
      message: `Step "${placed.title}" (${placed.trackItem.title}): ${errorChange(placed.step, column.errors)}.`
    }
  }
  return { ...comparison, regression: false }
}

/**
 * The change against the history's median p95 past which the step regresses in this run: where its
 * noise band, moved by the run's shared change, and the practical minimum are both passed.
 */
function stepLimitPercent(
  column: Column,
  context: Context,
  band: number,
  baselineP95: number
): number {
  const { maxRegressionPercent, noiseFloorMs } = context.options
  const noisePercent =
    (Math.exp(context.levels[column.index] + context.runFactor + band) / baselineP95 - 1) * 100
  return Math.max(noisePercent, maxRegressionPercent, (noiseFloorMs * 100) / baselineP95)
}

function p95Message(
  comparison: {
    baselineP95: number
    currentP95: number
    deltaPercent: number
    limitPercent?: number
  },
  placed: PlacedStep,
  context: Context
): string {
  const change = `p95 ${formatMs(comparison.baselineP95)} → ${formatMs(comparison.currentP95)}, ${formatPercent(comparison.deltaPercent, { signed: true })}`
  const limit =
    comparison.limitPercent === undefined
      ? uncalibratedNote(context)
      : `limit ${formatPercent(comparison.limitPercent, { signed: true })} in this run`
  return `Step "${placed.title}" (${placed.trackItem.title}): ${change} (${limit}).`
}

function uncalibratedNote(context: Context): string {
  const { maxRegressionPercent, noiseFloorMs } = context.options
  return `gate uncalibrated, limit ${formatPercent(maxRegressionPercent, { signed: true })} and ${formatMs(noiseFloorMs)}`
}

/** Errors beyond what the history explains at the probability, and above the practical minimum. */
function errorsRose(
  now: ErrorCounts,
  history: ErrorCounts,
  context: Context,
  probability: number
): boolean {
  const currentRate = rateOf(now)
  const historyRate = rateOf(history)
  const practical =
    currentRate - historyRate > MIN_ERROR_RATE_RISE &&
    currentRate > historyRate * (1 + context.options.maxRegressionPercent / 100)
  return (
    practical &&
    errorSurprise(now, history, context.overdispersion, context.distributions) < probability
  )
}

function errorChange(now: ErrorCounts, history: ErrorCounts): string {
  return (
    `errors ${formatCount(now.errors)} of ${formatCount(now.requests)} requests (${formatPercent(rateOf(now))}), ` +
    `against ${formatPercent(rateOf(history))} in the history (${formatCount(history.errors)} of ${formatCount(history.requests)})`
  )
}

function rateOf(counts: ErrorCounts): number {
  return errorRate(counts.errors, counts.requests)
}

/** How much all steps moved together, and whether that is beyond the run-to-run band. */
function runShift(
  context: Context,
  compared: Column[]
): {
  figures: { runChangePercent?: number; runLimitPercent?: number }
  regression?: RunRegression
} {
  const { model, runFactor, options, distributions } = context
  if (model === undefined || compared.length === 0) return { figures: {} }
  const limit = runLimit(model, context.probability.runP95, distributions)
  const changePercent = (Math.exp(runFactor) - 1) * 100
  const typicalMs = Math.exp(
    median(Float64Array.from(compared, ({ index }) => context.levels[index]))
  )
  const limitPercent = Math.max(
    (Math.exp(limit) - 1) * 100,
    options.maxRegressionPercent,
    (options.noiseFloorMs * 100) / typicalMs
  )
  const beyond =
    runFactor > limit &&
    changePercent > options.maxRegressionPercent &&
    typicalMs * (Math.exp(runFactor) - 1) > options.noiseFloorMs
  const figures = { runChangePercent: changePercent, runLimitPercent: limitPercent }
  if (!beyond) return { figures }
  const steps =
    compared.length === 1 ? 'The step is' : `All ${counted(compared.length, 'step', 'steps')} are`
  return {
    figures,
    regression: {
      measure: 'p95',
      changePercent,
      limitPercent,
      message: `${steps} ${formatPercent(changePercent)} slower, beyond the whole run's limit of ${formatPercent(limitPercent, { signed: true })}.`
    }
  }
}

function runErrorRegressions(context: Context, compared: Column[]): RunRegression[] {
  const now: ErrorCounts = { errors: 0, requests: 0 }
  const history: ErrorCounts = { errors: 0, requests: 0 }
  for (const { placed, errors } of compared) {
    now.errors += placed.step.errors
    now.requests += placed.step.requests
    history.errors += errors.errors
    history.requests += errors.requests
  }
  if (!errorsRose(now, history, context, context.probability.runErrors)) return []
  return [
    {
      measure: 'errors',
      changePercent: rateOf(now) - rateOf(history),
      message: `The run's ${errorChange(now, history)}.`
    }
  ]
}

/** Each run's p95 index (geometric mean of step p95s against the levels) and worst p95. */
function trend(context: Context): TrendPoint[] {
  const { history, levels, currentLog, current } = context
  const { steps, values } = context.logP95
  const points: TrendPoint[] = history.runs.map((run, index) => ({
    p95Index: indexOf(values.subarray(index * steps, (index + 1) * steps), levels),
    worstP95: run.worstP95,
    current: false
  }))
  points.push({
    p95Index: indexOf(currentLog, levels),
    worstP95: current.totals.worstP95,
    current: true
  })
  return points
}

function indexOf(logP95: Float64Array, levels: Float64Array): number {
  let sum = 0
  let count = 0
  for (let step = 0; step < levels.length; step++) {
    const deviation = logP95[step] - levels[step]
    if (!Number.isFinite(deviation)) continue
    sum += deviation
    count++
  }
  return count === 0 ? 100 : Math.exp(sum / count) * 100
}
