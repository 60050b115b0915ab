/**
 * What the presentations take in, and views of the run's figures shared by the job summary, the PR
 * comment and the JUnit file. Numbers are formatted by `../number-format.ts`, which the verdict's
 * sentences share; escaping is in `./markdown.ts`.
 */

import type { RunStep } from '../metrics/figures.js'
import type { RunMetrics } from '../metrics/model.js'
import { formatCount, formatMs, formatPercent } from '../number-format.js'
import type { StepComparison, Verdict } from '../verdict/types.js'
import type { ChangesView } from './changes.js'
import { escapeMarkdownCell, truncate } from './markdown.js'
import type { ViewSection } from './verdict-view.js'

export interface PresentationLinks {
  workflowRunUrl?: string
  artifactUrl?: string
  artifactName?: string
  summaryUrl?: string
  /** The GitHub server (`GITHUB_SERVER_URL`): a link to any other host is shown as text. */
  serverUrl?: string
}

export interface PresentationInput {
  metrics: RunMetrics
  verdict: Verdict
  /** The combined AI analysis text, with any per-item texts appended by the caller. */
  aiAnalysis?: string
  links?: PresentationLinks
  /** Warnings to show, e.g. "The Excel report could not be downloaded". */
  notes?: string[]
  /** The leg's label (`name` input), e.g. `50 users`, when a matrix runs the timeline several times. */
  name?: string
  /** Sections other parts of the action add to the view, e.g. a notice under the headline. */
  sections?: ViewSection[]
  /** Persistent shifts found in the branch's history, on runs that record it. */
  changes?: ChangesView
}

export function slowestFirst(a: RunStep, b: RunStep): number {
  return comparableP95(b) - comparableP95(a)
}

function comparableP95({ step }: RunStep): number {
  return Number.isFinite(step.p95) ? step.p95 : -1
}

export function stepKey(trackItemId: string | undefined, stepId: string): string {
  return `${trackItemId ?? ''}\u0000${stepId}`
}

/**
 * Finds steps by track item and step id, or by step id alone (its first occurrence) for references
 * that do not name the track item.
 */
export function indexSteps(steps: RunStep[]): Map<string, RunStep> {
  const index = new Map<string, RunStep>()
  for (const view of steps) {
    index.set(stepKey(view.trackItem.trackItemId, view.step.stepId), view)
    const anyTrackItem = stepKey(undefined, view.step.stepId)
    if (!index.has(anyTrackItem)) index.set(anyTrackItem, view)
  }
  return index
}

/** Each track item's title by its ID. */
export function trackItemTitles(metrics: RunMetrics): Map<string, string> {
  return new Map(metrics.trackItems.map((item) => [item.trackItemId, item.title]))
}

/** `GET /a (Login Flow), GET /b (Checkout) and 3 more`: steps by title and track item, escaped. */
export function stepNameList(
  steps: StepComparison[],
  titles: Map<string, string>,
  limits: { maxListed: number; maxTitleLength: number }
): string {
  const name = (text: string) => escapeMarkdownCell(truncate(text, limits.maxTitleLength))
  const names = steps
    .slice(0, limits.maxListed)
    .map(
      (step) => `${name(step.title)} (${name(titles.get(step.trackItemId) ?? step.trackItemId)})`
    )
  const more = steps.length - names.length
  return more > 0 ? `${names.join(', ')} and ${formatCount(more)} more` : names.join(', ')
}

/** Keys of the steps that fail the gate: breached a threshold or regressed. */
export function gatedStepKeys(verdict: Verdict, index: Map<string, RunStep>): Set<string> {
  const keys = new Set<string>()
  const references = [
    ...verdict.breaches.filter((breach) => breach.stepId !== undefined),
    ...verdict.regressions
  ]
  for (const reference of references) {
    const view = index.get(stepKey(reference.trackItemId, reference.stepId ?? ''))
    if (view) keys.add(stepKey(view.trackItem.trackItemId, view.step.stepId))
  }
  return keys
}

/** `1.24 s on POST /api/login (Login Flow)`, escaped, or a sentence saying there were no steps. */
export function worstP95Text(metrics: RunMetrics, maxTitleLength: number): string {
  const worst = metrics.totals.worstP95Step
  if (!worst) return 'no steps reported'
  const trackItem = metrics.trackItems.find((item) => item.trackItemId === worst.trackItemId)
  const where = trackItem
    ? ` (${escapeMarkdownCell(truncate(trackItem.title, maxTitleLength))})`
    : ''
  const title = escapeMarkdownCell(truncate(worst.title, maxTitleLength))
  return `${formatMs(metrics.totals.worstP95)} on ${title}${where}`
}

/** `0.52% (12 of 2,300 requests)` */
export function errorRateText(metrics: RunMetrics): string {
  const { errorRate, errors, requests } = metrics.totals
  return `${formatPercent(errorRate)} (${formatCount(errors)} of ${formatCount(requests)} requests)`
}
