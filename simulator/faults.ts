import { STATUS_CODES } from 'node:http'
import { Readable } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'
import { json, type Reply, type StreamReply, type TextReply } from './reply.js'
import type {
  EndpointName,
  ErrorBodyKind,
  Faults,
  HugeAnswer,
  MalformableField,
  RedirectReports,
  TrickleReport
} from './scenario.js'

/** What a malformed report URL looks like: not an http(s) URL, nor a path. */
export const MALFORMED_REPORT_URL = 'htp:/reports broken'
/** What `malformedFields` sends in place of each field it names. */
export const MALFORMED_FIELD_VALUE = 'n/a'
const MALFORMABLE_FIELDS: Record<MalformableField, EndpointName> = {
  estimatedVum: 'runIntegration',
  plannedRunTime: 'runIntegration',
  trackItems: 'runIntegration',
  metadata: 'getTimelineStatus'
}
const PAD_CHUNK = Buffer.alloc(64 * 1024, 'x')

/** Fields removed from an endpoint's answer (from each element of a list) by `missingFields`. */
const REQUIRED_FIELDS: Partial<Record<EndpointName, string[]>> = {
  getTimelines: ['timelineId'],
  getTimelineAsset: ['timeline'],
  getTimeline: ['timeline'],
  getDataItems: ['assetId'],
  getDataItemAsset: ['assetId'],
  getDataItem: ['assetId'],
  runIntegration: ['runId'],
  getTimelineStatus: ['status']
}

function withoutFields(value: unknown, fields: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((element) => withoutFields(element, fields))
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(Object.entries(value).filter(([key]) => !fields.includes(key)))
}

export function gatewayHtml(status: number): string {
  const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`
  return `<html><head><title>${title}</title></head><body><h1>${title}</h1><hr><p>simulated gateway</p></body></html>`
}

export function errorReply(
  status: number,
  kind: ErrorBodyKind,
  retryAfterSeconds?: number,
  apiKey = ''
): Reply {
  const reason = STATUS_CODES[status] ?? 'Error'
  const headers: Record<string, string> =
    retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) }
  const body = (contentType: string, content: string): Reply => ({
    kind: 'text',
    status,
    contentType,
    body: content,
    headers
  })
  if (kind === 'html') return body('text/html; charset=utf-8', gatewayHtml(status))
  if (kind === 'truncated')
    return body('application/json; charset=utf-8', `{"message":"${reason}","det`)
  if (kind === 'empty') return body('application/json; charset=utf-8', '')
  if (kind === 'echo-key') {
    const lead = `${reason}: ${'the request was refused; '.repeat(8)}`.slice(0, 175)
    return body('text/plain; charset=utf-8', `${lead} key ${apiKey} is already in use`)
  }
  return { ...json(reason, status), headers }
}

interface Budget<T> {
  fault: T
  remaining: number
}

function budgets<T extends { times: number }>(faults: T[] | undefined): Budget<T>[] {
  return (faults ?? []).map((fault) => ({ fault, remaining: fault.times }))
}

function take<T extends { endpoint: EndpointName }>(
  list: Budget<T>[],
  endpoint: EndpointName
): T | undefined {
  const budget = list.find((entry) => entry.fault.endpoint === endpoint && entry.remaining > 0)
  if (!budget) return undefined
  budget.remaining -= 1
  return budget.fault
}

/** The fault modes of the current scenario, with what is left of their counts. */
export class FaultState {
  private readonly failNext
  private readonly resetNext
  private readonly slowNext
  private readonly hugeAnswer
  private everyNthSeen = 0

  constructor(
    private readonly faults: Faults = {},
    private readonly apiKey = ''
  ) {
    this.failNext = budgets(faults.failNext)
    this.resetNext = budgets(faults.resetNext)
    this.slowNext = budgets(faults.slowNext)
    this.hugeAnswer = budgets(faults.hugeAnswer)
  }

  get redirectReports(): RedirectReports | undefined {
    return this.faults.redirectReports
  }

  /** A successful answer replaced by a huge one when a hugeAnswer fault is due; call once per answer. */
  takeHugeAnswer(endpoint: EndpointName): StreamReply | undefined {
    const fault = take(this.hugeAnswer, endpoint)
    return fault && hugeJsonReply(fault)
  }

  /** The report sent slowly when trickleReport names its endpoint. */
  trickled(endpoint: EndpointName, reply: Reply): Reply {
    const fault = this.faults.trickleReport
    if (!fault || fault.endpoint !== endpoint || reply.status >= 300) return reply
    if (reply.kind === 'json') return reply
    const open =
      reply.kind === 'stream' ? reply.open : () => Readable.from([Buffer.from(reply.body)])
    const length = reply.kind === 'stream' ? reply.length : Buffer.byteLength(reply.body)
    return {
      kind: 'stream',
      status: reply.status,
      contentType: reply.contentType,
      length,
      open: () => Readable.from(trickle(open(), fault))
    }
  }

  get echoesHeaders(): boolean {
    return this.faults.echoHeadersOnError === true
  }

  /** Milliseconds this request is held back by a slowNext fault. */
  takeDelay(endpoint: EndpointName): number {
    return take(this.slowNext, endpoint)?.delayMs ?? 0
  }

  /** The failure this request answers instead of being handled; call once per request. */
  takeFailure(endpoint: EndpointName): Reply | undefined {
    const failNext = take(this.failNext, endpoint)
    const everyNth = this.countEveryNth(endpoint)
    if (failNext) {
      const { status, body, retryAfterSeconds } = failNext
      return errorReply(status ?? 500, body ?? 'json', retryAfterSeconds, this.apiKey)
    }
    return everyNth ? errorReply(everyNth, 'html') : undefined
  }

  /** The status to fail with when this request is the Nth matching one, else undefined. */
  private countEveryNth(endpoint: EndpointName): number | undefined {
    const rule = this.faults.failEveryNth
    if (!rule || rule.n < 1 || (rule.endpoints && !rule.endpoints.includes(endpoint)))
      return undefined
    this.everyNthSeen += 1
    return this.everyNthSeen % rule.n === 0 ? (rule.status ?? 502) : undefined
  }

  takeReset(endpoint: EndpointName): boolean {
    return take(this.resetNext, endpoint) !== undefined
  }

  truncates(endpoint: EndpointName): boolean {
    return this.faults.truncatedJson?.includes(endpoint) === true
  }

  /** The answer with the endpoint's required fields removed when `missingFields` names it. */
  stripFields(endpoint: EndpointName, value: unknown): unknown {
    const fields = REQUIRED_FIELDS[endpoint]
    if (!fields || !this.faults.missingFields?.includes(endpoint)) return value
    return withoutFields(value, fields)
  }

  /** A terminal status with the report URLs that `malformedReportUrl` names broken. */
  breakReportUrls(endpoint: EndpointName, value: unknown): unknown {
    if (endpoint !== 'getTimelineStatus') return value
    return replaceFields(value, this.faults.malformedReportUrl, MALFORMED_REPORT_URL)
  }

  /** The answer with the fields `malformedFields` names for this endpoint sent as "n/a". */
  breakFields(endpoint: EndpointName, value: unknown): unknown {
    const fields = this.faults.malformedFields?.filter(
      (field) => MALFORMABLE_FIELDS[field] === endpoint
    )
    return replaceFields(value, fields, MALFORMED_FIELD_VALUE)
  }
}

/** The object answer with each of `fields` it has set to `replacement`. */
function replaceFields(
  value: unknown,
  fields: readonly string[] | undefined,
  replacement: unknown
): unknown {
  if (!fields?.length || typeof value !== 'object' || !value) return value
  const answer = { ...(value as Record<string, unknown>) }
  for (const field of fields) if (field in answer) answer[field] = replacement
  return answer
}

/** `{"status":"Running","padding":"xxx…"}` of exactly `bytes` bytes, made as it is read. */
function hugeJsonReply({ bytes, announceLength = true }: HugeAnswer): StreamReply {
  const head = Buffer.from('{"status":"Running","padding":"')
  const tail = Buffer.from('"}')
  const padding = Math.max(0, bytes - head.length - tail.length)
  return {
    kind: 'stream',
    status: 200,
    contentType: 'application/json; charset=utf-8',
    length: announceLength ? head.length + padding + tail.length : undefined,
    open: () => {
      let left = padding
      let started = false
      return new Readable({
        read() {
          if (!started) {
            started = true
            this.push(head)
          }
          while (left > 0) {
            const part = PAD_CHUNK.subarray(0, Math.min(PAD_CHUNK.length, left))
            left -= part.length
            if (!this.push(part)) return
          }
          this.push(tail)
          this.push(null)
        }
      })
    }
  }
}

async function* trickle(
  source: Readable,
  { bytesPerTick, intervalMs }: TrickleReport
): AsyncGenerator<Buffer> {
  for await (const chunk of source as AsyncIterable<Buffer>) {
    for (let offset = 0; offset < chunk.length; offset += bytesPerTick) {
      await sleep(intervalMs)
      yield chunk.subarray(offset, offset + bytesPerTick)
    }
  }
}

/** The redirect with a body that never ends: a byte every 100 ms until the client hangs up. */
export function endlessBody(reply: TextReply): StreamReply {
  return {
    kind: 'stream',
    status: reply.status,
    contentType: reply.contentType,
    headers: reply.headers,
    open: () =>
      Readable.from(
        (async function* drip() {
          for (;;) {
            await sleep(100)
            yield Buffer.from('x')
          }
        })()
      )
  }
}
