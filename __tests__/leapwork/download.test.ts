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

  it('waits out a slow report as long as data keeps coming', async () => {
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
    const { client } = clientFor(fake.origin, { requestTimeoutMs: 250 })
    const destination = join(directory, 'run-report.xlsx')

    const result = await client.downloadRunReport(reportUrl(fake.origin), destination)

    expect(await readFile(destination, 'utf8')).toBe('chunk;'.repeat(7))
    expect(result.bytes).toBe(42)
  })

  it('fails a report that stops arriving', async () => {
    const fake = await serve((_, response) => {
      response.writeHead(200, { 'content-type': 'application/octet-stream' })
      response.write('first bytes')
    })
    const { client } = clientFor(fake.origin, { requestTimeoutMs: 200, retry: { attempts: 1 } })
    const destination = join(directory, 'run-report.xlsx')

    const error = await failureOf(client.downloadRunReport(reportUrl(fake.origin), destination))

    expect(error.message).toBe(
      'Leapwork Performance stopped sending downloadRunReport (HTTP 200): no data for 200 ms'
    )
    expect(await readdir(directory)).toEqual([])
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
