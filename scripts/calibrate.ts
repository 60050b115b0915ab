/**
 * `npm run calibrate`: how often the regression gate fails unchanged runs and how often it catches
 * real regressions, on simulated histories fed through the real verdict code. The noise model is
 * described in scripts/calibrate/simulation.ts and in the README ("How the gate decides").
 *
 * Options: `--scale <factor>` multiplies every trial count (default 1; 0.25 for a quick look),
 * `--seed <n>` changes the random seed (default 1).
 */
import { loadDistributions } from '../src/verdict/distributions.js'
import {
  runTrial,
  runTrialWithFixedRule,
  seededRandom,
  type Change,
  type NoiseLevel,
  type Tails,
  type TrialOutcome
} from './calibrate/simulation.js'
import { printShiftCalibration } from './calibrate/shifts.js'

interface Level {
  name: string
  spread: [number, number]
}

const LEVELS: Level[] = [
  { name: 'low (1–5 %)', spread: [0.01, 0.05] },
  { name: 'target (3–15 %)', spread: [0.03, 0.15] },
  { name: 'high (10–25 %)', spread: [0.1, 0.25] }
]
const TAILS: Tails[] = ['light', 'heavy']
const STEP_SIZES = [25, 50, 80, 150]
const RUN_SIZES = [10, 15, 25]
const SMALLEST_GRID = [10, 15, 20, 25, 30, 40, 50, 60, 80, 100, 150, 200, 300, 500]

const scale = Number(option('--scale') ?? 1)
const random = seededRandom(Number(option('--seed') ?? 1))
const TRIALS = {
  unchanged: Math.round(300 * scale),
  before: Math.round(100 * scale),
  detection: Math.round(60 * scale),
  target: Math.round(200 * scale)
}

const distributions = await loadDistributions()
const started = Date.now()

console.log(
  'Regression gate calibration: 100 steps, 10 history runs, run factor 3 %, false-alarm-rate 1 %,\n' +
    'max-regression 10 %, noise-floor-ms 20. Spread = per-step run-to-run standard deviation of\n' +
    'log p95; single-step regressions hit a step of the level’s middle spread.\n'
)
const header = [
  'noise level',
  'tails',
  'unchanged runs failing: before',
  'after',
  ...STEP_SIZES.map((size) => `1 step +${size} %`),
  ...RUN_SIZES.map((size) => `whole run +${size} %`),
  'smallest 1-step regression caught 95 %'
]
const rows: string[][] = []
for (const level of LEVELS) {
  for (const tails of TAILS) rows.push(row(level, tails))
}
printTable(header, rows)

console.log('\nTargets (target noise level, 3–15 % spread):')
for (const tails of TAILS) {
  const noise = noiseLevel(LEVELS[1], tails)
  const unchanged = rate(noise, { kind: 'none' }, TRIALS.unchanged * 2, (o) => o.failed)
  const single = rate(
    noise,
    { kind: 'step', percent: 80, maxSpread: 0.08 },
    TRIALS.target,
    (o) => o.stepNamed
  )
  const whole = rate(noise, { kind: 'run', percent: 25 }, TRIALS.target, (o) => o.runNamed)
  console.log(
    `  ${tails} tails: unchanged runs failing ${percent(unchanged)} (target ≤ 1 %); ` +
      `+80 % on a step of spread ≤ 8 % caught and named ${percent(single)} (≥ 95 %); ` +
      `whole run +25 % caught ${percent(whole)} (≥ 95 %)`
  )
}
printShiftCalibration(scale, random)
console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s`)

function row(level: Level, tails: Tails): string[] {
  const noise = noiseLevel(level, tails)
  const middle = (level.spread[0] + level.spread[1]) / 2
  let before = 0
  for (let trial = 0; trial < TRIALS.before; trial++) {
    if (runTrialWithFixedRule(noise, random)) before++
  }
  const singleStep = (size: number) =>
    rate(
      noise,
      { kind: 'step', percent: size, spread: middle },
      TRIALS.detection,
      (o) => o.stepNamed
    )
  const known = new Map(STEP_SIZES.map((size) => [size, singleStep(size)]))
  const smallest = SMALLEST_GRID.find((size) => (known.get(size) ?? singleStep(size)) >= 0.95)
  return [
    level.name,
    tails,
    percent(before / TRIALS.before),
    percent(rate(noise, { kind: 'none' }, TRIALS.unchanged, (o) => o.failed)),
    ...STEP_SIZES.map((size) => percent(known.get(size) ?? 0)),
    ...RUN_SIZES.map((size) =>
      percent(rate(noise, { kind: 'run', percent: size }, TRIALS.detection, (o) => o.runNamed))
    ),
    smallest === undefined ? `> ${SMALLEST_GRID.at(-1)} %` : `+${smallest} %`
  ]
}

function noiseLevel(level: Level, tails: Tails): NoiseLevel {
  return { steps: 100, historyRuns: 10, spread: level.spread, runFactor: 0.03, tails }
}

function rate(
  noise: NoiseLevel,
  change: Change,
  trials: number,
  counts: (outcome: TrialOutcome) => boolean
): number {
  let hits = 0
  for (let trial = 0; trial < trials; trial++) {
    if (counts(runTrial(noise, change, random, distributions))) hits++
  }
  return hits / trials
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(fraction > 0 && fraction < 0.1 ? 1 : 0)} %`
}

function printTable(columns: string[], body: string[][]): void {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  console.log(line(columns))
  console.log(line(columns.map(() => '---')))
  for (const cells of body) console.log(line(cells))
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}
