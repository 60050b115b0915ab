import { afterEach, describe, expect, it } from '@jest/globals'
import { createOctokit, paginateCapped } from '../../src/github/api.js'
import { startFakeGitHubApi, type FakeGitHubApi } from '../support/fake-github-api.js'

const repo = { owner: 'octo-org', repo: 'octo-repo' }
const fakes: FakeGitHubApi[] = []
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((fake) => fake.stop()))
})

async function startFake(): Promise<FakeGitHubApi> {
  const fake = await startFakeGitHubApi()
  fakes.push(fake)
  return fake
}

describe('the GitHub API client', () => {
  it('gives up an answer whose body drips, within the deadline', async () => {
    const fake = await startFake()
    fake.addComment(7, 'a comment long enough to drip for a while')
    fake.faults.dripMs = 200
    const octokit = await createOctokit(fake.token, { baseUrl: fake.url, timeoutMs: 1000 })
    const started = performance.now()
    const listing = octokit.rest.issues.listComments({ ...repo, issue_number: 7 })
    await expect(listing).rejects.toThrow(
      /GitHub did not answer GET \/repos\/octo-org\/octo-repo\/issues\/7\/comments within 1 s/
    )
    expect(performance.now() - started).toBeLessThan(3000)
  })

  it('answers as before when the API is quick', async () => {
    const fake = await startFake()
    fake.addComment(7, 'hello')
    const octokit = await createOctokit(fake.token, { baseUrl: fake.url, timeoutMs: 1000 })
    const { data } = await octokit.rest.issues.listComments({ ...repo, issue_number: 7 })
    expect(data.map((comment) => comment.body)).toEqual(['hello'])
    const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'x' })
    expect(created.status).toBe(201)
    const refused = octokit.rest.issues.listComments({ ...repo, owner: 'other', issue_number: 7 })
    await expect(refused).rejects.toMatchObject({ status: 404 })
  })

  it('stops an endless next link at the page cap and says the list is incomplete', async () => {
    const fake = await startFake()
    fake.addComment(7, 'only one')
    fake.faults.endlessNext = true
    const octokit = await createOctokit(fake.token, { baseUrl: fake.url })
    const list = await paginateCapped(
      octokit,
      octokit.rest.issues.listComments,
      { ...repo, issue_number: 7, per_page: 100 },
      5
    )
    expect(list.complete).toBe(false)
    expect(list.items.map((comment) => comment.body)).toEqual(['only one'])
    expect(fake.requests.filter((request) => request.path.endsWith('/comments'))).toHaveLength(5)
  })

  it('reads every page of a list shorter than the cap', async () => {
    const fake = await startFake()
    for (let n = 1; n <= 5; n++) fake.addComment(7, `comment ${n}`)
    const octokit = await createOctokit(fake.token, { baseUrl: fake.url })
    const list = await paginateCapped(
      octokit,
      octokit.rest.issues.listComments,
      { ...repo, issue_number: 7, per_page: 2 },
      3
    )
    expect(list).toEqual({ items: expect.any(Array), complete: true })
    expect(list.items).toHaveLength(5)
    expect(fake.requests).toHaveLength(3)
  })

  it('gives the items of a list wrapped in an object, as octokit.paginate does', async () => {
    const fake = await startFake()
    for (const runId of [1, 2, 3]) {
      fake.addArtifact({ name: `artifact-${runId}`, runId, files: { 'metrics.json': '{}' } })
    }
    const octokit = await createOctokit(fake.token, { baseUrl: fake.url })
    const list = await paginateCapped(
      octokit,
      octokit.rest.actions.listArtifactsForRepo,
      { ...repo, per_page: 2 },
      1
    )
    expect(list.items.map((artifact) => artifact.name)).toEqual(['artifact-3', 'artifact-2'])
    expect(list.complete).toBe(false)
  })
})
