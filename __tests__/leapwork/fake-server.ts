import { afterEach, expect } from '@jest/globals'
import { createServer } from 'node:http'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { LeapworkClient } from '../../src/leapwork/client.js'
import type { ClientOptions } from '../../src/leapwork/client.js'
import { LeapworkError } from '../../src/leapwork/errors.js'

export const API_KEY = 'rik_test_8f3K2mQ9zX'

export interface ReceivedRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: string
}

export type Handler = (
  request: ReceivedRequest,
  response: ServerResponse,
  raw: IncomingMessage
) => void | Promise<void>

export interface FakeServer {
  origin: string
  port: number
  received: ReceivedRequest[]
  close(): Promise<void>
}

/** A loopback HTTP server that records what it receives and answers through `handler`. */
export async function startServer(handler: Handler, port = 0): Promise<FakeServer> {
  const received: ReceivedRequest[] = []
  const server = createServer(async (raw, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of raw) chunks.push(chunk as Buffer)
    const url = new URL(raw.url ?? '/', 'http://fake.invalid')
    const request: ReceivedRequest = {
      method: raw.method ?? '',
      path: url.pathname,
      query: url.searchParams,
      headers: raw.headers,
      body: Buffer.concat(chunks).toString('utf8')
    }
    received.push(request)
    await handler(request, response, raw)
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const actualPort = (server.address() as AddressInfo).port
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

export function sendJson(
  response: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {}
): void {
  sendText(response, status, JSON.stringify(value), {
    'content-type': 'application/json',
    ...headers
  })
}

export function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {}
): void {
  response.writeHead(status, { 'content-type': 'text/plain', ...headers })
  response.end(text)
}

/** A port nothing listens on: bound once to learn a free number, then released. */
export async function closedPort(): Promise<number> {
  const server = await startServer(() => undefined)
  await server.close()
  return server.port
}

export interface TestClient {
  client: LeapworkClient
  sleeps: number[]
}

/** A client whose retries wait no real time; the delays it asked for are kept in `sleeps`. */
export function clientFor(baseUrl: string, options: Partial<ClientOptions> = {}): TestClient {
  const sleeps: number[] = []
  const client = new LeapworkClient({
    baseUrl,
    apiKey: API_KEY,
    requestTimeoutMs: 2000,
    sleep: async (ms) => {
      sleeps.push(ms)
    },
    ...options
  })
  return { client, sleeps }
}

export async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the call to fail, but it succeeded')
}

type Answer = (response: ServerResponse, request: ReceivedRequest) => void

export interface Servers {
  serve(handler: Handler, port?: number): Promise<FakeServer>
  /** Answers the n-th request with the n-th answer, and the last answer from then on. */
  serveInTurn(...answers: Answer[]): Promise<FakeServer>
  /** The servers started so far, oldest first. */
  started: FakeServer[]
}

/** Fake servers for one test file, closed after each test. */
export function useServers(): Servers {
  const started: FakeServer[] = []
  afterEach(async () => {
    await Promise.all(started.splice(0).map((server) => server.close()))
  })
  const serve = async (handler: Handler, port = 0): Promise<FakeServer> => {
    const server = await startServer(handler, port)
    started.push(server)
    return server
  }
  return {
    serve,
    started,
    serveInTurn(...answers) {
      let turn = 0
      return serve((request, response) => {
        const answer = answers[Math.min(turn, answers.length - 1)]
        turn += 1
        answer(response, request)
      })
    }
  }
}

export const ok = (response: ServerResponse): void => sendJson(response, 200, [])
export const status =
  (code: number, body = '', headers: Record<string, string> = {}) =>
  (response: ServerResponse): void =>
    sendText(response, code, body, headers)
export const reset = (response: ServerResponse): void => {
  response.socket?.destroy()
}
export const never = (): void => undefined

export function asLeapworkError(error: Error): LeapworkError {
  expect(error).toBeInstanceOf(LeapworkError)
  return error as LeapworkError
}
