/** The job summary: verdict and headline figures first, then every step's figures within 1 MiB. */

import { allSteps } from '../metrics/figures.js'
import type { RunMetrics, TrackItemFigures } from '../metrics/model.js'
import { counted, formatCount, formatDuration } from '../number-format.js'
import type { StepComparison } from '../verdict/types.js'
import { renderAiAnalysis } from './ai-analysis.js'
import { renderP95Chart } from './chart.js'
import { renderChecksTable } from './checks.js'
import { renderChangesSection } from './changes.js'
import {
  errorRateText,
  gatedStepKeys,
  indexSteps,
  slowestFirst,
  stepKey,
  trackItemTitles,
  worstP95Text,
  type PresentationInput
} from './format.js'
import { escapeMarkdownCell, inlineCode, truncate, word } from './markdown.js'
import {
  columnUnits,
  tableHeader,
  tableRow,
  type ColumnName,
  type ColumnUnits,
  type StepRow
} from './step-table.js'
import { renderTrendChart } from './trend-chart.js'
import {
  findingsMarkdown,
  headlineMarkdown,
  historyMarkdown,
  linksMarkdown,
  noticesMarkdown,
  reportsLocation,
  sectionsMarkdown,
  type Drawing
} from './verdict-markdown.js'
import { buildVerdictView, type VerdictView } from './verdict-view.js'
import { fitSections } from './fit.js'

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
const MAX_TITLE_LENGTH = 200
const MAX_AI_CHARACTERS = 50_000
/** Room for rounding in the byte budget: separators and the omission sentence's exact wording. */
const BUDGET_SLACK = 256
const SECTION_SEPARATOR = '\n\n'

const DRAWING: Drawing = {
  kind: 'summary',
  maxListed: 50,
  maxNotes: 20,
  maxRunLinks: 10,
  maxTitleLength: MAX_TITLE_LENGTH,
  moreWhere: "in junit.xml and the step's log"
}
/** What a reviewer needs first, narrow enough for a 980 px page... */
const STEP_COLUMNS: ColumnName[] = ['step', 'p95', 'requests', 'errors', 'errorRate']
/** ...with a history, the change against it and its limit right after the p95... */
const COMPARED_STEP_COLUMNS: ColumnName[] = [
  'step',
  'p95',
  'change',
  'limit',
  'baselineP95',
  ...STEP_COLUMNS.slice(2)
]
/** ...and the other figures in a collapsed table after it. */
const MORE_COLUMNS: ColumnName[] = ['step', 'average', 'median', 'p90', 'p99', 'max']

interface Context {
  input: PresentationInput
  view: VerdictView
  rows: StepRow[]
  columns: ColumnName[]
  units: ColumnUnits
}

export function renderSummary(
  input: PresentationInput,
  options: SummaryOptions = {}
): RenderedSummary {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const context = buildContext(input)
  const { view } = context
  const leading = [
    headline(context),
    ...noticesMarkdown(view, DRAWING),
    checksSection(input),
    findingsMarkdown(view, DRAWING),
    historyMarkdown(view, trackItemTitles(input.metrics), DRAWING),
    ...sectionsMarkdown(view, 'details', DRAWING),
    confirmationSection(input.verdict),
    trendSection(context),
    renderChangesSection(input.changes)
  ].filter((section) => section !== '')
  let chart = renderP95Chart(context.rows.map((row) => row.view))
  let ai = aiSection(context, maxBytes)
  const stepsHeading = stepsHeadingSection(context)
  const omissionBound = omissionSentence(context.rows.length, context.rows.length, view)

  const fixedBytes = () =>
    sectionsBytes([...leading, chart, stepsHeading, omissionBound, ai]) + BUDGET_SLACK
  if (fixedBytes() > maxBytes) ai = ''
  if (fixedBytes() > maxBytes) chart = ''

  const tables = stepTables(context, maxBytes - fixedBytes())
  const omitted = context.rows.length - tables.shownSteps
  const sections = [
    ...leading,
    chart,
    stepsHeading,
    omitted > 0 ? omissionSentence(omitted, context.rows.length, view) : '',
    ...tables.blocks,
    ai
  ].filter((section) => section !== '')
  const markdown = fitSections(sections, {
    max: maxBytes,
    size: (text) => Buffer.byteLength(text),
    cutLine:
      `_The summary is cut here to stay within GitHub's size limit; every step is in ` +
      `\`metrics.json\` and every finding in \`junit.xml\`, in ${reportsLocation(view)}._`
  })
  return { markdown, omittedSteps: omitted }
}

function buildContext(input: PresentationInput): Context {
  const steps = allSteps(input.metrics)
  const comparisons = new Map<string, StepComparison>()
  for (const comparison of input.verdict.baseline?.steps ?? []) {
    comparisons.set(stepKey(comparison.trackItemId, comparison.stepId), comparison)
  }
  const gated = gatedStepKeys(input.verdict, indexSteps(steps))
  const rows = steps.map((view) => {
    const key = stepKey(view.trackItem.trackItemId, view.step.stepId)
    return { view, comparison: comparisons.get(key), gated: gated.has(key) }
  })
  return {
    input,
    view: buildVerdictView(input),
    rows,
    columns: input.verdict.baseline ? COMPARED_STEP_COLUMNS : STEP_COLUMNS,
    units: columnUnits(rows)
  }
}

function headline({ input, view }: Context): string {
  const lines = [headlineMarkdown(view, '##'), runFacts(input.metrics), keyFigures(input.metrics)]
  const links = linksMarkdown(view, DRAWING)
  if (links) lines.push(links)
  return lines.join(SECTION_SEPARATOR)
}

function runFacts(metrics: RunMetrics): string {
  return [
    `**${escapeMarkdownCell(word(metrics.timelineTitle || metrics.timelineId))}**`,
    `run ${inlineCode(word(metrics.runId))}`,
    `status **${escapeMarkdownCell(word(metrics.status))}**`,
    `duration ${formatDuration(metrics.durationSeconds)}`,
    `planned ${formatDuration(metrics.plannedRunTime)}`,
    `estimated virtual-user usage ${formatCount(metrics.estimatedVum)} VUM`
  ].join(' · ')
}

function keyFigures(metrics: RunMetrics): string {
  return `**Worst p95:** ${worstP95Text(metrics, MAX_TITLE_LENGTH)} · **Error rate:** ${errorRateText(metrics)}`
}

function checksSection(input: PresentationInput): string {
  const table = renderChecksTable(input, {
    maxRows: DRAWING.maxListed,
    maxTitleLength: MAX_TITLE_LENGTH
  })
  return table ? `### Criteria\n\n${table}` : ''
}

function trendSection({ input, view }: Context): string {
  const trend = input.verdict.baseline?.trend ?? []
  const chart = view.history ? renderTrendChart(trend, view.history) : ''
  return chart === '' ? '' : `### Trend\n\n${chart}`
}

function stepsHeadingSection({ rows, input }: Context): string {
  if (rows.length === 0) return '### Steps\n\nNo step figures were reported.'
  const legend = ['Slowest p95 first.']
  if (rows.some((row) => row.gated)) legend.push('❌ breached a threshold or regressed.')
  if (input.verdict.baseline) {
    legend.push(
      'Change: p95 against the history, 🔺 regressed, ✅ faster, 🆕 not in the history; ' +
        'Limit: the change past which the step regresses in this run.'
    )
  }
  return `### Steps\n\n${legend.join(' ')}`
}

function omissionSentence(omitted: number, total: number, view: VerdictView): string {
  return (
    `**${formatCount(omitted)} of ${formatCount(total)} steps are not shown** to keep this summary ` +
    `within GitHub's size limit. The tables keep the slowest steps by p95 and every step that ` +
    `breached a threshold or regressed; every step is in \`metrics.json\` and the Excel report ` +
    `in ${reportsLocation(view)}.`
  )
}

interface StepTables {
  blocks: string[]
  shownSteps: number
}

/** A step's row in the table of a track item and in its collapsed table of more figures. */
interface RenderedRow {
  main: string
  more: string
}

/**
 * Fills the byte budget with rows, gated steps first and then the slowest, rendering each row once
 * so that runs with tens of thousands of steps stay fast.
 */
function stepTables(context: Context, budget: number): StepTables {
  const candidates = [...context.rows].sort(
    (a, b) => Number(b.gated) - Number(a.gated) || slowestFirst(a.view, b.view)
  )
  const kept = new Map<TrackItemFigures, StepRow[]>()
  const rendered = new Map<StepRow, RenderedRow>()
  let used = 0
  for (const row of candidates) {
    const lines = {
      main: tableRow(context.columns, row, context.units),
      more: tableRow(MORE_COLUMNS, row, context.units)
    }
    const { trackItem } = row.view
    const opening = kept.has(trackItem) ? 0 : trackItemOverhead(trackItem, context)
    const cost = Buffer.byteLength(lines.main) + Buffer.byteLength(lines.more) + 2 + opening
    if (used + cost > budget) break
    used += cost
    rendered.set(row, lines)
    const rows = kept.get(trackItem)
    if (rows) rows.push(row)
    else kept.set(trackItem, [row])
  }
  const blocks = context.input.metrics.trackItems
    .filter((trackItem) => kept.has(trackItem))
    .map((trackItem) => {
      const rows = (kept.get(trackItem) ?? []).sort((a, b) => slowestFirst(a.view, b.view))
      return trackItemBlock(
        trackItem,
        rows.flatMap((row) => rendered.get(row) ?? []),
        context
      )
    })
  return { blocks, shownSteps: rendered.size }
}

function trackItemOverhead(trackItem: TrackItemFigures, context: Context): number {
  const block = trackItemBlock(trackItem, [], context)
  const longestFooter = notShownLine(trackItem.steps.length)
  return Buffer.byteLength(block) + Buffer.byteLength(longestFooter) + 2 * SECTION_SEPARATOR.length
}

function trackItemBlock(
  trackItem: TrackItemFigures,
  rows: RenderedRow[],
  context: Context
): string {
  const region = trackItem.region ? ` · ${escapeMarkdownCell(word(trackItem.region))}` : ''
  const title = escapeMarkdownCell(
    truncate(trackItem.title || trackItem.trackItemId, MAX_TITLE_LENGTH)
  )
  const table = [tableHeader(context.columns), ...rows.map((row) => row.main)].join('\n')
  const more = [tableHeader(MORE_COLUMNS), ...rows.map((row) => row.more)].join('\n')
  const hidden = trackItem.steps.length - rows.length
  const parts = [
    `#### ${title}${region}`,
    table,
    `<details><summary>Average, median, p90, p99 and max</summary>\n\n${more}\n\n</details>`
  ]
  if (rows.length > 0 && hidden > 0) parts.push(notShownLine(hidden))
  return parts.join(SECTION_SEPARATOR)
}

function notShownLine(hidden: number): string {
  return `_${counted(hidden, 'more step', 'more steps')} of this track item not shown._`
}

function aiSection({ input, view }: Context, maxBytes: number): string {
  const { aiAnalysis: text, metrics } = input
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
    body += `\n\n_The analysis is cut short here; the full text is in ${reportsLocation(view)}._`
  }
  return `<details><summary>AI analysis</summary>\n\n${body}\n\n</details>`
}

function sectionsBytes(sections: string[]): number {
  const present = sections.filter((section) => section !== '')
  const separators = Math.max(0, present.length - 1) * SECTION_SEPARATOR.length
  return present.reduce((total, section) => total + Buffer.byteLength(section), separators)
}
