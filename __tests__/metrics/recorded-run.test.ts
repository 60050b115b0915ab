import { describe, expect, it } from '@jest/globals'
import {
  historyRecordText,
  parseHistoryRecord,
  recordHistory
} from '../../src/metrics/history-record.js'
import type { RunMetrics } from '../../src/metrics/model.js'
import { asRecordedRun, StepTable } from '../../src/metrics/recorded-run.js'
import { HistoryFold } from '../../src/verdict/history.js'
import { findShifts } from '../../src/verdict/shifts.js'
import { runOf, type StepSpec } from '../verdict/runs.js'

const steps = (p95: number, count = 6): StepSpec[] =>
  Array.from({ length: count }, (_, i) => ({
    stepId: `s${i}`,
    title: `Step ${i}`,
    p95: p95 + 10 * i + ((i * 7) % 3),
    errors: i % 2,
    requestsSent: 100 + i
  }))

/** Runs of one timeline whose steps move about: reordered, renamed, dropped, added, duplicated. */
function timeline(): RunMetrics[] {
  return Array.from({ length: 12 }, (_, index) => {
    let own = steps(100 + (index >= 8 ? 60 : 0) + (index % 3))
    if (index === 2) own = own.reverse()
    if (index === 3)
      own = own.map((step) => (step.stepId === 's2' ? { ...step, stepId: 'x2' } : step))
    if (index === 4) own = own.slice(1)
    if (index === 5) own = [...own, { stepId: 's9', title: 'New', p95: 50 }]
    if (index === 6) own = [own[0], { ...own[0], p95: 999 }, ...own.slice(1)]
    return {
      ...runOf(
        [
          { id: 'ti_1', title: 'Shop', steps: own.slice(0, 3) },
          { id: 'ti_2', title: 'Pay', steps: own.slice(3) }
        ],
        `run_${index}`
      ),
      finishedAt: new Date(Date.UTC(2026, 2, 1 + index)).toISOString()
    }
  })
}

function folded(runs: RunMetrics[], current: RunMetrics) {
  const fold = new HistoryFold(current)
  for (const run of runs) fold.add(run, { runId: run.runId, finishedAt: run.finishedAt })
  return fold.history()
}

describe('a history held compactly', () => {
  const runs = timeline()
  const current = runs[runs.length - 1]
  const table = new StepTable()
  const compact = runs.map((run) => asRecordedRun(run, table))

  it('is judged as the runs it was read from, however their steps moved', () => {
    expect(folded(compact.slice(0, -1), current)).toEqual(folded(runs.slice(0, -1), current))
  })

  it('shows the same shifts as the runs it was read from', () => {
    const found = findShifts([...compact.slice(0, -1), current])
    expect(found.length).toBeGreaterThan(0)
    expect(found).toEqual(findShifts(runs))
  })

  it('still reads as the runs themselves: their steps and recorded figures', () => {
    const figures = (run: RunMetrics) =>
      run.trackItems.map((item) => [
        item.trackItemId,
        item.title,
        item.steps.map((step) => [step.stepId, step.title, step.p95, step.errors, step.requests])
      ])
    expect(compact.map(figures)).toEqual(runs.map(figures))
  })

  it('is carried forward as the same history, written in pieces or whole', () => {
    const whole = JSON.stringify(recordHistory(runs))
    expect(JSON.stringify(recordHistory(compact))).toBe(whole)
    expect([...historyRecordText([...compact.slice(0, -1), current])].join('')).toBe(whole)
    const reread = parseHistoryRecord(whole, 'history.json', table)
    expect(JSON.stringify(recordHistory(reread))).toBe(whole)
    const elsewhere = parseHistoryRecord(whole, 'history.json')
    expect(JSON.stringify(recordHistory([...compact.slice(0, 6), ...elsewhere.slice(6)]))).toBe(
      whole
    )
  })
})
