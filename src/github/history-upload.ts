/**
 * The history this run carries forward: the comparable earlier runs plus this one (when it
 * finished), the last 40 (or `baseline-runs`, when more), as its own small artifact on runs that record the branch's history.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Settings } from '../inputs.js'
import type { Log } from '../log.js'
import { RECORDED_RUNS, recordHistory } from '../metrics/history-record.js'
import type { RunMetrics } from '../metrics/model.js'
import { historyArtifactName } from '../reports/artifact.js'
import { uploadReportArtifact } from './artifact-upload.js'
import type { Reports } from '../reports/download.js'
import { REPORT_FILES } from '../reports/download.js'
import { recordsHistory } from './auto-baseline.js'

export interface HistoryUpload {
  settings: Pick<Settings, 'name' | 'retentionDays' | 'baseline'>
  metrics: RunMetrics
  /** The comparable earlier runs, oldest first. */
  runs: readonly RunMetrics[]
  reports: Pick<Reports, 'dir'>
  log: Log
}

/** Writes history.json beside the reports and uploads it as the run's history artifact. */
export async function uploadHistory(upload: HistoryUpload): Promise<void> {
  if (!(await recordsHistory())) return
  const { metrics, settings, log } = upload
  const finished = metrics.status.toLowerCase() === 'finished'
  const runs = finished ? [...upload.runs, metrics] : upload.runs
  if (runs.length === 0) return
  const file = join(upload.reports.dir, REPORT_FILES.history)
  await writeFile(
    file,
    JSON.stringify(recordHistory(runs, Math.max(RECORDED_RUNS, settings.baseline?.runs ?? 0)))
  )
  const name = historyArtifactName(metrics.timelineId, metrics.runId, metrics.load, settings.name)
  await uploadReportArtifact(upload.reports.dir, [file], name, settings.retentionDays, log)
}
