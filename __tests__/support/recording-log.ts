import type { Log } from '../../src/log.js'

export type Level = keyof Log

/** A Log that keeps every line by level, for tests that assert what a user would read. */
export function recordingLog(): Log & { lines: Record<Level, string[]> } {
  const lines: Record<Level, string[]> = { info: [], debug: [], notice: [], warning: [], error: [] }
  const record = (level: Level) => (message: string) => {
    lines[level].push(message)
  }
  return {
    lines,
    info: record('info'),
    debug: record('debug'),
    notice: record('notice'),
    warning: record('warning'),
    error: record('error')
  }
}
