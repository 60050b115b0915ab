import { describe, expect, it } from '@jest/globals'
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIXTURES } from '../../simulator/index.js'
import { runAction } from '../support/action-runner.js'
import { startFakeGitHubApi } from '../support/fake-github-api.js'
import { annotationMessages, PULL_REQUEST, useSimulator } from './setup.js'

const checkout = FIXTURES.timelines.checkout
/** Every file the action writes into the report folder, and the part file a download goes through. */
const PLANTED = [
  'metrics.json',
  'junit.xml',
  'run-report.xlsx',
  'run-report.xlsx.part',
  'ai-analysis.txt',
  'ai-analysis.txt.part'
]

describe('a slow or hostile GitHub API, end to end', () => {
  const context = useSimulator({}, { github: true, artifacts: true })

  function onPullRequest(inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
    return runAction({
      inputs: context.inputs({
        'timeline-id': checkout.assetId,
        'github-token': context.github.token,
        ...inputs
      }),
      eventName: 'pull_request',
      eventPayload: PULL_REQUEST,
      env: { GITHUB_API_URL: context.github.url, ...context.artifacts.env, ...env }
    })
  }

  it('gives up a comment list that drips one byte every 2 s, with result set and the step done', async () => {
    context.github.addComment(42, 'An earlier review comment, long enough to drip for minutes')
    context.github.faults.dripMs = 2000

    const result = await onPullRequest({}, { LEAPWORK_TEST_GITHUB_TIMEOUT_MS: '3000' })

    // Waiting on the drip would take over half an hour; a busy machine may take 20 s for the rest.
    expect(result.durationMs).toBeLessThan(45_000)
    expect(result.exitCode).toBe(0)
    expect(result.outputs.result).toBe('passed')
    expect(annotationMessages(result, 'warning').join('\n')).toMatch(
      /comment could not be written: GitHub did not answer GET \/repos\/octo-org\/octo-repo\/issues\/42\/comments within 3 s/
    )
    expect(result.summary).toMatch(
      /The pull request comment was not written\.\*\* GitHub did not answer/
    )
  })

  it('stops following an endless next link at the page cap and still writes the comment', async () => {
    context.github.faults.endlessNext = true

    const result = await onPullRequest()

    expect(result.exitCode).toBe(0)
    const listings = context.github.requests.filter(
      (request) => request.method === 'GET' && request.path.endsWith('/issues/42/comments')
    )
    expect(listings).toHaveLength(10)
    expect(context.github.comments).toHaveLength(1)
  })

  it('fails a fork pull request, which gets no secrets, with result: error before any request', async () => {
    const result = await onPullRequest({ 'api-key': '' })

    expect(result.exitCode).toBe(1)
    expect(result.outputs).toEqual({ result: 'error' })
    expect(annotationMessages(result, 'error').join('\n')).toMatch(/Input "api-key" is required/)
    expect(context.sim.requests).toEqual([])
    expect(context.github.requests).toEqual([])
  })

  it('says in the summary, not only the log, that a read-only token could not comment', async () => {
    await context.github.stop()
    context.github = await startFakeGitHubApi({ readOnlyToken: true })

    const result = await onPullRequest()

    expect(result.exitCode).toBe(0)
    expect(result.summary).toMatch(
      /⚠️ \*\*The pull request comment was not written\.\*\* Resource not accessible by integration.*pull-requests: write/
    )
  })
})

describe('links planted in report-dir, end to end', () => {
  const context = useSimulator({ aiNotReadyTrackItems: ['ti_002'] }, { artifacts: true })

  it('never writes through a link: the files it points at stay as they were', async () => {
    const root = await mkdtemp(join(tmpdir(), 'leapwork-planted-'))
    try {
      const reportDir = join(root, 'reports')
      const victims = join(root, 'elsewhere')
      await mkdir(reportDir)
      await mkdir(victims)
      for (const name of [...PLANTED, 'ai-analysis-ti_002.txt']) {
        await writeFile(join(victims, name), `precious ${name}\n`)
        await symlink(join(victims, name), join(reportDir, name))
      }

      const result = await runAction({
        inputs: context.inputs({ 'timeline-id': checkout.assetId, 'report-dir': reportDir }),
        env: context.artifacts.env
      })

      expect(result.exitCode).toBe(0)
      for (const name of await readdir(victims)) {
        expect([name, await readFile(join(victims, name), 'utf8')]).toEqual([
          name,
          `precious ${name}\n`
        ])
      }
      for (const output of ['metrics-file', 'junit-file', 'excel-report', 'ai-report']) {
        const path = result.outputs[output]
        expect([output, path.startsWith(reportDir), (await lstat(path)).isFile()]).toEqual([
          output,
          true,
          true
        ])
      }
      expect(JSON.parse(await readFile(result.outputs['metrics-file'], 'utf8')).runId).toBe(
        result.outputs['run-id']
      )
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
})
