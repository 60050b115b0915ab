import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { FIXTURES } from '../../simulator/index.js'
import type { RunMetrics } from '../../src/metrics/model.js'
import { runAction } from '../support/action-runner.js'
import { useSimulator } from './setup.js'

/** One track item, so one step title is one step. */
const login = FIXTURES.timelines.login
const SPIKED = 'POST /api/login'
/** +40 %: past the +10 % practical minimum of a noise-free history, well within a spike's margin. */
const SPIKE = 1.4

describe('confirm-regressions: rerun, end to end', () => {
  const context = useSimulator()

  function run(inputs: Record<string, string>) {
    return runAction({ inputs: context.inputs({ 'timeline-id': login.assetId, ...inputs }) })
  }

  /** A calibrated history of five unchanged runs (the gate learns for fewer), and the spiked step's p95 in them. */
  async function history(): Promise<{ dir: string; p95: number }> {
    const first = await run({})
    const metrics = JSON.parse(await readFile(first.outputs['metrics-file'], 'utf8')) as RunMetrics
    const dir = await mkdtemp(join(tmpdir(), 'confirm-history-'))
    for (const index of [1, 2, 3, 4, 5]) {
      await mkdir(join(dir, `run_${index}`))
      const earlier = { ...metrics, runId: `run_history_${index}` }
      await writeFile(join(dir, `run_${index}`, 'metrics.json'), JSON.stringify(earlier))
    }
    const step = metrics.trackItems[0].steps.find((candidate) => candidate.title === SPIKED)
    return { dir, p95: step?.p95 ?? NaN }
  }

  /** Spikes the step in the next `runs` runs the simulator starts. */
  function spikeNextRuns(runs: number, p95: number): void {
    const next = context.sim.stats.runsStarted
    const spiked = Array.from({ length: runs }, (_, i) => runId(next + i + 1))
    context.sim.configure({
      stepOverridesByRun: Object.fromEntries(
        spiked.map((id) => [id, { [SPIKED]: { p95: Math.round(p95 * SPIKE) } }])
      )
    })
  }

  function runId(ordinal: number): string {
    return `run_sim_${String(ordinal).padStart(4, '0')}`
  }

  it('passes when a one-run spike is cleared by the second run, which it states with its VUM', async () => {
    const { dir, p95 } = await history()
    spikeNextRuns(1, p95)
    const before = context.sim.stats.runsStarted
    const result = await run({ baseline: dir, 'confirm-regressions': 'rerun' })
    expect(context.sim.stats.runsStarted - before).toBe(2)
    expect(result.outputs.result).toBe('passed')
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('Possible confirmation run: up to 5 VUM more')
    expect(result.summary).toContain('### 🔁 Confirmation run')
    expect(result.summary).toContain(`run \`${runId(before + 2)}\`, an extra 5 VUM`)
    expect(result.summary).toMatch(/cleared 1 step as a one-run spike/)
    expect(result.summary).toContain(
      '| POST /api/login (`ti_003`) | +40.2% | 0% | +10% | ✅ cleared |'
    )
    expect(result.outputs['run-id']).toBe(runId(before + 1))
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([])
    expect(context.sim.stats.activeRuns).toBe(0)
    expect(result.state.runId).toBe(runId(before + 2))
    expect(result.state.runEnded).toBe('true')
  })

  it('fails when the second run confirms the regression', async () => {
    const { dir, p95 } = await history()
    spikeNextRuns(2, p95)
    const before = context.sim.stats.runsStarted
    const result = await run({ baseline: dir, 'confirm-regressions': 'rerun' })
    expect(context.sim.stats.runsStarted - before).toBe(2)
    expect(result.outputs.result).toBe('failed')
    expect(result.exitCode).toBe(1)
    expect(result.summary).toMatch(/confirmed 1 step, which fail/)
    const regressions = result.annotations.filter(
      (a) => a.properties.title === 'Performance regression'
    )
    expect(regressions.map((a) => a.message)).toEqual([expect.stringContaining(SPIKED)])
  })

  it('stops the second run when the step is cancelled during it, as it would the first', async () => {
    const { dir, p95 } = await history()
    spikeNextRuns(1, p95)
    const second = runId(context.sim.stats.runsStarted + 2)
    context.sim.configure({ neverEndingRuns: [second] })
    const result = await runAction({
      inputs: context.inputs({
        'timeline-id': login.assetId,
        baseline: dir,
        'confirm-regressions': 'rerun'
      }),
      signal: { name: 'SIGINT', when: (stdout) => stdout.includes(`Started run ${second}`) },
      runnerCancellation: true
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout + result.stderr).toContain(
      `The step was cancelled (SIGINT); run ${second} was stopped.`
    )
    expect(context.sim.getRun(second)?.stopped).toBe(true)
    expect(context.sim.stats.activeRuns).toBe(0)
  })

  it('starts no second run with the default, off', async () => {
    const { dir, p95 } = await history()
    spikeNextRuns(2, p95)
    const before = context.sim.stats.runsStarted
    const result = await run({ baseline: dir })
    expect(context.sim.stats.runsStarted - before).toBe(1)
    expect(result.outputs.result).toBe('failed')
    expect(result.summary).not.toContain('Confirmation run')
    expect(result.stdout).not.toContain('confirmation run')
  })

  it('counts the possible second run against max-vum before anything starts', async () => {
    const result = await run({ 'confirm-regressions': 'rerun', 'max-vum': '8' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout + result.stderr).toContain(
      '"confirm-regressions: rerun" may run the same load once more, 10 VUM in all'
    )
    expect(context.sim.stats.runsStarted).toBe(0)
  })

  it('refuses a value other than off or rerun before anything starts', async () => {
    const result = await run({ 'confirm-regressions': 'twice' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout + result.stderr).toContain(
      'Input "confirm-regressions" must be "off" or "rerun", not "twice".'
    )
    expect(context.sim.requests).toHaveLength(0)
  })
})
