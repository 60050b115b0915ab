/** The table of what the gate checked: each criterion, the worst figure it saw and whether it held. */

import type { CriterionCheck } from '../verdict/types.js'
import { trackItemTitles, type PresentationInput } from './format.js'
import { escapeMarkdownCell, inlineCode, truncate } from './markdown.js'
import { counted, formatCount } from '../number-format.js'
import { formatMetric, TIME_METRICS } from '../verdict/threshold-grammar.js'

export interface ChecksTableOptions {
  maxRows: number
  maxTitleLength: number
}

/** A markdown table with one row per criterion, or '' when there were none. */
export function renderChecksTable(input: PresentationInput, options: ChecksTableOptions): string {
  const { checks } = input.verdict
  if (checks.length === 0) return ''
  const titles = trackItemTitles(input.metrics)
  const rows = checks.slice(0, options.maxRows).map((check) => {
    const cells = [
      check.checkedOn === 0 ? '⚠️' : check.held ? '✅' : '❌',
      inlineCode(truncate(check.criterion.source, options.maxTitleLength)),
      worstFigure(check, titles, options.maxTitleLength),
      checkedOn(check)
    ]
    return `| ${cells.join(' | ')} |`
  })
  const more = checks.length - rows.length
  return [
    '| | Criterion | Worst measured | Checked on |',
    '| --- | --- | --- | --- |',
    ...rows,
    ...(more > 0 ? [`\n_…and ${formatCount(more)} more criteria._`] : [])
  ].join('\n')
}

function worstFigure(
  check: CriterionCheck,
  titles: Map<string, string>,
  maxTitleLength: number
): string {
  if (!check.worst) return '–'
  const { value, stepTitle, trackItemId } = check.worst
  const figure = formatMetric(check.criterion.metric, value)
  const trackItem = trackItemId === undefined ? undefined : (titles.get(trackItemId) ?? trackItemId)
  const cell = (text: string) => escapeMarkdownCell(truncate(text, maxTitleLength))
  if (stepTitle !== undefined) {
    return `${figure} on ${cell(stepTitle)}${trackItem ? ` (${cell(trackItem)})` : ''}`
  }
  return trackItem ? `${figure} (${cell(trackItem)})` : figure
}

function checkedOn({ criterion, checkedOn }: CriterionCheck): string {
  const onSteps = TIME_METRICS.has(criterion.metric) || criterion.scope.kind === 'step'
  if (onSteps) {
    return checkedOn === 0 ? 'no step matched' : counted(checkedOn, 'step', 'steps')
  }
  if (criterion.scope.kind === 'track-item') {
    return checkedOn === 0 ? 'no such track item' : "the track item's totals"
  }
  return "the run's totals"
}
