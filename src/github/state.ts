import { getState, saveState } from './outputs.js'

/**
 * What main leaves for the post step: the run it started with wait: true, and whether that run
 * ended, or the timeline of a start left unanswered on cancel. A run started with wait: false is
 * never recorded, so the post step never stops it.
 */
export const runState = {
  recordStarted(runId: string, pollResultUrl: string): void {
    saveState('runId', runId)
    saveState('pollResultUrl', pollResultUrl)
    saveState('runEnded', 'false')
  },
  /** Main was cancelled before the start request was answered: a run may exist that no one knows. */
  recordStartPending: (timeline: string) => saveState('startPendingFor', timeline),
  pendingStart(): string | undefined {
    return getState('runId') ? undefined : getState('startPendingFor') || undefined
  },
  recordEnded: () => saveState('runEnded', 'true'),
  unfinishedRun(): { runId: string; pollResultUrl: string } | undefined {
    const runId = getState('runId')
    if (!runId || getState('runEnded') === 'true') return undefined
    return { runId, pollResultUrl: getState('pollResultUrl') }
  }
}
