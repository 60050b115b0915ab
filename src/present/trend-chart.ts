/** Mermaid line charts of the history and this run, so an outlier run shows at a glance. */

import type { TrendPoint } from '../verdict/types.js'
import { counted, formatPercent } from '../number-format.js'
import type { HistoryView } from './verdict-view.js'
import {
  chartLabel,
  renderXyChart,
  SERIES_COLOUR_NAMES,
  uniqueLabels,
  type XySeries
} from './xychart.js'

const MAX_LABEL_LENGTH = 14
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const [FIGURE_COLOUR, LIMIT_COLOUR] = SERIES_COLOUR_NAMES

/**
 * Two `xychart-beta` line charts, history oldest first and this run last, each point labelled by
 * the run's date: the run-level p95 index (geometric mean of the step p95s against the history,
 * 100 = usual) with the whole run's limit in this run as a second line, and the worst p95. Both
 * axes start at zero. Empty without history.
 */
export function renderTrendChart(trend: TrendPoint[], history: HistoryView): string {
  if (trend.length < 2) return ''
  const labels = pointLabels(trend, history)
  const limit = history.runLimitPercent === undefined ? undefined : 100 + history.runLimitPercent
  const index: XySeries[] = [{ kind: 'line', values: trend.map((point) => round(point.p95Index)) }]
  if (limit !== undefined) index.push({ kind: 'line', values: trend.map(() => round(limit)) })
  const limitText =
    limit === undefined
      ? ''
      : `; ${LIMIT_COLOUR}: the whole run's limit in this run, ${round(limit)} ` +
        `(${formatPercent(limit - 100, { signed: true })})`
  return [
    `History of ${counted(trend.length - 1, 'run', 'runs')}, oldest first, and this run. ` +
      `p95 index: 100 is the history's usual level; ${FIGURE_COLOUR}: each run${limitText}.`,
    '',
    renderXyChart({
      title: 'p95 index (100 = the history’s usual)',
      xLabels: labels,
      yAxis: 'p95 index',
      series: index
    }),
    '',
    renderXyChart({
      title: 'Worst step p95',
      xLabels: labels,
      yAxis: 'p95 (ms)',
      series: [{ kind: 'line', values: trend.map((point) => round(point.worstP95)) }]
    })
  ].join('\n')
}

/**
 * `Mar 1`, or `Mar 1 10:05` when two runs share a day; a history run without a date by its ID.
 * The trend's history points are the history's runs in order, when their counts agree.
 */
function pointLabels(trend: TrendPoint[], history: HistoryView): string[] {
  const runs = trend.length === history.runs.length + 1 ? history.runs : []
  const dates = runs.map((run) => (run.finishedAt ? parseDate(run.finishedAt) : undefined))
  const days = dates.map((date) => (date ? dayOf(date) : ''))
  const sharedDay = days.some((day, at) => day !== '' && days.indexOf(day) !== at)
  const labels = trend.map((point, at) => {
    if (point.current) return 'this run'
    const date = dates[at]
    if (date) return sharedDay ? `${dayOf(date)} ${timeOf(date)}` : dayOf(date)
    return runs[at] ? chartLabel(runs[at].label, MAX_LABEL_LENGTH) : `run ${at + 1}`
  })
  return uniqueLabels(labels)
}

function parseDate(text: string): Date | undefined {
  const date = new Date(text)
  return Number.isNaN(date.getTime()) ? undefined : date
}

function dayOf(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`
}

function timeOf(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`
}

function round(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 10) / 10 : 0
}
