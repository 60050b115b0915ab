/**
 * Checks a user expects before any virtual-user minute is spent, made before the start and in a
 * dry run alike: a timeout the run cannot finish in is refused; a baseline that holds nothing and
 * a threshold whose step pattern names no step of the history are warned about, with the closest
 * step titles; `user-count` without a data item is said to be the server's to ignore.
 */
import picomatch from 'picomatch'
import { InputError, type Settings } from '../inputs.js'
import type { RunMetrics } from '../metrics/model.js'
import { TITLE_GLOB_OPTIONS } from '../verdict/threshold-grammar.js'
import type { Criterion } from '../verdict/types.js'
import type { HistorySource } from '../verdict/judge.js'
import { closestOf } from './closest.js'
import type { RunPlan } from './resolve.js'

export type PreStartSettings = Pick<
  Settings,
  'timeoutSeconds' | 'baseline' | 'criteria' | 'userCount' | 'dataItem' | 'trackItems'
>

const MAX_SUGGESTIONS = 3

/** Throws an InputError for a refusal; returns the warnings, which also join the plan's. */
export async function checkBeforeStart(
  plan: RunPlan,
  settings: PreStartSettings,
  history: HistorySource
): Promise<string[]> {
  refuseShortTimeout(plan, settings.timeoutSeconds)
  const warnings = [
    ...userCountWithoutDataItem(settings),
    ...(await historyWarnings(plan, settings, history))
  ]
  plan.warnings.push(...warnings)
  return warnings
}

function refuseShortTimeout(plan: RunPlan, timeoutSeconds: number | undefined): void {
  const planned = plan.timeline.plannedRunTime
  if (timeoutSeconds === undefined || !(planned > 0) || timeoutSeconds >= planned) return
  throw new InputError([
    `Input "timeout" is ${timeoutSeconds} s, shorter than the planned run time of timeline "${plan.timelineTitle}", ${planned} s: the run would be stopped before it could finish. Set "timeout" above ${planned} s (the default is the planned run time plus 300 s), or leave it out.`
  ])
}

function userCountWithoutDataItem(settings: PreStartSettings): string[] {
  if (settings.userCount === undefined || settings.dataItem || settings.trackItems) return []
  return [
    `Input "user-count" is set without a data item: Leapwork Performance applies "user-count" only when it builds the track items' configuration from a data item, so it may run the timeline's own load instead. Add "data-item-id" or "data-item-name", or give each track item its users in "track-items".`
  ]
}

/** A path baseline is looked at now: a wrong path or a mistyped step pattern costs no run. */
async function historyWarnings(
  plan: RunPlan,
  settings: PreStartSettings,
  history: HistorySource
): Promise<string[]> {
  const { baseline } = settings
  if (baseline?.kind !== 'file') return []
  const search = await history.find(baseline)
  if (search.files.length === 0) {
    const why = (search.nothingFound ?? 'no earlier run was found').replace(/^the baseline /, '')
    return [
      `Input "baseline": ${why}, so this run would be judged without a baseline (no regression check). Correct the path, or remove "baseline".`
    ]
  }
  const warnings: string[] = []
  let newest: RunMetrics | undefined
  for (const file of search.files) {
    try {
      const run = await history.read(file)
      if (isOfTimeline(run, plan) && (!newest || isNewer(run, newest))) newest = run
    } catch (error) {
      warnings.push(
        `Input "baseline": ${file.path} cannot be used: ${error instanceof Error ? error.message : String(error)}`
      )
    }
  }
  return newest ? [...warnings, ...unmatchedPatterns(settings.criteria, newest)] : warnings
}

function isOfTimeline(run: RunMetrics, plan: RunPlan): boolean {
  return run.timelineId === plan.timelineAssetId || run.timelineTitle === plan.timelineTitle
}

function isNewer(run: RunMetrics, than: RunMetrics): boolean {
  return `${run.finishedAt}\u0000${run.runId}` > `${than.finishedAt}\u0000${than.runId}`
}

/** Step patterns of the thresholds that match no step of the newest history run, with did-you-mean. */
function unmatchedPatterns(criteria: Criterion[], newest: RunMetrics): string[] {
  const titles = [
    ...new Set(newest.trackItems.flatMap((item) => item.steps.map((step) => step.title)))
  ]
  if (titles.length === 0) return []
  const warnings: string[] = []
  for (const criterion of criteria) {
    if (criterion.scope.kind !== 'step') continue
    const glob = criterion.scope.titleGlob
    const matches = picomatch(glob, TITLE_GLOB_OPTIONS)
    if (titles.some((title) => matches(title))) continue
    const closest = closestOf(glob, titles, (title) => [title], MAX_SUGGESTIONS)
    warnings.push(
      `Threshold \`${criterion.source}\`: "${glob}" matches no step of the newest baseline run (${newest.runId}), so it would not be checked. Did you mean ${closest.map((title) => `"${title}"`).join(', ')}? Titles are matched whole; * stands for any characters.`
    )
  }
  return warnings
}
