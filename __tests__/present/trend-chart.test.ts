import { describe, expect, it } from '@jest/globals'
import { renderTrendChart } from '../../src/present/trend-chart.js'
import type { TrendPoint } from '../../src/verdict/types.js'
import type { HistoryView } from '../../src/present/verdict-view.js'
import { mermaidBlocks, parseMermaid } from '../support/mermaid.js'

const history = (indices: number[], worst: number[]): TrendPoint[] =>
  indices.map((p95Index, index) => ({
    p95Index,
    worstP95: worst[index],
    current: index === indices.length - 1
  }))

function historyView(finishedAt: (string | undefined)[], runLimitPercent?: number): HistoryView {
  return {
    runs: finishedAt.map((date, index) => ({ label: `run_${index}`, finishedAt: date })),
    facts: [],
    compared: '',
    noise: [],
    ...(runLimitPercent === undefined ? {} : { runLimitPercent }),
    newSteps: [],
    vanishedSteps: []
  }
}

const DAYS = ['2026-03-01T10:05:00Z', '2026-03-02T09:00:00Z', '2026-03-03T11:30:00Z']

describe('renderTrendChart', () => {
  it('draws each run by date with the whole run’s limit as a line, axes from zero', async () => {
    const markdown = renderTrendChart(
      history([99.2, 101.4, 100.05, 124.3], [812.4, 790, 805, 1010]),
      historyView(DAYS, 17.8)
    )
    const [index, worst] = mermaidBlocks(markdown)

    expect(markdown).toContain('History of 3 runs, oldest first, and this run.')
    expect(markdown).toContain("red: the whole run's limit in this run, 117.8 (+17.8%)")
    expect(index).toContain('x-axis ["Mar 1", "Mar 2", "Mar 3", "this run"]')
    expect(index).toContain('line [99.2, 101.4, 100.1, 124.3]')
    expect(index).toContain('line [117.8, 117.8, 117.8, 117.8]')
    expect(index).toMatch(/y-axis "p95 index" 0 --> 150$/m)
    expect(worst).toContain('line [812.4, 790, 805, 1010]')
    expect(worst).toMatch(/y-axis "p95 \(ms\)" 0 --> 1200$/m)
    for (const block of [index, worst]) {
      expect(block).toMatch(/plotColorPalette": "#0969da, #cf222e"/)
      await expect(parseMermaid(block)).resolves.toBeUndefined()
    }
  })

  it('adds the time when runs share a day, and names an undated run by its ID', async () => {
    const runs = ['2026-03-01T10:05:00Z', '2026-03-01T14:20:00Z', undefined]
    const markdown = renderTrendChart(history([100, 101, 99, 100], [1, 2, 3, 4]), historyView(runs))
    const [index] = mermaidBlocks(markdown)
    expect(index).toContain('x-axis ["Mar 1 10:05", "Mar 1 14:20", "run_2", "this run"]')
    expect(index.match(/^\s*line /gm)).toHaveLength(1)
    await expect(parseMermaid(index)).resolves.toBeUndefined()
  })

  it('draws nothing without history', () => {
    expect(renderTrendChart(history([100], [500]), historyView([]))).toBe('')
  })

  it('catches a chart that Mermaid would refuse', async () => {
    await expect(parseMermaid('xychart-beta\n  line [1, 2')).rejects.toThrow(/Parse error/)
  })
})
