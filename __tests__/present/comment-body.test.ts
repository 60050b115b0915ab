import { describe, it, expect } from '@jest/globals'
import { commentMarker, renderComment } from '../../src/present/comment-body.js'
import { formatMs } from '../../src/number-format.js'
import {
  cellsOf,
  compared,
  makeMetrics,
  makeVerdict,
  p95Breach,
  regressed,
  runErrorRateBreach,
  stepsBySlowest
} from './factory.js'

/** The text between `<!--` and `-->`, asserting the marker is one well-formed HTML comment. */
function commentContent(marker: string): string {
  const match = /^<!--(.*)-->$/.exec(marker)
  if (!match) throw new Error(`not an HTML comment: ${marker}`)
  return match[1]
}

describe('commentMarker', () => {
  it('is a stable hidden line naming the timeline and the job', () => {
    const marker = commentMarker('timeline_123', 'load-test')
    expect(marker).toBe('<!-- leapwork-performance-action: timeline=timeline_123 job=load-test -->')
    expect(commentMarker('timeline_123', 'load-test')).toBe(marker)
    expect(commentMarker('timeline_123', 'smoke')).not.toBe(marker)
  })

  it('cannot be closed early or confused by hostile values', () => {
    for (const [timeline, job] of [
      ['t-->x', 'a--b'],
      ['t', 'job>done'],
      ['x job=a', 'b'],
      ['x', 'a job=b'],
      ['line\nbreak', '---']
    ]) {
      const content = commentContent(commentMarker(timeline, job))
      expect(content).not.toContain('--')
      expect(content).not.toContain('>')
      expect(content).not.toMatch(/[\r\n]/)
    }
    expect(commentMarker('x job=a', 'b')).not.toBe(commentMarker('x', 'a job=b'))
  })
})

describe('renderComment', () => {
  it('starts with the marker and the verdict, then lists the slowest ten steps', () => {
    const metrics = makeMetrics(25, { trackItems: 2 })
    const marker = commentMarker('timeline_123', 'load-test')
    const body = renderComment({
      metrics,
      verdict: makeVerdict({ result: 'failed', reason: '1 threshold breached' }),
      marker
    })
    const lines = body.split('\n')
    expect(lines[0]).toBe(marker)
    expect(lines[1]).toBe('### ❌ Failed — 1 threshold breached')
    expect(body).toContain('**Slowest 10 of 25 steps by p95**')
    const rows = lines.filter((line) => /^\| GET /.test(line)).map(cellsOf)
    const expected = stepsBySlowest(metrics).slice(0, 10)
    expect(rows.map((cells) => cells[0])).toEqual(expected.map(({ step }) => step.title))
    expect(rows.map((cells) => cells[1])).toEqual(expected.map(({ step }) => formatMs(step.p95)))
  })

  it('names the baseline runs, the findings worst first and the links', () => {
    const metrics = makeMetrics(4)
    const trackItem = metrics.trackItems[0]
    const regression = regressed(trackItem, trackItem.steps[1], trackItem.steps[1].p95 / 2)
    const improvement = compared(trackItem, trackItem.steps[2], trackItem.steps[2].p95 * 2)
    const verdict = makeVerdict({
      result: 'failed',
      reason: '1 step regressed',
      breaches: [runErrorRateBreach(2, 1)],
      regressions: [regression],
      baseline: {
        runs: [
          { runId: 'run_a', url: 'https://github.com/o/r/actions/runs/1' },
          { runId: 'run_b', url: 'https://github.com/o/r/actions/runs/2' },
          { runId: 'run_c' }
        ],
        noiseFloorMs: 20,
        falseAlarmRate: 1,
        calibrated: true,
        comparedSteps: 4,
        runRegressions: [],
        trend: [],
        steps: [improvement, regression]
      }
    })
    const body = renderComment({
      metrics,
      verdict,
      marker: commentMarker('t', 'j'),
      links: {
        serverUrl: 'https://github.com',
        summaryUrl: 'https://github.com/o/r/actions/runs/5#summary',
        artifactName: 'reports',
        artifactUrl: 'https://github.com/o/r/actions/runs/5/artifacts/6'
      }
    })
    expect(body).toContain(
      'History: 3 runs ([run\\_a](https://github.com/o/r/actions/runs/1), ' +
        '[run\\_b](https://github.com/o/r/actions/runs/2), run\\_c)'
    )
    const findings = body.split('\n').filter((line) => /^- (❌|🔺) /.test(line))
    expect(findings).toEqual([
      '- ❌ Run: error-rate was 2%, limit &lt; 1%',
      `- 🔺 ${regression.message}`
    ])
    const rows = new Map(
      body
        .split('\n')
        .filter((line) => line.startsWith('| '))
        .map((line) => [cellsOf(line)[0], cellsOf(line)])
    )
    expect(rows.get(`❌ ${regression.title}`)?.[2]).toMatch(/^🔺 \+100% /)
    expect(rows.get(improvement.title)?.[2]).toMatch(/^✅ -50% /)
    expect(body).toContain(
      '[Full results in the job summary](https://github.com/o/r/actions/runs/5#summary)'
    )
    expect(body).toContain(
      '📦 Reports: artifact [reports](https://github.com/o/r/actions/runs/5/artifacts/6)'
    )
  })

  it('stays under the 65,536-character comment limit for a 20,000-step run', () => {
    const longTitle = (index: number) => `<b>|${'x'.repeat(300)}|${index}`
    const metrics = makeMetrics(20_000, { trackItems: 3, title: longTitle })
    const breaches = stepsBySlowest(metrics).map(({ trackItem, step }) =>
      p95Breach(trackItem, step, 1)
    )
    const body = renderComment({
      metrics,
      verdict: makeVerdict({ result: 'failed', reason: 'r'.repeat(10_000), breaches }),
      marker: commentMarker('timeline_123', 'load-test'),
      notes: Array.from({ length: 100 }, () => 'n'.repeat(10_000))
    })
    expect(body.length).toBeLessThan(65_536)
    expect(body).toContain('- …and 19,990 more in the summary.')
    expect(body).not.toContain('<b>')
  })
})
