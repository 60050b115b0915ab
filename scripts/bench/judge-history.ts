/**
 * Time and memory of judging one large run against a long history, in process: a run of STEPS
 * steps against HISTORY_RUNS earlier runs drawn from the calibration's noise model, folded as the
 * action folds a history directory, then compareWithHistory. Run with
 * `tsx --expose-gc scripts/bench/judge-history.ts [--steps n] [--runs n] [--repeat n]`.
 */
import { createHash } from 'node:crypto'
import { DEFAULT_BASELINE_RUNS } from '../../src/inputs.js'
import { loadDistributions } from '../../src/verdict/distributions.js'
import { compareWithHistory } from '../../src/verdict/regressions.js'
import { HistoryFold } from '../../src/verdict/history.js'
import {
  GATE_DEFAULTS,
  makeRun,
  makeTimeline,
  seededRandom,
  type NoiseLevel
} from '../calibrate/simulation.js'

const STEPS = Number(option('--steps') ?? 20_000)
const HISTORY_RUNS = Number(option('--runs') ?? DEFAULT_BASELINE_RUNS)
const REPEAT = Number(option('--repeat') ?? 3)

const level: NoiseLevel = {
  steps: STEPS,
  historyRuns: HISTORY_RUNS,
  spread: [0.03, 0.15],
  runFactor: 0.03,
  tails: 'heavy'
}
const random = seededRandom(1)
const distributions = await loadDistributions()
const timeline = makeTimeline(level, random)
const current = makeRun(level, timeline, random, 'current', () => 0)
const fold = new HistoryFold(current)
let foldMs = 0
for (let run = 0; run < HISTORY_RUNS; run++) {
  const earlier = makeRun(level, timeline, random, `history_${run}`, () => 0, run)
  const started = performance.now()
  fold.add(earlier, { runId: earlier.runId, finishedAt: earlier.finishedAt })
  foldMs += performance.now() - started
}
const history = fold.history()

let peakHeap = 0
const sampler = setInterval(() => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
}, 5)
console.log(`judging ${STEPS.toLocaleString('en')} steps against ${HISTORY_RUNS} history runs`)
console.log(`  folding the history runs: ${Math.round(foldMs)} ms`)
for (let attempt = 0; attempt < REPEAT; attempt++) {
  globalThis.gc?.()
  const heapBefore = process.memoryUsage().heapUsed
  const started = performance.now()
  const cpuBefore = process.cpuUsage()
  const comparison = compareWithHistory(current, history, GATE_DEFAULTS, distributions)
  const cpu = process.cpuUsage(cpuBefore)
  const elapsed = performance.now() - started
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
  const regressions = comparison.steps.filter((step) => step.regression).length
  console.log(
    `  compareWithHistory: ${Math.round(elapsed)} ms (CPU ${Math.round((cpu.user + cpu.system) / 1000)} ms), heap +${mib(process.memoryUsage().heapUsed - heapBefore)}` +
      ` (${regressions} steps regressed, comparison ${fingerprint(comparison)})`
  )
}
clearInterval(sampler)
console.log(`  peak heap ${mib(peakHeap)}, peak RSS ${mib(process.resourceUsage().maxRSS * 1024)}`)

/** A short hash of the whole comparison: equal before and after a change that keeps decisions. */
function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12)
}

function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}
