import { describe, expect, it } from '@jest/globals'
import type { WorkflowContext } from '../../src/github/auto-baseline.js'
import { annotateChanges, changesOutput, searchChanges } from '../../src/github/changes.js'
import type { ChangeView } from '../../src/present/changes.js'
import type { RunMetrics } from '../../src/metrics/model.js'
import { recordingLog } from '../support/recording-log.js'
import { runOf } from '../verdict/runs.js'

const view = (step: string, reported = false): ChangeView => ({
  step,
  trackItem: 'Shop',
  changePercent: 80.04,
  runsSince: 3,
  firstRun: { runId: 'run_b', sha: 'b'.repeat(40), url: 'https://github.com/o/r/actions/runs/2' },
  lastRunBefore: { runId: 'run_a' },
  pullRequests: [],
  ...(reported ? { reportedIn: { runId: 'run_c' } } : {})
})

const searched = (shifts: ChangeView[]) => ({
  view: { branch: 'main', runs: 30, shifts },
  runs: [],
  shifts: []
})

describe('announcing the shifts found', () => {
  it('annotates the first five new shifts and counts the rest in one more', () => {
    const log = recordingLog()
    const shifts = [...Array.from({ length: 7 }, (_, i) => view(`step ${i}`)), view('old', true)]

    annotateChanges(searched(shifts), log)

    expect(log.lines.warning).toHaveLength(6)
    expect(log.lines.warning[5]).toBe('2 more shifts were found; the job summary lists them all.')
    expect(log.lines.warning.join('\n')).not.toContain('old')
  })

  it('outputs the new shifts only, as documented, and [] when there are none', () => {
    expect(JSON.parse(changesOutput(searched([view('new'), view('old', true)])))).toEqual([
      {
        step: 'new',
        trackItem: 'Shop',
        changePercent: 80,
        runsSince: 3,
        firstRun: {
          sha: 'b'.repeat(40),
          runId: 'run_b',
          url: 'https://github.com/o/r/actions/runs/2'
        },
        lastRunBefore: { sha: null, runId: 'run_a', url: null }
      }
    ])
    expect(changesOutput(undefined)).toBe('[]')
  })
})

describe('when the history is searched', () => {
  const runsRisingTo = (after: number): RunMetrics[] =>
    Array.from({ length: 12 }, (_, i) =>
      runOf(
        [
          {
            id: 'ti_1',
            title: 'Shop',
            steps: [{ stepId: 's1', title: 'Cart', p95: i >= 9 ? after : 100 }]
          }
        ],
        `run_${i}`
      )
    )
  const runs = runsRisingTo(300)
  const github = (eventName: string, ref = 'refs/heads/main'): WorkflowContext => ({
    eventName,
    ref,
    runId: 1,
    payload: {},
    repo: { owner: 'o', repo: 'r' }
  })
  const search = (settings: { detectChanges: boolean }, context: WorkflowContext) =>
    searchChanges({
      settings: { ...settings, maxRegressionPercent: 10, noiseFloorMs: 20 },
      metrics: runs[11],
      history: runs.slice(0, 11),
      log: recordingLog(),
      github: context
    })

  it('searches on a push to a branch, not on a pull request, a tag or with detect-changes off', async () => {
    await expect(search({ detectChanges: true }, github('pull_request'))).resolves.toBeUndefined()
    await expect(
      search({ detectChanges: true }, github('push', 'refs/tags/v1'))
    ).resolves.toBeUndefined()
    await expect(search({ detectChanges: false }, github('push'))).resolves.toBeUndefined()
    const found = await search({ detectChanges: true }, github('schedule'))
    expect(found?.view.shifts.map((shift) => [shift.step, shift.runsSince])).toEqual([
      ['Checkout', 3]
    ])
  })

  it('reports no shift smaller than the practical minimum of the gate, however clear', async () => {
    const slightly = runsRisingTo(106)
    const searchWith = (minimum: { maxRegressionPercent: number; noiseFloorMs: number }) =>
      searchChanges({
        settings: { detectChanges: true, ...minimum },
        metrics: slightly[11],
        history: slightly.slice(0, 11),
        log: recordingLog(),
        github: github('push')
      })
    const defaults = await searchWith({ maxRegressionPercent: 10, noiseFloorMs: 20 })
    const none = await searchWith({ maxRegressionPercent: 0, noiseFloorMs: 0 })
    expect(defaults?.view.shifts).toEqual([])
    expect(none?.view.shifts.map((shift) => shift.step)).toEqual(['Checkout'])
  })
})
