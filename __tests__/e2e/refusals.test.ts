import { describe, expect, it } from '@jest/globals'
import { FIXTURES } from '../../simulator/index.js'
import { runAction } from '../support/action-runner.js'
import { annotationMessages, useSimulator } from './setup.js'

const checkout = FIXTURES.timelines.checkout
const retail = FIXTURES.dataItems.retailUsers

function trackItems(config: Record<string, unknown>): string {
  return JSON.stringify({
    ti_001: { dataItemAssetId: retail.assetId, selectedRoles: ['User'], userCount: 2, ...config }
  })
}

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

interface Refusal {
  bad: string
  inputs: Record<string, string>
  expected: RegExp
}

const REFUSALS: Refusal[] = [
  {
    bad: 'no api-key',
    inputs: { 'api-key': '' },
    expected:
      /^Input "api-key" is required: pass your Leapwork Performance Integration API key from a secret/
  },
  {
    bad: 'no base-url',
    inputs: { 'base-url': '' },
    expected:
      /^Input "base-url" is required: the address of your Leapwork Performance API, e\.g\. https:\/\//
  },
  {
    bad: 'a base-url that is no URL',
    inputs: { 'base-url': 'perfapi.leapwork.cloud' },
    expected:
      /^Input "base-url" is not a URL: "perfapi\.leapwork\.cloud"\. Expected e\.g\. https:\/\//
  },
  {
    bad: 'an http base-url on another host',
    inputs: { 'base-url': 'http://perfapi.example.com' },
    expected:
      /^Input "base-url" must use https \(http is accepted only for localhost\): got "http:\/\/perfapi\.example\.com"/
  },
  {
    bad: 'no timeline input',
    inputs: { 'timeline-id': '' },
    expected:
      /^No timeline given: set "timeline-id" .*, or "timeline-name" together with "project-id"/
  },
  {
    bad: 'timeline-name without project-id',
    inputs: { 'timeline-id': '', 'timeline-name': checkout.title },
    expected: /^Input "timeline-name" needs "project-id"/
  },
  ...['0', '-3', '2.5', 'ten', '0x10', '0b11', '1e3', '+5'].map((value) => ({
    bad: `user-count "${value}"`,
    inputs: { 'user-count': value },
    expected: new RegExp(
      `^Input "user-count" must be a positive whole number: got "${literal(value)}"`
    )
  })),
  ...['0', '-1', 'fast', '0.05', '50ms', '0x1'].map((value) => ({
    bad: `poll-interval "${value}"`,
    inputs: { 'poll-interval': value },
    expected: new RegExp(
      `^Input "poll-interval" must be at least 0.1 s and at most 3600 s \\(an hour\\), e.g. 5, 5s or 500ms: got "${literal(value)}"`
    )
  })),
  ...['0', 'soon', '10m', '5%'].map((value) => ({
    bad: `timeout "${value}"`,
    inputs: { timeout: value },
    expected: new RegExp(
      `^Input "timeout" must be a positive number of seconds, at most 432000 s \\(5 days, the longest a GitHub job may run\\), e.g. 5, 5s or 500ms: got "${literal(value)}"`
    )
  })),
  ...[
    ['max-p95-ms', '5%', 'a positive time in milliseconds, e.g. 800, 800ms or 0.8s'],
    ['max-p95-ms', '0x10', 'a positive time in milliseconds, e.g. 800, 800ms or 0.8s'],
    ['max-error-rate', '1ms', 'a percentage from 0 to 100, e.g. 1 or 1%'],
    ['max-error-rate', '101%', 'a percentage from 0 to 100, e.g. 1 or 1%'],
    ['noise-floor-ms', '2%', 'a time of 0 or more in milliseconds, e.g. 20, 20ms or 0.02s']
  ].map(([name, value, expected]) => ({
    bad: `${name} "${value}"`,
    inputs: { [name]: value },
    expected: new RegExp(`^Input "${name}" must be ${literal(expected)}: got "${literal(value)}"`)
  })),
  {
    bad: 'track-items that is neither JSON nor YAML',
    inputs: { 'track-items': '{"ti_001": {"userCount": 2' },
    expected: /^Input "track-items" is not valid JSON or YAML: /
  },
  {
    bad: 'track-items that is not a mapping',
    inputs: { 'track-items': 'ti_001' },
    expected: /^Input "track-items" must map track item IDs to their configuration: /
  },
  {
    bad: 'track-items naming an unknown field',
    inputs: { 'track-items': trackItems({ users: 3 }) },
    expected:
      /^Input "track-items": "ti_001" has unknown field "users"; the fields are dataItemAssetId, selectedRoles, userCount, authScriptId/
  },
  ...[0, 'many'].map((userCount) => ({
    bad: `a track item's userCount ${JSON.stringify(userCount)}`,
    inputs: { 'track-items': trackItems({ userCount }) },
    expected: /^Input "track-items": the "userCount" of "ti_001" must be a positive whole number/
  })),
  ...['0', '91', '7.5', '0x1E'].map((value) => ({
    bad: `retention-days "${value}"`,
    inputs: { 'retention-days': value },
    expected: new RegExp(
      `^Input "retention-days" must be a whole number of days from 1 to 90 .*: got "${literal(value)}"`
    )
  })),
  ...[
    ['wait', 'maybe'],
    ['fail-on-breach', 'sometimes'],
    ['comment', 'y']
  ].map(([name, value]) => ({
    bad: `${name} "${value}"`,
    inputs: { [name]: value },
    expected: new RegExp(`^Input "${name}" must be true or false: got "${literal(value)}"`)
  })),
  {
    bad: 'a thresholds line that does not parse',
    inputs: { thresholds: 'p95 < 800\np95 is fast' },
    expected: /^Input "thresholds": Line 2 `p95 is fast`: expected a comparator .*, found "is"/
  }
]

describe('bad inputs are refused before any request', () => {
  const context = useSimulator()
  const run = (inputs: Record<string, string>) =>
    runAction({ inputs: context.inputs({ 'timeline-id': checkout.assetId, ...inputs }) })

  it.each(REFUSALS)('refuses $bad', async ({ inputs, expected }) => {
    const result = await run(inputs)
    expect(result.exitCode).toBe(1)
    expect(result.outputs.result).toBe('error')
    expect(annotationMessages(result, 'error')).toEqual([expect.stringMatching(expected)])
    expect(context.sim.requests).toHaveLength(0)
  })

  it('gives each of several bad inputs its own annotation', async () => {
    const result = await run({ 'user-count': '0', wait: 'maybe', 'retention-days': '365' })
    expect(result.exitCode).toBe(1)
    const perInput = annotationMessages(result, 'error').filter((message) =>
      message.startsWith('Input "')
    )
    expect(perInput).toEqual([
      expect.stringMatching(/^Input "user-count" must be a positive whole number: got "0"/),
      expect.stringMatching(/^Input "wait" must be true or false: got "maybe"/),
      expect.stringMatching(/^Input "retention-days" must be a whole number of days from 1 to 90/)
    ])
    expect(annotationMessages(result, 'error')).toContainEqual(
      '3 inputs are invalid; see the errors above.'
    )
    expect(result.outputs.result).toBe('error')
    expect(result.summary).toMatch(
      /^## ⚠️ Error — 3 problems stopped the step\n\n- Input "user-count" .*\n- Input "wait" .*\n- Input "retention-days" .*\n\n\*\*What to do:\*\* Correct the inputs/
    )
    expect(context.sim.requests).toHaveLength(0)
  })
})
