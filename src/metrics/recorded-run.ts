/**
 * A history run held compactly: the figures a history records (each step's p95, errors and
 * requests) in typed arrays, and each step as an index into a table of steps shared by all the
 * runs of a history. 30 runs of 20,000 steps then hold 30 × 20,000 × 28 bytes, not 600,000 step
 * objects. The gate's fold, the change search and the history a run carries forward read the
 * arrays (recordedSteps); anything else sees an ordinary RunMetrics whose steps are built when asked.
 */
import { errorRate } from './figures.js'
import type { RunMetrics, StepFigures, TrackItemFigures } from './model.js'

/** The steps of a history's runs, each (track item ID, step ID, title) listed once. */
export class StepTable {
  readonly trackItemIds: string[] = []
  readonly stepIds: string[] = []
  readonly titles: string[] = []
  private readonly byKey = new Map<string, number>()

  get size(): number {
    return this.stepIds.length
  }

  /**
   * The step's index, added when new. `hint` is tried first: runs of one timeline list their steps
   * in the same order, so most steps are found without building a key.
   */
  indexOf(trackItemId: string, stepId: string, title: string, hint: number): number {
    if (
      this.stepIds[hint] === stepId &&
      this.titles[hint] === title &&
      this.trackItemIds[hint] === trackItemId
    ) {
      return hint
    }
    const key = `${trackItemId.length}:${trackItemId}${stepId.length}:${stepId}${title}`
    let index = this.byKey.get(key)
    if (index === undefined) {
      index = this.stepIds.push(stepId) - 1
      this.trackItemIds.push(trackItemId)
      this.titles.push(title)
      this.byKey.set(key, index)
    }
    return index
  }
}

/** A run's steps in its own order: the index of each in `table` and its recorded figures. */
export interface RecordedSteps {
  table: StepTable
  index: Int32Array
  p95: Float64Array
  errors: Float64Array
  requests: Float64Array
  /** The run's track items in order, each with how many of the steps (in order) are its. */
  trackItems: Array<{ item: Omit<TrackItemFigures, 'steps'>; steps: number }>
}

type RunHeader = Omit<RunMetrics, 'trackItems'>

const recorded = new WeakMap<RunMetrics, RecordedSteps>()

/** The compact figures of a run held as a history holds it; undefined for any other run. */
export function recordedSteps(run: RunMetrics): RecordedSteps | undefined {
  return recorded.get(run)
}

/** A run made of a header and compact steps; its trackItems are built each time they are read. */
export function recordedRun(header: RunHeader, steps: RecordedSteps): RunMetrics {
  const run: RunMetrics = {
    ...header,
    get trackItems() {
      return trackItemsOf(steps)
    }
  }
  recorded.set(run, steps)
  return run
}

/** A run as a history holds it: its header and its steps' recorded figures, steps in `table`. */
export function asRecordedRun(run: RunMetrics, table: StepTable): RunMetrics {
  const known = recordedSteps(run)
  if (known?.table === table) return run
  const { trackItems, ...header } = run
  let count = 0
  for (const trackItem of trackItems) count += trackItem.steps.length
  const steps = emptySteps(table, count)
  let at = 0
  for (const { steps: itemSteps, ...item } of trackItems) {
    steps.trackItems.push({ item, steps: itemSteps.length })
    for (const step of itemSteps) {
      steps.index[at] = table.indexOf(
        item.trackItemId,
        step.stepId,
        step.title,
        nextHint(steps, at)
      )
      steps.p95[at] = step.p95
      steps.errors[at] = step.errors
      steps.requests[at++] = step.requests
    }
  }
  return recordedRun(header, steps)
}

export function emptySteps(table: StepTable, count: number): RecordedSteps {
  return {
    table,
    index: new Int32Array(count),
    p95: new Float64Array(count),
    errors: new Float64Array(count),
    requests: new Float64Array(count),
    trackItems: []
  }
}

/** Where step `at` is most likely in the table: right after the step before it. */
export function nextHint(steps: RecordedSteps, at: number): number {
  return at === 0 ? 0 : steps.index[at - 1] + 1
}

/** Step `at` of a run with its track item (which lists no steps: only the step is built). */
export function recordedStepAt(
  steps: RecordedSteps,
  at: number
): { trackItem: TrackItemFigures; step: StepFigures } {
  let end = 0
  const { item } = steps.trackItems.find((trackItem) => (end += trackItem.steps) > at)!
  return { trackItem: { ...item, steps: [] }, step: stepFigures(steps, at) }
}

function stepFigures(steps: RecordedSteps, at: number): StepFigures {
  const index = steps.index[at]
  return new RecordedStepFigures(
    steps.table.stepIds[index],
    steps.table.titles[index],
    steps.p95[at],
    steps.errors[at],
    steps.requests[at]
  )
}

function trackItemsOf(steps: RecordedSteps): TrackItemFigures[] {
  let at = 0
  return steps.trackItems.map(({ item, steps: count }) => {
    const figures: StepFigures[] = []
    for (const end = at + count; at < end; at++) figures.push(stepFigures(steps, at))
    return { ...item, steps: figures }
  })
}

/**
 * A step of a history run: the recorded figures as fields, the others 0 from the prototype.
 */
class RecordedStepFigures implements StepFigures {
  constructor(
    readonly stepId: string,
    readonly title: string,
    readonly p95: number,
    readonly errors: number,
    readonly requests: number
  ) {}

  get errorRate(): number {
    return errorRate(this.errors, this.requests)
  }

  get min(): number {
    return 0
  }

  get average(): number {
    return 0
  }

  get median(): number {
    return 0
  }

  get p90(): number {
    return 0
  }

  get p99(): number {
    return 0
  }

  get max(): number {
    return 0
  }

  get bytesSent(): number {
    return 0
  }

  get bytesReceived(): number {
    return 0
  }
}
