import { afterEach, describe, expect, it } from '@jest/globals'
import { setTimeout as sleep } from 'node:timers/promises'
import { LeapworkClient } from '../../src/leapwork/client.js'
import { LeapworkError, RunMayHaveStartedError } from '../../src/leapwork/errors.js'
import type { RunStarted } from '../../src/leapwork/types.js'
import { silentLog } from '../../src/log.js'
import { RunGuard, type GuardHooks } from '../../src/run/guard.js'
import { stopRun } from '../../src/run/stop.js'
import { FIXTURES, startSimulator, type Simulator } from '../../simulator/index.js'

const guards: RunGuard[] = []
let sim: Simulator | undefined

afterEach(async () => {
  guards.splice(0).forEach((guard) => guard.dispose())
  await sim?.stop()
  sim = undefined
})

interface Cancellation {
  hooks: GuardHooks
  /** The message of the exit that ended the "process". */
  exited: Promise<string>
  hasExited(): boolean
  /** Runs the guard asked to stop before it exited. */
  stops: RunStarted[]
  /** The time each stop was given. */
  stopTimes: number[]
  /** Whether the guard recorded a start left unanswered. */
  startPending(): boolean
}

/**
 * Hooks like main's, except that exit cannot end the test process. A real exit never returns, so
 * after the first one the guard is frozen: a later stop never settles and a later exit is ignored.
 * (An exit that throws would surface as an unhandled rejection of the guard's signal handler.)
 */
function cancellation(
  stop: (run: RunStarted) => Promise<boolean> = async () => true
): Cancellation {
  const stops: RunStarted[] = []
  const stopTimes: number[] = []
  let pending = false
  let exitMessage: string | undefined
  let resolveExit: (message: string) => void = () => undefined
  const exited = new Promise<string>((resolve) => {
    resolveExit = resolve
  })
  const hooks: GuardHooks = {
    stop: (run, timeLeftMs) => {
      if (exitMessage !== undefined) return new Promise<boolean>(() => undefined)
      stops.push(run)
      stopTimes.push(timeLeftMs)
      return stop(run)
    },
    startPending: () => {
      pending = true
    },
    exit: ((message: string) => {
      if (exitMessage !== undefined) return
      exitMessage = message
      resolveExit(message)
    }) as GuardHooks['exit']
  }
  return {
    hooks,
    exited,
    stops,
    stopTimes,
    startPending: () => pending,
    hasExited: () => exitMessage !== undefined
  }
}

function guardWith(hooks: GuardHooks, startWaitMs = 1000): RunGuard {
  const guard = new RunGuard(hooks, startWaitMs)
  guards.push(guard)
  return guard
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined
  const promise = new Promise<T>((settle) => {
    resolve = settle
  })
  return { promise, resolve }
}

/** A run really started on the simulator, and a stop that really stops it there. */
async function activeRun(): Promise<{
  sim: Simulator
  run: RunStarted
  stop: (run: RunStarted) => Promise<boolean>
}> {
  sim = await startSimulator({ scenario: { neverEnds: true } })
  const client = new LeapworkClient({ baseUrl: sim.url, apiKey: sim.apiKey })
  const run = await client.runIntegration({ timelineAssetId: FIXTURES.timelines.login.assetId })
  const stop = async (toStop: RunStarted) => (await stopRun(client, toStop, silentLog)).stopped
  return { sim, run, stop }
}

describe('RunGuard', () => {
  it('exits at once when cancelled before any run was started, stopping nothing', async () => {
    const { hooks, exited, stops } = cancellation()
    guardWith(hooks)

    process.emit('SIGINT', 'SIGINT')

    await expect(exited).resolves.toBe('The step was cancelled (SIGINT); no run was left running.')
    expect(stops).toEqual([])
  })

  it('stops the started run when cancelled, and says so', async () => {
    const { sim, run, stop } = await activeRun()
    const { hooks, exited, stops } = cancellation(stop)
    const guard = guardWith(hooks)
    await guard.watchStart(Promise.resolve(run))

    process.emit('SIGINT', 'SIGINT')

    await expect(exited).resolves.toBe(
      `The step was cancelled (SIGINT); run ${run.runId} was stopped.`
    )
    expect(stops).toEqual([run])
    expect(sim.getRun(run.runId)?.stopped).toBe(true)
    expect(sim.stats.activeRuns).toBe(0)
  })

  it('guards a second run started after the first ended (a confirmation run)', async () => {
    const { sim, run, stop } = await activeRun()
    const { hooks, exited, stops } = cancellation(stop)
    const guard = guardWith(hooks)
    await guard.watchStart(Promise.resolve({ ...run, runId: 'run_first' }))
    guard.markEnded()
    await guard.watchStart(Promise.resolve(run))

    process.emit('SIGINT', 'SIGINT')

    await expect(exited).resolves.toBe(
      `The step was cancelled (SIGINT); run ${run.runId} was stopped.`
    )
    expect(stops).toEqual([run])
    expect(sim.stats.activeRuns).toBe(0)
  })

  it('waits for a start still in flight, then stops what it started', async () => {
    const { sim, run, stop } = await activeRun()
    const { hooks, exited, stops, hasExited } = cancellation(stop)
    const guard = guardWith(hooks, 5000)
    const start = deferred<RunStarted>()
    const watched = guard.watchStart(start.promise)

    process.emit('SIGTERM', 'SIGTERM')
    await sleep(30)
    expect(hasExited()).toBe(false)
    expect(stops).toEqual([])
    start.resolve(run)

    await expect(watched).resolves.toBe(run)
    await expect(exited).resolves.toBe(
      `The step was cancelled (SIGTERM); run ${run.runId} was stopped.`
    )
    expect(stops).toEqual([run])
    expect(sim.getRun(run.runId)?.stopped).toBe(true)
  })

  it('gives the stop of a start that answered late what is left of the 9 s window, at least 1 s', async () => {
    const { run } = await activeRun()
    const { hooks, exited, stopTimes } = cancellation()
    const guard = guardWith(hooks, 5000)
    const start = deferred<RunStarted>()
    void guard.watchStart(start.promise)

    process.emit('SIGINT', 'SIGINT')
    await sleep(300)
    start.resolve(run)
    await exited

    expect(stopTimes).toHaveLength(1)
    expect(stopTimes[0]).toBeGreaterThan(8000)
    expect(stopTimes[0]).toBeLessThanOrEqual(8700)
  })

  it('gives up waiting for a start that does not answer in time, and records it for the post step', async () => {
    const { hooks, exited, stops, startPending } = cancellation()
    const guard = guardWith(hooks, 50)
    void guard.watchStart(new Promise<RunStarted>(() => undefined))

    process.emit('SIGINT', 'SIGINT')

    await expect(exited).resolves.toBe(
      "The step was cancelled (SIGINT) while the run was being started, and Leapwork Performance had not answered after 0.1 s; a run may have started: look in the Leapwork Performance portal's run history and stop it there if it is running."
    )
    expect(stops).toEqual([])
    expect(startPending()).toBe(true)
  })

  it('stops nothing, and says no run was left, when the server refused the start', async () => {
    const { hooks, exited, stops, startPending } = cancellation()
    const guard = guardWith(hooks, 5000)
    const refusal = new LeapworkError('bad-request', 'runIntegration', 'refused')
    const refused = guard.watchStart(Promise.reject(refusal))
    await expect(refused).rejects.toThrow('refused')
    const startedAt = Date.now()

    process.emit('SIGINT', 'SIGINT')

    await expect(exited).resolves.toBe(
      'The step was cancelled (SIGINT) while the run was being started; the server refused the start, so no run was left running.'
    )
    expect(Date.now() - startedAt).toBeLessThan(2000)
    expect(stops).toEqual([])
    expect(startPending()).toBe(false)
  })

  it('says a run may have started, and records it for the post step, when the start failed after it was sent', async () => {
    const { hooks, exited, stops, startPending } = cancellation()
    const guard = guardWith(hooks, 5000)
    const reset = new RunMayHaveStartedError('timeline_login', 'ECONNRESET', undefined)
    const failed = guard.watchStart(Promise.reject(reset))
    await expect(failed).rejects.toThrow('may have started')

    process.emit('SIGINT', 'SIGINT')

    const message = await exited
    expect(message).toMatch(/^The step was cancelled \(SIGINT\) while the run was being started\. /)
    expect(message).toContain('a run may have started on the server')
    expect(message).not.toContain('no run was left running')
    expect(stops).toEqual([])
    expect(startPending()).toBe(true)
  })

  it('stops nothing once the run has ended', async () => {
    const { run } = await activeRun()
    const { hooks, exited, stops } = cancellation()
    const guard = guardWith(hooks)
    await guard.watchStart(Promise.resolve(run))
    guard.markEnded()

    process.emit('SIGINT', 'SIGINT')

    await expect(exited).resolves.toBe('The step was cancelled (SIGINT); no run was left running.')
    expect(stops).toEqual([])
  })

  it.each([
    ['answers that it failed', async () => false],
    ['throws', async () => Promise.reject(new Error('unreachable'))]
  ])('leaves the run to the post step when the stop %s', async (_, stop) => {
    const { run } = await activeRun()
    const { hooks, exited, stops } = cancellation(stop)
    const guard = guardWith(hooks)
    await guard.watchStart(Promise.resolve(run))

    process.emit('SIGINT', 'SIGINT')

    await expect(exited).resolves.toBe(
      `The step was cancelled (SIGINT); stopping run ${run.runId} failed, the post step will try again.`
    )
    expect(stops).toEqual([run])
  })

  it('ignores a second signal while it is cancelling: the run is stopped once', async () => {
    const { sim, run, stop } = await activeRun()
    const { hooks, exited, stops } = cancellation(stop)
    const guard = guardWith(hooks, 5000)
    const start = deferred<RunStarted>()
    void guard.watchStart(start.promise)

    process.emit('SIGINT', 'SIGINT')
    process.emit('SIGINT', 'SIGINT')
    process.emit('SIGTERM', 'SIGTERM')
    start.resolve(run)

    await expect(exited).resolves.toContain('(SIGINT)')
    await sleep(20)
    expect(stops).toEqual([run])
    expect(sim.stats.stopRequests).toBe(1)
  })

  it('removes its signal listeners when disposed', async () => {
    const before = {
      SIGINT: process.listenerCount('SIGINT'),
      SIGTERM: process.listenerCount('SIGTERM')
    }
    const { hooks, hasExited } = cancellation()
    const guard = guardWith(hooks)

    expect(process.listenerCount('SIGINT')).toBe(before.SIGINT + 1)
    expect(process.listenerCount('SIGTERM')).toBe(before.SIGTERM + 1)
    guard.dispose()
    expect(process.listenerCount('SIGINT')).toBe(before.SIGINT)
    expect(process.listenerCount('SIGTERM')).toBe(before.SIGTERM)

    process.emit('SIGINT', 'SIGINT')
    await sleep(10)
    expect(hasExited()).toBe(false)
  })
})
