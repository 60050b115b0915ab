/**
 * The bench's history: `runs` copies of one recorded run, each in its own folder as
 * run-N/metrics.json, a day apart, every step's p95 moved by up to ±5 %.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

export async function writeHistoryDir(dir: string, recorded: string, runs: number): Promise<void> {
  const parsed = JSON.parse(recorded)
  for (let run = 0; run < runs; run++) {
    const metrics = structuredClone(parsed)
    metrics.runId = `history_${run}`
    metrics.finishedAt = new Date(Date.UTC(2026, 0, 1 + run)).toISOString()
    for (const trackItem of metrics.trackItems) {
      trackItem.steps.forEach((step: { p95: number }, index: number) => {
        step.p95 *= Math.exp(0.05 * Math.sin(run * 2.3 + index * 0.7))
      })
    }
    await mkdir(path.join(dir, `run-${run}`))
    await writeFile(path.join(dir, `run-${run}`, 'metrics.json'), JSON.stringify(metrics))
  }
}
