/**
 * Escaping and views of the models shared by the job summary, the PR comment and the JUnit file.
 * Numbers are formatted by `../number-format.ts`, which the verdict's sentences share.
 */

import type { RunMetrics, StepFigures, TrackItemFigures } from '../metrics/model.js'
import { formatCount, formatMs, formatPercent } from '../number-format.js'
import type { Result, StepComparison, Verdict } from '../verdict/types.js'
import type { ChangesView } from './changes.js'

export interface PresentationLinks {
  workflowRunUrl?: string
  artifactUrl?: string
  artifactName?: string
  summaryUrl?: string
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
  /** Persistent shifts found in the branch's history, on runs that record it. */
  changes?: ChangesView
}

/** A step together with the track item it belongs to. */
export interface StepView {
  trackItem: TrackItemFigures
  step: StepFigures
}

// eslint-disable-next-line no-control-regex -- these are the characters being removed
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g
const LINE_BREAKS = /\r\n|[\r\n\t\u2028\u2029]/g
const MARKDOWN_PUNCTUATION = /[\\`*_[\]~|]/g
const BLOCK_START = /^(\s*\d*)([-+=#.)])/
const BULLET = /^\s*[-*•+]\s+(.*)$/
/** `@name` and `@org/team` notify people in a comment; a zero-width space after `@` does not. */
const MENTION = /@(?=[A-Za-z0-9])/g
const UNMENTIONED = '@&#8203;'

const VERDICT_WORDS: Record<Result, string> = {
  passed: '✅ Passed',
  failed: '❌ Failed',
  error: '⚠️ Error'
}

/** Removes control characters other than tab and line breaks: XML 1.0 forbids them. */
export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '')
}

/** Cuts text to at most maxLength characters, ending in `…` when cut, never inside a surrogate pair. */
export function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text
  let end = Math.max(0, maxLength - 1)
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1
  return `${text.slice(0, end)}…`
}

/**
 * Makes untrusted text safe on one line of markdown: a table cell, a heading or a list item. Line
 * breaks become spaces, markdown punctuation is backslash-escaped, HTML is shown as text and
 * mentions notify no one.
 */
export function escapeMarkdownCell(text: string): string {
  return stripControlCharacters(text)
    .replace(LINE_BREAKS, ' ')
    .replace(MARKDOWN_PUNCTUATION, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MENTION, UNMENTIONED)
    .replace(BLOCK_START, '$1\\$2')
}

/**
 * Makes untrusted multi-line text safe as a markdown block: every line is shown as written, as a
 * paragraph of its own, except that lines starting with a bullet become a list.
 */
export function escapeMarkdownText(text: string): string {
  const blocks: string[] = []
  let previousWasBullet = false
  for (const line of stripControlCharacters(text).split(/\r\n|[\r\n\u2028\u2029]/)) {
    if (line.trim() === '') continue
    const bullet = BULLET.exec(line)
    const rendered = bullet ? `- ${escapeMarkdownCell(bullet[1])}` : escapeMarkdownCell(line.trim())
    if (blocks.length > 0) blocks.push(bullet && previousWasBullet ? '\n' : '\n\n')
    blocks.push(rendered)
    previousWasBullet = bullet !== null
  }
  return blocks.join('')
}

/** An identifier as inline code, or escaped text when it holds what a code span cannot. */
export function inlineCode(text: string): string {
  return /^[^`|\r\n\u2028\u2029]+$/.test(text) && stripControlCharacters(text) === text
    ? `\`${text}\``
    : escapeMarkdownCell(text)
}

/** A markdown link when the URL is http(s), otherwise just the escaped text. */
export function markdownLink(text: string, url?: string): string {
  const label = escapeMarkdownCell(text)
  if (!url || !/^https?:\/\//i.test(url)) return label
  const safeUrl = url.replace(/[\s()<>]/g, (character) => encodeURIComponent(character))
  return `[${label}](${safeUrl})`
}

/**
 * The verdict as one line: icon and outcome, the leg's name when given, then the reason:
 * `✅ Passed — 3 criteria held on 8 steps`.
 */
export function verdictHeadline(verdict: Verdict, name?: string): string {
  const leg = name ? ` (${escapeMarkdownCell(name)})` : ''
  return `${VERDICT_WORDS[verdict.result]}${leg} — ${escapeMarkdownCell(truncate(verdict.reason, 300))}`
}

/** One line per requested check that could not be made, each starting with ⚠️. */
export function unmadeCheckLines(verdict: Verdict, maxLength: number): string[] {
  return verdict.unmadeChecks.map(
    (check) => `⚠️ **Not checked:** ${escapeMarkdownCell(truncate(check, maxLength))}`
  )
}

export function allSteps(metrics: RunMetrics): StepView[] {
  return metrics.trackItems.flatMap((trackItem) =>
    trackItem.steps.map((step) => ({ trackItem, step }))
  )
}

export function slowestFirst(a: StepView, b: StepView): number {
  return comparableP95(b) - comparableP95(a)
}

function comparableP95({ step }: StepView): number {
  return Number.isFinite(step.p95) ? step.p95 : -1
}

export function stepKey(trackItemId: string | undefined, stepId: string): string {
  return `${trackItemId ?? ''}\u0000${stepId}`
}

/**
 * Finds steps by track item and step id, or by step id alone (its first occurrence) for references
 * that do not name the track item.
 */
export function indexSteps(steps: StepView[]): Map<string, StepView> {
  const index = new Map<string, StepView>()
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
export function gatedStepKeys(verdict: Verdict, index: Map<string, StepView>): Set<string> {
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

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
