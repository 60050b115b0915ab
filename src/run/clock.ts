import { performance } from 'node:perf_hooks'

/**
 * Milliseconds on a clock that only moves forward: deadlines measured on it survive the wall
 * clock being set (NTP, a virtual machine resumed), which `Date.now()` does not.
 */
export function monotonicMs(): number {
  return performance.now()
}
