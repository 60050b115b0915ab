/**
 * The columns of a table of steps, shared by the summary's tables and the comment's: what a
 * reviewer needs most (step, p95, change against the history and its limit) first, the rest after.
 */

import type { RunStep } from '../metrics/figures.js'
import {
  formatCount,
  formatMs,
  formatPercent,
  timeUnitFor,
  type TimeUnit
} from '../number-format.js'
import type { StepComparison } from '../verdict/types.js'
import { escapeMarkdownCell, truncate } from './markdown.js'

export interface StepRow {
  view: RunStep
  comparison?: StepComparison
  /** Breached a threshold or regressed. */
  gated: boolean
}

type TimeFigure = 'average' | 'median' | 'p90' | 'p95' | 'p99' | 'max'

/** One time unit per column, chosen from all the figures of the column. */
export type ColumnUnits = Record<TimeFigure | 'baselineP95' | 'deltaMs', TimeUnit>

export type ColumnName =
  | 'step'
  | 'trackItem'
  | 'p95'
  | 'change'
  | 'limit'
  | 'baselineP95'
  | 'requests'
  | 'errors'
  | 'errorRate'
  | Exclude<TimeFigure, 'p95'>

interface Column {
  header: string
  cell: (row: StepRow, units: ColumnUnits) => string
}

const MAX_TITLE_LENGTH = 200

const COLUMNS: Record<ColumnName, Column> = {
  step: {
    header: 'Step',
    cell: ({ view, gated }) => `${gated ? '❌ ' : ''}${cell(view.step.title || view.step.stepId)}`
  },
  trackItem: {
    header: 'Track item',
    cell: ({ view }) => cell(view.trackItem.title || view.trackItem.trackItemId)
  },
  p95: { header: 'p95', cell: ({ view }, units) => formatMs(view.step.p95, { unit: units.p95 }) },
  change: { header: 'Change', cell: ({ comparison }, units) => changeCell(comparison, units) },
  limit: {
    header: 'Limit',
    cell: ({ comparison }) =>
      comparison?.limitPercent === undefined
        ? '–'
        : formatPercent(comparison.limitPercent, { signed: true })
  },
  baselineP95: {
    header: 'Baseline p95',
    cell: ({ comparison }, units) =>
      comparison?.kind === 'matched'
        ? formatMs(comparison.baselineP95 ?? NaN, { unit: units.baselineP95 })
        : '–'
  },
  requests: { header: 'Requests', cell: ({ view }) => formatCount(view.step.requests) },
  errors: { header: 'Errors', cell: ({ view }) => formatCount(view.step.errors) },
  errorRate: { header: 'Error rate', cell: ({ view }) => formatPercent(view.step.errorRate) },
  average: timeColumn('Average', 'average'),
  median: timeColumn('Median', 'median'),
  p90: timeColumn('p90', 'p90'),
  p99: timeColumn('p99', 'p99'),
  max: timeColumn('Max', 'max')
}

/** The header and alignment lines of a table with these columns. */
export function tableHeader(columns: ColumnName[]): string {
  const headers = columns.map((name) => COLUMNS[name].header)
  const alignment = columns.map((name) => (textColumn(name) ? '---' : '---:'))
  return `| ${headers.join(' | ')} |\n| ${alignment.join(' | ')} |`
}

export function tableRow(columns: ColumnName[], row: StepRow, units: ColumnUnits): string {
  return `| ${columns.map((name) => COLUMNS[name].cell(row, units)).join(' | ')} |`
}

/** The units of every time column over the rows a table (or a set of tables) shows. */
export function columnUnits(rows: StepRow[]): ColumnUnits {
  const unitOf = (figure: TimeFigure) => timeUnitFor(rows.map(({ view }) => view.step[figure]))
  const compared = rows.flatMap(({ comparison }) => (comparison ? [comparison] : []))
  return {
    average: unitOf('average'),
    median: unitOf('median'),
    p90: unitOf('p90'),
    p95: unitOf('p95'),
    p99: unitOf('p99'),
    max: unitOf('max'),
    baselineP95: timeUnitFor(compared.map((step) => step.baselineP95 ?? 0)),
    deltaMs: timeUnitFor(compared.map((step) => step.deltaMs ?? 0))
  }
}

/** `🔺 +42% (+60 ms)`, `✅ -50% (-30 ms)`, `🆕 new`, or `–` for a step not compared. */
function changeCell(comparison: StepComparison | undefined, units: ColumnUnits): string {
  if (!comparison || comparison.kind === 'vanished') return '–'
  if (comparison.kind === 'new') return '🆕 new'
  const mark = comparison.regression ? '🔺 ' : comparison.improvement ? '✅ ' : ''
  const percent = formatPercent(comparison.deltaPercent ?? NaN, { signed: true })
  const ms = formatMs(comparison.deltaMs ?? NaN, { signed: true, unit: units.deltaMs })
  return `${mark}${percent} (${ms})`
}

function timeColumn(header: string, figure: Exclude<TimeFigure, 'p95'>): Column {
  return { header, cell: ({ view }, units) => formatMs(view.step[figure], { unit: units[figure] }) }
}

function textColumn(name: ColumnName): boolean {
  return name === 'step' || name === 'trackItem'
}

function cell(text: string): string {
  return escapeMarkdownCell(truncate(text, MAX_TITLE_LENGTH))
}
