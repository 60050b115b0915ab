import { describe, it, expect } from '@jest/globals'
import { renderSummary } from '../../src/present/summary.js'
import { formatMs } from '../../src/number-format.js'
import {
  cellsOf,
  compared,
  makeMetrics,
  makeStep,
  makeVerdict,
  p95Breach,
  regressed,
  stepsBySlowest,
  withTotals
} from './factory.js'
import type { BaselineComparison } from '../../src/verdict/types.js'

const links = {
  artifactName: 'leapwork-performance-run_x7k2m',
  artifactUrl: 'https://github.com/o/r/actions/runs/1/artifacts/2',
  workflowRunUrl: 'https://github.com/o/r/actions/runs/1',
  serverUrl: 'https://github.com'
}

/** The data rows of the table under the given track item heading. */
function tableRows(markdown: string, trackItemTitle: string): string[][] {
  const start = markdown.indexOf(`#### ${trackItemTitle}`)
  const lines = markdown.slice(start).split('\n')
  const firstRow = lines.findIndex((line) => line.startsWith('| Step'))
  const rows: string[][] = []
  for (const line of lines.slice(firstRow + 2)) {
    if (!line.startsWith('|')) break
    rows.push(cellsOf(line))
  }
  return rows
}

function mermaidBlock(markdown: string): string {
  const match = /```mermaid\n([\s\S]*?)\n```/.exec(markdown)
  if (!match) throw new Error('no mermaid block')
  return match[1]
}

function bracketList(line: string): string {
  const match = /\[(.*)\]\s*$/.exec(line)
  if (!match) throw new Error(`no list in ${line}`)
  return match[1]
}

describe('renderSummary headline', () => {
  it('states the verdict, the run and its key figures up front', () => {
    const metrics = makeMetrics(12, { trackItems: 2 })
    const worst = stepsBySlowest(metrics)[0]
    const verdict = makeVerdict({
      result: 'failed',
      reason: '1 threshold breached',
      breaches: [p95Breach(worst.trackItem, worst.step, 500)]
    })
    const { markdown } = renderSummary({ metrics, verdict, links })
    const [first, ...rest] = markdown.split('\n\n')
    expect(first).toBe('## ❌ Failed — 1 threshold breached')
    const facts = rest.slice(0, 3).join('\n')
    expect(facts).toContain('Checkout Load Test')
    expect(facts).toContain('run `run_x7k2m`')
    expect(facts).toContain('Finished')
    expect(facts).toContain('duration 5m 12s')
    expect(facts).toContain('planned 6m 0s')
    expect(facts).toContain('150 VUM')
    expect(facts).toContain(`**Worst p95:** ${formatMs(worst.step.p95)} on`)
    expect(facts).toContain(`(${worst.trackItem.title})`)
    expect(facts).toContain(`of ${metrics.totals.requests.toLocaleString('en-US')} requests`)
    expect(markdown).toContain(`[leapwork-performance-run\\_x7k2m](${links.artifactUrl})`)
  })

  it('uses a distinct icon for passed and for runs that did not complete', () => {
    const metrics = makeMetrics(3)
    expect(renderSummary({ metrics, verdict: makeVerdict() }).markdown).toMatch(/^## ✅ /)
    const error = makeVerdict({ result: 'error', reason: 'the run ended with status Failed' })
    const empty = withTotals({ ...makeMetrics(0), status: 'Failed' })
    const { markdown } = renderSummary({ metrics: empty, verdict: error })
    expect(markdown).toMatch(/^## ⚠️ .*the run ended with status Failed/)
    expect(markdown).toContain('No step figures were reported.')
    expect(markdown).not.toContain('```mermaid')
  })

  it('lists breaches and shows warnings passed by the caller', () => {
    const metrics = makeMetrics(5)
    const trackItem = metrics.trackItems[0]
    const breaches = trackItem.steps.slice(0, 2).map((step) => p95Breach(trackItem, step, 1))
    const notes = ['The Excel report could not be downloaded']
    const verdict = makeVerdict({ result: 'failed', reason: '2 thresholds breached', breaches })
    const { markdown } = renderSummary({ metrics, verdict, notes })
    expect(markdown).toContain('### ❌ 2 threshold breaches, worst first')
    expect(markdown).toContain('- ⚠️ The Excel report could not be downloaded')
    for (const step of trackItem.steps.slice(0, 2)) {
      expect(markdown).toContain(`- ❌ Step "GET /api/items/${step.stepId.slice(5)}"`)
      const row = tableRows(markdown, 'Flow 1').find((cells) => cells[0].endsWith(step.title))
      expect(row?.[0]).toBe(`❌ ${step.title}`)
    }
  })
})

describe('renderSummary tables', () => {
  it('puts each track item in its own table, slowest p95 first', () => {
    const metrics = makeMetrics(30, { trackItems: 3 })
    const { markdown } = renderSummary({ metrics, verdict: makeVerdict() })
    for (const trackItem of metrics.trackItems) {
      expect(markdown).toContain(`#### ${trackItem.title} · westeurope`)
      const titles = tableRows(markdown, trackItem.title).map((cells) => cells[0])
      const expected = [...trackItem.steps].sort((a, b) => b.p95 - a.p95).map((s) => s.title)
      expect(titles).toEqual(expected)
    }
    const row = tableRows(markdown, 'Flow 1')[0]
    const step = [...metrics.trackItems[0].steps].sort((a, b) => b.p95 - a.p95)[0]
    expect(row).toHaveLength(5)
    expect(row[1]).toBe(formatMs(step.p95))
    expect(markdown).toContain(`| ${step.title} | ${formatMs(step.average)} |`)
  })

  it('marks regressions, improvements, new and vanished steps against the baseline', () => {
    const metrics = makeMetrics(4)
    const trackItem = metrics.trackItems[0]
    const [added, slower, faster, same] = trackItem.steps
    const regression = regressed(trackItem, slower, slower.p95 / 2)
    const baseline: BaselineComparison = {
      runs: [{ runId: 'run_base', url: 'https://github.com/o/r/actions/runs/9' }],
      maxRegressionPercent: 10,
      noiseFloorMs: 20,
      falseAlarmRate: 1,
      calibrated: true,
      comparedSteps: 4,
      runRegressions: [],
      trend: [],
      steps: [
        regression,
        compared(trackItem, faster, faster.p95 * 2),
        compared(trackItem, same, same.p95),
        { ...compared(trackItem, added, 1), kind: 'new' as const, regression: false },
        {
          kind: 'vanished' as const,
          trackItemId: trackItem.trackItemId,
          stepId: 'gone',
          title: 'DELETE /api/cart',
          baselineP95: 80,
          regression: false,
          improvement: false
        }
      ]
    }
    const verdict = makeVerdict({
      result: 'failed',
      reason: '1 step regressed',
      regressions: [regression],
      baseline
    })
    const { markdown } = renderSummary({ metrics, verdict, links })
    expect(markdown).toContain(
      'History: 1 run ([run\\_base](https://github.com/o/r/actions/runs/9))'
    )
    expect(markdown).toContain('### 🔺 1 regression, worst first')
    expect(markdown).toContain('**Vanished steps:** DELETE /api/cart (Flow 1)')
    const rows = new Map(tableRows(markdown, 'Flow 1').map((cells) => [cells[0], cells]))
    expect(rows.get(`❌ ${slower.title}`)?.slice(1, 5)).toEqual([
      formatMs(slower.p95),
      `🔺 +100% (${formatMs(slower.p95 / 2, { signed: true })})`,
      '–',
      formatMs(slower.p95 / 2)
    ])
    expect(rows.get(faster.title)?.[2]).toMatch(/^✅ -50% \(-/)
    expect(rows.get(same.title)?.[2]).toBe('0% (0 ms)')
    expect(rows.get(added.title)?.[2]).toBe('🆕 new')
  })

  it('keeps hostile step titles inside their cells', () => {
    const hostile = ['a|b', '<script>alert(1)</script>', 'back `tick`', 'two\nlines', '| --- |']
    const metrics = makeMetrics(hostile.length, { title: (index) => hostile[index] })
    const { markdown } = renderSummary({ metrics, verdict: makeVerdict() })
    const rows = tableRows(markdown, 'Flow 1')
    expect(rows).toHaveLength(hostile.length)
    for (const cells of rows) expect(cells).toHaveLength(5)
    expect(markdown).not.toContain('<script>')
    expect(markdown).not.toContain('two\nlines')
  })
})

describe('renderSummary chart', () => {
  it('draws a well-formed horizontal bar chart of the slowest 20 steps', () => {
    const metrics = makeMetrics(30, {
      title: (index) =>
        index === 0 ? 'say "hi"\nnow `x` %%{init}%% ' + 'long'.repeat(20) : `s${index}`
    })
    const { markdown } = renderSummary({ metrics, verdict: makeVerdict() })
    expect(markdown).toContain('slowest 20 of 30 steps')
    const lines = mermaidBlock(markdown).split('\n')
    expect(lines[1]).toBe('xychart-beta horizontal')
    const xAxis = lines.find((line) => line.trim().startsWith('x-axis')) ?? ''
    const bar = lines.find((line) => line.trim().startsWith('bar')) ?? ''
    expect(lines.some((line) => /^y-axis "p95 \(ms\)" 0 --> \d+$/.test(line.trim()))).toBe(true)

    const labels = bracketList(xAxis).split(', ')
    for (const label of labels) expect(label).toMatch(/^"[^"`\n]+"$/)
    expect(xAxis).not.toContain('%%')
    expect(new Set(labels).size).toBe(20)

    const values = bracketList(bar).split(', ').map(Number)
    const expected = stepsBySlowest(metrics)
      .slice(0, 20)
      .map(({ step }) => Math.round(step.p95))
    expect(values).toEqual(expected)
    for (const line of lines.slice(1)) {
      expect(line.split('[').length).toBe(line.split(']').length)
    }
    expect(labels.every((label) => label.length <= 30)).toBe(true)
  })
})

describe('renderSummary AI analysis', () => {
  it('is collapsible and cannot break out of its section', () => {
    const aiAnalysis = '=== AI Analysis for: ti_1 ===\n- Stable\n</details><script>x</script>'
    const { markdown } = renderSummary({
      metrics: makeMetrics(2),
      verdict: makeVerdict(),
      aiAnalysis
    })
    const start = markdown.indexOf('<details><summary>AI analysis</summary>\n\n')
    expect(start).toBeGreaterThan(-1)
    const section = markdown.slice(start)
    expect(section.match(/<\/details>/g)).toHaveLength(1)
    expect(section).toContain('- Stable')
    expect(section).not.toContain('<script>')
  })

  it('caps a huge analysis and says where the full text is', () => {
    const aiAnalysis = 'word '.repeat(100_000)
    const { markdown } = renderSummary({
      metrics: makeMetrics(2),
      verdict: makeVerdict(),
      aiAnalysis,
      links
    })
    expect(Buffer.byteLength(markdown)).toBeLessThan(100_000)
    expect(markdown).toContain('the full text is in artifact [leapwork-performance-run\\_x7k2m]')
  })
})

describe('renderSummary size budget', () => {
  it('keeps a 20,000-step run under 1 MiB with the slowest and the breached steps', () => {
    const metrics = makeMetrics(20_000, { trackItems: 4 })
    const slowest = stepsBySlowest(metrics)
    const fastest = slowest[slowest.length - 1]
    const verdict = makeVerdict({
      result: 'failed',
      reason: '1 threshold breached',
      breaches: [p95Breach(fastest.trackItem, fastest.step, 1)]
    })
    const { markdown, omittedSteps } = renderSummary({ metrics, verdict, links })

    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(1_000_000)
    expect(omittedSteps).toBeGreaterThan(0)
    expect(omittedSteps).toBeLessThan(20_000)
    const shownRows = markdown.split('\n').filter((line) => /^\| (❌ )?GET /.test(line))
    expect(shownRows).toHaveLength(2 * (20_000 - omittedSteps))
    expect(markdown).toContain(
      `**${omittedSteps.toLocaleString('en-US')} of 20,000 steps are not shown**`
    )
    expect(markdown).toContain('`metrics.json`')
    expect(markdown).toContain(`[leapwork-performance-run\\_x7k2m](${links.artifactUrl})`)
    const shownTitles = new Set(shownRows.map((line) => cellsOf(line)[0].replace('❌ ', '')))
    for (const { step } of slowest.slice(0, 20_000 - omittedSteps - 1)) {
      expect(shownTitles.has(step.title)).toBe(true)
    }
    expect(shownTitles.has(fastest.step.title)).toBe(true)
  })

  it('respects a smaller budget and says where the full data is without an artifact', () => {
    const metrics = makeMetrics(2_000)
    const input = { metrics, verdict: makeVerdict(), aiAnalysis: 'x '.repeat(40_000) }
    const { markdown, omittedSteps } = renderSummary(input, { maxBytes: 30_000 })
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(30_000)
    expect(omittedSteps).toBeGreaterThan(0)
    expect(markdown).toContain('```mermaid')
    expect(markdown).toContain('<details><summary>AI analysis</summary>')
    expect(markdown).toContain('The analysis is cut short here')
    expect(markdown).toContain('Excel report in the report directory (`report-dir` output).')
  })

  it('drops the AI analysis before the chart when the fixed sections crowd the budget', () => {
    const metrics = makeMetrics(50)
    const trackItem = metrics.trackItems[0]
    const breaches = trackItem.steps.map((step) => ({
      ...p95Breach(trackItem, step, 1),
      message: 'x'.repeat(500)
    }))
    const input = {
      metrics,
      verdict: makeVerdict({ result: 'failed', reason: 'breached', breaches }),
      aiAnalysis: 'analysis '.repeat(600)
    }
    expect(renderSummary(input).markdown).toContain('AI analysis')
    const { markdown } = renderSummary(input, { maxBytes: 30_000 })
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(30_000)
    expect(markdown).not.toContain('AI analysis')
    expect(markdown).toContain('```mermaid')
  })

  it('shows every step when they fit', () => {
    const metrics = makeMetrics(200, { trackItems: 2 })
    metrics.trackItems[1].steps.push(makeStep(999, { title: 'POST /api/checkout' }))
    const { markdown, omittedSteps } = renderSummary({
      metrics: withTotals(metrics),
      verdict: makeVerdict()
    })
    expect(omittedSteps).toBe(0)
    expect(markdown).not.toContain('not shown')
    expect(markdown).toContain('| POST /api/checkout |')
  })
})
