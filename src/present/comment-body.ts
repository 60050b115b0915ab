/**
 * The pull request comment: the verdict's view as the summary draws it, shorter, capped as a whole
 * below GitHub's comment limit with a pointer to the summary.
 */

import { allSteps } from '../metrics/figures.js'
import { formatCount, formatDuration } from '../number-format.js'
import type { StepComparison } from '../verdict/types.js'
import { renderChecksTable } from './checks.js'
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
import { escapeMarkdownCell, inlineCode, markdownLink, word } from './markdown.js'
import { columnUnits, tableHeader, tableRow, type ColumnName } from './step-table.js'
import {
  findingsMarkdown,
  headlineMarkdown,
  historyMarkdown,
  linksMarkdown,
  noticesMarkdown,
  sectionsMarkdown,
  type Drawing
} from './verdict-markdown.js'
import { buildVerdictView } from './verdict-view.js'
import { fitSections } from './fit.js'

const MARKER_PREFIX = 'leapwork-performance-action:'
/** GitHub refuses a comment body over 65,536 characters. */
export const MAX_COMMENT_LENGTH = 65_536
const SLOWEST_STEPS = 10
const MAX_TITLE_LENGTH = 80
const DRAWING: Drawing = {
  kind: 'comment',
  maxListed: 10,
  maxNotes: 5,
  maxRunLinks: 5,
  maxTitleLength: MAX_TITLE_LENGTH,
  moreWhere: 'in the summary'
}
const SLOWEST_COLUMNS: ColumnName[] = ['step', 'p95', 'trackItem', 'errorRate', 'requests']
const COMPARED_SLOWEST_COLUMNS: ColumnName[] = [
  'step',
  'p95',
  'change',
  'limit',
  ...SLOWEST_COLUMNS.slice(2)
]

/**
 * The hidden line that finds this job's comment (this leg's, with a name) again on the next run.
 * Values are percent-encoded where they could end the HTML comment or blur the boundary between
 * values.
 */
export function commentMarker(timelineId: string, job: string, name?: string): string {
  const leg = name === undefined ? '' : ` name=${markerValue(name)}`
  return `<!-- ${MARKER_PREFIX} timeline=${markerValue(timelineId)} job=${markerValue(job)}${leg} -->`
}

export function renderComment(
  input: PresentationInput & { marker: string },
  maxLength = MAX_COMMENT_LENGTH
): string {
  const { metrics } = input
  const view = buildVerdictView(input)
  const sections = [
    `${input.marker}\n${headlineMarkdown(view, '###')}`,
    runLine(input),
    ...noticesMarkdown(view, DRAWING),
    renderChecksTable(input, { maxRows: DRAWING.maxListed, maxTitleLength: MAX_TITLE_LENGTH }),
    findingsMarkdown(view, DRAWING),
    historyMarkdown(view, trackItemTitles(metrics), DRAWING),
    ...sectionsMarkdown(view, 'details', DRAWING),
    metrics.trackItems.some((item) => item.steps.length > 0) ? slowestSection(input) : ''
  ].filter((section) => section !== '')
  const summary = view.links.summary
  return fitSections(sections, {
    max: maxLength,
    size: (text) => text.length,
    cutLine: `_The comment is cut here to stay within GitHub's size limit; everything is in ${
      summary ? markdownLink('the job summary', summary) : 'the job summary'
    }._`,
    tail: linksMarkdown(view, DRAWING)
  })
}

function markerValue(value: string): string {
  return value
    .replace(/[%<>\s\p{Cc}]/gu, (character) => encodeURIComponent(character))
    .replace(/--/g, '-%2D')
}

function runLine({ metrics }: PresentationInput): string {
  const title = escapeMarkdownCell(word(metrics.timelineTitle || metrics.timelineId))
  return [
    `**${title}**`,
    `run ${inlineCode(word(metrics.runId))}`,
    `${escapeMarkdownCell(word(metrics.status))} in ${formatDuration(metrics.durationSeconds)}`,
    `worst p95 ${worstP95Text(metrics, MAX_TITLE_LENGTH)}`,
    `error rate ${errorRateText(metrics)}`
  ].join(' · ')
}

function slowestSection({ metrics, verdict }: PresentationInput): string {
  const steps = allSteps(metrics)
  const comparisons = new Map<string, StepComparison>(
    (verdict.baseline?.steps ?? []).map((step) => [stepKey(step.trackItemId, step.stepId), step])
  )
  const gated = gatedStepKeys(verdict, indexSteps(steps))
  const rows = [...steps]
    .sort(slowestFirst)
    .slice(0, SLOWEST_STEPS)
    .map((view) => {
      const key = stepKey(view.trackItem.trackItemId, view.step.stepId)
      return { view, comparison: comparisons.get(key), gated: gated.has(key) }
    })
  const heading =
    steps.length > rows.length
      ? `**Slowest ${rows.length} of ${formatCount(steps.length)} steps by p95**`
      : '**Steps by p95**'
  const columns = verdict.baseline ? COMPARED_SLOWEST_COLUMNS : SLOWEST_COLUMNS
  const units = columnUnits(rows)
  return [
    heading,
    '',
    tableHeader(columns),
    ...rows.map((row) => tableRow(columns, row, units))
  ].join('\n')
}
