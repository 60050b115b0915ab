import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { recordingLog } from '../support/recording-log.js'
import { uploadReportArtifact } from '../../src/github/artifact-upload.js'
import { defaultArtifactName } from '../../src/reports/artifact.js'
import {
  readZipEntries,
  startFakeArtifactService,
  type FakeArtifactService
} from '../support/fake-artifact-service.js'

describe('uploadReportArtifact', () => {
  let dir: string
  let savedEnv: NodeJS.ProcessEnv
  const services: FakeArtifactService[] = []

  beforeEach(async () => {
    savedEnv = { ...process.env }
    dir = await mkdtemp(join(tmpdir(), 'reports-artifact-'))
    await writeFile(join(dir, 'run-report.xlsx'), Buffer.from('PK\x03\x04 excel bytes', 'latin1'))
    await writeFile(join(dir, 'ai-analysis.txt'), '=== AI Analysis for: ti_001 ===\nStable.\n')
    await mkdir(join(dir, 'scratch'))
    await writeFile(join(dir, 'scratch', 'left-out.txt'), 'not a report')
    await writeFile(join(dir, 'credentials'), 'a file another step left here')
  })

  afterEach(async () => {
    process.env = savedEnv
    await Promise.all(services.splice(0).map((service) => service.stop()))
    await rm(dir, { recursive: true, force: true })
  })

  const written = () => [join(dir, 'run-report.xlsx'), join(dir, 'ai-analysis.txt')]

  async function inActions(): Promise<FakeArtifactService> {
    const service = await startFakeArtifactService()
    services.push(service)
    Object.assign(process.env, service.env)
    delete process.env.GITHUB_SERVER_URL
    return service
  }

  /** @actions/artifact writes its own progress lines to stdout; they are not under test. */
  async function quietly<T>(work: () => Promise<T>): Promise<T> {
    const quiet = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      return await work()
    } finally {
      quiet.mockRestore()
    }
  }

  it('leaves the reports where they are, with a notice, outside GitHub Actions', async () => {
    delete process.env.ACTIONS_RUNTIME_TOKEN
    const log = recordingLog()

    const uploaded = await uploadReportArtifact(
      dir,
      written(),
      'leapwork-performance-x-run_1',
      3,
      log
    )

    expect(uploaded).toBeUndefined()
    expect(log.lines.notice).toEqual([
      `Not running in GitHub Actions: the reports were not uploaded and stay in ${dir}.`
    ])
    expect(log.lines.warning).toEqual([])
  })

  it('uploads the files the action wrote as one artifact, and nothing else in the directory', async () => {
    const service = await inActions()
    const log = recordingLog()
    const name = defaultArtifactName('timeline_checkout', 'run_sim_0001')

    const uploaded = await quietly(() => uploadReportArtifact(dir, written(), name, 3, log))

    expect(service.artifacts).toHaveLength(1)
    const [artifact] = service.artifacts
    expect(uploaded).toEqual({ id: artifact.id, name, size: artifact.size })
    expect(artifact).toMatchObject({ name, finalized: true, retentionDays: 3 })
    const entries = await readZipEntries(artifact.zipPath)
    expect([...entries.keys()].sort()).toEqual(['ai-analysis.txt', 'run-report.xlsx'])
    expect(entries.get('ai-analysis.txt')?.toString()).toBe(
      '=== AI Analysis for: ti_001 ===\nStable.\n'
    )
    expect(log.lines.info).toEqual([
      `Uploaded artifact "${name}" (${artifact.size} bytes, ID ${artifact.id})`
    ])
  })

  it('warns, keeping the reports, when the name is already taken in the workflow run', async () => {
    const service = await inActions()
    const log = recordingLog()
    const name = 'leapwork-performance-timeline_checkout-shared'

    const first = await quietly(() => uploadReportArtifact(dir, written(), name, undefined, log))
    const second = await quietly(() => uploadReportArtifact(dir, written(), name, undefined, log))

    expect(first?.name).toBe(name)
    expect(second).toBeUndefined()
    expect(service.artifacts).toHaveLength(1)
    expect(log.lines.warning).toHaveLength(1)
    expect(log.lines.warning[0]).toContain(
      `The reports could not be uploaded as artifact "${name}"`
    )
    expect(log.lines.warning[0]).toContain('give each job its own "artifact-name"')
    expect(log.lines.warning[0].endsWith(` They stay in ${dir}.`)).toBe(true)
  })
})
