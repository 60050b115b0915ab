import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdir, readFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import {
  ENDPOINTS,
  FIXTURES,
  startSimulator,
  type Faults,
  type Scenario,
  type Simulator,
  type SimulatorStats
} from '../../simulator/index.js'
import { runAction, type ActionResult } from '../support/action-runner.js'
import { annotationMessages, useSimulator } from './setup.js'

const checkout = FIXTURES.timelines.checkout
const MAY_HAVE_STARTED =
  /a run may have started on the server\. Look in the Leapwork Performance portal's run history for timeline 'timeline_checkout' and stop the run there/

/** The key must show up only in the `::add-mask::` command, which the runner itself consumes. */
async function expectKeyNowhere(result: ActionResult, key: string): Promise<void> {
  const places: string[] = []
  const stdout = result.stdout.split('\n').filter((line) => line !== `::add-mask::${key}`)
  if (stdout.join('\n').includes(key)) places.push('stdout')
  if (result.stderr.includes(key)) places.push('stderr')
  if (result.summary.includes(key)) places.push('summary')
  for (const [name, value] of Object.entries(result.outputs)) {
    if (value.includes(key)) places.push(`output ${name}`)
  }
  const dirs = [result.runnerTemp, result.workspace, result.outputs['report-dir']]
  for (const dir of dirs.filter((d): d is string => Boolean(d))) {
    for (const file of await filesUnder(dir)) {
      if ((await readFile(file, 'latin1')).includes(key)) places.push(`file ${file}`)
    }
  }
  expect(result.masked).toContain(key)
  expect(places).toEqual([])
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name)
      return entry.isDirectory() ? filesUnder(path) : Promise.resolve([path])
    })
  )
  return nested.flat()
}

/** Runs the action against a simulator of its own, stopped as soon as the action exits. */
async function runOnOwnSimulator(
  scenario: Partial<Scenario>,
  extra: Record<string, string> = {}
): Promise<{ result: ActionResult; sim: Simulator }> {
  const sim = await startSimulator({ scenario })
  try {
    const result = await runAction({
      inputs: {
        'api-key': sim.apiKey,
        'base-url': sim.url,
        'poll-interval': '0.1',
        'timeline-id': checkout.assetId,
        ...extra
      }
    })
    return { result, sim }
  } finally {
    await sim.stop()
  }
}

/**
 * Starts a case when the file starts and hands back its outcome when a test asks, so a case that
 * sits out a timeout or a backoff overlaps the quick tests instead of adding its wait to theirs.
 */
function startedEarly<T>(work: () => Promise<T>): () => Promise<T> {
  let outcome: Promise<T> | undefined
  beforeAll(() => {
    outcome = work()
    outcome.catch(() => undefined)
  })
  afterAll(async () => {
    await outcome?.catch(() => undefined)
  })
  return () => outcome as Promise<T>
}

async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

function expectOneStartAttempt(
  result: ActionResult,
  stats: SimulatorStats,
  reason: RegExp,
  runsLeftRunning: number
): void {
  expect(annotationMessages(result, 'error')).toHaveLength(1)
  const [failure] = annotationMessages(result, 'error')
  expect(failure).toMatch(/^Starting the run failed after the request was sent \(/)
  expect(failure).toMatch(reason)
  expect(failure).toMatch(MAY_HAVE_STARTED)
  expect(result.outputs.result).toBe('error')
  expect(result.summary).toContain(
    '**What to do:** Look for the run in the Leapwork Performance portal'
  )
  expect(stats).toMatchObject({
    runIntegrationRequests: 1,
    runsStarted: runsLeftRunning,
    activeRuns: runsLeftRunning,
    statusPolls: 0,
    stopRequests: 0
  })
}

describe('the bundled action under network and server faults', () => {
  const unanswered = startedEarly(() =>
    runOnOwnSimulator({
      faults: { slowNext: [{ endpoint: 'runIntegration', times: 1, delayMs: 35_000 }] }
    })
  )
  const unreachable = startedEarly(async () => {
    const port = await closedPort()
    return { port, ...(await runOnOwnSimulator({}, { 'base-url': `http://127.0.0.1:${port}` })) }
  })
  const context = useSimulator()
  const run = (extra: Record<string, string> = {}) =>
    runAction({ inputs: context.inputs({ 'timeline-id': checkout.assetId, ...extra }) })
  const withFaults = (faults: Faults) => context.sim.configure({ faults })

  it('finishes its one run when every second GET is a 502 HTML page from a proxy', async () => {
    withFaults({
      failEveryNth: { n: 2, endpoints: ENDPOINTS.filter((e) => e !== 'runIntegration') }
    })
    const result = await run()
    expect(annotationMessages(result, 'error')).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ result: 'passed', status: 'Finished' })
    expect(context.sim.requests.filter((r) => r.status === 502).length).toBeGreaterThanOrEqual(3)
    expect(result.stdout).toMatch(/getTimelines: HTTP 502; retrying in .* \(attempt 2 of 5\)/)
    expect(context.sim.stats).toMatchObject({
      runsStarted: 1,
      runIntegrationRequests: 1,
      stopRequests: 0,
      activeRuns: 0
    })
    await expectKeyNowhere(result, context.sim.apiKey)
  })

  it('waits as long as a 429 Retry-After asks, then goes on', async () => {
    withFaults({
      failNext: [{ endpoint: 'getTimelineAsset', times: 1, status: 429, retryAfterSeconds: 2 }]
    })
    const result = await run()
    expect(result.exitCode).toBe(0)
    expect(result.outputs.result).toBe('passed')
    expect(result.stdout).toContain('getTimelineAsset: HTTP 429; retrying in 2 s (attempt 2 of 5)')
    const [refused, retried] = context.sim.requests.filter((r) => r.endpoint === 'getTimelineAsset')
    expect(refused.status).toBe(429)
    expect(retried.time - refused.time).toBeGreaterThanOrEqual(1950)
    expect(context.sim.stats).toMatchObject({ runsStarted: 1, runIntegrationRequests: 1 })
    await expectKeyNowhere(result, context.sim.apiKey)
  })

  it('rides out failed polls for less than the outage it tolerates', async () => {
    withFaults({
      failNext: [{ endpoint: 'getTimelineStatus', times: 3, status: 502, body: 'html' }]
    })
    const result = await run()
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ result: 'passed', status: 'Finished' })
    expect(annotationMessages(result, 'warning').filter((m) => m.includes('in a row'))).toEqual([
      expect.stringMatching(
        /^Status poll failed \(1 in a row, for 0 ms of the 120 s tolerated\); polling again in 100 ms: .*HTTP 502/
      ),
      expect.stringMatching(/^Status poll failed \(2 in a row, /),
      expect.stringMatching(/^Status poll failed \(3 in a row, /)
    ])
    expect(context.sim.stats).toMatchObject({ runsStarted: 1, stopRequests: 0, activeRuns: 0 })
    await expectKeyNowhere(result, context.sim.apiKey)
  })

  it.each([
    {
      fault: 'a 502 HTML page on every poll',
      faults: {
        failNext: [{ endpoint: 'getTimelineStatus', times: 1000, status: 502, body: 'html' }]
      },
      lastError:
        /failed on getTimelineStatus with HTTP 502; the answer starts: <html><head><title>502 Bad Gateway/
    },
    {
      fault: 'truncated JSON on every poll',
      faults: { truncatedJson: ['getTimelineStatus'] },
      lastError:
        /malformed answer to getTimelineStatus \(HTTP 200\): the answer is not JSON; the answer starts: \{"status":/
    },
    {
      fault: 'a status answer without its status field',
      faults: { missingFields: ['getTimelineStatus'] },
      lastError:
        /malformed answer to getTimelineStatus \(HTTP 200\): status is missing; the answer starts: \{/
    }
  ] satisfies { fault: string; faults: Faults; lastError: RegExp }[])(
    'gives up after polls failed for longer than the outage it tolerates on $fault, stops the run and fails with the last error',
    async ({ faults, lastError }) => {
      withFaults(faults)
      const result = await runAction({
        inputs: context.inputs({ 'timeline-id': checkout.assetId }),
        env: { LEAPWORK_TEST_OUTAGE_TOLERANCE_S: '0.5' }
      })
      expect(result.exitCode).toBe(1)
      expect(annotationMessages(result, 'error')).toHaveLength(1)
      const [failure] = annotationMessages(result, 'error')
      expect(failure).toMatch(
        /^Polling the run's status failed for [\d.]+ s \(\d+ polls in a row; /
      )
      expect(failure).toMatch(lastError)
      expect(failure).toMatch(
        /\. (Run run_sim_0001 was asked to stop, but no status showed it ended|Stopping run run_sim_0001 failed) \(.*\); the post step will try again/
      )
      expect(failure).not.toMatch(/SyntaxError|Unexpected (token|end)|JSON\.parse/)
      expect(result.outputs.result).toBe('error')
      expect(context.sim.stats).toMatchObject({
        runsStarted: 1,
        runIntegrationRequests: 1,
        activeRuns: 0
      })
      // Refused because the run already ended unseen, the stop is sent again within its budget.
      expect(context.sim.stats.stopRequests).toBeGreaterThanOrEqual(1)
      expect(context.sim.stats.stopRequests).toBeLessThanOrEqual(3)
      await expectKeyNowhere(result, context.sim.apiKey)
      expect(result.outputs.status).toBe('Preparing')
    }
  )

  it.each([
    {
      fault: 'a 502 HTML page',
      faults: { failNext: [{ endpoint: 'runIntegration', times: 1, status: 502, body: 'html' }] },
      reason: /failed on runIntegration with HTTP 502; the answer starts: <html>/,
      runsLeftRunning: 0
    },
    {
      fault: 'a connection reset after the server created the run',
      faults: { resetNext: [{ endpoint: 'runIntegration', times: 1 }] },
      reason: /\/api\/integration\/runIntegration \(ECONNRESET\)/,
      runsLeftRunning: 1
    }
  ] satisfies { fault: string; faults: Faults; reason: RegExp; runsLeftRunning: number }[])(
    'sends runIntegration once on $fault, fails and says a run may have started',
    async ({ faults, reason, runsLeftRunning }) => {
      withFaults(faults)
      const result = await run()
      expect(result.exitCode).toBe(1)
      expectOneStartAttempt(result, context.sim.stats, reason, runsLeftRunning)
      await expectKeyNowhere(result, context.sim.apiKey)
    }
  )

  it('sends runIntegration once when it is not answered within the 30 s request timeout', async () => {
    const { result, sim } = await unanswered()
    expect(result.exitCode).toBe(1)
    expectOneStartAttempt(result, sim.stats, /did not answer runIntegration within 30 s/, 0)
    await expectKeyNowhere(result, sim.apiKey)
  })

  it('names the address it could not reach when nothing listens at base-url', async () => {
    const { port, result, sim } = await unreachable()
    expect(result.exitCode).toBe(1)
    expect(annotationMessages(result, 'error')).toEqual([
      `Could not reach Leapwork Performance at http://127.0.0.1:${port}/api/integration/getTimelineAsset (ECONNREFUSED) after 5 attempts; check base-url and that the runner can reach that address`
    ])
    expect(result.stdout).not.toMatch(/Started run|Timeline "/)
    await expectKeyNowhere(result, sim.apiKey)
  })

  it.each([
    {
      fault: 'truncated JSON',
      faults: { truncatedJson: ['getTimelineAsset'] },
      problem: 'the answer is not JSON'
    },
    {
      fault: 'an answer without its timeline field',
      faults: { missingFields: ['getTimelineAsset'] },
      problem: 'timeline is missing'
    }
  ] satisfies { fault: string; faults: Faults; problem: string }[])(
    'refuses a timeline sent as $fault with the status and the start of the body, before any run',
    async ({ faults, problem }) => {
      withFaults(faults)
      const result = await run()
      expect(result.exitCode).toBe(1)
      expect(annotationMessages(result, 'error')).toEqual([
        expect.stringMatching(
          new RegExp(
            `^Leapwork Performance sent a malformed answer to getTimelineAsset \\(HTTP 200\\): ${problem}; the answer starts: \\{"projectId":"project_001"`
          )
        )
      ])
      expect(context.sim.stats).toMatchObject({ runIntegrationRequests: 0, runsStarted: 0 })
      await expectKeyNowhere(result, context.sim.apiKey)
    }
  )

  it('polls and downloads on base-url when the server names an internal host in its URLs', async () => {
    context.sim.configure({ pollResultUrlBase: 'http://internal-host.invalid:8080' })
    const result = await run()
    expect(annotationMessages(result, 'error')).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ result: 'passed', status: 'Finished' })
    const { pollResultUrl } = result.state
    expect(pollResultUrl.slice(0, context.sim.url.length + 1)).toBe(`${context.sim.url}/`)
    expect(await readFile(result.outputs['excel-report'])).toHaveLength(
      context.sim.scenario.excelReportBytes
    )
    const sent = result.annotations
      .filter((a) => a.level === 'debug' && /^(GET|POST) /.test(a.message))
      .map((a) => a.message.split(' ')[1])
    expect(sent).toHaveLength(context.sim.requests.length)
    expect(sent.filter((url) => !url.startsWith(`${context.sim.url}/`))).toEqual([])
    expect(context.sim.stats.byEndpoint).toMatchObject({
      getTimelineStatus: 3,
      downloadRunReport: 1,
      downloadAiAnalysisReport: 1
    })
    await expectKeyNowhere(result, context.sim.apiKey)
  })

  it('redacts the key from an error page that echoes the request headers', async () => {
    withFaults({
      echoHeadersOnError: true,
      failNext: [{ endpoint: 'runIntegration', times: 1, status: 502, body: 'html' }]
    })
    const result = await run()
    expect(result.exitCode).toBe(1)
    expect(annotationMessages(result, 'error')).toEqual([
      expect.stringContaining('"authorization": "X-API-KEY ***"')
    ])
    expect(context.sim.stats.runIntegrationRequests).toBe(1)
    await expectKeyNowhere(result, context.sim.apiKey)
  })

  it('redacts the key from poll warnings quoting an echoing error page, and finishes', async () => {
    withFaults({
      echoHeadersOnError: true,
      failNext: [{ endpoint: 'getTimelineStatus', times: 2, status: 502, body: 'html' }]
    })
    const result = await run()
    expect(result.exitCode).toBe(0)
    const pollWarnings = annotationMessages(result, 'warning').filter((m) =>
      m.startsWith('Status poll failed')
    )
    expect(pollWarnings).toHaveLength(2)
    for (const warning of pollWarnings) expect(warning).toContain('X-API-KEY ***')
    await expectKeyNowhere(result, context.sim.apiKey)
  })

  it.each([
    {
      answer: '401 to a wrong key',
      setup: () => ({ 'api-key': 'rik_revoked_fedcba9876543210' }),
      failure:
        /rejected the API key \(HTTP 401 on getTimelineAsset\): it is missing, invalid, expired or revoked; create a new one in Leapwork Performance under Profile > Integration API Keys/,
      runIntegrationRequests: 0
    },
    {
      answer: '403 where integration is disabled',
      setup: () => {
        context.sim.configure({ integrationDisabled: true })
        return {}
      },
      failure: /refused getTimelineAsset \(HTTP 403\): integration is not enabled/,
      runIntegrationRequests: 0
    },
    {
      answer: '400 to the data item track-items names',
      setup: () => ({
        'track-items': JSON.stringify({
          ti_001: { dataItemAssetId: 'di_missing', selectedRoles: ['User'], userCount: 1 }
        })
      }),
      failure:
        /^Input "track-items", track item "ti_001": No data item found with ID "di_missing"\. Closest data items/,
      runIntegrationRequests: 0
    },
    {
      answer: '400 to the start request',
      setup: () => {
        withFaults({ failNext: [{ endpoint: 'runIntegration', times: 1, status: 400 }] })
        return {}
      },
      failure: /^Leapwork Performance refused runIntegration: Bad Request$/,
      runIntegrationRequests: 1
    },
    {
      answer: '400 to the timeline lookup, echoing the request headers',
      setup: () => {
        withFaults({
          echoHeadersOnError: true,
          failNext: [{ endpoint: 'getTimelineAsset', times: 1, status: 400 }]
        })
        return {}
      },
      failure: /Bad Request/,
      runIntegrationRequests: 0
    }
  ] satisfies {
    answer: string
    setup: () => Record<string, string>
    failure: RegExp
    runIntegrationRequests: number
  }[])(
    'fails on a $answer with the reason and what to do, starting nothing',
    async ({ setup, failure, runIntegrationRequests }) => {
      const inputs: Record<string, string> = setup()
      const result = await run(inputs)
      expect(result.exitCode).toBe(1)
      expect(context.sim.stats).toMatchObject({ runIntegrationRequests, runsStarted: 0 })
      await expectKeyNowhere(result, inputs['api-key'] ?? context.sim.apiKey)
      expect(annotationMessages(result, 'error')).toEqual([expect.stringMatching(failure)])
    }
  )
})
