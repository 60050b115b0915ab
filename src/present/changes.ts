/**
 * Persistent shifts found in the history of a branch, as the job summary, the annotations and the
 * tracking issue show them. Every text from a server or a file is escaped here; links are the
 * checked ones the caller built (see src/github/links.ts).
 */
import { counted, formatMs, formatPercent } from '../number-format.js'
import { escapeMarkdownCell, inlineCode, markdownLink, truncate } from './markdown.js'

/** A run of the history, as a shift names it. */
export interface ChangeRun {
  /** The Leapwork Performance run ID. */
  runId: string
  sha?: string
  /** The workflow run that measured it. */
  url?: string
}

export interface PullRequestRef {
  number: number
  url?: string
}

export interface ChangeView {
  /** The step's title; for a whole-run shift, the timeline's. */
  step: string
  /** The step's track item; null for a shift of the whole run. */
  trackItem: string | null
  changePercent: number
  levelBeforeMs?: number
  levelAfterMs?: number
  /** Runs at the new level, this run included. */
  runsSince: number
  firstRun: ChangeRun
  lastRunBefore: ChangeRun
  compareUrl?: string
  pullRequests: PullRequestRef[]
  /** The run that reported the shift first, when that was an earlier run. */
  reportedIn?: ChangeRun
}

export interface ChangesView {
  branch: string
  /** Runs searched, this one included. */
  runs: number
  shifts: ChangeView[]
}

/** Annotations per run: the rest are counted in one more. */
export const ANNOTATED_CHANGES = 5
const MAX_TITLE = 120

/** The "Changes on `branch`" section of the job summary; empty when there is nothing to say. */
export function renderChangesSection(view: ChangesView | undefined): string {
  if (!view || view.shifts.length === 0) return ''
  const fresh = view.shifts.filter((shift) => !shift.reportedIn)
  const earlier = view.shifts.filter((shift) => shift.reportedIn)
  const lines = [
    `### Changes on ${inlineCode(view.branch)}`,
    '',
    fresh.length > 0
      ? `${counted(fresh.length, 'persistent shift', 'persistent shifts')} found in the last ${view.runs} runs of this branch:`
      : `No new shift in the last ${view.runs} runs of this branch.`
  ]
  if (fresh.length > 0) lines.push('', ...changesTable(fresh))
  if (earlier.length > 0) {
    lines.push('', `Already reported: ${earlier.map(earlierShift).join('; ')}.`)
  }
  return lines.join('\n')
}

function changesTable(shifts: ChangeView[]): string[] {
  return [
    '| Step | p95 before → after | Change | Runs since | Commits | Pull request |',
    '| --- | --- | --- | --- | --- | --- |',
    ...shifts.map(
      (shift) =>
        `| ${stepName(shift)} | ${levels(shift)} | ${formatPercent(shift.changePercent, { signed: true })} | ${shift.runsSince} | ${commitRange(shift)} | ${pullRequests(shift)} |`
    )
  ]
}

function stepName(shift: ChangeView): string {
  const step = escapeMarkdownCell(truncate(shift.step, MAX_TITLE))
  if (shift.trackItem === null) return `**Whole run** (${step})`
  return `${step} (${escapeMarkdownCell(truncate(shift.trackItem, MAX_TITLE))})`
}

function levels(shift: ChangeView): string {
  if (shift.levelBeforeMs === undefined || shift.levelAfterMs === undefined) return '–'
  return `${formatMs(shift.levelBeforeMs)} → ${formatMs(shift.levelAfterMs)}`
}

function commitRange(shift: ChangeView): string {
  const before = shortSha(shift.lastRunBefore.sha)
  const first = shortSha(shift.firstRun.sha)
  if (!before || !first) return runLink(shift.firstRun)
  return markdownLink(`${before}...${first}`, shift.compareUrl)
}

function pullRequests(shift: ChangeView): string {
  if (shift.pullRequests.length === 0) return '–'
  return shift.pullRequests.map((pull) => markdownLink(`#${pull.number}`, pull.url)).join(', ')
}

function earlierShift(shift: ChangeView): string {
  const reported = shift.reportedIn ? runLink(shift.reportedIn) : ''
  return `${stepName(shift)} ${formatPercent(shift.changePercent, { signed: true })} (reported in run ${reported})`
}

function runLink(run: ChangeRun): string {
  return markdownLink(truncate(run.runId, 40), run.url)
}

function shortSha(sha: string | undefined): string | undefined {
  return sha && /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7) : undefined
}

/** One line per new shift for an annotation: plain text, as annotations show no markdown. */
export function changeAnnotation(shift: ChangeView): string {
  const what =
    shift.trackItem === null
      ? `The whole run (${truncate(shift.step, MAX_TITLE)})`
      : `Step "${truncate(shift.step, MAX_TITLE)}" (${truncate(shift.trackItem, MAX_TITLE)})`
  const levelText =
    shift.levelBeforeMs !== undefined && shift.levelAfterMs !== undefined
      ? `: p95 ${formatMs(shift.levelBeforeMs)} → ${formatMs(shift.levelAfterMs)}`
      : ''
  const cause = [
    shift.compareUrl ? `commits ${shift.compareUrl}` : `first run ${shift.firstRun.runId}`,
    ...shift.pullRequests.map((pull) => `#${pull.number}`)
  ].join(', ')
  return (
    `${what} moved ${formatPercent(shift.changePercent, { signed: true })}${levelText}, ` +
    `held for ${counted(shift.runsSince, 'run', 'runs')}; ${cause}.`
  )
}

/** The tracking issue's title. */
export function changeIssueTitle(timelineTitle: string, branch: string, name?: string): string {
  const leg = name ? ` (${truncate(name, 60)})` : ''
  return truncate(`Performance change on ${branch}: ${timelineTitle}${leg}`, 250)
}

/** The tracking issue's body: every shift it tracks, newest report last, and its hidden marker. */
export function renderChangeIssue(
  view: ChangesView,
  tracked: ChangeView[],
  marker: string,
  runUrl?: string
): string {
  return [
    marker,
    `Persistent performance shifts on ${inlineCode(view.branch)}, found by the load test in the last ${view.runs} runs.` +
      (runUrl ? ` Latest check: ${markdownLink('workflow run', runUrl)}.` : ''),
    '',
    ...changesTable(tracked),
    '',
    'This issue is updated when more shifts are found and closed when the levels are back.'
  ].join('\n')
}
