/**
 * HTTP to the Integration API: the API key header, a deadline per attempt, retries with backoff
 * for GET, at most one delivery for POST, reports streamed to disk, size caps on everything read,
 * and error messages a user can act on, with the key redacted from them.
 */
import { mkdir, rename, rm, stat } from 'node:fs/promises'
import * as http from 'node:http'
import type { IncomingMessage } from 'node:http'
import * as https from 'node:https'
import { dirname } from 'node:path'
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import type { Log } from '../log.js'
import { formatDelay } from '../number-format.js'
import { ByteCounter, isLocalFileError, readCapped, readErrorBody, saveBody } from './body.js'
import type { Limits } from './body.js'
import { LeapworkError, redact } from './errors.js'
import type { LeapworkErrorKind } from './errors.js'
import { abandonedBy, BodyFailure, errorCode } from './failure.js'
import type { Failure } from './failure.js'
import {
  attemptWords,
  failureWords,
  malformedWords,
  redirectRefusedWords,
  tooManyRedirectsWords
} from './failure-words.js'
import { isRetryable, retryAfterMs, retryDelay } from './retry.js'
import type { RetryPolicy } from './retry.js'
import { StallWatch, Watchdog } from './timers.js'
import {
  endpointUrl,
  isLoopback,
  mayFollow,
  parseBaseUrl,
  rebaseUrl,
  withoutQuery
} from './urls.js'

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
  /**
   * Makes the download a text report, read whole and saved with the key taken out; an answer sent
   * as JSON is saved as the text this decodes it to.
   */
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

type Outcome<T> = { ok: true; value: T } | { ok: false; failure: Failure }

type Reader<T> = (message: IncomingMessage, received: ByteCounter) => Promise<T>

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

  get baseUrl(): string {
    return this.options.baseUrl
  }

  endpointUrl(endpoint: string, query: Record<string, string> = {}): string {
    return endpointUrl(this.base, endpoint, query)
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
    const { decodeJsonText } = options
    const textReport = decodeJsonText && {
      decodeJson: decodeJsonText,
      redact: (text: string) => this.redact(text)
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
        (message, received) => saveBody(message, received, partFile, limits, textReport)
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
    const message = malformedWords(answer.endpoint, answer.status, problem, answer.text)
    return this.error('malformed', answer.endpoint, message, { status: answer.status })
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
      const delay = retryDelay(this.options.retry, attempt, failure)
      this.options.log.info(
        `${call.endpoint}: ${attemptWords(failure)}; retrying in ${formatDelay(delay)} ` +
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
   * machine aside when base-url is on it); the API key goes only to the base URL's origin.
   */
  private redirected(
    call: Call,
    { status, location }: { status: number; location: string },
    hop: number
  ): Call {
    const { endpoint } = call
    const next = URL.canParse(location, call.url) ? new URL(location, call.url) : undefined
    const target = next ? withoutQuery(next.href) : JSON.stringify(location)
    const { maxRedirects } = this.options.limits
    if (hop > maxRedirects) {
      const message = tooManyRedirectsWords(endpoint, maxRedirects, target)
      throw this.error('server', endpoint, message, { status })
    }
    if (!next || !mayFollow(next, this.base)) {
      const message = redirectRefusedWords(endpoint, status, target, isLoopback(this.base))
      throw this.error('server', endpoint, message, { status })
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
        // Its body is never read: it may not end, and would keep the process alive if it were.
        message.destroy()
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
      const body = this.redact(await readErrorBody(message))
      return { ok: false, failure: { type: 'status', status, headers: message.headers, body } }
    } catch (error) {
      if (error instanceof BodyFailure) return { ok: false, failure: error.failure }
      if (isLocalFileError(errorCode(error))) throw error
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

  /**
   * Reads a JSON or text answer whole, up to the answer limit, with the key taken out before
   * anything reads it: a quote cut short can then never show part of it.
   */
  private async readAnswer(
    endpoint: string,
    message: IncomingMessage,
    received: ByteCounter
  ): Promise<Answer> {
    const text = await readCapped(message, this.options.limits.answerBytes, received)
    return { endpoint, status: message.statusCode ?? 0, text: this.redact(text) }
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

  private failureError(
    call: Call,
    failure: Exclude<Failure, { type: 'redirect' }>,
    attempts: number
  ): LeapworkError {
    const { kind, message, status, code } = failureWords(failure, {
      endpoint: call.endpoint,
      url: call.url,
      attempts,
      requestTimeoutMs: this.options.requestTimeoutMs,
      stall: this.options.limits,
      baseOrigin: this.base.origin
    })
    const retryAfter =
      failure.type === 'status' ? retryAfterMs(failure.headers['retry-after']) : undefined
    return this.error(kind, call.endpoint, message, { status, code, retryAfterMs: retryAfter })
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

function isRedirect(status: number): boolean {
  return [301, 302, 303, 307, 308].includes(status)
}
