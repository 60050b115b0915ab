import type { StepMetric, TrackItemMetrics } from '../src/leapwork/types.js'
import type { Scenario } from './scenario.js'

const STEP_TITLES = [
  'POST /api/login',
  'GET /api/products',
  'POST /api/cart',
  'GET /api/cart',
  'POST /api/checkout',
  'GET /api/orders',
  'GET /api/search',
  'POST /api/logout'
]

/** The title of the step at this position; past the list, titles repeat with a numeric suffix. */
export function stepTitle(stepIndex: number): string {
  const base = STEP_TITLES[stepIndex % STEP_TITLES.length]
  const round = Math.floor(stepIndex / STEP_TITLES.length)
  return round === 0 ? base : `${base}/${round + 1}`
}

/** A step keeps its figures when the number of steps changes, so runs of different sizes compare. */
const STEP_SEEDS_PER_TRACK_ITEM = 1_000_000

/** A deterministic number in [0, 1) for a step and a purpose (an integer hash, not Math.random). */
function noise(stepIndex: number, salt: number): number {
  let x = Math.imul(stepIndex + 1, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca6b)
  x ^= x >>> 16
  x = Math.imul(x, 0x7feb352d)
  x ^= x >>> 15
  x = Math.imul(x, 0x846ca68b)
  x ^= x >>> 16
  return (x >>> 0) / 2 ** 32
}

type Figures = Pick<
  StepMetric,
  | 'errors'
  | 'requestsSent'
  | 'totalBodyBytesSent'
  | 'totalBytesReceived'
  | 'min'
  | 'max'
  | 'average'
  | 'median'
  | 'p90'
  | 'p95'
  | 'p99'
>

/** Figures of one step, seeded by its index in the run; times grow monotonically from min to max. */
function figures(seed: number, title: string, scenario: Scenario): Figures {
  const u = (salt: number) => noise(seed, salt)
  const median = (20 + 180 * u(1)) * scenario.latencyFactor
  const p90 = median * (1.8 + 0.7 * u(4))
  const p95 = p90 * (1.1 + 0.3 * u(5))
  const p99 = p95 * (1.3 + 0.7 * u(6))
  const requestsSent = 500 + Math.floor(2000 * u(8))
  const errors = Math.round(requestsSent * scenario.errorRate * (0.5 + u(9)))
  return {
    errors: Math.min(requestsSent, errors),
    requestsSent,
    totalBodyBytesSent: title.startsWith('POST')
      ? requestsSent * (200 + Math.floor(300 * u(10)))
      : 0,
    totalBytesReceived: requestsSent * (500 + Math.floor(4500 * u(11))),
    min: Math.round(median * (0.3 + 0.3 * u(2))),
    median: Math.round(median),
    average: Math.round(median * (1.1 + 0.2 * u(3))),
    p90: Math.round(p90),
    p95: Math.round(p95),
    p99: Math.round(p99),
    max: Math.round(p99 * (1.2 + 0.8 * u(7)))
  }
}

/** Step metrics of a run, grouped by track item, with the scenario's overrides applied. */
export function runMetrics(
  runId: string,
  trackItemIds: readonly string[],
  scenario: Scenario
): TrackItemMetrics[] {
  const steps = scenario.stepsPerTrackItem
  return trackItemIds.map((trackItemId, trackIndex) => ({
    trackItemId,
    metadata: Array.from({ length: steps }, (_, stepIndex) => {
      const title = stepTitle(stepIndex)
      return {
        runId,
        trackItemId,
        stepId: `step_${String(stepIndex + 1).padStart(3, '0')}`,
        title,
        ...figures(trackIndex * STEP_SEEDS_PER_TRACK_ITEM + stepIndex, title, scenario),
        ...scenario.stepOverrides?.[title],
        ...scenario.stepOverridesByRun?.[runId]?.[title]
      }
    })
  }))
}
