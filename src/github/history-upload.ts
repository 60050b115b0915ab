/**
 * The history this run carries forward: the comparable earlier runs plus this one (when it
 * finished), the last 40 (or `baseline-runs`, when more), as its own small artifact on runs that record the branch's history.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Settings } from '../inputs.js'
import type { Log } from '../log.js'
import { letGoOfGarbage } from '../memory.js'
import { historyRecordText, RECORDED_RUNS } from '../metrics/history-record.js'
import type { RunMetrics } from '../metrics/model.js'
import { historyArtifactName } from '../reports/artifact.js'
import { uploadReportArtifact } from './artifact-upload.js'
import { REPORT_FILES } from '../reports/download.js'
import { recordsHistory } from './auto-baseline.js'

/**
 * history.json is numbers as text: the fastest deflate level makes it 8.9 MB of 18.8 (30 runs of
 * 20,000 steps) in 0.28 s, the library's default 8.5 MB in 0.74 s.
 */
const FASTEST_DEFLATE = 1

export interface HistoryUpload {
  settings: Pick<Settings, 'name' | 'retentionDays' | 'baseline'>
  metrics: RunMetrics
  /** The comparable earlier runs, oldest first. */
  runs: readonly RunMetrics[]
  log: Log
}

/**
 * Starts writing history.json in a fresh folder of its own (not among the reports: the report
 * folder holds what the run reported), so that it is written while the reports upload; `upload`
 * then uploads it as the run's history artifact and removes the folder.
 */
export function carryHistoryForward(upload: HistoryUpload): { upload(): Promise<void> } {
  const written = writeRecord(upload)
  // Awaited by upload(); until then a failure must not go unheard as an unhandled rejection.
  written.catch(() => undefined)
  return {
    async upload() {
      const record = await written
      if (!record) return
      const { metrics, settings, log } = upload
      try {
        const name = historyArtifactName(
          metrics.timelineId,
          metrics.runId,
          metrics.load,
          settings.name
        )
        await uploadReportArtifact(
          record.dir,
          [record.file],
          name,
          settings.retentionDays,
          log,
          FASTEST_DEFLATE
        )
      } finally {
        await rm(record.dir, { recursive: true, force: true })
      }
      // The record's text and the upload's buffers are let go before the summary is written.
      letGoOfGarbage()
    }
  }
}

/** history.json written in a folder of its own, or nothing when this run records no history. */
async function writeRecord(
  upload: HistoryUpload
): Promise<{ dir: string; file: string } | undefined> {
  if (!(await recordsHistory())) return undefined
  const { metrics, settings } = upload
  const finished = metrics.status.toLowerCase() === 'finished'
  const runs = finished ? [...upload.runs, metrics] : upload.runs
  if (runs.length === 0) return undefined
  const dir = await mkdtemp(
    join(process.env.RUNNER_TEMP || tmpdir(), 'leapwork-performance-history-')
  )
  try {
    const file = join(dir, REPORT_FILES.history)
    const kept = Math.max(RECORDED_RUNS, settings.baseline?.runs ?? 0)
    await writeFile(file, historyRecordText(runs, kept), { flag: 'wx' })
    return { dir, file }
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
}
