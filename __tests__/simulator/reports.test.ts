import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import {
  AI_NOT_READY_PATTERN,
  EXCEL_CONTENT_TYPE,
  startSimulator,
  type Simulator
} from '../../simulator/index.js'
import { call, endpointUrl, pollUntilEnd, startRun } from './helpers.js'

/** Downloads in another process, so this process's memory is the server's alone. */
async function downloadInChildProcess(url: string, apiKey: string): Promise<unknown> {
  const script = `
    import { get } from 'node:http'
    get(process.argv[1], { headers: { authorization: process.argv[2] } }, (response) => {
      let received = 0
      response.on('data', (chunk) => (received += chunk.length))
      response.on('end', () => console.log(JSON.stringify({
        status: response.statusCode, length: response.headers['content-length'], received
      })))
    })`
  const child = spawn(
    process.execPath,
    ['--input-type=module', '-e', script, url, `X-API-KEY ${apiKey}`],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_OPTIONS: '' } }
  )
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  await once(child, 'close')
  return JSON.parse(output)
}

let simulator: Simulator

beforeEach(async () => {
  simulator = await startSimulator()
})

afterEach(async () => {
  await simulator.stop()
})

async function finishedRunId(): Promise<string> {
  const { runId } = await startRun(simulator)
  await pollUntilEnd(simulator, runId)
  return runId
}

describe('downloadRunReport', () => {
  it('serves a deterministic xlsx-looking body with its length and content type', async () => {
    const runId = await finishedRunId()
    const first = await call(simulator, 'downloadRunReport', { runId })
    const body = Buffer.from(await first.arrayBuffer())
    expect(first.status).toBe(200)
    expect(first.headers.get('content-type')).toBe(EXCEL_CONTENT_TYPE)
    expect(first.headers.get('content-length')).toBe(String(20 * 1024))
    expect(body).toHaveLength(20 * 1024)
    expect(body.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04')
    const second = Buffer.from(
      await (await call(simulator, 'downloadRunReport', { runId })).arrayBuffer()
    )
    expect(second.equals(body)).toBe(true)
  })

  it('streams a 64 MiB report without holding it in memory', async () => {
    const runId = await finishedRunId()
    const url = endpointUrl(simulator, 'downloadRunReport', { runId })
    const size = 64 * 1024 * 1024
    simulator.configure({ excelReportBytes: 1024 * 1024 })
    await downloadInChildProcess(url, simulator.apiKey)
    simulator.configure({ excelReportBytes: size })
    const rssBefore = process.memoryUsage().rss
    let peakRss = rssBefore
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss)
    }, 10)
    const download = await downloadInChildProcess(url, simulator.apiKey)
    clearInterval(sampler)
    expect(download).toEqual({ status: 200, length: String(size), received: size })
    expect(peakRss - rssBefore).toBeLessThan(size / 2)
  })

  it('answers 400 before the run has ended and for an unknown run', async () => {
    const { runId } = await startRun(simulator)
    const early = await call(simulator, 'downloadRunReport', { runId })
    expect([early.status, await early.json()]).toEqual([400, `Run ${runId} has not ended yet`])
    expect((await call(simulator, 'downloadRunReport', { runId: 'run_nope' })).status).toBe(400)
  })

  it('fails the configured number of times with 500, then serves the report', async () => {
    simulator.configure({ reportFailures: { excel: 2 } })
    const runId = await finishedRunId()
    const statuses = []
    for (let i = 0; i < 3; i += 1) {
      const response = await call(simulator, 'downloadRunReport', { runId })
      await response.arrayBuffer()
      statuses.push(response.status)
    }
    expect(statuses).toEqual([500, 500, 200])
  })
})

describe('AI analysis', () => {
  it('gives one section per track item in the documented format', async () => {
    const runId = await finishedRunId()
    const response = await call(simulator, 'downloadAiAnalysisReport', { runId })
    const report = await response.text()
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/)
    const sections = report.trim().split('\n\n')
    expect(sections.map((section) => section.split('\n').slice(0, 2))).toEqual([
      ['=== AI Analysis for: ti_001 ===', 'Checkout Flow'],
      ['=== AI Analysis for: ti_002 ===', 'Browse Catalog']
    ])
    for (const section of sections) {
      expect(
        section
          .split('\n')
          .slice(2)
          .every((line) => line.startsWith('- '))
      ).toBe(true)
    }
    expect(report).not.toMatch(AI_NOT_READY_PATTERN)
  })

  it('marks items not ready in the combined report with a stable, matchable line', async () => {
    simulator.configure({ aiNotReadyTrackItems: ['ti_002'] })
    const runId = await finishedRunId()
    const report = await (await call(simulator, 'downloadAiAnalysisReport', { runId })).text()
    const [, ready, notReady] = report.split('=== AI Analysis for: ')
    expect(ready).not.toMatch(AI_NOT_READY_PATTERN)
    expect(notReady.match(AI_NOT_READY_PATTERN)?.[1]).toBe('ti_002')
  })

  it('answers getAiAnalysis 404 while not ready, then the text of that track item', async () => {
    simulator.configure({ getAiAnalysisNotReadyTimes: 2 })
    const runId = await finishedRunId()
    const answers = []
    for (let i = 0; i < 3; i += 1) {
      const response = await call(simulator, 'getAiAnalysis', { runId, trackItemId: 'ti_002' })
      answers.push([response.status, await response.text()])
    }
    expect(answers.slice(0, 2)).toEqual([
      [404, '"The AI analysis for track item ti_002 is not ready yet"'],
      [404, '"The AI analysis for track item ti_002 is not ready yet"']
    ])
    expect(answers[2][0]).toBe(200)
    expect(answers[2][1]).toMatch(/^=== AI Analysis for: ti_002 ===\nBrowse Catalog\n- /)
    const other = await call(simulator, 'getAiAnalysis', { runId, trackItemId: 'ti_001' })
    expect(other.status).toBe(404)
  })

  it('answers 400 for a track item outside the run', async () => {
    const runId = await finishedRunId()
    const response = await call(simulator, 'getAiAnalysis', { runId, trackItemId: 'ti_003' })
    expect([response.status, await response.json()]).toEqual([
      400,
      `No track item 'ti_003' in run ${runId}`
    ])
  })

  it('fails the combined report always when asked', async () => {
    simulator.configure({ reportFailures: { ai: 'always' } })
    const runId = await finishedRunId()
    for (let i = 0; i < 3; i += 1) {
      expect((await call(simulator, 'downloadAiAnalysisReport', { runId })).status).toBe(500)
    }
    simulator.configure({ reportFailures: undefined })
    expect((await call(simulator, 'downloadAiAnalysisReport', { runId })).status).toBe(200)
  })
})

describe('latency', () => {
  it('holds back the answers of one endpoint by latencyMs', async () => {
    simulator.configure({ latencyMs: { getTimelines: 300 } })
    const started = performance.now()
    await call(simulator, 'getTimelines')
    const slow = performance.now() - started
    const quickStart = performance.now()
    await call(simulator, 'getDataItems', { projectId: 'project_001' })
    expect(slow).toBeGreaterThanOrEqual(290)
    expect(performance.now() - quickStart).toBeLessThan(slow)
  })
})
