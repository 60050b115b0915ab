import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createReadStream } from 'node:fs'
import { readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FIXTURES } from '../../simulator/index.js'
import { runAction } from '../support/action-runner.js'
import {
  startFakeArtifactService,
  zipEntrySha256,
  type FakeArtifactService
} from '../support/fake-artifact-service.js'
import { useSimulator } from './setup.js'
import { createHash } from 'node:crypto'
import { pipeline } from 'node:stream/promises'

const MiB = 1024 * 1024
const REPORT_BYTES = 512 * MiB
const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

describe('a 512 MiB Excel report', () => {
  const context = useSimulator({ excelReportBytes: REPORT_BYTES })
  let artifacts: FakeArtifactService

  beforeAll(async () => {
    artifacts = await startFakeArtifactService()
  })
  afterAll(async () => {
    await artifacts.stop()
  })

  it('is streamed to disk and into the artifact without ever being held in memory', async () => {
    const peakRssFile = join(tmpdir(), `peak-rss-${process.pid}-${Date.now()}`)
    const result = await runAction({
      inputs: context.inputs({ 'timeline-id': FIXTURES.timelines.checkout.assetId }),
      env: {
        ...artifacts.env,
        ACTION_SCRIPT: join(repoRoot, 'dist/index.js'),
        PEAK_RSS_FILE: peakRssFile
      },
      script: join(repoRoot, '__tests__/support/peak-rss.mjs'),
      timeoutMs: 240_000
    })
    expect(result.exitCode).toBe(0)
    expect((await stat(result.outputs['excel-report'])).size).toBe(REPORT_BYTES)
    const inArtifact = await zipEntrySha256(artifacts.artifacts[0].zipPath, 'run-report.xlsx')
    expect(inArtifact).toBe(await fileSha256(result.outputs['excel-report']))
    const peakRss = Number(await readFile(peakRssFile, 'utf8'))
    await rm(peakRssFile)
    expect(peakRss).toBeGreaterThan(0)
    expect(peakRss).toBeLessThan(REPORT_BYTES / 2)
  }, 300_000)
})

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(path), hash)
  return hash.digest('hex')
}
