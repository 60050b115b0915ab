import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  findAutoBaseline,
  MAX_HISTORY_BYTES,
  MAX_HISTORY_ZIP_BYTES,
  type AutoBaselineOptions,
  type WorkflowContext
} from '../../src/github/auto-baseline.js'
import { recordHistory } from '../../src/metrics/history-record.js'
import type { RunLoad, RunMetrics } from '../../src/metrics/model.js'
import { historyArtifactName } from '../../src/reports/artifact.js'
import {
  startFakeGitHubApi,
  type ArtifactSeed,
  type FakeGitHubApi,
  type SeededArtifact
} from '../support/fake-github-api.js'
import { recordingLog } from '../support/recording-log.js'
import { runOf } from '../verdict/runs.js'

const CURRENT_WORKFLOW_RUN = 7000
const LOAD: RunLoad = { trackItems: [{ trackItemId: 'ti_1', virtualUsers: 25 }] }

let fake: FakeGitHubApi
let savedApiUrl: string | undefined

beforeAll(async () => {
  fake = await startFakeGitHubApi()
  savedApiUrl = process.env.GITHUB_API_URL
  process.env.GITHUB_API_URL = fake.url
})

afterAll(async () => {
  if (savedApiUrl === undefined) delete process.env.GITHUB_API_URL
  else process.env.GITHUB_API_URL = savedApiUrl
  await fake.stop()
})

beforeEach(() => {
  fake.artifacts.length = 0
  fake.runs.length = 0
  fake.requests.length = 0
})

function metricsOf(runId: string, minute: number, load: RunLoad = LOAD): RunMetrics {
  const run = runOf(
    [{ id: 'ti_1', title: 'Shop', steps: [{ stepId: 's1', title: 'Open cart', p95: 120 }] }],
    runId
  )
  const finishedAt = new Date(Date.UTC(2026, 2, 1, 0, minute)).toISOString()
  return {
    ...run,
    load,
    finishedAt,
    source: { workflowRunId: String(1000 + minute), sha: 'a'.repeat(40) }
  }
}

/** This run: the one whose history is searched. */
const current = metricsOf('run_now', 999)

function push(branch: string): WorkflowContext {
  return {
    eventName: 'push',
    ref: `refs/heads/${branch}`,
    runId: CURRENT_WORKFLOW_RUN,
    payload: {},
    repo: { owner: 'octo-org', repo: 'octo-repo' }
  }
}

function pullRequest(base: string): WorkflowContext {
  return {
    ...push('feature'),
    eventName: 'pull_request',
    ref: 'refs/pull/12/merge',
    payload: { pull_request: { number: 12, base: { ref: base } } }
  }
}

async function find(github: WorkflowContext, overrides: Partial<AutoBaselineOptions> = {}) {
  const log = recordingLog()
  const result = await findAutoBaseline({ token: fake.token, current, log, github, ...overrides })
  return { log, result }
}

/** A history artifact holding `count` runs, uploaded by workflow run `workflowRunId`. */
function seedHistory(
  workflowRunId: number,
  count: number,
  extra: Partial<ArtifactSeed> & {
    load?: RunLoad
    name?: string
    historyJson?: string | Buffer
  } = {}
): SeededArtifact {
  const { load = LOAD, name, historyJson, ...rest } = extra
  const runs = Array.from({ length: count }, (_, i) =>
    metricsOf(`run_${workflowRunId}_${i}`, i, load)
  )
  return fake.addArtifact({
    name: historyArtifactName(current.timelineId, `run_${workflowRunId}`, load, name),
    runId: workflowRunId,
    files: { 'history.json': historyJson ?? JSON.stringify(recordHistory(runs)) },
    createdAt: new Date(Date.UTC(2026, 2, 2, 0, workflowRunId % 1000)),
    ...rest
  })
}

const apiCalls = () => fake.requests.filter((request) => request.target === 'api')
const downloads = () => fake.requests.filter((request) => request.path.endsWith('/zip'))
const downloadsOf = (artifact: SeededArtifact) =>
  downloads().filter((request) => request.path.includes(`/artifacts/${artifact.id}/`)).length

describe('findAutoBaseline: one download brings the history', () => {
  it('reads a 30-run history with one list page and one download: 2 API calls', async () => {
    for (let i = 0; i < 150; i++) {
      fake.addArtifact({
        name: `leapwork-performance-${current.timelineId}-report_${i}`,
        runId: 300 + i,
        files: { 'run-report.xlsx': 'x'.repeat(1000) },
        createdAt: new Date(Date.UTC(2026, 2, 3, 0, i))
      })
    }
    seedHistory(101, 29)
    const newest = seedHistory(102, 30)

    const { result } = await find(push('main'))

    expect(result.runs.map((run) => run.runId)).toEqual(
      Array.from({ length: 30 }, (_, i) => `run_102_${i}`)
    )
    expect(result.runs[0].trackItems[0].steps[0].p95).toBe(120)
    // The history artifact is among the newest hundred here; the list is read page by page.
    expect(apiCalls().map((request) => request.path.split('/').slice(4).join('/'))).toEqual([
      'actions/artifacts',
      'actions/artifacts',
      `actions/artifacts/${newest.id}/zip`
    ])
    expect(downloads()).toHaveLength(1)
  })

  it("uses the pull request's base branch, never another branch's or a fork's", async () => {
    seedHistory(101, 3, { branch: 'main' })
    seedHistory(102, 4, { branch: 'feature' })
    seedHistory(103, 5, { branch: 'main', headRepositoryId: 42 })

    const { result } = await find(pullRequest('main'))

    expect(result.runs).toHaveLength(3)
    expect(downloads()).toHaveLength(1)
  })

  it("never downloads this workflow run's own history, another leg's or another load's", async () => {
    seedHistory(CURRENT_WORKFLOW_RUN, 5)
    const otherLeg = seedHistory(201, 6, { name: '200 users' })
    const otherLoad = seedHistory(202, 7, {
      load: { trackItems: [{ trackItemId: 'ti_1', virtualUsers: 200 }] }
    })

    const { result } = await find(push('main'))

    expect(result.runs).toEqual([])
    expect(downloads()).toEqual([])
    expect(downloadsOf(otherLeg) + downloadsOf(otherLoad)).toBe(0)
    expect(result.nothingFound).toMatch(/no earlier run on branch "main" left a history artifact/)
  })

  it("finds its own leg's history by name", async () => {
    seedHistory(201, 6, { name: '200 users' })
    seedHistory(202, 2)

    const { result } = await find(push('main'), { name: '200 users' })

    expect(result.runs).toHaveLength(6)
  })
})

describe('findAutoBaseline: what is never downloaded or unpacked', () => {
  it('checks size_in_bytes before any download and passes over a larger artifact', async () => {
    const older = seedHistory(101, 3)
    const huge = seedHistory(102, 3)
    huge.zip = Buffer.concat([huge.zip, Buffer.alloc(MAX_HISTORY_ZIP_BYTES)])

    const { result } = await find(push('main'))

    expect(downloadsOf(huge)).toBe(0)
    expect(downloadsOf(older)).toBe(1)
    expect(result.runs).toHaveLength(3)
  })

  it('refuses a zip bomb: a history that unpacks beyond the cap is not unpacked', async () => {
    const older = seedHistory(101, 2)
    const bomb = seedHistory(102, 1, { historyJson: Buffer.alloc(MAX_HISTORY_BYTES + 1, 32) })
    expect(bomb.zip.length).toBeLessThan(MAX_HISTORY_ZIP_BYTES)

    const { result, log } = await find(push('main'))

    expect(result.runs).toHaveLength(2)
    expect(downloadsOf(older)).toBe(1)
    expect(log.lines.info.join('\n')).toMatch(/unpacks to \d+ bytes, more than/)
  }, 90_000)

  it('tries the next history when the newest cannot be read, at most three', async () => {
    for (let i = 0; i < 5; i++) seedHistory(101 + i, 1, { historyJson: '{"schema":"other"}' })

    const { result } = await find(push('main'))

    expect(downloads()).toHaveLength(3)
    expect(result.nothingFound).toMatch(/could not be read: .*not a Leapwork Performance history/)
  })

  it('passes over an expired history without downloading it', async () => {
    seedHistory(101, 2)
    seedHistory(102, 3, { expired: true })

    const { result } = await find(push('main'))

    expect(result.runs).toHaveLength(2)
    expect(downloads()).toHaveLength(1)
  })
})

describe('findAutoBaseline: no history', () => {
  it('gives up, saying why, without calling the API, when the run is not on a branch', async () => {
    const { result } = await find({ ...push('main'), ref: 'refs/tags/v1.2.0' })

    expect(result.nothingFound).toMatch(/not on a branch \(ref refs\/tags\/v1\.2\.0\)/)
    expect(fake.requests).toEqual([])
  })

  it('says a token is needed when none is given', async () => {
    const { result } = await find(push('main'), { token: '' })

    expect(result.nothingFound).toMatch(/needs a github-token/)
    expect(fake.requests).toEqual([])
  })

  it('explains the missing "actions: read" permission on a 403', async () => {
    const forbidden = await startFakeGitHubApi({ token: fake.token, forbidden: ['artifacts'] })
    process.env.GITHUB_API_URL = forbidden.url
    try {
      const { result, log } = await find(push('main'))

      expect(result.nothingFound).toMatch(/permissions: actions: read/)
      expect(log.lines.warning).toEqual([])
    } finally {
      process.env.GITHUB_API_URL = fake.url
      await forbidden.stop()
    }
  })

  it('warns with the status on any other API error and never throws', async () => {
    const github = { ...push('main'), repo: { owner: 'someone', repo: 'else' } }

    const { result, log } = await find(github)

    expect(result.runs).toEqual([])
    expect(log.lines.warning).toEqual([expect.stringContaining('(status 404): Not Found')])
  })
})
