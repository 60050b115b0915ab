import { describe, expect, it } from '@jest/globals'
import { rankFindings } from '../../src/present/findings.js'
import { makeMetrics, makeVerdict, p95Breach, regressed, runErrorRateBreach } from './factory.js'

describe('rankFindings', () => {
  it('puts the finding furthest past its limit or baseline first', () => {
    const metrics = makeMetrics(3)
    const [trackItem] = metrics.trackItems
    const [a, b, c] = trackItem.steps
    const slightly = p95Breach(trackItem, { ...a, p95: 110 }, 100)
    const triple = p95Breach(trackItem, { ...b, p95: 300 }, 100)
    const errorRate = runErrorRateBreach(1.5, 1)
    const doubled = regressed(trackItem, { ...c, p95: 400 }, 200)
    const ranked = rankFindings(
      makeVerdict({ breaches: [slightly, triple, errorRate], regressions: [doubled] })
    )
    expect(ranked.map((finding) => finding.message)).toEqual([
      triple.message,
      doubled.message,
      errorRate.message,
      slightly.message
    ])
  })
})
