import { describe, expect, it } from '@jest/globals'
import { rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { FIXTURES } from '../../simulator/index.js'
import { runAction, runMainThenPost } from '../support/action-runner.js'
import { annotationMessages, useSimulator } from './setup.js'

const checkout = FIXTURES.timelines.checkout
const CLOCK_JUMP = pathToFileURL(join(import.meta.dirname, '../support/clock-jump.mjs')).href
const whenStarting = (stdout: string) => stdout.includes('::debug::POST ')

describe('a started run is stopped on every way out', () => {
  const context = useSimulator({ neverEnds: true })
  const inputs = (extra: Record<string, string> = {}) =>
    context.inputs({ 'timeline-id': checkout.assetId, ...extra })

  it('stops the run and writes the failure summary when the outputs file is missing (a local try)', async () => {
    const result = await runAction({
      inputs: inputs(),
      env: { GITHUB_OUTPUT: join(tmpdir(), 'leapwork-no-such-dir', 'out.txt') }
    })

    expect(result.exitCode).toBe(1)
    expect(context.sim.stats).toMatchObject({ runsStarted: 1, activeRuns: 0 })
    expect(context.sim.stats.stopRequests).toBeGreaterThanOrEqual(1)
    const [failure] = annotationMessages(result, 'error')
    expect(failure).toMatch(/Missing file at path: .*out\.txt\. Run run_sim_0001 was stopped\.$/)
    expect(result.summary).toMatch(/^## ⚠️ Error — Missing file at path/)
    expect(result.summary).toMatch(/Run run\\_sim\\_0001 was stopped\./)
    expect(annotationMessages(result, 'warning')).toContainEqual(
      expect.stringMatching(/^Output "result" could not be set: Missing file at path/)
    )
  })

  it('leaves a run started with wait: false running, as asked, when the step then fails', async () => {
    const result = await runAction({
      inputs: inputs({ wait: 'false' }),
      env: { GITHUB_OUTPUT: join(tmpdir(), 'leapwork-no-such-dir', 'out.txt') }
    })

    expect(result.exitCode).toBe(1)
    expect(context.sim.stats).toMatchObject({ runsStarted: 1, activeRuns: 1, stopRequests: 0 })
    expect(result.summary).toContain('## ⚠️ Error')
  })

  it('stops the run itself when the state for the post step cannot be saved', async () => {
    const result = await runAction({
      inputs: inputs(),
      env: { GITHUB_STATE: join(tmpdir(), 'leapwork-no-such-dir', 'state.txt') }
    })

    expect(result.exitCode).toBe(1)
    expect(context.sim.stats).toMatchObject({ runsStarted: 1, activeRuns: 0 })
    expect(result.outputs).toMatchObject({ result: 'error', status: 'Stopped' })
    expect(annotationMessages(result, 'error')[0]).toMatch(/Run run_sim_0001 was stopped\.$/)
    expect(result.summary).toContain('## ⚠️ Error')
  })

  it('keeps the outputs true when saving the reports fails after the run finished', async () => {
    context.sim.configure({ neverEnds: false })
    const blocker = join(tmpdir(), `leapwork-report-dir-is-a-file-${process.pid}`)
    await writeFile(blocker, 'not a folder')

    const result = await runAction({ inputs: inputs({ 'report-dir': blocker }) })

    expect(result.exitCode).toBe(1)
    expect(result.outputs).toMatchObject({ result: 'error', status: 'Finished' })
    expect(context.sim.stats).toMatchObject({ runsStarted: 1, activeRuns: 0, stopRequests: 0 })
    expect(result.summary).toContain('## ⚠️ Error')
    await rm(blocker)
  })

  it('says in words that the disk is full (ENOSPC), and keeps the outputs true', async () => {
    context.sim.configure({ neverEnds: false })

    const result = await runAction({ inputs: inputs(), env: { GITHUB_STEP_SUMMARY: '/dev/full' } })

    expect(result.exitCode).toBe(1)
    expect(result.outputs).toMatchObject({ result: 'error', status: 'Finished' })
    const [failure] = annotationMessages(result, 'error')
    expect(failure).toMatch(/^The runner's disk is full \(ENOSPC: no space left on device/)
    expect(failure).toContain('free space on the runner')
    expect(annotationMessages(result, 'warning')).toContainEqual(
      expect.stringMatching(/^The job summary could not be written: the runner's disk is full/)
    )
  })

  it('does not take a 400 to the stop for "stopped": says the stop failed and leaves the run to the post step', async () => {
    context.sim.configure({
      timelinePlannedRunTime: 1,
      faults: { failNext: [{ endpoint: 'stopIntegration', times: 3, status: 400 }] }
    })

    const { main, post } = await runMainThenPost({ inputs: inputs({ timeout: '1' }) })

    expect(main.exitCode).toBe(1)
    expect(main.outputs).toMatchObject({ result: 'error', status: 'Running' })
    expect(main.state.runEnded).not.toBe('true')
    expect(annotationMessages(main, 'error').join('\n')).toMatch(
      /\(last status Running\)\. Stopping run run_sim_0001 failed \(the run still says Running\); the post step will try again/
    )
    expect(annotationMessages(main, 'error').join('\n')).not.toMatch(/was stopped/)
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toMatch(/Run run_sim_0001 is no longer running \(final status Stopped\)/)
    expect(context.sim.stats.activeRuns).toBe(0)
  }, 30_000)

  it('says a run may have started, saves it for the post step and writes the summary, when a start is reset on cancel', async () => {
    context.sim.configure({
      faults: {
        slowNext: [{ endpoint: 'runIntegration', times: 1, delayMs: 1500 }],
        resetNext: [{ endpoint: 'runIntegration', times: 1 }]
      }
    })

    const { main, post } = await runMainThenPost({
      inputs: inputs(),
      signal: { name: 'SIGINT', when: whenStarting },
      runnerCancellation: true
    })

    expect(main.exitCode).toBe(1)
    expect(context.sim.stats.runsStarted).toBe(1)
    const [failure] = annotationMessages(main, 'error')
    expect(failure).toMatch(/^The step was cancelled \(SIGINT\) while the run was being started\. /)
    expect(failure).toContain('a run may have started')
    expect(failure).not.toContain('no run was left running')
    expect(main.outputs.result).toBe('error')
    expect(main.summary).toContain('a run may have started')
    expect(main.summary).toContain(
      '**What to do:** Look for the run in the Leapwork Performance portal'
    )
    expect(post.exitCode).toBe(1)
    expect(annotationMessages(post, 'error')[0]).toMatch(/a run may have started/)
  }, 30_000)
})

describe('waiting out trouble that is not the run', () => {
  const context = useSimulator()
  const inputs = (extra: Record<string, string> = {}) =>
    context.inputs({ 'timeline-id': checkout.assetId, ...extra })

  it('rides out 503s with Retry-After, polling when the server asks, and finishes the run', async () => {
    context.sim.configure({
      faults: {
        failNext: [{ endpoint: 'getTimelineStatus', times: 5, status: 503, retryAfterSeconds: 1 }]
      }
    })

    const result = await runAction({ inputs: inputs() })

    expect(annotationMessages(result, 'error')).toEqual([])
    expect(result.outputs).toMatchObject({ result: 'passed', status: 'Finished' })
    expect(context.sim.stats.stopRequests).toBe(0)
    const polls = context.sim.requests.filter((r) => r.endpoint === 'getTimelineStatus')
    for (let index = 1; index <= 5; index++) {
      expect(polls[index].time - polls[index - 1].time).toBeGreaterThanOrEqual(950)
    }
  }, 30_000)

  it('finishes a healthy run when the wall clock jumps an hour forward', async () => {
    context.sim.configure({ pollsUntilTerminal: 30 })

    const result = await runAction({
      inputs: inputs(),
      env: { NODE_OPTIONS: `--import=${CLOCK_JUMP}`, CLOCK_JUMP_AFTER_MS: '1000' }
    })

    expect(annotationMessages(result, 'error')).toEqual([])
    expect(result.outputs).toMatchObject({ result: 'passed', status: 'Finished' })
    expect(context.sim.stats.stopRequests).toBe(0)
  })

  it('cuts a 1.5 MB status word, and warns about ten unknown statuses at most', async () => {
    const words = Array.from({ length: 14 }, (_, index) => `Queued${index}`.padEnd(1_500_000, 'x'))
    context.sim.configure({ statusSequence: words, neverEnds: true, timelinePlannedRunTime: 1 })

    const result = await runAction({ inputs: inputs({ timeout: '3' }) })

    expect(result.outputs.result).toBe('error')
    const unknown = annotationMessages(result, 'warning').filter((m) => m.includes('does not know'))
    expect(unknown.length).toBeGreaterThan(3)
    expect(unknown.length).toBeLessThanOrEqual(10)
    for (const warning of unknown) expect(warning.length).toBeLessThan(400)
    expect(result.stdout.length).toBeLessThan(100_000)
    expect(result.summary.length).toBeLessThan(100_000)
    for (const value of Object.values(result.outputs)) expect(value.length).toBeLessThan(1000)
  }, 30_000)
})
