/**
 * The bench's history figures alone, for comparing builds quickly: the bundled action's
 * 20,000-step run judged against a 30-run history directory and without a baseline, the two
 * interleaved so that a change in the machine's load falls on both. Run after `npm run bundle`:
 *
 *   tsx scripts/bench/history-run.ts [samples] [history dir] [other build's dist dir]
 *
 * Without a history directory, or with one that does not exist, one is written (and kept, its
 * path printed, for this script or history-pipeline.ts next time). With another build's dist/,
 * that build is measured in turn with this one, sample by sample.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { DEFAULT_BASELINE_RUNS } from '../../src/inputs.js'
import { writeHistoryDir } from './history-dir.js'
import { measureRun, recordMetrics, snapshotBundle, type Bundle } from './measure.js'
import { mib, ms, summarize } from './table.js'

const scenario = { stepsPerTrackItem: 10_000 }
const [samples = '5', given, other] = process.argv.slice(2)

interface Figures {
  label: string
  bundle: Bundle
  peakRss: number[]
  added: number[]
}

const builds: Figures[] = [
  { label: 'this build', bundle: await snapshotBundle(), peakRss: [], added: [] }
]
if (other)
  builds.push({ label: other, bundle: await snapshotBundle(other), peakRss: [], added: [] })
try {
  const dir = await historyDir(builds[0].bundle)
  for (let sample = 0; sample < Number(samples); sample++) {
    for (const build of builds) {
      const judged = await measureRun(build.bundle.script, scenario, { baseline: dir })
      const bare = await measureRun(build.bundle.script, scenario)
      build.peakRss.push(judged.peakRss)
      build.added.push(judged.durationMs - bare.durationMs)
      console.log(
        `${build.label}, sample ${sample + 1}: peak RSS ${mib(judged.peakRss)}, ` +
          `${ms(judged.durationMs)} against ${ms(bare.durationMs)} without a baseline ` +
          `(load ${os.loadavg()[0].toFixed(2)})`
      )
    }
  }
  for (const { label, peakRss, added } of builds) {
    const rss = summarize(peakRss)
    const time = summarize(added)
    console.log(
      `${label}: peak RSS median ${mib(rss.median)}, max ${mib(rss.max)}; ` +
        `added time median +${ms(time.median)} (${ms(time.min)} to ${ms(time.max)})`
    )
  }
} finally {
  await Promise.all(builds.map(({ bundle }) => bundle.remove()))
}

async function historyDir(bundle: Bundle): Promise<string> {
  if (given !== undefined && existsSync(given)) return given
  const dir = given ?? (await mkdtemp(path.join(os.tmpdir(), 'bench-history-')))
  await mkdir(dir, { recursive: true })
  await writeHistoryDir(dir, await recordMetrics(bundle.script, scenario), DEFAULT_BASELINE_RUNS)
  console.log(`history written to ${dir}`)
  return dir
}
