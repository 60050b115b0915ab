import { describe, expect, it } from '@jest/globals'
import { criteriaFromLimits, parseThresholds } from '../../src/verdict/threshold-grammar.js'

const only = (line: string) => {
  const { criteria, errors } = parseThresholds(line)
  expect(errors).toEqual([])
  expect(criteria).toHaveLength(1)
  return criteria[0]
}

const errorOf = (text: string) => {
  const { criteria, errors } = parseThresholds(text)
  expect(criteria).toEqual([])
  expect(errors).toHaveLength(1)
  return errors[0]
}

describe('parseThresholds', () => {
  it('reads an unscoped time criterion as applying across the run', () => {
    expect(only('p95 < 800')).toEqual({
      source: 'p95 < 800',
      scope: { kind: 'run' },
      metric: 'p95',
      comparator: '<',
      limit: 800
    })
  })

  it.each([
    ['p95 < 800ms', 800],
    ['p95<800 ms', 800],
    ['p95 < 1.5s', 1500],
    ['p95 < 0.8S', 800],
    ['p95 < .5s', 500]
  ])('turns %s into %d milliseconds', (line, limit) => {
    expect(only(line).limit).toBe(limit)
  })

  it('reads an error rate with or without %', () => {
    expect(only('error-rate < 1%')).toMatchObject({ metric: 'error-rate', limit: 1 })
    expect(only('error-rate < 0.5')).toMatchObject({ metric: 'error-rate', limit: 0.5 })
  })

  it.each([
    ['<', '<'],
    ['<=', '<='],
    ['>', '>'],
    ['>=', '>='],
    ['==', '=='],
    ['!=', '!=']
  ])('accepts the comparator %s', (comparator, expected) => {
    expect(only(`errors ${comparator} 3`).comparator).toBe(expected)
  })

  it.each([
    ['avg', 'average'],
    ['med', 'median'],
    ['p50', 'median'],
    ['error_rate', 'error-rate'],
    ['errorRate', 'error-rate'],
    ['P99', 'p99'],
    ['min', 'min'],
    ['max', 'max'],
    ['p90', 'p90'],
    ['requests', 'requests']
  ])('takes %s as %s', (alias, metric) => {
    expect(only(`${alias} > 1`).metric).toBe(metric)
  })

  it('scopes a criterion to steps by a quoted title glob', () => {
    expect(only('"POST /api/login": p95 < 200')).toMatchObject({
      scope: { kind: 'step', titleGlob: 'POST /api/login' },
      metric: 'p95',
      limit: 200
    })
    expect(only(`'GET /api/*' : p99 <= 1000`)).toMatchObject({
      scope: { kind: 'step', titleGlob: 'GET /api/*' },
      comparator: '<=',
      limit: 1000
    })
  })

  it('keeps a colon or # inside a quoted title', () => {
    expect(only('"GET /a:b#c": p95 < 1').scope).toEqual({ kind: 'step', titleGlob: 'GET /a:b#c' })
  })

  it('scopes a criterion to a track item', () => {
    expect(only('track-item ti_001: error-rate < 2%')).toMatchObject({
      scope: { kind: 'track-item', trackItemId: 'ti_001' },
      metric: 'error-rate',
      limit: 2
    })
    expect(only('track-item "ti 002":p95<5').scope).toEqual({
      kind: 'track-item',
      trackItemId: 'ti 002'
    })
  })

  it('skips blank lines and comments and drops a trailing comment from the source', () => {
    const { criteria, errors } = parseThresholds(
      '# gates\n\n  p95 < 800  # everyone\r\n   \n error-rate < 1%\n'
    )
    expect(errors).toEqual([])
    expect(criteria.map((criterion) => criterion.source)).toEqual(['p95 < 800', 'error-rate < 1%'])
  })

  it('reports every bad line and keeps the good ones', () => {
    const { criteria, errors } = parseThresholds('p95 < 800\np96 < 800\nmax < 1\np95 800')
    expect(criteria.map((criterion) => criterion.metric)).toEqual(['p95', 'max'])
    expect(errors).toHaveLength(2)
    expect(errors[0]).toMatch(/^Line 2 `p96 < 800`: /)
    expect(errors[1]).toMatch(/^Line 4 `p95 800`: /)
  })

  it.each([
    ['p96 < 800', 'unknown metric "p96"; expected one of min, average (avg)'],
    ['p95 800', 'expected a comparator (<, <=, >, >=, ==, !=) after p95, found "800"'],
    ['p95 =< 800', 'expected a comparator (<, <=, >, >=, ==, !=) after p95, found "=<"'],
    ['p95 <', 'expected a number after "<", found nothing'],
    ['p95 < fast', 'expected a number after "<", found "fast"'],
    ['p95 < -5', 'expected a number after "<", found "-5"'],
    ['p95 < 800 and more', 'unexpected "and more" after 800; expected the end of the line'],
    ['p95 < 8h', 'unknown unit "h" after 8; expected ms, s or %'],
    ['avg < 8ms5', 'unknown unit "ms5" after 8'],
    ['avg 800', 'expected a comparator (<, <=, >, >=, ==, !=) after avg, found "800"'],
    ['p95 < 800 seconds', 'unexpected "seconds" after 800'],
    ['p95 < 80%', 'p95 is a time; expected milliseconds'],
    ['error-rate < 1ms', 'error-rate is a percentage'],
    ['errors < 5%', 'errors is a count; expected a plain number'],
    ['< 800', 'expected a metric (min, average (avg)'],
    ['"POST /api/login: p95 < 200', 'the quoted step title is not closed; expected a closing "'],
    ['"POST /api/login" p95 < 200', 'expected ":" after the quoted step title'],
    ['"": p95 < 200', 'the quoted step title is empty'],
    ['"GET /items[": p95 < 200', '"GET /items[" is not a valid title glob: Missing closing: "]"'],
    ['"GET /a/(x": p95 < 200', '"GET /a/(x" is not a valid title glob'],
    ['track-item: p95 < 1', 'expected a track item ID after "track-item"'],
    ['track-item ti_001 p95 < 1', 'expected ":" after the track item ID "ti_001"'],
    ['POST /api/login: p95 < 200', 'a step title must be quoted']
  ])('explains what is wrong with `%s`', (line, message) => {
    const error = errorOf(`# header\n${line}`)
    expect(error.startsWith(`Line 2 \`${line}\`: `)).toBe(true)
    expect(error).toContain(message)
  })
})

describe('criteriaFromLimits', () => {
  it('turns max-p95-ms into a per-step p95 limit and max-error-rate into a run limit', () => {
    expect(criteriaFromLimits({ maxP95Ms: 800, maxErrorRate: 1.5 })).toEqual([
      {
        source: 'max-p95-ms: 800',
        scope: { kind: 'run' },
        metric: 'p95',
        comparator: '<=',
        limit: 800
      },
      {
        source: 'max-error-rate: 1.5',
        scope: { kind: 'run' },
        metric: 'error-rate',
        comparator: '<=',
        limit: 1.5
      }
    ])
  })

  it('gives nothing when no limit is set', () => {
    expect(criteriaFromLimits({})).toEqual([])
    expect(criteriaFromLimits({ maxErrorRate: 0 })).toHaveLength(1)
  })
})
