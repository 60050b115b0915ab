import { describe, it, expect } from '@jest/globals'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { renderJUnit } from '../../src/present/junit.js'
import {
  makeMetrics,
  makeVerdict,
  p95Breach,
  regressed as regressedStep,
  runErrorRateBreach,
  withTotals
} from './factory.js'

interface ParsedCase {
  classname: string
  name: string
  time: string
  failure?: { message: string; type: string }[]
  error?: { message: string; type: string }[]
}

interface ParsedSuite {
  name: string
  tests: string
  failures: string
  errors: string
  testcase: ParsedCase[]
}

function parse(xml: string): ParsedSuite {
  expect(XMLValidator.validate(xml)).toBe(true)
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    textNodeName: 'text',
    isArray: (name) => ['testsuite', 'testcase', 'failure', 'error'].includes(name)
  })
  return parser.parse(xml).testsuites.testsuite[0]
}

function caseNamed(suite: ParsedSuite, name: string): ParsedCase {
  const found = suite.testcase.find((testCase) => testCase.name === name)
  if (!found) throw new Error(`no test case ${name}`)
  return found
}

describe('renderJUnit', () => {
  it('has a test case per step plus the run, with failures where they belong', () => {
    const metrics = makeMetrics(6, { trackItems: 2 })
    const [first, second] = metrics.trackItems
    const breached = first.steps[1]
    const regressed = second.steps[0]
    const verdict = makeVerdict({
      result: 'failed',
      reason: '2 thresholds breached, 1 step regressed',
      breaches: [p95Breach(first, breached, 100), runErrorRateBreach(3, 1)],
      regressions: [regressedStep(second, regressed, regressed.p95 / 3)]
    })
    const suite = parse(renderJUnit({ metrics, verdict }))

    expect(suite.name).toBe('Checkout Load Test')
    expect(suite.testcase).toHaveLength(7)
    expect([suite.tests, suite.failures, suite.errors]).toEqual(['7', '3', '0'])

    const breachedCase = caseNamed(suite, breached.title)
    expect(breachedCase.classname).toBe(first.title)
    expect(breachedCase.failure?.map((failure) => failure.type)).toEqual(['threshold'])
    expect(breachedCase.time).toBe((breached.average / 1000).toFixed(3))

    const regressedCase = caseNamed(suite, regressed.title)
    expect(regressedCase.failure?.[0].type).toBe('regression')
    expect(regressedCase.failure?.[0].message).toContain('+200%')

    const run = caseNamed(suite, 'run')
    expect(run.failure?.[0].message).toBe('Run: error-rate was 3%, limit < 1%')
    const passing = suite.testcase.filter((testCase) => !testCase.failure)
    expect(passing).toHaveLength(4)
  })

  it('reports a run that did not finish as an error on the run test case', () => {
    const metrics = withTotals({ ...makeMetrics(0), status: 'Failed' })
    const verdict = makeVerdict({ result: 'error', reason: 'the run ended with status Failed' })
    const suite = parse(renderJUnit({ metrics, verdict }))
    expect([suite.tests, suite.failures, suite.errors]).toEqual(['1', '0', '1'])
    expect(caseNamed(suite, 'run').error?.[0].message).toBe('the run ended with status Failed')
  })

  it('escapes markup and strips characters XML 1.0 forbids', () => {
    const hostile = [
      '<a href="x">&amp;</a>',
      "it's ]]> done",
      'bell\u0007 nul\u0000 esc\u001b',
      'a\uD800b'
    ]
    const metrics = makeMetrics(hostile.length, { title: (index) => hostile[index] })
    metrics.timelineTitle = 'Timeline "A" & <B>'
    const suite = parse(renderJUnit({ metrics, verdict: makeVerdict() }))
    expect(suite.name).toBe('Timeline "A" & <B>')
    const names = suite.testcase.map((testCase) => testCase.name)
    expect(names).toEqual(expect.arrayContaining([hostile[0], hostile[1], 'bell nul esc', 'ab']))
  })

  it('stays valid for 20,000 steps', () => {
    const metrics = makeMetrics(20_000, { trackItems: 4 })
    const trackItem = metrics.trackItems[2]
    const breaches = trackItem.steps.slice(0, 100).map((step) => p95Breach(trackItem, step, 1))
    const xml = renderJUnit({ metrics, verdict: makeVerdict({ result: 'failed', breaches }) })
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml.match(/<testcase /g)).toHaveLength(20_001)
    expect(xml.match(/<failure /g)).toHaveLength(100)
    expect(xml).toContain(
      '<testsuite name="Checkout Load Test" tests="20001" failures="100" errors="0"'
    )
  })
})
