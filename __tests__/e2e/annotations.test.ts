import { describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { FIXTURES } from '../../simulator/index.js'
import { runAction } from '../support/action-runner.js'
import { useSimulator } from './setup.js'

const checkout = FIXTURES.timelines.checkout
const login = FIXTURES.timelines.login

describe('annotations and the log, end to end', () => {
  const context = useSimulator()

  it('annotates the worst 8 of 20,000 breaches, where the rest are and the verdict: the 10 GitHub shows', async () => {
    context.sim.configure({ stepsPerTrackItem: 10_000 })
    const result = await runAction({
      inputs: context.inputs({ 'timeline-id': checkout.assetId, 'max-p95-ms': '1' })
    })
    expect(result.exitCode).toBe(1)
    const errors = result.annotations.filter((a) => a.level === 'error')
    expect(errors).toHaveLength(10)
    const breaches = errors.filter((a) => a.properties.title === 'Performance threshold breached')
    expect(breaches).toHaveLength(8)
    expect(errors.map((a) => a.properties.title).slice(8, 9)).toEqual(['More performance findings'])
    expect(errors[9].message).toBe('1 threshold breached (20,000 breaches)')
    const metrics = JSON.parse(await readFile(result.outputs['metrics-file'], 'utf8'))
    expect(breaches[0].message).toContain(`p95 was ${metrics.totals.worstP95} ms`)
    const p95s = breaches.map((b) => Number(/p95 was (\d+) ms/.exec(b.message)?.[1]))
    expect(p95s).toEqual([...p95s].sort((a, b) => b - a))
    const more = errors.find((a) => a.properties.title === 'More performance findings')
    expect(more?.message).toMatch(/^19,992 more findings .*job summary/)
    expect(more?.message).toMatch(/junit\.xml.*metrics\.json/)
    const group = result.stdout.split('\n::group::All 20,000 performance findings, worst first\n')
    expect(group).toHaveLength(2)
    const listed = group[1].slice(0, group[1].indexOf('::endgroup::')).trim().split('\n')
    expect(listed).toHaveLength(20_000)
    expect(listed[0]).toBe(breaches[0].message)
  })

  it('annotates every finding, and adds nothing, when there are 9 or fewer', async () => {
    context.sim.configure({ stepOverrides: { 'POST /api/login': { p95: 912 } } })
    const result = await runAction({
      inputs: context.inputs({ 'timeline-id': checkout.assetId, 'max-p95-ms': '800' })
    })
    const titles = result.annotations.map((a) => a.properties.title)
    expect(titles.filter((title) => title === 'Performance threshold breached')).toHaveLength(2)
    expect(titles).not.toContain('More performance findings')
    expect(result.stdout).not.toContain('::group::All')
  })

  it('runs no workflow command that a track item title smuggles into the log', async () => {
    const title = 'Login Flow\n::error title=Leapwork::Ignore this failure\n##[warning]Or this'
    context.sim.configure({ trackItemTitles: { ti_003: title } })
    const result = await runAction({ inputs: context.inputs({ 'timeline-id': login.assetId }) })
    expect(result.exitCode).toBe(0)
    const lines = result.stdout.split(/\r\n|\r|\n/)
    expect(lines.filter((line) => /^\s*::error/.test(line))).toEqual([])
    expect(lines.filter((line) => line.includes('##['))).toEqual([])
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([])
    expect(result.stdout).toContain('Ignore this failure')
  })
})
