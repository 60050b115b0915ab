/** What a failed call tells the user: what went wrong, and what to do about it. */
import { formatBytes, formatDelay } from '../number-format.js'
import type { Failure, StatusFailure, TooLargeFailure } from './failure.js'
import { RETRY_STATUSES } from './retry.js'
import type { LeapworkErrorKind } from './errors.js'
import type { StallRule } from './timers.js'
import { withoutQuery } from './urls.js'

const SERVICE = 'Leapwork Performance'
const SNIPPET_LENGTH = 200

/** What the words of a failed call need to know besides the failure. */
export interface FailureContext {
  endpoint: string
  url: string
  /** Attempts made, for "after 3 attempts". */
  attempts: number
  requestTimeoutMs: number
  stall: StallRule
  /** The only origin the key goes to, named when a redirect is not followed. */
  baseOrigin: string
}

export interface FailureWords {
  kind: LeapworkErrorKind
  message: string
  status?: number
  code?: string
}

/** The message a user can act on for a call that failed for good. */
export function failureWords(
  failure: Exclude<Failure, { type: 'redirect' }>,
  context: FailureContext
): FailureWords {
  const { endpoint } = context
  const after = context.attempts > 1 ? ` after ${context.attempts} attempts` : ''
  if (failure.type === 'status') return statusWords(failure, context, after)
  if (failure.type === 'too-large') return tooLargeWords(endpoint, failure)
  const { status } = failure
  if (failure.type === 'stalled') {
    const { stallBytes, stallWindowMs } = context.stall
    const message =
      `${SERVICE} sent less than ${formatBytes(stallBytes)} of ${endpoint} in ` +
      `${formatDelay(stallWindowMs)} (HTTP ${status}, ${formatBytes(failure.bytes)} ` +
      'received in all), so the download was abandoned'
    return { kind: 'timeout', message, status }
  }
  if (failure.type === 'abandoned') {
    return { kind: 'timeout', message: `${endpoint} was abandoned: ${failure.reason}`, status }
  }
  if (failure.type === 'timeout') {
    const limit = formatDelay(context.requestTimeoutMs)
    const message =
      status === undefined
        ? `${SERVICE} did not answer ${endpoint} within ${limit}${after}`
        : `${SERVICE} did not finish its answer to ${endpoint} (HTTP ${status}) within ${limit}${after}`
    return { kind: 'timeout', message, status }
  }
  const message =
    status === undefined
      ? `Could not reach ${SERVICE} at ${withoutQuery(context.url)} (${failure.code})${after}; ` +
        'check base-url and that the runner can reach that address'
      : `The connection to ${SERVICE} broke while receiving the answer to ${endpoint} ` +
        `(HTTP ${status}, ${failure.code})${after}`
  return { kind: 'unreachable', message, status, code: failure.code }
}

/** A few words on a failed attempt, for the line that announces the retry. */
export function attemptWords(failure: Failure): string {
  if (failure.type === 'status') return `HTTP ${failure.status}`
  if (failure.type === 'timeout') return 'timed out'
  return failure.type === 'network' ? failure.code : failure.type
}

/** For a 2xx answer whose content is not what the endpoint promises. */
export function malformedWords(
  endpoint: string,
  status: number,
  problem: string,
  text: string
): string {
  return (
    `${SERVICE} sent a malformed answer to ${endpoint} (HTTP ${status}): ` +
    `${problem}; the answer starts: ${snippet(text)}`
  )
}

export function tooManyRedirectsWords(
  endpoint: string,
  maxRedirects: number,
  target: string
): string {
  return (
    `${SERVICE} redirected ${endpoint} more than ${maxRedirects} times ` +
    `(the last to ${target}); the download was given up`
  )
}

export function redirectRefusedWords(
  endpoint: string,
  status: number,
  target: string,
  baseIsLoopback: boolean
): string {
  const rule = baseIsLoopback
    ? 'a download is only followed to https addresses, or to http on this machine'
    : 'a download is only followed to https addresses on other machines than this one'
  return `${SERVICE} redirected ${endpoint} (HTTP ${status}) to ${target}, which is not followed: ${rule}`
}

function statusWords(
  { status, body, headers }: StatusFailure,
  context: FailureContext,
  after: string
): FailureWords {
  const { endpoint } = context
  const words = serverWords(body)
  const refusal = (kind: LeapworkErrorKind, message: string) => ({ kind, message, status })
  if (status === 401) return refusal('unauthorized', unauthorizedWords(endpoint))
  if (status === 403) return refusal('forbidden', forbiddenWords(endpoint))
  if (status === 404) return refusal('not-found', notFoundWords(context, words))
  if (status >= 300 && status < 400) {
    return refusal('server', redirectAnswerWords(context, status, headers.location))
  }
  if (status >= 400 && status < 500 && !RETRY_STATUSES.has(status)) {
    const code = status === 400 ? '' : ` (HTTP ${status})`
    const reason = words ?? snippet(body)
    return refusal('bad-request', `${SERVICE} refused ${endpoint}${code}: ${reason}`)
  }
  return refusal(
    'server',
    `${SERVICE} failed on ${endpoint} with HTTP ${status}${after}; ` +
      `the answer starts: ${snippet(body)}`
  )
}

function tooLargeWords(
  endpoint: string,
  { status, bytes, announced, limit }: TooLargeFailure
): FailureWords {
  const size = announced ? `an answer of ${formatBytes(bytes)}` : `more than ${formatBytes(limit)}`
  const message =
    `${SERVICE} sent ${size} to ${endpoint} (HTTP ${status}); answers larger than ` +
    `${formatBytes(limit)} are not read`
  return { kind: 'too-large', message, status }
}

function redirectAnswerWords(
  { endpoint, baseOrigin }: FailureContext,
  status: number,
  location: string | undefined
): string {
  const target = location ? ` to ${withoutQuery(location)}` : ''
  return (
    `${SERVICE} answered ${endpoint} with a redirect (HTTP ${status})${target}, which is ` +
    `not followed so that the API key only goes to ${baseOrigin}; set base-url to the ` +
    'address the API is served from'
  )
}

function unauthorizedWords(endpoint: string): string {
  return (
    `${SERVICE} rejected the API key (HTTP 401 on ${endpoint}): it is missing, invalid, ` +
    `expired or revoked; create a new one in ${SERVICE} under Profile > Integration API Keys ` +
    'and store it as a repository secret.'
  )
}

function forbiddenWords(endpoint: string): string {
  return (
    `${SERVICE} refused ${endpoint} (HTTP 403): integration is not enabled in this ${SERVICE} ` +
    'environment; ask an administrator to enable the Integration API.'
  )
}

function notFoundWords({ endpoint, url }: FailureContext, words: string | undefined): string {
  if (words) return `${SERVICE} refused ${endpoint} (HTTP 404): ${words}`
  return (
    `${SERVICE} has no ${endpoint} at ${withoutQuery(url)} (HTTP 404); check that ` +
    `base-url is the address of the ${SERVICE} API, e.g. https://perfapi.leapwork.cloud`
  )
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
