/** Earlier runs' metrics.json on disk: the history a `baseline:` setting names. */
import { stat } from 'node:fs/promises'
import type { BaselineSetting } from '../inputs.js'
import type { BaselineSearch, HistorySource } from '../verdict/judge.js'
import { readMetricsFile } from './metrics-file.js'

/**
 * Finds the history a `baseline:` path names and reads its files; `baseline: auto` needs GitHub,
 * so it is handed in, and without it there is nothing to search.
 */
export function historyOnDisk(
  findAutoBaseline?: (runs: number) => Promise<BaselineSearch>
): HistorySource {
  return {
    find: (baseline) => findHistory(baseline, findAutoBaseline),
    read: (file) => readMetricsFile(file.path)
  }
}

async function findHistory(
  baseline: BaselineSetting,
  findAutoBaseline?: (runs: number) => Promise<BaselineSearch>
): Promise<BaselineSearch> {
  if (baseline.kind === 'auto') {
    return (
      (await findAutoBaseline?.(baseline.runs)) ?? {
        files: [],
        nothingFound: '"baseline: auto" cannot search here'
      }
    )
  }
  const files = await historyFiles(baseline.path)
  if (typeof files === 'string') return { files: [], nothingFound: `the baseline ${files}` }
  return { files: files.map((path) => ({ path })) }
}

/** Every file the pattern names, or a sentence saying why there is none. */
async function historyFiles(pattern: string): Promise<string[] | string> {
  const { glob, isDynamicPattern } = await import('tinyglobby')
  const found = await stat(pattern).catch(() => undefined)
  if (found?.isFile()) return [pattern]
  if (found?.isDirectory()) {
    const files = await glob('**/metrics.json', { cwd: pattern, absolute: true })
    return files.length > 0 ? files.sort() : `the directory ${pattern} holds no metrics.json`
  }
  if (isDynamicPattern(pattern)) {
    const files = await glob(pattern, { absolute: true, onlyFiles: true })
    return files.length > 0 ? files.sort() : `no file matches ${pattern}`
  }
  return `${pattern} does not exist`
}
