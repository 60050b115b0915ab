import type { RunStarted } from '../leapwork/types.js'

export interface GuardHooks {
  /** Stops the run; resolves true when nothing is left running. */
  stop(run: RunStarted): Promise<boolean>
  /** Called once the cancellation has been dealt with; must end the process. */
  exit(message: string): never
}

/**
 * Keeps a started run from outliving a cancelled step. The runner sends SIGINT, then SIGTERM
 * 7.5 s later, then kills the process: the stop has to happen inside that window.
 */
export class RunGuard {
  private starting?: Promise<RunStarted | undefined>
  private ended = false
  private cancelling = false

  constructor(
    private readonly hooks: GuardHooks,
    private readonly startWaitMs = 4000
  ) {
    process.on('SIGINT', this.onSignal)
    process.on('SIGTERM', this.onSignal)
  }

  /** Call with the start request, before it is answered: a cancel during the request stops what it started. */
  watchStart(start: Promise<RunStarted>): Promise<RunStarted> {
    this.starting = start.catch(() => undefined)
    return start
  }

  /** The run reached a terminal status, or was stopped: a later signal has nothing to stop. */
  markEnded(): void {
    this.ended = true
  }

  dispose(): void {
    process.off('SIGINT', this.onSignal)
    process.off('SIGTERM', this.onSignal)
  }

  private readonly onSignal = (signal: NodeJS.Signals): void => {
    if (this.cancelling) return
    this.cancelling = true
    void this.cancel(signal)
  }

  private async cancel(signal: NodeJS.Signals): Promise<void> {
    if (!this.starting || this.ended) {
      this.hooks.exit(`The step was cancelled (${signal}); no run was left running.`)
    }
    const run = await Promise.race([this.starting, delay(this.startWaitMs)])
    if (!run) {
      this.hooks.exit(
        `The step was cancelled (${signal}) while the run was being started; if a run started, stop it in the Leapwork Performance portal.`
      )
    }
    const stopped = await this.hooks.stop(run).catch(() => false)
    this.hooks.exit(
      stopped
        ? `The step was cancelled (${signal}); run ${run.runId} was stopped.`
        : `The step was cancelled (${signal}); stopping run ${run.runId} failed, the post step will try again.`
    )
  }
}

function delay(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref())
}
