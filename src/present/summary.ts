/** The job summary: verdict and headline figures first, then every step's figures within 1 MiB. */

import type { RunMetrics, TrackItemFigures } from '../metrics/model.js'
import type { StepComparison, Verdict } from '../verdict/types.js'
import { renderAiAnalysis } from './ai-analysis.js'
import { renderP95Chart } from './chart.js'
import { renderChecksTable } from './checks.js'
import { comparedLine, historyLine } from './regression-text.js'
import { renderTrendChart } from './trend-chart.js'
import {
  allSteps,
  errorRateText,
  escapeMarkdownCell,
  escapeMarkdownText,
  gatedStepKeys,
  indexSteps,
  inlineCode,
  markdownLink,
  slowestFirst,
  stepKey,
  stepNameList,
  trackItemTitles,
  truncate,
  unmadeCheckLines,
  verdictHeadline,
  worstP95Text,
  type PresentationInput,
  type PresentationLinks,
  type StepView
} from './format.js'
import {
  counted,
  formatCount,
  formatDuration,
  formatMs,
  formatPercent,
  timeUnitFor,
  type TimeUnit
} from '../number-format.js'

import { confirmationSection } from './confirmation.js'
export type { PresentationInput, PresentationLinks } from './format.js'

export interface SummaryOptions {
  /** Upper bound of the summary's UTF-8 size; GitHub refuses a step summary over 1 MiB. */
  maxBytes?: number
}

export interface RenderedSummary {
  markdown: string
  /** Steps left out of the tables to stay within maxBytes. */
  omittedSteps: number
}

const DEFAULT_MAX_BYTES = 1_000_000
const MAX_LISTED = 50
const MAX_NOTES = 20
const MAX_TITLE_LENGTH = 200
const MAX_MESSAGE_LENGTH = 500
const MAX_AI_CHARACTERS = 50_000
/** Room for rounding in the byte budget: separators and the omission sentence's exact wording. */
const BUDGET_SLACK = 256

const STEP_COLUMNS = [
  'Step',
  'Requests',
  'Errors',
  'Error rate',
  'Average',
  'Median',
  'p90',
  'p95',
  'p99',
  'Max'
]
const BASELINE_COLUMNS = ['Baseline p95', 'Δ p95', 'Δ %']
const TIME_COLUMNS = ['average', 'median', 'p90', 'p95', 'p99', 'max'] as const
const SECTION_SEPARATOR = '\n\n'

interface Context {
  input: PresentationInput
  steps: StepView[]
  gated: Set<string>
  comparisons: Map<string, StepComparison>
  trackItemTitles: Map<string, string>
  units: ColumnUnits
}

/** One time unit per table column, chosen from all the figures of the column. */
type ColumnUnits = Record<(typeof TIME_COLUMNS)[number] | 'baselineP95' | 'deltaMs', TimeUnit>

export function renderSummary(
  input: PresentationInput,
  options: SummaryOptions = {}
): RenderedSummary {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const context = buildContext(input)
  const leading = [
    headline(input),
    unmadeCheckLines(input.verdict, MAX_MESSAGE_LENGTH).join(SECTION_SEPARATOR),
    notesSection(input.notes ?? []),
    checksSection(input),
    breachesSection(input.verdict),
    baselineSection(context),
    confirmationSection(input.verdict),
    trendSection(input.verdict)
  ].filter((section) => section !== '')
  let chart = renderP95Chart(context.steps)
  let ai = aiSection(input, maxBytes)
  const stepsHeading = stepsHeadingSection(context)
  const omissionBound = omissionSentence(context.steps.length, context.steps.length, input.links)

  const fixedBytes = () =>
    sectionsBytes([...leading, chart, stepsHeading, omissionBound, ai]) + BUDGET_SLACK
  if (fixedBytes() > maxBytes) ai = ''
  if (fixedBytes() > maxBytes) chart = ''

  const tables = stepTables(context, maxBytes - fixedBytes())
  const omitted = context.steps.length - tables.shownSteps
  const markdown = [
    ...leading,
    chart,
    stepsHeading,
    omitted > 0 ? omissionSentence(omitted, context.steps.length, input.links) : '',
    ...tables.blocks,
    ai
  ]
    .filter((section) => section !== '')
    .join(SECTION_SEPARATOR)
  return { markdown: `${markdown}\n`, omittedSteps: omitted }
}

function buildContext(input: PresentationInput): Context {
  const steps = allSteps(input.metrics)
  const comparisons = new Map<string, StepComparison>()
  for (const comparison of input.verdict.baseline?.steps ?? []) {
    comparisons.set(stepKey(comparison.trackItemId, comparison.stepId), comparison)
  }
  return {
    input,
    steps,
    gated: gatedStepKeys(input.verdict, indexSteps(steps)),
    comparisons,
    trackItemTitles: trackItemTitles(input.metrics),
    units: columnUnits(steps, [...comparisons.values()])
  }
}

function columnUnits(steps: StepView[], comparisons: StepComparison[]): ColumnUnits {
  const stepUnit = (column: (typeof TIME_COLUMNS)[number]) =>
    timeUnitFor(steps.map(({ step }) => step[column]))
  return {
    average: stepUnit('average'),
    median: stepUnit('median'),
    p90: stepUnit('p90'),
    p95: stepUnit('p95'),
    p99: stepUnit('p99'),
    max: stepUnit('max'),
    baselineP95: timeUnitFor(comparisons.map((step) => step.baselineP95 ?? 0)),
    deltaMs: timeUnitFor(comparisons.map((step) => step.deltaMs ?? 0))
  }
}

function headline({ metrics, verdict, links, name }: PresentationInput): string {
  const lines = [`## ${verdictHeadline(verdict, name)}`, runFacts(metrics), keyFigures(metrics)]
  const linkLine = linksLine(links)
  if (linkLine) lines.push(linkLine)
  return lines.join(SECTION_SEPARATOR)
}

function runFacts(metrics: RunMetrics): string {
  const title = escapeMarkdownCell(truncate(metrics.timelineTitle || metrics.timelineId, 200))
  return [
    `**${title}**`,
    `run ${inlineCode(truncate(metrics.runId, 200))}`,
    `status **${escapeMarkdownCell(metrics.status)}**`,
    `duration ${formatDuration(metrics.durationSeconds)}`,
    `planned ${formatDuration(metrics.plannedRunTime)}`,
    `estimated virtual-user usage ${formatCount(metrics.estimatedVum)} VUM`
  ].join(' · ')
}

function keyFigures(metrics: RunMetrics): string {
  return `**Worst p95:** ${worstP95Text(metrics, MAX_TITLE_LENGTH)} · **Error rate:** ${errorRateText(metrics)}`
}

function linksLine(links: PresentationLinks = {}): string {
  const parts: string[] = []
  if (links.artifactName || links.artifactUrl) {
    parts.push(`📦 Reports: ${reportsLocation(links)}`)
  }
  if (links.workflowRunUrl) parts.push(markdownLink('workflow run', links.workflowRunUrl))
  return parts.join(' · ')
}

/** Where the full reports are: the artifact when it was uploaded, else the report directory. */
function reportsLocation(links: PresentationLinks = {}): string {
  if (!links.artifactName && !links.artifactUrl) return 'the report directory (`report-dir` output)'
  return `artifact ${markdownLink(links.artifactName ?? 'reports', links.artifactUrl)}`
}

function notesSection(notes: string[]): string {
  if (notes.length === 0) return ''
  const listed = notes
    .slice(0, MAX_NOTES)
    .map((note) => `- ⚠️ ${escapeMarkdownCell(truncate(note, MAX_MESSAGE_LENGTH))}`)
  return [
    `**Warnings**`,
    '',
    ...listed,
    ...moreLine(notes.length - listed.length, 'warnings')
  ].join('\n')
}

function checksSection(input: PresentationInput): string {
  const table = renderChecksTable(input, {
    maxRows: MAX_LISTED,
    maxTitleLength: MAX_TITLE_LENGTH
  })
  return table ? `### Criteria\n\n${table}` : ''
}

function breachesSection(verdict: Verdict): string {
  const { breaches } = verdict
  if (breaches.length === 0) return ''
  const listed = breaches
    .slice(0, MAX_LISTED)
    .map((breach) => `- ❌ ${escapeMarkdownCell(truncate(breach.message, MAX_MESSAGE_LENGTH))}`)
  return [
    `### ❌ ${counted(breaches.length, 'threshold breach', 'threshold breaches')}`,
    '',
    ...listed,
    ...moreLine(breaches.length - listed.length, 'breaches')
  ].join('\n')
}

function baselineSection(context: Context): string {
  const { baseline, regressions } = context.input.verdict
  if (!baseline) return ''
  const newSteps = baseline.steps.filter((step) => step.kind === 'new')
  const vanished = baseline.steps.filter((step) => step.kind === 'vanished')
  const improved = baseline.steps.filter((step) => step.improvement)
  const parts = [
    '### Compared with the history',
    historyLine(baseline, 10),
    comparedLine(baseline),
    [
      `🔺 ${counted(regressions.length + baseline.runRegressions.length, 'regression', 'regressions')}`,
      `✅ ${formatCount(improved.length)} faster`,
      `🆕 ${formatCount(newSteps.length)} new`,
      `${formatCount(vanished.length)} vanished`
    ].join(' · ')
  ]
  const findings = [
    ...baseline.runRegressions.map((finding) => finding.message),
    ...[...regressions].sort((a, b) => b.deltaPercent - a.deltaPercent).map((step) => step.message)
  ]
  if (findings.length > 0) {
    parts.push(
      [
        '**🔺 Regressions**',
        '',
        ...findings
          .slice(0, MAX_LISTED)
          .map((message) => `- ❌ ${escapeMarkdownText(truncate(message, MAX_MESSAGE_LENGTH))}`),
        ...moreLine(findings.length - MAX_LISTED, 'regressions')
      ].join('\n')
    )
  }
  if (newSteps.length > 0) parts.push(`**🆕 New steps:** ${stepNames(context, newSteps)}`)
  if (vanished.length > 0) parts.push(`**Vanished steps:** ${stepNames(context, vanished)}`)
  return parts.join(SECTION_SEPARATOR)
}

function trendSection(verdict: Verdict): string {
  const chart = renderTrendChart(verdict.baseline?.trend ?? [])
  return chart === '' ? '' : `### Trend\n\n${chart}`
}

function stepNames(context: Context, steps: StepComparison[]): string {
  return stepNameList(steps, context.trackItemTitles, {
    maxListed: MAX_LISTED,
    maxTitleLength: MAX_TITLE_LENGTH
  })
}

function stepsHeadingSection(context: Context): string {
  if (context.steps.length === 0) return '### Steps\n\nNo step figures were reported.'
  const legend = ['Slowest p95 first.']
  if (context.gated.size > 0) legend.push('❌ breached a threshold or regressed.')
  if (context.input.verdict.baseline) {
    legend.push('🔺 slower than the baseline, ✅ faster, 🆕 not in the baseline.')
  }
  return `### Steps\n\n${legend.join(' ')}`
}

function omissionSentence(omitted: number, total: number, links?: PresentationLinks): string {
  return (
    `**${formatCount(omitted)} of ${formatCount(total)} steps are not shown** to keep this summary ` +
    `within GitHub's size limit. The tables keep the slowest steps by p95 and every step that ` +
    `breached a threshold or regressed; every step is in \`metrics.json\` and the Excel report ` +
    `in ${reportsLocation(links)}.`
  )
}

interface StepTables {
  blocks: string[]
  shownSteps: number
}

/**
 * Fills the byte budget with rows, gated steps first and then the slowest, rendering each row once
 * so that runs with tens of thousands of steps stay fast.
 */
function stepTables(context: Context, budget: number): StepTables {
  const withBaseline = context.input.verdict.baseline !== undefined
  const candidates = context.steps
    .map((view) => ({ view, key: stepKey(view.trackItem.trackItemId, view.step.stepId) }))
    .sort(
      (a, b) =>
        Number(context.gated.has(b.key)) - Number(context.gated.has(a.key)) ||
        slowestFirst(a.view, b.view)
    )
  const kept = new Map<TrackItemFigures, StepView[]>()
  const rows = new Map<StepView, string>()
  let used = 0
  for (const { view, key } of candidates) {
    const row = stepRow(view, context, key, withBaseline)
    const opening = kept.has(view.trackItem) ? 0 : trackItemOverhead(view.trackItem, context)
    const cost = Buffer.byteLength(row) + 1 + opening
    if (used + cost > budget) break
    used += cost
    rows.set(view, row)
    const views = kept.get(view.trackItem)
    if (views) views.push(view)
    else kept.set(view.trackItem, [view])
  }
  const blocks = context.input.metrics.trackItems
    .filter((trackItem) => kept.has(trackItem))
    .map((trackItem) => {
      const views = (kept.get(trackItem) ?? []).sort(slowestFirst)
      return trackItemBlock(
        trackItem,
        views.map((view) => rows.get(view) ?? ''),
        withBaseline
      )
    })
  return { blocks, shownSteps: rows.size }
}

function trackItemOverhead(trackItem: TrackItemFigures, context: Context): number {
  const withBaseline = context.input.verdict.baseline !== undefined
  const block = trackItemBlock(trackItem, [], withBaseline)
  const longestFooter = notShownLine(trackItem.steps.length)
  return Buffer.byteLength(block) + Buffer.byteLength(longestFooter) + 2 * SECTION_SEPARATOR.length
}

function trackItemBlock(
  trackItem: TrackItemFigures,
  rows: string[],
  withBaseline: boolean
): string {
  const columns = withBaseline ? [...STEP_COLUMNS, ...BASELINE_COLUMNS] : STEP_COLUMNS
  const alignment = columns.map((_, column) => (column === 0 ? '---' : '---:'))
  const region = trackItem.region ? ` · ${escapeMarkdownCell(trackItem.region)}` : ''
  const heading = `#### ${escapeMarkdownCell(truncate(trackItem.title || trackItem.trackItemId, MAX_TITLE_LENGTH))}${region}`
  const table = [`| ${columns.join(' | ')} |`, `| ${alignment.join(' | ')} |`, ...rows].join('\n')
  const hidden = trackItem.steps.length - rows.length
  const parts = [heading, table]
  if (rows.length > 0 && hidden > 0) parts.push(notShownLine(hidden))
  return parts.join(SECTION_SEPARATOR)
}

function notShownLine(hidden: number): string {
  return `_${counted(hidden, 'more step', 'more steps')} of this track item not shown._`
}

function stepRow({ step }: StepView, context: Context, key: string, withBaseline: boolean): string {
  const title = escapeMarkdownCell(truncate(step.title || step.stepId, MAX_TITLE_LENGTH))
  const { units } = context
  const cells = [
    context.gated.has(key) ? `❌ ${title}` : title,
    formatCount(step.requests),
    formatCount(step.errors),
    formatPercent(step.errorRate),
    ...TIME_COLUMNS.map((column) => formatMs(step[column], { unit: units[column] }))
  ]
  if (withBaseline) cells.push(...baselineCells(context.comparisons.get(key), units))
  return `| ${cells.join(' | ')} |`
}

function baselineCells(comparison: StepComparison | undefined, units: ColumnUnits): string[] {
  if (!comparison || comparison.kind === 'vanished') return ['–', '–', '–']
  if (comparison.kind === 'new') return ['🆕 new', '–', '–']
  const mark = comparison.regression ? '🔺 ' : comparison.improvement ? '✅ ' : ''
  return [
    formatMs(comparison.baselineP95 ?? NaN, { unit: units.baselineP95 }),
    formatMs(comparison.deltaMs ?? NaN, { signed: true, unit: units.deltaMs }),
    `${mark}${formatPercent(comparison.deltaPercent ?? NaN, { signed: true })}` +
      (comparison.limitPercent === undefined
        ? ''
        : ` (limit ${formatPercent(comparison.limitPercent, { signed: true })})`)
  ]
}

function aiSection(input: PresentationInput, maxBytes: number): string {
  const { aiAnalysis: text, links, metrics } = input
  if (!text || text.trim() === '') return ''
  const cap = Math.floor(maxBytes / 4)
  const render = (length: number) => renderAiAnalysis(truncate(text, length), metrics.trackItems)
  let length = Math.min(text.length, MAX_AI_CHARACTERS)
  let body = render(length)
  while (Buffer.byteLength(body) > cap && length > 0) {
    length = Math.floor(length / 2)
    body = render(length)
  }
  if (length < text.length) {
    body += `\n\n_The analysis is cut short here; the full text is in ${reportsLocation(links)}._`
  }
  return `<details><summary>AI analysis</summary>\n\n${body}\n\n</details>`
}

function moreLine(more: number, what: string): string[] {
  return more > 0 ? [`- …and ${formatCount(more)} more ${what}.`] : []
}

function sectionsBytes(sections: string[]): number {
  const present = sections.filter((section) => section !== '')
  const separators = Math.max(0, present.length - 1) * SECTION_SEPARATOR.length
  return present.reduce((total, section) => total + Buffer.byteLength(section), separators)
}
