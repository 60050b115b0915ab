import { afterEach, describe, expect, it } from '@jest/globals'
import { LeapworkClient } from '../../src/leapwork/client.js'
import { LeapworkError } from '../../src/leapwork/errors.js'
import type { RunStarted } from '../../src/leapwork/types.js'
import { recordingLog } from '../support/recording-log.js'
import { waitForRun, type WaitOptions } from '../../src/run/wait.js'
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

  it('rides out failed polls shorter than the outage it tolerates, warning about each, then recovers', async () => {
    const { wait, log } = await startRun({
      pollsUntilTerminal: 3,
      faults: { failNext: [{ endpoint: 'getTimelineStatus', times: 8, status: 502 }] }
    })

    const outcome = await wait({ outageToleranceSeconds: 60 })

    expect(outcome).toMatchObject({ kind: 'ended', polls: 8 + 3 })
    expect(log.lines.warning).toHaveLength(8)
    log.lines.warning.forEach((line, index) => {
      expect(line).toMatch(
        new RegExp(
          `^Status poll failed \\(${index + 1} in a row, for \\d+ ms of the 60 s tolerated\\); polling again in 20 ms: .*HTTP 502`
        )
      )
    })
  })

  it('waits as long as a Retry-After asks before the next poll', async () => {
    const { sim, run, wait, log } = await startRun({
      pollsUntilTerminal: 2,
      faults: {
        failNext: [{ endpoint: 'getTimelineStatus', times: 1, status: 503, retryAfterSeconds: 1 }]
      }
    })

    const outcome = await wait()

    expect(outcome).toMatchObject({ kind: 'ended', polls: 3 })
    const polls = sim.requests.filter((r) => r.endpoint === 'getTimelineStatus')
    expect(polls[1].time - polls[0].time).toBeGreaterThanOrEqual(950)
    expect(log.lines.warning[0]).toMatch(/polling again in 1 s, as the server asked: /)
    expect(pollsOf(sim, run)).toBe(2)
  })

  it('measures the outage in time, not in polls: a successful poll starts it again', async () => {
    const { wait, log } = await startRun({
      pollsUntilTerminal: 3,
      faults: { failEveryNth: { n: 2, endpoints: ['getTimelineStatus'] } }
    })

    const outcome = await wait({ outageToleranceSeconds: 0.01 })

    expect(outcome).toMatchObject({ kind: 'ended', polls: 5 })
    expect(log.lines.warning.map((line) => line.split(' in a row')[0])).toEqual([
      'Status poll failed (1',
      'Status poll failed (1'
    ])
  })

  it('gives up once polls have failed for longer than the outage it tolerates, with the last error', async () => {
    const { run, wait } = await startRun({
      faults: { failNext: [{ endpoint: 'getTimelineStatus', times: 1000, status: 502 }] }
    })
    const startedAt = Date.now()

    const outcome = await wait({ outageToleranceSeconds: 0.3 })

    expect(outcome.kind).toBe('polling-failed')
    if (outcome.kind !== 'polling-failed') return
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(300)
    expect(outcome.outageSeconds).toBeGreaterThanOrEqual(0.3)
    expect(outcome.failedPolls).toBeGreaterThan(5)
    expect(outcome.lastStatus).toBe(run.status)
    expect(outcome.error).toBeInstanceOf(LeapworkError)
    expect((outcome.error as LeapworkError).status).toBe(502)
  })

  it('cuts a huge status word before it keeps or shows it, and warns about ten unknown statuses at most', async () => {
    const words = Array.from({ length: 15 }, (_, index) => `${index}`.padEnd(100_000, 'x'))
    const { wait, log } = await startRun({ statusSequence: words })

    const outcome = await wait({ timeoutSeconds: 30 })

    expect(outcome.kind).toBe('ended')
    expect(log.lines.warning).toHaveLength(10)
    for (const line of [...log.lines.warning, ...log.lines.info]) {
      expect(line.length).toBeLessThan(400)
    }
  })

  it('times out on the time that passed, not on a wall clock set forward', async () => {
    const { wait } = await startRun({ neverEnds: true })
    const realNow = Date.now.bind(Date)
    const jump = setTimeout(() => (Date.now = () => realNow() + 3_600_000), 100)
    try {
      const startedAt = performance.now()
      const outcome = await wait({ timeoutSeconds: 0.5 })
      expect(outcome.kind).toBe('timed-out')
      expect(performance.now() - startedAt).toBeGreaterThanOrEqual(450)
    } finally {
      clearTimeout(jump)
      Date.now = realNow
    }
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
