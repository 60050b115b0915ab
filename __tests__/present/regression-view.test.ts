import { describe, expect, it } from '@jest/globals'
import { XMLParser } from 'fast-xml-parser'
import { renderComment } from '../../src/present/comment-body.js'
import { renderJUnit } from '../../src/present/junit.js'
import { renderSummary } from '../../src/present/summary.js'
import type { BaselineComparison } from '../../src/verdict/types.js'
import { makeMetrics, makeVerdict, regressed } from './factory.js'

const metrics = makeMetrics(4)
const trackItem = metrics.trackItems[0]
const slower = trackItem.steps[1]
const regression = {
  ...regressed(trackItem, slower, slower.p95 / 1.42),
  limitPercent: 17,
  message: `Step "${slower.title}" (${trackItem.title}): p95 565 ms → 802 ms, +42% (limit +17% in this run).`
}
const wholeRun = "All 4 steps are 24% slower, beyond the whole run's limit of +10%."

function calibrated(overrides: Partial<BaselineComparison> = {}): BaselineComparison {
  return {
    runs: Array.from({ length: 10 }, (_, index) => ({ runId: `run_${index}` })),
    maxRegressionPercent: 10,
    noiseFloorMs: 20,
    falseAlarmRate: 1,
    calibrated: true,
    comparedSteps: 4,
    runChangePercent: 24,
    runLimitPercent: 10,
    runRegressions: [{ measure: 'p95', changePercent: 24, limitPercent: 10, message: wholeRun }],
    trend: [
      { p95Index: 99, worstP95: 2000, current: false },
      { p95Index: 101, worstP95: 2100, current: false },
      { p95Index: 124, worstP95: 2400, current: true }
    ],
    steps: [regression],
    ...overrides
  }
}

const failed = (baseline: BaselineComparison) =>
  makeVerdict({
    result: 'failed',
    reason: '1 step regressed against the baseline, the whole run regressed against the baseline',
    regressions: [regression],
    baseline
  })

describe('regressions as people see them', () => {
  it('summary: the history, the compared-steps line, each finding as one sentence, the trend', () => {
    const { markdown } = renderSummary({ metrics, verdict: failed(calibrated()) })

    expect(markdown).toContain(
      'History: 10 runs (run\\_0, run\\_1, run\\_2, run\\_3, run\\_4, run\\_5, run\\_6, run\\_7, run\\_8, run\\_9) · false alarms at most 1% of unchanged runs · practical minimum +10% and 20 ms'
    )
    expect(markdown).toContain(
      'Compared 4 steps with 10 history runs: 1 regressed; the rest stayed within their limits. The run as a whole: +24% (limit +10%).'
    )
    expect(markdown).toContain(`- 🔺 ${wholeRun}`)
    expect(markdown).toContain(`+42% (limit +17% in this run).`)
    expect(markdown).toMatch(/\| 🔺 \+42% \(\+\S+ ms\) \| \+17% \|/)
    expect(markdown).toContain('### Trend')
    expect(markdown).toContain('line [99, 101, 124]')
  })

  it('summary: says a learning gate needs more runs, and shows its findings as warnings', () => {
    const baseline = calibrated({
      runs: [{ runId: 'run_0' }],
      calibrated: false,
      learning: { runs: 1, needed: 4 },
      runRegressions: [],
      runChangePercent: undefined,
      runLimitPercent: undefined,
      trend: []
    })
    const { markdown } = renderSummary({ metrics, verdict: failed(baseline) })

    expect(markdown).toContain(
      '⚠️ still learning: 4 more runs needed before a regression fails the step · practical minimum +10% and 20 ms'
    )
    expect(markdown).toContain('- ⚠️ Step')
    expect(markdown).toContain(
      'Compared 4 steps with 1 history run: 1 grew by more than +10% and 20 ms.'
    )
    expect(markdown).not.toContain('### Trend')
  })

  it('comment: the compared-steps line, the whole-run finding and each step with its limit', () => {
    const body = renderComment({
      metrics,
      verdict: failed(calibrated()),
      marker: '<!-- marker -->'
    })

    expect(body).toContain('Compared 4 steps with 10 history runs: 1 regressed')
    expect(body).toContain(`- 🔺 ${wholeRun}`)
    expect(body).toMatch(/\| 🔺 \+42% \(\+\S+ ms\) \| \+17% \|/)
  })

  it('JUnit: the step fails with the sentence, the run case with the whole-run finding', () => {
    const xml = renderJUnit({ metrics, verdict: failed(calibrated()) })
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' })
    const cases = parser.parse(xml).testsuites.testsuite.testcase as Array<{
      name: string
      failure?: { message: string; '#text': string } | Array<{ message: string }>
    }>

    const step = cases.find((testCase) => testCase.name === slower.title)
    const run = cases.find((testCase) => testCase.name === 'run')
    expect(step?.failure).toMatchObject({ message: regression.message })
    expect(JSON.stringify(step?.failure)).toContain('Limit in this run: +17%')
    expect(run?.failure).toMatchObject({ message: wholeRun })
  })
})
