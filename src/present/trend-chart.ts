/** Mermaid line charts of the history and this run, so an outlier run shows at a glance. */

import type { TrendPoint } from '../verdict/types.js'
import { counted } from '../number-format.js'
import { renderXyChart } from './xychart.js'

/**
 * Two `xychart-beta` line charts: the run-level p95 index (geometric mean of the step p95s against
 * the history, 100 = usual) and the worst p95, history oldest first, this run last. Empty without
 * history.
 */
export function renderTrendChart(trend: TrendPoint[]): string {
  if (trend.length < 2) return ''
  const labels = trend.map((point, index) => (point.current ? 'this run' : `run ${index + 1}`))
  const chart = (title: string, yAxis: string, values: number[]): string =>
    renderXyChart({
      title,
      xLabels: labels,
      yAxis,
      series: 'line',
      values: values.map((value) => (Number.isFinite(value) ? round(value) : 0))
    })
  return [
    `History of ${counted(trend.length - 1, 'run', 'runs')}, oldest first, and this run:`,
    '',
    chart(
      'p95 index (100 = the history’s usual)',
      'p95 index',
      trend.map((point) => point.p95Index)
    ),
    '',
    chart(
      'Worst step p95',
      'p95 (ms)',
      trend.map((point) => point.worstP95)
    )
  ].join('\n')
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
