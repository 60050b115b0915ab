import { describe, expect, it } from '@jest/globals'
import {
  API_KEY,
  asLeapworkError,
  clientFor,
  failureOf,
  sendJson,
  sendText,
  status,
  useServers
} from './fake-server.js'
import { failureWords } from '../../src/leapwork/failure-words.js'

const { serveInTurn } = useServers()

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

describe('the key in quoted server text', () => {
  it.each([
    [409, 'refused getTimelines (HTTP 409)'],
    [500, 'failed on getTimelines with HTTP 500']
  ])('is taken out before an HTTP %i body is cut to a snippet', async (code, words) => {
    const body = `${'x'.repeat(190)} key ${API_KEY} is in use`
    const fake = await serveInTurn(status(code, body))
    const { client } = clientFor(fake.origin, { retry: { attempts: 1 } })

    const error = asLeapworkError(await failureOf(client.getTimelines()))

    expect(error.message).toContain(words)
    expect(error.message).toContain(' key ***')
    expect(error.message).not.toContain(API_KEY.slice(0, 4))
  })

  it('is taken out of a malformed answer before it is quoted', async () => {
    const fake = await serveInTurn((response) =>
      sendText(response, 200, `${'y'.repeat(185)} ${API_KEY}`, {
        'content-type': 'application/json'
      })
    )
    const { client } = clientFor(fake.origin)

    const error = asLeapworkError(await failureOf(client.getTimelines()))

    expect(error.kind).toBe('malformed')
    expect(error.message).toContain('y ***')
    expect(error.message).not.toContain(API_KEY.slice(0, 4))
  })
})

describe('the words on their own', () => {
  const context = {
    endpoint: 'getTimelines',
    url: 'https://perf.example.com/api/integration/getTimelines?sig=secret',
    attempts: 1,
    requestTimeoutMs: 30_000,
    stall: { stallBytes: 64 * 1024, stallWindowMs: 30_000 },
    baseOrigin: 'https://perf.example.com'
  }

  it('names the address without its query when nothing answers', () => {
    expect(failureWords({ type: 'network', code: 'ENOTFOUND' }, context)).toEqual({
      kind: 'unreachable',
      code: 'ENOTFOUND',
      status: undefined,
      message:
        'Could not reach Leapwork Performance at https://perf.example.com/api/integration/getTimelines (ENOTFOUND); check base-url and that the runner can reach that address'
    })
  })

  it('counts the attempts and the deadline in a timeout', () => {
    const words = failureWords({ type: 'timeout' }, { ...context, attempts: 3 })

    expect(words.message).toBe(
      'Leapwork Performance did not answer getTimelines within 30 s after 3 attempts'
    )
  })

  it('names the stall rule a download broke', () => {
    const words = failureWords({ type: 'stalled', status: 200, bytes: 1536 }, context)

    expect(words).toMatchObject({ kind: 'timeout', status: 200 })
    expect(words.message).toBe(
      'Leapwork Performance sent less than 64 KiB of getTimelines in 30 s (HTTP 200, 1.5 KiB received in all), so the download was abandoned'
    )
  })
})
