export type LeapworkErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'bad-request'
  | 'not-found'
  | 'server'
  | 'unreachable'
  | 'timeout'
  | 'malformed'
  | 'too-large'
  | 'run-may-have-started'

export interface LeapworkErrorDetails {
  status?: number
  /** The network error code (ECONNREFUSED, ECONNRESET, ...) when no usable answer came. */
  code?: string
  /** How long the server asked the client to wait (its Retry-After), when it said. */
  retryAfterMs?: number
  cause?: unknown
}

/** A failed call to the Integration API, with a one-line message a user can act on. */
export class LeapworkError extends Error {
  readonly kind: LeapworkErrorKind
  readonly endpoint: string
  readonly status?: number
  readonly code?: string
  readonly retryAfterMs?: number

  constructor(
    kind: LeapworkErrorKind,
    endpoint: string,
    message: string,
    details: LeapworkErrorDetails = {}
  ) {
    super(message, { cause: details.cause })
    this.name = 'LeapworkError'
    this.kind = kind
    this.endpoint = endpoint
    this.status = details.status
    this.code = details.code
    this.retryAfterMs = details.retryAfterMs
  }
}

/** runIntegration failed after the request may have reached the server: it must not be resent. */
export class RunMayHaveStartedError extends LeapworkError {
  constructor(timeline: string, reason: string, cause: unknown) {
    super(
      'run-may-have-started',
      'runIntegration',
      `Starting the run failed after the request was sent (${reason}), so a run may have ` +
        "started on the server. Look in the Leapwork Performance portal's run history for " +
        `timeline ${timeline} and stop the run there if it is running.`,
      { status: cause instanceof LeapworkError ? cause.status : undefined, cause }
    )
    this.name = 'RunMayHaveStartedError'
  }
}

/** What is wrong with an answer's content; the client turns it into a 'malformed' LeapworkError. */
export class ShapeError extends Error {
  constructor(problem: string) {
    super(problem)
    this.name = 'ShapeError'
  }
}

const API_KEY_HEADER_VALUE = /X-API-KEY\s+[^\s"'`,;]+/gi

/** Replaces each secret, and any `X-API-KEY <value>`, with `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  const masked = secrets
    .filter((secret) => secret.length > 0)
    .reduce((result, secret) => result.split(secret).join('***'), text)
  return masked.replace(API_KEY_HEADER_VALUE, 'X-API-KEY ***')
}
