/** A fenced Mermaid `xychart-beta` block, which GitHub renders in summaries and comments. */

import { stripControlCharacters } from './markdown.js'

export interface XySeries {
  kind: 'bar' | 'line'
  values: number[]
}

export interface XyChart {
  /** Bars run left to right, so long category labels stay readable. */
  horizontal?: boolean
  title?: string
  /** Category labels, made safe with chartLabel. */
  xLabels: string[]
  yAxis: string
  /** Drawn in order, in SERIES_COLOURS' order. */
  series: XySeries[]
}

/**
 * Strong colours, so lines read on a light and a dark page: Mermaid's default palette starts with
 * a near-white one. The first draws the figures, the second a limit.
 */
export const SERIES_COLOURS = ['#0969da', '#cf222e'] as const
const ROUND_STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]
export const SERIES_COLOUR_NAMES = ['blue', 'red'] as const

/**
 * The block. Its value axis starts at zero, so a bar's length and a point's height are in
 * proportion to the amount, and ends a little above the largest value.
 */
export function renderXyChart(chart: XyChart): string {
  const values = chart.series.flatMap((series) => series.values).filter(Number.isFinite)
  const top = niceCeiling(Math.max(1, ...values) * 1.05)
  const palette = SERIES_COLOURS.join(', ')
  return [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    chart.horizontal ? 'xychart-beta horizontal' : 'xychart-beta',
    ...(chart.title === undefined ? [] : [`  title "${chart.title}"`]),
    `  x-axis [${chart.xLabels.map((label) => `"${label}"`).join(', ')}]`,
    `  y-axis "${chart.yAxis}" 0 --> ${top}`,
    ...chart.series.map(
      (series) => `  ${series.kind} [${series.values.map(finiteOrZero).join(', ')}]`
    ),
    '```'
  ].join('\n')
}

/**
 * A text that cannot end the quoted label or the line, nor start a Mermaid directive or markdown
 * string, shortened in the middle so both the start and the end stay visible.
 */
export function chartLabel(title: string, maxLength: number): string {
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

/** Mermaid merges categories with equal labels, so labels still repeated get a number. */
export function uniqueLabels(labels: string[]): string[] {
  const used = new Set<string>()
  return labels.map((label) => {
    let unique = label
    for (let count = 2; used.has(unique); count += 1) unique = `${label} (${count})`
    used.add(unique)
    return unique
  })
}

/** The smallest round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten) at or above the value. */
export function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value))
  const step = ROUND_STEPS.find((factor) => factor * power >= value) ?? 10
  return Math.round(step * power * 1000) / 1000
}

function finiteOrZero(value: number): number {
  return Number.isFinite(value) ? value : 0
}
