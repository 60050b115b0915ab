/**
 * HTTP to the Integration API: the API key header, a deadline per attempt, retries with backoff
 * for GET, at most one delivery for POST, reports streamed to disk, size caps on everything read,
 * and error messages a user can act on, with the key redacted from them.
 */
import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises'
import * as http from 'node:http'
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import * as https from 'node:https'
import { dirname } from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import type { Log } from '../log.js'
import { LeapworkError, redact, ShapeError } from './errors.js'
import type { LeapworkErrorKind } from './errors.js'

export interface RetryPolicy {
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
}

/** Bounds on what the server can make the action read, write and wait for. */
export interface Limits {
  /** The largest JSON or text answer read into memory. */
  answerBytes: number
  /** The largest report saved to disk. */
  downloadBytes: number
  /** A download that receives less than `stallBytes` in `stallWindowMs` is abandoned. */
  stallBytes: number
  stallWindowMs: number
  /** Redirects a report download follows. */
  maxRedirects: number
}

const KiB = 1024
const MiB = 1024 * KiB
const GiB = 1024 * MiB

export const DEFAULT_LIMITS: Limits = {
  answerBytes: 16 * MiB,
  downloadBytes: 4 * GiB,
  stallBytes: 64 * KiB,
  stallWindowMs: 30_000,
  maxRedirects: 5
}

export interface TransportOptions {
  baseUrl: string
  apiKey: string
  log: Log
  requestTimeoutMs: number
  retry: RetryPolicy
  userAgent: string
  /** Waits between retries; ends early, without throwing, when the signal fires. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  limits: Limits
}

export interface DownloadOptions {
  /** An answer sent as JSON is read whole and the text it decodes to is saved instead. */
  decodeJsonText?: (text: string) => string
  /** Default: the download limit; a text report that is read back later takes the answer limit. */
  maxBytes?: number
  /** Abandons the download, retries included, when it fires. */
  signal?: AbortSignal
}

/** A 2xx answer, read whole. */
export interface Answer {
  endpoint: string
  status: number
  text: string
}

interface Call {
  method: 'GET' | 'POST'
  endpoint: string
  url: string
  body?: string
  retry: boolean
  /** A report download: once the answer starts, the stall rule replaces the deadline. */
  streaming?: boolean
  /** Reports only: they may be served from storage behind a signed URL. */
  followRedirects?: boolean
  signal?: AbortSignal
}

type Failure =
  | { type: 'status'; status: number; headers: IncomingHttpHeaders; body: string }
  | { type: 'network'; code: string; status?: number }
  | { type: 'timeout'; status?: number }
  | { type: 'redirect'; status: number; location: string }
  | { type: 'too-large'; status: number; bytes: number; announced: boolean; limit: number }
  | { type: 'stalled'; status: number; bytes: number }
  | { type: 'abandoned'; reason: string; status?: number }

type StatusFailure = Extract<Failure, { type: 'status' }>

type Outcome<T> = { ok: true; value: T } | { ok: false; failure: Failure }

type Reader<T> = (message: IncomingMessage, received: ByteCounter) => Promise<T>

/** A reader's way to end the attempt with a failure of its own. */
class BodyFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.type)
  }
}

const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504])
const RETRY_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'ECONNABORTED',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ERR_STREAM_PREMATURE_CLOSE'
])
/** Failures that happen before a connection exists, so the request provably never left. */
const UNSENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'])
/** Errors of the local disk while saving a report: neither retried nor blamed on the network. */
const LOCAL_FILE_CODES = new Set([
  'EACCES',
  'EPERM',
  'ENOENT',
  'ENOTDIR',
  'EISDIR',
  'EROFS',
  'ENOSPC',
  'EDQUOT',
  'EFBIG',
  'EMFILE',
  'ENFILE',
  'EIO'
])
const SERVICE = 'Leapwork Performance'
const ERROR_BODY_LIMIT = 64 * 1024
const SNIPPET_LENGTH = 200

export class Transport {
  private readonly base: URL
  private readonly secrets: string[]
  /** Without keep-alive, so a retried POST never goes out on a socket the server already closed. */
  private readonly directAgents = { http: new http.Agent(), https: new https.Agent() }
  private readonly proxyAgents = new Map<string, http.Agent>()

  constructor(private readonly options: TransportOptions) {
    this.base = parseBaseUrl(options.baseUrl)
    this.secrets = [...new Set([options.apiKey, encodeURIComponent(options.apiKey)])]
  }

  endpointUrl(endpoint: string, query: Record<string, string> = {}): string {
    const search = Object.entries(query)
      .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
      .join('&')
    const path = `${this.base.origin}${basePath(this.base)}/api/integration/${endpoint}`
    return search ? `${path}?${search}` : path
  }

  /** Moves a URL the server returned onto the base URL, so the key never goes elsewhere. */
  rebase(serverUrl: string): string {
    return rebaseUrl(serverUrl, this.base.href)
  }

  /** The largest answer read into memory. */
  get answerLimit(): number {
    return this.options.limits.answerBytes
  }

  redact(text: string): string {
    return redact(text, this.secrets)
  }

  async get(
    endpoint: string,
    url: string,
    options: { retry?: boolean; signal?: AbortSignal; followRedirects?: boolean } = {}
  ): Promise<Answer> {
    const call: Call = { method: 'GET', endpoint, url, ...options, retry: options.retry ?? true }
    return this.send(call, (message, received) => this.readAnswer(endpoint, message, received))
  }

  /** Never sent twice unless the first attempt provably did not leave this machine. */
  async post(endpoint: string, url: string, body: unknown): Promise<Answer> {
    const call: Call = { method: 'POST', endpoint, url, body: JSON.stringify(body), retry: true }
    return this.send(call, (message, received) => this.readAnswer(endpoint, message, received))
  }

  /**
   * Streams the answer to `<destination>.part` and renames it on success, so a large report is
   * never held in memory and a failed download leaves no partial file.
   */
  async download(
    endpoint: string,
    url: string,
    destination: string,
    options: DownloadOptions = {}
  ): Promise<{ bytes: number }> {
    const partFile = `${destination}.part`
    const limits = {
      answerBytes: this.options.limits.answerBytes,
      maxBytes: options.maxBytes ?? this.options.limits.downloadBytes
    }
    await mkdir(dirname(destination), { recursive: true })
    try {
      await this.send(
        {
          method: 'GET',
          endpoint,
          url,
          retry: true,
          streaming: true,
          followRedirects: true,
          signal: options.signal
        },
        (message, received) => saveBody(message, received, partFile, limits, options.decodeJsonText)
      )
      await rename(partFile, destination)
    } catch (error) {
      await rm(partFile, { force: true })
      throw error
    }
    return { bytes: (await stat(destination)).size }
  }

  /** The error for a 2xx answer whose content is not what the endpoint promises. */
  malformed(answer: Answer, problem: string): LeapworkError {
    return this.error(
      'malformed',
      answer.endpoint,
      `${SERVICE} sent a malformed answer to ${answer.endpoint} (HTTP ${answer.status}): ` +
        `${problem}; the answer starts: ${snippet(answer.text)}`,
      { status: answer.status }
    )
  }

  private async send<T>(first: Call, read: Reader<T>): Promise<T> {
    const attempts = first.retry ? Math.max(1, this.options.retry.attempts) : 1
    let call = first
    let redirects = 0
    for (let attempt = 1; ;) {
      this.options.log.debug(`${call.method} ${this.redact(this.shownUrl(call.url))}`)
      const outcome = await this.attempt(call, read)
      if (outcome.ok) return outcome.value
      const { failure } = outcome
      if (failure.type === 'redirect') {
        call = this.redirected(call, failure, ++redirects)
        continue
      }
      if (attempt >= attempts || !isRetryable(failure, call.method)) {
        throw this.failureError(call, failure, attempt)
      }
      const delay = this.delayAfter(attempt, failure)
      this.options.log.info(
        `${call.endpoint}: ${describeFailure(failure)}; retrying in ${formatDuration(delay)} ` +
          `(attempt ${attempt + 1} of ${attempts})`
      )
      await this.options.sleep(delay, call.signal)
      attempt += 1
      call = first
      redirects = 0
    }
  }

  /** A URL elsewhere than base-url may carry a signature in its query: that is not logged. */
  private shownUrl(url: string): string {
    return new URL(url).origin === this.base.origin ? url : withoutQuery(url)
  }

  /**
   * The next hop of a download's redirect, as `curl -L` takes it: a few hops, https only (this
   * machine aside); the API key goes only to the base URL's origin.
   */
  private redirected(
    call: Call,
    { status, location }: { status: number; location: string },
    hop: number
  ): Call {
    const { endpoint } = call
    const next = URL.canParse(location, call.url) ? new URL(location, call.url) : undefined
    const target = next ? withoutQuery(next.href) : JSON.stringify(location)
    if (hop > this.options.limits.maxRedirects) {
      throw this.error(
        'server',
        endpoint,
        `${SERVICE} redirected ${endpoint} more than ${this.options.limits.maxRedirects} times ` +
          `(the last to ${target}); the download was given up`,
        { status }
      )
    }
    if (!next || !(next.protocol === 'https:' || (next.protocol === 'http:' && isLoopback(next)))) {
      throw this.error(
        'server',
        endpoint,
        `${SERVICE} redirected ${endpoint} (HTTP ${status}) to ${target}, which is not followed: ` +
          'a download is only followed to https addresses',
        { status }
      )
    }
    const keyless = next.origin === this.base.origin ? '' : ', without the API key'
    this.options.log.debug(`${endpoint}: redirected (HTTP ${status}) to ${target}${keyless}`)
    return { ...call, url: next.href }
  }

  private async attempt<T>(call: Call, read: Reader<T>): Promise<Outcome<T>> {
    const controller = new AbortController()
    let message: IncomingMessage | undefined
    const end = (reason: string) => {
      message?.destroy(new Error(reason))
      controller.abort()
    }
    const watchdog = new Watchdog(this.options.requestTimeoutMs, () => end('timed out'))
    const received = new ByteCounter()
    const stall = new StallWatch(this.options.limits, received, () => end('stalled'))
    const abandon = () => end('abandoned')
    if (call.signal?.aborted) return { ok: false, failure: abandonedBy(call.signal) }
    call.signal?.addEventListener('abort', abandon, { once: true })
    watchdog.arm()
    try {
      message = await this.request(call, controller.signal)
      const status = message.statusCode ?? 0
      if (call.followRedirects && isRedirect(status) && message.headers.location) {
        message.resume()
        return {
          ok: false,
          failure: { type: 'redirect', status, location: message.headers.location }
        }
      }
      if (status >= 200 && status < 300) {
        if (call.streaming) {
          watchdog.disarm()
          stall.start()
        }
        return { ok: true, value: await read(message, received) }
      }
      const body = await readText(message, ERROR_BODY_LIMIT)
      return { ok: false, failure: { type: 'status', status, headers: message.headers, body } }
    } catch (error) {
      if (error instanceof BodyFailure) return { ok: false, failure: error.failure }
      if (LOCAL_FILE_CODES.has(errorCode(error))) throw error
      const status = message?.statusCode
      if (call.signal?.aborted)
        return { ok: false, failure: { ...abandonedBy(call.signal), status } }
      if (stall.stalled) {
        return {
          ok: false,
          failure: { type: 'stalled', status: status ?? 0, bytes: received.total }
        }
      }
      if (watchdog.expired) return { ok: false, failure: { type: 'timeout', status } }
      return { ok: false, failure: { type: 'network', code: errorCode(error), status } }
    } finally {
      watchdog.disarm()
      stall.stop()
      call.signal?.removeEventListener('abort', abandon)
    }
  }

  /** Reads a JSON or text answer whole, up to the answer limit. */
  private async readAnswer(
    endpoint: string,
    message: IncomingMessage,
    received: ByteCounter
  ): Promise<Answer> {
    const text = await readCapped(message, this.options.limits.answerBytes, received)
    return { endpoint, status: message.statusCode ?? 0, text }
  }

  /** Follows no redirects itself; the key goes only to the base URL's origin. */
  private async request(call: Call, signal: AbortSignal): Promise<IncomingMessage> {
    const url = new URL(call.url)
    const agent = await this.agentFor(url)
    const key = `X-API-KEY ${this.options.apiKey}`
    const headers: http.OutgoingHttpHeaders = {
      ...(url.origin === this.base.origin ? { authorization: key } : {}),
      // Reports are files (xlsx, text): asking only for JSON could get a strict server's 406.
      accept: call.streaming ? '*/*' : 'application/json',
      'user-agent': this.options.userAgent
    }
    if (call.body !== undefined) {
      headers['content-type'] = 'application/json'
      headers['content-length'] = Buffer.byteLength(call.body)
    }
    const send = url.protocol === 'https:' ? https.request : http.request
    return new Promise((resolve, reject) => {
      const request = send(url, { method: call.method, headers, agent, signal }, resolve)
      request.on('error', reject)
      request.end(call.body)
    })
  }

  /**
   * http-client's index loads undici, which costs tens of milliseconds at start-up, so it is
   * imported only when the runner's proxy settings route this URL through a proxy.
   */
  private async agentFor(url: URL): Promise<http.Agent> {
    const proxy = getProxyUrl(url)
    if (!proxy?.hostname) {
      return url.protocol === 'https:' ? this.directAgents.https : this.directAgents.http
    }
    const key = `${url.protocol} ${proxy.href}`
    let agent = this.proxyAgents.get(key)
    if (!agent) {
      const { HttpClient } = await import('@actions/http-client')
      agent = new HttpClient(this.options.userAgent).getAgent(url.href)
      this.proxyAgents.set(key, agent)
    }
    return agent
  }

  /** Exponential backoff with full jitter, unless the server said when to come back. */
  private delayAfter(failedAttempts: number, failure: Failure): number {
    const { baseDelayMs, maxDelayMs } = this.options.retry
    const requested =
      failure.type === 'status' ? retryAfterMs(failure.headers['retry-after']) : undefined
    if (requested !== undefined) return Math.min(requested, maxDelayMs)
    return Math.round(Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (failedAttempts - 1)))
  }

  private failureError(
    call: Call,
    failure: Exclude<Failure, { type: 'redirect' }>,
    attempts: number
  ): LeapworkError {
    const after = attempts > 1 ? ` after ${attempts} attempts` : ''
    if (failure.type === 'status') return this.statusError(call, failure, after)
    if (failure.type === 'too-large') return this.tooLargeError(call.endpoint, failure)
    if (failure.type === 'stalled') {
      const { stallBytes, stallWindowMs } = this.options.limits
      const message =
        `${SERVICE} sent less than ${formatBytes(stallBytes)} of ${call.endpoint} in ` +
        `${formatDuration(stallWindowMs)} (HTTP ${failure.status}, ${formatBytes(failure.bytes)} ` +
        'received in all), so the download was abandoned'
      return this.error('timeout', call.endpoint, message, { status: failure.status })
    }
    if (failure.type === 'abandoned') {
      const message = `${call.endpoint} was abandoned: ${failure.reason}`
      return this.error('timeout', call.endpoint, message, { status: failure.status })
    }
    const { status } = failure
    if (failure.type === 'timeout') {
      const message = `${this.timeoutMessage(call, status)}${after}`
      return this.error('timeout', call.endpoint, message, { status })
    }
    const message =
      status === undefined
        ? `Could not reach ${SERVICE} at ${withoutQuery(call.url)} (${failure.code})${after}; ` +
          'check base-url and that the runner can reach that address'
        : `The connection to ${SERVICE} broke while receiving the answer to ${call.endpoint} ` +
          `(HTTP ${status}, ${failure.code})${after}`
    return this.error('unreachable', call.endpoint, message, { status, code: failure.code })
  }

  private timeoutMessage({ endpoint }: Call, status: number | undefined): string {
    const limit = formatDuration(this.options.requestTimeoutMs)
    if (status === undefined) return `${SERVICE} did not answer ${endpoint} within ${limit}`
    return `${SERVICE} did not finish its answer to ${endpoint} (HTTP ${status}) within ${limit}`
  }

  private tooLargeError(
    endpoint: string,
    { status, bytes, announced, limit }: Extract<Failure, { type: 'too-large' }>
  ): LeapworkError {
    const size = announced
      ? `an answer of ${formatBytes(bytes)}`
      : `more than ${formatBytes(limit)}`
    const message =
      `${SERVICE} sent ${size} to ${endpoint} (HTTP ${status}); answers larger than ` +
      `${formatBytes(limit)} are not read`
    return this.error('too-large', endpoint, message, { status })
  }

  private statusError(call: Call, failure: StatusFailure, after: string): LeapworkError {
    const { kind, message } = this.describeStatus(call, failure, after)
    const retryAfter = retryAfterMs(failure.headers['retry-after'])
    return this.error(kind, call.endpoint, message, {
      status: failure.status,
      retryAfterMs: retryAfter
    })
  }

  private describeStatus(
    call: Call,
    { status, body, headers }: StatusFailure,
    after: string
  ): { kind: LeapworkErrorKind; message: string } {
    const { endpoint } = call
    const words = serverWords(body)
    if (status === 401) return { kind: 'unauthorized', message: unauthorizedMessage(endpoint) }
    if (status === 403) return { kind: 'forbidden', message: forbiddenMessage(endpoint) }
    if (status === 404) return { kind: 'not-found', message: notFoundMessage(call, words) }
    if (status >= 300 && status < 400) {
      return { kind: 'server', message: this.redirectMessage(endpoint, status, headers.location) }
    }
    if (status >= 400 && status < 500 && !RETRY_STATUSES.has(status)) {
      const code = status === 400 ? '' : ` (HTTP ${status})`
      const reason = words ?? snippet(body)
      return { kind: 'bad-request', message: `${SERVICE} refused ${endpoint}${code}: ${reason}` }
    }
    return {
      kind: 'server',
      message:
        `${SERVICE} failed on ${endpoint} with HTTP ${status}${after}; ` +
        `the answer starts: ${snippet(body)}`
    }
  }

  private redirectMessage(endpoint: string, status: number, location: string | undefined): string {
    const target = location ? ` to ${withoutQuery(location)}` : ''
    return (
      `${SERVICE} answered ${endpoint} with a redirect (HTTP ${status})${target}, which is ` +
      `not followed so that the API key only goes to ${this.base.origin}; set base-url to the ` +
      'address the API is served from'
    )
  }

  private error(
    kind: LeapworkErrorKind,
    endpoint: string,
    message: string,
    details: { status?: number; code?: string; retryAfterMs?: number }
  ): LeapworkError {
    return new LeapworkError(kind, endpoint, this.redact(message), details)
  }
}

/**
 * Rebuilds a URL the server returned on the configured base URL: base origin, then the server
 * URL's path and query. A base URL with a path (`https://host/perf` behind a proxy) keeps that
 * prefix in front unless the server's path already starts with it. Accepts absolute http(s) URLs
 * and absolute paths; anything else is a ShapeError.
 */
export function rebaseUrl(serverUrl: string, baseUrl: string): string {
  const base = parseBaseUrl(baseUrl)
  const server = parseServerUrl(serverUrl)
  const prefix = basePath(base)
  const keepsPrefix =
    prefix === '' || server.pathname === prefix || server.pathname.startsWith(`${prefix}/`)
  return `${base.origin}${keepsPrefix ? '' : prefix}${server.pathname}${server.search}`
}

function unauthorizedMessage(endpoint: string): string {
  return (
    `${SERVICE} rejected the API key (HTTP 401 on ${endpoint}): it is missing, invalid, ` +
    `expired or revoked; create a new one in ${SERVICE} under Profile > Integration API Keys ` +
    'and store it as a repository secret.'
  )
}

function forbiddenMessage(endpoint: string): string {
  return (
    `${SERVICE} refused ${endpoint} (HTTP 403): integration is not enabled in this ${SERVICE} ` +
    'environment; ask an administrator to enable the Integration API.'
  )
}

function notFoundMessage(call: Call, words: string | undefined): string {
  if (words) return `${SERVICE} refused ${call.endpoint} (HTTP 404): ${words}`
  return (
    `${SERVICE} has no ${call.endpoint} at ${withoutQuery(call.url)} (HTTP 404); check that ` +
    `base-url is the address of the ${SERVICE} API, e.g. https://perfapi.leapwork.cloud`
  )
}

/** Whether a LeapworkError proves the request never reached the server (nothing was sent). */
export function wasNeverSent(error: LeapworkError): boolean {
  return (
    error.kind === 'unreachable' &&
    error.status === undefined &&
    error.code !== undefined &&
    UNSENT_CODES.has(error.code)
  )
}

function parseBaseUrl(baseUrl: string): URL {
  const url = URL.canParse(baseUrl) ? new URL(baseUrl) : undefined
  if (url?.protocol === 'http:' || url?.protocol === 'https:') return url
  throw new TypeError(`The base URL must be an http(s) URL, e.g. https://perfapi.leapwork.cloud`)
}

function parseServerUrl(serverUrl: string): URL {
  const text = serverUrl.trim()
  if (text.startsWith('/') && !text.startsWith('//')) return new URL(text, 'http://path.invalid')
  const url = URL.canParse(text) ? new URL(text) : undefined
  if (url?.protocol === 'http:' || url?.protocol === 'https:') return url
  throw new ShapeError(`${JSON.stringify(serverUrl)} is not an http(s) URL`)
}

function basePath(base: URL): string {
  return base.pathname.replace(/\/+$/, '')
}

function isRetryable(failure: Failure, method: Call['method']): boolean {
  if (method === 'POST') {
    return (
      failure.type === 'network' && failure.status === undefined && UNSENT_CODES.has(failure.code)
    )
  }
  if (failure.type === 'status') return RETRY_STATUSES.has(failure.status)
  if (failure.type === 'timeout') return true
  if (failure.type === 'network') return RETRY_CODES.has(failure.code)
  return false
}

function isRedirect(status: number): boolean {
  return [301, 302, 303, 307, 308].includes(status)
}

function isLoopback(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '')
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host)
}

function abandonedBy(signal: AbortSignal): Extract<Failure, { type: 'abandoned' }> {
  const reason: unknown = signal.reason
  return { type: 'abandoned', reason: reason instanceof Error ? reason.message : String(reason) }
}

/** Retry-After in seconds or as an HTTP date, in milliseconds from now. */
function retryAfterMs(header: string | undefined): number | undefined {
  if (header === undefined) return undefined
  const value = header.trim()
  if (/^\d+$/.test(value)) return Number(value) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}

/** The start of an error body, for the message; the rest is not read. */
async function readText(message: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of message as AsyncIterable<Buffer>) {
    chunks.push(chunk)
    size += chunk.length
    if (size >= limit) break
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** The whole body as text; past `limit` bytes (announced or received) the attempt fails. */
async function readCapped(
  message: IncomingMessage,
  limit: number,
  received: ByteCounter
): Promise<string> {
  refuseAnnouncedSize(message, limit)
  const chunks: Buffer[] = []
  for await (const chunk of message as AsyncIterable<Buffer>) {
    received.add(chunk.length)
    if (received.total > limit) throw tooLarge(message, received.total, limit, false)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function refuseAnnouncedSize(message: IncomingMessage, limit: number): void {
  const announced = Number(message.headers['content-length'])
  if (Number.isFinite(announced) && announced > limit) {
    throw tooLarge(message, announced, limit, true)
  }
}

function tooLarge(
  message: IncomingMessage,
  bytes: number,
  limit: number,
  announced: boolean
): BodyFailure {
  message.destroy()
  return new BodyFailure({
    type: 'too-large',
    status: message.statusCode ?? 0,
    bytes,
    announced,
    limit
  })
}

async function saveBody(
  message: IncomingMessage,
  received: ByteCounter,
  partFile: string,
  limits: { answerBytes: number; maxBytes: number },
  decodeJsonText: ((text: string) => string) | undefined
): Promise<void> {
  if (decodeJsonText && /\bjson\b/i.test(message.headers['content-type'] ?? '')) {
    const limit = Math.min(limits.answerBytes, limits.maxBytes)
    await writeFile(partFile, decodeJsonText(await readCapped(message, limit, received)))
    return
  }
  refuseAnnouncedSize(message, limits.maxBytes)
  const file = await open(partFile, 'w')
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received.add(chunk.length)
      if (received.total > limits.maxBytes) {
        done(tooLarge(message, received.total, limits.maxBytes, false))
      } else done(null, chunk)
    }
  })
  await pipeline(message, counted, file.createWriteStream())
}

/** The server's own words from an error body: a JSON string, or a JSON object's message. */
function serverWords(body: string): string | undefined {
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    return undefined
  }
  if (typeof value === 'string') return collapse(value) || undefined
  if (typeof value !== 'object' || value === null) return undefined
  const fields = value as Record<string, unknown>
  const headline = ['message', 'detail', 'title', 'error']
    .map((key) => fields[key])
    .find((text): text is string => typeof text === 'string' && text.trim() !== '')
  const problems = fieldProblems(fields.errors)
  const words = [headline, problems].filter(Boolean).join(': ')
  return words ? collapse(words) : undefined
}

/** ASP.NET validation errors: `{ "projectId": ["The projectId field is required."] }`. */
function fieldProblems(errors: unknown): string | undefined {
  if (typeof errors !== 'object' || errors === null || Array.isArray(errors)) return undefined
  const parts = Object.entries(errors).map(
    ([field, messages]) => `${field}: ${[messages].flat().join(' ')}`
  )
  return parts.length > 0 ? parts.join('; ') : undefined
}

function snippet(body: string): string {
  const text = collapse(body)
  if (text === '') return '(nothing)'
  return text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH)}…` : text
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function withoutQuery(url: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : undefined
  return parsed ? `${parsed.origin}${parsed.pathname}` : url.split('?')[0]
}

function describeFailure(failure: Failure): string {
  if (failure.type === 'status') return `HTTP ${failure.status}`
  if (failure.type === 'timeout') return 'timed out'
  return failure.type === 'network' ? failure.code : failure.type
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code
  if (typeof code === 'string' && code !== '') return code
  return error instanceof Error ? error.message : String(error)
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`
}

function formatBytes(bytes: number): string {
  const units: [number, string][] = [
    [GiB, 'GiB'],
    [MiB, 'MiB'],
    [KiB, 'KiB']
  ]
  const [size, unit] = units.find(([unitSize]) => bytes >= unitSize) ?? [1, 'bytes']
  return `${Number((bytes / size).toFixed(1))} ${unit}`
}

class ByteCounter {
  total = 0

  add(bytes: number): void {
    this.total += bytes
  }
}

/** Fires when a window of `stallWindowMs` brings less than `stallBytes`. */
class StallWatch {
  stalled = false
  private timer: NodeJS.Timeout | undefined
  private seenAtWindowStart = 0

  constructor(
    private readonly limits: Pick<Limits, 'stallBytes' | 'stallWindowMs'>,
    private readonly received: ByteCounter,
    private readonly onStall: () => void
  ) {}

  start(): void {
    this.seenAtWindowStart = this.received.total
    this.timer = setInterval(() => {
      if (this.received.total - this.seenAtWindowStart < this.limits.stallBytes) {
        this.stalled = true
        this.stop()
        this.onStall()
      }
      this.seenAtWindowStart = this.received.total
    }, this.limits.stallWindowMs)
  }

  stop(): void {
    clearInterval(this.timer)
  }
}

/** A deadline that fires once; arming it again restarts the countdown. */
class Watchdog {
  expired = false
  private timer: NodeJS.Timeout | undefined

  constructor(
    private readonly ms: number,
    private readonly onExpire: () => void
  ) {}

  arm(): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.expired = true
      this.onExpire()
    }, this.ms)
  }

  disarm(): void {
    clearTimeout(this.timer)
  }
}
