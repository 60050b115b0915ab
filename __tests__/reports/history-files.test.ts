import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { recordHistory } from '../../src/metrics/history-record.js'
import type { RunMetrics } from '../../src/metrics/model.js'
import { HistoryFiles, historyOnDisk, loadHistory } from '../../src/reports/history-files.js'
import { judgeRun } from '../../src/verdict/judge.js'
import { recordingLog } from '../support/recording-log.js'
import { runOf } from '../verdict/runs.js'

const run = (runId: string, p95: number, minute: number): RunMetrics => ({
  ...runOf(
    [{ id: 'ti_1', title: 'Shop', steps: [{ stepId: 's1', title: 'Open cart', p95 }] }],
    runId
  ),
  finishedAt: new Date(Date.UTC(2026, 2, 1, 0, minute)).toISOString()
})

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'history-files-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function put(path: string, content: unknown): Promise<void> {
  await mkdir(join(dir, path, '..'), { recursive: true })
  await writeFile(join(dir, path), JSON.stringify(content))
}

describe('a history directory', () => {
  it("never counts this run's own metrics.json nor copies of one run", async () => {
    const current = run('run_now', 130, 99)
    await put('run_a/metrics.json', run('run_a', 100, 1))
    await put('copy-1/metrics.json', run('run_b', 100, 2))
    await put('copy-2/metrics.json', run('run_b', 100, 2))
    await put('copy-3/metrics.json', run('run_b', 100, 2))
    // report-dir inside the baseline folder: the run would be its own baseline.
    await put('reports/metrics.json', current)

    const history = await loadHistory({
      baseline: { kind: 'file', path: dir, runs: 10 },
      current
    })

    expect(history.runs.map((r) => r.runId)).toEqual(['run_a', 'run_b'])
  })

  it('reads a carried-forward history.json as its runs, oldest first', async () => {
    const current = run('run_now', 130, 99)
    await put('h/history.json', recordHistory([run('run_a', 100, 1), run('run_b', 101, 2)]))
    await put('x/metrics.json', run('run_c', 102, 3))

    const history = await loadHistory({
      baseline: { kind: 'file', path: join(dir, '*/*.json'), runs: 10 },
      current
    })

    expect(history.runs.map((r) => r.runId)).toEqual(['run_a', 'run_b', 'run_c'])
  })

  it('tells the judge what it passed over: the copies do not make a calibrated history', async () => {
    const current = run('run_now', 130, 99)
    for (const copy of ['1', '2', '3']) await put(`copy-${copy}/metrics.json`, run('run_b', 100, 2))
    await put('reports/metrics.json', current)
    const log = recordingLog()
    const history = await loadHistory({ baseline: { kind: 'file', path: dir, runs: 10 }, current })

    const verdict = await judgeRun({
      metrics: current,
      criteria: [],
      baseline: { kind: 'file', path: dir, runs: 10 },
      noiseFloorMs: 20,
      falseAlarmRate: 1,
      history: history.source,
      log
    })

    expect(verdict.baseline?.runs.map((ref) => ref.runId)).toEqual(['run_b'])
    expect(log.lines.notice.join('\n')).toMatch(/1 copy of this run itself skipped/)
    expect(log.lines.notice.join('\n')).toMatch(/2 further copies of runs skipped/)
    expect(log.lines.notice.join('\n')).toMatch(/still learning: 1 history run/)
  })

  it('is read once for the checks before the run and the judge after it, and again where a file changed', async () => {
    const current = run('run_now', 130, 99)
    await put('run_a/metrics.json', run('run_a', 100, 1))
    await put('run_b/metrics.json', run('run_b', 100, 2))
    const baseline = { kind: 'file' as const, path: dir, runs: 10 }
    const files = new HistoryFiles()
    const before = await historyOnDisk(undefined, files).find(baseline)
    await put('run_b/metrics.json', run('run_b', 120, 2))
    await put('reports/metrics.json', current)

    const after = await loadHistory({ baseline, current, files })

    const p95 = (r: RunMetrics) => r.trackItems[0].steps[0].p95
    expect(after.runs[0]).toBe(before.files[0].metrics)
    expect(after.runs.map(p95)).toEqual([100, 120])
  })
})
