import { describe, expect, it } from '@jest/globals'
import { checkCriteria, evaluateCriteria, unmatchedCriteria } from '../../src/verdict/thresholds.js'
import { criteriaFromLimits, parseThresholds } from '../../src/verdict/threshold-grammar.js'
import { runOf } from './runs.js'

const run = runOf([
  {
    id: 'ti_001',
    title: 'Login Flow',
    steps: [
      { stepId: 's1', title: 'POST /api/login', p95: 912, requestsSent: 1000, errors: 30 },
      { stepId: 's2', title: 'GET /api/users/42', p95: 450, p99: 1200, requestsSent: 1000 }
    ]
  },
  {
    id: 'ti_002',
    title: 'Browse',
    steps: [
      { stepId: 's3', title: 'GET /api/products', p95: 300, requestsSent: 2000, errors: 10 },
      { stepId: 's4', title: 'GET /static/app.js', p95: 20, requestsSent: 4000 }
    ]
  }
])

const criteria = (text: string) => {
  const parsed = parseThresholds(text)
  expect(parsed.errors).toEqual([])
  return parsed.criteria
}

const messages = (text: string) =>
  evaluateCriteria(run, criteria(text)).map((breach) => breach.message)

describe('evaluateCriteria', () => {
  it('checks an unscoped time criterion on every step and names each breaching step', () => {
    expect(messages('p95 < 400')).toEqual([
      'Step "POST /api/login" (Login Flow): p95 was 912 ms, limit < 400 ms',
      'Step "GET /api/users/42" (Login Flow): p95 was 450 ms, limit < 400 ms'
    ])
  })

  it('tells where a breach is', () => {
    const [breach] = evaluateCriteria(run, criteria('p95 < 800'))
    expect(breach).toMatchObject({
      trackItemId: 'ti_001',
      stepId: 's1',
      stepTitle: 'POST /api/login',
      value: 912,
      criterion: { source: 'p95 < 800' }
    })
  })

  it('gives no breach when every criterion holds', () => {
    expect(messages('p95 < 1000\nerror-rate < 1%\nrequests >= 8000\np99 != 0')).toEqual([])
  })

  it('checks an unscoped error-rate, errors and requests on the run totals', () => {
    // 40 errors in 8000 requests is 0.5% of the run, though one step is at 3%
    expect(messages('error-rate < 0.5%\nerrors <= 39\nrequests > 8000')).toEqual([
      'Run: error-rate was 0.5%, limit < 0.5%',
      'Run: errors was 40, limit <= 39',
      'Run: requests was 8,000, limit > 8,000'
    ])
    expect(messages('error-rate < 1%')).toEqual([])
  })

  it('matches a step title glob across slashes and checks only those steps', () => {
    expect(messages('"GET /api/*": p95 < 400')).toEqual([
      'Step "GET /api/users/42" (Login Flow): p95 was 450 ms, limit < 400 ms'
    ])
    expect(messages('"*login": error-rate < 2')).toEqual([
      'Step "POST /api/login" (Login Flow): error-rate was 3%, limit < 2%'
    ])
  })

  it('matches a whole title exactly, not a part of it', () => {
    expect(messages('"GET /api/products": p95 < 100')).toHaveLength(1)
    expect(messages('"GET /api": p95 < 100\n"api/products": p95 < 100')).toEqual([])
  })

  it('checks a track item time criterion on each of its steps', () => {
    expect(messages('track-item ti_002: p95 < 100')).toEqual([
      'Step "GET /api/products" (Browse): p95 was 300 ms, limit < 100 ms'
    ])
  })

  it('checks a track item error criterion on the track item totals', () => {
    expect(messages('track-item ti_001: error-rate < 1%\ntrack-item ti_002: errors == 0')).toEqual([
      'Track item "Login Flow" (ti_001): error-rate was 1.5%, limit < 1%',
      'Track item "Browse" (ti_002): errors was 10, limit == 0'
    ])
  })

  it('applies max-p95-ms and max-error-rate as inclusive limits', () => {
    const limits = criteriaFromLimits({ maxP95Ms: 450, maxErrorRate: 0.4 })
    expect(evaluateCriteria(run, limits).map((breach) => breach.message)).toEqual([
      'Step "POST /api/login" (Login Flow): p95 was 912 ms, limit <= 450 ms',
      'Run: error-rate was 0.5%, limit <= 0.4%'
    ])
  })

  it('writes small rates readably', () => {
    const rare = runOf([
      { id: 't', title: 'T', steps: [{ stepId: 'a', title: 'A', requestsSent: 30000, errors: 1 }] }
    ])
    const [breach] = evaluateCriteria(rare, criteria('error-rate == 0'))
    expect(breach.message).toBe('Run: error-rate was <0.01%, limit == 0%')
  })
})

describe('unmatchedCriteria', () => {
  it('returns scoped criteria that match no step, so the caller can warn', () => {
    const all = criteria(
      'p95 < 1\n"GET /api/*": p95 < 1\n"DELETE /*": p95 < 1\ntrack-item ti_009: errors < 1\ntrack-item ti_001: p95 < 1'
    )
    expect(unmatchedCriteria(checkCriteria(run, all)).map((criterion) => criterion.source)).toEqual(
      ['"DELETE /*": p95 < 1', 'track-item ti_009: errors < 1']
    )
  })

  it('does not count an unmatched criterion as a breach', () => {
    expect(messages('"DELETE /*": p95 < 1')).toEqual([])
  })

  it('counts a track item without steps as matched for its totals only', () => {
    const idle = runOf([{ id: 'ti_idle', title: 'Idle', steps: [] }])
    const all = criteria('track-item ti_idle: requests > 0\ntrack-item ti_idle: p95 < 1')
    expect(
      unmatchedCriteria(checkCriteria(idle, all)).map((criterion) => criterion.source)
    ).toEqual(['track-item ti_idle: p95 < 1'])
    expect(evaluateCriteria(idle, all).map((breach) => breach.message)).toEqual([
      'Track item "Idle" (ti_idle): requests was 0, limit > 0'
    ])
  })
})
