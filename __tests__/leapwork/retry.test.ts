import { describe, expect, it } from '@jest/globals'
import type { ServerResponse } from 'node:http'
import { RunMayHaveStartedError } from '../../src/leapwork/errors.js'
import type { Failure } from '../../src/leapwork/failure.js'
import { isRetryable, retryDelay } from '../../src/leapwork/retry.js'
import {
  asLeapworkError,
  clientFor,
  closedPort,
  failureOf,
  never,
  ok,
  reset,
  sendJson,
  status,
  useServers
} from './fake-server.js'

const { serve, serveInTurn, started: servers } = useServers()

const runBody = { timelineAssetId: 'timeline_123', userCount: 5 }
const started = (origin: string): Record<string, unknown> => ({
  runId: 'run_x7k2m',
  status: 'Preparing',
  pollResultUrl: `${origin}/api/integration/getTimelineStatus?runId=run_x7k2m&trackItemIds=ti_001`
})

describe('GET retries', () => {
  it.each([408, 429, 500, 502, 503, 504])(
    'retries after HTTP %i and returns the answer',
    async (code) => {
      const fake = await serveInTurn(status(code, 'busy'), ok)
      const { client, sleeps } = clientFor(fake.origin)

      await expect(client.getTimelines()).resolves.toEqual([])
      expect(fake.received).toHaveLength(2)
      expect(sleeps).toHaveLength(1)
    }
  )

  it.each([
    [400, 'bad-request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found']
  ])('does not retry HTTP %i', async (code, kind) => {
    const fake = await serveInTurn(status(code, '"no"'), ok)
    const { client, sleeps } = clientFor(fake.origin)

    const error = asLeapworkError(await failureOf(client.getTimelines()))

    expect(error).toMatchObject({ kind, status: code, endpoint: 'getTimelines' })
    expect(fake.received).toHaveLength(1)
    expect(sleeps).toEqual([])
  })

  it('waits as long as Retry-After says in seconds', async () => {
    const fake = await serveInTurn(status(503, '', { 'retry-after': '7' }), ok)
    const { client, sleeps } = clientFor(fake.origin)

    await client.getTimelines()

    expect(sleeps).toEqual([7000])
  })

  it('waits until a Retry-After HTTP date', async () => {
    const retryAt = new Date(Date.now() + 20_000).toUTCString()
    const fake = await serveInTurn(status(429, '', { 'retry-after': retryAt }), ok)
    const { client, sleeps } = clientFor(fake.origin)

    await client.getTimelines()

    expect(sleeps[0]).toBeGreaterThan(17_000)
    expect(sleeps[0]).toBeLessThanOrEqual(20_000)
  })

  it('caps a long Retry-After at the maximum delay', async () => {
    const fake = await serveInTurn(status(503, '', { 'retry-after': '3600' }), ok)
    const { client, sleeps } = clientFor(fake.origin, { retry: { maxDelayMs: 30_000 } })

    await client.getTimelines()

    expect(sleeps).toEqual([30_000])
  })

  it('backs off exponentially with jitter, within the cap', async () => {
    const fake = await serveInTurn(status(500), status(500), status(500), status(500), ok)
    const { client, sleeps } = clientFor(fake.origin, {
      retry: { attempts: 5, baseDelayMs: 1000, maxDelayMs: 3000 }
    })

    await client.getTimelines()

    expect(sleeps).toHaveLength(4)
    const ceilings = [1000, 2000, 3000, 3000]
    sleeps.forEach((delay, index) => {
      expect(delay).toBeGreaterThanOrEqual(0)
      expect(delay).toBeLessThanOrEqual(ceilings[index])
    })
  })

  it('gives up after the last attempt with the last error', async () => {
    const fake = await serveInTurn(status(500, 'first'), status(503, 'last'))
    const { client, sleeps } = clientFor(fake.origin, { retry: { attempts: 3 } })

    const error = asLeapworkError(await failureOf(client.getTimelines()))

    expect(fake.received).toHaveLength(3)
    expect(sleeps).toHaveLength(2)
    expect(error).toMatchObject({ kind: 'server', status: 503 })
    expect(error.message).toBe(
      'Leapwork Performance failed on getTimelines with HTTP 503 after 3 attempts; the answer starts: last'
    )
  })

  it('retries a connection reset', async () => {
    const fake = await serveInTurn(reset, ok)
    const { client } = clientFor(fake.origin)

    await expect(client.getTimelines()).resolves.toEqual([])
    expect(fake.received).toHaveLength(2)
  })

  it('names the address and the network error when nothing answers', async () => {
    const port = await closedPort()
    const { client, sleeps } = clientFor(`http://127.0.0.1:${port}`, { retry: { attempts: 2 } })

    const error = asLeapworkError(await failureOf(client.getTimelines()))

    expect(error).toMatchObject({ kind: 'unreachable', code: 'ECONNREFUSED' })
    expect(error.message).toContain(
      `Could not reach Leapwork Performance at http://127.0.0.1:${port}/api/integration/getTimelines (ECONNREFUSED) after 2 attempts`
    )
    expect(sleeps).toHaveLength(1)
  })

  it('polls once when asked not to retry', async () => {
    const fake = await serveInTurn(status(503), ok)
    const { client } = clientFor(fake.origin)

    const error = asLeapworkError(
      await failureOf(
        client.getTimelineStatus(`${fake.origin}/api/integration/getTimelineStatus?runId=r`, {
          retry: false
        })
      )
    )

    expect(error.status).toBe(503)
    expect(fake.received).toHaveLength(1)
  })
})

describe('runIntegration is sent at most once', () => {
  it.each([
    ['HTTP 502', status(502, '<html>Bad Gateway</html>')],
    ['a connection reset', reset],
    ['no answer before the timeout', never],
    [
      'an answer without pollResultUrl',
      (response: ServerResponse) =>
        sendJson(response, 200, { runId: 'run_x7k2m', status: 'Preparing' })
    ]
  ])('is not repeated after %s, and says a run may have started', async (_, answer) => {
    const fake = await serveInTurn(answer, (response) => sendJson(response, 200, started('x')))
    const { client, sleeps } = clientFor(fake.origin, { requestTimeoutMs: 300 })

    const error = await failureOf(client.runIntegration(runBody))

    expect(fake.received).toHaveLength(1)
    expect(sleeps).toEqual([])
    expect(error).toBeInstanceOf(RunMayHaveStartedError)
    expect(error).toMatchObject({ kind: 'run-may-have-started', endpoint: 'runIntegration' })
    expect(error.message).toContain('a run may have started on the server')
    expect(error.message).toContain("run history for timeline 'timeline_123'")
    expect(error.message).toContain('stop the run there')
  })

  it('passes on a 400 refusal, which started nothing', async () => {
    const fake = await serveInTurn((response) =>
      sendJson(response, 400, 'Either timelineAssetId or timelineName must be provided')
    )
    const { client } = clientFor(fake.origin)

    const error = asLeapworkError(await failureOf(client.runIntegration({})))

    expect(error).not.toBeInstanceOf(RunMayHaveStartedError)
    expect(error.kind).toBe('bad-request')
    expect(error.message).toBe(
      'Leapwork Performance refused runIntegration: Either timelineAssetId or timelineName must be provided'
    )
  })

  it('retries a refused connection, which sent nothing', async () => {
    const port = await closedPort()
    const sleeps: number[] = []
    const { client } = clientFor(`http://127.0.0.1:${port}`, {
      sleep: async (ms) => {
        sleeps.push(ms)
        if (servers.length === 0) {
          await serve(
            (_, response) => sendJson(response, 200, started(`http://127.0.0.1:${port}`)),
            port
          )
        }
      }
    })

    const run = await client.runIntegration(runBody)

    expect(run.runId).toBe('run_x7k2m')
    expect(sleeps).toHaveLength(1)
    expect(servers[0].received).toHaveLength(1)
  })
})

describe('the retry rule on its own', () => {
  const policy = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000 }
  const busy = (headers: Record<string, string> = {}): Failure => ({
    type: 'status',
    status: 503,
    headers,
    body: ''
  })

  it.each<[string, Failure, boolean]>([
    ['HTTP 503', busy(), true],
    ['HTTP 400', { type: 'status', status: 400, headers: {}, body: '' }, false],
    ['a deadline', { type: 'timeout' }, true],
    ['a reset', { type: 'network', code: 'ECONNRESET' }, true],
    ['an unknown network error', { type: 'network', code: 'EPROTO' }, false],
    [
      'an answer too large',
      { type: 'too-large', status: 200, bytes: 9, announced: true, limit: 1 },
      false
    ]
  ])('retries a GET after %s: %s', (_, failure, expected) => {
    expect(isRetryable(failure, 'GET')).toBe(expected)
  })

  it('retries a POST only when the connection was refused before anything was sent', () => {
    expect(isRetryable({ type: 'network', code: 'ECONNREFUSED' }, 'POST')).toBe(true)
    expect(isRetryable({ type: 'network', code: 'ECONNRESET' }, 'POST')).toBe(false)
    expect(isRetryable(busy(), 'POST')).toBe(false)
  })

  it('waits what Retry-After asks, within the cap, else a jittered backoff', () => {
    expect(retryDelay(policy, 1, busy({ 'retry-after': '4' }))).toBe(4000)
    expect(retryDelay(policy, 1, busy({ 'retry-after': '3600' }))).toBe(30_000)
    expect(retryDelay(policy, 3, busy())).toBeLessThanOrEqual(4000)
  })
})
