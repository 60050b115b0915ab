import { describe, expect, it } from '@jest/globals'
import { parseRunMetrics } from '../../src/metrics/figures.js'
import { scanRunMetrics } from '../../src/metrics/metrics-scan.js'
import type { RunMetrics } from '../../src/metrics/model.js'
import { asRecordedRun, recordedSteps, StepTable } from '../../src/metrics/recorded-run.js'
import { runOf } from '../verdict/runs.js'

/** A run with what a real file holds: several track items, a region, a source, odd titles. */
function sample(): RunMetrics {
  const run = runOf([
    {
      id: 'ti_1',
      title: 'Shop "main" \\ café',
      steps: [
        { stepId: 's1', title: 'GET /api/cart/{id}', p95: 187.23456789012346, errors: 3 },
        { stepId: 's2', title: 'Überweisung ✓ \u0007 tab\tend', p95: 0.1 + 0.2, errors: 0 },
        { stepId: 's3', title: '', p95: 1234567890123456800, requestsSent: 0 }
      ]
    },
    { id: 'ti_2', title: 'Pay', steps: [] },
    { id: 'ti_3', title: 'Browse', steps: [{ stepId: 's1', title: 'Home', p95: 5e-7 }] }
  ])
  run.trackItems[0].region = 'westeurope'
  run.source = { repository: 'octo/repo', sha: 'abc', workflowRunId: '7' }
  return run
}

/** What the history holds of the text, read the ordinary way and by the scan, with one table. */
function readBoth(text: string) {
  const table = new StepTable()
  const scanned = scanRunMetrics(Buffer.from(text), table)
  let parsed: RunMetrics | string
  try {
    parsed = asRecordedRun(parseRunMetrics(text, 'metrics.json'), table)
  } catch (error) {
    parsed = (error as Error).message
  }
  return { scanned, parsed }
}

function expectSameRun(scanned: RunMetrics | undefined, parsed: RunMetrics | string): void {
  expect(scanned).toBeDefined()
  expect(typeof parsed).not.toBe('string')
  const [a, b] = [scanned!, parsed as RunMetrics]
  expect(Object.keys(a)).toEqual(Object.keys(b))
  expect(a).toEqual(b)
  expect(recordedSteps(a)).toEqual(recordedSteps(b))
  expect(a.trackItems.map((item) => Object.keys(item))).toEqual(
    b.trackItems.map((item) => Object.keys(item))
  )
}

describe('a metrics.json scanned from its bytes', () => {
  it('holds the same run as the parsed file, written compactly or indented', () => {
    for (const text of [JSON.stringify(sample()), JSON.stringify(sample(), null, 2)]) {
      const { scanned, parsed } = readBoth(text)
      expectSameRun(scanned, parsed)
      expect(scanned!.trackItems[0].steps[1].title).toBe('Überweisung ✓ \u0007 tab\tend')
    }
  })

  it('reads numbers as JSON.parse reads them, however they are written', () => {
    const numbers = ['0', '-0', '12', '1.5', '0.30000000000000004', '1e3', '2.5E-7', '-1.25e+2']
    for (const written of [...numbers, '9007199254740993', '123456789.123456789012345']) {
      const text = JSON.stringify(sample()).replace(/"p95":[^,]*/, `"p95":${written}`)
      expect(text).toContain(`"p95":${written},`)
      const { scanned, parsed } = readBoth(text)
      expectSameRun(scanned, parsed)
      expect(recordedSteps(scanned!)!.p95[0]).toBe(JSON.parse(written))
    }
  })

  it('leaves to the parser every file it would refuse, so that the parser says why', () => {
    const good = JSON.stringify(sample())
    const errors = '"errors":3,"errorRate":3'
    const broken = [
      good.slice(0, -1),
      `${good} x`,
      `\ufeff${good}`,
      good.replace(errors, `${errors},`),
      good.replace(errors, '"errorRate":3'),
      good.replace(errors, '"errors":"3","errorRate":3'),
      good.replace(errors, '"errors":1e999,"errorRate":3'),
      good.replace(errors, '"errors":03,"errorRate":3'),
      good.replace(errors, '"errors":3.,"errorRate":3'),
      good.replace('"stepId":"s1"', '"stepId":1'),
      good.replace('"title":"Home"', '"title":"Ho\u0001me"'),
      good.replace('"trackItemId":"ti_2"', '"trackItemId":null'),
      good.replace('"schema":"leapwork-performance-metrics"', '"schema":"other"'),
      good.replace('"runId":', '"runId":true,"x":'),
      '[]',
      ''
    ]
    for (const text of broken) {
      const { scanned, parsed } = readBoth(text)
      expect(scanned).toBeUndefined()
      expect(typeof parsed).toBe('string')
    }
  })

  it('leaves to the parser a file whose keys it does not read as the parser would', () => {
    const good = JSON.stringify(sample())
    const errors = '"errors":3,"errorRate":3'
    const unusual = [
      good.replace(errors, `${errors},"errors":4`),
      good.replace(errors, `${errors},"__proto__":{"p95":1}`),
      good.replace('{"trackItemId":"ti_2","title":"Pay",', '{"title":"Pay","trackItemId":"ti_2",'),
      good
        .replace('"trackItemId":"ti_3","title":"Browse"', '"title":"Browse"')
        .replace('"region":"westeurope"', '"region":"westeurope","trackItemId":"ti_9"')
    ]
    for (const text of unusual) {
      const { scanned, parsed } = readBoth(text)
      if (scanned === undefined) continue
      expectSameRun(scanned, parsed)
    }
    expect(readBoth(unusual[0]).scanned).toBeUndefined()
    expect(readBoth(unusual[1]).scanned).toBeUndefined()
  })
})
