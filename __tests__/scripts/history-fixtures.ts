/** Small synthetic histories for the replay and backtest tests: steady steps with a little noise. */
import { runTotals } from '../../src/metrics/figures.js'
import { METRICS_SCHEMA, METRICS_VERSION, type RunMetrics } from '../../src/metrics/model.js'
import { stepFigures } from '../../scripts/calibrate/simulation.js'
import { seededRandom } from '../../scripts/calibrate/simulation.js'

export interface SyntheticTimeline {
  runs: number
  steps: number
  /** Per-run multiplier of one step's p95, e.g. a level change from run 20 on. */
  shift?: (run: number, step: number) => number
  spread?: number
  seed?: number
  timelineId?: string
}

export function syntheticRuns(timeline: SyntheticTimeline): RunMetrics[] {
  const random = seededRandom(timeline.seed ?? 7)
  const levels = Array.from({ length: timeline.steps }, () => 100 + random() * 900)
  const spread = timeline.spread ?? 0.02
  return Array.from({ length: timeline.runs }, (_, run) => {
    const steps = levels.map((level, step) =>
      stepFigures(
        `step_${step}`,
        `GET /api/item/${step}`,
        level * (1 + spread * (random() * 2 - 1)) * (timeline.shift?.(run, step) ?? 1)
      )
    )
    const trackItems = [{ trackItemId: 'suite', title: 'Synthetic', steps }]
    const finishedAt = new Date(Date.UTC(2026, 0, 1) + run * 86_400_000).toISOString()
    return {
      schema: METRICS_SCHEMA,
      version: METRICS_VERSION,
      runId: `${1000 + run}`,
      timelineId: timeline.timelineId ?? 'timeline_synthetic',
      timelineTitle: 'Synthetic',
      status: 'Finished',
      startedAt: finishedAt,
      finishedAt,
      durationSeconds: 60,
      plannedRunTime: 60,
      estimatedVum: 1,
      totals: runTotals(trackItems),
      trackItems
    }
  })
}
