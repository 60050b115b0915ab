import { afterEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import {
  createZip,
  startFakeGitHubApi,
  type FakeGitHubApi,
  type FakeGitHubApiOptions
} from '../support/fake-github-api.js'
import { readZipEntries } from '../support/zip.js'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const repo = { owner: 'octo-org', repo: 'octo-repo' }

const fakes: FakeGitHubApi[] = []
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((fake) => fake.stop()))
})

async function startFake(
  options?: FakeGitHubApiOptions
): Promise<{ fake: FakeGitHubApi; octokit: ReturnType<typeof getOctokit> }> {
  const fake = await startFakeGitHubApi(options)
  fakes.push(fake)
  return { fake, octokit: getOctokit(fake.token, { baseUrl: fake.url }) }
}

const statusOf = (promise: Promise<unknown>): Promise<{ status?: number; message?: string }> =>
  promise.then(
    () => ({}),
    (error: { status?: number; message?: string }) => error
  )

describe('fake GitHub API: issue comments', () => {
  it('creates, pages through and updates comments as octokit expects', async () => {
    const { fake, octokit } = await startFake()
    fake.addComment(7, 'Looks good', 'octocat')
    for (const body of ['one', 'two', 'three', 'four']) {
      await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body })
    }
    await octokit.rest.issues.createComment({ ...repo, issue_number: 8, body: 'elsewhere' })

    const firstPage = await octokit.rest.issues.listComments({
      ...repo,
      issue_number: 7,
      per_page: 2
    })
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: 7,
      per_page: 2
    })
    const mine = all.find((comment) => comment.body === 'three')
    const updated = await octokit.rest.issues.updateComment({
      ...repo,
      comment_id: mine?.id ?? 0,
      body: 'three, revised'
    })

    expect(firstPage.data.map((comment) => comment.body)).toEqual(['Looks good', 'one'])
    expect(firstPage.headers.link).toMatch(/page=2>; rel="next".*page=3>; rel="last"/)
    expect(all.map((comment) => comment.body)).toEqual([
      'Looks good',
      'one',
      'two',
      'three',
      'four'
    ])
    expect(all[0].user?.login).toBe('octocat')
    expect(mine?.user?.login).toBe('github-actions[bot]')
    expect(updated.data.body).toBe('three, revised')
    expect(fake.comments.find((comment) => comment.id === mine?.id)?.body).toBe('three, revised')
    expect(fake.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1)
  })

  it('answers 404 for an unknown comment and 422 for a body over 65536 characters', async () => {
    const { octokit } = await startFake()
    const unknown = await statusOf(
      octokit.rest.issues.updateComment({ ...repo, comment_id: 1, body: 'x' })
    )
    const tooLong = await statusOf(
      octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'x'.repeat(65537) })
    )

    expect(unknown).toMatchObject({ status: 404 })
    expect(tooLong).toMatchObject({ status: 422, message: /body is too long/ })
  })

  it('refuses writes with a read-only token but still lists', async () => {
    const { fake, octokit } = await startFake({ readOnlyToken: true })
    fake.addComment(3, 'existing')

    const write = await statusOf(
      octokit.rest.issues.createComment({ ...repo, issue_number: 3, body: 'x' })
    )
    const list = await octokit.rest.issues.listComments({ ...repo, issue_number: 3 })

    expect(write).toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration')
    })
    expect(list.data).toHaveLength(1)
    expect(fake.comments).toHaveLength(1)
  })

  it('writes as github-actions[bot] and refuses GET /user, like GITHUB_TOKEN', async () => {
    const { fake, octokit } = await startFake()

    const user = await statusOf(octokit.rest.users.getAuthenticated())
    const viewer = await octokit.graphql<{ viewer: { login: string } }>('{ viewer { login } }')
    await octokit.rest.issues.createComment({ ...repo, issue_number: 4, body: 'mine' })

    expect(user).toMatchObject({ status: 403 })
    expect(viewer.viewer.login).toBe('github-actions[bot]')
    expect(fake.comments.map((comment) => comment.login)).toEqual(['github-actions[bot]'])
  })

  it("writes as the App's bot and tells who that only through GraphQL, like an App's token", async () => {
    const { fake, octokit } = await startFake({ tokenOwner: 'leapwork-ci[bot]' })

    const user = await statusOf(octokit.rest.users.getAuthenticated())
    const viewer = await octokit.graphql<{ viewer: { login: string } }>('{ viewer { login } }')
    const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 4, body: 'x' })

    expect(user).toMatchObject({ status: 403 })
    expect(viewer.viewer.login).toBe('leapwork-ci[bot]')
    expect(created.data.user).toMatchObject({ login: 'leapwork-ci[bot]', type: 'Bot' })
    expect(fake.comments.map((comment) => comment.login)).toEqual(['leapwork-ci[bot]'])
  })

  it("writes as the token's owner and tells who that is, like a personal access token", async () => {
    const { fake, octokit } = await startFake({ tokenOwner: 'release-bot-user' })

    const user = await octokit.rest.users.getAuthenticated()
    const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 4, body: 'x' })

    expect(user.data.login).toBe('release-bot-user')
    expect(created.data.user?.login).toBe('release-bot-user')
    expect(fake.comments.map((comment) => comment.login)).toEqual(['release-bot-user'])
  })

  it('answers 403 to every route of a forbidden kind', async () => {
    const { octokit } = await startFake({ forbidden: ['comments'] })

    const list = await statusOf(octokit.rest.issues.listComments({ ...repo, issue_number: 3 }))
    const artifacts = await octokit.rest.actions.listArtifactsForRepo(repo)

    expect(list).toMatchObject({ status: 403 })
    expect(artifacts.status).toBe(200)
  })

  it('checks the token, in either header form, and records what was sent', async () => {
    const { fake } = await startFake({ token: 'ghs_right' })
    const listUrl = `${fake.url}/repos/octo-org/octo-repo/issues/1/comments?per_page=5`

    const asToken = await fetch(listUrl, { headers: { authorization: 'token ghs_right' } })
    const asBearer = await fetch(listUrl, { headers: { authorization: 'Bearer ghs_right' } })
    const wrong = await fetch(listUrl, { headers: { authorization: 'token ghs_wrong' } })
    const otherRepo = await fetch(`${fake.url}/repos/someone/else/issues/1/comments`, {
      headers: { authorization: 'token ghs_right' }
    })

    expect([asToken.status, asBearer.status, wrong.status, otherRepo.status]).toEqual([
      200, 200, 401, 404
    ])
    expect(await wrong.json()).toMatchObject({ message: 'Bad credentials' })
    expect(fake.requests[0]).toMatchObject({
      target: 'api',
      method: 'GET',
      path: '/repos/octo-org/octo-repo/issues/1/comments',
      query: { per_page: '5' },
      authorization: 'token ghs_right'
    })
  })
})

describe('fake GitHub API: runs and artifacts', () => {
  const metrics = '{"runId":"run_base"}'

  it('lists artifacts newest first with their run, filtered by name and paged', async () => {
    const { fake, octokit } = await startFake()
    fake.addArtifact({
      name: 'leapwork-performance-a',
      runId: 501,
      branch: 'main',
      files: { 'metrics.json': metrics },
      createdAt: '2026-03-01T10:00:00Z'
    })
    const newer = fake.addArtifact({
      name: 'leapwork-performance-b',
      runId: 502,
      branch: 'main',
      files: { 'metrics.json': metrics },
      createdAt: '2026-03-02T10:00:00Z'
    })
    fake.addArtifact({
      name: 'leapwork-performance-c',
      runId: 503,
      branch: 'feature',
      files: { 'metrics.json': metrics },
      expired: true,
      headRepositoryId: 999
    })

    const firstPage = await octokit.rest.actions.listArtifactsForRepo({ ...repo, per_page: 2 })
    const byName = await octokit.rest.actions.listArtifactsForRepo({
      ...repo,
      name: 'leapwork-performance-b'
    })
    const all = await octokit.paginate(octokit.rest.actions.listArtifactsForRepo, {
      ...repo,
      per_page: 1
    })

    expect(firstPage.data.total_count).toBe(3)
    expect(firstPage.data.artifacts.map((artifact) => artifact.name)).toEqual([
      'leapwork-performance-c',
      'leapwork-performance-b'
    ])
    expect(firstPage.data.artifacts[0]).toMatchObject({
      expired: true,
      workflow_run: { id: 503, head_branch: 'feature', head_repository_id: 999 }
    })
    expect(byName.data.artifacts).toEqual([
      expect.objectContaining({
        id: newer.id,
        size_in_bytes: newer.zip.length,
        archive_download_url: `${fake.url}/repos/octo-org/octo-repo/actions/artifacts/${newer.id}/zip`,
        workflow_run: expect.objectContaining({ id: 502, head_branch: 'main' })
      })
    ])
    expect(all).toHaveLength(3)
  })

  it('describes runs and lists them by workflow, branch and conclusion', async () => {
    const { fake, octokit } = await startFake()
    fake.addArtifact({ name: 'a', runId: 601, branch: 'main', files: { f: 'x' } })
    fake.addArtifact({
      name: 'b',
      runId: 602,
      branch: 'main',
      conclusion: 'failure',
      files: { f: 'x' }
    })
    fake.addArtifact({ name: 'c', runId: 603, branch: 'dev', files: { f: 'x' } })
    fake.addArtifact({ name: 'd', runId: 603, files: { f: 'y' } })

    const run = await octokit.rest.actions.getWorkflowRun({ ...repo, run_id: 602 })
    const passedOnMain = await octokit.rest.actions.listWorkflowRuns({
      ...repo,
      workflow_id: 'load-test.yml',
      branch: 'main',
      status: 'success'
    })
    const runArtifacts = await octokit.rest.actions.listWorkflowRunArtifacts({
      ...repo,
      run_id: 603
    })
    const missing = await statusOf(octokit.rest.actions.getWorkflowRun({ ...repo, run_id: 999 }))

    expect(run.data).toMatchObject({
      id: 602,
      status: 'completed',
      conclusion: 'failure',
      head_branch: 'main',
      event: 'push',
      path: '.github/workflows/load-test.yml',
      html_url: 'https://github.com/octo-org/octo-repo/actions/runs/602'
    })
    expect(passedOnMain.data.workflow_runs.map((candidate) => candidate.id)).toEqual([601])
    expect(runArtifacts.data.artifacts.map((artifact) => artifact.name).sort()).toEqual(['c', 'd'])
    expect(missing).toMatchObject({ status: 404 })
  })

  it('redirects an artifact download to a storage host that never sees the token', async () => {
    const { fake, octokit } = await startFake()
    const artifact = fake.addArtifact({
      name: 'baseline',
      runId: 701,
      files: { 'metrics.json': metrics, 'reports/ai.txt': 'fine' }
    })

    const manual = await octokit.rest.actions.downloadArtifact({
      ...repo,
      artifact_id: artifact.id,
      archive_format: 'zip',
      request: { redirect: 'manual' }
    })
    const followed = await octokit.rest.actions.downloadArtifact({
      ...repo,
      artifact_id: artifact.id,
      archive_format: 'zip'
    })
    const blobRequests = fake.requests.filter((request) => request.target === 'blob')

    expect(manual.status).toBe(302)
    expect(new URL(manual.headers.location ?? '').origin).not.toBe(fake.url)
    expect(await readZipEntries(Buffer.from(followed.data as ArrayBuffer))).toEqual(
      new Map([
        ['metrics.json', Buffer.from(metrics)],
        ['reports/ai.txt', Buffer.from('fine')]
      ])
    )
    expect(blobRequests).toHaveLength(1)
    expect(blobRequests[0].authorization).toBeUndefined()
  })

  it('answers 410 for an expired artifact and 403 when artifacts are forbidden', async () => {
    const { fake, octokit } = await startFake()
    const expired = fake.addArtifact({ name: 'old', runId: 801, files: { f: 'x' }, expired: true })
    const download = octokit.rest.actions.downloadArtifact({
      ...repo,
      artifact_id: expired.id,
      archive_format: 'zip'
    })
    expect(await statusOf(download)).toMatchObject({ status: 410 })

    const { octokit: forbidden } = await startFake({ forbidden: ['artifacts'] })
    const list = forbidden.rest.actions.listArtifactsForRepo(repo)
    expect(await statusOf(list)).toMatchObject({ status: 403 })
  })

  it('serves @actions/artifact listArtifacts and downloadArtifact with findBy', async () => {
    const { fake } = await startFake()
    const artifact = fake.addArtifact({
      name: 'leapwork-performance-run_base',
      runId: 901,
      files: { 'metrics.json': metrics, 'nested/report.txt': 'p95 120 ms\n' }
    })
    const downloadDir = await mkdtemp(path.join(os.tmpdir(), 'artifact-download-'))
    const script = `
      import { DefaultArtifactClient } from '@actions/artifact'
      const findBy = { token: process.env.TOKEN, workflowRunId: 901, repositoryOwner: 'octo-org', repositoryName: 'octo-repo' }
      const client = new DefaultArtifactClient()
      const { artifacts } = await client.listArtifacts({ findBy })
      await client.downloadArtifact(artifacts[0].id, { path: process.env.DOWNLOAD_DIR, findBy })
      console.log('LISTED ' + JSON.stringify(artifacts))
    `
    try {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--input-type=module', '-e', script],
        {
          cwd: repoRoot,
          env: {
            PATH: process.env.PATH,
            GITHUB_API_URL: fake.url,
            TOKEN: fake.token,
            DOWNLOAD_DIR: downloadDir
          }
        }
      )
      const listed = JSON.parse(/^LISTED (.*)$/m.exec(stdout)?.[1] ?? '[]') as { id: number }[]

      expect(listed).toEqual([
        expect.objectContaining({ id: artifact.id, name: 'leapwork-performance-run_base' })
      ])
      expect(await readFile(path.join(downloadDir, 'metrics.json'), 'utf8')).toBe(metrics)
      expect(await readFile(path.join(downloadDir, 'nested/report.txt'), 'utf8')).toBe(
        'p95 120 ms\n'
      )
    } finally {
      await rm(downloadDir, { recursive: true, force: true })
    }
  })
})

describe('createZip', () => {
  it('writes a deflated zip that yauzl reads back exactly, binary and UTF-8 names included', async () => {
    const binary = Buffer.from(Array.from({ length: 5000 }, (_, index) => (index * 31) % 256))
    const files = { 'a.txt': 'alpha\n', 'dir/bin.dat': binary, 'rapport-é.txt': '' }

    const zip = createZip(files)

    expect(await readZipEntries(zip)).toEqual(
      new Map(Object.entries(files).map(([name, content]) => [name, Buffer.from(content)]))
    )
  })
})
