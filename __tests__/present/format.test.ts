import { describe, it, expect } from '@jest/globals'
import {
  escapeMarkdownCell,
  escapeMarkdownText,
  markdownLink,
  truncate,
  trustedUrl
} from '../../src/present/markdown.js'
import { formatDuration, formatMs, formatPercent, timeUnitFor } from '../../src/number-format.js'
import { cellsOf } from './factory.js'

describe('formatMs', () => {
  it('shows milliseconds below 10 s and seconds from there', () => {
    expect(formatMs(912)).toBe('912 ms')
    expect(formatMs(2.46)).toBe('2.5 ms')
    expect(formatMs(1240)).toBe('1,240 ms')
    expect(formatMs(999.7)).toBe('1,000 ms')
    expect(formatMs(12_540)).toBe('12.5 s')
    expect(formatMs(125_000)).toBe('125 s')
  })

  it('writes every figure of a column in the unit chosen for the column', () => {
    const column = [85, 912, 12_540]
    const unit = timeUnitFor(column)
    expect(column.map((ms) => formatMs(ms, { unit }))).toEqual(['0.09 s', '0.91 s', '12.5 s'])
    const fast = [4.5, 912, 1240]
    const fastUnit = timeUnitFor(fast)
    expect(fast.map((ms) => formatMs(ms, { unit: fastUnit }))).toEqual([
      '4.5 ms',
      '912 ms',
      '1,240 ms'
    ])
  })

  it('signs deltas and marks missing figures', () => {
    expect(formatMs(60, { signed: true })).toBe('+60 ms')
    expect(formatMs(-1200, { signed: true })).toBe('-1,200 ms')
    expect(formatMs(0, { signed: true })).toBe('0 ms')
    expect(formatMs(NaN)).toBe('–')
  })
})

describe('formatPercent', () => {
  it('keeps small non-zero rates visible and trims needless decimals', () => {
    expect(formatPercent(0)).toBe('0%')
    expect(formatPercent(0.523)).toBe('0.52%')
    expect(formatPercent(1.5)).toBe('1.5%')
    expect(formatPercent(12.54)).toBe('12.5%')
    expect(formatPercent(0.0004)).toBe('<0.01%')
    expect(formatPercent(50, { signed: true })).toBe('+50%')
    expect(formatPercent(-20, { signed: true })).toBe('-20%')
  })
})

describe('formatDuration', () => {
  it('reads like a stopwatch', () => {
    expect(formatDuration(45)).toBe('45s')
    expect(formatDuration(312)).toBe('5m 12s')
    expect(formatDuration(3725)).toBe('1h 2m 5s')
  })
})

describe('truncate', () => {
  it('cuts to the length with an ellipsis and never splits an emoji', () => {
    expect(truncate('short', 10)).toBe('short')
    expect(truncate('abcdefghij', 5)).toBe('abcd…')
    const cut = truncate('abc😀def', 5)
    expect(cut).toBe('abc…')
    expect(cut.length).toBeLessThanOrEqual(5)
  })
})

describe('escapeMarkdownCell', () => {
  it('keeps hostile titles inside one table cell', () => {
    const hostile = ['a|b', '<script>alert(1)</script>', 'x `code` y', 'line1\nline2\r\nline3']
    const row = `| ${hostile.map(escapeMarkdownCell).join(' | ')} |`
    expect(cellsOf(row)).toHaveLength(hostile.length)
    expect(row).not.toContain('<script>')
    expect(row).toContain('&lt;script&gt;')
    expect(row).not.toMatch(/[\r\n]/)
    expect(row).not.toMatch(/(^|[^\\])`/)
  })

  it('stops text from starting a heading or a list', () => {
    expect(escapeMarkdownCell('# not a heading')).toBe('\\# not a heading')
    expect(escapeMarkdownCell('1. not a list')).toBe('1\\. not a list')
    expect(escapeMarkdownCell('- not a bullet')).toBe('\\- not a bullet')
  })

  it('keeps @name and @org/team from mentioning anyone, reading the same', () => {
    const escaped = escapeMarkdownCell('@acme/perf-team GET /x, ask @octocat or mail a@b.io')
    expect(escaped).not.toMatch(/@[A-Za-z0-9]/)
    expect(escaped).toBe('@&#8203;acme/perf-team GET /x, ask @&#8203;octocat or mail a@&#8203;b.io')
    expect(escapeMarkdownText('- @octocat\n@acme')).toBe('- @&#8203;octocat\n\n@&#8203;acme')
  })
})

describe('escapeMarkdownText', () => {
  it('keeps bullet lists and shows HTML as text', () => {
    const text = 'Login Flow\n- Stable </details><img src=x>\n- No spikes\n\nDone'
    const escaped = escapeMarkdownText(text)
    expect(escaped).toBe(
      'Login Flow\n\n- Stable &lt;/details&gt;&lt;img src=x&gt;\n- No spikes\n\nDone'
    )
  })
})

describe('links', () => {
  it('trusts https URLs of the expected hosts only', () => {
    const hosts = ['github.com']
    expect(trustedUrl('https://github.com/o/r/actions/runs/1', hosts)).toBe(
      'https://github.com/o/r/actions/runs/1'
    )
    expect(trustedUrl('https://GitHub.com/a b', hosts)).toBe('https://github.com/a%20b')
    for (const untrusted of [
      'javascript:alert(1)',
      'http://github.com/o/r',
      'https://tracker.example/pixel.gif',
      'https://github.com.tracker.example/x',
      'https://user:pass@github.com/x',
      'not a url'
    ]) {
      expect(trustedUrl(untrusted, hosts)).toBeUndefined()
    }
  })

  it('keeps the whole URL inside the link destination', () => {
    const url = trustedUrl('https://github.com/x)![p](https://tracker.example/p.gif', [
      'github.com'
    ])
    expect(markdownLink('run', url)).toBe(
      '[run](https://github.com/x%29![p]%28https://tracker.example/p.gif)'
    )
    expect(markdownLink('run', undefined)).toBe('run')
  })
})
