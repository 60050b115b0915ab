import {
  METRICS_SCHEMA,
  METRICS_VERSION,
  type RunMetrics,
  type StepFigures,
  type TrackItemFigures
} from '../../src/metrics/model.js'
import { formatMs, formatPercent } from '../../src/number-format.js'
import type { Breach, RegressedStep, StepComparison, Verdict } from '../../src/verdict/types.js'

/** Distinct p95 values in a scrambled order, so sorting is actually exercised. */
export function scrambledP95(index: number): number {
  return 10 + ((index * 7919) % 100003) / 10
}

export function makeStep(index: number, overrides: Partial<StepFigures> = {}): StepFigures {
  const p95 = overrides.p95 ?? scrambledP95(index)
  const requests = 1000 + index
  const errors = index % 7 === 0 ? 3 : 0
  return {
    stepId: `step_${index}`,
    title: `GET /api/items/${index}`,
    requests,
    errors,
    errorRate: (errors / requests) * 100,
    min: p95 * 0.1,
    average: p95 * 0.4,
    median: p95 * 0.35,
    p90: p95 * 0.8,
    p95,
    p99: p95 * 1.5,
    max: p95 * 2,
    bytesSent: 0,
    bytesReceived: 2500 * requests,
    ...overrides
  }
}

/** A run whose steps are dealt round-robin over `trackItems` track items. */
export function makeMetrics(
  stepCount: number,
  options: { trackItems?: number; title?: (index: number) => string } = {}
): RunMetrics {
  const trackItems: TrackItemFigures[] = Array.from(
    { length: options.trackItems ?? 1 },
    (_, item) => ({
      trackItemId: `ti_${item + 1}`,
      title: `Flow ${item + 1}`,
      region: 'westeurope',
      steps: []
    })
  )
  for (let index = 0; index < stepCount; index += 1) {
    const step = makeStep(index, options.title ? { title: options.title(index) } : {})
    trackItems[index % trackItems.length].steps.push(step)
  }
  return withTotals({
    schema: METRICS_SCHEMA,
    version: METRICS_VERSION,
    runId: 'run_x7k2m',
    timelineId: 'timeline_123',
    timelineTitle: 'Checkout Load Test',
    status: 'Finished',
    startedAt: '2026-03-01T10:00:00.000Z',
    finishedAt: '2026-03-01T10:05:12.000Z',
    durationSeconds: 312,
    plannedRunTime: 360,
    estimatedVum: 150,
    totals: { requests: 0, errors: 0, errorRate: 0, worstP95: 0 },
    trackItems
  })
}

/** Recomputes the totals after a test changed steps. */
export function withTotals(metrics: RunMetrics): RunMetrics {
  let requests = 0
  let errors = 0
  let worst: { trackItem: TrackItemFigures; step: StepFigures } | undefined
  for (const trackItem of metrics.trackItems) {
    for (const step of trackItem.steps) {
      requests += step.requests
      errors += step.errors
      if (!worst || step.p95 > worst.step.p95) worst = { trackItem, step }
    }
  }
  metrics.totals = {
    requests,
    errors,
    errorRate: requests === 0 ? 0 : (errors / requests) * 100,
    worstP95: worst?.step.p95 ?? 0,
    worstP95Step: worst && {
      trackItemId: worst.trackItem.trackItemId,
      stepId: worst.step.stepId,
      title: worst.step.title
    }
  }
  return metrics
}

export function makeVerdict(overrides: Partial<Verdict> = {}): Verdict {
  return {
    result: 'passed',
    reason: 'all thresholds held',
    breaches: [],
    regressions: [],
    checks: [],
    unmadeChecks: [],
    ...overrides
  }
}

export function p95Breach(trackItem: TrackItemFigures, step: StepFigures, limit: number): Breach {
  return {
    criterion: {
      source: `p95 < ${limit}`,
      scope: { kind: 'step', titleGlob: '**' },
      metric: 'p95',
      comparator: '<',
      limit
    },
    trackItemId: trackItem.trackItemId,
    stepId: step.stepId,
    stepTitle: step.title,
    value: step.p95,
    message: `Step "${step.title}" (${trackItem.title}): p95 was ${step.p95} ms, limit < ${limit} ms`
  }
}

export function runErrorRateBreach(value: number, limit: number): Breach {
  return {
    criterion: {
      source: `error-rate < ${limit}%`,
      scope: { kind: 'run' },
      metric: 'error-rate',
      comparator: '<',
      limit
    },
    value,
    message: `Run: error-rate was ${value}%, limit < ${limit}%`
  }
}

/** A matched comparison: a regression beyond +10% and 20 ms, an improvement below -10%. */
/** A step compared with its baseline p95 that did not regress (an improvement when 10% faster). */
export function compared(
  trackItem: TrackItemFigures,
  step: StepFigures,
  baselineP95: number
): Extract<StepComparison, { regression: false }> {
  return { ...change(trackItem, step, baselineP95), regression: false }
}

/** A step whose p95 regressed, with the sentence the uncalibrated gate writes for it. */
export function regressed(
  trackItem: TrackItemFigures,
  step: StepFigures,
  baselineP95: number
): RegressedStep {
  const figures = change(trackItem, step, baselineP95)
  const growth = formatPercent(figures.deltaPercent, { signed: true })
  return {
    ...figures,
    regression: true,
    regressedOn: 'p95',
    message: `Step "${step.title}" (${trackItem.title}): p95 ${formatMs(baselineP95)} → ${formatMs(step.p95)}, ${growth} (gate uncalibrated, limit +10% and 20 ms).`
  }
}

function change(trackItem: TrackItemFigures, step: StepFigures, baselineP95: number) {
  const deltaMs = step.p95 - baselineP95
  const deltaPercent = (deltaMs / baselineP95) * 100
  return {
    kind: 'matched' as const,
    trackItemId: trackItem.trackItemId,
    stepId: step.stepId,
    title: step.title,
    currentP95: step.p95,
    baselineP95,
    deltaMs,
    deltaPercent,
    improvement: deltaPercent < -10 && deltaMs < -20
  }
}

/** The cells of a markdown table row, splitting only on pipes that are not escaped. */
export function cellsOf(row: string): string[] {
  const cells: string[] = []
  let current = ''
  for (let position = 0; position < row.length; position += 1) {
    const character = row[position]
    if (character === '\\') {
      current += character + (row[position + 1] ?? '')
      position += 1
    } else if (character === '|') {
      cells.push(current.trim())
      current = ''
    } else {
      current += character
    }
  }
  cells.push(current.trim())
  return cells.slice(1, -1)
}

/** Every step of the run, slowest p95 first. */
export function stepsBySlowest(
  metrics: RunMetrics
): { trackItem: TrackItemFigures; step: StepFigures }[] {
  return metrics.trackItems
    .flatMap((trackItem) => trackItem.steps.map((step) => ({ trackItem, step })))
    .sort((a, b) => b.step.p95 - a.step.p95)
}
