/**
 * Simulated load-test histories for calibrating the regression gate, fed through the real verdict
 * code (HistoryFold, compareWithHistory, decideVerdict).
 *
 * The noise model: a timeline of `steps` steps, each with a usual p95 drawn log-uniformly between
 * 50 ms and 2 s and a run-to-run spread drawn uniformly from `spread` (a standard deviation of log
 * p95, so 0.08 is about ±8 %). Every run draws a shared run factor, normal with standard deviation
 * `runFactor`, that moves all its steps together; every step then draws its own noise, normal
 * ("light" tails) or Student t with 3 degrees of freedom scaled to the same spread ("heavy" tails:
 * an occasional spiky step). Each step sends 2,000 requests with a 0.1 % chance of error each.
 */
import type { Distributions } from '../../src/verdict/distributions.js'
import { compareWithHistory, type GateOptions } from '../../src/verdict/regressions.js'
import { HistoryFold } from '../../src/verdict/history.js'
import { decideVerdict } from '../../src/verdict/outcome.js'
import { runTotals } from '../../src/metrics/figures.js'
import {
  METRICS_SCHEMA,
  METRICS_VERSION,
  type RunMetrics,
  type StepFigures
} from '../../src/metrics/model.js'

export type Tails = 'light' | 'heavy'

export interface NoiseLevel {
  steps: number
  historyRuns: number
  /** Range of the per-step spread (standard deviation of log p95). */
  spread: [number, number]
  runFactor: number
  tails: Tails
}

/**
 * What the current run changes, if anything, and what the history went through on the changed
 * step: a `spike` (×factor in one history run, back to normal in the next) or a change `held` for
 * its newest `runs` runs (a slowdown that was merged; the current run's `percent` comes on top).
 */
export type Change =
  | { kind: 'none' }
  | {
      kind: 'step'
      percent: number
      maxSpread?: number
      spread?: number
      history?: HistoryEvent
    }
  | { kind: 'run'; percent: number }

export type HistoryEvent =
  { kind: 'spike'; factor: number } | { kind: 'held'; percent: number; runs: number }

export interface TrialOutcome {
  failed: boolean
  /** For a step change: whether that very step was named as a regression. */
  stepNamed: boolean
  runNamed: boolean
  /** What failed the run: `step p95`, `step errors`, `run p95`, `run errors`. */
  causes: string[]
  /** Whether anything was reported as a regression, failing or not (a learning gate only warns). */
  reported: boolean
  /** The median over compared steps of their limit in this run, in percent, when limits were set. */
  medianLimitPercent?: number
}

const REQUESTS = 2000
const ERROR_PROBABILITY = 0.001

export const GATE_DEFAULTS: GateOptions = {
  maxRegressionPercent: 10,
  noiseFloorMs: 20,
  falseAlarmRate: 1
}

/** A small, fast, seedable generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface Timeline {
  levels: number[]
  spreads: number[]
}

export function runTrial(
  level: NoiseLevel,
  change: Change,
  random: () => number,
  distributions: Distributions,
  options: GateOptions = GATE_DEFAULTS
): TrialOutcome {
  const timeline = makeTimeline(level, random)
  const target = change.kind === 'step' ? pickStep(timeline, change, random) : -1
  const event = change.kind === 'step' ? change.history : undefined
  const spikeRun = Math.floor(random() * level.historyRuns)
  const historyShift = (run: number) => (step: number) => {
    if (step !== target || event === undefined) return 0
    if (event.kind === 'spike') return run === spikeRun ? Math.log(event.factor) : 0
    return run >= level.historyRuns - event.runs ? Math.log(1 + event.percent / 100) : 0
  }
  const held = event?.kind === 'held' ? Math.log(1 + event.percent / 100) : 0
  const current = makeRun(level, timeline, random, 'current', (step) => {
    if (change.kind === 'run') return Math.log(1 + change.percent / 100)
    return step === target && change.kind === 'step' ? held + Math.log(1 + change.percent / 100) : 0
  })
  const fold = new HistoryFold(current)
  for (let run = 0; run < level.historyRuns; run++) {
    const earlier = makeRun(level, timeline, random, `history_${run}`, historyShift(run), run)
    fold.add(earlier, { runId: earlier.runId, finishedAt: earlier.finishedAt })
  }
  const comparison = compareWithHistory(current, fold.history(), options, distributions)
  const verdict = decideVerdict({ runStatus: 'Finished', breaches: [], comparison })
  const regressions = comparison.steps.filter((step) => step.regression)
  const limits = Float64Array.from(
    comparison.steps.flatMap((step) => (step.limitPercent === undefined ? [] : [step.limitPercent]))
  ).sort()
  return {
    failed: verdict.result === 'failed',
    stepNamed: verdict.regressions.some((step) => step.stepId === stepId(target)),
    runNamed: comparison.runRegressions.some((finding) => finding.measure === 'p95'),
    causes: [
      ...verdict.regressions.map((step) => `step ${step.regressedOn}`),
      ...comparison.runRegressions.map((finding) => `run ${finding.measure}`)
    ],
    reported: regressions.length > 0 || comparison.runRegressions.length > 0,
    ...(limits.length === 0 ? {} : { medianLimitPercent: limits[Math.floor(limits.length / 2)] })
  }
}

/**
 * The rule before the calibrated gate, for the before/after figures: a step fails when its p95
 * grew by more than max-regression % and noise-floor-ms against the median of the history.
 */
export function runTrialWithFixedRule(
  level: NoiseLevel,
  random: () => number,
  options: GateOptions = GATE_DEFAULTS
): boolean {
  const timeline = makeTimeline(level, random)
  const current = makeRun(level, timeline, random, 'current', () => 0)
  const history = Array.from({ length: level.historyRuns }, (_, run) =>
    makeRun(level, timeline, random, `history_${run}`, () => 0, run)
  )
  return current.trackItems[0].steps.some((step, index) => {
    const p95s = history.map((run) => run.trackItems[0].steps[index].p95).sort((a, b) => a - b)
    const middle = Math.floor(p95s.length / 2)
    const baseline = p95s.length % 2 ? p95s[middle] : (p95s[middle - 1] + p95s[middle]) / 2
    const delta = step.p95 - baseline
    return delta > options.noiseFloorMs && delta * 100 > options.maxRegressionPercent * baseline
  })
}

export function makeTimeline(level: NoiseLevel, random: () => number): Timeline {
  const levels: number[] = []
  const spreads: number[] = []
  const [low, high] = level.spread
  for (let step = 0; step < level.steps; step++) {
    levels.push(Math.log(50) + random() * Math.log(2000 / 50))
    spreads.push(low + random() * (high - low))
  }
  return { levels, spreads }
}

function pickStep(
  timeline: Timeline,
  change: { maxSpread?: number; spread?: number },
  random: () => number
): number {
  const candidates = timeline.spreads
    .map((spread, step) => ({ spread, step }))
    .filter(({ spread }) => change.maxSpread === undefined || spread <= change.maxSpread)
  const chosen =
    candidates.length === 0 ? 0 : candidates[Math.floor(random() * candidates.length)].step
  if (change.spread !== undefined) timeline.spreads[chosen] = change.spread
  return chosen
}

export function makeRun(
  level: NoiseLevel,
  timeline: Timeline,
  random: () => number,
  runId: string,
  shift: (step: number) => number,
  order = level.historyRuns
): RunMetrics {
  const runFactor = normal(random) * level.runFactor
  const steps: StepFigures[] = timeline.levels.map((usual, step) => {
    const noise =
      timeline.spreads[step] * (level.tails === 'heavy' ? heavy(random) : normal(random))
    const p95 = Math.exp(usual + runFactor + noise + shift(step))
    const errors = poisson(REQUESTS * ERROR_PROBABILITY, random)
    return stepFigures(stepId(step), `Step ${step}`, p95, errors)
  })
  const trackItems = [{ trackItemId: 'ti_1', title: 'Simulated', steps }]
  const finishedAt = new Date(Date.UTC(2026, 0, 1) + order * 3_600_000).toISOString()
  return {
    schema: METRICS_SCHEMA,
    version: METRICS_VERSION,
    runId,
    timelineId: 'timeline_sim',
    timelineTitle: 'Simulated',
    status: 'Finished',
    startedAt: finishedAt,
    finishedAt,
    durationSeconds: 300,
    plannedRunTime: 300,
    estimatedVum: 10,
    totals: runTotals(trackItems),
    trackItems
  }
}

function stepId(step: number): string {
  return `step_${step}`
}

function normal(random: () => number): number {
  const u = 1 - random()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
}

/** Student t with 3 degrees of freedom, scaled to unit standard deviation. */
function heavy(random: () => number): number {
  let chiSquare = 0
  for (let i = 0; i < 3; i++) chiSquare += normal(random) ** 2
  return normal(random) / Math.sqrt(chiSquare / 3) / Math.sqrt(3)
}

function poisson(mean: number, random: () => number): number {
  const limit = Math.exp(-mean)
  let count = 0
  let product = random()
  while (product > limit) {
    count++
    product *= random()
  }
  return count
}

/** A step whose p95 is the given value, its other figures in a fixed proportion to it. */
export function stepFigures(stepId: string, title: string, p95: number, errors = 0): StepFigures {
  return {
    stepId,
    title,
    requests: REQUESTS,
    errors,
    errorRate: (errors * 100) / REQUESTS,
    min: p95 / 4,
    average: p95 / 2,
    median: p95 / 2,
    p90: p95 * 0.9,
    p95,
    p99: p95 * 1.3,
    max: p95 * 2,
    bytesSent: 0,
    bytesReceived: 0
  }
}
