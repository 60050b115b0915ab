/** Which failed attempts are tried again, and after how long. */
import type { LeapworkError } from './errors.js'
import type { Failure } from './failure.js'

export interface RetryPolicy {
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
}

export const RETRY_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504])
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

/** A GET is retried on a passing fault; a POST only when it provably never left this machine. */
export function isRetryable(failure: Failure, method: 'GET' | 'POST'): boolean {
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

/** Exponential backoff with full jitter, unless the server said when to come back. */
export function retryDelay(policy: RetryPolicy, failedAttempts: number, failure: Failure): number {
  const { baseDelayMs, maxDelayMs } = policy
  const requested =
    failure.type === 'status' ? retryAfterMs(failure.headers['retry-after']) : undefined
  if (requested !== undefined) return Math.min(requested, maxDelayMs)
  return Math.round(Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (failedAttempts - 1)))
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

/** Retry-After in seconds or as an HTTP date, in milliseconds from now. */
export function retryAfterMs(header: string | undefined): number | undefined {
  if (header === undefined) return undefined
  const value = header.trim()
  if (/^\d+$/.test(value)) return Number(value) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}
