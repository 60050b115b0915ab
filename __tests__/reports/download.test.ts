import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LeapworkClient } from '../../src/leapwork/client.js'
import type { RunStarted, RunStatusResult } from '../../src/leapwork/types.js'
import { recordingLog } from '../support/recording-log.js'
import { fetchReports, type ReportOptions } from '../../src/reports/download.js'
import { splitAiSections } from '../../src/reports/late-analyses.js'
import {
  AI_NOT_READY_PATTERN,
  buildTimeline,
  defaultFixtures,
  FIXTURES,
  startSimulator,
  type Fixtures,
  type Scenario,
  type Simulator
} from '../../simulator/index.js'

const EXCEL_BYTES = 70 * 1024

let sim: Simulator | undefined
let dir: string | undefined

afterEach(async () => {
  await sim?.stop()
  sim = undefined
  if (dir) await rm(dir, { recursive: true, force: true })
  dir = undefined
})

/** A checkout run (track items ti_001 and ti_002) that has ended, with its terminal status. */
async function endedRun(
  scenario: Partial<Scenario> = {},
  options: { fixtures?: Fixtures; timelineAssetId?: string } = {}
) {
  sim = await startSimulator({
    scenario: { pollsUntilTerminal: 1, excelReportBytes: EXCEL_BYTES, ...scenario },
    fixtures: options.fixtures
  })
  dir = await mkdtemp(join(tmpdir(), 'reports-download-'))
  const client = new LeapworkClient({
    baseUrl: sim.url,
    apiKey: sim.apiKey,
    sleep: () => Promise.resolve()
  })
  const run = await client.runIntegration({
    timelineAssetId: options.timelineAssetId ?? FIXTURES.timelines.checkout.assetId
  })
  const result = await client.getTimelineStatus(run.pollResultUrl)
  const log = recordingLog()
  const fetch = (status: RunStatusResult = result, extra: Partial<ReportOptions> = {}) =>
    fetchReports(client, status, {
      runId: run.runId,
      trackItemIds: trackItemIdsOf(run),
      dir: dir!,
      log,
      aiRetryDelayMs: 5,
      ...extra
    })
  return { sim, run, result, log, dir, fetch }
}

function trackItemIdsOf(run: RunStarted): string[] {
  return run.trackItems.map((item) => item.trackItemId)
}

function callsTo(simulator: Simulator, endpoint: string): number {
  return simulator.stats.byEndpoint[endpoint] ?? 0
}

describe('fetchReports', () => {
  it('saves the Excel report and the AI analysis under stable names', async () => {
    const { sim, result, log, dir, fetch } = await endedRun()
    expect(result.status).toBe('Finished')

    const reports = await fetch()

    expect(reports.paths.excel).toBe(join(dir, 'run-report.xlsx'))
    expect(reports.paths.ai).toBe(join(dir, 'ai-analysis.txt'))
    const excel = await readFile(reports.paths.excel!)
    expect(excel.length).toBe(EXCEL_BYTES)
    expect(excel.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04')
    const ai = await readFile(reports.paths.ai!, 'utf8')
    expect([...splitAiSections(ai).keys()]).toEqual(['ti_001', 'ti_002'])
    expect(reports.aiText).toBe(ai.trimEnd())
    expect(reports.aiTrackItems).toEqual({})
    expect(reports.problems).toEqual([])
    expect(callsTo(sim, 'getAiAnalysis')).toBe(0)
    expect(log.lines.info).toEqual([
      `Excel run report: ${reports.paths.excel} (${EXCEL_BYTES} bytes)`,
      `AI analysis: ${reports.paths.ai} (${Buffer.byteLength(ai)} bytes)`
    ])
    expect(log.lines.warning).toEqual([])
  })

  it('puts the late analysis of a track item in place of its "not ready" note', async () => {
    const { sim, log, dir, fetch } = await endedRun({
      aiNotReadyTrackItems: ['ti_002'],
      getAiAnalysisNotReadyTimes: 1
    })

    const reports = await fetch(undefined, { aiTries: 3 })

    const late = await readFile(join(dir, 'ai-analysis-ti_002.txt'), 'utf8')
    expect(reports.aiTrackItems).toEqual({ ti_002: join(dir, 'ai-analysis-ti_002.txt') })
    expect(late).toMatch(/^=== AI Analysis for: ti_002 ===\nBrowse Catalog\n- /)
    const sections = splitAiSections(reports.aiText!)
    expect([...sections.keys()]).toEqual(['ti_001', 'ti_002'])
    expect(sections.get('ti_002')?.text.trimEnd()).toBe(late.trimEnd())
    expect(reports.aiText).not.toMatch(AI_NOT_READY_PATTERN)
    const combined = await readFile(reports.paths.ai!, 'utf8')
    expect(combined).toMatch(AI_NOT_READY_PATTERN)
    expect(sections.get('ti_001')?.text).toBe(splitAiSections(combined).get('ti_001')?.text)
    expect(callsTo(sim, 'getAiAnalysis')).toBe(2)
    expect(reports.problems).toEqual([])
    expect(log.lines.info).toContain(
      `AI analysis of track item ti_002, which was not ready at first: ${reports.aiTrackItems.ti_002}`
    )
  })

  it('keeps a late analysis word for word, "$" patterns in step titles included', async () => {
    const title = 'GET /api/price?sort=$$&tag=$&'
    const { dir, fetch } = await endedRun({
      aiNotReadyTrackItems: ['ti_002'],
      stepOverrides: { 'GET /api/products': { title, p95: 99_999, p99: 99_999, max: 99_999 } }
    })

    const reports = await fetch()

    const late = await readFile(join(dir, 'ai-analysis-ti_002.txt'), 'utf8')
    expect(late).toContain(`The slowest step was ${title} with`)
    expect(splitAiSections(reports.aiText!).get('ti_002')?.text.trimEnd()).toBe(late.trimEnd())
  })

  it('reports a track item whose analysis is still not ready after its tries', async () => {
    const { sim, log, fetch } = await endedRun({
      aiNotReadyTrackItems: ['ti_001'],
      getAiAnalysisNotReadyTimes: 10
    })

    const reports = await fetch(undefined, { aiTries: 2 })

    const problem = 'The AI analysis of track item ti_001 was not ready after 2 tries.'
    expect(reports.problems).toEqual([problem])
    expect(log.lines.warning).toEqual([problem])
    expect(callsTo(sim, 'getAiAnalysis')).toBe(2)
    expect(reports.aiTrackItems).toEqual({})
    expect(reports.paths.ai).toBeDefined()
    expect(reports.aiText).toMatch(AI_NOT_READY_PATTERN)
  })

  it('keeps a late analysis file inside the report directory whatever the track item ID', async () => {
    const fixtures = defaultFixtures()
    const [item] = fixtures.timelines[0].timeline.trackItems
    const oddId = '../ti 7/x'
    fixtures.timelines.push(
      buildTimeline('timeline_odd', 'Odd IDs', FIXTURES.projects.webShop.id, [
        { ...item, id: oddId }
      ])
    )
    const { dir, fetch } = await endedRun(
      { aiNotReadyTrackItems: [oddId] },
      { fixtures, timelineAssetId: 'timeline_odd' }
    )

    const reports = await fetch()

    const path = reports.aiTrackItems[oddId]
    expect(path).toBeDefined()
    expect((await readdir(dir)).sort()).toEqual(
      ['ai-analysis.txt', path.slice(dir.length + 1), 'run-report.xlsx'].sort()
    )
    expect(path.slice(dir.length + 1)).toMatch(/^ai-analysis-[A-Za-z0-9._-]+\.txt$/)
    expect(reports.problems).toEqual([])
  })

  it('reports an Excel report that cannot be had as a problem, and still saves the AI analysis', async () => {
    const { sim, log, dir, fetch } = await endedRun({ reportFailures: { excel: 'always' } })

    const reports = await fetch()

    expect(reports.paths.excel).toBeUndefined()
    expect(reports.problems).toHaveLength(1)
    expect(reports.problems[0]).toMatch(/^The Excel run report could not be downloaded: .*HTTP 500/)
    expect(log.lines.warning).toEqual(reports.problems)
    expect(reports.paths.ai).toBe(join(dir, 'ai-analysis.txt'))
    expect(await readdir(dir)).toEqual(['ai-analysis.txt'])
    expect(callsTo(sim, 'downloadRunReport')).toBeGreaterThan(0)
  })

  it('fetches every report, late AI analyses included, through redirects to storage', async () => {
    const { sim, dir, fetch } = await endedRun({
      aiNotReadyTrackItems: ['ti_002'],
      faults: { redirectReports: { hops: 2 } }
    })

    const reports = await fetch()

    expect(reports.problems).toEqual([])
    expect(reports.paths.excel).toBe(join(dir, 'run-report.xlsx'))
    expect(reports.aiTrackItems).toEqual({ ti_002: join(dir, 'ai-analysis-ti_002.txt') })
    const storage = sim.requests.filter((request) => request.path.startsWith('/storage/'))
    expect(storage).toHaveLength(3 * 2)
  })

  it('gives up what is left when the report phase runs out of time, and says so', async () => {
    const { dir, fetch } = await endedRun({
      faults: { trickleReport: { endpoint: 'downloadRunReport', bytesPerTick: 1, intervalMs: 20 } }
    })
    const startedAt = Date.now()

    const reports = await fetch(undefined, { budgetMs: 400 })

    expect(Date.now() - startedAt).toBeLessThan(2000)
    expect(reports.problems).toEqual([
      'The Excel run report could not be downloaded: downloadRunReport was abandoned: the reports took longer than 0.4 s in all',
      'The AI analysis report could not be downloaded: downloadAiAnalysisReport was abandoned: the reports took longer than 0.4 s in all'
    ])
    expect(reports.files).toEqual([])
    expect(await readdir(dir)).toEqual([])
  })

  it('passes on what was malformed in the terminal status as problems', async () => {
    const { result, fetch } = await endedRun({ faults: { malformedReportUrl: ['excelReportUrl'] } })
    expect(result.excelReportUrl).toBeUndefined()

    const reports = await fetch()

    expect(reports.problems).toEqual([
      `The run's excelReportUrl was left aside: "htp:/reports broken" is not an http(s) URL.`
    ])
    expect(reports.paths.excel).toBeUndefined()
    expect(reports.paths.ai).toBeDefined()
  })

  it('downloads nothing when the terminal status offers no reports', async () => {
    const { sim, result, log, dir, fetch } = await endedRun({
      finalStatus: 'Failed',
      failedWithoutReports: true
    })
    expect(result.excelReportUrl).toBeUndefined()

    const reports = await fetch()

    expect(reports).toEqual({ dir, paths: {}, aiTrackItems: {}, problems: [], files: [] })
    expect(await readdir(dir)).toEqual([])
    expect(callsTo(sim, 'downloadRunReport')).toBe(0)
    expect(callsTo(sim, 'downloadAiAnalysisReport')).toBe(0)
    expect(log.lines.warning).toEqual([])
  })
})

describe('splitAiSections', () => {
  const report = [
    'Preamble the server may add',
    '=== AI Analysis for: ti_001 ===',
    'Checkout Flow',
    '- Stable.',
    '',
    '=== AI Analysis for:  ti_002  ===',
    'Browse Catalog',
    '- Not ready. Fetch it later with getAiAnalysis.',
    ''
  ].join('\n')

  it('splits the combined report into one section per track item, heading included', () => {
    const sections = splitAiSections(report)

    expect([...sections.keys()]).toEqual(['ti_001', 'ti_002'])
    expect(sections.get('ti_001')).toEqual({
      text: '=== AI Analysis for: ti_001 ===\nCheckout Flow\n- Stable.\n\n',
      body: '\nCheckout Flow\n- Stable.\n\n'
    })
    expect(sections.get('ti_002')?.body).toBe(
      '\nBrowse Catalog\n- Not ready. Fetch it later with getAiAnalysis.\n'
    )
  })

  it('finds no sections in text without headings', () => {
    expect(splitAiSections('The AI analysis is not available for this run.').size).toBe(0)
  })
})
