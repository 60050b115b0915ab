import { LeapworkError } from '../leapwork/errors.js'
import type { RunStarted } from '../leapwork/types.js'
import { monotonicMs } from './clock.js'

export interface GuardHooks {
  /** Stops the run within `timeLeftMs`; resolves true when nothing is left running. */
  stop(run: RunStarted, timeLeftMs: number): Promise<boolean>
  /** The start was unanswered when the time ran out, or failed after it was sent: a run may have started. */
  startPending(): void
  /** Called once the cancellation has been dealt with; must end the process. */
  exit(message: string, error?: unknown): Promise<never> | never
}

/** How the start request ended, as far as the guard could wait for it. */
type StartEnd = { run: RunStarted } | { failed: unknown }

/**
 * The runner sends SIGINT, SIGTERM 7.5 s later and SIGKILL 2.5 s after that: everything the
 * guard does on a cancel has to fit in about 9 s, with a margin to exit. Most of it may go to a
 * start request still in flight; the rest, at least a second, to stopping what it started.
 */
const CANCEL_WINDOW_MS = 9000
const START_WAIT_MS = 8000
const MIN_STOP_MS = 1000

/**
 * Keeps a started run from outliving a cancelled step: a start request still in flight is waited
 * for as long as the runner's window allows, and what it started is stopped.
 */
export class RunGuard {
  private starting?: Promise<StartEnd>
  private ended = false
  private cancelling = false

  constructor(
    private readonly hooks: GuardHooks,
    private readonly startWaitMs = START_WAIT_MS
  ) {
    process.on('SIGINT', this.onSignal)
    process.on('SIGTERM', this.onSignal)
  }

  /**
   * Call with the start request, before it is answered: a cancel during the request stops what it
   * started. A later start (a confirmation run) is guarded afresh.
   */
  watchStart(start: Promise<RunStarted>): Promise<RunStarted> {
    this.ended = false
    this.starting = start.then(
      (run) => ({ run }),
      (failed: unknown) => ({ failed })
    )
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
    void this.cancel(signal, monotonicMs())
  }

  private async cancel(signal: NodeJS.Signals, signalledAt: number): Promise<void> {
    if (!this.starting || this.ended) {
      return this.hooks.exit(`The step was cancelled (${signal}); no run was left running.`)
    }
    const answered = await Promise.race([this.starting, delay(this.startWaitMs)])
    if (!answered) {
      this.hooks.startPending()
      return this.hooks.exit(
        `The step was cancelled (${signal}) while the run was being started, and Leapwork Performance had not answered after ${formatSeconds(this.startWaitMs)}; a run may have started: look in the Leapwork Performance portal's run history and stop it there if it is running.`
      )
    }
    if ('failed' in answered) {
      if (!mayHaveStarted(answered.failed)) {
        return this.hooks.exit(
          `The step was cancelled (${signal}) while the run was being started; the server refused the start, so no run was left running.`
        )
      }
      this.hooks.startPending()
      const reason = answered.failed instanceof Error ? answered.failed.message : ''
      return this.hooks.exit(
        `The step was cancelled (${signal}) while the run was being started. ${reason}`,
        answered.failed
      )
    }
    const { run } = answered
    const timeLeftMs = Math.max(MIN_STOP_MS, signalledAt + CANCEL_WINDOW_MS - monotonicMs())
    const stopped = await this.hooks.stop(run, timeLeftMs).catch(() => false)
    return this.hooks.exit(
      stopped
        ? `The step was cancelled (${signal}); run ${run.runId} was stopped.`
        : `The step was cancelled (${signal}); stopping run ${run.runId} failed, the post step will try again.`
    )
  }
}

/** A start that failed after it may have reached the server; a refusal or an unsent request did not. */
function mayHaveStarted(error: unknown): boolean {
  return !(error instanceof LeapworkError) || error.kind === 'run-may-have-started'
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`
}

function delay(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref())
}
