import type { StepMetric } from '../../src/leapwork/types.js'
import { buildRunMetrics } from '../../src/metrics/figures.js'
import type { RunMetrics } from '../../src/metrics/model.js'

export type StepSpec = Partial<StepMetric> & { stepId: string; title: string }

export interface TrackItemSpec {
  id: string
  title: string
  steps: StepSpec[]
}

/** A step as the status answer gives it: every time equal to p95 unless given. */
export function stepMetric(spec: StepSpec, trackItemId: string, runId: string): StepMetric {
  const p95 = spec.p95 ?? 100
  return {
    runId,
    trackItemId,
    errors: 0,
    requestsSent: 100,
    totalBodyBytesSent: 0,
    totalBytesReceived: 1000,
    min: p95,
    max: p95,
    average: p95,
    median: p95,
    p90: p95,
    p95,
    p99: p95,
    ...spec
  }
}

export function runOf(trackItems: TrackItemSpec[], runId = 'run_1'): RunMetrics {
  return buildRunMetrics({
    runId,
    timelineId: 'timeline_1',
    timelineTitle: 'Checkout',
    status: 'Finished',
    startedAt: new Date('2026-03-01T10:00:00Z'),
    finishedAt: new Date('2026-03-01T10:05:00Z'),
    plannedRunTime: 300,
    estimatedVum: 25,
    trackItemTitles: Object.fromEntries(trackItems.map((item) => [item.id, { title: item.title }])),
    metadata: trackItems.map((item) => ({
      trackItemId: item.id,
      metadata: item.steps.map((step) => stepMetric(step, item.id, runId))
    }))
  })
}
