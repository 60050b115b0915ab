import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { issueMarker, keepChangeIssue } from '../../src/github/change-issue.js'
import type { ChangeSearch } from '../../src/github/changes.js'
import type { RunMetrics } from '../../src/metrics/model.js'
import type { Shift } from '../../src/verdict/shifts.js'
import { startFakeGitHubApi, type FakeGitHubApi } from '../support/fake-github-api.js'
import { recordingLog } from '../support/recording-log.js'
import { runOf } from '../verdict/runs.js'

const SAVED = ['GITHUB_API_URL', 'GITHUB_REPOSITORY', 'GITHUB_SERVER_URL'].map((name) => [
  name,
  process.env[name]
])
let fake: FakeGitHubApi

beforeAll(async () => {
  fake = await startFakeGitHubApi()
  process.env.GITHUB_API_URL = fake.url
  process.env.GITHUB_REPOSITORY = fake.repository
  process.env.GITHUB_SERVER_URL = 'https://github.com'
})
afterAll(async () => {
  for (const [name, value] of SAVED) {
    if (value === undefined) delete process.env[name as string]
    else process.env[name as string] = value
  }
  await fake.stop()
})
beforeEach(() => {
  fake.issues.length = 0
  fake.comments.length = 0
})

/** Ten runs of step s1 at 100 ms, then `after` runs at 200 ms (a shift at index 10). */
function searchWith(stepIds: string[], after = 3): ChangeSearch {
  const runs: RunMetrics[] = Array.from({ length: 10 + after }, (_, i) =>
    runOf(
      [
        {
          id: 'ti_1',
          title: 'Shop',
          steps: stepIds.map((stepId) => ({ stepId, title: stepId, p95: i >= 10 ? 200 : 100 }))
        }
      ],
      `run_${i}`
    )
  )
  const shifts: Shift[] = stepIds.map((stepId) => ({
    kind: 'step',
    step: stepId,
    trackItem: 'Shop',
    stepId,
    trackItemId: 'ti_1',
    changePercent: 100,
    levelBeforeMs: 100,
    levelAfterMs: 200,
    runsSince: after,
    firstIndex: 10,
    lastBeforeIndex: 9,
    newInThisRun: true,
    firstReportedIndex: runs.length - 1,
    statistic: 9
  }))
  const view = {
    branch: 'main',
    runs: runs.length,
    shifts: shifts.map((shift) => ({
      step: shift.step,
      trackItem: shift.trackItem,
      changePercent: 100,
      levelBeforeMs: 100,
      levelAfterMs: 200,
      runsSince: after,
      firstRun: { runId: 'run_10' },
      lastRunBefore: { runId: 'run_9' },
      pullRequests: []
    }))
  }
  return { view, runs, shifts }
}

async function keep(search: ChangeSearch) {
  const log = recordingLog()
  await keepChangeIssue({
    search,
    settings: { reportIssue: true, githubToken: fake.token },
    metrics: search.runs[search.runs.length - 1],
    log
  })
  return log
}

describe('the change issue', () => {
  it('is opened once, then updated and commented when more shifts are found', async () => {
    await keep(searchWith(['s1']))
    await keep(searchWith(['s1']))
    expect(fake.issues).toHaveLength(1)
    expect(fake.comments).toHaveLength(0)

    await keep(searchWith(['s1', 's2']))

    expect(fake.issues).toHaveLength(1)
    expect(fake.issues[0].body).toContain('| s2 (Shop) |')
    expect(fake.comments).toEqual([expect.objectContaining({ issueNumber: fake.issues[0].number })])
    expect(fake.comments[0].body).toMatch(/^1 more shift\(s\) found/)
  })

  it('never takes over an issue someone else wrote with our marker', async () => {
    const marker = issueMarker('timeline_1', 'main')
    fake.addIssue('Performance change on main', `${marker}\nforged`, 'mallory')

    await keep(searchWith(['s1']))

    expect(fake.issues.map((issue) => [issue.login, issue.body.includes('forged')])).toEqual([
      ['mallory', true],
      ['github-actions[bot]', false]
    ])
  })

  it('says what to grant when the token may not write issues', async () => {
    const forbidden = await startFakeGitHubApi({ token: fake.token, forbidden: ['issues'] })
    process.env.GITHUB_API_URL = forbidden.url
    try {
      const log = await keep(searchWith(['s1']))

      expect(log.lines.warning).toEqual([expect.stringContaining('"permissions: issues: write"')])
    } finally {
      process.env.GITHUB_API_URL = fake.url
      await forbidden.stop()
    }
  })
})
