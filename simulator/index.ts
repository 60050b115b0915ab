import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { pipeline } from 'node:stream'
import { SimulatedApi } from './api.js'
import { endlessBody, FaultState } from './faults.js'
import { defaultFixtures, type Fixtures } from './fixtures.js'
import { error, type JsonReply, type Reply, type TextReply } from './reply.js'
import { isStoragePath, storedReport, storeReport } from './storage.js'
import type { SimulatedRun } from './runs.js'
import {
  DEFAULT_SCENARIO,
  isEndpointName,
  mergeScenario,
  type EndpointName,
  type Scenario
} from './scenario.js'

export { FIXTURES, buildTimeline, defaultFixtures } from './fixtures.js'
export type { FixtureTimeline, Fixtures } from './fixtures.js'
export { AI_NOT_READY_PATTERN, aiNotReadyLine, EXCEL_CONTENT_TYPE } from './reports.js'
export { stepTitle } from './metrics.js'
export { DEFAULT_SCENARIO, ENDPOINTS } from './scenario.js'
export { MALFORMED_FIELD_VALUE, MALFORMED_REPORT_URL } from './faults.js'
export type * from './scenario.js'
export type { SimulatedRun } from './runs.js'

export const DEFAULT_API_KEY = 'rik_sim_0123456789abcdef'
const API_PREFIX = '/api/integration/'
const MAX_BODY_BYTES = 1024 * 1024
const REDIRECTED_ENDPOINTS: EndpointName[] = [
  'downloadRunReport',
  'downloadAiAnalysisReport',
  'getAiAnalysis'
]

export interface SimulatorOptions {
  port?: number
  host?: '127.0.0.1'
  apiKey?: string
  scenario?: Partial<Scenario>
  fixtures?: Partial<Fixtures>
  /** Called once per request when its answer is sent or its socket closes. */
  onRequest?: (request: RecordedRequest) => void
}

export interface RecordedRequest {
  method: string
  path: string
  /** Undefined for a path outside the API. */
  endpoint?: EndpointName
  query: Record<string, string>
  headers: IncomingHttpHeaders
  /** Milliseconds since the epoch when the request arrived. */
  time: number
  /** The Authorization header was exactly `X-API-KEY <apiKey>`. */
  authorized: boolean
  /** The status answered; undefined while pending or when the socket was reset. */
  status?: number
}

export interface SimulatorStats {
  runsStarted: number
  runIntegrationRequests: number
  statusPolls: number
  stopRequests: number
  /** Runs started and neither stopped nor answered with a terminal status. */
  activeRuns: number
  byEndpoint: Record<string, number>
  /** Requests answered 401 because the Authorization header was missing or wrong. */
  unauthorized: number
}

export interface Simulator {
  url: string
  apiKey: string
  configure(scenario: Partial<Scenario>): void
  readonly scenario: Readonly<Scenario>
  stats: SimulatorStats
  requests: RecordedRequest[]
  runs: ReadonlyMap<string, SimulatedRun>
  getRun(runId: string): SimulatedRun | undefined
  stop(): Promise<void>
}

function redirect(status: number, location: string): TextReply {
  return { kind: 'text', status, contentType: 'text/plain', body: '', headers: { location } }
}

function endpointOf(path: string): EndpointName | undefined {
  if (!path.startsWith(API_PREFIX)) return undefined
  const name = path.slice(API_PREFIX.length)
  return isEndpointName(name) ? name : undefined
}

/** The body as text, or undefined when it exceeds MAX_BODY_BYTES. */
async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) return undefined
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function withHeadersEchoed(
  reply: JsonReply | TextReply,
  headers: IncomingHttpHeaders
): JsonReply | TextReply {
  if (reply.kind === 'json') {
    return { ...reply, value: { message: reply.value, requestHeaders: headers } }
  }
  if (reply.contentType.startsWith('text/html')) {
    const echoed = `<pre>${JSON.stringify(headers, null, 2)}</pre></body>`
    return { ...reply, body: reply.body.replace('</body>', echoed) }
  }
  return reply
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const apiKey = options.apiKey ?? DEFAULT_API_KEY
  const host = options.host ?? '127.0.0.1'
  const fixtures: Fixtures = { ...defaultFixtures(), ...options.fixtures }
  let scenario = mergeScenario(DEFAULT_SCENARIO, options.scenario ?? {})
  let faults = new FaultState(scenario.faults, apiKey)
  let stopped = false
  const pendingDelays = new Set<NodeJS.Timeout>()
  const requests: RecordedRequest[] = []
  const runs = new Map<string, SimulatedRun>()
  const stats: SimulatorStats = {
    runsStarted: 0,
    runIntegrationRequests: 0,
    statusPolls: 0,
    stopRequests: 0,
    activeRuns: 0,
    byEndpoint: {},
    unauthorized: 0
  }
  let url = ''
  const publicBase = () => (scenario.pollResultUrlBase ?? url).replace(/\/+$/, '')
  const api = new SimulatedApi(fixtures, () => scenario, publicBase, stats, runs)

  function sleep(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve()
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        pendingDelays.delete(timer)
        resolve()
      }, ms)
      pendingDelays.add(timer)
    })
  }

  function count(endpoint: EndpointName): void {
    stats.byEndpoint[endpoint] = (stats.byEndpoint[endpoint] ?? 0) + 1
    if (endpoint === 'runIntegration') stats.runIntegrationRequests += 1
    if (endpoint === 'getTimelineStatus') stats.statusPolls += 1
    if (endpoint === 'stopIntegration') stats.stopRequests += 1
  }

  function respond(
    endpoint: EndpointName,
    request: IncomingMessage,
    record: RecordedRequest,
    body: string | undefined
  ): Reply {
    const method = endpoint === 'runIntegration' ? 'POST' : 'GET'
    if (request.method !== method) return error(405, `${endpoint} expects ${method}`)
    if (!record.authorized) {
      stats.unauthorized += 1
      return error(401, 'Invalid or missing API key')
    }
    if (scenario.integrationDisabled) {
      return error(403, 'Integration API is not enabled in this environment')
    }
    const query = new URLSearchParams(record.query)
    if (endpoint !== 'runIntegration') return api.handle(endpoint, query, undefined)
    if (body === undefined) return error(413, 'The request body is too large')
    if (!request.headers['content-type']?.startsWith('application/json')) {
      return error(415, 'Content-Type must be application/json')
    }
    try {
      return api.handle(endpoint, query, JSON.parse(body))
    } catch {
      return error(400, 'The request body is not valid JSON')
    }
  }

  /** The answer as sent: fault modes applied, JSON serialised. */
  function render(
    endpoint: EndpointName | undefined,
    reply: JsonReply | TextReply,
    headers: IncomingHttpHeaders
  ): TextReply {
    const succeeded = reply.status < 300
    if (!succeeded && faults.echoesHeaders) reply = withHeadersEchoed(reply, headers)
    if (reply.kind === 'text') return reply
    const value =
      succeeded && endpoint
        ? faults.breakFields(
            endpoint,
            faults.breakReportUrls(endpoint, faults.stripFields(endpoint, reply.value))
          )
        : reply.value
    const serialised = JSON.stringify(value)
    const truncated = succeeded && endpoint !== undefined && faults.truncates(endpoint)
    return {
      kind: 'text',
      status: reply.status,
      contentType: 'application/json; charset=utf-8',
      body: truncated ? serialised.slice(0, Math.floor(serialised.length / 2)) : serialised,
      headers: reply.headers
    }
  }

  function write(response: ServerResponse, reply: Reply, record: RecordedRequest): void {
    if (response.destroyed) return
    record.status = reply.status
    if (reply.kind === 'stream') {
      response.writeHead(reply.status, {
        ...reply.headers,
        'content-type': reply.contentType,
        ...(reply.length === undefined ? {} : { 'content-length': reply.length })
      })
      pipeline(reply.open(), response, () => undefined)
      return
    }
    const rendered = render(record.endpoint, reply, record.headers)
    response.writeHead(rendered.status, {
      ...rendered.headers,
      'content-type': rendered.contentType,
      'content-length': Buffer.byteLength(rendered.body)
    })
    response.end(rendered.body)
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const parsed = new URL(request.url ?? '/', 'http://simulator.invalid')
    const endpoint = endpointOf(parsed.pathname)
    const record: RecordedRequest = {
      method: request.method ?? 'GET',
      path: parsed.pathname,
      endpoint,
      query: Object.fromEntries(parsed.searchParams),
      headers: { ...request.headers },
      time: Date.now(),
      authorized: request.headers.authorization === `X-API-KEY ${apiKey}`
    }
    requests.push(record)
    response.on('close', () => options.onRequest?.(record))
    if (isStoragePath(parsed.pathname)) {
      write(response, fromStorage(parsed), record)
      return
    }
    if (!endpoint) {
      write(response, error(404, `No such endpoint: ${parsed.pathname}`), record)
      return
    }
    count(endpoint)
    const body = await readBody(request)
    await sleep((scenario.latencyMs?.[endpoint] ?? 0) + faults.takeDelay(endpoint))
    if (stopped) return
    let reply = faults.takeFailure(endpoint) ?? respond(endpoint, request, record, body)
    if (reply.status < 300) reply = faults.takeHugeAnswer(endpoint) ?? reply
    reply = movedToStorage(endpoint, faults.trickled(endpoint, reply))
    if (faults.takeReset(endpoint)) {
      request.socket.destroy()
      return
    }
    write(response, reply, record)
  }

  /** With redirectReports, a report is answered with a redirect to where it was stored. */
  function movedToStorage(endpoint: EndpointName, reply: Reply): Reply {
    const fault = faults.redirectReports
    if (!fault || reply.status !== 200 || !REDIRECTED_ENDPOINTS.includes(endpoint)) return reply
    const hops = fault.hops ?? 1
    const location = `${fault.origin ?? url}${storeReport(reply)}?hop=1&hops=${hops}`
    const moved = redirect(fault.status ?? 302, location)
    return fault.endlessBody ? endlessBody(moved) : moved
  }

  /** A stored report, after as many further hops on this origin as the fault asked for. */
  function fromStorage(parsed: URL): Reply {
    const stored = storedReport(parsed.pathname)
    if (!stored) return error(404, 'No such report in storage')
    const hop = Number(parsed.searchParams.get('hop'))
    const hops = Number(parsed.searchParams.get('hops'))
    if (hop >= hops) return stored
    return redirect(302, `${parsed.pathname}?hop=${hop + 1}&hops=${hops}`)
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => request.socket.destroy())
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  url = `http://${host}:${(server.address() as AddressInfo).port}`

  return {
    url,
    apiKey,
    get scenario() {
      return scenario
    },
    configure(patch) {
      scenario = mergeScenario(scenario, patch)
      if ('faults' in patch) faults = new FaultState(scenario.faults, apiKey)
      if ('reportFailures' in patch) api.resetReportFailures()
    },
    stats,
    requests,
    runs,
    getRun: (runId) => runs.get(runId),
    async stop() {
      if (stopped) return
      stopped = true
      for (const timer of pendingDelays) clearTimeout(timer)
      pendingDelays.clear()
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
      await closed
    }
  }
}
