/**
 * Whether a shift's level has come back: the figure it moved (a step's p95, or for the whole run
 * its median step p95), over the last few runs, back below the midpoint of the levels before and
 * after the shift. Used to close what was opened for the shift.
 */
import type { RunMetrics } from '../metrics/model.js'
import { median } from './noise-model.js'

/** A step by track item and step ID; undefined for the whole run. */
export interface LevelKey {
  trackItemId: string
  stepId: string
}

export interface TrackedLevels {
  beforeMs: number
  afterMs: number
}

/** Runs whose median is the recent level. */
const RECENT_RUNS = 3

/** The figure of one run that a shift moved, or undefined when the run lacks the step. */
export function levelIn(run: RunMetrics, key: LevelKey | undefined): number | undefined {
  if (key === undefined) {
    const p95s = run.trackItems.flatMap((item) => item.steps.map((step) => step.p95))
    return p95s.length === 0 ? undefined : median(Float64Array.from(p95s))
  }
  const trackItem = run.trackItems.find((item) => item.trackItemId === key.trackItemId)
  return trackItem?.steps.find((step) => step.stepId === key.stepId)?.p95
}

/** The median of the figure before and from `firstIndex` in runs (oldest first). */
export function levelsAround(
  runs: readonly RunMetrics[],
  key: LevelKey | undefined,
  firstIndex: number
): TrackedLevels | undefined {
  const before = levelsOf(runs.slice(0, firstIndex), key)
  const after = levelsOf(runs.slice(firstIndex), key)
  if (before.length === 0 || after.length === 0) return undefined
  return { beforeMs: median(Float64Array.from(before)), afterMs: median(Float64Array.from(after)) }
}

/** True when the last runs' median is back below the geometric midpoint of the two levels. */
export function isLevelBack(
  runs: readonly RunMetrics[],
  key: LevelKey | undefined,
  levels: TrackedLevels
): boolean {
  const recent = levelsOf(runs, key).slice(-RECENT_RUNS)
  if (recent.length < RECENT_RUNS) return false
  return median(Float64Array.from(recent)) <= Math.sqrt(levels.beforeMs * levels.afterMs)
}

function levelsOf(runs: readonly RunMetrics[], key: LevelKey | undefined): number[] {
  return runs.flatMap((run) => {
    const level = levelIn(run, key)
    return level !== undefined && level > 0 ? [level] : []
  })
}
