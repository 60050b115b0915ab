import { describe, expect, it } from '@jest/globals'
import {
  asLeapworkError,
  clientFor,
  failureOf,
  ok,
  sendJson,
  status,
  useServers
} from './fake-server.js'
import { isLoopback, mayFollow, rebaseUrl } from '../../src/leapwork/urls.js'

const { serve, serveInTurn } = useServers()

const runBody = { timelineAssetId: 'timeline_123', userCount: 5 }
const started = (origin: string): Record<string, unknown> => ({
  runId: 'run_x7k2m',
  status: 'Preparing',
  pollResultUrl: `${origin}/api/integration/getTimelineStatus?runId=run_x7k2m&trackItemIds=ti_001`
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

describe('rebaseUrl', () => {
  it.each([
    [
      'http://10.0.0.5:8080/api/integration/getTimelineStatus?runId=r1&trackItemIds=a%2Cb',
      'https://perf.example.com',
      'https://perf.example.com/api/integration/getTimelineStatus?runId=r1&trackItemIds=a%2Cb'
    ],
    [
      'http://internal/api/integration/downloadRunReport?runId=r1',
      'https://gateway.example.com/perf/',
      'https://gateway.example.com/perf/api/integration/downloadRunReport?runId=r1'
    ],
    [
      'https://gateway.example.com/perf/api/integration/getTimelineStatus?runId=r1',
      'https://gateway.example.com/perf',
      'https://gateway.example.com/perf/api/integration/getTimelineStatus?runId=r1'
    ],
    [
      '/api/integration/getTimelineStatus?runId=r1',
      'http://127.0.0.1:8080',
      'http://127.0.0.1:8080/api/integration/getTimelineStatus?runId=r1'
    ],
    [
      'http://internal/performance/api/integration/getTimelineStatus',
      'https://host/perf',
      'https://host/perf/performance/api/integration/getTimelineStatus'
    ]
  ])('moves %s onto %s', (serverUrl, baseUrl, expected) => {
    expect(rebaseUrl(serverUrl, baseUrl)).toBe(expected)
  })

  it('gives the same URL when applied twice', () => {
    const once = rebaseUrl('http://internal/api/integration/x?a=1', 'https://host/perf')

    expect(rebaseUrl(once, 'https://host/perf')).toBe(once)
  })

  it.each(['', 'getTimelineStatus?runId=r1', 'ftp://host/api', 'http://[broken'])(
    'refuses %j',
    (serverUrl) => {
      expect(() => rebaseUrl(serverUrl, 'https://host')).toThrow(
        expect.objectContaining({
          name: 'ShapeError',
          message: expect.stringContaining('is not an http(s) URL')
        })
      )
    }
  )
})

describe('isLoopback', () => {
  it.each([
    'http://localhost:8080',
    'http://127.0.0.1',
    'http://127.9.9.9',
    'http://127.1',
    'http://2130706433',
    'http://0x7f.0.0.1',
    'http://[::1]:4010',
    'http://[::ffff:127.0.0.1]',
    'http://0.0.0.0:4010',
    'http://[::]'
  ])('counts %s as this machine', (url) => {
    expect(isLoopback(new URL(url))).toBe(true)
  })

  it.each([
    'https://perfapi.leapwork.cloud',
    'http://localhost.example.com',
    'http://128.0.0.1',
    'http://10.0.0.5',
    'http://[::2]'
  ])('does not count %s', (url) => {
    expect(isLoopback(new URL(url))).toBe(false)
  })
})

describe('mayFollow', () => {
  const remote = new URL('https://perfapi.leapwork.cloud')
  const local = new URL('http://127.0.0.1:4010')

  it.each([
    [remote, 'https://storage.example.com/blob', true],
    [remote, 'http://storage.example.com/blob', false],
    [remote, 'http://127.0.0.1:8080/blob', false],
    [remote, 'https://localhost/blob', false],
    [remote, 'https://[::1]/blob', false],
    [local, 'https://storage.example.com/blob', true],
    [local, 'http://127.0.0.1:9000/blob', true],
    [local, 'http://storage.example.com/blob', false]
  ])('from %s, follows %s: %s', (base, next, expected) => {
    expect(mayFollow(new URL(next), base)).toBe(expected)
  })
})
