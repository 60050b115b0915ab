/**
 * `npm run backtest -- <dir or glob of metrics.json> [--baseline-runs 30] [--max-regression 10]
 * [--false-alarm-rate 1] [--noise-floor-ms 20] [--thresholds "p95 < 800"] …`
 *
 * Replays the regression gate over a timeline's own history before the gate is turned on: the
 * runs are ordered by when they finished and each is judged against the runs before it (the
 * newest `baseline-runs` of them), as the action would have judged it with these inputs. Prints
 * each run it would have failed, with the findings, and the totals per timeline.
 */
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { InputError } from '../src/inputs.js'
import type { RunMetrics } from '../src/metrics/model.js'
import { historyOnDisk } from '../src/reports/history-files.js'
import type { Verdict } from '../src/verdict/types.js'
import { judgeAgainst, replaySettings } from './calibrate/real-replay.js'

export interface BacktestRun {
  run: RunMetrics
  /** How many earlier runs it was judged against; 0 when none (then it was not judged). */
  historyRuns: number
  verdict?: Verdict
}

export interface BacktestTimeline {
  title: string
  runs: BacktestRun[]
}

export interface Backtest {
  timelines: BacktestTimeline[]
  unreadable: string[]
  settingsLine: string
}

const ACTION_FILE = fileURLToPath(new URL('../action.yml', import.meta.url))

/** Replays the gate over every timeline the files hold. Bad inputs throw InputError. */
export async function backtest(path: string, inputs: Record<string, string>): Promise<Backtest> {
  await checkInputNames(Object.keys(inputs))
  const settings = await replaySettings(inputs, path)
  const found = await historyOnDisk().find({ ...settings.baseline, runs: Infinity })
  if (found.files.length === 0) {
    throw new InputError([`Nothing to replay: ${found.nothingFound ?? `no file at ${path}`}.`])
  }
  const unreadable: string[] = []
  const byTimeline = new Map<string, RunMetrics[]>()
  const source = historyOnDisk()
  for (const file of found.files) {
    try {
      const run = await source.read(file)
      byTimeline.set(run.timelineId, [...(byTimeline.get(run.timelineId) ?? []), run])
    } catch (error) {
      unreadable.push((error as Error).message)
    }
  }
  const timelines: BacktestTimeline[] = []
  for (const runs of byTimeline.values()) {
    runs.sort(inOrderFinished)
    const judged: BacktestRun[] = []
    for (const [index, run] of runs.entries()) {
      const earlier = runs.slice(Math.max(0, index - settings.baseline.runs), index)
      judged.push({
        run,
        historyRuns: earlier.length,
        verdict: earlier.length === 0 ? undefined : await judgeAgainst(run, earlier, settings)
      })
    }
    timelines.push({ title: `${runs[0].timelineTitle} (${runs[0].timelineId})`, runs: judged })
  }
  const settingsLine = [
    `baseline-runs ${settings.baseline.runs}`,
    ...(settings.maxRegressionPercent === undefined
      ? []
      : [`max-regression ${settings.maxRegressionPercent} %`]),
    `false-alarm-rate ${settings.falseAlarmRate} %`,
    `noise-floor-ms ${settings.noiseFloorMs}`,
    ...settings.criteria.map((criterion) => `threshold \`${criterion.source}\``)
  ].join(', ')
  return { timelines, unreadable, settingsLine }
}

/** The report: a line per run that would have failed, its findings below it, then the totals. */
export function describeBacktest(result: Backtest): string[] {
  const lines = [`Backtest with ${result.settingsLine}.`]
  for (const problem of result.unreadable) lines.push(`Skipped: ${problem}`)
  for (const timeline of result.timelines) {
    lines.push('', `Timeline ${timeline.title}:`)
    const judged = timeline.runs.filter((entry) => entry.verdict !== undefined)
    const failed = judged.filter((entry) => entry.verdict?.result === 'failed')
    for (const { run, historyRuns, verdict } of failed) {
      const sha = run.source?.sha ? ` ${run.source.sha.slice(0, 7)}` : ''
      lines.push(
        `  ✗ run ${run.runId}${sha} ${run.finishedAt} (against ${historyRuns} earlier): ${verdict?.reason}`
      )
      for (const finding of verdict ? findingsOf(verdict) : []) lines.push(`      ${finding}`)
    }
    const share = judged.length === 0 ? 0 : (failed.length * 100) / judged.length
    lines.push(
      `  ${timeline.runs.length} runs, ${judged.length} judged (the first has no history): ` +
        `${failed.length} would have failed (${share.toFixed(1)} %), ` +
        `${judged.length - failed.length} passed.`
    )
  }
  return lines
}

function findingsOf(verdict: Verdict): string[] {
  return [
    ...verdict.breaches.map((breach) => breach.message),
    ...verdict.regressions.map((step) => step.message),
    ...(verdict.baseline?.runRegressions.map((finding) => finding.message) ?? [])
  ]
}

function inOrderFinished(a: RunMetrics, b: RunMetrics): number {
  const key = (run: RunMetrics) => `${run.finishedAt}\u0000${run.runId}`
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0
}

/** Every flag must be an input of the action, so a typo is not silently ignored. */
async function checkInputNames(names: string[]): Promise<void> {
  const action = parse(await readFile(ACTION_FILE, 'utf8')) as { inputs: Record<string, unknown> }
  const unknown = names.filter((name) => !(name in action.inputs) || name === 'baseline')
  if (unknown.length > 0) {
    throw new InputError(
      unknown.map(
        (name) =>
          `Unknown option --${name}: give the history as the first argument and the gate's inputs as flags (--baseline-runs, --max-regression, --false-alarm-rate, --noise-floor-ms, --thresholds, …).`
      )
    )
  }
}

/** `<path> --name value …` as the path and the inputs. */
export function parseArguments(args: string[]): { path?: string; inputs: Record<string, string> } {
  const inputs: Record<string, string> = {}
  let path: string | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s)
      inputs[name] = inline ?? args[++i] ?? ''
    } else path ??= arg
  }
  return { path, inputs }
}

async function main(): Promise<void> {
  const { path, inputs } = parseArguments(process.argv.slice(2))
  if (!path) {
    console.error('Usage: npm run backtest -- <dir or glob of metrics.json> [--baseline-runs N] …')
    process.exitCode = 2
    return
  }
  try {
    for (const line of describeBacktest(await backtest(path, inputs))) console.log(line)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    for (const problem of error.problems) console.error(problem)
    process.exitCode = 2
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
