import { afterEach, describe, expect, it } from '@jest/globals'
import type { ServerResponse } from 'node:http'
import { LeapworkError, RunMayHaveStartedError } from '../../src/leapwork/errors.js'
import {
  API_KEY,
  clientFor,
  closedPort,
  failureOf,
  sendJson,
  sendText,
  startServer
} from './fake-server.js'
import type { FakeServer, Handler, ReceivedRequest } from './fake-server.js'

const servers: FakeServer[] = []

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

async function serve(handler: Handler, port = 0): Promise<FakeServer> {
  const server = await startServer(handler, port)
  servers.push(server)
  return server
}

/** Answers the n-th request with the n-th answer, and the last answer from then on. */
async function serveInTurn(
  ...answers: ((response: ServerResponse, request: ReceivedRequest) => void)[]
): Promise<FakeServer> {
  let turn = 0
  return serve((request, response) => {
    const answer = answers[Math.min(turn, answers.length - 1)]
    turn += 1
    answer(response, request)
  })
}

const ok = (response: ServerResponse): void => sendJson(response, 200, [])
const status =
  (code: number, body = '', headers: Record<string, string> = {}) =>
  (response: ServerResponse): void =>
    sendText(response, code, body, headers)
const reset = (response: ServerResponse): void => {
  response.socket?.destroy()
}
const never = (): void => undefined

const runBody = { timelineAssetId: 'timeline_123', userCount: 5 }
const started = (origin: string): Record<string, unknown> => ({
  runId: 'run_x7k2m',
  status: 'Preparing',
  pollResultUrl: `${origin}/api/integration/getTimelineStatus?runId=run_x7k2m&trackItemIds=ti_001`
})

function asLeapworkError(error: Error): LeapworkError {
  expect(error).toBeInstanceOf(LeapworkError)
  return error as LeapworkError
}

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

describe('deadlines', () => {
  it('fails an attempt whose answer does not start in time', async () => {
    const fake = await serve(never)
    const { client, sleeps } = clientFor(fake.origin, {
      requestTimeoutMs: 200,
      retry: { attempts: 2 }
    })
    const startedAt = Date.now()

    const error = asLeapworkError(await failureOf(client.getTimelines()))

    expect(Date.now() - startedAt).toBeLessThan(1500)
    expect(error.kind).toBe('timeout')
    expect(error.message).toBe(
      'Leapwork Performance did not answer getTimelines within 200 ms after 2 attempts'
    )
    expect(fake.received).toHaveLength(2)
    expect(sleeps).toHaveLength(1)
  })

  it('fails an attempt whose answer stalls half way', async () => {
    const fake = await serve((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' })
      response.write('[{"timelineId": "timel')
    })
    const { client } = clientFor(fake.origin, { requestTimeoutMs: 200, retry: { attempts: 1 } })

    const error = asLeapworkError(await failureOf(client.getTimelines()))

    expect(error).toMatchObject({ kind: 'timeout', status: 200 })
    expect(error.message).toBe(
      'Leapwork Performance did not finish its answer to getTimelines (HTTP 200) within 200 ms'
    )
  })

  it('fails an answer that trickles in slower than the deadline', async () => {
    const fake = await serve((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.write('[')
      const timer = setInterval(() => response.write(' '), 50)
      response.on('close', () => clearInterval(timer))
    })
    const { client } = clientFor(fake.origin, { requestTimeoutMs: 300, retry: { attempts: 1 } })

    const error = asLeapworkError(await failureOf(client.getTimelines()))

    expect(error.kind).toBe('timeout')
  })
})

describe('size caps', () => {
  it.each([
    ['announces', true],
    ['does not announce', false]
  ])(
    'fails an answer past the cap that %s its size, naming the endpoint and the size, without retrying',
    async (_, announce) => {
      const size = 3 * 1024 * 1024
      const fake = await serve((_, response) => {
        response.writeHead(200, {
          'content-type': 'application/json',
          ...(announce ? { 'content-length': String(size) } : {})
        })
        response.end(`{"status":"Running","pad":"${'x'.repeat(size - 30)}"}`)
      })
      const { client } = clientFor(fake.origin, { limits: { answerBytes: 1024 * 1024 } })

      const error = asLeapworkError(
        await failureOf(
          client.getTimelineStatus(`${fake.origin}/api/integration/getTimelineStatus?runId=r1`)
        )
      )

      expect(error.kind).toBe('too-large')
      expect(error.message).toBe(
        `Leapwork Performance sent ${announce ? 'an answer of 3 MiB' : 'more than 1 MiB'} to getTimelineStatus (HTTP 200); answers larger than 1 MiB are not read`
      )
      expect(fake.received).toHaveLength(1)
    }
  )

  it('keeps refusing redirects of API calls other than downloads', async () => {
    const fake = await serve((_, response) => {
      response.writeHead(302, { location: '/api/integration/getTimelines?moved=1' })
      response.end()
    })
    const { client } = clientFor(fake.origin)

    const error = asLeapworkError(await failureOf(client.getTimelines()))

    expect(error.message).toMatch(
      /answered getTimelines with a redirect \(HTTP 302\).*which is not followed/
    )
    expect(fake.received).toHaveLength(1)
  })
})

describe('error messages', () => {
  it('quotes an HTML error page briefly, with whitespace collapsed', async () => {
    const page = `<html>\n  <head><title>502 Bad Gateway</title></head>\n  <body>${'x'.repeat(5000)}</body>\n</html>`
    const fake = await serveInTurn(status(502, page, { 'content-type': 'text/html' }))
    const { client } = clientFor(fake.origin, { retry: { attempts: 2 } })

    const error = asLeapworkError(await failureOf(client.getTimelines()))

    expect(error.message).toContain('getTimelines with HTTP 502 after 2 attempts')
    expect(error.message).toContain(
      'the answer starts: <html> <head><title>502 Bad Gateway</title>'
    )
    expect(error.message.length).toBeLessThan(400)
  })

  it('reports a truncated JSON answer as malformed, not as a parser error', async () => {
    const fake = await serveInTurn((response) =>
      sendText(response, 200, '{"status": "Runn', { 'content-type': 'application/json' })
    )
    const { client } = clientFor(fake.origin)

    const error = asLeapworkError(
      await failureOf(client.getTimelineStatus(`${fake.origin}/api/integration/getTimelineStatus`))
    )

    expect(error).toMatchObject({ kind: 'malformed', status: 200, endpoint: 'getTimelineStatus' })
    expect(error.message).toBe(
      'Leapwork Performance sent a malformed answer to getTimelineStatus (HTTP 200): the answer is ' +
        'not JSON; the answer starts: {"status": "Runn'
    )
  })

  it('names a missing required field', async () => {
    const fake = await serveInTurn((response) => sendJson(response, 200, { state: 'Running' }))
    const { client } = clientFor(fake.origin)

    const error = asLeapworkError(
      await failureOf(client.getTimelineStatus(`${fake.origin}/api/integration/getTimelineStatus`))
    )

    expect(error.kind).toBe('malformed')
    expect(error.message).toContain('status is missing')
  })

  it('tells how to replace a rejected key', async () => {
    const fake = await serveInTurn(status(401))
    const { client } = clientFor(fake.origin)

    const error = asLeapworkError(await failureOf(client.getTimelines()))

    expect(error.message).toContain('missing, invalid, expired or revoked')
    expect(error.message).toContain('Profile > Integration API Keys')
  })

  it('tells that integration is not enabled on 403', async () => {
    const fake = await serveInTurn(status(403))
    const { client } = clientFor(fake.origin)

    const error = asLeapworkError(await failureOf(client.getTimelines()))

    expect(error.message).toContain(
      'integration is not enabled in this Leapwork Performance environment'
    )
  })

  it("passes on the server's words from a 400", async () => {
    const fake = await serveInTurn((response) =>
      sendJson(response, 400, "No timeline found with name 'X'")
    )
    const { client } = clientFor(fake.origin)

    const error = asLeapworkError(await failureOf(client.getTimeline('X', 'p1')))

    expect(error.message).toBe(
      "Leapwork Performance refused getTimeline: No timeline found with name 'X'"
    )
  })

  it('lists the fields of a validation problem', async () => {
    const fake = await serveInTurn((response) =>
      sendJson(response, 400, {
        title: 'One or more validation errors occurred.',
        errors: { projectId: ['The projectId field is required.'] }
      })
    )
    const { client } = clientFor(fake.origin)

    const error = asLeapworkError(await failureOf(client.getTimeline('X', '')))

    expect(error.message).toBe(
      'Leapwork Performance refused getTimeline: One or more validation errors occurred.: ' +
        'projectId: The projectId field is required.'
    )
  })

  it('points at base-url when the endpoint does not exist', async () => {
    const fake = await serveInTurn(
      status(404, '<html>Not Found</html>', { 'content-type': 'text/html' })
    )
    const { client } = clientFor(`${fake.origin}/wrong`)

    const error = asLeapworkError(await failureOf(client.getTimelines()))

    expect(error.message).toContain(
      `has no getTimelines at ${fake.origin}/wrong/api/integration/getTimelines`
    )
    expect(error.message).toContain(
      'check that base-url is the address of the Leapwork Performance API'
    )
  })

  it('never shows the API key, even when the server echoes it', async () => {
    const fake = await serveInTurn(
      (response) => sendJson(response, 400, `Unknown key ${API_KEY} for this company`),
      (response) => sendText(response, 500, `failed: Authorization: X-API-KEY rik_other_value`)
    )
    const { client } = clientFor(fake.origin, { retry: { attempts: 1 } })

    const echoed = await failureOf(client.getTimelines())
    const other = await failureOf(client.getTimelines())

    expect(echoed.message).toBe(
      'Leapwork Performance refused getTimelines: Unknown key *** for this company'
    )
    expect(other.message).toContain('X-API-KEY ***')
    expect(other.message).not.toContain('rik_other_value')
  })
})

describe('the key goes only to the base URL', () => {
  it('polls the returned URL on the base origin, not on the host the server named', async () => {
    const otherHost = await serve((_, response) => ok(response))
    const base = await serve((request, response) => {
      if (request.method === 'POST') {
        sendJson(response, 200, started(otherHost.origin))
      } else {
        sendJson(response, 200, {
          status: 'Finished',
          excelReportUrl: `${otherHost.origin}/api/integration/downloadRunReport?runId=run_x7k2m`
        })
      }
    })
    const { client } = clientFor(base.origin)

    const run = await client.runIntegration(runBody)
    const result = await client.getTimelineStatus(run.pollResultUrl)

    expect(run.pollResultUrl).toBe(
      `${base.origin}/api/integration/getTimelineStatus?runId=run_x7k2m&trackItemIds=ti_001`
    )
    expect(result.excelReportUrl).toBe(
      `${base.origin}/api/integration/downloadRunReport?runId=run_x7k2m`
    )
    expect(base.received.map((request) => request.path)).toEqual([
      '/api/integration/runIntegration',
      '/api/integration/getTimelineStatus'
    ])
    expect(otherHost.received).toEqual([])
  })

  it('keeps the path prefix of a base URL behind a proxy', async () => {
    const base = await serve((_, response) => sendJson(response, 200, { status: 'Running' }))
    const { client } = clientFor(`${base.origin}/perf`)

    await client.getTimelineStatus(
      'http://10.0.0.5:8080/api/integration/getTimelineStatus?runId=r1'
    )

    expect(base.received[0].path).toBe('/perf/api/integration/getTimelineStatus')
    expect(base.received[0].query.get('runId')).toBe('r1')
  })

  it('does not follow a redirect to another host', async () => {
    const otherHost = await serve((_, response) => ok(response))
    const base = await serveInTurn(
      status(302, '', { location: `${otherHost.origin}/api/integration/getTimelines` })
    )
    const { client } = clientFor(base.origin)

    const error = asLeapworkError(await failureOf(client.getTimelines()))

    expect(otherHost.received).toEqual([])
    expect(error.message).toContain(
      `redirect (HTTP 302) to ${otherHost.origin}/api/integration/getTimelines, which is not followed`
    )
  })

  it('refuses a returned URL that is not an http(s) URL', async () => {
    const { client } = clientFor('http://127.0.0.1:9')

    const error = asLeapworkError(await failureOf(client.getTimelineStatus('runId=r1')))

    expect(error.kind).toBe('malformed')
    expect(error.message).toContain('"runId=r1" is not an http(s) URL')
  })
})
