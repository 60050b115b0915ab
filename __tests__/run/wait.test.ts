import { afterEach, describe, expect, it } from '@jest/globals'
import { LeapworkClient } from '../../src/leapwork/client.js'
import { LeapworkError } from '../../src/leapwork/errors.js'
import type { RunStarted } from '../../src/leapwork/types.js'
import { recordingLog } from '../support/recording-log.js'
import { MAX_FAILED_POLLS, waitForRun, type WaitOptions } from '../../src/run/wait.js'
import { FIXTURES, startSimulator, type Scenario, type Simulator } from '../../simulator/index.js'

const POLL_SECONDS = 0.02

let sim: Simulator | undefined

afterEach(async () => {
  await sim?.stop()
  sim = undefined
})

/** A started run of the one-minute login timeline, and a log to wait for it with. */
async function startRun(scenario: Partial<Scenario> = {}) {
  sim = await startSimulator({ scenario })
  const client = new LeapworkClient({
    baseUrl: sim.url,
    apiKey: sim.apiKey,
    sleep: () => Promise.resolve()
  })
  const run = await client.runIntegration({ timelineAssetId: FIXTURES.timelines.login.assetId })
  const log = recordingLog()
  const wait = (options: Partial<WaitOptions> = {}) =>
    waitForRun(client, run, {
      pollIntervalSeconds: POLL_SECONDS,
      timeoutSeconds: 30,
      log,
      ...options
    })
  return { sim, run, log, wait }
}

function pollsOf(simulator: Simulator, run: RunStarted): number {
  return simulator.getRun(run.runId)!.polls
}

describe('waitForRun', () => {
  it('returns the terminal result, with metrics and reports, after the polls it took', async () => {
    const { sim, run, log, wait } = await startRun({ pollsUntilTerminal: 4 })

    const outcome = await wait()

    expect(outcome.kind).toBe('ended')
    if (outcome.kind !== 'ended') return
    expect(outcome.polls).toBe(4)
    expect(pollsOf(sim, run)).toBe(4)
    expect(outcome.result.status).toBe('Finished')
    expect(outcome.result.metadata?.map((item) => item.trackItemId)).toEqual(['ti_003'])
    expect(outcome.result.excelReportUrl).toContain(run.runId)
    expect(log.lines.warning).toEqual([])
  })

  it('ends on a terminal status whatever its case', async () => {
    const { wait, log } = await startRun({ statusCase: 'lower', finalStatus: 'Failed' })

    const outcome = await wait()

    expect(outcome.kind).toBe('ended')
    expect(outcome.kind === 'ended' && outcome.result.status).toBe('Failed')
    expect(log.lines.warning).toEqual([])
  })

  it('warns once about a status it does not know and keeps polling until the run ends', async () => {
    const { wait, log } = await startRun({
      statusSequence: ['Queued', 'Queued', 'Running', 'Queued']
    })

    const outcome = await wait()

    expect(outcome).toMatchObject({ kind: 'ended', polls: 5 })
    expect(log.lines.warning).toEqual([
      'Leapwork Performance reported status "Queued", which this action does not know; it is treated as not finished.'
    ])
  })

  it('gives up at the timeout, with the last status seen and no poll after it', async () => {
    const { sim, run, wait } = await startRun({ neverEnds: true })
    const timeoutSeconds = 0.15
    const startedAt = Date.now()

    const outcome = await wait({ timeoutSeconds })
    const elapsedMs = Date.now() - startedAt

    expect(outcome).toMatchObject({ kind: 'timed-out', lastStatus: 'Running' })
    expect(outcome.polls).toBeGreaterThanOrEqual(2)
    expect(outcome.polls).toBeLessThanOrEqual(Math.floor(timeoutSeconds / POLL_SECONDS))
    expect(pollsOf(sim, run)).toBe(outcome.polls)
    expect(elapsedMs).toBeGreaterThanOrEqual(timeoutSeconds * 1000 - 5)
    expect(elapsedMs).toBeLessThan(2000)
    expect(sim.getRun(run.runId)?.stopped).toBe(false)
  })

  it('does not sleep a whole poll interval past a shorter timeout', async () => {
    const { sim, run, wait } = await startRun()
    const startedAt = Date.now()

    const outcome = await wait({ pollIntervalSeconds: 30, timeoutSeconds: 0.05 })

    expect(outcome).toEqual({ kind: 'timed-out', lastStatus: run.status, polls: 0 })
    expect(Date.now() - startedAt).toBeLessThan(2000)
    expect(pollsOf(sim, run)).toBe(0)
  })

  it(`tolerates ${MAX_FAILED_POLLS - 1} failed polls in a row, warning about each, then recovers`, async () => {
    const { wait, log } = await startRun({
      pollsUntilTerminal: 3,
      faults: {
        failNext: [{ endpoint: 'getTimelineStatus', times: MAX_FAILED_POLLS - 1, status: 502 }]
      }
    })

    const outcome = await wait()

    expect(outcome).toMatchObject({ kind: 'ended', polls: MAX_FAILED_POLLS - 1 + 3 })
    expect(log.lines.warning).toHaveLength(MAX_FAILED_POLLS - 1)
    log.lines.warning.forEach((line, index) => {
      expect(line).toMatch(
        new RegExp(
          `^Status poll ${index + 1} of ${MAX_FAILED_POLLS} in a row failed; trying again: .*HTTP 502`
        )
      )
    })
  })

  it('counts only failures in a row: a successful poll starts the count again', async () => {
    const { wait, log } = await startRun({
      pollsUntilTerminal: 3,
      faults: { failEveryNth: { n: 2, endpoints: ['getTimelineStatus'] } }
    })

    const outcome = await wait({ maxFailedPolls: 2 })

    expect(outcome).toMatchObject({ kind: 'ended', polls: 5 })
    expect(log.lines.warning.map((line) => line.split(' in a row')[0])).toEqual([
      'Status poll 1 of 2',
      'Status poll 1 of 2'
    ])
  })

  it(`gives up after ${MAX_FAILED_POLLS} failed polls in a row, with the error of the last one`, async () => {
    const { run, log, wait } = await startRun({
      faults: {
        failNext: [{ endpoint: 'getTimelineStatus', times: MAX_FAILED_POLLS + 3, status: 502 }]
      }
    })

    const outcome = await wait()

    expect(outcome.kind).toBe('polling-failed')
    if (outcome.kind !== 'polling-failed') return
    expect(outcome.polls).toBe(MAX_FAILED_POLLS)
    expect(outcome.lastStatus).toBe(run.status)
    expect(outcome.error).toBeInstanceOf(LeapworkError)
    expect((outcome.error as LeapworkError).status).toBe(502)
    expect(log.lines.warning).toHaveLength(MAX_FAILED_POLLS - 1)
  })
})

describe('waitForRun progress lines', () => {
  const progressLine = /^(\w+): \d+s of 1m 0s planned \(\d+%\)$/

  it('logs a line when the status changes, not on every poll', async () => {
    const { wait, log } = await startRun({
      statusSequence: ['Preparing', 'Authenticating', 'Running', 'Running', 'Running']
    })

    await wait({ progressEverySeconds: 60 })

    expect(log.lines.info).toHaveLength(2)
    expect(log.lines.info.map((line) => progressLine.exec(line)?.[1])).toEqual([
      'Authenticating',
      'Running'
    ])
  })

  it('repeats the status once the progress interval has passed', async () => {
    const { wait, log } = await startRun({ statusSequence: ['Running', 'Running', 'Running'] })

    await wait({ progressEverySeconds: 0 })

    expect(log.lines.info.map((line) => progressLine.exec(line)?.[1])).toEqual([
      'Running',
      'Running',
      'Running'
    ])
  })

  it('shows only the elapsed time when the run announced no planned time', async () => {
    const { wait, log } = await startRun({ plannedRunTime: 0, statusSequence: ['Running'] })

    await wait()

    expect(log.lines.info).toHaveLength(1)
    expect(log.lines.info[0]).toMatch(/^Running: \d+s elapsed$/)
  })
})
