export interface Samples {
  values: number[]
  median: number
  min: number
  max: number
}

export function summarize(values: number[]): Samples {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  return { values, median, min: sorted[0], max: sorted[sorted.length - 1] }
}

/** Runs `measure` `count` times one after another (never in parallel: they would compete). */
export async function collect<T>(count: number, measure: () => Promise<T>): Promise<T[]> {
  const samples: T[] = []
  for (let index = 0; index < count; index++) samples.push(await measure())
  return samples
}

export const ms = (value: number): string => `${Math.round(value)} ms`
export const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`
export const times = (ratio: number): string => `${ratio.toFixed(2)}×`

export interface Row {
  figure: string
  median: string
  min: string
  reference: string
  target: string
  measured: string
  pass: boolean
}

const HEADINGS: Omit<Row, 'pass'> & { result: string } = {
  figure: 'figure',
  median: 'median',
  min: 'min',
  reference: 'bare-Node reference',
  target: 'target',
  measured: 'measured',
  result: 'result'
}

/** The rows as a Markdown table, columns padded so it also reads well in a terminal. */
export function markdownTable(rows: Row[]): string {
  const cells = [
    Object.values(HEADINGS),
    ...rows.map((row) => [
      row.figure,
      row.median,
      row.min,
      row.reference,
      row.target,
      row.measured,
      row.pass ? 'PASS' : 'FAIL'
    ])
  ]
  const widths = cells[0].map((_, column) => Math.max(...cells.map((line) => line[column].length)))
  const line = (values: string[]) =>
    `| ${values.map((value, column) => value.padEnd(widths[column])).join(' | ')} |`
  const rule = `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n')
}
