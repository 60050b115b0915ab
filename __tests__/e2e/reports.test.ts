import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { FIXTURES } from '../../simulator/index.js'
import { runAction } from '../support/action-runner.js'
import { readZipEntries } from '../support/fake-artifact-service.js'
import { useSimulator } from './setup.js'

const checkout = FIXTURES.timelines.checkout

describe('reports, artifact, summary and outputs, end to end', () => {
  const context = useSimulator({}, { artifacts: true })

  it('uploads the Excel report byte for byte, the AI text, metrics.json and JUnit as one artifact', async () => {
    const result = await runAction({
      inputs: context.inputs({ 'timeline-id': checkout.assetId, 'retention-days': '7' }),
      env: context.artifacts.env
    })
    expect(result.exitCode).toBe(0)
    const runId = result.outputs['run-id']
    // The report artifact, and the history a push run carries forward in an artifact of its own.
    expect(context.artifacts.artifacts.map((a) => a.name)).toEqual([
      `leapwork-performance-${checkout.assetId}-${runId}`,
      expect.stringMatching(
        `^leapwork-performance-history-${checkout.assetId}-[0-9a-f]{8}-${runId}$`
      )
    ])
    const [artifact] = context.artifacts.artifacts
    expect(artifact.name).toBe(`leapwork-performance-${checkout.assetId}-${runId}`)
    expect(artifact.retentionDays).toBe(7)
    const entries = await readZipEntries(artifact.zipPath)
    expect([...entries.keys()].sort()).toEqual(
      ['ai-analysis.txt', 'junit.xml', 'metrics.json', 'run-report.xlsx'].sort()
    )
    const excelOnDisk = await readFile(result.outputs['excel-report'])
    const excelServed = await fetchReport(
      `downloadRunReport?runId=${runId}&trackItemIds=ti_001,ti_002`
    )
    expect(sha256(entries.get('run-report.xlsx')!)).toBe(sha256(excelServed))
    expect(sha256(excelOnDisk)).toBe(sha256(excelServed))
    expect(entries.get('ai-analysis.txt')!.toString()).toContain('=== AI Analysis for: ti_001 ===')
    const metrics = JSON.parse(entries.get('metrics.json')!.toString())
    expect(metrics).toMatchObject({
      schema: 'leapwork-performance-metrics',
      version: 1,
      runId,
      timelineTitle: checkout.title,
      status: 'Finished'
    })
    expect(metrics.trackItems.map((t: { steps: unknown[] }) => t.steps.length)).toEqual([4, 4])
    expect(result.outputs['artifact-id']).toBe(artifact.id)
    expect(result.outputs['artifact-url']).toBe(
      `https://github.com/octo-org/octo-repo/actions/runs/7340291875/artifacts/${artifact.id}`
    )
  })

  it('sets every figure output from the run and writes a summary with the worst p95 up front', async () => {
    const result = await runAction({
      inputs: context.inputs({ 'timeline-id': checkout.assetId }),
      env: context.artifacts.env
    })
    const metrics = JSON.parse(await readFile(result.outputs['metrics-file'], 'utf8'))
    expect(result.outputs['p95-ms']).toBe(String(metrics.totals.worstP95))
    expect(Number(result.outputs.requests)).toBeGreaterThan(0)
    expect(result.outputs.requests).toBe(String(metrics.totals.requests))
    expect(result.outputs.errors).toBe(String(metrics.totals.errors))
    expect(Number(result.outputs['error-rate'])).toBeCloseTo(
      (metrics.totals.errors / metrics.totals.requests) * 100,
      2
    )
    expect(result.outputs.result).toBe('passed')
    expect(result.outputs['junit-file']).toMatch(/junit\.xml$/)
    expect(result.summary).toContain(checkout.title)
    expect(result.summary).toContain(result.outputs['run-id'])
    expect(result.summary).toMatch(/Worst p95:\*\* \S+ ms on /)
    expect(result.summary).toContain('```mermaid')
    expect(result.summary).toContain('<details><summary>AI analysis</summary>')
    expect(result.summary).toContain(`/artifacts/${result.outputs['artifact-id']}`)
  })

  it("fetches a track item's AI analysis that the combined report says is not ready", async () => {
    context.sim.configure({ aiNotReadyTrackItems: ['ti_002'], getAiAnalysisNotReadyTimes: 1 })
    const result = await runAction({ inputs: context.inputs({ 'timeline-id': checkout.assetId }) })
    expect(result.exitCode).toBe(0)
    expect(context.sim.stats.byEndpoint.getAiAnalysis).toBe(2)
    const late = await readFile(`${result.outputs['report-dir']}/ai-analysis-ti_002.txt`, 'utf8')
    expect(late).toContain('=== AI Analysis for: ti_002 ===')
    expect(result.summary).not.toMatch(/not ready/i)
  })

  it('turns a report that cannot be fetched into a warning and still publishes the rest', async () => {
    context.sim.configure({ reportFailures: { excel: 'always' } })
    const result = await runAction({
      inputs: context.inputs({ 'timeline-id': checkout.assetId }),
      env: context.artifacts.env
    })
    expect(result.exitCode).toBe(0)
    const warnings = result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)
    expect(warnings).toEqual([
      expect.stringMatching(/^The Excel run report could not be downloaded: .*500/)
    ])
    expect(result.outputs['excel-report']).toBeUndefined()
    expect(result.outputs['metrics-file']).toBeDefined()
    expect(result.summary).toContain('The Excel run report could not be downloaded')
    const entries = await readZipEntries(context.artifacts.artifacts[0].zipPath)
    expect(entries.has('run-report.xlsx')).toBe(false)
    expect(entries.has('metrics.json')).toBe(true)
  })

  it('keeps the files and says so outside GitHub Actions (no runtime token)', async () => {
    const result = await runAction({ inputs: context.inputs({ 'timeline-id': checkout.assetId }) })
    expect(result.exitCode).toBe(0)
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'notice',
        message: expect.stringMatching(/reports were not uploaded/)
      })
    )
    expect(result.outputs['artifact-id']).toBeUndefined()
    await expect(readFile(result.outputs['excel-report'])).resolves.toBeInstanceOf(Buffer)
  })

  it('writes the files to report-dir when given', async () => {
    const result = await runAction({
      inputs: context.inputs({ 'timeline-id': checkout.assetId, 'report-dir': 'perf-reports' })
    })
    expect(result.outputs['report-dir']).toBe(`${result.workspace}/perf-reports`)
    await expect(
      readFile(`${result.workspace}/perf-reports/metrics.json`, 'utf8')
    ).resolves.toContain(result.outputs['run-id'])
  })

  it('keeps a 20,000-step summary under 1 MiB with the worst steps and a pointer to the full data', async () => {
    context.sim.configure({ stepsPerTrackItem: 10000 })
    const result = await runAction({
      inputs: context.inputs({ 'timeline-id': checkout.assetId }),
      env: context.artifacts.env
    })
    expect(result.exitCode).toBe(0)
    const bytes = Buffer.byteLength(result.summary, 'utf8')
    expect(bytes).toBeLessThan(1024 * 1024)
    const metrics = JSON.parse(await readFile(result.outputs['metrics-file'], 'utf8'))
    const worst = metrics.totals.worstP95Step.title
    expect(result.summary).toContain(worst)
    expect(result.summary).toMatch(/\d[\d,]* of 20,000 steps|left out/)
    expect(result.summary).toContain('metrics.json')
  })

  async function fetchReport(pathAndQuery: string): Promise<Buffer> {
    const response = await fetch(`${context.sim.url}/api/integration/${pathAndQuery}`, {
      headers: { Authorization: `X-API-KEY ${context.sim.apiKey}` }
    })
    return Buffer.from(await response.arrayBuffer())
  }
})

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}
