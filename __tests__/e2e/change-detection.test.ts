import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { FIXTURES } from '../../simulator/index.js'
import { recordHistory, parseHistoryRecord } from '../../src/metrics/history-record.js'
import type { RunMetrics } from '../../src/metrics/model.js'
import { historyArtifactName } from '../../src/reports/artifact.js'
import { runAction } from '../support/action-runner.js'
import { readZipEntries } from '../support/fake-artifact-service.js'
import { annotationMessages, useSimulator } from './setup.js'

const checkout = FIXTURES.timelines.checkout
const sha = (i: number) => createHash('sha1').update(`commit ${i}`).digest('hex')
/** Workflow run IDs of the history's runs: 5000 + i. */
const workflowRun = (i: number) => 5000 + i

/** A deterministic ±3 % wobble per run and step, like run-to-run noise. */
function wobble(run: number, step: number): number {
  const x = Math.sin(run * 12.9898 + step * 78.233) * 43758.5453
  return 1 + 0.06 * (x - Math.floor(x) - 0.5)
}

/**
 * `count` earlier runs of the recorded one on main, oldest first, run i at commit sha(i); from run
 * `shiftFrom` on, every step is 50 % slower.
 */
function history(base: RunMetrics, count: number, shiftFrom: number): RunMetrics[] {
  return Array.from({ length: count }, (_, i) => ({
    ...base,
    runId: `hist_${i}`,
    finishedAt: new Date(Date.UTC(2026, 10, 1 + i)).toISOString(),
    source: {
      repository: 'octo-org/octo-repo',
      sha: sha(i),
      workflowRunId: String(workflowRun(i))
    },
    trackItems: base.trackItems.map((item) => ({
      ...item,
      steps: item.steps.map((step, s) => ({
        ...step,
        p95: Math.round(step.p95 * wobble(i, s) * (i >= shiftFrom ? 1.5 : 1))
      }))
    }))
  }))
}

describe('change detection on pushes to main, end to end', () => {
  const context = useSimulator({}, { github: true, artifacts: true })

  async function recordedRun(): Promise<RunMetrics> {
    const result = await runAction({ inputs: context.inputs({ 'timeline-id': checkout.assetId }) })
    return JSON.parse(await readFile(result.outputs['metrics-file'], 'utf8'))
  }

  function seedHistory(runs: RunMetrics[]) {
    const newest = runs.length - 1
    context.github.addArtifact({
      name: historyArtifactName(runs[0].timelineId, runs[newest].runId, runs[0].load),
      runId: workflowRun(newest),
      branch: 'main',
      createdAt: runs[newest].finishedAt,
      files: { 'history.json': JSON.stringify(recordHistory(runs)) }
    })
    for (let i = context.github.commits.length; i < runs.length; i++) {
      context.github.commits.push(
        i === 27
          ? { sha: sha(i), message: 'Cache the cart (#77)', pulls: [77] }
          : { sha: sha(i), message: `Commit ${i}` }
      )
    }
  }

  function pushRun() {
    return runAction({
      inputs: context.inputs({
        'timeline-id': checkout.assetId,
        'github-token': context.github.token,
        baseline: 'auto',
        'report-issue': 'true'
      }),
      eventName: 'push',
      env: { GITHUB_API_URL: context.github.url, ...context.artifacts.env }
    })
  }

  it('reports a whole-run shift once, names its commits and pull request, and keeps one issue', async () => {
    const base = await recordedRun()
    // 27 runs at the usual level, then 2 at +50 %: this run (also +50 %) is the shift's third.
    seedHistory(history(base, 29, 27))
    context.sim.configure({ latencyFactor: 1.5 })

    const first = await pushRun()

    // The gate fails this run too: two runs at the new level are not yet its level (three are).
    expect(first.exitCode).toBe(1)
    expect(first.outputs.result).toBe('failed')
    const compare = `https://github.com/octo-org/octo-repo/compare/${sha(26)}...${sha(27)}`
    expect(first.summary).toContain('### Changes on `main`')
    expect(first.summary).toMatch(/\| \*\*Whole run\*\* \(.+\) \| – \| \+5\d(\.\d)?% \| 3 \|/)
    expect(first.summary).toContain(`](${compare})`)
    // `\#` in a link's text is GitHub's `#`.
    expect(first.summary).toContain('[\\#77](https://github.com/octo-org/octo-repo/pull/77)')
    const warnings = annotationMessages(first, 'warning').filter((m) => m.includes('moved'))
    expect(warnings).toEqual([
      expect.stringMatching(/^The whole run .* moved \+5\d.*held for 3 runs.*#77/)
    ])
    const changes = JSON.parse(first.outputs.changes)
    expect(changes).toEqual([
      {
        step: base.timelineTitle,
        trackItem: null,
        changePercent: expect.any(Number),
        runsSince: 3,
        firstRun: {
          sha: sha(27),
          runId: 'hist_27',
          url: `https://github.com/octo-org/octo-repo/actions/runs/${workflowRun(27)}`
        },
        lastRunBefore: {
          sha: sha(26),
          runId: 'hist_26',
          url: `https://github.com/octo-org/octo-repo/actions/runs/${workflowRun(26)}`
        }
      }
    ])
    expect(changes[0].changePercent).toBeGreaterThan(40)
    expect(context.github.issues).toHaveLength(1)
    expect(context.github.issues[0].body).toContain(compare)
    expect(context.github.issues[0].state).toBe('open')

    // The run carried the history forward: the 29 runs and itself, in one small artifact.
    const uploaded = context.artifacts.artifacts.find((a) =>
      a.name.startsWith('leapwork-performance-history-')
    )
    const carried = parseHistoryRecord(
      (await readZipEntries(uploaded!.zipPath)).get('history.json')!.toString('utf8'),
      'history.json'
    )
    expect(carried).toHaveLength(30)
    expect(uploaded!.size).toBeLessThan(64 * 1024)

    // The same history again: the issue is found by its marker, not opened twice or commented.
    const again = await pushRun()
    expect(again.outputs.result).toBe('failed')
    expect(context.github.issues).toHaveLength(1)
    expect(context.github.comments).toHaveLength(0)
  }, 60_000)

  it('closes the issue once the level is back', async () => {
    const base = await recordedRun()
    const shifted = history(base, 29, 27)
    seedHistory(shifted)
    context.sim.configure({ latencyFactor: 1.5 })
    await pushRun()
    expect(context.github.issues.map((issue) => issue.state)).toEqual(['open'])

    // Two more runs back at the usual level, and this one too.
    const back = [...shifted, ...history(base, 31, 99).slice(29)]
    seedHistory(back)
    context.sim.configure({ latencyFactor: 1 })
    const result = await pushRun()

    expect(result.exitCode).toBe(0)
    expect(context.github.issues.map((issue) => issue.state)).toEqual(['closed'])
  }, 60_000)
})
