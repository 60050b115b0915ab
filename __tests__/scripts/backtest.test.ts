import { describe, expect, it, beforeAll, afterAll } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { syntheticRuns } from './history-fixtures.js'

/** Runs `npm run backtest` as a user would: the script under tsx, in a child process. */
function backtest(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/backtest.ts', ...args], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('close', (code) => resolve({ code, out, err }))
  })
}

describe('npm run backtest', () => {
  let dir: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'backtest-'))
    // 25 steady runs; step 3 is 60 % slower from run 15 (ID 1015) on. The folders sort newest
    // first, so only the finish times can put the runs in order.
    const runs = syntheticRuns({
      runs: 25,
      steps: 8,
      shift: (run, step) => (run >= 15 && step === 3 ? 1.6 : 1)
    })
    for (const [index, run] of runs.entries()) {
      const folder = join(dir, `run-${99 - index}`)
      await mkdir(folder)
      await writeFile(join(folder, 'metrics.json'), JSON.stringify(run))
    }
  })

  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('names the run where a step slowed down, with the finding, and counts the rest', async () => {
    const { code, out } = await backtest(dir, '--baseline-runs', '10')
    expect(code).toBe(0)
    expect(out).toContain('baseline-runs 10')
    expect(out).toMatch(/✗ run 1015 2026-01-16T00:00:00.000Z \(against 10 earlier\)/)
    expect(out).toContain('GET /api/item/3')
    expect(out).toMatch(/25 runs, 24 judged \(the first has no history\): \d+ would have failed/)
    expect(out).not.toMatch(/✗ run 10(0\d|1[0-4]) /)
  })

  it('replays with the inputs given as flags', async () => {
    const { out } = await backtest(join(dir, '*/metrics.json'), '--max-regression', '80')
    expect(out).toContain('max-regression 80 %')
    expect(out).not.toContain('✗')
    expect(out).toContain('0 would have failed (0.0 %), 24 passed.')
  })

  it('refuses a misspelt flag and a bad value with the input named', async () => {
    const typo = await backtest(dir, '--baseline-run', '10')
    expect(typo.code).toBe(2)
    expect(typo.err).toContain('Unknown option --baseline-run')
    const bad = await backtest(dir, '--false-alarm-rate', '90')
    expect(bad.code).toBe(2)
    expect(bad.err).toContain(
      'Input "false-alarm-rate" must be a percentage above 0 and at most 50'
    )
    const nothing = await backtest(join(dir, 'missing'))
    expect(nothing.code).toBe(2)
    expect(nothing.err).toContain('does not exist')
  })
})
