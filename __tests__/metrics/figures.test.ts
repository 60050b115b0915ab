import { describe, expect, it } from '@jest/globals'
import {
  allSteps,
  buildRunMetrics,
  parseRunMetrics,
  type RunMetricsInput
} from '../../src/metrics/figures.js'
import { METRICS_SCHEMA, METRICS_VERSION } from '../../src/metrics/model.js'
import { runOf, stepMetric } from '../verdict/runs.js'

const runInput = (): RunMetricsInput => ({
  runId: 'run_x7k2m',
  timelineId: 'timeline_123',
  timelineTitle: 'Checkout Load Test',
  projectId: 'project_001',
  status: 'Finished',
  startedAt: new Date('2026-03-01T10:00:00Z'),
  finishedAt: new Date('2026-03-01T10:06:30Z'),
  plannedRunTime: 360,
  estimatedVum: 150,
  trackItemTitles: {
    ti_001: { title: 'Login Flow', region: 'westeurope' },
    ti_002: { title: 'Browse', region: 'eastus' },
    ti_003: { title: 'Checkout' }
  },
  metadata: [
    {
      trackItemId: 'ti_001',
      metadata: [
        stepMetric(
          {
            stepId: 'step_001',
            title: 'POST /api/login',
            requestsSent: 1500,
            errors: 15,
            p95: 120
          },
          'ti_001',
          'run_x7k2m'
        ),
        stepMetric(
          { stepId: 'step_002', title: 'GET /api/me', requestsSent: 500, errors: 0, p95: 480 },
          'ti_001',
          'run_x7k2m'
        )
      ]
    },
    {
      trackItemId: 'ti_002',
      metadata: [
        stepMetric(
          { stepId: 'step_003', title: 'GET /api/products', requestsSent: 0, errors: 0, p95: 0 },
          'ti_002',
          'run_x7k2m'
        )
      ]
    }
  ],
  source: { repository: 'acme/shop', sha: 'abc123' }
})

const twoTrackItems = () => buildRunMetrics(runInput())

describe('buildRunMetrics', () => {
  it('records the run, its duration and where it came from', () => {
    const metrics = twoTrackItems()
    expect(metrics).toMatchObject({
      schema: METRICS_SCHEMA,
      version: METRICS_VERSION,
      runId: 'run_x7k2m',
      timelineTitle: 'Checkout Load Test',
      projectId: 'project_001',
      startedAt: '2026-03-01T10:00:00.000Z',
      finishedAt: '2026-03-01T10:06:30.000Z',
      durationSeconds: 390,
      source: { repository: 'acme/shop', sha: 'abc123' }
    })
  })

  it('titles track items from the run and computes each step error rate', () => {
    const metrics = twoTrackItems()
    const [login, browse] = metrics.trackItems
    expect(login).toMatchObject({
      trackItemId: 'ti_001',
      title: 'Login Flow',
      region: 'westeurope'
    })
    expect(login.steps[0]).toMatchObject({ requests: 1500, errors: 15, errorRate: 1, p95: 120 })
    expect(browse.steps[0]).toMatchObject({ requests: 0, errorRate: 0 })
  })

  it('keeps a track item that produced no figures, with no steps', () => {
    expect(twoTrackItems().trackItems[2]).toEqual({
      trackItemId: 'ti_003',
      title: 'Checkout',
      steps: []
    })
  })

  it('totals the run and names the worst p95 step', () => {
    expect(twoTrackItems().totals).toEqual({
      requests: 2000,
      errors: 15,
      errorRate: 0.75,
      worstP95: 480,
      worstP95Step: { trackItemId: 'ti_001', stepId: 'step_002', title: 'GET /api/me' }
    })
  })

  it('gives zero totals for a run without steps', () => {
    expect(runOf([]).totals).toEqual({ requests: 0, errors: 0, errorRate: 0, worstP95: 0 })
  })

  it('falls back to the track item ID when the run gave no title', () => {
    const metrics = buildRunMetrics({
      ...runInput(),
      trackItemTitles: {},
      metadata: [{ trackItemId: 'ti_009', metadata: [] }]
    })
    expect(metrics.trackItems.map((item) => item.title)).toEqual(['ti_009'])
  })

  it('lists every step with its track item', () => {
    const steps = allSteps(twoTrackItems())
    expect(steps.map(({ trackItem, step }) => `${trackItem.title}/${step.title}`)).toEqual([
      'Login Flow/POST /api/login',
      'Login Flow/GET /api/me',
      'Browse/GET /api/products'
    ])
  })
})

describe('parseRunMetrics', () => {
  const path = 'history/metrics.json'
  const parse = (content: unknown) =>
    parseRunMetrics(typeof content === 'string' ? content : JSON.stringify(content), path)

  it('reads back what buildRunMetrics built', () => {
    const metrics = twoTrackItems()
    expect(parse(metrics)).toEqual(metrics)
  })

  it('says when the text is not JSON', () => {
    expect(() => parse('{"schema": ')).toThrow(`Metrics file ${path} is not valid JSON`)
  })

  it('says when the text is some other JSON', () => {
    expect(() => parse({ name: 'package' })).toThrow(
      `Metrics file ${path} is not a Leapwork Performance metrics file: schema is undefined`
    )
  })

  it('refuses a newer version and says to update the action', () => {
    expect(() => parse({ ...twoTrackItems(), version: 2 })).toThrow(
      `Metrics file ${path} has version 2, newer than this action reads (1); update the action`
    )
  })

  it('names the field that is wrong', () => {
    const damaged = JSON.parse(JSON.stringify(twoTrackItems()))
    damaged.trackItems[0].steps[1].p95 = '480'
    expect(() => parse(damaged)).toThrow(
      `Metrics file ${path} is malformed: trackItems[0].steps[1].p95 is not a number`
    )
  })

  it('refuses a file without totals', () => {
    expect(() => parse({ ...twoTrackItems(), totals: undefined })).toThrow(
      'is malformed: totals is missing'
    )
  })
})
