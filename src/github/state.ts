import { core } from './toolkit.js'

/**
 * What main leaves for the post step: the run it started with wait: true, and whether that run
 * ended, or the timeline of a start left unanswered on cancel. A run started with wait: false is
 * never recorded, so the post step never stops it.
 */
export const runState = {
  recordStarted(runId: string, pollResultUrl: string): void {
    core.saveState('runId', runId)
    core.saveState('pollResultUrl', pollResultUrl)
    core.saveState('runEnded', 'false')
  },
  /** Main was cancelled before the start request was answered: a run may exist that no one knows. */
  recordStartPending: (timeline: string) => core.saveState('startPendingFor', timeline),
  pendingStart(): string | undefined {
    return core.getState('runId') ? undefined : core.getState('startPendingFor') || undefined
  },
  recordEnded: () => core.saveState('runEnded', 'true'),
  unfinishedRun(): { runId: string; pollResultUrl: string } | undefined {
    const runId = core.getState('runId')
    if (!runId || core.getState('runEnded') === 'true') return undefined
    return { runId, pollResultUrl: core.getState('pollResultUrl') }
  }
}
