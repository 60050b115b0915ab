import { afterEach, describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { FIXTURES, type Scenario } from '../../simulator/index.js'
import type { StepMetric } from '../../src/leapwork/types.js'
import { runAction, type ActionResult } from '../support/action-runner.js'
import { startTlsFront, type TlsFront } from '../support/tls-front.js'
import { annotationMessages, useSimulator } from './setup.js'

const checkout = FIXTURES.timelines.checkout
const PRODUCTS = 'GET /api/products'

/** Everything the action showed a person: annotations, the summary and the log, masks aside. */
function shown(result: ActionResult): string {
  const log = result.stdout.replace(/^::add-mask::.*$/gm, '')
  return [log, result.summary, ...result.annotations.map((a) => a.message)].join('\n')
}

interface Totals {
  totals: Record<string, unknown>
  trackItems: { steps: { title: string; p95: number }[] }[]
}

describe('a hostile Leapwork Performance server, against the bundled action', () => {
  const context = useSimulator({}, { artifacts: true })

  function run(scenario: Partial<Scenario>, inputs: Record<string, string> = {}, env = {}) {
    context.sim.configure(scenario)
    return runAction({
      inputs: context.inputs({ 'timeline-id': checkout.assetId, ...inputs }),
      env: { ...context.artifacts.env, ...env },
      timeoutMs: 30_000
    })
  }

  it('ends, with the report, when a redirect answers a body that never ends', async () => {
    const result = await run({ faults: { redirectReports: { endlessBody: true } } })

    expect(result.exitCode).toBe(0)
    expect(result.durationMs).toBeLessThan(15_000)
    expect(result.outputs['excel-report']).toBeDefined()
    expect((await readFile(result.outputs['excel-report'])).length).toBe(20 * 1024)
  }, 40_000)

  it('shows no part of the API key when a refusal quotes it where the snippet ends', async () => {
    const key = context.sim.apiKey
    const result = await run({
      faults: {
        failNext: [{ endpoint: 'runIntegration', times: 1, status: 409, body: 'echo-key' }]
      }
    })

    expect(result.exitCode).toBe(1)
    expect(result.outputs.result).toBe('error')
    const refusal = annotationMessages(result, 'error').join('\n')
    expect(refusal).toContain('refused runIntegration (HTTP 409)')
    for (let length = 6; length <= key.length; length++) {
      expect(shown(result)).not.toContain(key.slice(0, length))
    }
  })

  describe('server numbers', () => {
    it('leaves a planned run time of 1e308 s aside and waits by the plan', async () => {
      const result = await run({ plannedRunTime: 1e308, estimatedVum: 50 })

      expect(result.exitCode).toBe(0)
      expect(result.stdout).toMatch(/Waiting up to \d+ s,/)
      expect(annotationMessages(result, 'warning')).toContainEqual(
        "The run's plannedRunTime was left aside: 1e+308 is out of range (at most 9007199254740991)."
      )
    })

    it('keeps the totals finite when a step claims 1e308 requests', async () => {
      const huge = { requestsSent: 1e308 } as Partial<StepMetric>
      const result = await run({ stepOverrides: { [PRODUCTS]: huge } })

      expect(result.exitCode).toBe(0)
      expect(result.outputs.requests).toMatch(/^\d+$/)
      expect(result.outputs['error-rate']).toMatch(/^\d+(\.\d+)?$/)
      const metrics = JSON.parse(await readFile(result.outputs['metrics-file'], 'utf8')) as Totals
      for (const field of ['requests', 'errors', 'errorRate', 'worstP95']) {
        expect(Number.isFinite(metrics.totals[field])).toBe(true)
      }
      expect(annotationMessages(result, 'warning')).toContainEqual(
        expect.stringMatching(/requestsSent is out of range/)
      )
    })

    it('does not read "0x10" as a p95 of 16 ms', async () => {
      const hex = { p95: '0x10' } as unknown as Partial<StepMetric>
      const result = await run({ stepOverrides: { [PRODUCTS]: hex } })

      expect(result.exitCode).toBe(0)
      const metrics = JSON.parse(await readFile(result.outputs['metrics-file'], 'utf8')) as Totals
      const steps = metrics.trackItems.flatMap((item) => item.steps)
      expect(steps.map((step) => step.title)).not.toContain(PRODUCTS)
      expect(annotationMessages(result, 'warning')).toContainEqual(
        expect.stringContaining('p95 is not a number: "0x10"')
      )
    })
  })

  describe('an https base-url', () => {
    let front: TlsFront | undefined
    afterEach(async () => {
      await front?.stop()
      front = undefined
    })

    it('does not follow a report redirect to plain http on this machine', async () => {
      front = await startTlsFront(context.sim.url)
      const result = await run(
        { faults: { redirectReports: { origin: context.sim.url } } },
        { 'base-url': front.url, 'poll-interval': '1' },
        front.env
      )

      expect(result.outputs.status).toBe('Finished')
      expect(result.outputs['excel-report']).toBeUndefined()
      expect(annotationMessages(result, 'warning')).toContainEqual(
        expect.stringMatching(
          /^The Excel run report could not be downloaded: .*redirected downloadRunReport \(HTTP 302\) to http:\/\/127\.0\.0\.1:\d+\/storage\/[0-9a-f]+, which is not followed/
        )
      )
      const storage = context.sim.requests.filter((request) => request.path.startsWith('/storage/'))
      expect(storage).toEqual([])
    }, 40_000)
  })
})

describe('a base-url that is not the API, before any run starts', () => {
  const context = useSimulator()

  it('refuses a base-url that holds the API path, naming the origin to use', async () => {
    const result = await runAction({
      inputs: context.inputs({
        'timeline-id': checkout.assetId,
        'base-url': `${context.sim.url}/api/integration`
      })
    })

    expect(result.exitCode).toBe(1)
    expect(annotationMessages(result, 'error').join('\n')).toContain(
      `Input "base-url" must not hold the API's own path "/api/integration": use base-url: ${context.sim.url}`
    )
    expect(context.sim.requests).toEqual([])
  })

  it('blames the URL, not the timeline, when the lookup and the listing both answer 404', async () => {
    const result = await runAction({
      inputs: context.inputs({
        'timeline-id': checkout.assetId,
        'base-url': `${context.sim.url}/perf`
      })
    })

    expect(result.exitCode).toBe(1)
    const error = annotationMessages(result, 'error').join('\n')
    expect(error).toContain(`base-url ${context.sim.url}/perf`)
    expect(error).toContain('not the address of the Leapwork Performance API')
    expect(error).not.toContain('has no timelines')
    expect(result.summary).not.toContain('closest names are listed above')
    expect(context.sim.stats.runsStarted).toBe(0)
  })

  it.each([
    ['poll-interval', '2147484', 'at least 0.1 s and at most 3600 s (an hour)'],
    ['timeout', '99999999', 'a positive number of seconds, at most 432000 s (5 days']
  ])('refuses %s: %s, saying the bound, before any run', async (input, value, bound) => {
    const result = await runAction({
      inputs: context.inputs({ 'timeline-id': checkout.assetId, [input]: value })
    })

    expect(result.exitCode).toBe(1)
    expect(annotationMessages(result, 'error').join('\n')).toContain(
      `Input "${input}" must be ${bound}`
    )
    expect(context.sim.stats.runsStarted).toBe(0)
    expect(context.sim.stats.statusPolls).toBe(0)
  })
})
