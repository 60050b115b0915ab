import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { DefaultArtifactClient } from '@actions/artifact'
import { execFile } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { readFile, stat, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import {
  readZipEntries,
  startFakeArtifactService,
  zipEntrySha256,
  type FakeArtifactService
} from '../support/fake-artifact-service.js'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex')

let sourceDir: string
const reportFiles: Record<string, Buffer> = {
  'run-report.xlsx': randomBytes(40_000),
  'ai-analysis.txt': Buffer.from('p95 grew on Login by 12 %\nno errors\n'),
  'nested/metrics.json': Buffer.from('{"runId":"run_x7k2m"}')
}

beforeAll(async () => {
  sourceDir = await mkdtemp(path.join(os.tmpdir(), 'artifact-source-'))
  for (const [name, content] of Object.entries(reportFiles)) {
    await mkdir(path.dirname(path.join(sourceDir, name)), { recursive: true })
    await writeFile(path.join(sourceDir, name), content)
  }
})

afterAll(() => rm(sourceDir, { recursive: true, force: true }))

const services: FakeArtifactService[] = []
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.stop()))
})

async function startService(
  options?: Parameters<typeof startFakeArtifactService>[0]
): Promise<FakeArtifactService> {
  const service = await startFakeArtifactService(options)
  services.push(service)
  return service
}

/** Runs fn with the service's variables in process.env, as the library reads them, and a quiet stdout. */
async function withArtifactEnv<T>(service: FakeArtifactService, fn: () => Promise<T>): Promise<T> {
  const saved = { ...process.env }
  Object.assign(process.env, service.env)
  delete process.env.GITHUB_SERVER_URL
  const quiet = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  try {
    return await fn()
  } finally {
    quiet.mockRestore()
    process.env = saved
  }
}

const absolute = (names: string[]): string[] => names.map((name) => path.join(sourceDir, name))

describe('fake artifact service with the real @actions/artifact', () => {
  it('receives a directory upload whose zip holds every file byte for byte', async () => {
    const service = await startService()
    const result = await withArtifactEnv(service, () =>
      new DefaultArtifactClient().uploadArtifact(
        'leapwork-performance-run_x7k2m',
        absolute(Object.keys(reportFiles)),
        sourceDir,
        { retentionDays: 3 }
      )
    )
    const [artifact] = service.artifacts
    const zip = await readFile(artifact.zipPath)

    expect(service.artifacts).toHaveLength(1)
    expect(artifact).toMatchObject({
      id: String(result.id),
      name: 'leapwork-performance-run_x7k2m',
      finalized: true,
      size: zip.length,
      hash: `sha256:${sha256(zip)}`,
      retentionDays: 3
    })
    expect(result.size).toBe(zip.length)
    expect(result.digest).toBe(sha256(zip))
    expect(await readZipEntries(artifact.zipPath)).toEqual(new Map(Object.entries(reportFiles)))
  })

  it('assembles a multi-block upload in block order', async () => {
    const service = await startService()
    const bigFile = path.join(sourceDir, 'big.bin')
    const content = randomBytes(9 * 1024 * 1024)
    await writeFile(bigFile, content)
    try {
      await withArtifactEnv(service, () =>
        new DefaultArtifactClient().uploadArtifact('big', [bigFile], sourceDir)
      )
    } finally {
      await rm(bigFile)
    }
    const [artifact] = service.artifacts

    expect((await stat(artifact.zipPath)).size).toBeGreaterThan(8 * 1024 * 1024)
    expect(await zipEntrySha256(artifact.zipPath, 'big.bin')).toBe(sha256(content))
  }, 30000)

  it('refuses a second artifact of the same name with 409 unless told otherwise', async () => {
    const strict = await startService()
    const files = absolute(['ai-analysis.txt'])
    await withArtifactEnv(strict, async () => {
      const client = new DefaultArtifactClient()
      await client.uploadArtifact('reports', files, sourceDir)
      await expect(client.uploadArtifact('reports', files, sourceDir)).rejects.toThrow(
        /\(409\).*already exists/
      )
    })
    expect(strict.artifacts).toHaveLength(1)

    const lenient = await startService({ conflictOnDuplicateName: false })
    await withArtifactEnv(lenient, async () => {
      const client = new DefaultArtifactClient()
      await client.uploadArtifact('reports', files, sourceDir)
      await client.uploadArtifact('reports', files, sourceDir)
    })
    expect(lenient.artifacts.map((artifact) => artifact.finalized)).toEqual([true, true])
  })

  it('fails CreateArtifact with the status the test asks for', async () => {
    const service = await startService({ failCreateWith: 403 })
    const upload = withArtifactEnv(service, () =>
      new DefaultArtifactClient().uploadArtifact(
        'reports',
        absolute(['ai-analysis.txt']),
        sourceDir
      )
    )

    await expect(upload).rejects.toThrow(/CreateArtifact.*\(403\)/)
    expect(service.artifacts).toEqual([])
  })

  it('serves an upload from a child process, as the bundled action makes it', async () => {
    const service = await startService()
    const script = `
      import { DefaultArtifactClient } from '@actions/artifact'
      const files = JSON.parse(process.env.UPLOAD_FILES)
      const result = await new DefaultArtifactClient().uploadArtifact('reports', files, process.env.UPLOAD_ROOT)
      console.log('RESULT ' + JSON.stringify(result))
    `
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '-e', script],
      {
        cwd: repoRoot,
        env: {
          PATH: process.env.PATH,
          ...service.env,
          GITHUB_SERVER_URL: 'https://github.com',
          UPLOAD_FILES: JSON.stringify(absolute(Object.keys(reportFiles))),
          UPLOAD_ROOT: sourceDir
        }
      }
    )
    const result = JSON.parse(/^RESULT (.*)$/m.exec(stdout)?.[1] ?? '{}') as { id: number }
    const [artifact] = service.artifacts

    expect(artifact.id).toBe(String(result.id))
    expect(artifact.finalized).toBe(true)
    expect(await readZipEntries(artifact.zipPath)).toEqual(new Map(Object.entries(reportFiles)))
  })
})

describe('fake artifact service checks', () => {
  it('rejects a twirp call without the runtime token', async () => {
    const service = await startService()
    const response = await fetch(
      `${service.url}/twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact`,
      { method: 'POST', headers: { authorization: 'Bearer forged' }, body: '{}' }
    )

    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ code: 'unauthenticated' })
  })

  it('rejects a block upload whose signature does not match', async () => {
    const service = await startService()
    const create = await fetch(
      `${service.url}/twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${service.env.ACTIONS_RUNTIME_TOKEN}` },
        body: JSON.stringify({
          workflow_run_backend_id: backendIds(service).run,
          workflow_job_run_backend_id: backendIds(service).job,
          name: 'reports',
          version: 7
        })
      }
    )
    const { signed_upload_url: signedUrl } = (await create.json()) as { signed_upload_url: string }
    const forged = signedUrl.replace(/sig=[^&]+/, 'sig=forged')
    const upload = await fetch(`${forged}&comp=block&blockid=AAAA`, { method: 'PUT', body: 'x' })

    expect(new URL(signedUrl).pathname).toMatch(
      /^\/devstoreaccount1\/actions-results\/[\w-]+\.zip$/
    )
    expect(upload.status).toBe(403)
    expect(upload.headers.get('x-ms-error-code')).toBe('AuthenticationFailed')
  })
})

function backendIds(service: FakeArtifactService): { run: string; job: string } {
  const payload = JSON.parse(
    Buffer.from(service.env.ACTIONS_RUNTIME_TOKEN.split('.')[1], 'base64url').toString('utf8')
  ) as { scp: string }
  const [, run, job] = /Actions\.Results:([^:]+):(\S+)/.exec(payload.scp) ?? []
  return { run, job }
}
