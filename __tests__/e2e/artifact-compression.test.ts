import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { FIXTURES } from '../../simulator/index.js'
import { runAction } from '../support/action-runner.js'
import { readZipEntries } from '../support/fake-artifact-service.js'
import { zipCompressionMethods } from '../support/zip.js'
import { useSimulator } from './setup.js'

const STORED = 0
const DEFLATED = 8

describe('artifact compression, end to end', () => {
  const context = useSimulator({}, { artifacts: true })

  const run = () =>
    runAction({
      inputs: context.inputs({ 'timeline-id': FIXTURES.timelines.checkout.assetId }),
      env: context.artifacts.env
    })

  it('stores an already-compressed Excel report as it is, byte for byte', async () => {
    context.sim.configure({ excelReportBytes: 8 * 1024 * 1024, excelReportIncompressible: true })
    const result = await run()
    expect(result.exitCode).toBe(0)
    const { zipPath } = context.artifacts.artifacts[0]
    const methods = await zipCompressionMethods(zipPath)
    expect(methods.get('run-report.xlsx')).toBe(STORED)
    const inArtifact = (await readZipEntries(zipPath)).get('run-report.xlsx')!
    expect(sha256(inArtifact)).toBe(sha256(await readFile(result.outputs['excel-report'])))
  })

  it('compresses the reports when text files are most of them', async () => {
    context.sim.configure({ stepsPerTrackItem: 2000 })
    const result = await run()
    expect(result.exitCode).toBe(0)
    const methods = await zipCompressionMethods(context.artifacts.artifacts[0].zipPath)
    expect(methods.get('metrics.json')).toBe(DEFLATED)
  })
})

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}
