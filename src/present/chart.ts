/** A Mermaid bar chart of the slowest steps' p95, which GitHub renders in summaries and comments. */

import { slowestFirst, stripControlCharacters, type StepView } from './format.js'
import { counted, formatCount } from '../number-format.js'
import { renderXyChart } from './xychart.js'

export interface ChartOptions {
  maxBars?: number
  maxLabelLength?: number
}

const DEFAULT_MAX_BARS = 20
const DEFAULT_MAX_LABEL_LENGTH = 28
const MAX_TRACK_ITEM_LABEL_LENGTH = 18

/**
 * A heading and a fenced `xychart-beta` block of the slowest steps by p95, or an empty string when
 * there are no steps. Horizontal, so step titles stay readable on the category axis; when the run
 * has more than one track item, each label names the step's track item.
 */
export function renderP95Chart(steps: StepView[], options: ChartOptions = {}): string {
  if (steps.length === 0) return ''
  const maxBars = options.maxBars ?? DEFAULT_MAX_BARS
  const slowest = [...steps].sort(slowestFirst).slice(0, maxBars)
  const scope =
    slowest.length < steps.length
      ? `slowest ${slowest.length} of ${formatCount(steps.length)} steps`
      : counted(steps.length, 'step', 'steps')
  const withTrackItem = new Set(steps.map(({ trackItem }) => trackItem)).size > 1
  const labels = uniqueLabels(
    slowest.map(({ step, trackItem }) => {
      const title = chartLabel(step.title, options.maxLabelLength ?? DEFAULT_MAX_LABEL_LENGTH)
      if (!withTrackItem) return title
      const where = chartLabel(
        trackItem.title || trackItem.trackItemId,
        MAX_TRACK_ITEM_LABEL_LENGTH
      )
      return `${title} · ${where}`
    })
  )
  const values = slowest.map(({ step }) => (Number.isFinite(step.p95) ? Math.round(step.p95) : 0))
  return [
    `### p95 per step (${scope})`,
    '',
    renderXyChart({ horizontal: true, xLabels: labels, yAxis: 'p95 (ms)', series: 'bar', values })
  ].join('\n')
}

/**
 * A title that cannot end the quoted label or the line, nor start a Mermaid directive or markdown
 * string, shortened in the middle so both the method and the end of a path stay visible.
 */
function chartLabel(title: string, maxLength: number): string {
  const plain = stripControlCharacters(title)
    .replace(/\s+/g, ' ')
    .replace(/["`]/g, "'")
    .replace(/%+/g, '%')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .trim()
  const characters = Array.from(plain)
  if (characters.length <= maxLength) return plain || '(untitled)'
  const head = Math.ceil((maxLength - 1) / 2)
  const tail = maxLength - 1 - head
  const start = characters.slice(0, head).join('').trimEnd()
  const end = characters
    .slice(characters.length - tail)
    .join('')
    .trimStart()
  return `${start}…${end}`
}

/** Mermaid merges bars with equal labels, so labels still repeated get a number. */
function uniqueLabels(labels: string[]): string[] {
  const used = new Set<string>()
  return labels.map((label) => {
    let unique = label
    for (let count = 2; used.has(unique); count += 1) unique = `${label} (${count})`
    used.add(unique)
    return unique
  })
}
