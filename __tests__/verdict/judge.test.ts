import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Log } from '../../src/log.js'
import type { RunMetrics } from '../../src/metrics/model.js'
import { historyOnDisk } from '../../src/reports/history-files.js'
import { judgeRun, type JudgeInput } from '../../src/verdict/judge.js'
import { parseThresholds } from '../../src/verdict/threshold-grammar.js'
import { runOf } from './runs.js'
import { recordingLog } from '../support/recording-log.js'

const silent: Log = {
  info: () => undefined,
  debug: () => undefined,
  notice: () => undefined,
  warning: () => undefined,
  error: () => undefined
}

const run = (runId: string, p95: number, extra: Partial<RunMetrics> = {}): RunMetrics => ({
  ...runOf(
    [{ id: 'ti_1', title: 'Shop', steps: [{ stepId: 's1', title: 'Open cart', p95 }] }],
    runId
  ),
  load: { trackItems: [{ trackItemId: 'ti_1', virtualUsers: 25 }] },
  ...extra
})

/** The same timeline and load, but a step that pairs with none of run()'s by ID or title. */
const renamedRun: RunMetrics = {
  ...runOf(
    [{ id: 'ti_1', title: 'Shop', steps: [{ stepId: 's9', title: 'Close cart', p95: 100 }] }],
    'run_renamed'
  ),
  load: { trackItems: [{ trackItemId: 'ti_1', virtualUsers: 25 }] }
}

const noSteps: RunMetrics = {
  ...runOf([{ id: 'ti_1', title: 'Shop', steps: [] }], 'run_now'),
  load: { trackItems: [{ trackItemId: 'ti_1', virtualUsers: 25 }] }
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'judge-'))
  const files: Array<[string, RunMetrics]> = [
    ['a/metrics.json', run('run_a', 100)],
    ['b/metrics.json', run('run_b', 104)],
    ['c/metrics.json', run('run_c', 300, { timelineId: 'timeline_other' })],
    [
      'd/metrics.json',
      run('run_d', 300, { load: { trackItems: [{ trackItemId: 'ti_1', virtualUsers: 50 }] } })
    ],
    ['renamed.json', renamedRun]
  ]
  for (const [path, metrics] of files) {
    await mkdir(join(dir, path, '..'), { recursive: true })
    await writeFile(join(dir, path), JSON.stringify(metrics))
  }
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const judge = (
  baselinePath: string,
  current = run('run_now', 130),
  extra: Partial<JudgeInput> = {}
) =>
  judgeRun({
    metrics: current,
    criteria: [],
    baseline: { kind: 'file', path: baselinePath, runs: 10 },
    noiseFloorMs: 20,
    falseAlarmRate: 1,
    history: historyOnDisk(),
    log: silent,
    ...extra
  })

describe('judgeRun with a history of files', () => {
  it('reads a directory, skips runs of another timeline or load and says so; while learning a regression is a warning, not a failure', async () => {
    const log = recordingLog()
    const verdict = await judge(dir, undefined, { log, maxRegressionPercent: 10 })

    expect(verdict.baseline?.runs.map((ref) => ref.runId)).toEqual(['run_a', 'run_b'])
    expect(verdict.regressions).toHaveLength(1)
    expect(verdict.result).toBe('passed')
    expect(verdict.reason).toBe(
      '1 possible regression reported as warnings: the regression gate is still learning (3 more history runs needed)'
    )
    expect(verdict.unmadeChecks).toEqual([])
    expect(log.lines.notice).toEqual([
      '2 history runs compared; 1 run of another timeline skipped, 1 run of another load (data item, role or virtual users) skipped.',
      'The regression gate is still learning: 2 history runs, it needs 5 (3 more). Regressions are reported as warnings and do not fail the step; until 3 runs exist, a step is reported when its p95 grew by more than +10% and 20 ms.'
    ])
  })

  it('starts the history afresh at baseline-since: earlier runs are ignored', async () => {
    const log = recordingLog()
    const verdict = await judge(dir, undefined, {
      log,
      baseline: { kind: 'file', path: dir, runs: 10, since: 'run_b' }
    })

    expect(verdict.baseline?.runs.map((ref) => ref.runId)).toEqual(['run_b'])
    expect(log.lines.notice).toContain(
      'baseline-since "run_b": 1 earlier history run ignored; the history starts afresh there.'
    )
  })

  it('reads a glob of metrics.json files', async () => {
    const verdict = await judge(join(dir, '{a,b}/metrics.json'), run('run_now', 101))

    expect(verdict.result).toBe('passed')
    expect(verdict.baseline?.runs).toHaveLength(2)
  })

  it('keeps the newest baseline-runs runs', async () => {
    const verdict = await judgeRun({
      metrics: run('run_now', 101),
      criteria: [],
      baseline: { kind: 'file', path: dir, runs: 1 },
      noiseFloorMs: 20,
      falseAlarmRate: 1,
      history: historyOnDisk(),
      log: silent
    })

    expect(verdict.baseline?.runs).toHaveLength(1)
  })

  it('says "baseline: auto" cannot search where nothing can search for earlier runs', async () => {
    const verdict = await judge('', undefined, { baseline: { kind: 'auto', runs: 10 } })

    expect(verdict.baseline).toBeUndefined()
    expect(verdict.unmadeChecks).toEqual([
      'No baseline, so no regression check: "baseline: auto" cannot search here.'
    ])
  })

  it('makes no regression check, and says why, when the baseline does not exist', async () => {
    const verdict = await judge(join(dir, 'missing.json'))

    expect(verdict.baseline).toBeUndefined()
    expect(verdict.result).toBe('passed')
    expect(verdict.unmadeChecks).toEqual([
      `No baseline, so no regression check: the baseline ${join(dir, 'missing.json')} does not exist.`
    ])
  })

  it('makes no regression check, and says why, when no step of this run is in the history', async () => {
    const log = recordingLog()
    const verdict = await judge(join(dir, 'renamed.json'), run('run_now', 5000), { log })

    expect(verdict.result).toBe('passed')
    expect(verdict.reason).toBe('1 step finished; 1 requested check could not be made')
    const unmade =
      "No step of this run is in the baseline's history (1 new, 1 vanished), so no regression check."
    expect(verdict.unmadeChecks).toEqual([unmade])
    expect(log.lines.warning).toContain(unmade)
    expect(verdict.baseline?.steps.map((step) => [step.kind, step.title])).toEqual([
      ['new', 'Open cart'],
      ['vanished', 'Close cart']
    ])
    expect(verdict.baseline?.trend).toEqual([])
  })

  it('counts only the criteria that were checked as held', async () => {
    const criteria = parseThresholds('p95 < 60s\n"GET /api/nope": p95 < 100').criteria
    const verdict = await judge(join(dir, 'a/metrics.json'), run('run_now', 101), { criteria })

    expect(verdict.result).toBe('passed')
    expect(verdict.reason).toBe(
      '1 criterion held on 1 step, no step regressed against the baseline; the regression gate is still learning (4 more history runs needed); 1 requested check could not be made'
    )
  })

  it('makes a run without figures an error when a baseline was set, found or not', async () => {
    const missing = await judge(join(dir, 'missing.json'), noSteps)
    expect(missing.result).toBe('error')
    expect(missing.reason).toBe('the run reported no figures; 1 requested check could not be made')

    const found = await judge(join(dir, 'a/metrics.json'), noSteps)
    expect(found.result).toBe('error')
    expect(found.unmadeChecks).toEqual([
      'The regression check was not made: the run reported no figures.'
    ])
  })
})
