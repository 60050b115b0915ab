import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { StepMetric, TrackItemMetrics } from '../../src/leapwork/types.js'
import { FIXTURES, startSimulator, type Simulator } from '../../simulator/index.js'
import { call, poll, pollUntilEnd, startRun } from './helpers.js'

const { checkout, login, disabled } = FIXTURES.timelines
const { retailUsers, mobileTesters } = FIXTURES.dataItems

let simulator: Simulator

beforeEach(async () => {
  simulator = await startSimulator()
})

afterEach(async () => {
  await simulator.stop()
})

function steps(metadata: TrackItemMetrics[] | undefined): StepMetric[] {
  return (metadata ?? []).flatMap((entry) => entry.metadata)
}

describe('runIntegration', () => {
  it('starts a run and answers the documented shape with a pollResultUrl on its own origin', async () => {
    const started = await startRun(simulator, {
      timelineName: checkout.title,
      projectId: checkout.projectId,
      dataItemName: retailUsers.name,
      role: 'Admin',
      userCount: 5
    })
    expect(started).toMatchObject({
      timelineId: checkout.assetId,
      status: 'Preparing',
      plannedRunTime: 300,
      estimatedVum: expect.any(Number),
      trackItems: [
        { trackItemId: 'ti_001', sequenceName: 'Checkout Flow', region: 'westeurope' },
        { trackItemId: 'ti_002', sequenceName: 'Browse Catalog', region: 'eastus' }
      ]
    })
    expect(started.pollResultUrl).toBe(
      `${simulator.url}/api/integration/getTimelineStatus?runId=${started.runId}&trackItemIds=ti_001%2Cti_002`
    )
    expect(simulator.getRun(started.runId)?.body).toMatchObject({ role: 'Admin', userCount: 5 })
    expect(simulator.stats).toMatchObject({ runsStarted: 1, activeRuns: 1 })
  })

  it('prefers the timeline asset id over a name', async () => {
    const started = await startRun(simulator, {
      timelineAssetId: login.assetId,
      timelineName: checkout.title
    })
    expect(started.timelineId).toBe(login.assetId)
  })

  it('accepts an explicit per-track-item configuration', async () => {
    const trackItems = {
      ti_001: { dataItemAssetId: retailUsers.assetId, selectedRoles: ['User'], userCount: 3 }
    }
    const started = await startRun(simulator, { timelineAssetId: checkout.assetId, trackItems })
    expect(simulator.runs.get(started.runId)?.body.trackItems).toEqual(trackItems)
  })

  it.each([
    [{}, 'Either timelineAssetId or timelineName must be provided'],
    [{ timelineName: checkout.title }, 'projectId is required when using timelineName'],
    [
      { timelineName: 'Checkout Load Tset', projectId: checkout.projectId },
      "No timeline found with name 'Checkout Load Tset'"
    ],
    [{ timelineAssetId: 'timeline_nope' }, "No timeline found with id 'timeline_nope'"],
    [
      { timelineAssetId: disabled.assetId },
      "Timeline 'Disabled Timeline' is not enabled for running"
    ],
    [
      { timelineAssetId: checkout.assetId, dataItemAssetId: 'dataitem_nope' },
      "No data item found with id 'dataitem_nope'"
    ],
    [
      { timelineAssetId: checkout.assetId, dataItemName: mobileTesters.name },
      `No data item found with name '${mobileTesters.name}'`
    ],
    [
      { timelineAssetId: checkout.assetId, dataItemAssetId: retailUsers.assetId, role: 'Guest' },
      "No rows with role 'Guest' in data item 'Retail Users'"
    ],
    [{ timelineAssetId: checkout.assetId, userCount: '5' }, 'userCount must be a number'],
    [
      {
        timelineAssetId: checkout.assetId,
        trackItems: { ti_003: { dataItemAssetId: retailUsers.assetId, selectedRoles: [] } }
      },
      "Track item 'ti_003' is not part of timeline 'Checkout Load Test'"
    ],
    [[], 'The request body must be a JSON object']
  ])('answers 400 without starting a run for %j', async (body, message) => {
    const response = await call(simulator, 'runIntegration', {}, { body })
    expect([response.status, await response.json()]).toEqual([400, message])
    expect(simulator.stats).toMatchObject({ runsStarted: 0, runIntegrationRequests: 1 })
  })

  it('rejects a body that is not JSON or not sent as JSON', async () => {
    const headers = { authorization: `X-API-KEY ${simulator.apiKey}` }
    const url = `${simulator.url}/api/integration/runIntegration`
    const plain = await fetch(url, { method: 'POST', headers, body: '{"timelineAssetId":"x"}' })
    expect(plain.status).toBe(415)
    const broken = await fetch(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: '{"timelineAssetId":'
    })
    expect(broken.status).toBe(400)
    expect(simulator.stats.runsStarted).toBe(0)
  })
})

describe('run lifecycle', () => {
  it('goes Preparing, Running, Finished by default and stays Finished', async () => {
    const { runId } = await startRun(simulator)
    const { statuses, last } = await pollUntilEnd(simulator, runId)
    expect(statuses).toEqual(['Preparing', 'Running', 'Finished'])
    expect(last.excelReportUrl).toBe(
      `${simulator.url}/api/integration/downloadRunReport?runId=${runId}&trackItemIds=ti_001%2Cti_002`
    )
    expect(last.aiAnalysisReportUrl).toBe(
      `${simulator.url}/api/integration/downloadAiAnalysisReport?runId=${runId}`
    )
    expect(last.metadata?.map((entry) => entry.trackItemId)).toEqual(['ti_001', 'ti_002'])
    expect((await poll(simulator, runId)).status).toBe('Finished')
    expect(simulator.stats).toMatchObject({ statusPolls: 4, activeRuns: 0 })
    expect(simulator.getRun(runId)).toMatchObject({ polls: 4, status: 'Finished', ended: true })
  })

  it('gives metrics only in terminal answers', async () => {
    simulator.configure({ pollsUntilRunning: 2, pollsUntilTerminal: 5 })
    const { runId } = await startRun(simulator)
    const answers = [1, 2, 3, 4].map(() => poll(simulator, runId))
    for (const answer of await Promise.all(answers)) {
      expect(answer).toEqual({
        status: expect.stringMatching(/^(Preparing|Authenticating|Running)$/)
      })
    }
    expect(steps((await poll(simulator, runId)).metadata)).toHaveLength(8)
  })

  it('returns only the track items named in trackItemIds', async () => {
    simulator.configure({ pollsUntilTerminal: 1 })
    const { runId } = await startRun(simulator)
    const response = await call(simulator, 'getTimelineStatus', { runId, trackItemIds: 'ti_002' })
    const answer = (await response.json()) as { metadata: TrackItemMetrics[] }
    expect(answer.metadata.map((entry) => entry.trackItemId)).toEqual(['ti_002'])
  })

  it('plays an explicit status sequence, in the requested case', async () => {
    simulator.configure({
      statusSequence: ['Authenticating', 'Queued', 'Running'],
      statusCase: 'lower'
    })
    const { runId, status } = await startRun(simulator)
    const { statuses, last } = await pollUntilEnd(simulator, runId)
    expect(status).toBe('preparing')
    expect(statuses).toEqual(['authenticating', 'queued', 'running', 'finished'])
    expect(last.metadata).toBeDefined()
  })

  it('ends Failed with reports, or without them when the scenario says so', async () => {
    simulator.configure({ finalStatus: 'Failed', pollsUntilTerminal: 1, statusCase: 'upper' })
    const withReports = await pollUntilEnd(simulator, (await startRun(simulator)).runId)
    expect(withReports.last.status).toBe('FAILED')
    expect(withReports.last.excelReportUrl).toBeDefined()
    simulator.configure({ failedWithoutReports: true })
    const { runId } = await startRun(simulator)
    const bare = await pollUntilEnd(simulator, runId)
    expect(bare.last).toEqual({ status: 'FAILED' })
    const report = await call(simulator, 'downloadRunReport', { runId })
    expect([report.status, await report.json()]).toEqual([400, `Run ${runId} has no reports`])
  })

  it('builds pollResultUrl and report URLs on pollResultUrlBase when set', async () => {
    const base = 'http://internal-host.invalid:8080'
    simulator.configure({ pollResultUrlBase: `${base}/`, pollsUntilTerminal: 1 })
    const started = await startRun(simulator)
    expect(new URL(started.pollResultUrl).origin).toBe(base)
    const answer = await poll(simulator, started.runId)
    expect(new URL(answer.excelReportUrl ?? '').origin).toBe(base)
    expect(new URL(answer.aiAnalysisReportUrl ?? '').origin).toBe(base)
  })

  it('overrides the planned run time and the number of track items', async () => {
    simulator.configure({ plannedRunTime: 600, trackItemCount: 3 })
    const started = await startRun(simulator)
    expect(started.plannedRunTime).toBe(600)
    expect(started.estimatedVum).toBe(210)
    expect(started.trackItems.map((item) => item.trackItemId)).toEqual([
      'ti_001',
      'ti_002',
      'ti_gen_0003'
    ])
    expect(started.pollResultUrl).toContain('trackItemIds=ti_001%2Cti_002%2Cti_gen_0003')
  })

  it('scales its estimate by the users the body sets, as the server builds the configuration', async () => {
    const checkout = { timelineAssetId: FIXTURES.timelines.checkout.assetId }
    const retail = FIXTURES.dataItems.retailUsers.assetId
    const estimateFor = async (body: Record<string, unknown>) =>
      (await startRun(simulator, { ...checkout, ...body })).estimatedVum

    expect(await estimateFor({})).toBe(105)
    expect(await estimateFor({ dataItemAssetId: retail, userCount: 40 })).toBe(65 * 2 + 40 * 4)
    expect(await estimateFor({ userCount: 40 })).toBe(105)
    expect(
      await estimateFor({
        dataItemAssetId: retail,
        userCount: 40,
        trackItems: { ti_002: { dataItemAssetId: retail, userCount: 5 } }
      })
    ).toBe(65 + 40 / 2)
  })

  it("announces the estimatedVum of the scenario instead of the timeline's", async () => {
    const timelineEstimate = (await startRun(simulator)).estimatedVum
    simulator.configure({ estimatedVum: 5000 })
    const started = await startRun(simulator)
    expect([timelineEstimate, started.estimatedVum]).toEqual([105, 5000])
    expect(simulator.getRun(started.runId)?.estimatedVum).toBe(5000)
  })
})

describe('stopIntegration', () => {
  it('stops a run that never ends; the next poll is Stopped with metrics and reports', async () => {
    simulator.configure({ neverEnds: true })
    const { runId } = await startRun(simulator)
    for (let i = 0; i < 6; i += 1) await poll(simulator, runId)
    expect((await poll(simulator, runId)).status).toBe('Running')
    expect(simulator.stats.activeRuns).toBe(1)
    const stop = await call(simulator, 'stopIntegration', { runId })
    expect([stop.status, await stop.json()]).toEqual([200, `Stopped run ${runId}`])
    expect(simulator.stats.activeRuns).toBe(0)
    const stopped = await poll(simulator, runId)
    expect(stopped.status).toBe('Stopped')
    expect(steps(stopped.metadata).length).toBeGreaterThan(0)
    expect(stopped.excelReportUrl).toBeDefined()
    expect(simulator.getRun(runId)?.stopped).toBe(true)
  })

  it('answers 400 for an unknown run, a stopped run and a finished run', async () => {
    const unknown = await call(simulator, 'stopIntegration', { runId: 'run_nope' })
    expect([unknown.status, await unknown.json()]).toEqual([400, "No run found with id 'run_nope'"])
    const { runId } = await startRun(simulator)
    expect((await call(simulator, 'stopIntegration', { runId })).status).toBe(200)
    expect((await call(simulator, 'stopIntegration', { runId })).status).toBe(400)
    const finished = await startRun(simulator)
    await pollUntilEnd(simulator, finished.runId)
    const late = await call(simulator, 'stopIntegration', { runId: finished.runId })
    expect([late.status, await late.json()]).toEqual([400, `Run ${finished.runId} is not active`])
    expect(simulator.stats).toMatchObject({ stopRequests: 4, activeRuns: 0 })
  })

  it('answers 400 to a poll of an unknown run', async () => {
    const response = await call(simulator, 'getTimelineStatus', { runId: 'run_nope' })
    expect([response.status, await response.json()]).toEqual([
      400,
      "No run found with id 'run_nope'"
    ])
  })
})

describe('metrics', () => {
  async function finishedSteps(): Promise<StepMetric[]> {
    const { runId } = await startRun(simulator)
    return steps((await pollUntilEnd(simulator, runId)).last.metadata)
  }

  it('gives every step ordered, plausible figures', async () => {
    simulator.configure({ stepsPerTrackItem: 50 })
    const all = await finishedSteps()
    expect(all).toHaveLength(100)
    for (const step of all) {
      const times = [step.min, step.median, step.p90, step.p95, step.p99, step.max]
      expect(times).toEqual([...times].sort((a, b) => a - b))
      expect(step.average).toBeGreaterThanOrEqual(step.min)
      expect(step.average).toBeLessThanOrEqual(step.max)
      expect(step.errors).toBeLessThanOrEqual(step.requestsSent)
    }
    expect(new Set(all.filter((s) => s.trackItemId === 'ti_001').map((s) => s.title)).size).toBe(50)
  })

  it('is deterministic between runs, and latencyFactor scales the times', async () => {
    const first = await finishedSteps()
    const second = await finishedSteps()
    const strip = (list: StepMetric[]) => list.map((step) => ({ ...step, runId: '' }))
    expect(strip(second)).toEqual(strip(first))
    simulator.configure({ latencyFactor: 2 })
    const slower = await finishedSteps()
    slower.forEach((step, index) => {
      expect(Math.abs(step.p95 - 2 * first[index].p95)).toBeLessThanOrEqual(1)
      expect(step.requestsSent).toBe(first[index].requestsSent)
    })
  })

  it('applies the error rate and step overrides', async () => {
    simulator.configure({
      errorRate: 0.1,
      stepOverrides: { 'POST /api/login': { p95: 4321, errors: 0 } }
    })
    const all = await finishedSteps()
    const logins = all.filter((step) => step.title === 'POST /api/login')
    expect(logins.map((step) => [step.p95, step.errors])).toEqual([
      [4321, 0],
      [4321, 0]
    ])
    const others = all.filter((step) => step.title !== 'POST /api/login')
    const rate =
      others.reduce((sum, step) => sum + step.errors, 0) /
      others.reduce((sum, step) => sum + step.requestsSent, 0)
    expect(rate).toBeGreaterThan(0.05)
    expect(rate).toBeLessThan(0.15)
  })

  it('answers a run of 20,000 steps in full', async () => {
    simulator.configure({ trackItemCount: 10, stepsPerTrackItem: 2000, pollsUntilTerminal: 1 })
    const { runId } = await startRun(simulator)
    const answer = await poll(simulator, runId)
    expect(steps(answer.metadata)).toHaveLength(20_000)
  })
})
