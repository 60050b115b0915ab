import { describe, expect, it } from '@jest/globals'
import type { StepMetric } from '../../src/leapwork/types.js'
import { buildRunMetrics } from '../../src/metrics/figures.js'
import { loadDistributions } from '../../src/verdict/distributions.js'
import { compareWithHistory } from '../../src/verdict/regressions.js'
import { HistoryFold } from '../../src/verdict/history.js'
import { checkCriteria, evaluateCriteria, unmatchedCriteria } from '../../src/verdict/thresholds.js'
import { parseThresholds } from '../../src/verdict/threshold-grammar.js'
import { stepMetric } from './runs.js'

const TRACK_ITEMS = 20
const STEPS_PER_TRACK_ITEM = 1000

const bigRun = (runId: string, p95Of: (index: number) => number) => {
  const metadata = Array.from({ length: TRACK_ITEMS }, (_, item) => ({
    trackItemId: `ti_${item}`,
    metadata: Array.from({ length: STEPS_PER_TRACK_ITEM }, (_, step): StepMetric => {
      const index = item * STEPS_PER_TRACK_ITEM + step
      return stepMetric(
        { stepId: `s_${step}`, title: `GET /api/resource/${step}`, p95: p95Of(index) },
        `ti_${item}`,
        runId
      )
    })
  }))
  return buildRunMetrics({
    runId,
    timelineId: 'timeline_1',
    timelineTitle: 'Big',
    status: 'Finished',
    startedAt: new Date(0),
    finishedAt: new Date(1000),
    plannedRunTime: 1,
    estimatedVum: 1,
    trackItemTitles: {},
    metadata
  })
}

describe('a run of 20,000 steps', () => {
  it('builds, evaluates and compares against a history of three runs', async () => {
    const current = bigRun('now', (index) => (index === 12345 ? 5000 : 100))
    expect(current.totals).toMatchObject({ requests: 2_000_000, worstP95: 5000 })

    const { criteria } = parseThresholds('p95 < 1000\n"GET /api/*": p99 < 1000\nerror-rate < 1')
    const breaches = evaluateCriteria(current, criteria)
    expect(breaches.map((breach) => breach.stepId)).toEqual(['s_345', 's_345'])
    expect(unmatchedCriteria(checkCriteria(current, criteria))).toEqual([])

    const fold = new HistoryFold(current)
    for (const run of [bigRun('b1', () => 100), bigRun('b2', () => 90), bigRun('b3', () => 100)]) {
      fold.add(run, { runId: run.runId })
    }
    const comparison = compareWithHistory(
      current,
      fold.history(),
      { maxRegressionPercent: 10, noiseFloorMs: 20, falseAlarmRate: 1 },
      await loadDistributions()
    )
    expect(comparison.steps).toHaveLength(20_000)
    expect(comparison.steps.filter((step) => step.regression)).toEqual([
      expect.objectContaining({ trackItemId: 'ti_12', stepId: 's_345', baselineP95: 100 })
    ])
  })
})
