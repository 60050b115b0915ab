import { describe, expect, it } from '@jest/globals'
import { renderComment } from '../../src/present/comment-body.js'
import { renderFailureSummary } from '../../src/present/failure.js'
import { renderSummary, type PresentationInput } from '../../src/present/summary.js'
import type { BaselineComparison, RunRegression, Verdict } from '../../src/verdict/types.js'
import { gfmDocument, rawMarkupShown, tablesOf } from '../support/gfm.js'
import { mermaidBlocks, parseMermaid } from '../support/mermaid.js'
import { makeMetrics, makeVerdict, p95Breach, regressed, withTotals } from './factory.js'

const marker = '<!-- leapwork-performance-action: timeline=t job=j -->'
const links = {
  serverUrl: 'https://github.com',
  workflowRunUrl: 'https://github.com/o/r/actions/runs/7',
  artifactName: 'leapwork-performance-run_x7k2m',
  artifactUrl: 'https://github.com/o/r/actions/runs/7/artifacts/8'
}

/** A run of 8 steps on 2 track items judged against 6 history runs. */
function reviewedRun(overrides: Partial<BaselineComparison> = {}, verdict: Partial<Verdict> = {}) {
  const metrics = makeMetrics(8, { trackItems: 2 })
  const [first, second] = metrics.trackItems
  // +100 % on a fast step (small in ms), +50 % on a slow one (large in ms): the orders differ.
  const fastStep = regressed(first, first.steps[0], first.steps[0].p95 / 2)
  const slowStep = regressed(second, second.steps[3], second.steps[3].p95 / 1.5)
  const wholeRun: RunRegression = {
    measure: 'p95',
    changePercent: 75,
    limitPercent: 17.8,
    message: "All 8 steps are 75% slower, beyond the whole run's limit of +17.8%."
  }
  const breach = p95Breach(second, second.steps[1], second.steps[1].p95 / 1.25)
  const baseline: BaselineComparison = {
    runs: Array.from({ length: 6 }, (_, index) => ({
      runId: `run_${index}`,
      url: `https://github.com/o/r/actions/runs/${index}`,
      finishedAt: `2026-02-2${index}T10:00:00.000Z`
    })),
    maxRegressionPercent: 10,
    noiseFloorMs: 20,
    falseAlarmRate: 1,
    calibrated: true,
    comparedSteps: 8,
    runChangePercent: 75,
    runLimitPercent: 17.8,
    runRegressions: [wholeRun],
    trend: [99, 101, 100, 98, 102, 100, 175].map((p95Index, index) => ({
      p95Index,
      worstP95: 900 + index,
      current: index === 6
    })),
    steps: [fastStep, slowStep],
    ...overrides
  }
  const input: PresentationInput = {
    metrics,
    verdict: makeVerdict({
      result: 'failed',
      reason: '1 threshold breached, 2 steps regressed against the baseline',
      breaches: [breach],
      regressions: [fastStep, slowStep],
      baseline,
      checks: [
        { criterion: breach.criterion, checkedOn: 8, held: false, worst: { value: breach.value } }
      ],
      ...verdict
    }),
    links
  }
  return { input, messages: { fastStep, slowStep, wholeRun, breach } }
}

/** The findings a markdown lists, in order, without their marks. */
function listedFindings(markdown: string): string[] {
  return [...markdown.matchAll(/^- (?:❌|🔺) (.*)$/gm)].map((match) => match[1])
}

describe('the summary and the comment say the same', () => {
  it('open with the same headline and name the same findings, worst first, in the same order', () => {
    const { input, messages } = reviewedRun()
    const summary = renderSummary(input).markdown
    const comment = renderComment({ ...input, marker })

    const summaryHeadline = summary.split('\n')[0].replace(/^## /, '')
    const commentHeadline = comment.split('\n')[1].replace(/^### /, '')
    expect(summaryHeadline).toBe(
      '❌ Failed — 1 threshold breached, 2 steps regressed against the baseline'
    )
    expect(commentHeadline).toBe(summaryHeadline)

    const findings = listedFindings(summary)
    expect(listedFindings(comment)).toEqual(findings)
    expect(findings).toHaveLength(4)
    expect(findings[0]).toContain(messages.fastStep.title)
    expect(findings[1]).toContain('75% slower')
    expect(findings[2]).toContain(messages.slowStep.title)
    expect(findings[3]).toContain(messages.breach.stepTitle)

    for (const markdown of [summary, comment]) {
      expect(markdown).toContain('🔺 3 regressions · ✅ 0 faster · 🆕 0 new · 0 vanished')
      expect(markdown).toContain('❌ 1 threshold breach · 🔺 3 regressions, worst first')
      expect(markdown).not.toMatch(/\bslower ·/)
    }
  })

  it('says how far the whole run moved when it passed within its limit', () => {
    const { input } = reviewedRun(
      { runChangePercent: 14, runLimitPercent: 17.8, runRegressions: [], steps: [] },
      {
        result: 'passed',
        reason: 'no step regressed against the baseline',
        breaches: [],
        regressions: [],
        checks: []
      }
    )
    const moved =
      '✅ Passed — no step regressed against the baseline; the whole run is 14% slower than ' +
      'its history, within its limit of +17.8%'
    expect(renderSummary(input).markdown.split('\n')[0]).toBe(`## ${moved}`)
    expect(renderComment({ ...input, marker }).split('\n')[1]).toBe(`### ${moved}`)
  })
})

describe('sections other parts of the action add', () => {
  it('places a notice under the headline and details after the history, escaped', () => {
    const { input } = reviewedRun()
    input.sections = [
      {
        title: 'Comment not written',
        lines: ['The token lacks `pull-requests: write` <b>'],
        place: 'notice',
        inComment: true
      },
      { title: 'Changes on main', lines: ['run_5 moved `GET /a` +20%'], place: 'details' }
    ]
    const summary = renderSummary(input).markdown
    const comment = renderComment({ ...input, marker })
    for (const markdown of [summary, comment]) {
      const notice = markdown.indexOf('**Comment not written**')
      expect(notice).toBeGreaterThan(markdown.indexOf('Failed'))
      expect(notice).toBeLessThan(markdown.indexOf('Criterion'))
      expect(markdown).toContain('- The token lacks `pull-requests: write` &lt;b&gt;')
    }
    expect(summary.indexOf('**Changes on main**')).toBeGreaterThan(
      summary.indexOf('### Compared with the history')
    )
    expect(comment).not.toContain('Changes on main')
  })
})

describe('what GitHub renders', () => {
  it('renders tables as tables, criteria as code, and no markup as text', async () => {
    const { input } = reviewedRun()
    const summary = gfmDocument(renderSummary(input).markdown)
    const comment = gfmDocument(renderComment({ ...input, marker }))

    for (const document of [summary, comment]) {
      expect(rawMarkupShown(document)).toEqual([])
      expect(document.querySelector('img, script, iframe')).toBeNull()
      const [criteria] = tablesOf(document)
      expect(criteria[0]).toEqual(['', 'Criterion', 'Worst measured', 'Checked on'])
      expect(document.querySelector('table code')?.textContent).toMatch(/^p95 < \d/)
    }
    const stepTables = tablesOf(summary).filter((table) => table[0][1] === 'p95')
    expect(stepTables).toHaveLength(2)
    for (const table of stepTables) {
      expect(table[0].slice(0, 4)).toEqual(['Step', 'p95', 'Change', 'Limit'])
      expect(table[0]).toHaveLength(8)
    }
    const more = tablesOf(summary).filter((table) => table[0][1] === 'Average')
    expect(more.map((table) => table.length)).toEqual(stepTables.map((table) => table.length))
    expect(summary.querySelectorAll('details table')).toHaveLength(2)
    expect(tablesOf(comment)[1][0].slice(0, 4)).toEqual(['Step', 'p95', 'Change', 'Limit'])
    const links = [...summary.querySelectorAll('a')].map((link) => link.getAttribute('href'))
    expect(links).toContain(`https://github.com/o/r/actions/runs/5`)
    for (const block of mermaidBlocks(renderSummary(input).markdown)) {
      await expect(parseMermaid(block)).resolves.toBeUndefined()
    }
  })

  it('shows a criterion in a sentence as code, not as escaped backticks', () => {
    const verdict = makeVerdict({
      reason: '1 criterion held on 8 steps; 1 requested check could not be made',
      unmadeChecks: ['Threshold `"GET /api/nope": p95 < 100` matched no step of this run.']
    })
    const input = { metrics: makeMetrics(8), verdict }
    const failure = renderFailureSummary({
      problems: ['Input "thresholds": Line 1 `p59 < 300`: unknown metric "p59"'],
      advice: 'Write one condition per line, e.g. `p95 < 800ms`.'
    })
    for (const markdown of [
      renderSummary(input).markdown,
      renderComment({ ...input, marker }),
      failure
    ]) {
      const document = gfmDocument(markdown)
      const code = [...document.querySelectorAll('code')].map((element) => element.textContent)
      expect(
        code.some((text) => /^("GET \/api\/nope": p95 < 100|p59 < 300)$/.test(text ?? ''))
      ).toBe(true)
      expect(document.body.textContent).not.toContain('`')
      expect(rawMarkupShown(document)).toEqual([])
    }
  })

  it('links a history run only to the GitHub server, so a history file cannot inject an image', () => {
    const { input } = reviewedRun()
    const runs = input.verdict.baseline?.runs ?? []
    runs[0].url = 'https://github.com/o/r/actions/runs/1)![x](https://tracker.example/pixel.gif'
    runs[1].url = 'https://tracker.example/runs/2'
    runs[2].url = 'javascript:alert(1)'
    input.notes = [
      'Report ![x](https://tracker.example/p.gif) <img src=x> [y](https://evil.example)'
    ]
    input.metrics.trackItems[0].steps[0].title = '<img src="https://tracker.example/t.gif">'
    for (const markdown of [renderSummary(input).markdown, renderComment({ ...input, marker })]) {
      const document = gfmDocument(markdown)
      expect(document.querySelector('img')).toBeNull()
      // A bare URL in server text is autolinked as itself; no link hides another host.
      const disguised = [...document.querySelectorAll('a')].filter(
        (link) => link.textContent !== link.getAttribute('href')
      )
      for (const link of disguised)
        expect(link.getAttribute('href')).toMatch(/^https:\/\/github\.com\//)
      expect(document.body.textContent).toContain('run_1')
    }
  })
})

describe('size limits', () => {
  it('keeps the comment under 65,536 characters however much escaping swells it', () => {
    const metrics = makeMetrics(30, {
      trackItems: 3,
      title: (index) => `${'&'.repeat(300)}${index}`
    })
    const verdict = makeVerdict({
      result: 'failed',
      reason: '&'.repeat(10_000),
      unmadeChecks: Array.from({ length: 200 }, (_, index) => `${'&<'.repeat(300)} ${index}`),
      breaches: metrics.trackItems.flatMap((trackItem) =>
        trackItem.steps.map((step) => ({
          ...p95Breach(trackItem, step, 1),
          message: '&'.repeat(600)
        }))
      )
    })
    const body = renderComment({ metrics, verdict, marker, notes: ['&'.repeat(5_000)] })
    expect(body.length).toBeLessThanOrEqual(65_536)
  })

  it('cuts the comment as a whole, with a pointer to the summary, when it would not fit', () => {
    const { input } = reviewedRun()
    const full = renderComment({ ...input, marker })
    const cut = renderComment({ ...input, marker }, 2_000)
    expect(full.length).toBeGreaterThan(2_000)
    expect(cut.length).toBeLessThanOrEqual(2_000)
    expect(cut.startsWith(`${marker}\n### ❌ Failed`)).toBe(true)
    expect(cut).toContain(
      "_The comment is cut here to stay within GitHub's size limit; everything is in " +
        '[the job summary](https://github.com/o/r/actions/runs/7)._'
    )
    expect(rawMarkupShown(gfmDocument(cut))).toEqual([])
  })

  it('keeps the summary within its limit whatever the sections hold, cutting between sections', () => {
    const { input } = reviewedRun()
    input.sections = Array.from({ length: 40 }, (_, index) => ({
      title: `Section ${index}`,
      lines: Array.from({ length: 50 }, () => '&'.repeat(500)),
      place: 'details' as const
    }))
    const { markdown } = renderSummary(input)
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(1_000_000)
    expect(markdown).toMatch(/^## ❌ Failed/)
    expect(markdown).toContain("_The summary is cut here to stay within GitHub's size limit;")
    expect(rawMarkupShown(gfmDocument(markdown))).toEqual([])
  })

  it('keeps the summary small when the server sends a 1.5 MB status word', () => {
    const status = 'Finished'.padEnd(1_500_000, 'x')
    const metrics = withTotals({ ...makeMetrics(5), status })
    metrics.trackItems[0].region = status
    const verdict = makeVerdict({ result: 'error', reason: `the run ended with status ${status}` })
    const summary = renderSummary({ metrics, verdict }).markdown
    expect(Buffer.byteLength(summary)).toBeLessThan(50_000)
    expect(renderComment({ metrics, verdict, marker }).length).toBeLessThan(20_000)
  })
})
