/**
 * The regression gate: this run against its history (see "How the gate decides" in the README).
 * Numbers in, decisions out; the sentences that explain them are in regression-words.ts.
 *
 * A step regresses when its p95, after removing what the whole run shares, moved beyond its noise
 * band at the false-alarm budget, and its plain change is past the practical minimum. The whole run
 * regresses when the shared factor moved beyond the run-to-run band and past the same minimum.
 * Errors regress when their count, against requests, is beyond what the history's error rate
 * explains. While the history is short the gate is learning: what it finds is reported, and fails
 * nothing.
 */
import { errorRate } from '../metrics/figures.js'
import type { RunMetrics } from '../metrics/model.js'
import { findLogLevelShift, levelShiftThreshold, type LevelShiftOptions } from './change-point.js'
import type { Distributions } from './distributions.js'
import {
  errorsRose,
  overdispersionOf,
  type ErrorCounts,
  type ErrorTest
} from './error-regressions.js'
import type { History } from './history.js'
import {
  fitNoiseModel,
  runFactorOf,
  runLimit,
  stepLimits,
  type LogMatrix,
  type NoiseModel,
  type ShiftFinder
} from './noise-model.js'
import {
  pastPracticalMinimum,
  practicalMinimumPercent,
  type PracticalMinimum
} from './practical-minimum.js'
import {
  p95Message,
  runErrorMessage,
  runP95Message,
  stepErrorMessage,
  unboundedReason
} from './regression-words.js'
import { median, medianOfList } from './robust.js'
import type { PlacedStep } from './step-pairing.js'
import { trend } from './trend.js'
import type {
  BaselineComparison,
  RunRegression,
  SpikyClass,
  StepComparison,
  StepNoise
} from './types.js'

export interface GateOptions {
  /** Practical minimum: a smaller growth in percent never counts. */
  maxRegressionPercent: number
  /** Practical minimum: a smaller growth in milliseconds never counts. */
  noiseFloorMs: number
  /** Percent of unchanged runs that may fail, shared by every test of the run. */
  falseAlarmRate: number
}

/** History runs the gate needs before what it finds fails a run; until then it is learning. */
const MIN_CALIBRATED_RUNS = 5
/** History runs the noise model needs at least; with fewer only the practical minimum counts. */
const MIN_MODEL_RUNS = 3
/** A step whose limit would pass this (in percent) cannot be judged: its noise is not bounded. */
const MAX_LIMIT_PERCENT = 200

/** A level that moved and stayed for this many runs is the new level: the baseline. */
const MIN_HELD_RUNS = 3
/**
 * The chance that a step's unchanged history shows a false shift: small, since a false shift takes
 * the step's level from a few runs; a real +80 % shift held 3 runs passes it many times over.
 */
const SHIFT_PROBABILITY = 0.0001

/**
 * How the false-alarm budget is shared: most of it by the steps' p95 tests, which are many and
 * split their share evenly; the rest by the steps' error tests and by the two whole-run tests.
 */
const BUDGET = { stepP95: 0.7, stepErrors: 0.05, runP95: 0.2, runErrors: 0.05 }

interface Column {
  index: number
  placed: PlacedStep
  historyP95: number[]
  errors: ErrorCounts
}

/** What every step is judged with. */
interface Judging {
  history: History
  minimum: PracticalMinimum
  model?: NoiseModel
  limits?: { limits: Float64Array; tailWeights: Float64Array }
  levels: Float64Array
  currentLog: Float64Array
  runFactor: number
  errorTest: ErrorTest
  /** Where a step's history p95s are copied to find their median (it reorders them). */
  scratch: Float64Array
}

export function compareWithHistory(
  current: RunMetrics,
  history: History,
  options: GateOptions,
  distributions: Distributions
): BaselineComparison {
  const runs = history.runs.length
  const logP95 = logMatrixOf(history)
  const model =
    runs >= MIN_MODEL_RUNS ? fitNoiseModel(logP95, distributions, heldShift()) : undefined
  const columns = history.steps.map((placed, index) => column(history, placed, index))
  const compared = columns.filter((step) => step.historyP95.length > 0)
  const probability = budgetShares(options.falseAlarmRate, compared.length)
  const currentLog = Float64Array.from(history.steps, ({ step }) =>
    step.p95 > 0 ? Math.log(step.p95) : NaN
  )
  const levels = model?.level ?? meanLogP95(columns, history.steps.length)
  const judging: Judging = {
    history,
    minimum: { percent: options.maxRegressionPercent, ms: options.noiseFloorMs },
    model,
    limits: model && stepLimits(model, probability.stepP95, distributions),
    levels,
    currentLog,
    runFactor: model ? runFactorOf(currentLog, levels) : 0,
    errorTest: {
      overdispersion: overdispersionOf(history.rows, history.steps.length),
      distributions,
      minRatePercent: options.maxRegressionPercent
    },
    scratch: new Float64Array(runs)
  }
  const steps: StepComparison[] = [
    ...columns.map((step) =>
      step.historyP95.length > 0
        ? matchedStep(step, judging, probability.stepErrors)
        : newStep(step.placed)
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
  const run = runShift(judging, compared, probability.runP95, distributions)
  const runLevelSince = model && model.run.since > 0 ? history.runs[model.run.since].ref : undefined
  return {
    runs: history.runs.map((earlier) => earlier.ref),
    maxRegressionPercent: options.maxRegressionPercent,
    noiseFloorMs: options.noiseFloorMs,
    falseAlarmRate: options.falseAlarmRate,
    calibrated: runs >= MIN_CALIBRATED_RUNS,
    ...(runs >= MIN_CALIBRATED_RUNS
      ? {}
      : { learning: { runs, needed: MIN_CALIBRATED_RUNS - runs } }),
    spikyClasses: spikyClasses(judging),
    ...(runLevelSince === undefined ? {} : { runLevelSince }),
    comparedSteps: compared.length,
    ...run.figures,
    runRegressions: [
      ...(run.regression ? [run.regression] : []),
      ...runErrorRegressions(judging, compared, probability.runErrors)
    ],
    trend:
      compared.length === 0
        ? []
        : trend(history, logP95, { levels, currentLog, worstP95: current.totals.worstP95 }),
    steps
  }
}

/** Where a series (log, oldest first) moved to a new level held for MIN_HELD_RUNS runs or more. */
function heldShift(): ShiftFinder {
  const optionsByLength = new Map<number, LevelShiftOptions>()
  return (values) => {
    let options = optionsByLength.get(values.length)
    if (options === undefined) {
      const minAfter = MIN_HELD_RUNS
      const threshold = levelShiftThreshold(SHIFT_PROBABILITY, values.length, { minAfter })
      options = { minAfter, threshold }
      optionsByLength.set(values.length, options)
    }
    return findLogLevelShift(values, options)?.firstAfter
  }
}

function budgetShares(falseAlarmRate: number, steps: number): typeof BUDGET {
  const alpha = falseAlarmRate / 100
  return {
    stepP95: (alpha * BUDGET.stepP95) / Math.max(1, steps),
    stepErrors: (alpha * BUDGET.stepErrors) / Math.max(1, steps),
    runP95: alpha * BUDGET.runP95,
    runErrors: alpha * BUDGET.runErrors
  }
}

function logMatrixOf(history: History): LogMatrix {
  const steps = history.steps.length
  const values = new Float64Array(history.rows.length * steps)
  for (let run = 0; run < history.rows.length; run++) {
    const row = history.rows[run].p95
    for (let step = 0, at = run * steps; step < steps; step++, at++) {
      values[at] = row[step] > 0 ? Math.log(row[step]) : NaN
    }
  }
  return { runs: history.runs.length, steps, values }
}

function column(history: History, placed: PlacedStep, index: number): Column {
  const historyP95: number[] = []
  const errors: ErrorCounts = { errors: 0, requests: 0 }
  for (const row of history.rows) {
    if (row.p95[index] > 0) historyP95.push(row.p95[index])
    if (row.requests[index] > 0) {
      errors.errors += row.errors[index]
      errors.requests += row.requests[index]
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

function matchedStep(column: Column, judging: Judging, errorProbability: number): StepComparison {
  const { placed } = column
  const name = { title: placed.title, trackItemTitle: placed.trackItem.title }
  const currentP95 = placed.step.p95
  const baselineP95 = baselineOf(column, judging)
  const deltaMs = currentP95 - baselineP95
  const deltaPercent = (deltaMs * 100) / baselineP95
  const band = judging.limits?.limits[column.index]
  const noise = judging.model && stepNoise(column.index, judging)
  const unbounded =
    band !== undefined &&
    noise !== undefined &&
    !(stepLimitPercent(column.index, judging, band, baselineP95) <= MAX_LIMIT_PERCENT)
  const deviation =
    judging.currentLog[column.index] - judging.levels[column.index] - judging.runFactor
  const shared = sharedBaselineMs(column.index, judging)
  const beyond = (sign: number) =>
    pastPracticalMinimum(sign * deltaMs, baselineP95, judging.minimum) &&
    (shared === undefined ||
      pastPracticalMinimum(sign * (currentP95 - shared), shared, judging.minimum)) &&
    (band === undefined || sign * deviation > band)
  // One shape for every step, absent figures undefined: 20,000 steps then share one hidden class.
  const comparison = {
    kind: 'matched' as const,
    trackItemId: placed.trackItemId,
    stepId: placed.stepId,
    title: placed.title,
    currentP95,
    baselineP95,
    deltaMs,
    deltaPercent,
    limitPercent:
      band === undefined || unbounded
        ? undefined
        : stepLimitPercent(column.index, judging, band, baselineP95),
    currentErrors: placed.step.errors,
    currentRequests: placed.step.requests,
    baselineErrorRate: rateOf(column.errors),
    noise,
    notChecked: unbounded && noise ? unboundedReason(name, noise) : undefined,
    improvement: !unbounded && beyond(-1),
    regression: false as const
  }
  if (!unbounded && beyond(1)) {
    return {
      ...comparison,
      regression: true,
      regressedOn: 'p95',
      message: p95Message(name, comparison, judging.minimum)
    }
  }
  if (errorsRose(placed.step, column.errors, judging.errorTest, errorProbability)) {
    return {
      ...comparison,
      regression: true,
      regressedOn: 'errors',
      message: stepErrorMessage(name, placed.step, column.errors)
    }
  }
  return comparison
}

/** The step's usual p95: the median of its history, since its level last shifted. */
function baselineOf(column: Column, judging: Judging): number {
  const since = judging.model?.levelSince[column.index] ?? 0
  if (since === 0) return medianOfList(column.historyP95, judging.scratch)
  const { rows } = judging.history
  const recent: number[] = []
  for (let run = since; run < rows.length; run++) {
    const p95 = rows[run].p95[column.index]
    if (p95 > 0) recent.push(p95)
  }
  return medianOfList(recent, judging.scratch)
}

function stepNoise(step: number, judging: Judging): StepNoise {
  const model = judging.model as NoiseModel
  const runs = judging.history.runs
  const extreme = model.extremeRun[step]
  const since = model.levelSince[step]
  return {
    spreadPercent: toPercent(model.spread[step]),
    tailWeight: judging.limits?.tailWeights[step] ?? 1,
    extreme:
      extreme < 0
        ? undefined
        : { run: runs[extreme].ref, changePercent: toPercent(model.extremeDeviation[step]) },
    levelSince: since > 0 ? runs[since].ref : undefined
  }
}

function toPercent(logChange: number): number {
  return (Math.exp(logChange) - 1) * 100
}

/**
 * The change against the step's baseline p95 past which it regresses in this run: where its noise
 * band, moved by the run's shared change, and the practical minimum are both passed.
 */
function stepLimitPercent(
  step: number,
  judging: Judging,
  band: number,
  baselineP95: number
): number {
  const shared = sharedBaselineMs(step, judging) ?? baselineP95
  const noisePercent = ((shared * Math.exp(band)) / baselineP95 - 1) * 100
  const sharedMinimumPercent =
    ((shared * (1 + practicalMinimumPercent(shared, judging.minimum) / 100)) / baselineP95 - 1) *
    100
  return Math.max(
    noisePercent,
    practicalMinimumPercent(baselineP95, judging.minimum),
    sharedMinimumPercent
  )
}

/**
 * The step's usual p95 moved by what the whole run shares in this run. A step is blamed only for
 * what it did beyond that: the shared change is the whole-run test's to judge, so a step's growth
 * must pass the practical minimum both against its baseline and against this.
 */
function sharedBaselineMs(step: number, judging: Judging): number | undefined {
  if (judging.model === undefined) return undefined
  return Math.exp(judging.levels[step] + judging.runFactor)
}

function rateOf(counts: ErrorCounts): number {
  return errorRate(counts.errors, counts.requests)
}

/** How much all steps moved together from their usual level, and whether past the band of that. */
function runShift(
  judging: Judging,
  compared: Column[],
  probability: number,
  distributions: Distributions
): {
  figures: { runChangePercent?: number; runLimitPercent?: number }
  regression?: RunRegression
} {
  const { model, minimum } = judging
  if (model === undefined || compared.length === 0 || model.run.df < 1) return { figures: {} }
  const limit = runLimit(model, probability, distributions)
  const shift = judging.runFactor - model.run.level
  const changePercent = toPercent(shift)
  const typicalMs = Math.exp(
    median(Float64Array.from(compared, ({ index }) => judging.levels[index] + model.run.level))
  )
  const limitPercent = Math.max(toPercent(limit), practicalMinimumPercent(typicalMs, minimum))
  const figures = { runChangePercent: changePercent, runLimitPercent: limitPercent }
  const beyond =
    shift > limit && pastPracticalMinimum(typicalMs * (Math.exp(shift) - 1), typicalMs, minimum)
  if (!beyond) return { figures }
  return {
    figures,
    regression: {
      measure: 'p95',
      changePercent,
      limitPercent,
      message: runP95Message(compared.length, changePercent, limitPercent)
    }
  }
}

function runErrorRegressions(
  judging: Judging,
  compared: Column[],
  probability: number
): RunRegression[] {
  const now: ErrorCounts = { errors: 0, requests: 0 }
  const history: ErrorCounts = { errors: 0, requests: 0 }
  for (const { placed, errors } of compared) {
    now.errors += placed.step.errors
    now.requests += placed.step.requests
    history.errors += errors.errors
    history.requests += errors.requests
  }
  if (!errorsRose(now, history, judging.errorTest, probability)) return []
  return [
    {
      measure: 'errors',
      changePercent: rateOf(now) - rateOf(history),
      message: runErrorMessage(now, history)
    }
  ]
}

function spikyClasses(judging: Judging): SpikyClass[] {
  const { model, limits } = judging
  if (model === undefined || limits === undefined) return []
  return model.classes.flatMap((noiseClass, index) => {
    const step = model.stepClass.indexOf(index)
    const tailWeight = step < 0 ? 1 : limits.tailWeights[step]
    if (tailWeight <= 1) return []
    return [
      {
        steps: noiseClass.steps,
        lowestSpreadPercent: toPercent(noiseClass.lowestSpread),
        highestSpreadPercent: toPercent(noiseClass.highestSpread),
        tailWeight
      }
    ]
  })
}
