/**
 * Turns a github-action-benchmark `data.js` (`window.BENCHMARK_DATA = {...}`) into the compact
 * history files that real-histories.ts reads: one file per benchmark suite, one run per entry (a
 * benchmark job on one commit), one step per benchmark, each value in milliseconds.
 *
 *   npx tsx scripts/calibrate/real-convert.ts <data.js> <out-dir> --source owner/name \
 *     [--branch gh-pages] [--path dev/bench/data.js] [--license SPDX] [--unit "p95 ms"]
 *
 * `--unit` keeps only the benchmarks of that unit (e.g. the p95 lines of a suite that also
 * publishes medians). Throughputs (ops/sec and the like) become the time of one operation.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type CompactHistory } from './real-histories.js'

interface BenchmarkData {
  entries: Record<string, Entry[]>
}

interface Entry {
  commit?: { id?: string; timestamp?: string }
  date: number
  benches: Array<{ name: string; value: number; unit: string }>
}

/** Milliseconds per unit of a time; a throughput's unit maps to the time of one operation. */
const TIME_UNITS: Record<string, number> = {
  'ns/iter': 1e-6,
  'ns/op': 1e-6,
  ns: 1e-6,
  'us/iter': 1e-3,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  'median ms': 1,
  'p95 ms': 1,
  milliseconds: 1,
  s: 1000,
  sec: 1000,
  seconds: 1000
}
const THROUGHPUT_UNITS = new Set(['iter/sec', 'ops/sec', 'op/s', 'ops/s', 'tx/s'])

export function toMilliseconds(value: number, unit: string): number | undefined {
  if (!Number.isFinite(value) || value <= 0) return undefined
  const trimmed = unit.trim()
  if (trimmed in TIME_UNITS) return value * TIME_UNITS[trimmed]
  if (THROUGHPUT_UNITS.has(trimmed)) return 1000 / value
  return undefined
}

export function parseBenchmarkData(text: string): BenchmarkData {
  const start = text.indexOf('{')
  const end = text.lastIndexOf('}')
  if (start === -1 || end < start) throw new Error('no JSON object in the data.js')
  return JSON.parse(text.slice(start, end + 1)) as BenchmarkData
}

export function convertSuite(
  suite: string,
  entries: Entry[],
  about: Omit<CompactHistory, 'suite' | 'steps' | 'runs'>,
  unit?: string
): CompactHistory {
  const steps: string[] = []
  const column = new Map<string, number>()
  const runs = entries.map((entry, index) => {
    const values: Array<number | null> = []
    for (const bench of entry.benches) {
      if (unit !== undefined && bench.unit !== unit) continue
      const ms = toMilliseconds(bench.value, bench.unit)
      if (ms === undefined) continue
      if (!column.has(bench.name)) {
        column.set(bench.name, steps.length)
        steps.push(bench.name)
      }
      values[column.get(bench.name) ?? 0] = ms
    }
    return {
      id: `${index + 1}`,
      commit: entry.commit?.id ?? '',
      date: new Date(entry.date).toISOString(),
      values: Array.from({ length: steps.length }, (_, i) => values[i] ?? null)
    }
  })
  for (const run of runs) while (run.values.length < steps.length) run.values.push(null)
  return { ...about, suite, steps, runs: runs.filter((run) => run.values.some((v) => v !== null)) }
}

async function main(): Promise<void> {
  const [input, outDir] = process.argv.slice(2)
  const source = option('--source')
  if (!input || !outDir || !source) {
    throw new Error('usage: real-convert.ts <data.js> <out-dir> --source owner/name [...]')
  }
  const data = parseBenchmarkData(await readFile(input, 'utf8'))
  const about = {
    source,
    branch: option('--branch') ?? 'gh-pages',
    path: option('--path') ?? 'dev/bench/data.js',
    license: option('--license') ?? 'unknown'
  }
  await mkdir(outDir, { recursive: true })
  for (const [suite, entries] of Object.entries(data.entries)) {
    const history = convertSuite(suite, entries, about, option('--unit'))
    const file = join(outDir, `${suite.replace(/[^A-Za-z0-9._-]+/g, '_')}.json`)
    await writeFile(file, JSON.stringify(history) + '\n')
    console.log(`${file}: ${history.runs.length} runs, ${history.steps.length} steps`)
  }
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}

if (process.argv[1]?.endsWith('real-convert.ts')) await main()
