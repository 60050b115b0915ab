/** A Mermaid bar chart of the slowest steps' p95, which GitHub renders in summaries and comments. */

import type { RunStep } from '../metrics/figures.js'
import { slowestFirst } from './format.js'
import { counted, formatCount } from '../number-format.js'
import { chartLabel, renderXyChart, uniqueLabels } from './xychart.js'

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
export function renderP95Chart(steps: RunStep[], options: ChartOptions = {}): string {
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
    renderXyChart({
      horizontal: true,
      xLabels: labels,
      yAxis: 'p95 (ms)',
      series: [{ kind: 'bar', values }]
    })
  ].join('\n')
}
