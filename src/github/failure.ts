import { setOutput, type OutputKey } from './outputs.js'
import { writeSummary } from './toolkit.js'
import { actionsLog as log } from './log.js'
import { InputError } from '../inputs.js'
import { LeapworkError } from '../leapwork/errors.js'
import { renderFailureSummary } from '../present/failure.js'
import { PlanError } from '../run/resolve.js'

/** What the step knows of its run when it fails: the status to leave in the `status` output. */
export interface FailureContext {
  status?: string
}

/** Disk errors a user can act on by freeing space. */
const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT'])

/**
 * A step that failed before it could judge a run still sets `result: error` (so
 * `if: steps.<id>.outputs.result == 'error'` fires) and leaves a short summary saying what to do.
 * Neither may throw: an output file or a summary that cannot be written (a full disk, a missing
 * file) costs a warning, never the rest of the failure path.
 */
export async function publishFailure(
  message: string,
  error: unknown,
  context: FailureContext = {}
): Promise<void> {
  setOutputSafely('result', 'error')
  if (context.status !== undefined) setOutputSafely('status', context.status)
  const problems = error instanceof InputError ? error.problems : [message]
  try {
    await writeSummary(renderFailureSummary({ problems, advice: adviceFor(error) }))
  } catch (summaryError) {
    log.warning(`The job summary could not be written: ${describeLocalError(summaryError)}`)
  }
}

/** Sets an output on a failure path; a failure to do so is said, not thrown. */
export function setOutputSafely(name: OutputKey, value: string): void {
  try {
    setOutput(name, value)
  } catch (error) {
    log.warning(`Output "${name}" could not be set: ${describeLocalError(error)}`)
  }
}

/** Whether the error is the runner's disk (or quota) being full. */
export function isDiskFull(error: unknown): boolean {
  return DISK_FULL_CODES.has(String((error as { code?: unknown } | undefined)?.code))
}

/** An error of this machine's files, in words: a full disk says so before the system's message. */
export function describeLocalError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  if (!isDiskFull(error)) return text
  return `the runner's disk is full (${text}); free space on the runner, or set "report-dir" to a disk with room, and run the workflow again`
}

function adviceFor(error: unknown): string {
  if (error instanceof InputError) {
    return 'Correct the inputs named above in the workflow file and run it again. No run was started.'
  }
  if (error instanceof PlanError) {
    return 'Check the timeline and data item inputs against the Leapwork Performance portal (the closest names are listed above). No run was started.'
  }
  if (isDiskFull(error)) {
    return 'Free space on the runner (or set "report-dir" to a disk with room) and run the workflow again.'
  }
  if (!(error instanceof LeapworkError)) {
    return 'Read the log of this step for the details, and run the workflow again.'
  }
  switch (error.kind) {
    case 'unauthorized':
    case 'forbidden':
      return 'Check the API key secret passed as "api-key" (Leapwork Performance > Profile > Integration API Keys): it may be wrong, expired, or lack access to this timeline.'
    case 'unreachable':
    case 'timeout':
    case 'server':
      return 'Check "base-url" and that the Leapwork Performance API is reachable from the runner, then run the workflow again.'
    case 'run-may-have-started':
      return 'Look for the run in the Leapwork Performance portal and stop it if it is running, then run the workflow again.'
    default:
      return 'Read the log of this step for the details; if the API answered something unexpected, run the workflow again.'
  }
}
