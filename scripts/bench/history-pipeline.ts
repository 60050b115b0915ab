/**
 * Where the time and memory of a long history go, in process: the history directory is read as
 * the action reads it, judged, searched for shifts and recorded forward, each stage timed. Run with
 * `tsx --expose-gc scripts/bench/history-pipeline.ts <history dir> [current metrics.json]`; the
 * bench's history directory is 30 folders of one metrics.json each.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseRunMetrics } from '../../src/metrics/figures.js'
import { historyRecordText } from '../../src/metrics/history-record.js'
import { loadHistory } from '../../src/reports/history-files.js'
import { judgeRun } from '../../src/verdict/judge.js'
import { findShifts } from '../../src/verdict/shifts.js'
import { silentLog } from '../../src/log.js'
import type { BaselineSetting } from '../../src/inputs.js'

const [dir, currentFile = `${dir}/run-0/metrics.json`] = process.argv.slice(2)
const current = parseRunMetrics(await readFile(currentFile, 'utf8'), currentFile)
current.runId = 'current'
const baseline: BaselineSetting = { kind: 'file', path: dir, runs: 30 }

let peakHeap = 0
const sampler = setInterval(() => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
}, 2)

async function stage<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now()
  const result = await work()
  const memory = process.memoryUsage()
  console.log(
    `${name.padEnd(28)} ${String(Math.round(performance.now() - started)).padStart(6)} ms   ` +
      `heap ${mib(memory.heapUsed)} of ${mib(memory.heapTotal)}, external ${mib(memory.external)}, ` +
      `RSS ${mib(memory.rss)}, peak RSS ${mib(process.resourceUsage().maxRSS * 1024)}`
  )
  return result
}

globalThis.gc?.()
console.log(`heap before ${mib(process.memoryUsage().heapUsed)}`)
const history = await stage('read the history', () => loadHistory({ baseline, current }))
const verdict = await stage('judge (fold + compare)', () =>
  judgeRun({
    metrics: current,
    criteria: [],
    baseline,
    maxRegressionPercent: 10,
    noiseFloorMs: 20,
    falseAlarmRate: 1,
    history: history.source,
    log: silentLog
  })
)
const shifts = await stage('search for shifts', () =>
  findShifts([...history.runs.slice(-39), current], { windowRuns: 30, maxAfter: 10 })
)
const out = await mkdtemp(join(tmpdir(), 'history-pipeline-'))
await stage('record the history', () =>
  writeFile(join(out, 'history.json'), historyRecordText([...history.runs, current]))
)
const record = await readFile(join(out, 'history.json'), 'utf8')
await rm(out, { recursive: true })
clearInterval(sampler)
globalThis.gc?.()
console.log(
  `retained heap ${mib(process.memoryUsage().heapUsed)}, peak heap ${mib(peakHeap)}, peak RSS ${mib(process.resourceUsage().maxRSS * 1024)}`
)
console.log(
  `${history.runs.length} runs, verdict ${verdict.result} (${fingerprint(JSON.stringify(verdict))}), ` +
    `${shifts.length} shifts (${fingerprint(JSON.stringify(shifts))}), record ${mib(record.length)} (${fingerprint(record)})`
)

/** A short hash: equal before and after a change that keeps every decision and figure. */
function fingerprint(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12)
}

function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`
}
