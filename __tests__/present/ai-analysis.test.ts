import { describe, expect, it } from '@jest/globals'
import { renderAiAnalysis } from '../../src/present/ai-analysis.js'
import { renderSummary } from '../../src/present/summary.js'
import { makeMetrics, makeVerdict } from './factory.js'

const trackItems = makeMetrics(4, { trackItems: 2 }).trackItems

describe('renderAiAnalysis', () => {
  it("turns each section header into a heading with the track item's title and region", () => {
    const text = [
      '=== AI Analysis for: ti_1 ===',
      '- Stable',
      '',
      '=== AI Analysis for: ti_2 ===',
      'Spiky *at* the end'
    ].join('\n')
    expect(renderAiAnalysis(text, trackItems)).toBe(
      [
        '#### Flow 1 · westeurope',
        '- Stable',
        '#### Flow 2 · westeurope',
        'Spiky \\*at\\* the end'
      ].join('\n\n')
    )
  })

  it('names a track item the run does not know by its id, escaped', () => {
    expect(renderAiAnalysis('=== AI Analysis for: ti_<9> ===\nText', trackItems)).toBe(
      '#### ti\\_&lt;9&gt;\n\nText'
    )
  })

  it('keeps header-like text inside a line as text', () => {
    expect(renderAiAnalysis('See === AI Analysis for: ti_1 === above', trackItems)).toBe(
      'See === AI Analysis for: ti\\_1 === above'
    )
  })
})

describe('the summary', () => {
  it('shows the AI analysis sections under headings, not as escaped header lines', () => {
    const { markdown } = renderSummary({
      metrics: makeMetrics(4, { trackItems: 2 }),
      verdict: makeVerdict(),
      aiAnalysis: '=== AI Analysis for: ti_2 ===\n- Stable'
    })
    expect(markdown).toContain('#### Flow 2 · westeurope\n\n- Stable')
    expect(markdown).not.toContain('AI Analysis for')
  })
})
