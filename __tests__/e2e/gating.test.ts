import { describe, expect, it } from '@jest/globals'
import { XMLParser } from 'fast-xml-parser'
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { FIXTURES } from '../../simulator/index.js'
import { runAction, type RunActionOptions } from '../support/action-runner.js'
import { startFakeGitHubApi } from '../support/fake-github-api.js'
import { mermaidBlocks, parseMermaid } from '../support/mermaid.js'
import { annotationMessages, PULL_REQUEST, useSimulator } from './setup.js'

const checkout = FIXTURES.timelines.checkout

describe('gating pull requests, end to end', () => {
  const context = useSimulator({}, { github: true })

  function run(inputs: Record<string, string>, options: Partial<RunActionOptions> = {}) {
    return runAction({
      inputs: context.inputs({ 'timeline-id': checkout.assetId, ...inputs }),
      ...options,
      env: { GITHUB_API_URL: context.github.url, ...options.env }
    })
  }

  it('fails on a threshold breach with one error annotation per breach naming step, metric, value and limit', async () => {
    context.sim.configure({ stepOverrides: { 'POST /api/login': { p95: 912 } } })
    const result = await run({ thresholds: '"POST /api/login": p95 < 800\nerror-rate < 5%' })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.result).toBe('failed')
    const breaches = result.annotations.filter(
      (a) => a.properties.title === 'Performance threshold breached'
    )
    expect(breaches.map((b) => b.message)).toEqual([
      'Step "POST /api/login" (Checkout Flow): p95 was 912 ms, limit < 800 ms',
      'Step "POST /api/login" (Browse Catalog): p95 was 912 ms, limit < 800 ms'
    ])
    expect(result.summary).toContain('912 ms')
  })

  it('passes when every threshold holds, including max-p95-ms and max-error-rate', async () => {
    const result = await run({
      'max-p95-ms': '5000',
      'max-error-rate': '5',
      thresholds: 'p99 < 10s'
    })
    expect(annotationMessages(result, 'error')).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs.result).toBe('passed')
  })

  it('fails on the run-wide error rate', async () => {
    context.sim.configure({ errorRate: 0.05 })
    const result = await run({ 'max-error-rate': '1' })
    expect(result.outputs.result).toBe('failed')
    expect(annotationMessages(result, 'error')[0]).toMatch(
      /^Run: error-rate was \d+(\.\d+)?%, limit <= 1%/
    )
  })

  it('reports breaches but passes with fail-on-breach: false', async () => {
    const result = await run({ 'max-p95-ms': '1', 'fail-on-breach': 'false' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.result).toBe('failed')
    expect(annotationMessages(result, 'error')).toEqual([])
    expect(annotationMessages(result, 'warning').join('\n')).toMatch(/p95 was .* limit <= 1 ms/)
  })

  it('refuses a thresholds line that does not parse before starting, naming the line', async () => {
    const result = await run({ thresholds: 'p95 < 800\np96 < 100' })
    expect(result.exitCode).toBe(1)
    expect(annotationMessages(result, 'error').join('\n')).toMatch(
      /Input "thresholds": Line 2 `p96 < 100`: unknown metric "p96"/
    )
    expect(context.sim.requests).toHaveLength(0)
  })

  it('tells an infrastructure failure (error) from a performance one (failed)', async () => {
    context.sim.configure({ finalStatus: 'Failed' })
    const result = await run({ 'max-p95-ms': '1' })
    expect(result.outputs.result).toBe('error')
    expect(result.exitCode).toBe(1)
  })

  describe('against a baseline metrics.json', () => {
    async function baselineFile(): Promise<string> {
      const first = await run({})
      const path = join(tmpdir(), `baseline-${process.pid}-${Date.now()}.json`)
      await copyFile(first.outputs['metrics-file'], path)
      return path
    }

    it('with one history run, warns of a step whose p95 grew by more than max-regression and the noise floor, and passes: the gate is still learning', async () => {
      const baseline = await baselineFile()
      context.sim.configure({ latencyFactor: 1.5 })
      const result = await run({ baseline, 'max-regression': '10' })
      expect(result.exitCode).toBe(0)
      expect(result.outputs.result).toBe('passed')
      const regressions = result.annotations.filter(
        (a) => a.properties.title === 'Performance regression'
      )
      expect(regressions.length).toBeGreaterThan(0)
      expect(regressions.every((a) => a.level === 'warning')).toBe(true)
      expect(regressions[0].message).toMatch(
        /^Step ".+" \(.+\): p95 \S+ ms → \S+ ms, \+[\d.]+% \(no noise learnt yet, limit \+10% and 20 ms\)\.$/
      )
      expect(annotationMessages(result, 'notice').join('\n')).toContain(
        'The regression gate is still learning: 1 history run, it needs 5 (4 more).'
      )
      expect(result.summary).toMatch(/still learning/)
    })

    it('never fails on growth under the noise floor, nor on improvements', async () => {
      const baseline = await baselineFile()
      context.sim.configure({ latencyFactor: 1.05 })
      const jitter = await run({ baseline, 'max-regression': '1', 'noise-floor-ms': '100' })
      expect(jitter.outputs.result).toBe('passed')
      context.sim.configure({ latencyFactor: 0.5 })
      const faster = await run({ baseline, 'max-regression': '1' })
      expect(faster.outputs.result).toBe('passed')
      expect(faster.exitCode).toBe(0)
    })

    it('reports new and vanished steps without failing', async () => {
      const baseline = await baselineFile()
      context.sim.configure({ stepsPerTrackItem: 5 })
      const result = await run({ baseline, 'max-regression': '10' })
      expect(result.outputs.result).toBe('passed')
      expect(result.summary).toMatch(/🆕/)
    })

    it('judges on thresholds alone, and says so, when the baseline file is missing', async () => {
      const result = await run({ baseline: 'no/such/metrics.json', 'max-regression': '10' })
      expect(result.exitCode).toBe(0)
      expect(annotationMessages(result, 'warning')).toContain(
        'No baseline, so no regression check: the baseline no/such/metrics.json does not exist.'
      )
      expect(result.summary).toContain(
        '⚠️ **Not checked:** No baseline, so no regression check: the baseline no/such/metrics.json does not exist.'
      )
      expect(result.summary.split('\n')[0]).toBe(
        '## ✅ Passed — 8 steps finished; 1 requested check could not be made'
      )
    })

    /** A history directory of runs like the first one, each step moved by a few percent. */
    async function historyDirectory(runs: number, load?: unknown): Promise<string> {
      const first = JSON.parse(await readFile((await run({})).outputs['metrics-file'], 'utf8'))
      const dir = await mkdtemp(join(tmpdir(), 'history-'))
      for (let run = 0; run < runs; run++) {
        const metrics = structuredClone(first)
        metrics.runId = `history_${run}`
        metrics.finishedAt = new Date(Date.UTC(2026, 10, 1 + run)).toISOString()
        metrics.trackItems.forEach((trackItem: { steps: { p95: number }[] }, item: number) =>
          trackItem.steps.forEach((step, index) => {
            step.p95 *= Math.exp(0.04 * Math.sin(run * 2.9 + index * 1.7 + item))
          })
        )
        await mkdir(join(dir, `run-${run}`))
        await writeFile(join(dir, `run-${run}`, 'metrics.json'), JSON.stringify(metrics))
      }
      if (load !== undefined) {
        await mkdir(join(dir, 'other-load'))
        await writeFile(
          join(dir, 'other-load', 'metrics.json'),
          JSON.stringify({ ...first, runId: 'other_load', load })
        )
      }
      return dir
    }

    it('learns the noise from a history directory: passes an unchanged run, names a whole-run slowdown', async () => {
      const history = await historyDirectory(6, { trackItems: [] })

      const unchanged = await run({ baseline: history })
      context.sim.configure({ latencyFactor: 1.4 })
      const slower = await run({ baseline: history })

      expect(unchanged.outputs.result).toBe('passed')
      expect(unchanged.summary).toMatch(
        /Compared \d+ steps with 6 history runs: all stayed within their limits\./
      )
      expect(annotationMessages(unchanged, 'notice')).toContain(
        '6 history runs compared; 1 run of another load (data item, role or virtual users) skipped.'
      )
      const charts = mermaidBlocks(unchanged.summary)
      const trend = charts.find((chart) => chart.includes('title "p95 index'))
      expect(trend).toContain(
        'x-axis ["Nov 1", "Nov 2", "Nov 3", "Nov 4", "Nov 5", "Nov 6", "this run"]'
      )
      expect(trend?.match(/^\s*line /gm)).toHaveLength(2)
      for (const chart of charts) await expect(parseMermaid(chart)).resolves.toBeUndefined()

      expect(slower.outputs.result).toBe('failed')
      const regressions = slower.annotations.filter(
        (a) => a.properties.title === 'Performance regression'
      )
      expect(regressions.map((a) => a.message)).toEqual([
        expect.stringMatching(
          /^All \d+ steps are (39\.[5-9]|4\d(\.\d)?)% slower, beyond the whole run's limit of \+[\d.]+%\.$/
        )
      ])
    })
  })

  describe('the pull request comment', () => {
    const onPullRequest = (extra: Record<string, string> = {}) =>
      run(
        { 'github-token': context.github.token, ...extra },
        { eventName: 'pull_request', eventPayload: PULL_REQUEST }
      )

    it('is written once and updated in place on the next run', async () => {
      const first = await onPullRequest({ 'max-p95-ms': '1' })
      expect(first.outputs.result).toBe('failed')
      expect(context.github.comments).toHaveLength(1)
      const [comment] = context.github.comments
      expect(comment.issueNumber).toBe(42)
      expect(comment.body).toContain(`timeline=${checkout.assetId}`)
      expect(comment.body).toMatch(/failed/i)
      expect(comment.body).toContain(
        'https://github.com/octo-org/octo-repo/actions/runs/7340291875'
      )
      const second = await onPullRequest()
      expect(second.outputs.result).toBe('passed')
      expect(context.github.comments).toHaveLength(1)
      expect(context.github.comments[0].id).toBe(comment.id)
      expect(context.github.comments[0].body).toMatch(/passed/i)
    })

    it('leaves comments of other timelines and people alone', async () => {
      const other = context.github.addComment(42, 'Looks good to me', 'octocat')
      await onPullRequest()
      expect(context.github.comments).toHaveLength(2)
      expect(context.github.comments.find((c) => c.id === other.id)?.body).toBe('Looks good to me')
    })

    it('is a warning, not a failure, with a read-only token (a pull request from a fork)', async () => {
      await context.github.stop()
      context.github = await startFakeGitHubApi({ readOnlyToken: true })
      const result = await onPullRequest()
      expect(result.exitCode).toBe(0)
      expect(annotationMessages(result, 'warning').join('\n')).toMatch(
        /comment could not be written: .*read-only token.*pull-requests: write/
      )
    })

    it('is not written on other events, or with comment: false', async () => {
      await run({ 'github-token': context.github.token }, { eventName: 'push' })
      await onPullRequest({ comment: 'false' })
      expect(context.github.comments).toHaveLength(0)
      expect(context.github.requests).toHaveLength(0)
    })
  })

  it('writes a JUnit file: the timeline a testsuite, each step a testcase, each breach a failure', async () => {
    context.sim.configure({ stepOverrides: { 'GET /api/cart': { p95: 2500 } } })
    const result = await run({ thresholds: 'p95 < 2000' })
    const xml = await readFile(result.outputs['junit-file'], 'utf8')
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml)
    const suite = parsed.testsuites.testsuite
    expect(suite['@_name']).toBe(checkout.title)
    const cases = [suite.testcase].flat()
    expect(cases).toHaveLength(9)
    const failing = cases.filter((c: Record<string, unknown>) => c.failure)
    expect(failing.map((c: Record<string, unknown>) => c['@_name'])).toEqual([
      'GET /api/cart',
      'GET /api/cart'
    ])
    expect(Number(suite['@_failures'])).toBe(2)
  })
})
