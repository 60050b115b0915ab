import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { FIXTURES } from '../../simulator/index.js'
import { runAction, type ActionResult } from '../support/action-runner.js'
import { useSimulator } from './setup.js'

const checkout = FIXTURES.timelines.checkout
const declared: string[] = Object.keys(parse(readFileSync('action.yml', 'utf8')).outputs)
const ALL = [...declared].sort()
const AFTER_A_START = ['estimated-vum', 'result', 'run-id', 'status']

/** What each outcome leaves in GITHUB_OUTPUT: every output that has a value on that outcome. */
const EXPECTED: Record<string, string[]> = {
  passed: ALL,
  failed: ALL,
  'error (bad input)': ['result'],
  'dry-run': ['estimated-vum', 'result'],
  'over-budget stop': AFTER_A_START
}

describe('the outputs of every outcome, end to end', () => {
  const context = useSimulator({}, { artifacts: true })
  const results = new Map<string, ActionResult>()

  function run(inputs: Record<string, string>) {
    return runAction({
      inputs: context.inputs({ 'timeline-id': checkout.assetId, ...inputs }),
      env: context.artifacts.env
    })
  }

  const outcomes: Array<[string, () => Promise<ActionResult>]> = [
    ['passed', () => run({})],
    ['failed', () => run({ 'max-p95-ms': '1' })],
    ['error (bad input)', () => run({ 'poll-interval': 'soon' })],
    ['dry-run', () => run({ 'dry-run': 'true' })],
    [
      'over-budget stop',
      () => {
        context.sim.configure({ estimatedVum: 5000, neverEnds: true })
        return run({ 'max-vum': '400' })
      }
    ]
  ]

  it.each(outcomes)('sets the documented outputs on %s', async (outcome, start) => {
    const result = await start()
    results.set(outcome, result)
    const set = Object.keys(result.outputs).sort()
    expect(set.filter((key) => !declared.includes(key))).toEqual([])
    expect(set).toEqual(EXPECTED[outcome])
    for (const key of set) expect([key, result.outputs[key]]).not.toEqual([key, ''])
  })

  it('sets result on every outcome but wait: false, and each declared output on some outcome', () => {
    expect([...results.keys()]).toEqual(Object.keys(EXPECTED))
    const resultOf = [...results].map(([outcome, { outputs }]) => [outcome, outputs.result])
    expect(resultOf).toEqual([
      ['passed', 'passed'],
      ['failed', 'failed'],
      ['error (bad input)', 'error'],
      ['dry-run', 'passed'],
      ['over-budget stop', 'error']
    ])
    const union = new Set([...results.values()].flatMap((r) => Object.keys(r.outputs)))
    expect([...union].sort()).toEqual(ALL)
  })
})
