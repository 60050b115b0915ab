import type { RunStatus } from '../leapwork/types.js'

/** Longer than any status word a server means; what is longer is cut before it is kept or shown. */
export const MAX_STATUS_LENGTH = 64

/** A server's status word, cut to a length a log line, an output and a summary can hold. */
export function boundedStatus(status: RunStatus): RunStatus {
  return status.length > MAX_STATUS_LENGTH ? `${status.slice(0, MAX_STATUS_LENGTH)}…` : status
}
