/**
 * The history a run is judged against, folded one earlier run at a time: each run is reduced to
 * its steps' p95, errors and requests, lined up with this run's steps, and can then be dropped, so
 * memory grows by three numbers per step and run rather than by whole runs.
 */
import type { RunMetrics } from '../metrics/model.js'
import {
  recordedStepAt,
  recordedSteps,
  type RecordedSteps,
  type StepTable
} from '../metrics/recorded-run.js'
import { firstRunSince, type RunMarks } from './baseline-since.js'
import { pairSteps, placedSteps, type PlacedStep, type StepRef } from './step-pairing.js'
import type { BaselineRunRef } from './types.js'

export interface HistoryRun {
  ref: BaselineRunRef
  worstP95: number
}

export interface History {
  /** This run's steps; column i of every row is steps[i]. */
  steps: PlacedStep[]
  /** Oldest first. */
  runs: HistoryRun[]
  /**
   * Each run's figures in this run's columns, as runs are; NaN where a run lacks the step. Read
   * only: a run held compactly with this run's steps in this run's order lends its own arrays.
   */
  rows: Row[]
  /** Steps of the newest history run that this run no longer has. */
  vanished: Array<StepRef & { p95: number }>
}

/** One run's figures in this run's columns. */
export interface Row {
  p95: Float64Array
  errors: Float64Array
  requests: Float64Array
}

interface FoldedRun extends HistoryRun {
  sortKey: string
  marks: RunMarks
  /**
   * The run's figures: a run held compactly lends its arrays, or is placed again from them, when
   * the history is read, so the fold holds no copy of it; any other is kept as a row.
   */
  figures: RecordedSteps | Row
  vanished: Array<StepRef & { p95: number }>
}

export class HistoryFold {
  private readonly steps: PlacedStep[]
  private readonly folded: FoldedRun[] = []
  private readonly columnOf: Map<PlacedStep, number>
  /** Each step's column by track item, then step ID (no key strings to build per step). */
  private readonly columnById = new Map<string, Map<string, number>>()
  /** The column of each step of a history's step table, -1 for none, looked up once per step. */
  private readonly tableColumns = new Map<StepTable, Int32Array>()
  /** Where figures that are not kept are written. */
  private scratch?: Row

  constructor(current: RunMetrics) {
    this.steps = placedSteps(current)
    this.columnOf = new Map(this.steps.map((step, column) => [step, column]))
    this.steps.forEach((step, column) => {
      let byStep = this.columnById.get(step.trackItemId)
      if (byStep === undefined) this.columnById.set(step.trackItemId, (byStep = new Map()))
      if (!byStep.has(step.stepId)) byStep.set(step.stepId, column)
    })
  }

  get size(): number {
    return this.folded.length
  }

  add(run: RunMetrics, ref: BaselineRunRef): void {
    const count = this.steps.length
    const recorded = recordedSteps(run)
    const row: Row = recorded
      ? this.scratchRow()
      : {
          p95: new Float64Array(count).fill(NaN),
          errors: new Float64Array(count).fill(NaN),
          requests: new Float64Array(count).fill(NaN)
        }
    const rightOnly = recorded
      ? this.placeRecorded(recorded, row)
      : this.place(placedSteps(run), row)
    this.folded.push({
      ref,
      worstP95: run.totals.worstP95,
      sortKey: `${run.finishedAt}\u0000${run.runId}`,
      marks: {
        finishedAt: run.finishedAt,
        ids: [run.runId, ref.runId, run.source?.workflowRunId ?? ''].filter((id) => id !== ''),
        sha: run.source?.sha?.toLowerCase()
      },
      figures: recorded ?? row,
      vanished: rightOnly.map(({ trackItemId, stepId, title, step }) => ({
        trackItemId,
        stepId,
        title,
        p95: step.p95
      }))
    })
  }

  /**
   * Writes an earlier run's p95 into `p95` (this run's columns; NaN where it lacks a step), paired
   * as add() pairs it, without folding the run.
   */
  lineUp(run: RunMetrics, p95: Float64Array): void {
    const row = { ...this.scratchRow(), p95: p95.fill(NaN) }
    const recorded = recordedSteps(run)
    if (recorded) this.placeRecorded(recorded, row)
    else this.place(placedSteps(run), row)
  }

  private scratchRow(): Row {
    const count = this.steps.length
    if (this.scratch?.p95.length !== count) {
      this.scratch = {
        p95: new Float64Array(count),
        errors: new Float64Array(count),
        requests: new Float64Array(count)
      }
    }
    return this.scratch
  }

  /**
   * Pairs an earlier run's steps with this run's columns as pairSteps would and writes their
   * figures into row, without building its maps for every run: most steps pair by track item and
   * step ID through an index built once, and only the rest go through pairSteps. Folding many large
   * runs then makes little garbage. Returns the earlier run's steps that have no column.
   */
  private place(earlier: PlacedStep[], row: Row): PlacedStep[] {
    const taken = new Uint8Array(this.steps.length)
    const unpaired: PlacedStep[] = []
    for (const step of earlier) {
      const column = this.columnById.get(step.trackItemId)?.get(step.stepId)
      if (column === undefined || taken[column] === 1) unpaired.push(step)
      else {
        taken[column] = 1
        setFigures(row, column, step)
      }
    }
    return this.pairRest(unpaired, taken, row)
  }

  /** place() for a run held compactly: its table's steps are looked up once for every run. */
  private placeRecorded(steps: RecordedSteps, row: Row): PlacedStep[] {
    const columns = this.columnsOf(steps.table)
    const taken = new Uint8Array(this.steps.length)
    const unpaired: PlacedStep[] = []
    for (let at = 0; at < steps.index.length; at++) {
      const column = columns[steps.index[at]]
      if (column < 0 || taken[column] === 1) unpaired.push(placedRecordedStep(steps, at))
      else {
        taken[column] = 1
        row.p95[column] = steps.p95[at]
        row.errors[column] = steps.errors[at]
        row.requests[column] = steps.requests[at]
      }
    }
    return this.pairRest(unpaired, taken, row)
  }

  private columnsOf(table: StepTable): Int32Array {
    let columns = this.tableColumns.get(table)
    if (columns === undefined || columns.length < table.size) {
      const known = columns?.length ?? 0
      const grown = new Int32Array(table.size)
      if (columns) grown.set(columns)
      for (let step = known; step < table.size; step++) {
        grown[step] = this.columnById.get(table.trackItemIds[step])?.get(table.stepIds[step]) ?? -1
      }
      this.tableColumns.set(table, (columns = grown))
    }
    return columns
  }

  /** Pairs the steps left over as pairSteps would, with the columns not taken. */
  private pairRest(unpaired: PlacedStep[], taken: Uint8Array, row: Row): PlacedStep[] {
    if (unpaired.length === 0) return []
    const rest = pairSteps(
      this.steps.filter((_, column) => taken[column] === 0),
      unpaired
    )
    for (const [current, step] of rest.pairs)
      setFigures(row, this.columnOf.get(current) ?? -1, step)
    return rest.rightOnly
  }

  /**
   * The newest maxRuns runs folded so far, oldest first, leaving out those before `since`: a date,
   * or the run ID, workflow run ID or commit SHA of the first run of a fresh history.
   */
  history(maxRuns = Infinity, since?: string): History {
    const sorted = this.sorted()
    return this.historyOf(sorted.slice(startOf(sorted, since)).slice(-maxRuns))
  }

  /** How many runs folded so far come before `since`. */
  countBefore(since: string): number {
    return startOf(this.sorted(), since)
  }

  private sorted(): FoldedRun[] {
    return [...this.folded].sort((a, b) =>
      a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0
    )
  }

  private historyOf(runs: FoldedRun[]): History {
    return {
      steps: this.steps,
      runs: runs.map(({ ref, worstP95 }) => ({ ref, worstP95 })),
      rows: runs.map(({ figures }) => ('table' in figures ? this.rowOf(figures) : figures)),
      vanished: runs.at(-1)?.vanished ?? []
    }
  }

  /**
   * A compact run's figures in this run's columns: its own arrays when it lists this run's steps
   * in this run's order (the usual case: one timeline, run after run), else placed in a new row.
   */
  private rowOf(steps: RecordedSteps): Row {
    const columns = this.columnsOf(steps.table)
    const count = this.steps.length
    let aligned = steps.index.length === count
    for (let at = 0; aligned && at < count; at++) aligned = columns[steps.index[at]] === at
    if (aligned) return { p95: steps.p95, errors: steps.errors, requests: steps.requests }
    const row: Row = {
      p95: new Float64Array(count).fill(NaN),
      errors: new Float64Array(count).fill(NaN),
      requests: new Float64Array(count).fill(NaN)
    }
    this.placeRecorded(steps, row)
    return row
  }
}

/** Step `at` of a compact run, as placedSteps gives it. */
function placedRecordedStep(steps: RecordedSteps, at: number): PlacedStep {
  const { trackItem, step } = recordedStepAt(steps, at)
  return {
    trackItemId: trackItem.trackItemId,
    stepId: step.stepId,
    title: step.title,
    trackItem,
    step
  }
}

function setFigures(row: Row, column: number, { step }: PlacedStep): void {
  row.p95[column] = step.p95
  row.errors[column] = step.errors
  row.requests[column] = step.requests
}

/** The index of the first run at or after since. */
function startOf(sorted: FoldedRun[], since: string | undefined): number {
  return firstRunSince(
    sorted.map((run) => run.marks),
    since
  )
}
