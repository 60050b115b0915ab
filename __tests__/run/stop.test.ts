import { afterEach, describe, expect, it } from '@jest/globals'
import { once } from 'node:events'
import { createServer, type AddressInfo } from 'node:net'
import { LeapworkClient } from '../../src/leapwork/client.js'
import { recordingLog } from '../support/recording-log.js'
import { stopRun, unconfirmedStop } from '../../src/run/stop.js'
import { FIXTURES, startSimulator, type Scenario, type Simulator } from '../../simulator/index.js'

let sim: Simulator | undefined

afterEach(async () => {
  await sim?.stop()
  sim = undefined
})

function clientOf(baseUrl: string, apiKey: string): LeapworkClient {
  return new LeapworkClient({ baseUrl, apiKey, sleep: () => Promise.resolve() })
}

async function startRun(scenario: Partial<Scenario> = {}) {
  sim = await startSimulator({ scenario })
  const client = clientOf(sim.url, sim.apiKey)
  const run = await client.runIntegration({ timelineAssetId: FIXTURES.timelines.checkout.assetId })
  return { sim, client, run, log: recordingLog() }
}

/** A loopback address where nothing listens any more. */
async function closedPortUrl(): Promise<string> {
  const server = createServer().listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return `http://127.0.0.1:${port}`
}

const FAST = { pollSpacingMs: 5 }

describe('stopRun', () => {
  it('stops an active run and returns its final Stopped status with metrics and reports', async () => {
    const { sim, client, run, log } = await startRun({ neverEnds: true })

    const outcome = await stopRun(client, run, log, FAST)

    expect(outcome.stopped).toBe(true)
    expect(outcome.final?.status).toBe('Stopped')
    expect(outcome.final?.metadata?.map((item) => item.trackItemId)).toEqual(['ti_001', 'ti_002'])
    expect(outcome.final?.excelReportUrl).toContain(run.runId)
    expect(sim.getRun(run.runId)?.stopped).toBe(true)
    expect(sim.stats.activeRuns).toBe(0)
    expect(log.lines.info).toEqual([
      `Stop requested for run ${run.runId}: Stopped run ${run.runId}`
    ])
    expect(log.lines.error).toEqual([])
  })

  it('counts a run that had already ended as stopped once a poll shows its final status', async () => {
    const { sim, client, run, log } = await startRun({ pollsUntilTerminal: 1 })
    await client.getTimelineStatus(run.pollResultUrl)

    const outcome = await stopRun(client, run, log, FAST)

    expect(outcome.stopped).toBe(true)
    expect(outcome.final?.status).toBe('Finished')
    expect(sim.getRun(run.runId)?.stopped).toBe(false)
    expect(log.lines.info).toHaveLength(1)
    expect(log.lines.info[0]).toMatch(
      new RegExp(`^The stop request for run ${run.runId} failed: .*not active`)
    )
    expect(log.lines.error).toEqual([])
  })

  it('does not count a 400 refusal as a stop while the run still says Running, and sends it again', async () => {
    const { sim, client, run, log } = await startRun({ neverEnds: true })
    sim.configure({
      faults: {
        failNext: [{ endpoint: 'stopIntegration', times: 100, status: 400 }]
      }
    })

    const outcome = await stopRun(client, run, log, FAST)

    expect(outcome).toEqual({
      stopped: false,
      lastStatus: 'Running',
      accepted: false,
      problem: 'the run still says Running'
    })
    expect(sim.stats.stopRequests).toBe(3)
    expect(sim.stats.activeRuns).toBe(1)
    expect(unconfirmedStop(run.runId, outcome)).toBe(
      `Stopping run ${run.runId} failed (the run still says Running)`
    )
  })

  it('stops the run with a second request when the first was refused', async () => {
    const { sim, client, run, log } = await startRun({ neverEnds: true })
    sim.configure({
      faults: { failNext: [{ endpoint: 'stopIntegration', times: 1, status: 400 }] }
    })

    const outcome = await stopRun(client, run, log, FAST)

    expect(outcome.stopped).toBe(true)
    expect(outcome.final?.status).toBe('Stopped')
    expect(sim.stats.stopRequests).toBe(2)
    expect(sim.stats.activeRuns).toBe(0)
  })

  it('does not count a stop the server took as done while no poll shows the run ended, nor send it twice', async () => {
    const { sim, client, run, log } = await startRun({ neverEnds: true })
    sim.configure({ faults: { failNext: [{ endpoint: 'getTimelineStatus', times: 100 }] } })

    const outcome = await stopRun(client, run, log, FAST)

    expect(outcome).toMatchObject({ stopped: false, accepted: true })
    expect(sim.stats.stopRequests).toBe(1)
    expect(sim.stats.activeRuns).toBe(0)
    expect(unconfirmedStop(run.runId, outcome)).toMatch(
      new RegExp(
        `^Run ${run.runId} was asked to stop, but no status showed it ended \\(the status poll failed: .*HTTP 500`
      )
    )
  })

  it('keeps within its time budget', async () => {
    const { sim, client, run, log } = await startRun({ neverEnds: true })
    sim.configure({
      faults: { failNext: [{ endpoint: 'stopIntegration', times: 100, status: 400 }] }
    })
    const startedAt = Date.now()

    const outcome = await stopRun(client, run, log, {
      attempts: 100,
      pollSpacingMs: 50,
      budgetMs: 400
    })

    expect(outcome.stopped).toBe(false)
    expect(Date.now() - startedAt).toBeLessThan(1500)
    expect(sim.stats.stopRequests).toBeLessThan(10)
  })

  it('tells the user to stop the run in the portal when the server cannot be reached', async () => {
    const baseUrl = await closedPortUrl()
    const log = recordingLog()
    const run = {
      runId: 'run_sim_0001',
      pollResultUrl: `${baseUrl}/api/integration/getTimelineStatus?runId=run_sim_0001`
    }

    const outcome = await stopRun(clientOf(baseUrl, 'rik_sim_0123456789abcdef'), run, log, FAST)

    expect(outcome).toMatchObject({ stopped: false, accepted: false })
    const said = unconfirmedStop(run.runId, outcome)
    expect(said).toMatch(/^Stopping run run_sim_0001 failed \(Could not reach /)
    expect(said).toContain('ECONNREFUSED')
  })
})
