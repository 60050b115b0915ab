/** A fenced Mermaid `xychart-beta` block, which GitHub renders in summaries and comments. */

export interface XyChart {
  /** Bars run left to right, so long category labels stay readable. */
  horizontal?: boolean
  title?: string
  /** Category labels, already safe inside a quoted Mermaid string. */
  xLabels: string[]
  yAxis: string
  series: 'bar' | 'line'
  values: number[]
}

export function renderXyChart(chart: XyChart): string {
  return [
    '```mermaid',
    chart.horizontal ? 'xychart-beta horizontal' : 'xychart-beta',
    ...(chart.title === undefined ? [] : [`  title "${chart.title}"`]),
    `  x-axis [${chart.xLabels.map((label) => `"${label}"`).join(', ')}]`,
    `  y-axis "${chart.yAxis}"`,
    `  ${chart.series} [${chart.values.join(', ')}]`,
    '```'
  ].join('\n')
}
