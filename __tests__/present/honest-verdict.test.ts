import { describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { renderComment } from '../../src/present/comment-body.js'
import { renderSummary } from '../../src/present/summary.js'
import { silentLog } from '../../src/log.js'
import type { RunMetrics } from '../../src/metrics/model.js'
import { parseThresholds } from '../../src/verdict/threshold-grammar.js'
import { historyOnDisk } from '../../src/reports/history-files.js'
import { judgeRun, type JudgeInput } from '../../src/verdict/judge.js'
import { mermaidBlocks, parseMermaid } from '../support/mermaid.js'
import { cellsOf, makeMetrics, makeStep, makeVerdict, withTotals } from './factory.js'

const marker = '<!-- leapwork-performance-action: timeline=t job=j -->'

function judge(metrics: RunMetrics, thresholds: string, extra: Partial<JudgeInput> = {}) {
  const { criteria, errors } = parseThresholds(thresholds)
  expect(errors).toEqual([])
  return judgeRun({
    metrics,
    criteria,
    noiseFloorMs: 20,
    falseAlarmRate: 1,
    history: historyOnDisk(),
    log: silentLog,
    ...extra
  })
}

/** The rows of the first table whose header starts with `header`. */
function table(markdown: string, header: string): string[][] {
  const lines = markdown.split('\n')
  const start = lines.findIndex((line) => line.startsWith(header))
  expect(start).toBeGreaterThan(-1)
  const rows: string[][] = []
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    rows.push(cellsOf(line))
  }
  return rows
}

describe('what the gate checked', () => {
  it('heads a passing run with the outcome, then the reason, once', async () => {
    const verdict = await judge(makeMetrics(8), 'p95 < 100s\np99 < 100s\nerror-rate < 5%')
    const { markdown } = renderSummary({ metrics: makeMetrics(8), verdict })
    expect(markdown.split('\n')[0]).toBe('## ✅ Passed — 3 criteria held on 8 steps')
    expect(markdown.match(/Passed/gi)).toHaveLength(1)
    const body = renderComment({ metrics: makeMetrics(8), verdict, marker })
    expect(body.split('\n')[1]).toBe('### ✅ Passed — 3 criteria held on 8 steps')
  })

  it('lists each criterion with the worst figure and whether it held, in summary and comment', async () => {
    const metrics = makeMetrics(6, { trackItems: 2 })
    for (const trackItem of metrics.trackItems) for (const step of trackItem.steps) step.p95 = 300
    metrics.trackItems[1].steps[0].p95 = 912
    const verdict = await judge(withTotals(metrics), 'p95 < 800ms\nerror-rate < 5%')
    expect(verdict.result).toBe('failed')
    const slowTitle = metrics.trackItems[1].steps[0].title
    for (const markdown of [
      renderSummary({ metrics, verdict }).markdown,
      renderComment({ metrics, verdict, marker })
    ]) {
      const rows = table(markdown, '| | Criterion | Worst measured | Checked on |')
      expect(rows).toEqual([
        ['❌', '`p95 < 800ms`', `912 ms on ${slowTitle} (Flow 2)`, '6 steps'],
        ['✅', '`error-rate < 5%`', expect.stringMatching(/^\d+(\.\d+)?%$/), "the run's totals"]
      ])
    }
  })
})

describe('checks that could not be made', () => {
  it('shows a threshold whose pattern matched nothing as a ⚠️ line and in the reason', async () => {
    const metrics = makeMetrics(4)
    const verdict = await judge(metrics, 'p95 < 100s\n"GET /api/nope": p95 < 100')
    expect(verdict.result).toBe('passed')
    expect(verdict.reason).toBe('1 criterion held on 4 steps; 1 requested check could not be made')
    const line =
      '⚠️ **Not checked:** Threshold `"GET /api/nope": p95 < 100` matched no step of this run, so it was not checked.'
    expect(renderSummary({ metrics, verdict }).markdown).toContain(`\n\n${line}\n\n`)
    expect(renderComment({ metrics, verdict, marker })).toContain(`\n\n${line}\n\n`)
    const rows = table(renderSummary({ metrics, verdict }).markdown, '| | Criterion')
    expect(rows[1]).toEqual(['⚠️', '`"GET /api/nope": p95 < 100`', '–', 'no step matched'])
  })

  it('says max-regression was not checked when no baseline is set', async () => {
    const verdict = await judge(makeMetrics(2), '', { maxRegressionPercent: 10 })
    expect(verdict.unmadeChecks).toEqual([
      '"max-regression: 10" was not checked: no baseline is set. Set "baseline: auto" or the path of an earlier run\'s metrics.json.'
    ])
    expect(verdict.reason).toMatch(/; 1 requested check could not be made$/)
  })

  it('makes a finished run without figures an error when there were criteria', async () => {
    const empty = makeMetrics(0)
    const verdict = await judge(empty, 'p95 < 800\nerror-rate < 1%')
    expect(verdict.result).toBe('error')
    expect(verdict.reason).toBe('the run reported no figures; 1 requested check could not be made')
    expect(verdict.unmadeChecks).toEqual([
      'None of the 2 criteria was checked: the run reported no figures.'
    ])
    expect(renderSummary({ metrics: empty, verdict }).markdown).toMatch(
      /^## ⚠️ Error — the run reported no figures/
    )
    expect((await judge(empty, '')).result).toBe('passed')
  })

  it('makes a finished run without figures an error when a baseline was set and not found', async () => {
    const empty = makeMetrics(0)
    const verdict = await judge(empty, '', {
      baseline: { kind: 'file', path: join(tmpdir(), 'no-such-history'), runs: 10 }
    })
    expect(verdict.result).toBe('error')
    expect(renderSummary({ metrics: empty, verdict }).markdown).toMatch(
      /^## ⚠️ Error — the run reported no figures; 1 requested check could not be made\n/
    )
  })

  it('shows a baseline none of whose steps is in this run as not checked, not as a pass', async () => {
    const metrics = makeMetrics(3)
    const history = makeMetrics(2, { title: (index) => `GET /old/${index}` })
    history.runId = 'run_before'
    for (const step of history.trackItems[0].steps) step.stepId = `old_${step.stepId}`
    const dir = await mkdtemp(join(tmpdir(), 'renamed-history-'))
    try {
      const path = join(dir, 'metrics.json')
      await writeFile(path, JSON.stringify(history))
      const verdict = await judge(metrics, '', { baseline: { kind: 'file', path, runs: 10 } })
      expect(verdict.result).toBe('passed')
      expect(verdict.reason).toBe('3 steps finished; 1 requested check could not be made')
      const line =
        "⚠️ **Not checked:** No step of this run is in the baseline's history (3 new, 2 vanished), so no regression check."
      const summary = renderSummary({ metrics, verdict }).markdown
      const comment = renderComment({ metrics, verdict, marker })
      for (const markdown of [summary, comment]) {
        expect(markdown).toContain(`\n\n${line}\n\n`)
        expect(markdown).toContain(
          'No step of this run is in the 1 history run: none was compared.'
        )
        expect(markdown).not.toContain('stayed within their limits')
        expect(markdown).toContain('GET /old/1')
      }
      expect(summary).not.toContain('### Trend')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('the summary a reviewer reads', () => {
  it('gives the chart one title and names the track item in each label instead of a number', async () => {
    const metrics = makeMetrics(4, { trackItems: 2, title: () => 'POST /api/login' })
    const { markdown } = renderSummary({ metrics, verdict: makeVerdict() })
    expect(markdown.match(/p95 per step/g)).toHaveLength(1)
    const [chart] = mermaidBlocks(markdown)
    expect(chart).not.toMatch(/^\s*title/m)
    expect(chart).toContain('"POST /api/login · Flow 1"')
    expect(chart).toContain('"POST /api/login · Flow 2"')
    expect(chart).toContain('"POST /api/login · Flow 1 (2)"')
    expect(chart).not.toContain('"POST /api/login (2)"')
  })

  it('writes Mermaid that Mermaid itself parses, hostile titles included', async () => {
    const hostile = ['say "hi"', 'a `tick`', '%%{init}%%', '<b>x</b>', 'x]; y', 'POST /api/login']
    const metrics = makeMetrics(12, { trackItems: 2, title: (index) => hostile[index % 6] })
    const { markdown } = renderSummary({ metrics, verdict: makeVerdict() })
    const blocks = mermaidBlocks(markdown)
    expect(blocks.length).toBeGreaterThan(0)
    for (const block of blocks) await expect(parseMermaid(block)).resolves.toBeUndefined()
  })

  it('shows the ❌ key only when a step is marked', () => {
    const metrics = makeMetrics(3)
    expect(renderSummary({ metrics, verdict: makeVerdict() }).markdown).not.toContain(
      '❌ breached a threshold or regressed'
    )
  })

  it('writes each time column in one unit', () => {
    const metrics = makeMetrics(3)
    const [fast, middle, slow] = metrics.trackItems[0].steps
    Object.assign(fast, makeStep(0, { p95: 85, title: fast.title }))
    Object.assign(middle, makeStep(1, { p95: 912, title: middle.title }))
    Object.assign(slow, makeStep(2, { p95: 12_540, title: slow.title }))
    const { markdown } = renderSummary({ metrics: withTotals(metrics), verdict: makeVerdict() })
    const p95 = table(markdown, '| Step').map((cells) => cells[1])
    expect(p95).toEqual(['12.5 s', '0.91 s', '0.09 s'])
    const p90 = table(markdown, '| Step | Average').map((cells) => cells[3])
    expect(p90).toEqual(['10 s', '0.73 s', '0.07 s'])
  })
})
