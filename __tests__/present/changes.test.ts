import { describe, expect, it } from '@jest/globals'
import {
  changeAnnotation,
  renderChangesSection,
  type ChangeView
} from '../../src/present/changes.js'

const shift = (extra: Partial<ChangeView> = {}): ChangeView => ({
  step: 'GET /api/cart',
  trackItem: 'Checkout Flow',
  changePercent: 62.5,
  levelBeforeMs: 200,
  levelAfterMs: 325,
  runsSince: 3,
  firstRun: { runId: 'run_27', sha: 'b'.repeat(40), url: 'https://github.com/o/r/actions/runs/27' },
  lastRunBefore: {
    runId: 'run_26',
    sha: 'a'.repeat(40),
    url: 'https://github.com/o/r/actions/runs/26'
  },
  compareUrl: `https://github.com/o/r/compare/${'a'.repeat(40)}...${'b'.repeat(40)}`,
  pullRequests: [{ number: 77, url: 'https://github.com/o/r/pull/77' }],
  ...extra
})

describe('the Changes section of the summary', () => {
  it('shows step, levels, change, runs since, commit range and pull request', () => {
    const section = renderChangesSection({ branch: 'main', runs: 30, shifts: [shift()] })

    expect(section).toContain('### Changes on `main`')
    expect(section).toContain(
      `| GET /api/cart (Checkout Flow) | 200 ms → 325 ms | +62.5% | 3 | [aaaaaaa...bbbbbbb](https://github.com/o/r/compare/${'a'.repeat(40)}...${'b'.repeat(40)}) | [\\#77](https://github.com/o/r/pull/77) |`
    )
  })

  it('says a shift an earlier run reported is already reported, not new', () => {
    const earlier = shift({
      reportedIn: { runId: 'run_28', url: 'https://github.com/o/r/actions/runs/28' }
    })

    const section = renderChangesSection({ branch: 'main', runs: 30, shifts: [earlier] })

    expect(section).toContain('No new shift in the last 30 runs')
    expect(section).toMatch(
      /Already reported: .*GET \/api\/cart.*reported in run \[run\\_28\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/28\)/
    )
    expect(renderChangesSection({ branch: 'main', runs: 30, shifts: [] })).toBe('')
  })

  it('escapes what the server named: no HTML, no table break, no mention, no link it did not check', () => {
    const hostile = shift({
      step: '<img src=x onerror=alert(1)> | @acme/team [click](javascript:alert(1))',
      trackItem: 'ti\n| forged | row |',
      compareUrl: undefined,
      pullRequests: [{ number: 5 }]
    })

    const section = renderChangesSection({ branch: 'ma`in', runs: 30, shifts: [hostile] })

    expect(section).not.toContain('<img')
    expect(section).not.toContain('[click](')
    expect(section).not.toMatch(/@acme/)
    expect(section.split('\n').filter((line) => line.startsWith('| ')).length).toBe(3)
    expect(section).toContain('aaaaaaa...bbbbbbb |')
  })

  it('annotates a whole-run shift as one finding, in plain text', () => {
    const message = changeAnnotation(
      shift({ step: 'Checkout', trackItem: null, levelBeforeMs: undefined })
    )

    expect(message).toBe(
      `The whole run (Checkout) moved +62.5%, held for 3 runs; commits https://github.com/o/r/compare/${'a'.repeat(40)}...${'b'.repeat(40)}, #77.`
    )
  })
})
