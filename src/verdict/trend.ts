/** The trend chart's figures: each history run and this run against the steps' usual levels. */
import type { History } from './history.js'
import type { LogMatrix } from './noise-model.js'
import type { TrendPoint } from './types.js'

/** Each run's p95 index (geometric mean of step p95s against the levels) and worst p95. */
export function trend(
  history: History,
  logP95: LogMatrix,
  current: { levels: Float64Array; currentLog: Float64Array; worstP95: number }
): TrendPoint[] {
  const { levels, currentLog } = current
  const { steps, values } = logP95
  const points: TrendPoint[] = history.runs.map((run, index) => ({
    p95Index: indexOf(values.subarray(index * steps, (index + 1) * steps), levels),
    worstP95: run.worstP95,
    current: false
  }))
  points.push({ p95Index: indexOf(currentLog, levels), worstP95: current.worstP95, current: true })
  return points
}

function indexOf(logP95: Float64Array, levels: Float64Array): number {
  let sum = 0
  let count = 0
  for (let step = 0; step < levels.length; step++) {
    const deviation = logP95[step] - levels[step]
    if (!Number.isFinite(deviation)) continue
    sum += deviation
    count++
  }
  return count === 0 ? 100 : Math.exp(sum / count) * 100
}
