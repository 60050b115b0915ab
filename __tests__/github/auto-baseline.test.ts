import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { findAutoBaseline, type AutoBaselineOptions } from '../../src/github/auto-baseline.js'
import type { Log } from '../../src/log.js'
import type { RunLoad } from '../../src/metrics/model.js'
import { defaultArtifactName } from '../../src/reports/artifact.js'
import {
  startFakeGitHubApi,
  type ArtifactSeed,
  type FakeGitHubApi,
  type SeededArtifact
} from '../support/fake-github-api.js'
import { runOf } from '../verdict/runs.js'

const TIMELINE = 'timeline_checkout'
const CURRENT_RUN_ID = '7000'

interface RecordingLog extends Log {
  notices: string[]
  warnings: string[]
  debugs: string[]
}

function recordingLog(): RecordingLog {
  const log: RecordingLog = {
    notices: [],
    warnings: [],
    debugs: [],
    info: () => undefined,
    debug: (message) => log.debugs.push(message),
    notice: (message) => log.notices.push(message),
    warning: (message) => log.warnings.push(message),
    error: (message) => log.warnings.push(message)
  }
  return log
}

let fake: FakeGitHubApi
let workDir: string
let savedApiUrl: string | undefined

// @actions/artifact reaches the API through @actions/github, which reads GITHUB_API_URL from
// process.env once, when first loaded: so one fake serves the whole file, emptied before each test.
// The library's own progress lines go to stdout and are silenced.
beforeAll(async () => {
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  fake = await startFakeGitHubApi()
  workDir = await mkdtemp(path.join(os.tmpdir(), 'auto-baseline-'))
  savedApiUrl = process.env.GITHUB_API_URL
  process.env.GITHUB_API_URL = fake.url
})

afterAll(async () => {
  jest.restoreAllMocks()
  if (savedApiUrl === undefined) delete process.env.GITHUB_API_URL
  else process.env.GITHUB_API_URL = savedApiUrl
  await fake.stop()
  await rm(workDir, { recursive: true, force: true })
})

beforeEach(() => {
  fake.artifacts.length = 0
  fake.runs.length = 0
  fake.requests.length = 0
  fake.traffic.latencyMs = 0
  fake.traffic.peak = 0
})

function pushEnv(branch: string, apiUrl = fake.url): NodeJS.ProcessEnv {
  return {
    GITHUB_REPOSITORY: fake.repository,
    GITHUB_API_URL: apiUrl,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: `refs/heads/${branch}`,
    GITHUB_REF_NAME: branch,
    GITHUB_RUN_ID: CURRENT_RUN_ID
  }
}

async function pullRequestEnv(base: string, head: string): Promise<NodeJS.ProcessEnv> {
  const eventPath = await mkdtemp(path.join(workDir, 'event-')).then((dir) =>
    path.join(dir, 'event.json')
  )
  const payload = { pull_request: { number: 12, base: { ref: base }, head: { ref: head } } }
  await writeFile(eventPath, JSON.stringify(payload))
  return {
    ...pushEnv(head),
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REF: 'refs/pull/12/merge',
    GITHUB_REF_NAME: '12/merge'
  }
}

async function find(
  env: NodeJS.ProcessEnv,
  overrides: Partial<AutoBaselineOptions> = {}
): Promise<{ log: RecordingLog; result: Awaited<ReturnType<typeof findAutoBaseline>> }> {
  const log = recordingLog()
  const result = await findAutoBaseline({
    token: fake.token,
    timelineId: TIMELINE,
    load: LOAD,
    runs: 1,
    log,
    env,
    downloadDir: await mkdtemp(path.join(workDir, 'download-')),
    ...overrides
  })
  return { log, result }
}

const LOAD: RunLoad = { trackItems: [{ trackItemId: 'ti_1', virtualUsers: 25 }] }

function metricsJson(
  runId: string,
  timelineId = TIMELINE,
  status = 'Finished',
  load: RunLoad = LOAD
): string {
  const steps = [{ stepId: 's1', title: 'Open cart', p95: 120 }]
  const metrics = runOf([{ id: 'ti_1', title: 'Shop', steps }], runId)
  return JSON.stringify({ ...metrics, timelineId, status, load })
}

/** One uploaded artifact of this action; workflow run N was created N minutes into the day. */
function seed(
  leapworkRunId: string,
  workflowRunId: number,
  extra: Partial<ArtifactSeed> & { timelineId?: string } = {}
): SeededArtifact {
  const { timelineId = TIMELINE, ...rest } = extra
  return fake.addArtifact({
    name: defaultArtifactName(timelineId, leapworkRunId),
    runId: workflowRunId,
    files: { 'metrics.json': metricsJson(leapworkRunId, timelineId) },
    createdAt: new Date(Date.UTC(2026, 2, 1, 0, workflowRunId % 1000)),
    ...rest
  })
}

const runIdsOf = (
  result: Awaited<ReturnType<typeof findAutoBaseline>>
): Array<string | undefined> => result.files.map((file) => file.ref?.runId)

const downloadsOf = (artifact: SeededArtifact): number =>
  fake.requests.filter((request) => request.path.endsWith(`/artifacts/${artifact.id}/zip`)).length

describe('findAutoBaseline: which branch', () => {
  it('uses the base branch of a pull request, with a link to the run that measured it', async () => {
    seed('run_main', 101, { branch: 'main' })
    seed('run_feature', 102, { branch: 'feature/faster-cart' })

    const { result, log } = await find(await pullRequestEnv('main', 'feature/faster-cart'))

    expect(runIdsOf(result)).toEqual(['run_main'])
    expect(result.files.map((file) => file.ref)).toEqual([
      {
        runId: 'run_main',
        url: 'https://github.com/octo-org/octo-repo/actions/runs/101',
        finishedAt: '2026-03-01T10:05:00.000Z'
      }
    ])
    expect(log.notices).toEqual([])
  })

  it('uses the branch itself on a push', async () => {
    seed('run_release', 101, { branch: 'release' })
    seed('run_main', 102, { branch: 'main' })

    const { result } = await find(pushEnv('release'))

    expect(runIdsOf(result)).toEqual(['run_release'])
  })

  it('ignores artifacts of other branches, and of a fork whose branch has the same name', async () => {
    seed('run_feature', 101, { branch: 'feature' })
    seed('run_fork', 102, { branch: 'main', headRepositoryId: 42 })

    const { result } = await find(pushEnv('main'))

    expect(result.files).toEqual([])
    expect(fake.requests.filter((request) => request.path.endsWith('/zip'))).toEqual([])
    expect(result.nothingFound).toEqual(expect.stringContaining('may be the first run there'))
  })

  it('gives up, saying why, without calling the API, when the run is not on a branch', async () => {
    seed('run_main', 101)

    const { result } = await find({ ...pushEnv('main'), GITHUB_REF: 'refs/tags/v1.2.0' })

    expect(result.files).toEqual([])
    expect(result.nothingFound).toEqual(
      expect.stringContaining('not on a branch (ref refs/tags/v1.2.0)')
    )
    expect(fake.requests).toEqual([])
  })
})

describe('findAutoBaseline: which runs', () => {
  it('takes the newest three for a median of three, newest first', async () => {
    seed('run_a', 101)
    seed('run_b', 102)
    seed('run_c', 103)
    seed('run_d', 104)

    const { result } = await find(pushEnv('main'), { runs: 3 })

    expect(runIdsOf(result)).toEqual(['run_d', 'run_c', 'run_b'])
    expect(result.files.map((file) => file.ref?.url)).toEqual([
      'https://github.com/octo-org/octo-repo/actions/runs/104',
      'https://github.com/octo-org/octo-repo/actions/runs/103',
      'https://github.com/octo-org/octo-repo/actions/runs/102'
    ])
  })

  it('returns what there is when fewer runs exist than asked for', async () => {
    seed('run_a', 101)

    const { result, log } = await find(pushEnv('main'), { runs: 3 })

    expect(runIdsOf(result)).toEqual(['run_a'])
    expect(log.notices).toEqual([])
  })

  it('ignores other timelines, by name and by the timeline recorded in metrics.json', async () => {
    seed('run_mine', 101)
    const otherByName = seed('run_other', 102, { timelineId: 'timeline_search' })
    fake.addArtifact({
      name: defaultArtifactName(TIMELINE, 'custom'),
      runId: 103,
      files: { 'metrics.json': metricsJson('run_renamed', 'timeline_search') },
      createdAt: new Date(Date.UTC(2026, 2, 1, 0, 103))
    })
    fake.addArtifact({
      name: defaultArtifactName(TIMELINE, 'no-metrics'),
      runId: 104,
      files: { 'report.xlsx': 'not metrics' },
      createdAt: new Date(Date.UTC(2026, 2, 1, 0, 104))
    })

    const { result, log } = await find(pushEnv('main'))

    expect(runIdsOf(result)).toEqual(['run_mine'])
    expect(downloadsOf(otherByName)).toBe(0)
    expect(log.debugs).toEqual([
      expect.stringMatching(/no-metrics.*metrics\.json .*does not exist/),
      expect.stringContaining('it holds timeline timeline_search')
    ])
  })

  it('skips expired artifacts, and says so when nothing else is left', async () => {
    seed('run_old', 101)
    seed('run_expired', 102, { expired: true })

    const skippedOne = await find(pushEnv('main'))
    fake.artifacts.splice(0, 1)
    const nothingLeft = await find(pushEnv('main'))

    expect(runIdsOf(skippedOne.result)).toEqual(['run_old'])
    expect(nothingLeft.result.files).toEqual([])
    expect(nothingLeft.result.nothingFound).toEqual(
      expect.stringMatching(/timeline_checkout on branch "main" cannot be used: 1 expired/)
    )
  })

  it('excludes the current workflow run', async () => {
    seed('run_previous', 101)
    seed('run_current', Number(CURRENT_RUN_ID), { createdAt: new Date(Date.UTC(2026, 2, 2)) })

    const { result } = await find(pushEnv('main'))

    expect(runIdsOf(result)).toEqual(['run_previous'])
  })

  it('ignores runs still in progress or cancelled, but takes one whose gate failed', async () => {
    seed('run_gate_failed', 101, { conclusion: 'failure' })
    seed('run_cancelled', 102, { conclusion: 'cancelled' })
    seed('run_in_progress', 103, { runStatus: 'in_progress', conclusion: null })

    const { result } = await find(pushEnv('main'), { runs: 2 })
    fake.runs[0].conclusion = 'timed_out'
    const none = await find(pushEnv('main'))

    expect(runIdsOf(result)).toEqual(['run_gate_failed'])
    expect(none.result.nothingFound).toEqual(
      expect.stringContaining(
        '1 from a workflow run not yet completed, 1 from a workflow run that ended cancelled, 1 from a workflow run that ended timed_out'
      )
    )
  })

  it('ignores a load test that did not finish, whose figures are partial', async () => {
    seed('run_finished', 101)
    fake.addArtifact({
      name: defaultArtifactName(TIMELINE, 'run_stopped'),
      runId: 102,
      files: { 'metrics.json': metricsJson('run_stopped', TIMELINE, 'Stopped') },
      createdAt: new Date(Date.UTC(2026, 2, 1, 0, 102))
    })

    const { result } = await find(pushEnv('main'))

    expect(runIdsOf(result)).toEqual(['run_finished'])
  })
})

describe('findAutoBaseline: which load', () => {
  it('passes over runs of another load and counts them', async () => {
    seed('run_same', 101)
    fake.addArtifact({
      name: defaultArtifactName(TIMELINE, 'run_50_users'),
      runId: 102,
      files: {
        'metrics.json': metricsJson('run_50_users', TIMELINE, 'Finished', {
          trackItems: [{ trackItemId: 'ti_1', virtualUsers: 50 }]
        })
      },
      createdAt: new Date(Date.UTC(2026, 2, 1, 0, 102))
    })

    const { result } = await find(pushEnv('main'), { runs: 2 })

    expect(runIdsOf(result)).toEqual(['run_same'])
    expect(result.otherLoad).toBe(1)
  })
})

describe('findAutoBaseline: API use', () => {
  it('scans one page of 100, looks up each run once and downloads only what it needs', async () => {
    for (let i = 0; i < 120; i++) seed(`run_noise_${i}`, 200 + i, { timelineId: 'timeline_other' })
    seed('run_a', 401)
    seed('run_b', 402, { expired: true })
    const c = seed('run_c', 403)
    const d = seed('run_d', 404)
    const twin = fake.addArtifact({
      name: defaultArtifactName(TIMELINE, 'matrix_twin'),
      runId: 404,
      files: { 'metrics.json': metricsJson('run_d_twin') },
      createdAt: new Date(Date.UTC(2026, 2, 1, 0, 404))
    })

    const { result } = await find(pushEnv('main'), { runs: 3 })
    const apiCalls = fake.requests.filter((request) => request.target === 'api')

    expect(runIdsOf(result)).toEqual(['run_d_twin', 'run_d', 'run_c'])
    // 1 list page + 1 lookup per distinct run (404, 403) + 1 download per run found (3), the
    // downloads and lookups a few at a time: at most 1 + 2N calls.
    const paths = apiCalls.map((request) => request.path.split('/').slice(4).join('/'))
    expect(paths[0]).toBe('actions/artifacts')
    expect(paths.slice(1).sort()).toEqual(
      [
        'actions/runs/403',
        'actions/runs/404',
        `actions/artifacts/${c.id}/zip`,
        `actions/artifacts/${d.id}/zip`,
        `actions/artifacts/${twin.id}/zip`
      ].sort()
    )
    expect(apiCalls[0].query).toEqual({ per_page: '100', page: '1' })
  })

  it('keeps to 1 + 2N calls for ten runs, fetching them a few at a time', async () => {
    for (let i = 0; i < 12; i++) seed(`run_${i}`, 500 + i)
    fake.traffic.latencyMs = 20

    const { result } = await find(pushEnv('main'), { runs: 10 })
    const apiCalls = fake.requests.filter((request) => request.target === 'api')

    expect(result.files).toHaveLength(10)
    expect(runIdsOf(result)).toEqual(Array.from({ length: 10 }, (_, i) => `run_${11 - i}`))
    expect(apiCalls.length).toBeLessThanOrEqual(1 + 2 * 10)
    expect(fake.traffic.peak).toBeGreaterThan(1)
    expect(fake.traffic.peak).toBeLessThanOrEqual(4)
  })

  it('explains the missing "actions: read" permission on a 403', async () => {
    const forbidden = await startFakeGitHubApi({ token: fake.token, forbidden: ['artifacts'] })
    try {
      const { result, log } = await find(pushEnv('main', forbidden.url))

      expect(result.files).toEqual([])
      expect(result.nothingFound).toEqual(expect.stringContaining('permissions: actions: read'))
      expect(log.warnings).toEqual([])
    } finally {
      await forbidden.stop()
    }
  })

  it('warns with the status on any other API error and never throws', async () => {
    const { result, log } = await find({ ...pushEnv('main'), GITHUB_REPOSITORY: 'someone/else' })

    expect(result.files).toEqual([])
    expect(log.warnings).toEqual([expect.stringContaining('(status 404): Not Found')])
  })

  it('says a token is needed when none is given', async () => {
    const { result } = await find(pushEnv('main'), { token: '' })

    expect(result.files).toEqual([])
    expect(result.nothingFound).toEqual(expect.stringContaining('needs a github-token'))
    expect(fake.requests).toEqual([])
  })
})
