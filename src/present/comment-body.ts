/** The pull request comment: a compact view of the verdict, kept far below GitHub's size limit. */

import type { BaselineComparison, StepComparison } from '../verdict/types.js'
import { renderChecksTable } from './checks.js'
import {
  allSteps,
  errorRateText,
  escapeMarkdownCell,
  escapeMarkdownText,
  inlineCode,
  markdownLink,
  slowestFirst,
  stepNameList,
  trackItemTitles,
  truncate,
  unmadeCheckLines,
  verdictHeadline,
  worstP95Text,
  type PresentationInput,
  type PresentationLinks
} from './format.js'
import {
  formatCount,
  formatDuration,
  formatMs,
  formatPercent,
  timeUnitFor,
  type TimeUnit
} from '../number-format.js'
import { comparedLine, noiseLines } from './regression-text.js'

const MARKER_PREFIX = 'leapwork-performance-action:'
const SLOWEST_STEPS = 10
const MAX_BREACHES = 10
const MAX_REGRESSIONS = 10
const MAX_IMPROVEMENTS = 5
const MAX_NOTES = 5
const MAX_BASELINE_RUNS = 5
const MAX_CRITERIA = 10
const MAX_LISTED_STEPS = 10
const MAX_TITLE_LENGTH = 80
const MAX_MESSAGE_LENGTH = 300

/**
 * The hidden line that finds this job's comment (this leg's, with a name) again on the next run.
 * Values are percent-encoded where they could end the HTML comment or blur the boundary between
 * values.
 */
export function commentMarker(timelineId: string, job: string, name?: string): string {
  const leg = name === undefined ? '' : ` name=${markerValue(name)}`
  return `<!-- ${MARKER_PREFIX} timeline=${markerValue(timelineId)} job=${markerValue(job)}${leg} -->`
}

export function renderComment(input: PresentationInput & { marker: string }): string {
  const { metrics, verdict } = input
  const sections = [
    `${input.marker}\n### ${verdictHeadline(verdict, input.name)}`,
    runLine(input),
    unmadeCheckLines(verdict, MAX_MESSAGE_LENGTH).join('\\\n'),
    notesSection(input.notes ?? []),
    renderChecksTable(input, { maxRows: MAX_CRITERIA, maxTitleLength: MAX_TITLE_LENGTH }),
    breachesSection(input),
    verdict.baseline ? baselineSection(input, verdict.baseline) : '',
    metrics.trackItems.some((item) => item.steps.length > 0) ? slowestSection(input) : '',
    linksLine(input.links ?? {})
  ]
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`
}

function markerValue(value: string): string {
  return value
    .replace(/[%<>\s\p{Cc}]/gu, (character) => encodeURIComponent(character))
    .replace(/--/g, '-%2D')
}

function runLine({ metrics }: PresentationInput): string {
  const title = escapeMarkdownCell(truncate(metrics.timelineTitle || metrics.timelineId, 120))
  return [
    `**${title}**`,
    `run ${inlineCode(truncate(metrics.runId, 120))}`,
    `${escapeMarkdownCell(truncate(metrics.status, 40))} in ${formatDuration(metrics.durationSeconds)}`,
    `worst p95 ${worstP95Text(metrics, MAX_TITLE_LENGTH)}`,
    `error rate ${errorRateText(metrics)}`
  ].join(' · ')
}

function notesSection(notes: string[]): string {
  return notes
    .slice(0, MAX_NOTES)
    .map((note) => `⚠️ ${escapeMarkdownCell(truncate(note, MAX_MESSAGE_LENGTH))}`)
    .join('\\\n')
}

function breachesSection({ verdict }: PresentationInput): string {
  const { breaches } = verdict
  if (breaches.length === 0) return ''
  const lines = breaches
    .slice(0, MAX_BREACHES)
    .map((breach) => `- ❌ ${escapeMarkdownCell(truncate(breach.message, MAX_MESSAGE_LENGTH))}`)
  if (breaches.length > lines.length) {
    lines.push(`- …and ${formatCount(breaches.length - lines.length)} more in the summary.`)
  }
  return [`**Breaches (${formatCount(breaches.length)})**`, ...lines].join('\n')
}

function baselineSection(input: PresentationInput, baseline: BaselineComparison): string {
  const regressions = [...input.verdict.regressions].sort(
    (a, b) => (b.deltaMs ?? 0) - (a.deltaMs ?? 0)
  )
  const improvements = baseline.steps
    .filter((step) => step.improvement)
    .sort((a, b) => (a.deltaMs ?? 0) - (b.deltaMs ?? 0))
  const counts = [
    `🔺 ${formatCount(regressions.length)} slower`,
    `✅ ${formatCount(improvements.length)} faster`,
    `🆕 ${formatCount(baseline.steps.filter((step) => step.kind === 'new').length)} new`,
    `${formatCount(baseline.steps.filter((step) => step.kind === 'vanished').length)} vanished`
  ].join(' · ')
  const lines = [
    `**Compared with ${baselineRuns(baseline)}:** ${counts}`,
    '',
    comparedLine(baseline),
    ...noiseLines(baseline).map((line) => `\n${escapeMarkdownText(line)}`),
    ...baseline.runRegressions.map(
      (finding) => `\n🔺 ${escapeMarkdownText(truncate(finding.message, MAX_MESSAGE_LENGTH))}`
    )
  ]
  const titles = trackItemTitles(input.metrics)
  const changed = [
    ...regressions.slice(0, MAX_REGRESSIONS),
    ...improvements.slice(0, MAX_IMPROVEMENTS)
  ]
  if (changed.length > 0) {
    const units = {
      baseline: timeUnitFor(changed.map((step) => step.baselineP95 ?? 0)),
      current: timeUnitFor(changed.map((step) => step.currentP95 ?? 0)),
      delta: timeUnitFor(changed.map((step) => step.deltaMs ?? 0))
    }
    lines.push(
      '',
      '| Step | Track item | Baseline p95 | p95 | Change |',
      '| --- | --- | ---: | ---: | ---: |',
      ...changed.map((step) => changeRow(step, titles, units))
    )
  }
  for (const [kind, label] of [
    ['new', '🆕 New steps'],
    ['vanished', 'Vanished steps']
  ] as const) {
    const listed = baseline.steps.filter((step) => step.kind === kind)
    if (listed.length > 0) lines.push('', `**${label}:** ${stepNames(listed, titles)}`)
  }
  return lines.join('\n')
}

function stepNames(steps: StepComparison[], titles: Map<string, string>): string {
  return stepNameList(steps, titles, {
    maxListed: MAX_LISTED_STEPS,
    maxTitleLength: MAX_TITLE_LENGTH
  })
}

function baselineRuns(baseline: BaselineComparison): string {
  const links = baseline.runs
    .slice(0, MAX_BASELINE_RUNS)
    .map((run) => markdownLink(truncate(run.runId, 80), run.url))
  if (baseline.runs.length > 1) {
    const more = baseline.runs.length > links.length ? ', …' : ''
    return `a history of ${baseline.runs.length} runs (${links.join(', ')}${more})`
  }
  return `run ${links[0] ?? 'unknown'}`
}

function changeRow(
  step: StepComparison,
  titles: Map<string, string>,
  units: { baseline: TimeUnit; current: TimeUnit; delta: TimeUnit }
): string {
  const mark = step.regression ? '🔺' : '✅'
  const limit =
    step.limitPercent === undefined || !step.regression
      ? ''
      : `, limit ${formatPercent(step.limitPercent, { signed: true })}`
  const change = `${mark} ${formatMs(step.deltaMs ?? NaN, { signed: true, unit: units.delta })} (${formatPercent(step.deltaPercent ?? NaN, { signed: true })}${limit})`
  return tableRow([
    cell(step.title),
    cell(titles.get(step.trackItemId) ?? step.trackItemId),
    formatMs(step.baselineP95 ?? NaN, { unit: units.baseline }),
    formatMs(step.currentP95 ?? NaN, { unit: units.current }),
    change
  ])
}

function slowestSection(input: PresentationInput): string {
  const steps = allSteps(input.metrics)
  const slowest = [...steps].sort(slowestFirst).slice(0, SLOWEST_STEPS)
  const heading =
    steps.length > slowest.length
      ? `**Slowest ${slowest.length} of ${formatCount(steps.length)} steps by p95**`
      : '**Steps by p95**'
  const p95Unit = timeUnitFor(slowest.map(({ step }) => step.p95))
  const p99Unit = timeUnitFor(slowest.map(({ step }) => step.p99))
  return [
    heading,
    '',
    '| Step | Track item | Requests | Error rate | p95 | p99 |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...slowest.map(({ trackItem, step }) =>
      tableRow([
        cell(step.title || step.stepId),
        cell(trackItem.title || trackItem.trackItemId),
        formatCount(step.requests),
        formatPercent(step.errorRate),
        formatMs(step.p95, { unit: p95Unit }),
        formatMs(step.p99, { unit: p99Unit })
      ])
    )
  ].join('\n')
}

function linksLine(links: PresentationLinks): string {
  const parts: string[] = []
  const summaryUrl = links.summaryUrl ?? links.workflowRunUrl
  if (summaryUrl) parts.push(markdownLink('Full results in the job summary', summaryUrl))
  if (links.artifactUrl || links.artifactName) {
    parts.push(
      `📦 ${markdownLink(`Reports: ${links.artifactName ?? 'artifact'}`, links.artifactUrl)}`
    )
  }
  return parts.join(' · ')
}

function cell(text: string): string {
  return escapeMarkdownCell(truncate(text, MAX_TITLE_LENGTH))
}

function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`
}
