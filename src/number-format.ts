/**
 * How a number reads wherever the action writes it — annotations, log lines, the summary, the
 * comment and JUnit — so a figure reads the same in each.
 */

const NOT_A_NUMBER = '–'
const COUNT_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const DECIMAL_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })

export type TimeUnit = 'ms' | 's'

/** Times from 10 s up read better in seconds. */
const SECONDS_FROM_MS = 10_000

/**
 * The unit for a column of times: seconds when any of them reaches 10 s, else milliseconds, so
 * every figure of a column reads in one unit and compares at a glance.
 */
export function timeUnitFor(values: Iterable<number>): TimeUnit {
  for (const value of values) if (Math.abs(value) >= SECONDS_FROM_MS) return 's'
  return 'ms'
}

/**
 * `4.5 ms`, `912 ms`, `1,240 ms`, `12.5 s`, `125 s`; with `signed`, `+60 ms`. The unit is the one
 * `timeUnitFor` picks for the figure alone unless a column's unit is given.
 */
export function formatMs(ms: number, options: { signed?: boolean; unit?: TimeUnit } = {}): string {
  if (!Number.isFinite(ms)) return NOT_A_NUMBER
  const sign = options.signed && ms > 0 ? '+' : ms < 0 ? '-' : ''
  const size = Math.abs(ms)
  if ((options.unit ?? timeUnitFor([ms])) === 'ms') {
    const shown = size < 10 ? String(Math.round(size * 10) / 10) : COUNT_FORMAT.format(size)
    return `${sign}${shown} ms`
  }
  const seconds = size / 1000
  const decimals = seconds < 10 ? 2 : seconds < 100 ? 1 : 0
  return `${sign}${DECIMAL_FORMAT.format(Number(seconds.toFixed(decimals)))} s`
}

/** A percentage given as 0–100: `0%`, `0.52%`, `12.5%`, `<0.01%`; with `signed`, `+50%`. */
export function formatPercent(percent: number, options: { signed?: boolean } = {}): string {
  if (!Number.isFinite(percent)) return NOT_A_NUMBER
  const sign = options.signed && percent > 0 ? '+' : percent < 0 ? '-' : ''
  const size = Math.abs(percent)
  if (size === 0) return '0%'
  if (size < 0.01) return `${sign}<0.01%`
  const decimals = size < 10 ? 2 : size < 100 ? 1 : 0
  return `${sign}${Number(size.toFixed(decimals))}%`
}

/** `1,500` */
export function formatCount(count: number): string {
  return Number.isFinite(count) ? COUNT_FORMAT.format(Math.round(count)) : NOT_A_NUMBER
}

/** `1 step`, `1,500 steps`: the count with the noun that fits it. */
export function counted(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`
}

/**
 * A span of whole seconds, like a stopwatch: `45s`, `5m 12s` or `1h 2m 5s`. A time measured in
 * milliseconds (a response time, a retry's wait) reads with formatMs.
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return NOT_A_NUMBER
  const total = Math.round(seconds)
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const rest = total % 60
  if (hours > 0) return `${hours}h ${minutes}m ${rest}s`
  return minutes > 0 ? `${minutes}m ${rest}s` : `${rest}s`
}

const BYTE_UNITS: [number, string][] = [
  [1024 ** 3, 'GiB'],
  [1024 ** 2, 'MiB'],
  [1024, 'KiB']
]

/** `512 bytes`, `64 KiB`, `381.5 MiB`. */
export function formatBytes(bytes: number): string {
  const [size, unit] = BYTE_UNITS.find(([unitSize]) => bytes >= unitSize) ?? [1, 'bytes']
  return `${Number((bytes / size).toFixed(1))} ${unit}`
}

/** A wait or a deadline as log lines and errors give it: `200 ms`, `1.5 s`, `30 s`. */
export function formatDelay(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`
}

/**
 * A plain decimal as inputs and server figures are read: digits with an optional fraction, no sign,
 * exponent, hex or `Infinity`. One definition, anchored or prefixed where it is used.
 */
export const PLAIN_DECIMAL = String.raw`(?:\d+(?:\.\d+)?|\.\d+)`
