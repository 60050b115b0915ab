import { describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { FIXTURES } from '../../simulator/index.js'
import { runAction, runMainThenPost } from '../support/action-runner.js'
import { annotationMessages, useSimulator } from './setup.js'

const checkout = FIXTURES.timelines.checkout
const retail = FIXTURES.dataItems.retailUsers

describe('dry-run: everything is checked, nothing is started', () => {
  const context = useSimulator()

  it('resolves the plan, writes it to the log and the summary, sets the outputs and starts nothing', async () => {
    const result = await runAction({
      inputs: context.inputs({
        'dry-run': 'true',
        'timeline-name': checkout.title,
        'project-id': checkout.projectId,
        'data-item-name': retail.name,
        role: 'User',
        'user-count': '50'
      })
    })

    expect(annotationMessages(result, 'error')).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(context.sim.stats.runIntegrationRequests).toBe(0)
    expect(context.sim.stats.runsStarted).toBe(0)
    expect(context.sim.stats.byEndpoint).toMatchObject({ getTimeline: 1, getDataItem: 1 })
    // ti_001 holds 65 of the timeline's 105 VUM at a peak of 20 users, ti_002 40 VUM at 10.
    expect(result.outputs).toEqual({ 'estimated-vum': '362.5', result: 'passed' })
    expect(result.stdout).toContain(
      'track item ti_001 "Checkout Flow" in westeurope: 50 virtual users (user-count)'
    )
    expect(result.stdout).toContain(
      "Planned run time: 300 s; estimated usage: 362.5 VUM (the timeline's estimate of 105 VUM, scaled per track item by its virtual users against the timeline's peak: ti_001 20 → 50 users (×2.5), ti_002 10 → 50 users (×5))"
    )
    expect(result.stdout).toContain('Dry run: the plan is valid; nothing was started.')
    expect(result.summary).toMatch(/^## 🔎 Leapwork Performance dry run: the plan is valid/)
    expect(result.summary).toContain('- **Estimated usage:** 362.5 VUM')
    expect(result.summary).toContain('| `ti_002` | Browse Catalog | eastus | 50 virtual users')
  })

  it('leaves the post step nothing to stop', async () => {
    const { main, post } = await runMainThenPost({
      inputs: context.inputs({ 'dry-run': 'true', 'timeline-id': checkout.assetId })
    })

    expect([main.exitCode, post.exitCode]).toEqual([0, 0])
    expect(main.outputs['estimated-vum']).toBe('105')
    expect(context.sim.requests.map((r) => r.endpoint)).not.toContain('stopIntegration')
    expect(context.sim.stats.runsStarted).toBe(0)
  })

  it('fails an unknown timeline with the same did-you-mean as a real run, before anything starts', async () => {
    const result = await runAction({
      inputs: context.inputs({
        'dry-run': 'true',
        'timeline-name': 'Checkout Lod Test',
        'project-id': checkout.projectId
      })
    })

    expect(result.exitCode).toBe(1)
    expect(annotationMessages(result, 'error')).toEqual([
      expect.stringMatching(
        /^No timeline found with name "Checkout Lod Test".*Closest existing timelines: "Checkout Load Test"/
      )
    ])
    expect(result.outputs.result).toBe('error')
    expect(result.summary).toMatch(/^## ⚠️ Error — No timeline found with name/)
    expect(result.summary).not.toContain('Planned run time')
    expect(context.sim.stats.runIntegrationRequests).toBe(0)
  })

  it('fails a role no row of the data item has, as a real run would', async () => {
    const result = await runAction({
      inputs: context.inputs({
        'dry-run': 'true',
        'timeline-id': checkout.assetId,
        'data-item-id': retail.assetId,
        role: 'Guest'
      })
    })

    expect(result.exitCode).toBe(1)
    expect(annotationMessages(result, 'error')).toEqual([
      'Input "role": no row of data item "Retail Users" has role "Guest"; its roles are "Admin", "User".'
    ])
    expect(context.sim.stats.runIntegrationRequests).toBe(0)
  })

  it('fails a track-items data item that does not exist, as a real run would', async () => {
    const result = await runAction({
      inputs: context.inputs({
        'dry-run': 'true',
        'timeline-id': checkout.assetId,
        'track-items': JSON.stringify({
          ti_002: { dataItemAssetId: 'dataitem_retial', selectedRoles: ['User'], userCount: 5 }
        })
      })
    })

    expect(result.exitCode).toBe(1)
    expect(annotationMessages(result, 'error')).toEqual([
      expect.stringMatching(
        /^Input "track-items", track item "ti_002": No data item found with ID "dataitem_retial"\. Closest data items .*"Retail Users" \(ID dataitem_retail\)/
      )
    ])
    expect(context.sim.stats.runIntegrationRequests).toBe(0)
  })

  it('refuses a dry-run value that is not a boolean', async () => {
    const result = await runAction({
      inputs: context.inputs({ 'dry-run': 'perhaps', 'timeline-id': checkout.assetId })
    })

    expect(result.exitCode).toBe(1)
    expect(annotationMessages(result, 'error')).toEqual([
      'Input "dry-run" must be true or false: got "perhaps".'
    ])
    expect(context.sim.requests).toHaveLength(0)
  })
})

describe('max-vum: the most one run may cost', () => {
  const context = useSimulator()

  it('refuses before starting when the plan is estimated over it, and says how it was estimated', async () => {
    const result = await runAction({
      inputs: context.inputs({
        'timeline-id': checkout.assetId,
        'user-count': '50',
        'max-vum': '300'
      })
    })

    expect(result.exitCode).toBe(1)
    expect(annotationMessages(result, 'error')).toEqual([
      expect.stringMatching(
        /^Input "max-vum" allows 300 VUM, but this run is estimated at 362\.5 VUM \(the timeline's estimate of 105 VUM, scaled .*ti_001 20 → 50 users.*\)\. Nothing was started/
      )
    ])
    expect(result.outputs['estimated-vum']).toBe('362.5')
    expect(context.sim.stats.runIntegrationRequests).toBe(0)
  })

  it('estimates a timeline that gives no estimate from its load profile, and refuses it over the limit', async () => {
    context.sim.configure({ omitTimelineFields: ['estimatedVum'] })
    const result = await runAction({
      inputs: context.inputs({ 'timeline-id': checkout.assetId, 'max-vum': '100' })
    })

    expect(result.exitCode).toBe(1)
    // ti_001 ramps 5 → 20 → 0 users (65 user-minutes), ti_002 holds 10 users for 4 minutes (40).
    expect(annotationMessages(result, 'error')).toEqual([
      `Input "max-vum" allows 100 VUM, but this run is estimated at 105 VUM (the timeline's load profile (the timeline gives no estimate)). Nothing was started; lower the users or raise "max-vum".`
    ])
    expect(result.outputs['estimated-vum']).toBe('105')
    expect(context.sim.stats.runIntegrationRequests).toBe(0)
  })

  it('refuses to start when no estimate can be made at all, whatever the limit', async () => {
    context.sim.configure({ omitTimelineFields: ['estimatedVum', 'load'] })
    const result = await runAction({
      inputs: context.inputs({ 'timeline-id': checkout.assetId, 'max-vum': '10' })
    })

    expect(result.exitCode).toBe(1)
    expect(annotationMessages(result, 'error')).toEqual([
      'Input "max-vum" allows 10 VUM, but no estimate could be made for this run: the timeline gives no estimate and has no load profile. Nothing was started; set the users with "user-count" or "track-items" so they can be counted, or remove "max-vum".'
    ])
    expect(result.stdout).toContain(
      'estimated usage: unknown (the timeline gives no estimate and has no load profile)'
    )
    expect(result.outputs['estimated-vum']).toBeUndefined()
    expect(context.sim.stats.runIntegrationRequests).toBe(0)
  })

  it('fails a dry run over it, after writing the plan', async () => {
    const result = await runAction({
      inputs: context.inputs({
        'dry-run': 'true',
        'timeline-id': checkout.assetId,
        'max-vum': '100'
      })
    })

    expect(result.exitCode).toBe(1)
    expect(annotationMessages(result, 'error')).toEqual([
      expect.stringMatching(/^Input "max-vum" allows 100 VUM, but this run is estimated at 105 VUM/)
    ])
    expect(result.summary).toMatch(
      /^## ❌ Leapwork Performance dry run: the plan is over `max-vum`/
    )
    expect(result.outputs.result).not.toBe('passed')
    expect(context.sim.stats.runIntegrationRequests).toBe(0)
  })

  it("runs as usual within it, and sets estimated-vum to the server's estimate", async () => {
    context.sim.configure({ estimatedVum: 110 })
    const result = await runAction({
      inputs: context.inputs({ 'timeline-id': checkout.assetId, 'max-vum': '150' })
    })

    expect(annotationMessages(result, 'error')).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({
      'estimated-vum': '110',
      status: 'Finished',
      result: 'passed'
    })
  })

  it("keeps the plan's estimate, and says so, when the server's start answer gives none", async () => {
    context.sim.configure({ estimatedVum: 0 })
    const result = await runAction({
      inputs: context.inputs({
        'timeline-id': checkout.assetId,
        'data-item-id': retail.assetId,
        'user-count': '50',
        'max-vum': '400'
      })
    })

    expect(result.exitCode).toBe(0)
    expect(result.outputs['estimated-vum']).toBe('362.5')
    expect(result.stdout).toContain(
      'estimated usage 362.5 VUM by the plan (the server gave no estimate).'
    )
    const metrics = JSON.parse(await readFile(result.outputs['metrics-file'], 'utf8'))
    expect(metrics.estimatedVum).toBe(362.5)
  })

  it("stops the run at once when the server's estimate is over it, and fails with both figures", async () => {
    context.sim.configure({ estimatedVum: 5000, neverEnds: true })
    const { main, post } = await runMainThenPost({
      inputs: context.inputs({ 'timeline-id': checkout.assetId, 'max-vum': '400' })
    })

    expect(main.exitCode).toBe(1)
    const runId = main.outputs['run-id']
    expect(annotationMessages(main, 'error')).toEqual([
      `Leapwork Performance estimates run ${runId} at 5000 VUM, over "max-vum" 400 VUM (the plan estimated 105 VUM); the run was stopped at once.`
    ])
    expect(main.outputs).toMatchObject({
      'estimated-vum': '5000',
      status: 'Stopped',
      result: 'error'
    })
    const run = context.sim.getRun(runId)
    expect(run?.stopped).toBe(true)
    // No wait: the only poll is the one after the stop that reads the final status.
    expect(run?.polls).toBeLessThanOrEqual(1)
    expect(context.sim.stats.activeRuns).toBe(0)
    expect(post.exitCode).toBe(0)
    expect(context.sim.stats.stopRequests).toBe(1)
  })

  it('leaves an over-limit run to the post step when stopping it fails, and says so', async () => {
    context.sim.configure({
      estimatedVum: 5000,
      neverEnds: true,
      faults: { failNext: [{ endpoint: 'stopIntegration', times: 3, status: 403 }] }
    })
    const { main, post } = await runMainThenPost({
      inputs: context.inputs({ 'timeline-id': checkout.assetId, 'max-vum': '400' })
    })

    expect(main.exitCode).toBe(1)
    expect(annotationMessages(main, 'error')).toContainEqual(
      expect.stringMatching(
        /at 5000 VUM, over "max-vum" 400 VUM .*\. Stopping run run_sim_0001 failed \(the run still says Running\)/
      )
    )
    expect(main.outputs.result).toBe('error')
    expect(post.exitCode).toBe(0)
    expect(context.sim.stats.activeRuns).toBe(0)
  })
})
