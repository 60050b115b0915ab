import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { LeapworkError } from '../../src/leapwork/errors.js'
import { API_KEY, clientFor, failureOf, sendJson, sendText, startServer } from './fake-server.js'
import type { FakeServer, Handler } from './fake-server.js'

const MiB = 1024 * 1024

let directory: string
let server: FakeServer | undefined

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'leapwork-download-'))
})

afterEach(async () => {
  await server?.close()
  server = undefined
  await rm(directory, { recursive: true, force: true })
})

async function serve(handler: Handler): Promise<FakeServer> {
  server = await startServer(handler)
  return server
}

/** `size` bytes made chunk by chunk as the client reads them, so the server holds none of it. */
function generatedBody(size: number): Readable {
  const chunk = Buffer.alloc(64 * 1024)
  for (let index = 0; index < chunk.length; index++) chunk[index] = index % 251
  let sent = 0
  return new Readable({
    read() {
      const length = Math.min(chunk.length, size - sent)
      sent += length
      this.push(length > 0 ? chunk.subarray(0, length) : null)
    }
  })
}

async function sha256(stream: Readable): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(stream, hash)
  return hash.digest('hex')
}

function asLeapworkError(error: Error): LeapworkError {
  expect(error).toBeInstanceOf(LeapworkError)
  return error as LeapworkError
}

function reportUrl(origin: string): string {
  return `${origin}/api/integration/downloadRunReport?runId=run_x7k2m&trackItemIds=ti_001`
}

describe('report downloads', () => {
  it('streams a 96 MiB report to disk without holding it in memory', async () => {
    const size = 96 * MiB
    const fake = await serve((_, response) => {
      response.writeHead(200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-length': String(size)
      })
      void pipeline(generatedBody(size), response)
    })
    const { client } = clientFor(fake.origin)
    const destination = join(directory, 'reports', 'run-report.xlsx')
    const before = process.memoryUsage().rss
    let peak = before
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss)
    }, 5)

    const result = await client.downloadRunReport(reportUrl(fake.origin), destination)
    clearInterval(sampler)

    expect(result.bytes).toBe(size)
    // The garbage collector alone accounts for some 20-30 MiB; a report held whole would add 96.
    expect(peak - before).toBeLessThan(size / 2)
    expect(await sha256(createReadStream(destination))).toBe(await sha256(generatedBody(size)))
    expect(await readdir(join(directory, 'reports'))).toEqual(['run-report.xlsx'])
    expect(fake.received[0].headers.authorization).toBe(`X-API-KEY ${API_KEY}`)
    expect(fake.received[0].path).toBe('/api/integration/downloadRunReport')
    expect(fake.received[0].headers.accept).toBe('*/*')
  })

  it('leaves no partial file when the connection breaks mid-report', async () => {
    const fake = await serve((_, response) => {
      response.writeHead(200, { 'content-length': String(8 * MiB) })
      response.write(Buffer.alloc(MiB), () => response.socket?.destroy())
    })
    const { client, sleeps } = clientFor(fake.origin, { retry: { attempts: 2 } })
    const destination = join(directory, 'run-report.xlsx')

    const error = await failureOf(client.downloadRunReport(reportUrl(fake.origin), destination))

    expect(error).toBeInstanceOf(LeapworkError)
    expect((error as LeapworkError).kind).toBe('unreachable')
    expect(error.message).toContain(
      'broke while receiving the answer to downloadRunReport (HTTP 200'
    )
    expect(fake.received).toHaveLength(2)
    expect(sleeps).toHaveLength(1)
    expect(await readdir(directory)).toEqual([])
  })

  it('keeps an earlier file and removes the part file when the server refuses', async () => {
    const fake = await serve((_, response) => sendJson(response, 400, 'Unknown run run_x7k2m'))
    const { client } = clientFor(fake.origin)
    const destination = join(directory, 'run-report.xlsx')
    await writeFile(destination, 'earlier')

    const error = await failureOf(client.downloadRunReport(reportUrl(fake.origin), destination))

    expect(error.message).toBe(
      'Leapwork Performance refused downloadRunReport: Unknown run run_x7k2m'
    )
    expect(await readdir(directory)).toEqual(['run-report.xlsx'])
    expect(await readFile(destination, 'utf8')).toBe('earlier')
  })

  it('waits out a slow report as long as each stall window brings enough bytes', async () => {
    const fake = await serve((_, response) => {
      response.writeHead(200, { 'content-type': 'application/octet-stream' })
      let parts = 0
      const timer = setInterval(() => {
        parts += 1
        if (parts < 8) response.write('chunk;')
        else {
          clearInterval(timer)
          response.end()
        }
      }, 60)
    })
    const { client } = clientFor(fake.origin, {
      requestTimeoutMs: 100,
      limits: { stallWindowMs: 250, stallBytes: 6 }
    })
    const destination = join(directory, 'run-report.xlsx')

    const result = await client.downloadRunReport(reportUrl(fake.origin), destination)

    expect(await readFile(destination, 'utf8')).toBe('chunk;'.repeat(7))
    expect(result.bytes).toBe(42)
  })

  it('abandons a report that stops arriving', async () => {
    const fake = await serve((_, response) => {
      response.writeHead(200, { 'content-type': 'application/octet-stream' })
      response.write('first bytes')
    })
    const { client } = clientFor(fake.origin, { limits: { stallWindowMs: 200 } })
    const destination = join(directory, 'run-report.xlsx')

    const error = await failureOf(client.downloadRunReport(reportUrl(fake.origin), destination))

    expect(error.message).toBe(
      'Leapwork Performance sent less than 64 KiB of downloadRunReport in 200 ms (HTTP 200, 11 bytes received in all), so the download was abandoned'
    )
    expect(fake.received).toHaveLength(1)
    expect(await readdir(directory)).toEqual([])
  })

  it('abandons a report that trickles a byte at a time, though bytes never stop coming', async () => {
    const fake = await serve((_, response) => {
      response.writeHead(200, { 'content-type': 'application/octet-stream' })
      const timer = setInterval(() => response.write('x'), 20)
      response.on('close', () => clearInterval(timer))
    })
    const { client } = clientFor(fake.origin, {
      requestTimeoutMs: 100,
      limits: { stallWindowMs: 300, stallBytes: 1024 }
    })
    const startedAt = Date.now()

    const error = await failureOf(
      client.downloadRunReport(reportUrl(fake.origin), join(directory, 'run-report.xlsx'))
    )

    expect(error.message).toMatch(/sent less than 1 KiB of downloadRunReport in 300 ms/)
    expect(Date.now() - startedAt).toBeLessThan(2000)
    expect(await readdir(directory)).toEqual([])
  })

  it.each([
    ['announced', true],
    ['not announced', false]
  ])('refuses a report past the byte cap (size %s), leaving no file', async (_, announce) => {
    const fake = await serve((_, response) => {
      response.writeHead(200, announce ? { 'content-length': String(3 * MiB) } : {})
      void pipeline(generatedBody(3 * MiB), response).catch(() => undefined)
    })
    const { client } = clientFor(fake.origin, { limits: { downloadBytes: MiB } })

    const error = asLeapworkError(
      await failureOf(
        client.downloadRunReport(reportUrl(fake.origin), join(directory, 'run-report.xlsx'))
      )
    )

    expect(error.kind).toBe('too-large')
    expect(error.message).toBe(
      announce
        ? 'Leapwork Performance sent an answer of 3 MiB to downloadRunReport (HTTP 200); answers larger than 1 MiB are not read'
        : 'Leapwork Performance sent more than 1 MiB to downloadRunReport (HTTP 200); answers larger than 1 MiB are not read'
    )
    expect(fake.received).toHaveLength(1)
    expect(await readdir(directory)).toEqual([])
  })

  it('caps the AI analysis, which is read back whole, at the answer limit', async () => {
    const fake = await serve((_, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' })
      void pipeline(generatedBody(2 * MiB), response).catch(() => undefined)
    })
    const { client } = clientFor(fake.origin, { limits: { answerBytes: MiB } })

    const error = await failureOf(
      client.downloadAiAnalysisReport(
        `${fake.origin}/api/integration/downloadAiAnalysisReport?runId=r1`,
        join(directory, 'ai-analysis.txt')
      )
    )

    expect(error.message).toMatch(/more than 1 MiB to downloadAiAnalysisReport/)
  })

  it('gives up a download, retries included, when its signal fires', async () => {
    const fake = await serve((_, response) => {
      response.writeHead(200, { 'content-type': 'application/octet-stream' })
      response.write('first bytes')
    })
    const { client } = clientFor(fake.origin)
    const budget = new AbortController()
    setTimeout(() => budget.abort(new Error('the reports took longer than 0.2 s in all')), 200)

    const error = await failureOf(
      client.downloadRunReport(reportUrl(fake.origin), join(directory, 'run-report.xlsx'), {
        signal: budget.signal
      })
    )

    expect(error.message).toBe(
      'downloadRunReport was abandoned: the reports took longer than 0.2 s in all'
    )
    expect(fake.received).toHaveLength(1)
    expect(await readdir(directory)).toEqual([])
  })
  it('ends the wait before a retry when its signal fires, not after the wait', async () => {
    const fake = await serve((_, response) => sendText(response, 503, '', { 'retry-after': '20' }))
    const { client } = clientFor(fake.origin, { sleep: undefined })
    const budget = new AbortController()
    setTimeout(() => budget.abort(new Error('the reports took longer than 0.2 s in all')), 200)
    const startedAt = Date.now()

    const error = await failureOf(
      client.downloadRunReport(reportUrl(fake.origin), join(directory, 'run-report.xlsx'), {
        signal: budget.signal
      })
    )

    expect(Date.now() - startedAt).toBeLessThan(2000)
    expect(error.message).toBe(
      'downloadRunReport was abandoned: the reports took longer than 0.2 s in all'
    )
    expect(fake.received).toHaveLength(1)
  })

  it('saves the AI analysis as text whether it comes as JSON or as plain text', async () => {
    const analysis =
      '=== AI Analysis for: ti_001 ===\nLogin Flow\n- Response times stayed stable.\n'
    const fake = await serve((request, response: ServerResponse) => {
      if (request.query.get('runId') === 'as-json') sendJson(response, 200, analysis)
      else sendText(response, 200, analysis)
    })
    const { client } = clientFor(fake.origin)
    const url = (runId: string): string =>
      `${fake.origin}/api/integration/downloadAiAnalysisReport?runId=${runId}`

    await client.downloadAiAnalysisReport(url('as-json'), join(directory, 'json.txt'))
    const plain = await client.downloadAiAnalysisReport(url('as-text'), join(directory, 'text.txt'))

    expect(await readFile(join(directory, 'json.txt'), 'utf8')).toBe(analysis)
    expect(await readFile(join(directory, 'text.txt'), 'utf8')).toBe(analysis)
    expect(plain.bytes).toBe(Buffer.byteLength(analysis))
    expect(fake.received.map((request) => request.path)).toEqual([
      '/api/integration/downloadAiAnalysisReport',
      '/api/integration/downloadAiAnalysisReport'
    ])
  })
})

describe('redirected report downloads', () => {
  const others: FakeServer[] = []
  afterEach(async () => {
    await Promise.all(others.splice(0).map((other) => other.close()))
  })

  async function storage(body = 'report bytes'): Promise<FakeServer> {
    const other = await startServer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/octet-stream' })
      response.end(body)
    })
    others.push(other)
    return other
  }

  it('follows a redirect as curl -L does, sending the key only to the base URL origin', async () => {
    const blob = await storage()
    const fake = await serve((request, response) => {
      if (request.path === '/signed') {
        response.writeHead(302, { location: `${blob.origin}/blob/r1?sig=secret-signature` })
      } else response.writeHead(307, { location: '/signed?token=abc' })
      response.end()
    })
    const { client } = clientFor(fake.origin)
    const destination = join(directory, 'run-report.xlsx')

    await client.downloadRunReport(reportUrl(fake.origin), destination)

    expect(await readFile(destination, 'utf8')).toBe('report bytes')
    expect(fake.received.map((request) => request.headers.authorization)).toEqual([
      `X-API-KEY ${API_KEY}`,
      `X-API-KEY ${API_KEY}`
    ])
    expect(blob.received).toHaveLength(1)
    expect(blob.received[0].headers.authorization).toBeUndefined()
    expect(blob.received[0].query.get('sig')).toBe('secret-signature')
  })

  it('refuses a hop to plain http on another machine, naming it without its query', async () => {
    const fake = await serve((_, response) => {
      response.writeHead(302, { location: 'http://storage.example.com/blob/r1?sig=secret' })
      response.end()
    })
    const { client } = clientFor(fake.origin)

    const error = await failureOf(
      client.downloadRunReport(reportUrl(fake.origin), join(directory, 'run-report.xlsx'))
    )

    expect(error.message).toBe(
      'Leapwork Performance redirected downloadRunReport (HTTP 302) to http://storage.example.com/blob/r1, which is not followed: a download is only followed to https addresses, or to http on this machine'
    )
    expect(await readdir(directory)).toEqual([])
  })

  it('drops a redirect at once, though its body never ends, and saves the report', async () => {
    const blob = await storage()
    let redirectClosed = false
    const fake = await serve((_, response, raw) => {
      response.writeHead(302, { location: `${blob.origin}/blob/r1` })
      const drip = setInterval(() => response.write('x'), 20)
      raw.socket.on('close', () => {
        clearInterval(drip)
        redirectClosed = true
      })
    })
    const { client } = clientFor(fake.origin)
    const destination = join(directory, 'run-report.xlsx')

    await client.downloadRunReport(reportUrl(fake.origin), destination)

    expect(await readFile(destination, 'utf8')).toBe('report bytes')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(redirectClosed).toBe(true)
  })

  it('gives up after 5 hops', async () => {
    const fake = await serve((request, response) => {
      const hop = Number(request.query.get('hop') ?? 0)
      response.writeHead(302, { location: `/api/integration/downloadRunReport?hop=${hop + 1}` })
      response.end()
    })
    const { client } = clientFor(fake.origin)

    const error = await failureOf(
      client.downloadRunReport(reportUrl(fake.origin), join(directory, 'run-report.xlsx'))
    )

    expect(error.message).toMatch(/redirected downloadRunReport more than 5 times/)
    expect(fake.received).toHaveLength(6)
  })
})
