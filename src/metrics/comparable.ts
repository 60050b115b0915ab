/**
 * Which earlier runs may join this run's history: the one rule the gate's history and the stored
 * history share, wherever the runs come from (artifacts, a directory or a glob).
 */
import { sameLoad } from './load.js'
import type { RunMetrics } from './model.js'

export type NotComparable =
  'this run' | 'duplicate' | 'other timeline' | 'other load' | 'unfinished'

/** Why an earlier run cannot be compared with this one, or undefined when it can. */
export function whyNotComparable(
  run: RunMetrics,
  current: RunMetrics
): Exclude<NotComparable, 'duplicate'> | undefined {
  if (run.runId === current.runId) return 'this run'
  if (run.timelineId !== current.timelineId) return 'other timeline'
  if (!sameLoad(run.load, current.load)) return 'other load'
  if (run.status.toLowerCase() !== 'finished') return 'unfinished'
  return undefined
}

/**
 * Admits each comparable run once: a second copy of a run (the same run ID, e.g. the same
 * metrics.json in two folders) would count one measurement twice and fake a calibrated history.
 */
export class HistoryAdmission {
  private readonly seen = new Set<string>()

  constructor(private readonly current: RunMetrics) {}

  admit(run: RunMetrics): NotComparable | undefined {
    const why =
      whyNotComparable(run, this.current) ?? (this.seen.has(run.runId) ? 'duplicate' : undefined)
    if (why === undefined) this.seen.add(run.runId)
    return why
  }
}
