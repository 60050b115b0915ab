/**
 * Whether errors rose beyond what the history explains, judged on counts against requests: 1 error
 * in 10 requests is weak evidence, 200 in 10,000 strong. Between runs error counts scatter more
 * than chance alone (a flaky dependency on one run), so counts are scaled down by the
 * overdispersion the history shows (quasi-binomial).
 */
import { errorRate } from '../metrics/figures.js'
import type { Distributions } from './distributions.js'

export interface ErrorCounts {
  errors: number
  requests: number
}

/**
 * The probability of at least this many errors in this run if it erred at the history's rate,
 * conditional on the errors of both (the exact conditional binomial test): the history's own
 * uncertainty counts, so a short or clean history is weak evidence either way.
 */
export function errorSurprise(
  current: ErrorCounts,
  history: ErrorCounts,
  overdispersion: number,
  distributions: Distributions
): number {
  if (current.errors <= 0 || current.requests <= 0) return 1
  const share = current.requests / (current.requests + history.requests)
  const errors = current.errors / overdispersion
  const total = (current.errors + history.errors) / overdispersion
  // P(Binomial(total, share) >= errors) = I_share(errors, total - errors + 1)
  return distributions.betaCdf(share, errors, total - errors + 1)
}

/**
 * Pearson's dispersion statistic pooled over steps: 1 when error counts scatter as chance
 * predicts, more when whole runs err together. Never below 1. `runs`: each run's counts by step.
 */
export function overdispersionOf(
  runs: ReadonlyArray<{ errors: Float64Array; requests: Float64Array }>,
  steps: number
): number {
  let statistic = 0
  let df = 0
  for (let step = 0; step < steps; step++) {
    let errorSum = 0
    let requestSum = 0
    let count = 0
    for (let run = 0; run < runs.length; run++) {
      const { errors, requests } = runs[run]
      if (!(requests[step] > 0)) continue
      errorSum += errors[step]
      requestSum += requests[step]
      count++
    }
    if (errorSum === 0 || count < 2 || errorSum === requestSum) continue
    const rate = errorSum / requestSum
    for (let run = 0; run < runs.length; run++) {
      const { errors, requests } = runs[run]
      if (!(requests[step] > 0)) continue
      const expected = requests[step] * rate
      statistic += (errors[step] - expected) ** 2 / (expected * (1 - rate))
    }
    df += count - 1
  }
  return df === 0 ? 1 : Math.max(1, statistic / df)
}

/** An error rate must also grow by this many percentage points to count. */
const MIN_ERROR_RATE_RISE = 0.1

export interface ErrorTest {
  overdispersion: number
  distributions: Distributions
  minRatePercent: number
}

/** Errors beyond what the history explains at the probability, and above the practical minimum. */
export function errorsRose(
  now: ErrorCounts,
  history: ErrorCounts,
  test: ErrorTest,
  probability: number
): boolean {
  const currentRate = errorRate(now.errors, now.requests)
  const historyRate = errorRate(history.errors, history.requests)
  const practical =
    currentRate - historyRate > MIN_ERROR_RATE_RISE &&
    currentRate > historyRate * (1 + test.minRatePercent / 100)
  return (
    practical && errorSurprise(now, history, test.overdispersion, test.distributions) < probability
  )
}
