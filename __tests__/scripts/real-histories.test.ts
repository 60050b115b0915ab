import { describe, expect, it, jest, afterEach } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  findHistoriesDir,
  HISTORIES_VARIABLE,
  holdsInHindsight,
  labelInHindsight,
  loadRealTimelines,
  toRunMetrics,
  type CompactHistory
} from '../../scripts/calibrate/real-histories.js'
import { convertSuite, parseBenchmarkData } from '../../scripts/calibrate/real-convert.js'
import { measureTimeline, printRealDataRows } from '../../scripts/calibrate/real-rows.js'
import { replaySettings } from '../../scripts/calibrate/real-replay.js'
import { syntheticRuns } from './history-fixtures.js'

const p95s = (run: { trackItems: Array<{ steps: Array<{ p95: number }> }> }) =>
  run.trackItems[0].steps.map((step) => step.p95)

describe('labelling real histories in hindsight', () => {
  it('finds a level change that holds, where it starts, and not a one-run spike', () => {
    const runs = syntheticRuns({
      runs: 60,
      steps: 6,
      shift: (run, step) => (step === 2 && run >= 30 ? 1.5 : step === 4 && run === 15 ? 3 : 1)
    })
    const { shifts, unchanged } = labelInHindsight(runs)
    expect(shifts).toHaveLength(1)
    expect(shifts[0]).toMatchObject({ stepId: 'step_2', at: 30 })
    expect(shifts[0].ratio).toBeCloseTo(1.5, 1)
    // The run before the shift (its rerun is shifted) and the two after it are not unchanged;
    // the spike's run is (a per-run gate failing it is a false alarm), as are the runs around.
    expect([28, 29, 30, 31, 32, 33].map((run) => unchanged[run])).toEqual([
      true,
      false,
      false,
      false,
      false,
      true
    ])
    expect(unchanged[15]).toBe(true)
    expect(unchanged.slice(0, 5).some(Boolean)).toBe(false)
    expect(unchanged.slice(56).some(Boolean)).toBe(false)
  })

  it('tells a reported rise that held from one that did not, for a step and the whole run', () => {
    const runs = syntheticRuns({
      runs: 40,
      steps: 6,
      shift: (run, step) => (run >= 20 && step === 1 ? 1.3 : 1) * (run >= 30 ? 1.2 : 1)
    })
    expect(holdsInHindsight(runs, 'step_1', 20, 1.3)).toBe(true)
    expect(holdsInHindsight(runs, 'step_1', 20, 2)).toBe(false)
    expect(holdsInHindsight(runs, 'step_2', 20, 1.3)).toBe(false)
    expect(holdsInHindsight(runs, undefined, 30, 1.2)).toBe(true)
    expect(holdsInHindsight(runs, undefined, 20, 1.2)).toBe(false)
  })

  it('takes no noisy step for a shift', () => {
    const runs = syntheticRuns({ runs: 80, steps: 10, spread: 0.15, seed: 3 })
    expect(labelInHindsight(runs).shifts).toEqual([])
  })
})

describe('real histories as load-test runs', () => {
  const history: CompactHistory = {
    source: 'example/project',
    branch: 'gh-pages',
    path: 'dev/bench/data.js',
    license: 'MIT',
    suite: 'Benchmark',
    steps: ['parse', 'render'],
    runs: [
      { id: '1', commit: 'a1', date: '2026-01-01T00:00:00.000Z', values: [0.001, 0.5] },
      { id: '2', commit: 'b2', date: '2026-01-02T00:00:00.000Z', values: [0.002, null] },
      { id: '3', commit: 'c3', date: '2026-01-03T00:00:00.000Z', values: [0.001, 0.55] }
    ]
  }

  it('puts each step between 50 ms and 2 s and keeps its run-to-run changes', () => {
    const runs = toRunMetrics(history)
    expect(runs.map((run) => run.runId)).toEqual(['run_00001', 'run_00002', 'run_00003'])
    expect(runs[1].trackItems[0].steps.map((step) => step.title)).toEqual(['parse'])
    const [first, second] = [p95s(runs[0]), p95s(runs[1])]
    expect(second[0] / first[0]).toBeCloseTo(2, 6)
    expect(p95s(runs[2])[1] / first[1]).toBeCloseTo(1.1, 6)
    for (const p95 of [...first, ...p95s(runs[2])]) {
      expect(p95).toBeGreaterThanOrEqual(25)
      expect(p95).toBeLessThanOrEqual(4000)
    }
    expect(runs[0].source?.sha).toBe('a1')
  })

  it('converts a github-action-benchmark data.js: times to ms, throughputs to time per op', () => {
    const data = parseBenchmarkData(
      'window.BENCHMARK_DATA = ' +
        JSON.stringify({
          entries: {
            Suite: [
              {
                commit: { id: 'abc' },
                date: 1767225600000,
                benches: [
                  { name: 'a', value: 2_000_000, unit: 'ns/iter' },
                  { name: 'b', value: 400, unit: 'ops/sec' },
                  { name: 'c', value: 5, unit: 'MB' }
                ]
              },
              { commit: { id: 'def' }, date: 1767312000000, benches: [] }
            ]
          }
        }) +
        ';\n'
    )
    const suite = convertSuite('Suite', data.entries.Suite, {
      source: 'x/y',
      branch: 'gh-pages',
      path: 'dev/bench/data.js',
      license: 'MIT'
    })
    expect(suite.steps).toEqual(['a', 'b'])
    expect(suite.runs).toEqual([
      { id: '1', commit: 'abc', date: '2026-01-01T00:00:00.000Z', values: [2, 2.5] }
    ])
  })
})

describe('the real-data rows of the calibration', () => {
  afterEach(() => {
    jest.restoreAllMocks()
  })

  it('says in one line why they were skipped when no history folder exists', async () => {
    const missing = join(tmpdir(), 'no-such-histories')
    expect(await findHistoriesDir({ [HISTORIES_VARIABLE]: missing })).toEqual({
      missing: `$${HISTORIES_VARIABLE} names ${missing}, which is not a directory`
    })
    const lines: string[] = []
    jest.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line))
    process.env[HISTORIES_VARIABLE] = missing
    try {
      await printRealDataRows()
    } finally {
      delete process.env[HISTORIES_VARIABLE]
    }
    expect(lines).toEqual([
      `\nReal-data rows skipped: $${HISTORIES_VARIABLE} names ${missing}, which is not a directory.`
    ])
  })

  it('replays the gate over a history folder and prints a row per timeline', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'histories-'))
    try {
      const runs = syntheticRuns({ runs: 40, steps: 8 })
      const compact: CompactHistory = {
        source: 'example/steady',
        branch: 'gh-pages',
        path: 'dev/bench/data.js',
        license: 'MIT',
        suite: 'Steady',
        steps: runs[0].trackItems[0].steps.map((step) => step.title),
        runs: runs.map((run) => ({
          id: run.runId,
          commit: run.runId,
          date: run.finishedAt,
          values: p95s(run)
        }))
      }
      await mkdir(join(dir, 'example+steady'))
      await writeFile(join(dir, 'example+steady', 'Steady.json'), JSON.stringify(compact))
      const [timeline] = await loadRealTimelines(dir)
      const figures = await measureTimeline(timeline, await replaySettings({}))
      // Runs 10 to 35 have a history of 10 or more and 5 runs after them to label them.
      expect(figures.unchanged.trials).toBe(26)
      expect(figures.unchanged.hits).toBe(0)
      expect(figures.step80.hits).toBe(26)
      expect(figures.wholeRun25.hits).toBe(26)
      expect(figures.firstDays.map((days) => days.trials)).toEqual([26, 26])
      const lines: string[] = []
      jest.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line))
      process.env[HISTORIES_VARIABLE] = dir
      try {
        await printRealDataRows()
      } finally {
        delete process.env[HISTORIES_VARIABLE]
      }
      expect(lines.join('\n')).toContain('| example/steady: Steady | 40 | 0 % (0/26) |')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
