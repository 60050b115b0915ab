import { describe, expect, it } from '@jest/globals'
import { rankFindings, regressionMessage } from '../../src/present/findings.js'
import { compared, makeMetrics, makeVerdict, p95Breach, runErrorRateBreach } from './factory.js'

describe('rankFindings', () => {
  it('puts the finding furthest past its limit or baseline first', () => {
    const metrics = makeMetrics(3)
    const [trackItem] = metrics.trackItems
    const [a, b, c] = trackItem.steps
    const slightly = p95Breach(trackItem, { ...a, p95: 110 }, 100)
    const triple = p95Breach(trackItem, { ...b, p95: 300 }, 100)
    const errorRate = runErrorRateBreach(1.5, 1)
    const doubled = compared(trackItem, { ...c, p95: 400 }, 200)
    const ranked = rankFindings(
      makeVerdict({ breaches: [slightly, triple, errorRate], regressions: [doubled] }),
      metrics
    )
    expect(ranked.map((finding) => finding.message)).toEqual([
      triple.message,
      regressionMessage(doubled, trackItem.title),
      errorRate.message,
      slightly.message
    ])
  })

  it('names the track item of a regressed step by its title', () => {
    const metrics = makeMetrics(1)
    const [trackItem] = metrics.trackItems
    const step = { ...trackItem.steps[0], title: 'GET /a' }
    const [finding] = rankFindings(
      makeVerdict({ regressions: [compared(trackItem, { ...step, p95: 180 }, 120)] }),
      metrics
    )
    expect(finding).toMatchObject({ kind: 'regression' })
    expect(finding.message).toBe(
      'Step "GET /a" (Flow 1) regressed against the baseline: p95 120 ms → 180 ms (+60 ms, +50%).'
    )
  })
})
