/**
 * The gate replayed over a history: each run judged against runs before it through `judgeRun`,
 * the entry point the action itself calls, with the action's inputs read by `readSettings`, so
 * the replay measures whatever gate, defaults and checks of the inputs the branch has.
 */
import { readSettings, type Settings } from '../../src/inputs.js'
import { silentLog } from '../../src/log.js'
import type { RunMetrics } from '../../src/metrics/model.js'
import { judgeRun, type HistorySource } from '../../src/verdict/judge.js'
import type { Verdict } from '../../src/verdict/types.js'

/** What readSettings requires to start a run; a replay starts none. */
const NOT_USED: Record<string, string> = {
  'api-key': 'replay',
  'base-url': 'http://localhost',
  'timeline-id': 'replay'
}

/**
 * The action's settings for the given inputs (e.g. `{ 'baseline-runs': '30' }`), every other
 * input at its default, and a history named by `baseline` (a path, or anything for an in-memory
 * history). Bad inputs throw InputError with the action's own messages.
 */
export async function replaySettings(
  inputs: Record<string, string>,
  baseline = 'replay'
): Promise<Settings & { baseline: NonNullable<Settings['baseline']> }> {
  const settings = await readSettings(
    (name) => inputs[name] ?? (name === 'baseline' ? baseline : (NOT_USED[name] ?? '')),
    silentLog
  )
  if (!settings.baseline) throw new Error('the replay needs a baseline')
  return { ...settings, baseline: settings.baseline }
}

/** The verdict on `current` with `earlier` (oldest first) as its history, as the action gives it. */
export async function judgeAgainst(
  current: RunMetrics,
  earlier: RunMetrics[],
  settings: Settings
): Promise<Verdict> {
  return judgeRun({ ...settings, metrics: current, history: inMemory(earlier), log: silentLog })
}

function inMemory(runs: RunMetrics[]): HistorySource {
  return {
    find: () => Promise.resolve({ files: runs.map((_, index) => ({ path: String(index) })) }),
    read: (file) => Promise.resolve(runs[Number(file.path)])
  }
}

/** How failedOn names a step. */
export function stepKey(trackItemId: string, stepId: string): string {
  return `${trackItemId}/${stepId}`
}

/**
 * What a failed run failed on: its regressed steps (stepKey), `run` when the whole run's p95
 * regressed, and each breached threshold; empty when it did not fail.
 */
export function failedOn(verdict: Verdict): Set<string> {
  if (verdict.result !== 'failed') return new Set()
  const named = new Set(verdict.regressions.map((step) => stepKey(step.trackItemId, step.stepId)))
  if (verdict.baseline?.runRegressions.some((finding) => finding.measure === 'p95')) {
    named.add('run')
  }
  for (const breach of verdict.breaches) named.add(breach.criterion.source)
  return named
}
