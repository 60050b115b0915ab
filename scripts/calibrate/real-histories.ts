/**
 * Real public benchmark histories for the calibration (sources in real-sources.md): where they
 * are kept, how they become RunMetrics timelines, and which of their runs are unchanged or start a
 * sustained shift, judged in hindsight.
 *
 * The files are not part of the repository (fetched material stays out of commits): they are read
 * from `$LEAPWORK_REAL_HISTORIES`, else `../shared/data/benchmark-histories` beside the
 * repository, else `/work/data/benchmark-histories`. Each holds, per source folder, compact
 * histories written by real-convert.ts.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runTotals } from '../../src/metrics/figures.js'
import {
  METRICS_SCHEMA,
  METRICS_VERSION,
  type RunMetrics,
  type StepFigures
} from '../../src/metrics/model.js'
import { seededRandom, stepFigures } from './simulation.js'

/** One benchmark suite of one source: a run per benchmark job, a step per benchmark. */
export interface CompactHistory {
  source: string
  branch: string
  path: string
  license: string
  suite: string
  steps: string[]
  /** Oldest first; values in milliseconds, null where the run lacks the benchmark. */
  runs: Array<{ id: string; commit: string; date: string; values: Array<number | null> }>
}

export interface RealTimeline {
  name: string
  runs: RunMetrics[]
}

export const HISTORIES_VARIABLE = 'LEAPWORK_REAL_HISTORIES'
/** The one track item of a real history's runs: its suite. */
export const REAL_TRACK_ITEM = 'suite'
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const CANDIDATES = [
  join(REPO_ROOT, '../shared/data/benchmark-histories'),
  '/work/data/benchmark-histories'
]

/** The folder of real histories, or why there is none. */
export async function findHistoriesDir(
  env: NodeJS.ProcessEnv = process.env
): Promise<{ dir: string } | { missing: string }> {
  const named = env[HISTORIES_VARIABLE]
  if (named) {
    return (await isDirectory(named))
      ? { dir: named }
      : { missing: `$${HISTORIES_VARIABLE} names ${named}, which is not a directory` }
  }
  for (const dir of CANDIDATES) if (await isDirectory(dir)) return { dir }
  return {
    missing: `no folder of real histories: set $${HISTORIES_VARIABLE} or fill ${CANDIDATES.join(' or ')} (see scripts/calibrate/real-sources.md)`
  }
}

/** Every compact history under dir (one level of source folders), as timelines. */
export async function loadRealTimelines(dir: string): Promise<RealTimeline[]> {
  const files: string[] = []
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort(byName)) {
    const path = join(dir, entry.name)
    if (entry.isFile() && entry.name.endsWith('.json')) files.push(path)
    if (!entry.isDirectory()) continue
    for (const inner of (await readdir(path)).sort()) {
      if (inner.endsWith('.json')) files.push(join(path, inner))
    }
  }
  const timelines: RealTimeline[] = []
  for (const file of files) {
    const history = JSON.parse(await readFile(file, 'utf8')) as CompactHistory
    timelines.push({ name: `${history.source}: ${history.suite}`, runs: toRunMetrics(history) })
  }
  return timelines
}

const SMALLEST_MS = 50
const LARGEST_MS = 2000

/**
 * The history as load-test runs: each benchmark's value is the step's p95. Benchmarks take
 * nanoseconds, load-test steps tens of milliseconds to seconds, so each step is scaled (by a fixed
 * factor, keeping its relative noise) to put its median between 50 ms and 2 s as the simulated
 * steps are; the noise floor in milliseconds then acts as it would on a load test.
 */
export function toRunMetrics(history: CompactHistory): RunMetrics[] {
  const random = seededRandom(hashOf(`${history.source}\u0000${history.suite}`))
  const scales = history.steps.map((_, column) => {
    const values = history.runs
      .map((run) => run.values[column])
      .filter((value): value is number => value !== null && value > 0)
    const target = SMALLEST_MS * (LARGEST_MS / SMALLEST_MS) ** random()
    return values.length === 0 ? 1 : target / middle(values)
  })
  const timelineId = `${history.source}:${history.suite}`
  return history.runs.map((run, index) => {
    const steps: StepFigures[] = []
    run.values.forEach((value, column) => {
      if (value !== null && value > 0) {
        steps.push(stepFigures(`step_${column}`, history.steps[column], value * scales[column]))
      }
    })
    return runOf(timelineId, history.suite, `run_${String(index + 1).padStart(5, '0')}`, run, steps)
  })
}

function runOf(
  timelineId: string,
  title: string,
  runId: string,
  run: CompactHistory['runs'][number],
  steps: StepFigures[]
): RunMetrics {
  const trackItems = [{ trackItemId: REAL_TRACK_ITEM, title, steps }]
  return {
    schema: METRICS_SCHEMA,
    version: METRICS_VERSION,
    runId,
    timelineId,
    timelineTitle: title,
    status: 'Finished',
    startedAt: run.date,
    finishedAt: run.date,
    durationSeconds: 0,
    plannedRunTime: 0,
    estimatedVum: 0,
    source: { sha: run.commit },
    totals: runTotals(trackItems),
    trackItems
  }
}

/** A copy of the run with some steps' p95 (and the figures around it) multiplied by a factor. */
export function shifted(run: RunMetrics, factor: (stepId: string) => number): RunMetrics {
  const trackItems = run.trackItems.map((item) => ({
    ...item,
    steps: item.steps.map((step) => {
      const times = factor(step.stepId)
      return times === 1 ? step : stepFigures(step.stepId, step.title, step.p95 * times)
    })
  }))
  return { ...run, totals: runTotals(trackItems), trackItems }
}

/** How many runs each side of a split must hold a level for a sustained shift. */
export const HOLD_RUNS = 5
/** The smallest level change that counts as a shift, and its size against the noise. */
const MIN_SHIFT = Math.log(1.1)
const NOISE_MULTIPLE = 4
/** Of the HOLD_RUNS runs on each side, how many must lie on their side of the midpoint. */
const ON_SIDE = 4

export interface Shift {
  stepId: string
  /** Index of the first run at the new level. */
  at: number
  /** Ratio of the new level to the old. */
  ratio: number
}

export interface Labels {
  shifts: Shift[]
  /** True where the run is known unchanged: labelled, and no shift in the runs around it. */
  unchanged: boolean[]
}

/**
 * Sustained shifts found in hindsight, per step on log p95: a split is a shift when the medians of
 * the HOLD_RUNS runs before and after it differ by at least 10 % and by NOISE_MULTIPLE times the
 * step's run-to-run spread (from the median absolute change between neighbouring runs, which a
 * few shifts and spikes do not move), and at least 4 of the 5 runs on each side lie on their side
 * of the midpoint between the medians (one spike does not make a shift, nor hide one). Of
 * neighbouring splits passing the rule, the largest change is kept. A run is unchanged when it can
 * be labelled (5 runs on each side) and no step shifts from the run after it back to 2 runs
 * before it: the two runs after a shift are still "at the change" for a per-run gate, and the
 * rerun of a confirmation is the next run.
 */
export function labelInHindsight(runs: RunMetrics[]): Labels {
  const shifts: Shift[] = []
  for (const [stepId, series] of logSeries(runs)) shifts.push(...shiftsOf(stepId, series))
  const near = new Uint8Array(runs.length)
  for (const shift of shifts) {
    for (let i = shift.at - 1; i <= shift.at + 2; i++) if (i >= 0 && i < runs.length) near[i] = 1
  }
  const unchanged = runs.map(
    (_, i) => i >= HOLD_RUNS && i + HOLD_RUNS <= runs.length && near[i] === 0
  )
  return { shifts, unchanged }
}

function logSeries(runs: RunMetrics[]): Map<string, number[]> {
  const series = new Map<string, number[]>()
  runs.forEach((run, index) => {
    for (const step of run.trackItems.flatMap((item) => item.steps)) {
      let values = series.get(step.stepId)
      if (!values) series.set(step.stepId, (values = new Array<number>(runs.length).fill(NaN)))
      values[index] = Math.log(step.p95)
    }
  })
  return series
}

function shiftsOf(stepId: string, series: number[]): Shift[] {
  const threshold = Math.max(MIN_SHIFT, NOISE_MULTIPLE * runToRunSpread(series))
  const found: Array<Shift & { size: number }> = []
  for (let at = HOLD_RUNS; at + HOLD_RUNS <= series.length; at++) {
    const change = levelChange(series, at)
    if (change === undefined || Math.abs(change) < threshold) continue
    const shift = { stepId, at, ratio: Math.exp(change), size: Math.abs(change) }
    const last = found.at(-1)
    if (last && at - last.at < HOLD_RUNS) {
      if (shift.size > last.size) found[found.length - 1] = shift
    } else found.push(shift)
  }
  return found.map(({ stepId: id, at, ratio }) => ({ stepId: id, at, ratio }))
}

/**
 * The change of log level at `at` (median of the HOLD_RUNS runs after less median of those
 * before) when ON_SIDE runs of each side lie on their side of the midpoint; undefined when they
 * do not or a run lacks the value.
 */
function levelChange(series: number[], at: number): number | undefined {
  if (at < HOLD_RUNS || at + HOLD_RUNS > series.length) return undefined
  const before = series.slice(at - HOLD_RUNS, at)
  const after = series.slice(at, at + HOLD_RUNS)
  if ([...before, ...after].some(Number.isNaN)) return undefined
  const low = middle(before)
  const high = middle(after)
  const midpoint = (low + high) / 2
  const up = high > low
  const onSide = (values: number[], above: boolean) =>
    values.filter((value) => value > midpoint === above).length >= ON_SIDE
  return onSide(before, !up) && onSide(after, up) ? high - low : undefined
}

/**
 * Whether a reported rise from run `at` on, of `ratio`, held in hindsight: by the labelling rule,
 * the level of the step (or, for the whole run, the median over steps of each step's log p95 less
 * its median) rose there by at least half the reported change.
 */
export function holdsInHindsight(
  runs: RunMetrics[],
  stepId: string | undefined,
  at: number,
  ratio: number
): boolean {
  const series = logSeries(runs)
  const values = stepId === undefined ? runLevels(series, runs.length) : series.get(stepId)
  const change = values && levelChange(values, at)
  return change !== undefined && change >= Math.log(ratio) / 2
}

function runLevels(series: Map<string, number[]>, count: number): number[] {
  const centred = [...series.values()].map((values) => {
    const centre = middle(values.filter((value) => !Number.isNaN(value)))
    return values.map((value) => value - centre)
  })
  return Array.from({ length: count }, (_, run) => {
    const present = centred.map((values) => values[run]).filter((value) => !Number.isNaN(value))
    return present.length === 0 ? NaN : middle(present)
  })
}

/** A step's noise: the robust spread of changes between neighbouring runs, per run. */
function runToRunSpread(series: number[]): number {
  const changes: number[] = []
  for (let i = 1; i < series.length; i++) {
    const change = series[i] - series[i - 1]
    if (!Number.isNaN(change)) changes.push(Math.abs(change))
  }
  return changes.length === 0 ? 0 : (1.4826 * middle(changes)) / Math.SQRT2
}

export function middle(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const half = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2
}

function hashOf(text: string): number {
  let hash = 2166136261
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619)
  return hash >>> 0
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
}
