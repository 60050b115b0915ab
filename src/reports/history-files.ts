/**
 * The history a `baseline:` setting names, read once: the gate, the change search and the history
 * this run carries forward all use it. A path names metrics.json files, history files, a directory
 * of them or a glob; `baseline: auto` needs GitHub, so its search is handed in.
 */
import { isAscii } from 'node:buffer'
import { stat } from 'node:fs/promises'
import type { BaselineSetting } from '../inputs.js'
import { HistoryAdmission } from '../metrics/comparable.js'
import { parseRunMetrics } from '../metrics/figures.js'
import { HISTORY_SCHEMA, parseHistoryRecord } from '../metrics/history-record.js'
import type { RunMetrics } from '../metrics/model.js'
import { asRecordedRun, StepTable } from '../metrics/recorded-run.js'
import type { BaselineSearch, HistoryFile, HistorySource } from '../verdict/judge.js'
import { REPORT_FILES } from './download.js'
import { FileReader } from './file-reader.js'

/** Runs found by `baseline: auto`, oldest first, or why there are none. */
export interface FoundHistory {
  runs: RunMetrics[]
  nothingFound?: string
}

export interface HistoryLoadOptions {
  baseline?: BaselineSetting
  /** This run: never part of its own history. */
  current: RunMetrics
  /** The search of `baseline: auto`; without it (not on GitHub) there is nothing to search. */
  findAuto?: () => Promise<FoundHistory>
  /** The link to the workflow run that measured a history run, when one can be made. */
  runUrl?: (run: RunMetrics) => string | undefined
  /** The files read before (by the checks before the run starts): unchanged ones are not read again. */
  files?: HistoryFiles
}

export interface LoadedHistory {
  /** What the judge reads: every run found, so that it can say which it passed over and why. */
  source: HistorySource
  /** The runs comparable with this one, each once, oldest first. */
  runs: RunMetrics[]
}

export async function loadHistory(options: HistoryLoadOptions): Promise<LoadedHistory> {
  const search = options.baseline ? await findHistory(options.baseline, options) : { files: [] }
  const admission = new HistoryAdmission(options.current)
  const runs = search.files
    .flatMap((file) => (file.metrics ? [file.metrics] : []))
    .filter((run) => admission.admit(run) === undefined)
    .sort(oldestFirst)
  return { source: { find: async () => search, read: readFound }, runs }
}

/** The history a `baseline:` setting names, read as the judge asks for it. */
export function historyOnDisk(
  findAuto?: () => Promise<FoundHistory>,
  files?: HistoryFiles
): HistorySource {
  return { find: (baseline) => findHistory(baseline, { findAuto, files }), read: readFound }
}

async function readFound(file: HistoryFile): Promise<RunMetrics> {
  if (file.metrics) return file.metrics
  throw new Error(file.problem ?? `${file.path} could not be read`)
}

function oldestFirst(a: RunMetrics, b: RunMetrics): number {
  const key = (run: RunMetrics) => `${run.finishedAt}\u0000${run.runId}`
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0
}

async function findHistory(
  baseline: BaselineSetting,
  options: Pick<HistoryLoadOptions, 'findAuto' | 'runUrl' | 'files'>
): Promise<BaselineSearch> {
  const link = (run: RunMetrics, path: string): HistoryFile => ({
    path,
    metrics: run,
    ...(options.runUrl
      ? { ref: { runId: run.runId, url: options.runUrl(run), finishedAt: run.finishedAt } }
      : {})
  })
  if (baseline.kind === 'auto') {
    if (!options.findAuto) return { files: [], nothingFound: '"baseline: auto" cannot search here' }
    const found = await options.findAuto()
    const path = `the history artifact`
    return { files: found.runs.map((run) => link(run, path)), nothingFound: found.nothingFound }
  }
  const paths = await historyFiles(baseline.path)
  if (typeof paths === 'string') return { files: [], nothingFound: `the baseline ${paths}` }
  const files: HistoryFile[] = []
  const read = await (options.files ?? new HistoryFiles()).runsOf(paths)
  read.forEach((runs, index) => {
    const path = paths[index]
    if (typeof runs === 'string') files.push({ path, problem: runs })
    else files.push(...runs.map((run) => link(run, path)))
  })
  return { files }
}

/** A file's bytes as read, with what tells a later read whether it changed. */
type Fetched = { stamp: string; bytes?: Buffer; runs?: RunMetrics[] } | { problem: string }

/**
 * History files read once: a metrics.json holds one run, a history file the runs it carried
 * forward, each held compactly with its steps in one table for all (recorded-run.ts). A file read
 * again unchanged (same inode, size and modification time) is not parsed again.
 */
export class HistoryFiles {
  private readonly table = new StepTable()
  private readonly read = new Map<string, { stamp: string; runs: RunMetrics[] }>()
  private readonly reader = new FileReader()

  /** The runs of each file, or why it cannot be read; the next file is read while one is parsed. */
  async runsOf(paths: readonly string[]): Promise<Array<RunMetrics[] | string>> {
    const found: Array<RunMetrics[] | string> = []
    let next = paths.length > 0 ? this.fetch(paths[0]) : undefined
    for (let index = 0; index < paths.length; index++) {
      const fetched = await (next as Promise<Fetched>)
      next = index + 1 < paths.length ? this.fetch(paths[index + 1]) : undefined
      found.push(this.parse(paths[index], fetched))
    }
    return found
  }

  /** Never rejects, so a read started ahead cannot fail unheard. */
  private async fetch(path: string): Promise<Fetched> {
    try {
      const { dev, ino, size, mtimeNs } = await stat(path, { bigint: true })
      const stamp = `${dev}:${ino}:${size}:${mtimeNs}`
      const known = this.read.get(path)
      if (known?.stamp === stamp) return { stamp, runs: known.runs }
      return { stamp, bytes: await this.reader.read(path, Number(size)) }
    } catch (error) {
      return { problem: `Metrics file ${path} cannot be read: ${(error as Error).message}` }
    }
  }

  private parse(path: string, fetched: Fetched): RunMetrics[] | string {
    if ('problem' in fetched) return fetched.problem
    if (fetched.runs) return fetched.runs
    try {
      const runs = this.runsIn(decoded(fetched.bytes as Buffer), path)
      this.read.set(path, { stamp: fetched.stamp, runs })
      return runs
    } catch (error) {
      return (error as Error).message
    }
  }

  private runsIn(text: string, path: string): RunMetrics[] {
    if (text.slice(0, 200).includes(`"${HISTORY_SCHEMA}"`)) {
      return parseHistoryRecord(text, path, this.table)
    }
    return [asRecordedRun(parseRunMetrics(text, path), this.table)]
  }
}

/** UTF-8 text; ASCII, the usual case, decodes faster as Latin-1 and reads the same. */
function decoded(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8')
}

/** Every file the pattern names, or a sentence saying why there is none. */
async function historyFiles(pattern: string): Promise<string[] | string> {
  const { glob, isDynamicPattern } = await import('tinyglobby')
  const found = await stat(pattern).catch(() => undefined)
  if (found?.isFile()) return [pattern]
  if (found?.isDirectory()) {
    const names = `**/{${REPORT_FILES.metrics},${REPORT_FILES.history}}`
    const files = await glob(names, { cwd: pattern, absolute: true })
    return files.length > 0
      ? files.sort()
      : `the directory ${pattern} holds no ${REPORT_FILES.metrics} or ${REPORT_FILES.history}`
  }
  if (isDynamicPattern(pattern)) {
    const files = await glob(pattern, { absolute: true, onlyFiles: true })
    return files.length > 0 ? files.sort() : `no file matches ${pattern}`
  }
  return `${pattern} does not exist`
}
