/**
 * The practical minimum of the regression gate: a change no larger than `max-regression` percent
 * or no larger than `noise-floor-ms` never counts, however far beyond the noise it is.
 */
export interface PracticalMinimum {
  percent: number
  ms: number
}

/** Whether a growth of growthMs over baselineMs is past the practical minimum. */
export function pastPracticalMinimum(
  growthMs: number,
  baselineMs: number,
  minimum: PracticalMinimum
): boolean {
  return growthMs * 100 > minimum.percent * baselineMs && growthMs > minimum.ms
}

/** The practical minimum for a baseline of baselineMs, as a change in percent. */
export function practicalMinimumPercent(baselineMs: number, minimum: PracticalMinimum): number {
  return Math.max(minimum.percent, (minimum.ms * 100) / baselineMs)
}
