import { describe, expect, it } from '@jest/globals'
import { copyFile, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIXTURES } from '../../simulator/index.js'
import { runAction, type RunActionOptions } from '../support/action-runner.js'
import { mermaidBlocks, parseMermaid } from '../support/mermaid.js'
import { annotationMessages, PULL_REQUEST, useSimulator } from './setup.js'

const { checkout, login } = FIXTURES.timelines

describe('an honest verdict, end to end', () => {
  const context = useSimulator({}, { github: true })

  function run(inputs: Record<string, string>, options: Partial<RunActionOptions> = {}) {
    return runAction({
      inputs: context.inputs({ 'timeline-id': checkout.assetId, ...inputs }),
      ...options,
      env: { GITHUB_API_URL: context.github.url, ...options.env }
    })
  }

  function onPullRequest(inputs: Record<string, string>) {
    return run(
      { 'github-token': context.github.token, ...inputs },
      { eventName: 'pull_request', eventPayload: PULL_REQUEST }
    )
  }

  describe('checks that could not be made', () => {
    it('shows a threshold whose pattern matched nothing in the summary, the comment and the reason', async () => {
      const result = await onPullRequest({ thresholds: 'p95 < 60s\n"GET /api/nope": p95 < 100' })
      expect(result.outputs.result).toBe('passed')
      const line =
        '⚠️ **Not checked:** Threshold `"GET /api/nope": p95 < 100` matched no step of this run, so it was not checked.'
      expect(result.summary).toContain(line)
      expect(context.github.comments[0].body).toContain(line)
      expect(result.summary.split('\n')[0]).toBe(
        '## ✅ Passed — 1 criterion held on 8 steps; 1 requested check could not be made'
      )
      expect(annotationMessages(result, 'warning')).toContain(
        'Threshold `"GET /api/nope": p95 < 100` matched no step of this run, so it was not checked.'
      )
    })

    it('says max-regression was not checked when no baseline is set', async () => {
      const result = await onPullRequest({ 'max-regression': '10' })
      const line =
        /⚠️ \*\*Not checked:\*\* "max-regression: 10" was not checked: no baseline is set\./
      expect(result.summary).toMatch(line)
      expect(context.github.comments[0].body).toMatch(line)
    })

    it('makes a finished run that reported no figures an error, not a pass', async () => {
      context.sim.configure({ stepsPerTrackItem: 0 })
      const result = await run({ thresholds: 'p95 < 800\nerror-rate < 1%' })
      expect(result.outputs.status).toBe('Finished')
      expect(result.outputs.result).toBe('error')
      expect(result.exitCode).toBe(1)
      expect(result.summary).toMatch(/^## ⚠️ Error — the run reported no figures/)
      expect(result.summary).toContain(
        '⚠️ **Not checked:** None of the 2 criteria was checked: the run reported no figures.'
      )
    })

    it('makes a run that reported no figures an error when a baseline was set, though none was found', async () => {
      context.sim.configure({ stepsPerTrackItem: 0 })
      const result = await run({ baseline: 'no/such/metrics.json' })
      expect(result.outputs.result).toBe('error')
      expect(result.exitCode).toBe(1)
      expect(result.summary.split('\n')[0]).toBe(
        '## ⚠️ Error — the run reported no figures; 1 requested check could not be made'
      )
    })

    it('says no regression check was made when no step of the run is in the baseline', async () => {
      const first = await run({})
      const metrics = JSON.parse(await readFile(first.outputs['metrics-file'], 'utf8'))
      for (const trackItem of metrics.trackItems) {
        for (const step of trackItem.steps) {
          step.stepId = `old_${step.stepId}`
          step.title = `OLD ${step.title}`
        }
      }
      const baseline = join(tmpdir(), `renamed-${process.pid}-${Date.now()}.json`)
      await writeFile(baseline, JSON.stringify(metrics))
      const result = await onPullRequest({ baseline, 'max-regression': '10' })
      expect(result.outputs.result).toBe('passed')
      expect(result.summary.split('\n')[0]).toBe(
        '## ✅ Passed — 8 steps finished; 1 requested check could not be made'
      )
      const line =
        "⚠️ **Not checked:** No step of this run is in the baseline's history (8 new, 8 vanished), so no regression check."
      for (const markdown of [result.summary, context.github.comments[0].body]) {
        expect(markdown).toContain(line)
        expect(markdown).not.toContain('no step regressed')
        expect(markdown).toMatch(/\*\*Vanished steps:\*\* OLD /)
      }
    })
  })

  describe('result on every outcome', () => {
    it('sets result: error and says what to do when an input is bad', async () => {
      const result = await run({ 'user-count': '0x10' })
      expect(result.exitCode).toBe(1)
      expect(result.outputs.result).toBe('error')
      expect(result.summary).toBe(
        '## ⚠️ Error — Input "user-count" must be a positive whole number: got "0x10".\n\n' +
          '**What to do:** Correct the inputs named above in the workflow file and run it again. No run was started.\n'
      )
      expect(context.sim.requests).toHaveLength(0)
    })

    it('sets result: error for an unknown timeline, naming the closest ones', async () => {
      const result = await run({ 'timeline-id': 'timeline_chekout' })
      expect(result.outputs.result).toBe('error')
      expect(result.summary).toMatch(
        /^## ⚠️ Error — No timeline found with ID "timeline\\_chekout"/
      )
      expect(result.summary).toContain('**What to do:** Check the timeline and data item inputs')
    })

    it('sets result: error when the API refuses the key', async () => {
      const result = await run({ 'api-key': 'rik_wrong' })
      expect(result.exitCode).toBe(1)
      expect(result.outputs.result).toBe('error')
      expect(result.summary).toContain('**What to do:** Check the API key secret')
    })
  })

  it('lists what a passing run checked, with units written as in thresholds', async () => {
    const result = await onPullRequest({
      'max-p95-ms': '5s',
      'max-error-rate': '5%',
      thresholds: '"POST /api/login": p95 < 800ms'
    })
    expect(result.outputs.result).toBe('passed')
    for (const markdown of [result.summary, context.github.comments[0].body]) {
      const rows = markdown.split('\n').filter((line) => /^\| (✅|❌|⚠️) \| `/.test(line))
      expect(rows).toEqual([
        expect.stringMatching(/^\| ✅ \| `max-p95-ms: 5000` \| [\d,.]+ ms on .+ \| 8 steps \|$/),
        expect.stringMatching(/^\| ✅ \| `max-error-rate: 5` \| [\d.]+% \| the run's totals \|$/),
        expect.stringMatching(
          /^\| ✅ \| `"POST \/api\/login": p95 < 800ms` \| [\d,.]+ ms on POST \/api\/login \(.+\) \| 2 steps \|$/
        )
      ])
    }
  })

  it('warns when timeline-id and timeline-name name different timelines, and runs the ID', async () => {
    const result = await run({ 'timeline-name': login.title, 'project-id': login.projectId })
    expect(result.outputs.result).toBe('passed')
    expect(annotationMessages(result, 'warning')).toContain(
      `Inputs "timeline-id" and "timeline-name" disagree: ID "${checkout.assetId}" is the timeline "${checkout.title}", not "${login.title}". The ID wins, so "${checkout.title}" is used; remove one of the two inputs.`
    )
  })

  describe('the summary a reviewer reads', () => {
    it('has one headline, one chart title, track items in labels, no unused key', async () => {
      const result = await run({ 'max-p95-ms': '60s' })
      const { summary } = result
      expect(summary.split('\n')[0]).toBe('## ✅ Passed — 1 criterion held on 8 steps')
      expect(summary.match(/p95 per step/g)).toHaveLength(1)
      expect(summary).toContain('"POST /api/login · Checkout Flow"')
      expect(summary).toContain('"POST /api/login · Browse Catalog"')
      expect(summary).not.toMatch(/\(\d+\)"/)
      expect(summary).not.toContain('❌')
      const blocks = mermaidBlocks(summary)
      expect(blocks).toHaveLength(1)
      for (const block of blocks) await expect(parseMermaid(block)).resolves.toBeUndefined()
    })

    it('lists vanished steps by title, like new ones, in the summary and the comment', async () => {
      context.sim.configure({ stepsPerTrackItem: 5 })
      const first = await run({})
      const baseline = join(tmpdir(), `baseline-${process.pid}-${Date.now()}.json`)
      await copyFile(first.outputs['metrics-file'], baseline)
      context.sim.configure({ stepsPerTrackItem: 4 })
      const result = await onPullRequest({ baseline, 'max-regression': '10' })
      const vanished = /\*\*Vanished steps:\*\* \S.* \(Checkout Flow\), \S.* \(Browse Catalog\)/
      expect(result.summary).toMatch(vanished)
      expect(context.github.comments[0].body).toMatch(vanished)
      for (const block of mermaidBlocks(result.summary)) {
        await expect(parseMermaid(block)).resolves.toBeUndefined()
      }
    })

    it('shows a breach with the same figure in the annotation and the table', async () => {
      context.sim.configure({ stepOverrides: { 'POST /api/login': { p95: 1234.5 } } })
      const result = await run({ thresholds: '"POST /api/login": p95 < 800' })
      expect(result.outputs.result).toBe('failed')
      const breach = result.annotations.find(
        (a) => a.properties.title === 'Performance threshold breached'
      )
      expect(breach?.message).toContain('p95 was 1,235 ms, limit < 800 ms')
      expect(result.summary).toMatch(/\| ❌ POST \/api\/login \| 1,235 ms \|/)
      expect(result.summary).toContain('❌ breached a threshold or regressed.')
    })
  })
})
