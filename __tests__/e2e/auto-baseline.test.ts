import { beforeEach, describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { FIXTURES } from '../../simulator/index.js'
import { recordHistory } from '../../src/metrics/history-record.js'
import type { RunMetrics } from '../../src/metrics/model.js'
import { historyArtifactName } from '../../src/reports/artifact.js'
import { runAction } from '../support/action-runner.js'
import { startFakeGitHubApi } from '../support/fake-github-api.js'
import { annotationMessages, PULL_REQUEST, useSimulator } from './setup.js'

const checkout = FIXTURES.timelines.checkout

describe('baseline: auto, end to end', () => {
  const context = useSimulator({}, { github: true })

  /** Runs the load test once at the given speed and returns the metrics.json it wrote. */
  async function recordedRun(latencyFactor: number): Promise<string> {
    context.sim.configure({ latencyFactor })
    const result = await runAction({ inputs: context.inputs({ 'timeline-id': checkout.assetId }) })
    context.sim.configure({ latencyFactor: 1 })
    return readFile(result.outputs['metrics-file'], 'utf8')
  }

  /** The runs recorded so far, oldest first: each seeded run carries them forward, as the action does. */
  let carried: RunMetrics[] = []

  function seedBaseline(
    metricsJson: string,
    workflowRunId: number,
    createdAt: string,
    timelineId = checkout.assetId
  ) {
    const run: RunMetrics = {
      ...JSON.parse(metricsJson),
      timelineId,
      source: { repository: 'octo-org/octo-repo', workflowRunId: String(workflowRunId) }
    }
    carried = [...carried, run]
    return context.github.addArtifact({
      name: historyArtifactName(timelineId, run.runId, run.load),
      runId: workflowRunId,
      branch: 'main',
      createdAt,
      files: { 'history.json': JSON.stringify(recordHistory(carried)) }
    })
  }

  beforeEach(() => {
    carried = []
  })

  function pullRequestRun(inputs: Record<string, string>) {
    return runAction({
      inputs: context.inputs({
        'timeline-id': checkout.assetId,
        'github-token': context.github.token,
        baseline: 'auto',
        'max-regression': '20',
        comment: 'false',
        ...inputs
      }),
      eventName: 'pull_request',
      eventPayload: PULL_REQUEST,
      env: { GITHUB_API_URL: context.github.url }
    })
  }

  it("finds the newest run on the pull request's base branch and reports a regression against it (a warning while the gate learns)", async () => {
    seedBaseline(await recordedRun(1), 1001, '2026-11-20T10:00:00Z')
    context.sim.configure({ latencyFactor: 1.6 })
    const result = await pullRequestRun({})
    expect(result.outputs.result).toBe('passed')
    expect(annotationMessages(result, 'warning').join('\n')).toMatch(
      /^Step ".+" \(.+\): p95 .+ ms → .+ ms, \+[\d.]+%/m
    )
    expect(result.summary).toContain('https://github.com/octo-org/octo-repo/actions/runs/1001')
  })

  it('learns from the last baseline-runs runs, so one outlier run does not fail the gate', async () => {
    seedBaseline(await recordedRun(1), 1001, '2026-11-20T10:00:00Z')
    seedBaseline(await recordedRun(1), 1002, '2026-11-21T10:00:00Z')
    seedBaseline(await recordedRun(0.5), 1003, '2026-11-22T10:00:00Z')
    const newestOnly = await pullRequestRun({ 'baseline-runs': '1' })
    expect(newestOnly.outputs.result).toBe('passed')
    expect(annotationMessages(newestOnly, 'warning').join('\n')).toMatch(/p95 .* → /)
    const median = await pullRequestRun({})
    expect(median.outputs.result).toBe('passed')
    for (const runId of [1001, 1002, 1003]) {
      expect(median.summary).toContain(`/actions/runs/${runId}`)
    }
  })

  it('says why when there is no baseline, and judges on thresholds alone', async () => {
    const result = await pullRequestRun({ 'max-p95-ms': '100000' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.result).toBe('passed')
    expect(annotationMessages(result, 'warning').join('\n')).toMatch(
      /No baseline, so no regression check/
    )
  })

  it('never uses the artifact of another timeline or another branch', async () => {
    const fast = await recordedRun(0.3)
    seedBaseline(fast, 1001, '2026-11-20T10:00:00Z', FIXTURES.timelines.login.assetId)
    const other: RunMetrics = JSON.parse(fast)
    context.github.addArtifact({
      name: historyArtifactName(checkout.assetId, 'run_other_branch', other.load),
      runId: 1002,
      branch: 'release',
      createdAt: '2026-11-21T10:00:00Z',
      files: { 'history.json': JSON.stringify(recordHistory([other])) }
    })
    const result = await pullRequestRun({})
    expect(result.outputs.result).toBe('passed')
    expect(annotationMessages(result, 'warning').join('\n')).toMatch(
      /No baseline, so no regression check/
    )
    expect(context.github.requests.filter((r) => r.target === 'blob')).toHaveLength(0)
  })

  it('explains the missing actions: read permission on a 403', async () => {
    await context.github.stop()
    context.github = await startFakeGitHubApi({ forbidden: ['artifacts'] })
    const result = await pullRequestRun({})
    expect(result.exitCode).toBe(0)
    expect(
      annotationMessages(result, 'notice').join('\n') +
        annotationMessages(result, 'warning').join('\n')
    ).toMatch(/actions: read/)
  })
})
