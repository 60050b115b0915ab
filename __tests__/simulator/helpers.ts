import type { RunStarted, RunStatusResult } from '../../src/leapwork/types.js'
import { FIXTURES, type EndpointName, type Simulator } from '../../simulator/index.js'

export interface CallOptions {
  method?: 'GET' | 'POST'
  body?: unknown
  /** The Authorization header to send; default the simulator's key, null for none. */
  authorization?: string | null
  signal?: AbortSignal
}

export function endpointUrl(
  simulator: Simulator,
  endpoint: EndpointName | string,
  query: Record<string, string> = {}
): string {
  const search = new URLSearchParams(query).toString()
  return `${simulator.url}/api/integration/${endpoint}${search ? `?${search}` : ''}`
}

export function call(
  simulator: Simulator,
  endpoint: EndpointName | string,
  query: Record<string, string> = {},
  options: CallOptions = {}
): Promise<Response> {
  const headers: Record<string, string> = {}
  const authorization =
    options.authorization === undefined ? `X-API-KEY ${simulator.apiKey}` : options.authorization
  if (authorization !== null) headers.authorization = authorization
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  return fetch(endpointUrl(simulator, endpoint, query), {
    method: options.method ?? (endpoint === 'runIntegration' ? 'POST' : 'GET'),
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal
  })
}

export async function startRun(
  simulator: Simulator,
  body: Record<string, unknown> = { timelineAssetId: FIXTURES.timelines.checkout.assetId }
): Promise<RunStarted> {
  const response = await call(simulator, 'runIntegration', {}, { body })
  if (response.status !== 200) throw new Error(`runIntegration answered ${response.status}`)
  return (await response.json()) as RunStarted
}

export async function poll(simulator: Simulator, runId: string): Promise<RunStatusResult> {
  const response = await call(simulator, 'getTimelineStatus', { runId })
  if (response.status !== 200) throw new Error(`getTimelineStatus answered ${response.status}`)
  return (await response.json()) as RunStatusResult
}

/** Statuses of successive polls up to and including the first terminal one. */
export async function pollUntilEnd(
  simulator: Simulator,
  runId: string,
  maxPolls = 20
): Promise<{ statuses: string[]; last: RunStatusResult }> {
  const statuses: string[] = []
  for (let i = 0; i < maxPolls; i += 1) {
    const answer = await poll(simulator, runId)
    statuses.push(answer.status)
    if (['finished', 'stopped', 'failed'].includes(answer.status.toLowerCase())) {
      return { statuses, last: answer }
    }
  }
  throw new Error(`run ${runId} did not end within ${maxPolls} polls: ${statuses.join(', ')}`)
}
