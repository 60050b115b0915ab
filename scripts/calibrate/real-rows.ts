/**
 * The real-data rows of `npm run calibrate`: the gate replayed over real public benchmark
 * histories (real-histories.ts), each run judged against the runs before it, on runs labelled
 * unchanged in hindsight and with shifts injected into their real noise.
 */
import type { Settings } from '../../src/inputs.js'
import type { RunMetrics } from '../../src/metrics/model.js'
import {
  findHistoriesDir,
  labelInHindsight,
  loadRealTimelines,
  REAL_TRACK_ITEM,
  shifted,
  type RealTimeline
} from './real-histories.js'
import { failedOn, judgeAgainst, replaySettings, stepKey } from './real-replay.js'
import { printRealShiftRows } from './real-shifts.js'
import { seededRandom } from './simulation.js'

/** Runs judged only once this many runs precede them, so every judged run has a history. */
export const FIRST_JUDGED_RUN = 10

/** Counts of one timeline, or of all: hits out of trials for each row. */
export interface RealFigures {
  runs: number
  unchanged: Rate
  unchangedConfirmed: Rate
  wholeRun25: Rate
  step80: Rate
  step80After: Rate
  realShifts: Rate
  /** Unchanged runs judged against only the 1 or 2 runs before them, as in a timeline's first days. */
  firstDays: [Rate, Rate]
  /** Why whole-run +25 % runs went uncaught. */
  wholeRunMisses: WholeRunMisses
}

/**
 * Why a whole run +25 % was not caught: the run, 25 % slower, is still no more than the practical
 * minimum above the usual level (it was at least 12 % faster before); or the slowdown of a typical
 * step is under noise-floor-ms; or it is inside the band of the run-to-run changes in its history.
 */
interface WholeRunMisses {
  notPastMinimum: number
  underNoiseFloor: number
  withinBand: number
}

interface Rate {
  hits: number
  trials: number
}

type Judge = (current: RunMetrics, earlier: RunMetrics[]) => Promise<Set<string>>
type ReplaySettings = Settings & { baseline: { runs: number }; maxRegressionPercent?: number }

/** Replays the gate with these settings over one timeline. */
export async function measureTimeline(
  timeline: RealTimeline,
  settings: ReplaySettings,
  seed = 1
): Promise<RealFigures> {
  const { runs } = timeline
  const labels = labelInHindsight(runs)
  const random = seededRandom(seed)
  const figures = { ...emptyFigures(), runs: runs.length }
  const windowOf = (end: number) => runs.slice(Math.max(0, end - settings.baseline.runs), end)
  const judge: Judge = (current, earlier) => judgeAgainst(current, earlier, settings).then(failedOn)
  for (let i = FIRST_JUDGED_RUN; i < runs.length; i++) {
    if (!labels.unchanged[i]) continue
    await measureUnchanged(judge, runs[i], windowOf(i), runs[i + 1], figures)
    await measureInjected(judge, runs[i], windowOf(i), random, figures)
    await explainWholeRunMiss(settings, runs[i], windowOf(i), figures)
  }
  for (const shift of labels.shifts) {
    if (shift.ratio <= 1 || shift.at < FIRST_JUDGED_RUN) continue
    const failed = await judge(runs[shift.at], windowOf(shift.at))
    count(figures.realShifts, failed.has(stepKey(REAL_TRACK_ITEM, shift.stepId)))
  }
  return figures
}

/** An unchanged run: does it fail, and would the rerun (the next run, same history) confirm it? */
async function measureUnchanged(
  judge: Judge,
  run: RunMetrics,
  earlier: RunMetrics[],
  next: RunMetrics | undefined,
  figures: RealFigures
): Promise<void> {
  const failed = await judge(run, earlier)
  count(figures.unchanged, failed.size > 0)
  const confirmed =
    failed.size > 0 && next !== undefined && overlaps(failed, await judge(next, earlier))
  count(figures.unchangedConfirmed, confirmed)
  for (const [index, days] of figures.firstDays.entries()) {
    count(days, (await judge(run, earlier.slice(-(index + 1)))).size > 0)
  }
}

/** Shifts injected into an unchanged run's real noise: the whole run, one step, one step again. */
async function measureInjected(
  judge: Judge,
  run: RunMetrics,
  earlier: RunMetrics[],
  random: () => number,
  figures: RealFigures
): Promise<void> {
  count(
    figures.wholeRun25,
    (
      await judge(
        shifted(run, () => 1.25),
        earlier
      )
    ).size > 0
  )
  const steps = run.trackItems.flatMap((item) => item.steps)
  const target = steps[Math.floor(random() * steps.length)].stepId
  const key = stepKey(REAL_TRACK_ITEM, target)
  const onTarget = (stepId: string) => (stepId === target ? 1.8 : 1)
  count(figures.step80, (await judge(shifted(run, onTarget), earlier)).has(key))
  const previous = earlier.at(-1)
  if (previous?.trackItems.some((item) => item.steps.some((step) => step.stepId === target))) {
    const withShift = [...earlier.slice(0, -1), shifted(previous, onTarget)]
    count(figures.step80After, (await judge(shifted(run, onTarget), withShift)).has(key))
  }
}

/** Why the whole run +25 % just counted was missed, when it was (see WholeRunMisses). */
async function explainWholeRunMiss(
  settings: ReplaySettings,
  run: RunMetrics,
  earlier: RunMetrics[],
  figures: RealFigures
): Promise<void> {
  const slower = shifted(run, () => 1.25)
  const verdict = await judgeAgainst(slower, earlier, settings)
  if (failedOn(verdict).size > 0) return
  const change = verdict.baseline?.runChangePercent ?? 0
  const misses = figures.wholeRunMisses
  if (change <= (settings.maxRegressionPercent ?? 0)) misses.notPastMinimum++
  else {
    const unfloored = await judgeAgainst(slower, earlier, { ...settings, noiseFloorMs: 0 })
    if (failedOn(unfloored).has('run')) misses.underNoiseFloor++
    else misses.withinBand++
  }
}

/** Prints the real-data tables (gate, change detector), or one line saying why they were skipped. */
export async function printRealDataRows(seed = 1): Promise<void> {
  const found = await findHistoriesDir()
  if ('missing' in found) {
    console.log(`\nReal-data rows skipped: ${found.missing}.`)
    return
  }
  const timelines = await loadRealTimelines(found.dir)
  if (timelines.length === 0) {
    console.log(`\nReal-data rows skipped: ${found.dir} holds no history.`)
    return
  }
  const settings = await replaySettings({})
  console.log(
    `\nReal benchmark histories (${found.dir}; sources in scripts/calibrate/real-sources.md), ` +
      `the action's defaults (baseline-runs ${settings.baseline.runs}, false-alarm-rate ` +
      `${settings.falseAlarmRate} %, noise-floor-ms ${settings.noiseFloorMs}); each run from the ` +
      `${FIRST_JUDGED_RUN + 1}th on judged against the runs before it:\n`
  )
  const total = emptyFigures()
  const rows: string[][] = []
  for (const [index, timeline] of timelines.entries()) {
    const figures = await measureTimeline(timeline, settings, seed + index)
    add(total, figures)
    rows.push(rowOf(timeline.name, figures))
  }
  rows.push(rowOf('**all**', total))
  printTable(REAL_HEADER, rows)
  const misses = total.wholeRunMisses
  console.log(
    `\nWhole run +25 % not caught: ${misses.notPastMinimum} runs no more than ` +
      `${settings.maxRegressionPercent} % above the usual level even 25 % slower (they were at least ` +
      `${Math.round((1.25 / (1 + (settings.maxRegressionPercent ?? 0) / 100) - 1) * 100)} % faster ` +
      `than usual: no test of one run can see it), ${misses.underNoiseFloor} under noise-floor-ms, ` +
      `${misses.withinBand} inside the run-to-run band of their history.`
  )
  console.log(
    `\nFirst days: unchanged runs failing with 1 history run ${rate(total.firstDays[0])}, ` +
      `with 2 ${rate(total.firstDays[1])} (target: none).`
  )
  console.log(
    '\nTargets (real histories): unchanged runs failing ≤ 2.5 %, ≤ 1 % with the rerun; whole run ' +
      '+25 % ≥ 95 %; 1 step +80 % ≥ 60 %, on the run after ≥ 50 %.'
  )
  printRealShiftRows(timelines, seededRandom(seed))
}

const REAL_HEADER = [
  'history',
  'runs',
  'unchanged runs failing',
  'with confirm-regressions: rerun',
  'whole run +25 %',
  '1 step +80 %',
  '1 step +80 %, run after',
  'real upward shifts caught at 1st run'
]

function rowOf(name: string, figures: RealFigures): string[] {
  return [
    name,
    String(figures.runs),
    rate(figures.unchanged),
    rate(figures.unchangedConfirmed),
    rate(figures.wholeRun25),
    rate(figures.step80),
    rate(figures.step80After),
    `${figures.realShifts.hits} of ${figures.realShifts.trials}`
  ]
}

function rate({ hits, trials }: Rate): string {
  if (trials === 0) return '–'
  const fraction = hits / trials
  return `${(fraction * 100).toFixed(fraction > 0 && fraction < 0.1 ? 1 : 0)} % (${hits}/${trials})`
}

function emptyFigures(): RealFigures {
  const empty = () => ({ hits: 0, trials: 0 })
  return {
    runs: 0,
    unchanged: empty(),
    unchangedConfirmed: empty(),
    wholeRun25: empty(),
    step80: empty(),
    step80After: empty(),
    realShifts: empty(),
    firstDays: [empty(), empty()],
    wholeRunMisses: { notPastMinimum: 0, underNoiseFloor: 0, withinBand: 0 }
  }
}

function add(total: RealFigures, figures: RealFigures): void {
  total.runs += figures.runs
  const sum = (into: Rate, from: Rate) => {
    into.hits += from.hits
    into.trials += from.trials
  }
  for (const key of RATE_KEYS) sum(total[key], figures[key])
  figures.firstDays.forEach((rate, index) => sum(total.firstDays[index], rate))
  for (const key of MISS_KEYS) total.wholeRunMisses[key] += figures.wholeRunMisses[key]
}

const RATE_KEYS = [
  'unchanged',
  'unchangedConfirmed',
  'wholeRun25',
  'step80',
  'step80After',
  'realShifts'
] as const

const MISS_KEYS = ['notPastMinimum', 'underNoiseFloor', 'withinBand'] as const

function count(rate: Rate, hit: boolean): void {
  rate.trials++
  if (hit) rate.hits++
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  for (const key of a) if (b.has(key)) return true
  return false
}

export function printTable(columns: string[], body: string[][]): void {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  console.log(line(columns))
  console.log(line(columns.map(() => '---')))
  for (const cells of body) console.log(line(cells))
}
