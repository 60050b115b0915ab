import { describe, expect, it } from '@jest/globals'
import { ShapeError, redact } from '../../src/leapwork/errors.js'
import {
  canonicalStatus,
  decodeJson,
  parseDataItem,
  parseRunStarted,
  parseRunStatus,
  parseTextAnswer,
  parseTimeline,
  parseTimelineSummaries
} from '../../src/leapwork/parse.js'

const step = {
  stepId: 'step_001',
  title: 'POST /api/login',
  errors: 0,
  requestsSent: 1500,
  min: 12,
  max: 480,
  average: 45,
  median: 38,
  p90: 80,
  p95: 120,
  p99: 250
}

function shapeProblem(read: () => unknown): string {
  try {
    read()
  } catch (error) {
    expect(error).toBeInstanceOf(ShapeError)
    return (error as Error).message
  }
  throw new Error('expected a ShapeError')
}

describe('lenient parsing', () => {
  it('reads numbers and booleans sent as strings', () => {
    const status = parseRunStatus({
      status: 'Finished',
      metadata: [{ trackItemId: 'ti_001', metadata: [{ ...step, p95: '120', errors: '3' }] }]
    })
    const timeline = parseTimeline({
      projectId: 'p1',
      timeline: { trackItems: [], isRunEnabled: 'false' },
      plannedRunTime: '360',
      estimatedVum: '150.5'
    })

    expect(status.metadata?.[0].metadata[0]).toMatchObject({ p95: 120, errors: 3 })
    expect(timeline).toMatchObject({ plannedRunTime: 360, estimatedVum: 150.5 })
    expect(timeline.timeline.isRunEnabled).toBe(false)
  })

  it("reads a timeline's negative estimate or planned run time as not given", () => {
    const timeline = parseTimeline({
      timeline: { trackItems: [] },
      plannedRunTime: -60,
      estimatedVum: '-150'
    })

    expect(timeline).toMatchObject({ plannedRunTime: 0, estimatedVum: 0 })
  })

  it('keeps fields it does not know, at every level', () => {
    const status = parseRunStatus({
      status: 'Running',
      progress: 0.4,
      metadata: [{ trackItemId: 'ti_001', region: 'eastus', metadata: [{ ...step, p75: 60 }] }]
    })

    expect(status).toMatchObject({ progress: 0.4 })
    expect(status.metadata?.[0]).toMatchObject({ region: 'eastus' })
    expect(status.metadata?.[0].metadata[0]).toMatchObject({ p75: 60 })
  })

  it.each([
    ['finished', 'Finished'],
    ['STOPPED', 'Stopped'],
    [' failed ', 'Failed'],
    ['authenticating', 'Authenticating'],
    ['preparing', 'Preparing'],
    ['RUNNING', 'Running'],
    ['Queued', 'Queued']
  ])('reads status %j as %j', (sent, expected) => {
    expect(canonicalStatus(sent)).toBe(expected)
    expect(parseRunStatus({ status: sent }).status).toBe(expected)
  })

  it('unwraps text answers sent as JSON strings and keeps plain text as it is', () => {
    expect(parseTextAnswer('"Stopped run run_x7k2m"')).toBe('Stopped run run_x7k2m')
    expect(parseTextAnswer('Stopped run run_x7k2m')).toBe('Stopped run run_x7k2m')
    expect(parseTextAnswer('"line one\\nline two"')).toBe('line one\nline two')
  })

  it('unwraps a JSON answer that was encoded twice', () => {
    expect(decodeJson(JSON.stringify(JSON.stringify({ status: 'Running' })))).toEqual({
      status: 'Running'
    })
  })

  it('reads data item rows sent as a JSON string', () => {
    const item = parseDataItem({
      assetId: 'dataitem_123',
      text: JSON.stringify([{ email: 'a@example.com', role: 'Admin' }])
    })

    expect(item.text).toEqual([{ email: 'a@example.com', role: 'Admin' }])
  })

  it('fills documented fields the server left out with neutral values', () => {
    const timeline = parseTimeline({
      projectId: 'project_001',
      timeline: { trackItems: [{ id: 'ti_001', region: 'westeurope' }], isRunEnabled: true }
    })

    expect(timeline.timeline.tracks).toEqual([])
    expect(timeline.timeline.trackItems[0]).toMatchObject({
      id: 'ti_001',
      title: 'ti_001',
      load: []
    })
    expect(parseRunStarted({ runId: 'r1', pollResultUrl: '/p' })).toMatchObject({
      status: 'Preparing',
      trackItems: []
    })
  })

  it('accepts IDs sent as numbers', () => {
    expect(parseTimelineSummaries([{ timelineId: 42, title: 'T' }])[0].timelineId).toBe('42')
  })
})

describe('required fields', () => {
  it('names what a started run lacks', () => {
    expect(shapeProblem(() => parseRunStarted({ pollResultUrl: '/p' }))).toBe('runId is missing')
    expect(shapeProblem(() => parseRunStarted({ runId: 'r1' }))).toBe('pollResultUrl is missing')
  })

  it('does not take a missing figure for zero: the step is left out, with a warning', () => {
    const withoutP95: Record<string, unknown> = { ...step }
    delete withoutP95.p95

    const result = parseRunStatus({
      status: 'Finished',
      metadata: [{ trackItemId: 't', metadata: [withoutP95, { ...step, stepId: 's2' }] }]
    })

    expect(result.metadata?.[0].metadata.map((kept) => kept.stepId)).toEqual(['s2'])
    expect(result.warnings).toEqual([
      "The run's answer has a malformed step at metadata[0].metadata[0], left out: metadata[0].metadata[0].p95 is missing."
    ])
  })

  it('leaves out a step whose figure is not a number, and keeps the rest of the run', () => {
    const result = parseRunStatus({
      status: 'Finished',
      metadata: [
        { trackItemId: 't', metadata: [{ ...step, p99: 'n/a' }] },
        { trackItemId: 'u', metadata: [step] }
      ],
      excelReportUrl: '/api/integration/downloadRunReport?runId=r1'
    })

    expect(result.status).toBe('Finished')
    expect(result.metadata?.map((group) => group.metadata.length)).toEqual([0, 1])
    expect(result.excelReportUrl).toBe('/api/integration/downloadRunReport?runId=r1')
    expect(result.warnings).toEqual([
      'The run\'s answer has a malformed step at metadata[0].metadata[0], left out: metadata[0].metadata[0].p99 is not a number: "n/a".'
    ])
  })

  it('leaves aside a report URL that is not a string, with a warning, not the run', () => {
    const result = parseRunStatus({
      status: 'Finished',
      excelReportUrl: { href: 'x' },
      aiAnalysisReportUrl: '/api/integration/downloadAiAnalysisReport?runId=r1'
    })

    expect(result.excelReportUrl).toBeUndefined()
    expect(result.aiAnalysisReportUrl).toBe('/api/integration/downloadAiAnalysisReport?runId=r1')
    expect(result.warnings).toEqual([
      'The run\'s excelReportUrl was left aside: it is not a URL but {"href":"x"}.'
    ])
  })

  it('treats a terminal status whose metadata is not a list as one without figures, with a warning', () => {
    const result = parseRunStatus({
      status: 'Finished',
      metadata: { trackItemId: 't' },
      excelReportUrl: '/api/integration/downloadRunReport?runId=r1'
    })

    expect(result.status).toBe('Finished')
    expect(result.metadata).toBeUndefined()
    expect(result.excelReportUrl).toBe('/api/integration/downloadRunReport?runId=r1')
    expect(result.warnings).toEqual([
      'The run\'s metadata was left aside: it is not a list but {"trackItemId":"t"}.'
    ])
  })

  it('keeps a started run whose estimate and planned run time do not read, as not given', () => {
    const started = parseRunStarted({
      runId: 'r1',
      pollResultUrl: '/p',
      status: 'Preparing',
      estimatedVum: 'n/a',
      plannedRunTime: {}
    })

    expect(started).toMatchObject({ runId: 'r1', pollResultUrl: '/p', status: 'Preparing' })
    expect(started.estimatedVum).toBe(0)
    expect(started.plannedRunTime).toBe(0)
    expect(started.warnings).toEqual([
      'The run\'s estimatedVum was left aside: it is not a number but "n/a".',
      "The run's plannedRunTime was left aside: it is not a number but {}."
    ])
  })

  it('reads a negative estimate or planned run time of a started run as not given, with a warning', () => {
    const started = parseRunStarted({
      runId: 'r1',
      pollResultUrl: '/p',
      estimatedVum: -5,
      plannedRunTime: '-300'
    })

    expect([started.estimatedVum, started.plannedRunTime]).toEqual([0, 0])
    expect(started.warnings).toEqual([
      "The run's estimatedVum was left aside: it is negative (-5).",
      "The run's plannedRunTime was left aside: it is negative (-300)."
    ])
  })

  it('leaves out a malformed track item of a started run, and keeps the others', () => {
    const started = parseRunStarted({
      runId: 'r1',
      pollResultUrl: '/p',
      estimatedVum: 25,
      trackItems: [{ sequenceName: 'Checkout' }, 'ti_002', { trackItemId: 'ti_003' }]
    })

    expect(started.estimatedVum).toBe(25)
    expect(started.trackItems.map((item) => item.trackItemId)).toEqual(['ti_003'])
    expect(started.warnings).toEqual([
      "The run's answer has a malformed track item at trackItems[0], left out: trackItems[0].trackItemId is missing.",
      "The run's answer has a malformed track item at trackItems[1], left out: trackItems[1] is not an object."
    ])
  })

  it('keeps a started run whose track items are not a list, with a warning', () => {
    const started = parseRunStarted({ runId: 'r1', pollResultUrl: '/p', trackItems: 'ti_001' })

    expect(started.trackItems).toEqual([])
    expect(started.warnings).toEqual([
      'The run\'s trackItems was left aside: it is not a list but "ti_001".'
    ])
  })

  it('still requires the status', () => {
    expect(shapeProblem(() => parseRunStatus({ metadata: [] }))).toBe('status is missing')
  })

  it('rejects a list answer that is not a list', () => {
    expect(shapeProblem(() => parseTimelineSummaries({ timelines: [] }))).toBe(
      'the answer is not a list'
    )
  })

  it('tells an empty answer from one that is not JSON', () => {
    expect(shapeProblem(() => decodeJson(''))).toBe('the answer is empty')
    expect(shapeProblem(() => decodeJson('<html>'))).toBe('the answer is not JSON')
  })
})

describe('server numbers', () => {
  const withP95 = (p95: unknown) =>
    parseRunStatus({
      status: 'Finished',
      metadata: [{ trackItemId: 'ti_1', metadata: [{ ...step, p95 }] }]
    })

  it.each([
    [120, 120],
    ['120', 120],
    [' 12.5 ', 12.5],
    ['.5', 0.5]
  ])('reads %j as %d', (value, expected) => {
    expect(withP95(value).metadata?.[0].metadata[0].p95).toBe(expected)
  })

  it.each([
    ['0x10', 'is not a number: "0x10"'],
    ['1e3', 'is not a number: "1e3"'],
    ['Infinity', 'is not a number: "Infinity"'],
    ['', 'is not a number: ""'],
    [1e308, 'is out of range: 1e+308'],
    ['99999999999999999999', 'is out of range: "99999999999999999999"']
  ])('leaves a step with p95 %j out, saying why', (value, problem) => {
    const status = withP95(value)

    expect(status.metadata?.[0].metadata).toEqual([])
    expect(status.warnings).toEqual([
      `The run's answer has a malformed step at metadata[0].metadata[0], left out: metadata[0].metadata[0].p95 ${problem}.`
    ])
  })

  it('leaves a planned run time out of range aside, with a warning', () => {
    const started = parseRunStarted({ runId: 'r1', pollResultUrl: '/p', plannedRunTime: 1e308 })

    expect(started.plannedRunTime).toBe(0)
    expect(started.warnings).toEqual([
      "The run's plannedRunTime was left aside: 1e+308 is out of range (at most 9007199254740991)."
    ])
  })
})

describe('redact', () => {
  it('masks the key, its URL-encoded form and any X-API-KEY header value', () => {
    const key = 'rik_a/b+c'
    const text = `key ${key} encoded ${encodeURIComponent(key)} header X-API-KEY rik_someone_else.`

    expect(redact(text, [key, encodeURIComponent(key)])).toBe(
      'key *** encoded *** header X-API-KEY ***'
    )
  })

  it('leaves text without secrets alone', () => {
    expect(redact('nothing to hide', ['rik_secret', ''])).toBe('nothing to hide')
  })
})
