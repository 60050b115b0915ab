import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { connect } from 'node:net'
import type { RunStarted } from '../../src/leapwork/types.js'
import {
  FIXTURES,
  MALFORMED_FIELD_VALUE,
  MALFORMED_REPORT_URL,
  startSimulator,
  type Simulator
} from '../../simulator/index.js'
import { call, poll, startRun } from './helpers.js'

const checkoutBody = { timelineAssetId: FIXTURES.timelines.checkout.assetId }

let simulator: Simulator

beforeEach(async () => {
  simulator = await startSimulator()
})

afterEach(async () => {
  await simulator.stop()
})

async function statuses(count: number, endpoint = 'getTimelines'): Promise<number[]> {
  const answers = []
  for (let i = 0; i < count; i += 1) {
    const response = await call(simulator, endpoint)
    await response.text()
    answers.push(response.status)
  }
  return answers
}

describe('failEveryNth', () => {
  it('answers every Nth matching request with a gateway HTML page', async () => {
    simulator.configure({ faults: { failEveryNth: { n: 3, endpoints: ['getTimelines'] } } })
    expect(await statuses(6)).toEqual([200, 200, 502, 200, 200, 502])
    simulator.configure({ faults: { failEveryNth: { n: 2, status: 504 } } })
    const response = await call(simulator, 'getDataItems', { projectId: 'project_001' })
    expect(response.status).toBe(200)
    const failed = await call(simulator, 'getTimelines')
    expect(failed.status).toBe(504)
    expect(failed.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await failed.text()).toContain('<h1>504 Gateway Timeout</h1>')
  })

  it('leaves endpoints it does not name alone', async () => {
    simulator.configure({ faults: { failEveryNth: { n: 1, endpoints: ['runIntegration'] } } })
    expect(await statuses(3)).toEqual([200, 200, 200])
  })
})

describe('failNext', () => {
  it('fails the next requests of an endpoint, then recovers', async () => {
    simulator.configure({ faults: { failNext: [{ endpoint: 'getTimelines', times: 2 }] } })
    expect(await statuses(3)).toEqual([500, 500, 200])
  })

  it('answers 429 with Retry-After', async () => {
    simulator.configure({
      faults: {
        failNext: [{ endpoint: 'getTimelines', times: 1, status: 429, retryAfterSeconds: 2 }]
      }
    })
    const response = await call(simulator, 'getTimelines')
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('2')
    expect(await response.json()).toBe('Too Many Requests')
  })

  it.each([
    ['html', /^<html>.*503 Service Unavailable.*<\/html>$/],
    ['truncated', /^\{"message":"Service Unavailable","det$/],
    ['empty', /^$/]
  ] as const)('sends the %s body when asked', async (body, expected) => {
    simulator.configure({
      faults: { failNext: [{ endpoint: 'getTimelines', times: 1, status: 503, body }] }
    })
    const response = await call(simulator, 'getTimelines')
    expect(response.status).toBe(503)
    expect(await response.text()).toMatch(expected)
  })

  it('does not start a run when runIntegration fails', async () => {
    simulator.configure({ faults: { failNext: [{ endpoint: 'runIntegration', times: 1 }] } })
    const response = await call(simulator, 'runIntegration', {}, { body: checkoutBody })
    expect(response.status).toBe(500)
    expect(simulator.stats).toMatchObject({ runsStarted: 0, runIntegrationRequests: 1 })
  })
})

describe('resetNext', () => {
  it('drops the connection after runIntegration created the run', async () => {
    simulator.configure({ faults: { resetNext: [{ endpoint: 'runIntegration', times: 1 }] } })
    await expect(call(simulator, 'runIntegration', {}, { body: checkoutBody })).rejects.toThrow()
    expect(simulator.stats).toMatchObject({ runsStarted: 1, activeRuns: 1 })
    expect(simulator.requests.at(-1)?.status).toBeUndefined()
    await startRun(simulator)
    expect(simulator.stats.runsStarted).toBe(2)
  })

  it('drops status polls without answering, then answers again', async () => {
    const { runId } = await startRun(simulator)
    simulator.configure({ faults: { resetNext: [{ endpoint: 'getTimelineStatus', times: 2 }] } })
    await expect(poll(simulator, runId)).rejects.toThrow()
    await expect(poll(simulator, runId)).rejects.toThrow()
    expect((await poll(simulator, runId)).status).toBe('Finished')
  })
})

describe('slowNext', () => {
  it('answers late, past a client timeout, and only the given number of times', async () => {
    simulator.configure({
      faults: { slowNext: [{ endpoint: 'getTimelines', times: 1, delayMs: 1500 }] }
    })
    const timedOut = call(simulator, 'getTimelines', {}, { signal: AbortSignal.timeout(200) })
    await expect(timedOut).rejects.toThrow()
    const started = performance.now()
    expect((await call(simulator, 'getTimelines')).status).toBe(200)
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('still starts the run whose answer came too late', async () => {
    simulator.configure({
      faults: { slowNext: [{ endpoint: 'runIntegration', times: 1, delayMs: 400 }] }
    })
    const late = call(
      simulator,
      'runIntegration',
      {},
      {
        body: checkoutBody,
        signal: AbortSignal.timeout(100)
      }
    )
    await expect(late).rejects.toThrow()
    expect(simulator.stats.runsStarted).toBe(0)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(simulator.stats.runsStarted).toBe(1)
  })

  it('does not keep stop() waiting for a slow answer', async () => {
    simulator.configure({
      faults: { slowNext: [{ endpoint: 'getTimelines', times: 1, delayMs: 30_000 }] }
    })
    const pending = call(simulator, 'getTimelines')
    await new Promise((resolve) => setTimeout(resolve, 100))
    const started = performance.now()
    await simulator.stop()
    expect(performance.now() - started).toBeLessThan(1000)
    await expect(pending).rejects.toThrow()
  })
})

describe('malformed answers', () => {
  it('cuts the JSON of the named endpoints in half', async () => {
    const whole = await (await call(simulator, 'getTimelines')).text()
    simulator.configure({ faults: { truncatedJson: ['getTimelines'] } })
    const response = await call(simulator, 'getTimelines')
    const cut = await response.text()
    expect(response.status).toBe(200)
    expect(cut).toBe(whole.slice(0, Math.floor(whole.length / 2)))
    expect(() => JSON.parse(cut)).toThrow()
  })

  it('leaves out required fields of the named endpoints', async () => {
    simulator.configure({ faults: { missingFields: ['runIntegration', 'getTimelineStatus'] } })
    const response = await call(simulator, 'runIntegration', {}, { body: checkoutBody })
    const started = (await response.json()) as Partial<RunStarted>
    expect(started.runId).toBeUndefined()
    expect(started.pollResultUrl).toContain('runId=run_sim_0001')
    const status = await call(simulator, 'getTimelineStatus', { runId: 'run_sim_0001' })
    expect(await status.json()).toEqual({})
  })
})

describe('echoHeadersOnError', () => {
  it('puts the request headers, API key included, into error bodies', async () => {
    simulator.configure({ faults: { echoHeadersOnError: true } })
    const response = await call(simulator, 'getTimelineStatus', { runId: 'run_nope' })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      message: "No run found with id 'run_nope'",
      requestHeaders: expect.objectContaining({ authorization: `X-API-KEY ${simulator.apiKey}` })
    })
    simulator.configure({ faults: { echoHeadersOnError: true, failEveryNth: { n: 1 } } })
    expect(await (await call(simulator, 'getTimelines')).text()).toContain(simulator.apiKey)
  })
})

describe('robustness', () => {
  it('keeps serving after a client hangs up in the middle of a request body', async () => {
    const { port } = new URL(simulator.url)
    const socket = connect(Number(port), '127.0.0.1')
    await new Promise((resolve) => socket.once('connect', resolve))
    socket.write(
      'POST /api/integration/runIntegration HTTP/1.1\r\nHost: x\r\n' +
        'content-type: application/json\r\ncontent-length: 100\r\n\r\n{"timeline'
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    socket.destroy()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect((await call(simulator, 'getTimelines')).status).toBe(200)
    expect(simulator.stats.runsStarted).toBe(0)
  })
})

/** A checkout run polled to its end, so its reports can be fetched. */
async function endedRun(): Promise<RunStarted> {
  const run = await startRun(simulator, checkoutBody)
  for (let polls = 0; polls < 3; polls += 1) await poll(simulator, run.runId)
  return run
}

describe('runId and omitPlannedRunTime', () => {
  it('hands out the chosen run ID as it is, in the answer and in the URLs', async () => {
    simulator.configure({ runId: '../../../escaped', omitPlannedRunTime: true })
    const run = await startRun(simulator, checkoutBody)
    expect(run.runId).toBe('../../../escaped')
    expect('plannedRunTime' in run).toBe(false)
    expect(new URL(run.pollResultUrl).searchParams.get('runId')).toBe('../../../escaped')
    const status = await poll(simulator, run.runId)
    expect(status.status).toBeDefined()
  })
})

describe('hugeAnswer', () => {
  it.each([true, false])(
    'answers with valid JSON of the asked size (Content-Length sent: %s), then normally',
    async (announceLength) => {
      const run = await startRun(simulator, checkoutBody)
      const bytes = 3 * 1024 * 1024
      simulator.configure({
        faults: { hugeAnswer: [{ endpoint: 'getTimelineStatus', times: 1, bytes, announceLength }] }
      })
      const huge = await call(simulator, 'getTimelineStatus', { runId: run.runId })
      expect(huge.headers.get('content-length')).toBe(announceLength ? String(bytes) : null)
      const text = await huge.text()
      expect(text.length).toBe(bytes)
      expect(JSON.parse(text)).toMatchObject({ status: 'Running' })
      expect((await poll(simulator, run.runId)).status).not.toBe(undefined)
    }
  )
})

describe('trickleReport', () => {
  it('sends the report a few bytes at a time', async () => {
    simulator.configure({
      excelReportBytes: 64,
      faults: { trickleReport: { endpoint: 'downloadRunReport', bytesPerTick: 16, intervalMs: 50 } }
    })
    const run = await endedRun()
    const startedAt = Date.now()
    const response = await call(simulator, 'downloadRunReport', { runId: run.runId })
    const body = Buffer.from(await response.arrayBuffer())
    expect(body.length).toBe(64)
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(180)
  })
})

describe('malformedReportUrl', () => {
  it('breaks the named report URLs of the terminal answer and keeps the rest', async () => {
    simulator.configure({ faults: { malformedReportUrl: ['aiAnalysisReportUrl'] } })
    const run = await startRun(simulator, checkoutBody)
    let status = await poll(simulator, run.runId)
    while (!status.excelReportUrl) status = await poll(simulator, run.runId)
    expect(status.aiAnalysisReportUrl).toBe(MALFORMED_REPORT_URL)
    expect(status.excelReportUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/integration\//)
    expect(status.metadata?.length).toBeGreaterThan(0)
  })
})

describe('malformedFields', () => {
  it('sends the named start fields and terminal metadata as "n/a", and keeps the rest', async () => {
    simulator.configure({ faults: { malformedFields: ['estimatedVum', 'metadata'] } })
    const run = await startRun(simulator, checkoutBody)
    expect(run.estimatedVum).toBe(MALFORMED_FIELD_VALUE)
    expect(run.plannedRunTime).toBeGreaterThan(0)
    expect(run.trackItems.length).toBeGreaterThan(0)
    let status = await poll(simulator, run.runId)
    while (!status.excelReportUrl) status = await poll(simulator, run.runId)
    expect(status.metadata).toBe(MALFORMED_FIELD_VALUE)
  })
})

describe('redirectReports', () => {
  it('moves each report behind a signed storage URL, served without the API key after its hops', async () => {
    simulator.configure({ excelReportBytes: 100, faults: { redirectReports: { hops: 3 } } })
    const run = await endedRun()
    const first = await call(simulator, 'downloadRunReport', { runId: run.runId })
    expect(first.redirected).toBe(true)
    expect(first.status).toBe(200)
    expect((await first.arrayBuffer()).byteLength).toBe(100)
    const storage = simulator.requests.filter((request) => request.path.startsWith('/storage/'))
    expect(storage.map((request) => request.query.hop)).toEqual(['1', '2', '3'])
  })

  it('can send the report to another origin', async () => {
    const foreign = await startSimulator()
    try {
      simulator.configure({ faults: { redirectReports: { origin: foreign.url } } })
      const run = await endedRun()
      const response = await call(simulator, 'downloadAiAnalysisReport', { runId: run.runId })
      expect(await response.text()).toMatch(/^=== AI Analysis for: ti_001 ===/)
      expect(foreign.requests.map((request) => request.path)).toEqual([
        expect.stringMatching(/^\/storage\//)
      ])
    } finally {
      await foreign.stop()
    }
  })
})
