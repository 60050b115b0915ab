import type { IncomingHttpHeaders } from 'node:http'

/** What went wrong with one attempt of a call, before it is put in words. */
export type Failure =
  | StatusFailure
  | { type: 'network'; code: string; status?: number }
  | { type: 'timeout'; status?: number }
  | { type: 'redirect'; status: number; location: string }
  | TooLargeFailure
  | { type: 'stalled'; status: number; bytes: number }
  | { type: 'abandoned'; reason: string; status?: number }

export interface StatusFailure {
  type: 'status'
  status: number
  headers: IncomingHttpHeaders
  body: string
}

export interface TooLargeFailure {
  type: 'too-large'
  status: number
  bytes: number
  announced: boolean
  limit: number
}

/** A reader's way to end the attempt with a failure of its own. */
export class BodyFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.type)
  }
}

/** The network error code (`ECONNRESET`), or the message when there is none. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code
  if (typeof code === 'string' && code !== '') return code
  return error instanceof Error ? error.message : String(error)
}

export function abandonedBy(signal: AbortSignal): Extract<Failure, { type: 'abandoned' }> {
  const reason: unknown = signal.reason
  return { type: 'abandoned', reason: reason instanceof Error ? reason.message : String(reason) }
}
