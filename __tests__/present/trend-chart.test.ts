import { describe, expect, it } from '@jest/globals'
import { renderTrendChart } from '../../src/present/trend-chart.js'
import type { TrendPoint } from '../../src/verdict/types.js'
import { mermaidBlocks, parseMermaid } from '../support/mermaid.js'

const history = (indices: number[], worst: number[]): TrendPoint[] =>
  indices.map((p95Index, index) => ({
    p95Index,
    worstP95: worst[index],
    current: index === indices.length - 1
  }))

describe('renderTrendChart', () => {
  it('draws the p95 index and the worst p95 of each history run and of this run', async () => {
    const markdown = renderTrendChart(
      history([99.2, 101.4, 100.05, 124.3], [812.4, 790, 805, 1010])
    )
    const [index, worst] = mermaidBlocks(markdown)

    expect(markdown).toContain('History of 3 runs, oldest first, and this run:')
    expect(index).toContain('x-axis ["run 1", "run 2", "run 3", "this run"]')
    expect(index).toContain('line [99.2, 101.4, 100.1, 124.3]')
    expect(worst).toContain('line [812.4, 790, 805, 1010]')
    await expect(parseMermaid(index)).resolves.toBeUndefined()
    await expect(parseMermaid(worst)).resolves.toBeUndefined()
  })

  it('draws nothing without history', () => {
    expect(renderTrendChart(history([100], [500]))).toBe('')
  })

  it('catches a chart that Mermaid would refuse', async () => {
    await expect(parseMermaid('xychart-beta\n  line [1, 2')).rejects.toThrow(/Parse error/)
  })
})
