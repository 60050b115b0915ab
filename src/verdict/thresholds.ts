import picomatch from 'picomatch'
import { errorRate } from '../metrics/figures.js'
import type { RunMetrics, StepFigures, TrackItemFigures } from '../metrics/model.js'
import { formatMetric, TIME_METRICS, TITLE_GLOB_OPTIONS } from './threshold-grammar.js'
import type { Breach, Comparator, Criterion, CriterionCheck, MetricName } from './types.js'

/** One thing a criterion is checked on: a step, a track item's totals or the run's totals. */
interface Target {
  label: string
  value: number
  trackItemId?: string
  stepId?: string
  stepTitle?: string
}

/** Every place where a criterion does not hold, each with a sentence naming it. */
export function evaluateCriteria(metrics: RunMetrics, criteria: Criterion[]): Breach[] {
  const breaches: Breach[] = []
  for (const criterion of criteria) {
    for (const target of targetsOf(metrics, criterion)) {
      if (holds(target.value, criterion.comparator, criterion.limit)) continue
      const { label, ...where } = target
      breaches.push({
        criterion,
        ...where,
        message: `${label}: ${criterion.metric} was ${formatMetric(criterion.metric, target.value)}, limit ${criterion.comparator} ${formatMetric(criterion.metric, criterion.limit)}`
      })
    }
  }
  return breaches
}

/** Criteria scoped to a step title or track item that match nothing in the run, to warn about. */
export function unmatchedCriteria(checks: CriterionCheck[]): Criterion[] {
  return checks
    .filter(({ criterion, checkedOn }) => criterion.scope.kind !== 'run' && checkedOn === 0)
    .map(({ criterion }) => criterion)
}

/** Each criterion with the number of figures it was checked on and the worst of them. */
export function checkCriteria(metrics: RunMetrics, criteria: Criterion[]): CriterionCheck[] {
  return criteria.map((criterion) => {
    const targets = targetsOf(metrics, criterion)
    const { comparator, limit } = criterion
    let worst: Target | undefined
    for (const target of targets) {
      if (
        worst === undefined ||
        badness(target.value, comparator, limit) > badness(worst.value, comparator, limit)
      ) {
        worst = target
      }
    }
    return {
      criterion,
      checkedOn: targets.length,
      ...(worst && {
        worst: { value: worst.value, trackItemId: worst.trackItemId, stepTitle: worst.stepTitle }
      }),
      held: targets.every((target) => holds(target.value, comparator, limit))
    }
  })
}

/** How far a value is towards (and past) breaking its limit: the higher, the worse. */
function badness(value: number, comparator: Comparator, limit: number): number {
  switch (comparator) {
    case '<':
    case '<=':
      return value - limit
    case '>':
    case '>=':
      return limit - value
    case '==':
      return Math.abs(value - limit)
    case '!=':
      return -Math.abs(value - limit)
  }
}

function targetsOf(metrics: RunMetrics, criterion: Criterion): Target[] {
  const { scope, metric } = criterion
  if (scope.kind === 'step') {
    const matches = picomatch(scope.titleGlob, TITLE_GLOB_OPTIONS)
    return metrics.trackItems.flatMap((trackItem) =>
      trackItem.steps
        .filter((step) => matches(step.title))
        .map((step) => stepTarget(trackItem, step, metric))
    )
  }
  const trackItems =
    scope.kind === 'track-item'
      ? metrics.trackItems.filter((trackItem) => trackItem.trackItemId === scope.trackItemId)
      : metrics.trackItems
  if (TIME_METRICS.has(metric)) {
    return trackItems.flatMap((trackItem) =>
      trackItem.steps.map((step) => stepTarget(trackItem, step, metric))
    )
  }
  if (scope.kind === 'track-item') return trackItems.map((item) => trackItemTarget(item, metric))
  return [{ label: 'Run', value: countValue(metrics.totals, metric) }]
}

function stepTarget(trackItem: TrackItemFigures, step: StepFigures, metric: MetricName): Target {
  return {
    label: `Step "${step.title}" (${trackItem.title})`,
    value: stepValue(step, metric),
    trackItemId: trackItem.trackItemId,
    stepId: step.stepId,
    stepTitle: step.title
  }
}

function trackItemTarget(trackItem: TrackItemFigures, metric: MetricName): Target {
  let requests = 0
  let errors = 0
  for (const step of trackItem.steps) {
    requests += step.requests
    errors += step.errors
  }
  return {
    label: `Track item "${trackItem.title}" (${trackItem.trackItemId})`,
    value: countValue({ requests, errors, errorRate: errorRate(errors, requests) }, metric),
    trackItemId: trackItem.trackItemId
  }
}

function stepValue(step: StepFigures, metric: MetricName): number {
  return metric === 'error-rate' ? step.errorRate : step[metric]
}

function countValue(
  totals: { requests: number; errors: number; errorRate: number },
  metric: MetricName
): number {
  if (metric === 'error-rate') return totals.errorRate
  return metric === 'errors' ? totals.errors : totals.requests
}

function holds(value: number, comparator: Comparator, limit: number): boolean {
  switch (comparator) {
    case '<':
      return value < limit
    case '<=':
      return value <= limit
    case '>':
      return value > limit
    case '>=':
      return value >= limit
    case '==':
      return value === limit
    case '!=':
      return value !== limit
  }
}
