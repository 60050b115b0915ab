import { describe, expect, it } from '@jest/globals'
import { FIXTURES } from '../../simulator/index.js'
import { runAction, runMainThenPost } from '../support/action-runner.js'
import { annotationMessages, useSimulator } from './setup.js'

const checkout = FIXTURES.timelines.checkout
const retail = FIXTURES.dataItems.retailUsers

describe('the run lifecycle, end to end', () => {
  const context = useSimulator()

  it('runs a timeline by ID to the end and reports its final status', async () => {
    const result = await runAction({
      inputs: context.inputs({
        'timeline-id': checkout.assetId,
        'data-item-id': retail.assetId,
        role: 'User',
        'user-count': '25'
      })
    })
    expect(annotationMessages(result, 'error')).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('Finished')
    expect(result.outputs['run-id']).toMatch(/\S+/)
    expect(context.sim.stats.runsStarted).toBe(1)
    const run = context.sim.getRun(result.outputs['run-id'])
    expect(run?.body).toEqual({
      timelineAssetId: checkout.assetId,
      dataItemAssetId: retail.assetId,
      role: 'User',
      userCount: 25
    })
    expect(result.stdout).toContain(`Timeline "${checkout.title}"`)
    expect(result.stdout).toContain('ti_001 "Checkout Flow" in westeurope')
    expect(result.stdout).toMatch(/Planned run time: \d+ s; estimated usage: [\d.]+ VUM/)
    expect(result.stdout).toMatch(/Running: .* planned/)
  })

  it('runs a timeline by name within its project, with a data item by name', async () => {
    const result = await runAction({
      inputs: context.inputs({
        'timeline-name': checkout.title,
        'project-id': checkout.projectId,
        'data-item-name': retail.name,
        'user-count': '5'
      })
    })
    expect(result.exitCode).toBe(0)
    expect(context.sim.getRun(result.outputs['run-id'])?.body).toEqual({
      timelineName: checkout.title,
      projectId: checkout.projectId,
      dataItemAssetId: retail.assetId,
      userCount: 5
    })
  })

  it('passes explicit track items through untouched', async () => {
    const trackItems = {
      ti_001: { dataItemAssetId: retail.assetId, selectedRoles: ['Admin'], userCount: 3 },
      ti_002: { dataItemAssetId: retail.assetId, selectedRoles: ['User'], userCount: 7 }
    }
    const result = await runAction({
      inputs: context.inputs({
        'timeline-id': checkout.assetId,
        'track-items': JSON.stringify(trackItems)
      })
    })
    expect(result.exitCode).toBe(0)
    expect(context.sim.getRun(result.outputs['run-id'])?.body).toEqual({
      timelineAssetId: checkout.assetId,
      trackItems
    })
  })

  it('refuses an unknown timeline before starting, suggesting the closest titles', async () => {
    const result = await runAction({
      inputs: context.inputs({
        'timeline-name': 'Checkout Lod Test',
        'project-id': checkout.projectId
      })
    })
    expect(result.exitCode).toBe(1)
    expect(annotationMessages(result, 'error')).toEqual([
      expect.stringMatching(
        /No timeline found with name "Checkout Lod Test".*Closest existing timelines: "Checkout Load Test"/
      )
    ])
    expect(context.sim.stats.runIntegrationRequests).toBe(0)
  })

  it('refuses a timeline whose runs are disabled, a role no row has and an unknown track item', async () => {
    const disabled = await runAction({
      inputs: context.inputs({ 'timeline-id': FIXTURES.timelines.disabled.assetId })
    })
    expect(annotationMessages(disabled, 'error')[0]).toMatch(/cannot be run: .*isRunEnabled: false/)
    const badRole = await runAction({
      inputs: context.inputs({
        'timeline-id': checkout.assetId,
        'data-item-id': retail.assetId,
        role: 'Guest'
      })
    })
    expect(annotationMessages(badRole, 'error')[0]).toBe(
      'Input "role": no row of data item "Retail Users" has role "Guest"; its roles are "Admin", "User".'
    )
    const badTrackItem = await runAction({
      inputs: context.inputs({
        'timeline-id': checkout.assetId,
        'track-items':
          '{"ti_999": {"dataItemAssetId": "x", "selectedRoles": ["User"], "userCount": 1}}'
      })
    })
    expect(annotationMessages(badTrackItem, 'error')[0]).toMatch(
      /"ti_999", not a track item of timeline "Checkout Load Test"/
    )
    expect(context.sim.stats.runIntegrationRequests).toBe(0)
  })

  it('fails the step when the run fails or is stopped on the server', async () => {
    context.sim.configure({ finalStatus: 'Failed' })
    const failed = await runAction({ inputs: context.inputs({ 'timeline-id': checkout.assetId }) })
    expect(failed.exitCode).toBe(1)
    expect(failed.outputs.status).toBe('Failed')
    expect(failed.outputs.result).toBe('error')
    context.sim.configure({ finalStatus: 'Stopped' })
    const stopped = await runAction({ inputs: context.inputs({ 'timeline-id': checkout.assetId }) })
    expect(stopped.exitCode).toBe(1)
    expect(stopped.outputs.status).toBe('Stopped')
  })

  it('warns once about a status it does not know and keeps waiting', async () => {
    context.sim.configure({ statusSequence: ['Authenticating', 'Queued', 'Queued', 'Running'] })
    const result = await runAction({ inputs: context.inputs({ 'timeline-id': checkout.assetId }) })
    expect(result.exitCode).toBe(0)
    const warnings = result.annotations.filter(
      (a) => a.level === 'warning' && a.message.includes('Queued')
    )
    expect(warnings).toHaveLength(1)
    expect(result.outputs.status).toBe('Finished')
  })

  it('stops the run when the timeout passes, and says so', async () => {
    context.sim.configure({ neverEnds: true, timelinePlannedRunTime: 1 })
    const result = await runAction({
      inputs: context.inputs({ 'timeline-id': checkout.assetId, timeout: '1' })
    })
    expect(result.exitCode).toBe(1)
    expect(annotationMessages(result, 'error').join('\n')).toMatch(
      /did not end within the timeout of 1 s .*was stopped/
    )
    expect(context.sim.stats.stopRequests).toBe(1)
    expect(context.sim.stats.activeRuns).toBe(0)
    expect(result.outputs.status).toBe('Stopped')
    expect(result.outputs.result).toBe('error')
  })

  it('stops the run when the runner cancels the step (SIGINT), well inside the grace period', async () => {
    context.sim.configure({ neverEnds: true })
    const result = await runAction({
      inputs: context.inputs({ 'timeline-id': checkout.assetId }),
      signal: { name: 'SIGINT', when: (stdout) => stdout.includes('Running:') },
      runnerCancellation: true
    })
    expect(result.exitCode).toBe(1)
    expect(result.signalsSent.map((s) => s.name)).toEqual(['SIGINT'])
    expect(annotationMessages(result, 'error').join('\n')).toMatch(
      /cancelled \(SIGINT\); run \S+ was stopped/
    )
    expect(result.outputs.result).toBe('error')
    expect(context.sim.stats.stopRequests).toBe(1)
    expect(context.sim.stats.activeRuns).toBe(0)
  })

  it('stops from the post step a run that main did not see end', async () => {
    context.sim.configure({ neverEnds: true })
    const { main, post } = await runMainThenPost({
      inputs: context.inputs({ 'timeline-id': checkout.assetId }),
      signal: { name: 'SIGKILL', when: (stdout) => stdout.includes('Running:') }
    })
    expect(main.signal).toBe('SIGKILL')
    expect(context.sim.stats.activeRuns).toBe(0)
    expect(post.exitCode).toBe(0)
    expect(post.annotations.map((a) => a.message).join('\n')).toMatch(
      /main step ended before run \S+ did: stopping it/
    )
    expect(context.sim.stats.stopRequests).toBe(1)
  })

  it('leaves the post step idle after a run that ended', async () => {
    const { main, post } = await runMainThenPost({
      inputs: context.inputs({ 'timeline-id': checkout.assetId })
    })
    expect(main.exitCode).toBe(0)
    expect(post.exitCode).toBe(0)
    expect(post.stdout).not.toContain('stopping')
    expect(context.sim.stats.stopRequests).toBe(0)
  })

  it('starts nothing from a post step that main left no state for (main killed at once)', async () => {
    const post = await runAction({
      phase: 'post',
      inputs: context.inputs({ 'timeline-id': checkout.assetId })
    })

    expect(post.exitCode).toBe(0)
    expect(context.sim.requests).toEqual([])
    expect(context.sim.stats.runsStarted).toBe(0)
  })

  it('with wait: false starts the run, sets the outputs and exits; nothing stops it, post included', async () => {
    context.sim.configure({ neverEnds: true })
    const { main, post } = await runMainThenPost({
      inputs: context.inputs({ 'timeline-id': checkout.assetId, wait: 'false' })
    })
    expect(main.exitCode).toBe(0)
    expect(main.outputs['run-id']).toMatch(/\S+/)
    expect(main.outputs.status).toBe('Preparing')
    expect(post.exitCode).toBe(0)
    expect(context.sim.stats.statusPolls).toBe(0)
    expect(context.sim.stats.stopRequests).toBe(0)
    expect(context.sim.stats.activeRuns).toBe(1)
  })

  it('masks the API key and never prints it', async () => {
    const result = await runAction({ inputs: context.inputs({ 'timeline-id': checkout.assetId }) })
    expect(result.masked).toContain(context.sim.apiKey)
    expect(result.stdout.replace(`::add-mask::${context.sim.apiKey}`, '')).not.toContain(
      context.sim.apiKey
    )
    expect(result.summary).not.toContain(context.sim.apiKey)
  })

  it('masks the API key before it writes any other line, even when the inputs are refused', async () => {
    const refused = await runAction({
      inputs: context.inputs({ 'timeline-id': checkout.assetId, 'user-count': 'many' })
    })
    for (const result of [
      refused,
      await runAction({ inputs: context.inputs({ 'timeline-id': checkout.assetId }) })
    ]) {
      expect(result.stdout.split('\n')[0]).toBe(`::add-mask::${context.sim.apiKey}`)
    }
    expect(refused.exitCode).toBe(1)
  })
})
