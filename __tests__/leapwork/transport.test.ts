import { describe, expect, it } from '@jest/globals'
import { asLeapworkError, clientFor, failureOf, never, useServers } from './fake-server.js'

const { serve } = useServers()

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
