/**
 * JUnit XML for test reporters: one test case per step, failed by the breaches and regressions that
 * concern it, and one "run" test case for what concerns the whole run.
 *
 * A step's time is its average response time in seconds: JUnit's time is how long one execution of
 * a test took, which the average describes, while p95 is a tail figure that reporters would add up
 * into a meaningless total. The p95 and every other figure is in the failure text, the summary and
 * metrics.json.
 */

import { allSteps, type RunStep } from '../metrics/figures.js'
import { indexSteps, stepKey, type PresentationInput } from './format.js'
import { stripControlCharacters, word } from './markdown.js'
import type { Finding } from './findings.js'
import { buildVerdictView } from './verdict-view.js'

interface Failure {
  type: 'threshold' | 'regression'
  message: string
  details: string
}

interface TestCase {
  classname: string
  name: string
  seconds: number
  failures: Failure[]
  error?: string
}

const INVALID_XML =
  /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function renderJUnit(input: PresentationInput): string {
  const { metrics, verdict } = input
  const timeline = word(metrics.timelineTitle || metrics.timelineId)
  const suiteName = input.name ? `${timeline} (${word(input.name)})` : timeline
  const steps = allSteps(metrics)
  const index = indexSteps(steps)
  const stepFailures = new Map<RunStep, Failure[]>()
  const runCase: TestCase = {
    classname: suiteName,
    name: 'run',
    seconds: metrics.durationSeconds,
    failures: [],
    error: verdict.result === 'error' ? verdict.reason : undefined
  }
  // A finding of a gate still learning fails no test case.
  for (const finding of buildVerdictView(input).findings.filter(({ blocking }) => blocking)) {
    const view = finding.step && index.get(stepKey(finding.step.trackItemId, finding.step.stepId))
    const failures = view ? stepFailures.get(view) : runCase.failures
    if (failures) failures.push(failureOf(finding))
    else if (view) stepFailures.set(view, [failureOf(finding)])
  }
  const cases: TestCase[] = [
    runCase,
    ...steps.map((view) => ({
      classname: view.trackItem.title || view.trackItem.trackItemId,
      name: view.step.title || view.step.stepId,
      seconds: view.step.average / 1000,
      failures: stepFailures.get(view) ?? []
    }))
  ]
  const errors = cases.filter((testCase) => testCase.error !== undefined).length
  const failures = cases.filter(
    (testCase) => !testCase.error && testCase.failures.length > 0
  ).length
  const counts = `tests="${cases.length}" failures="${failures}" errors="${errors}"`
  const time = `time="${seconds(metrics.durationSeconds)}"`
  const timestamp = metrics.startedAt ? ` timestamp="${attribute(word(metrics.startedAt))}"` : ''
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="Leapwork Performance" ${counts} ${time}>`,
    `  <testsuite name="${attribute(suiteName)}" ${counts} skipped="0" ${time}${timestamp}>`,
    '    <properties>',
    property('leapwork.runId', word(metrics.runId)),
    property('leapwork.timelineId', word(metrics.timelineId)),
    property('leapwork.status', word(metrics.status)),
    property('leapwork.result', verdict.result),
    property('leapwork.reason', verdict.reason),
    '    </properties>',
    ...cases.map(testCaseXml),
    '  </testsuite>',
    '</testsuites>',
    ''
  ].join('\n')
}

function failureOf(finding: Finding): Failure {
  return {
    type: finding.kind === 'breach' ? 'threshold' : 'regression',
    message: finding.message,
    details: finding.details
  }
}

function testCaseXml(testCase: TestCase): string {
  const open = `    <testcase classname="${attribute(testCase.classname)}" name="${attribute(testCase.name)}" time="${seconds(testCase.seconds)}"`
  if (testCase.failures.length === 0 && testCase.error === undefined) return `${open}/>`
  const children = testCase.failures.map(
    (failure) =>
      `      <failure message="${attribute(failure.message)}" type="${failure.type}">${text(failure.details)}</failure>`
  )
  if (testCase.error !== undefined) {
    children.push(
      `      <error message="${attribute(testCase.error)}" type="run">${text(testCase.error)}</error>`
    )
  }
  return [`${open}>`, ...children, '    </testcase>'].join('\n')
}

function property(name: string, value: string): string {
  return `      <property name="${name}" value="${attribute(value)}"/>`
}

function seconds(value: number): string {
  return Number.isFinite(value) && value > 0 ? value.toFixed(3) : '0'
}

function text(value: string): string {
  return stripControlCharacters(value)
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
}

function attribute(value: string): string {
  return text(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;')
}
