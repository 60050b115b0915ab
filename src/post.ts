import { readConnection } from './inputs.js'
import { LeapworkClient } from './leapwork/client.js'
import { actionsLog as log } from './github/log.js'
import { runState } from './github/state.js'
import { core, loadToolkit } from './github/toolkit.js'
import { stopRun, unconfirmedStop } from './run/stop.js'

/**
 * The second chance to stop a run: main recorded a run it started and did not see end (it was
 * killed, or crashed). A run started with wait: false is never recorded, so never stopped here.
 * A start main was cancelled during, unanswered, cannot be stopped without its ID: it fails the
 * step so that someone looks.
 */
export async function runPost(): Promise<void> {
  await loadToolkit()
  const pendingTimeline = runState.pendingStart()
  if (pendingTimeline) {
    core.setFailed(
      `The main step was cancelled while it was starting a run of timeline ${pendingTimeline}, before Leapwork Performance answered: a run may have started. Look in the Leapwork Performance portal's run history for that timeline and stop the run there if it is running.`
    )
    return
  }
  const run = runState.unfinishedRun()
  if (!run) return
  try {
    const { apiKey, baseUrl } = readConnection()
    log.warning(
      `The main step ended before run ${run.runId} did: stopping it so it does not go on using virtual-user time.`
    )
    const client = new LeapworkClient({ apiKey, baseUrl, log, requestTimeoutMs: 10000 })
    const stop = await stopRun(client, run, log)
    if (stop.stopped) {
      log.info(`Run ${run.runId} is no longer running (final status ${stop.final?.status}).`)
    } else {
      core.setFailed(
        `${unconfirmedStop(run.runId, stop)}: stop it in the Leapwork Performance portal.`
      )
    }
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
