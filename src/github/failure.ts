import { setOutput } from './outputs.js'
import { writeSummary } from './toolkit.js'
import { InputError } from '../inputs.js'
import { LeapworkError } from '../leapwork/errors.js'
import { renderFailureSummary } from '../present/failure.js'
import { PlanError } from '../run/resolve.js'

/**
 * A step that failed before it could judge a run still sets `result: error` (so
 * `if: steps.<id>.outputs.result == 'error'` fires) and leaves a short summary saying what to do.
 */
export async function publishFailure(message: string, error: unknown): Promise<void> {
  setOutput('result', 'error')
  const problems = error instanceof InputError ? error.problems : [message]
  await writeSummary(renderFailureSummary({ problems, advice: adviceFor(error) }))
}

function adviceFor(error: unknown): string {
  if (error instanceof InputError) {
    return 'Correct the inputs named above in the workflow file and run it again. No run was started.'
  }
  if (error instanceof PlanError) {
    return 'Check the timeline and data item inputs against the Leapwork Performance portal (the closest names are listed above). No run was started.'
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
