import { describe, expect, it } from '@jest/globals'
import { parseHistoryRecord, recordHistory } from '../../src/metrics/history-record.js'
import type { RunMetrics } from '../../src/metrics/model.js'
import { runOf } from '../verdict/runs.js'

const run = (runId: string, p95: number, steps = 2): RunMetrics => ({
  ...runOf(
    [
      {
        id: 'ti_1',
        title: 'Shop',
        steps: Array.from({ length: steps }, (_, i) => ({
          stepId: `s${i}`,
          title: `Step ${i}`,
          p95: p95 + i,
          errors: i,
          requestsSent: 100
        }))
      }
    ],
    runId
  ),
  load: { trackItems: [{ trackItemId: 'ti_1', virtualUsers: 25 }] },
  source: { sha: 'abc1234', workflowRunId: '101' }
})

describe('the history a run carries forward', () => {
  it('keeps each step’s p95, errors and requests, and each run’s load and source', () => {
    const runs = [run('run_a', 100), run('run_b', 200, 3)]

    const [a, b] = parseHistoryRecord(JSON.stringify(recordHistory(runs)), 'history.json')

    expect(a.runId).toBe('run_a')
    expect(
      b.trackItems[0].steps.map((step) => [step.title, step.p95, step.errors, step.requests])
    ).toEqual([
      ['Step 0', 200, 0, 100],
      ['Step 1', 201, 1, 100],
      ['Step 2', 202, 2, 100]
    ])
    expect(b.totals.worstP95).toBe(202)
    expect(b.load).toEqual(runs[1].load)
    expect(b.source).toEqual({ sha: 'abc1234', workflowRunId: '101' })
  })

  it('keeps the newest runs only', () => {
    const runs = Array.from({ length: 45 }, (_, i) => run(`run_${i}`, 100))

    const kept = parseHistoryRecord(JSON.stringify(recordHistory(runs, 40)), 'h')

    expect(kept.map((r) => r.runId)).toEqual(runs.slice(5).map((r) => r.runId))
  })

  it('costs kilobytes per run, not a copy of metrics.json: 30 runs of 20,000 steps', () => {
    const runs = Array.from({ length: 30 }, (_, i) => run(`run_${i}`, 100 + i, 20_000))
    const metricsBytes = JSON.stringify(runs[0]).length * 30

    const bytes = JSON.stringify(recordHistory(runs)).length

    expect(bytes).toBeLessThan(metricsBytes / 4)
  })

  it.each([
    ['not JSON', '{', /not valid JSON/],
    [
      'another schema',
      '{"schema":"leapwork-performance-metrics"}',
      /not a Leapwork Performance history/
    ],
    [
      'a step index out of range',
      JSON.stringify({
        ...recordHistory([run('run_a', 100)]),
        runs: [{ ...recordHistory([run('run_a', 100)]).runs[0], figures: [7, 100, 0, 100] }]
      }),
      /figures\[0\] is not a step index/
    ],
    [
      'a negative figure',
      JSON.stringify({
        ...recordHistory([run('run_a', 100)]),
        runs: [{ ...recordHistory([run('run_a', 100)]).runs[0], figures: [0, -1, 0, 100] }]
      }),
      /figures\[1\] is not a figure/
    ]
  ])('refuses %s, saying what is wrong', (_, text, problem) => {
    expect(() => parseHistoryRecord(text, 'history.json')).toThrow(problem)
  })
})
