import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIXTURES } from '../../simulator/index.js'
import { runAction, type ActionResult } from '../support/action-runner.js'
import { annotationMessages, useSimulator } from './setup.js'

const checkout = FIXTURES.timelines.checkout

/** Where in the log a line first appears; the start comes after every pre-start warning. */
function lineOf(result: ActionResult, text: string): number {
  return result.stdout.split('\n').findIndex((line) => line.includes(text))
}

describe('checks a user expects before any virtual-user minute is spent', () => {
  const context = useSimulator()
  const inputs = (extra: Record<string, string> = {}) =>
    context.inputs({ 'timeline-id': checkout.assetId, ...extra })

  it.each(['false', 'true'])(
    'refuses a timeout shorter than the planned run time, naming both (dry-run: %s)',
    async (dryRun) => {
      const result = await runAction({ inputs: inputs({ timeout: '60', 'dry-run': dryRun }) })

      expect(result.exitCode).toBe(1)
      expect(annotationMessages(result, 'error')).toEqual([
        'Input "timeout" is 60 s, shorter than the planned run time of timeline "Checkout Load Test", 300 s: the run would be stopped before it could finish. Set "timeout" above 300 s (the default is the planned run time plus 300 s), or leave it out.'
      ])
      expect(result.outputs.result).toBe('error')
      expect(result.summary).toContain('No run was started.')
      expect(context.sim.stats.runIntegrationRequests).toBe(0)
    }
  )

  it('warns before the start, in the log and the plan, of a baseline path that does not exist', async () => {
    const missing = join(tmpdir(), 'leapwork-no-such-history', 'metrics.json')

    const dryRun = await runAction({ inputs: inputs({ baseline: missing, 'dry-run': 'true' }) })
    const run = await runAction({ inputs: inputs({ baseline: missing }) })

    const warning = `Input "baseline": ${missing} does not exist, so this run would be judged without a baseline`
    expect(annotationMessages(dryRun, 'warning')).toContainEqual(expect.stringContaining(warning))
    expect(dryRun.summary).toContain('### Before the start')
    expect(dryRun.summary).toContain(`⚠️ Input "baseline": ${missing} does not exist`)
    expect(annotationMessages(run, 'warning')).toContainEqual(expect.stringContaining(warning))
    expect(lineOf(run, warning)).toBeLessThan(lineOf(run, 'Started run'))
  })

  it('warns before the start of a baseline folder that holds no metrics.json', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'leapwork-empty-history-'))
    try {
      const result = await runAction({ inputs: inputs({ baseline: empty, 'dry-run': 'true' }) })

      expect(result.exitCode).toBe(0)
      expect(annotationMessages(result, 'warning')).toContainEqual(
        expect.stringContaining(`Input "baseline": the directory ${empty} holds no metrics.json`)
      )
    } finally {
      await rm(empty, { recursive: true, force: true })
    }
  })

  it('warns before the start, with did-you-mean, of a threshold step pattern no step of the history has', async () => {
    const earlier = await runAction({ inputs: inputs() })
    const history = earlier.outputs['metrics-file']
    expect(history).toBeTruthy()
    const thresholds = '"POST /api/logn": p95 < 300\n"GET /api/*": p95 < 900'

    const dryRun = await runAction({
      inputs: inputs({ baseline: history, thresholds, 'dry-run': 'true' })
    })
    const run = await runAction({ inputs: inputs({ baseline: history, thresholds }) })

    const warning =
      'Threshold `"POST /api/logn": p95 < 300`: "POST /api/logn" matches no step of the newest baseline run (run_sim_0001), so it would not be checked. Did you mean "POST /api/login"'
    expect(annotationMessages(dryRun, 'warning')).toContainEqual(expect.stringContaining(warning))
    expect(annotationMessages(dryRun, 'warning').join('\n')).not.toContain('GET /api/*')
    expect(dryRun.summary).toContain('"POST /api/logn" matches no step of the newest baseline run')
    expect(lineOf(run, warning)).toBeGreaterThanOrEqual(0)
    expect(lineOf(run, warning)).toBeLessThan(lineOf(run, 'Started run'))
  })

  it('says when the server did not apply user-count without a data item, and records the load it ran', async () => {
    const result = await runAction({ inputs: inputs({ 'user-count': '25' }) })

    expect(result.exitCode).toBe(0)
    const warnings = annotationMessages(result, 'warning')
    expect(warnings).toContainEqual(
      expect.stringMatching(/^Input "user-count" is set without a data item: /)
    )
    expect(warnings).toContainEqual(
      'Leapwork Performance did not apply "user-count: 25": it estimates run run_sim_0001 at 105 VUM, the timeline\'s own load (105 VUM), not the plan\'s 181.3 VUM for 25 users per track item. Without a data item the server keeps the timeline\'s users, so this run and its metrics.json are of the timeline\'s own load. Add "data-item-id" or "data-item-name" for "user-count" to take effect.'
    )
    const metrics = JSON.parse(await readFile(result.outputs['metrics-file'], 'utf8')) as {
      load: { trackItems: { trackItemId: string; virtualUsers: number }[] }
    }
    expect(metrics.load.trackItems.map((item) => item.virtualUsers)).toEqual([20, 10])
  })

  it('says nothing of user-count when a data item makes the server apply it', async () => {
    const result = await runAction({
      inputs: inputs({ 'user-count': '25', 'data-item-id': FIXTURES.dataItems.retailUsers.assetId })
    })

    expect(result.exitCode).toBe(0)
    expect(annotationMessages(result, 'warning').join('\n')).not.toContain('user-count')
  })
})
