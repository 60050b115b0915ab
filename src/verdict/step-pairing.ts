/** Which step of one run is which step of another. */
import type { RunMetrics, StepFigures, TrackItemFigures } from '../metrics/model.js'

export interface StepRef {
  trackItemId: string
  stepId: string
  title: string
}

export interface PlacedStep extends StepRef {
  trackItem: TrackItemFigures
  step: StepFigures
}

/** Every step of a run with its track item. */
export function placedSteps(metrics: RunMetrics): PlacedStep[] {
  return metrics.trackItems.flatMap((trackItem) =>
    trackItem.steps.map((step) => ({
      trackItemId: trackItem.trackItemId,
      stepId: step.stepId,
      title: step.title,
      trackItem,
      step
    }))
  )
}

/**
 * Pairs the steps of two runs within each track item: first by step ID, then the rest by title
 * (step IDs can change when a sequence is edited). Each step is used at most once.
 */
export function pairSteps<T extends StepRef>(
  left: T[],
  right: T[]
): { pairs: [T, T][]; leftOnly: T[]; rightOnly: T[] } {
  const partners = new Map<T, T>()
  const taken = new Set<T>()
  const rightByTrackItem = groupBy(right, (step) => step.trackItemId)
  for (const [trackItemId, lefts] of groupBy(left, (step) => step.trackItemId)) {
    const rights = rightByTrackItem.get(trackItemId)
    if (rights === undefined) continue
    for (const keyOf of [(step: StepRef) => step.stepId, (step: StepRef) => step.title]) {
      const candidates = groupBy(rights.filter((step) => !taken.has(step)).reverse(), keyOf)
      for (const step of lefts) {
        if (partners.has(step)) continue
        // each group is reversed, so pop() takes the earliest unused step
        const partner = candidates.get(keyOf(step))?.pop()
        if (partner === undefined) continue
        partners.set(step, partner)
        taken.add(partner)
      }
    }
  }
  return {
    pairs: left.flatMap((step) => {
      const partner = partners.get(step)
      return partner === undefined ? [] : [[step, partner] as [T, T]]
    }),
    leftOnly: left.filter((step) => !partners.has(step)),
    rightOnly: right.filter((step) => !taken.has(step))
  }
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [item])
    else group.push(item)
  }
  return groups
}
