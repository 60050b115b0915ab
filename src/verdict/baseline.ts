import { runTotals } from '../metrics/figures.js'
import {
  STEP_FIGURE_NAMES,
  type RunMetrics,
  type StepFigures,
  type TrackItemFigures
} from '../metrics/model.js'
import type { BaselineComparison, BaselineRunRef, StepComparison } from './types.js'

interface StepRef {
  trackItemId: string
  stepId: string
  title: string
}

interface PlacedStep extends StepRef {
  trackItem: TrackItemFigures
  step: StepFigures
}

/**
 * Folds earlier runs into one baseline: each step (matched across runs by track item and step ID,
 * else by track item and title) gets the median of each figure over the runs that have it. The
 * run-level fields (run ID, timeline, times) are those of the first run.
 */
export function medianBaseline(runs: RunMetrics[]): RunMetrics {
  const [first] = runs
  if (first === undefined) throw new Error('A median baseline needs at least one run')
  if (runs.length === 1) return first

  const groups = new Map<PlacedStep, StepFigures[]>()
  for (const run of runs) {
    const { pairs, leftOnly } = pairSteps(placedSteps(run), [...groups.keys()])
    for (const [step, ref] of pairs) groups.get(ref)?.push(step.step)
    for (const step of leftOnly) groups.set(step, [step.step])
  }

  const trackItems = new Map<string, TrackItemFigures>()
  for (const [ref, members] of groups) {
    let trackItem = trackItems.get(ref.trackItemId)
    if (trackItem === undefined) {
      trackItem = { ...ref.trackItem, steps: [] }
      trackItems.set(ref.trackItemId, trackItem)
    }
    trackItem.steps.push(medianStep(ref.step, members))
  }
  const merged = [...trackItems.values()]
  return { ...first, totals: runTotals(merged), trackItems: merged }
}

/**
 * Compares each step's p95 with the baseline. A step regressed when its p95 grew by more than
 * maxRegressionPercent and by more than noiseFloorMs; it improved when it fell by more than both
 * (by more than noiseFloorMs alone when no percentage is set). Without maxRegressionPercent nothing
 * is a regression. With a baseline p95 of 0 there is no percentage and only the floor counts.
 */
export function compareWithBaseline(
  current: RunMetrics,
  baseline: RunMetrics,
  options: { maxRegressionPercent?: number; noiseFloorMs: number; baselineRuns: BaselineRunRef[] }
): BaselineComparison {
  const { pairs, leftOnly, rightOnly } = pairSteps(placedSteps(current), placedSteps(baseline))
  const { noiseFloorMs, maxRegressionPercent } = options
  const steps: StepComparison[] = [
    ...pairs.map(([now, before]) =>
      matchedComparison(now, before, noiseFloorMs, maxRegressionPercent)
    ),
    ...leftOnly.map((step) => unmatchedComparison('new', step, { currentP95: step.step.p95 })),
    ...rightOnly.map((step) =>
      unmatchedComparison('vanished', step, { baselineP95: step.step.p95 })
    )
  ]
  return {
    runs: options.baselineRuns,
    ...(maxRegressionPercent === undefined ? {} : { maxRegressionPercent }),
    noiseFloorMs,
    steps
  }
}

function matchedComparison(
  now: PlacedStep,
  before: PlacedStep,
  noiseFloorMs: number,
  maxRegressionPercent: number | undefined
): StepComparison {
  const currentP95 = now.step.p95
  const baselineP95 = before.step.p95
  const deltaMs = currentP95 - baselineP95
  const beyondPercent = (growth: number): boolean =>
    baselineP95 === 0 || growth * 100 > (maxRegressionPercent ?? 0) * baselineP95
  return {
    kind: 'matched',
    trackItemId: now.trackItemId,
    stepId: now.stepId,
    title: now.title,
    currentP95,
    baselineP95,
    deltaMs,
    ...(baselineP95 === 0 ? {} : { deltaPercent: (deltaMs * 100) / baselineP95 }),
    regression:
      maxRegressionPercent !== undefined && deltaMs > noiseFloorMs && beyondPercent(deltaMs),
    improvement: -deltaMs > noiseFloorMs && beyondPercent(-deltaMs)
  }
}

function unmatchedComparison(
  kind: 'new' | 'vanished',
  step: PlacedStep,
  p95: { currentP95?: number; baselineP95?: number }
): StepComparison {
  return {
    kind,
    trackItemId: step.trackItemId,
    stepId: step.stepId,
    title: step.title,
    ...p95,
    regression: false,
    improvement: false
  }
}

function medianStep(template: StepFigures, members: StepFigures[]): StepFigures {
  const step = { ...template }
  if (members.length === 1) return step
  for (const field of STEP_FIGURE_NAMES)
    step[field] = median(members.map((member) => member[field]))
  return step
}

/** The median of values, which it sorts in place. */
function median(values: number[]): number {
  values.sort((a, b) => a - b)
  const middle = Math.floor(values.length / 2)
  return values.length % 2 === 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
}

function placedSteps(metrics: RunMetrics): PlacedStep[] {
  return metrics.trackItems.flatMap((trackItem) =>
    trackItem.steps.map((step) => ({
      trackItemId: trackItem.trackItemId,
      stepId: step.stepId,
      title: step.title,
      trackItem,
      step
    }))
  )
}

/**
 * Pairs the steps of two runs within each track item: first by step ID, then the rest by title
 * (step IDs can change when a sequence is edited). Each step is used at most once.
 */
function pairSteps<T extends StepRef>(
  left: T[],
  right: T[]
): { pairs: [T, T][]; leftOnly: T[]; rightOnly: T[] } {
  const partners = new Map<T, T>()
  const taken = new Set<T>()
  const rightByTrackItem = groupBy(right, (step) => step.trackItemId)
  for (const [trackItemId, lefts] of groupBy(left, (step) => step.trackItemId)) {
    const rights = rightByTrackItem.get(trackItemId)
    if (rights === undefined) continue
    for (const keyOf of [(step: StepRef) => step.stepId, (step: StepRef) => step.title]) {
      const candidates = groupBy(rights.filter((step) => !taken.has(step)).reverse(), keyOf)
      for (const step of lefts) {
        if (partners.has(step)) continue
        // each group is reversed, so pop() takes the earliest unused step
        const partner = candidates.get(keyOf(step))?.pop()
        if (partner === undefined) continue
        partners.set(step, partner)
        taken.add(partner)
      }
    }
  }
  return {
    pairs: left.flatMap((step) => {
      const partner = partners.get(step)
      return partner === undefined ? [] : [[step, partner] as [T, T]]
    }),
    leftOnly: left.filter((step) => !partners.has(step)),
    rightOnly: right.filter((step) => !taken.has(step))
  }
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [item])
    else group.push(item)
  }
  return groups
}
