/**
 * JUnit XML for test reporters: one test case per step, failed by the breaches and regressions that
 * concern it, and one "run" test case for what concerns the whole run.
 *
 * A step's time is its average response time in seconds: JUnit's time is how long one execution of
 * a test took, which the average describes, while p95 is a tail figure that reporters would add up
 * into a meaningless total. The p95 and every other figure is in the failure text, the summary and
 * metrics.json.
 */

import type { Breach, RegressedStep } from '../verdict/types.js'
import {
  allSteps,
  indexSteps,
  stepKey,
  stripControlCharacters,
  type PresentationInput,
  type StepView
} from './format.js'
import { formatMs, formatPercent } from '../number-format.js'
import { formatMetric } from '../verdict/thresholds.js'

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
  const timeline = metrics.timelineTitle || metrics.timelineId
  const suiteName = input.name ? `${timeline} (${input.name})` : timeline
  const steps = allSteps(metrics)
  const index = indexSteps(steps)
  const stepFailures = new Map<StepView, Failure[]>()
  const runCase: TestCase = {
    classname: suiteName,
    name: 'run',
    seconds: metrics.durationSeconds,
    failures: [],
    error: verdict.result === 'error' ? verdict.reason : undefined
  }
  const fileUnder = (
    trackItemId: string | undefined,
    stepId: string | undefined,
    failure: Failure
  ) => {
    const view = stepId === undefined ? undefined : index.get(stepKey(trackItemId, stepId))
    const failures = view ? stepFailures.get(view) : runCase.failures
    if (failures) failures.push(failure)
    else if (view) stepFailures.set(view, [failure])
  }
  for (const breach of verdict.breaches) {
    fileUnder(breach.trackItemId, breach.stepId, thresholdFailure(breach))
  }
  // While the gate is learning its findings are warnings: they fail no test case.
  const learning = verdict.baseline?.learning !== undefined
  for (const regression of learning ? [] : verdict.regressions) {
    fileUnder(regression.trackItemId, regression.stepId, regressionFailure(regression))
  }
  for (const finding of learning ? [] : (verdict.baseline?.runRegressions ?? [])) {
    runCase.failures.push({
      type: 'regression',
      message: finding.message,
      details: finding.message
    })
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
  const timestamp = metrics.startedAt ? ` timestamp="${attribute(metrics.startedAt)}"` : ''
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="Leapwork Performance" ${counts} ${time}>`,
    `  <testsuite name="${attribute(suiteName)}" ${counts} skipped="0" ${time}${timestamp}>`,
    '    <properties>',
    property('leapwork.runId', metrics.runId),
    property('leapwork.timelineId', metrics.timelineId),
    property('leapwork.status', metrics.status),
    property('leapwork.result', verdict.result),
    property('leapwork.reason', verdict.reason),
    '    </properties>',
    ...cases.map(testCaseXml),
    '  </testsuite>',
    '</testsuites>',
    ''
  ].join('\n')
}

function thresholdFailure(breach: Breach): Failure {
  const { criterion, value } = breach
  return {
    type: 'threshold',
    message: breach.message,
    details: `Criterion: ${criterion.source}\nMeasured ${criterion.metric}: ${formatMetric(criterion.metric, value)}`
  }
}

function regressionFailure(comparison: RegressedStep): Failure {
  const change = p95Change(comparison)
  const limit =
    comparison.limitPercent === undefined
      ? ''
      : `\nLimit in this run: ${formatPercent(comparison.limitPercent, { signed: true })}`
  return {
    type: 'regression',
    message: comparison.message,
    details: `Baseline p95 → current p95: ${change}${limit}`
  }
}

/** `120 ms → 180 ms (+60 ms, +50%)` */
function p95Change(comparison: RegressedStep): string {
  const from = formatMs(comparison.baselineP95)
  const to = formatMs(comparison.currentP95)
  const deltaMs = formatMs(comparison.deltaMs, { signed: true })
  const deltaPercent = formatPercent(comparison.deltaPercent, { signed: true })
  return `${from} → ${to} (${deltaMs}, ${deltaPercent})`
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
