import { mkdir } from 'node:fs/promises'
import type { LeapworkClient } from '../leapwork/client.js'
import type { RunStatusResult } from '../leapwork/types.js'
import type { Log } from '../log.js'
import { REPORT_KINDS, type ReportId, type ReportKind } from './kinds.js'
import { placeReportFile } from './safe-write.js'

/** The files the action writes itself, beside the reports it downloads (see kinds.ts). */
export const REPORT_FILES = {
  metrics: 'metrics.json',
  history: 'history.json',
  junit: 'junit.xml'
}

export interface Reports {
  dir: string
  /** Where each report that was downloaded is. */
  paths: Partial<Record<ReportId, string>>
  /** The late analysis of each track item whose analysis was not ready in the combined report. */
  aiTrackItems: Record<string, string>
  /** The combined AI text, with each late track item's own analysis in place of its "not ready" note. */
  aiText?: string
  problems: string[]
  /** Every file written here, so the artifact holds these and nothing else in the directory. */
  files: string[]
}

export interface ReportOptions {
  runId: string
  trackItemIds: string[]
  dir: string
  log: Log
  /** Rounds of getAiAnalysis over the track items whose analysis is not ready, and the wait between. */
  aiTries?: number
  aiRetryDelayMs?: number
  /** Time for the whole report phase; what is still downloading then is given up. */
  budgetMs?: number
}

export type PhaseOptions = ReportOptions & { signal: AbortSignal }

const REPORT_PHASE_BUDGET_MS = 10 * 60 * 1000

/**
 * Downloads what the terminal status offers within the report phase's time budget; a report that
 * cannot be had is a warning, not a failure.
 */
export async function fetchReports(
  client: LeapworkClient,
  result: RunStatusResult,
  options: ReportOptions
): Promise<Reports> {
  await mkdir(options.dir, { recursive: true })
  const reports: Reports = {
    dir: options.dir,
    paths: {},
    aiTrackItems: {},
    problems: [...(result.warnings ?? [])],
    files: []
  }
  const budgetMs = options.budgetMs ?? REPORT_PHASE_BUDGET_MS
  const budget = new AbortController()
  const timer = setTimeout(
    () => budget.abort(new Error(`the reports took longer than ${budgetMs / 1000} s in all`)),
    budgetMs
  )
  const phase = { ...options, signal: budget.signal }
  try {
    for (const kind of REPORT_KINDS) await fetchReport(kind, client, result, reports, phase)
  } finally {
    clearTimeout(timer)
  }
  for (const problem of reports.problems) options.log.warning(problem)
  return reports
}

async function fetchReport(
  kind: ReportKind & { id: ReportId },
  client: LeapworkClient,
  result: RunStatusResult,
  reports: Reports,
  options: PhaseOptions
): Promise<void> {
  const url = kind.url(result)
  if (!url) return
  try {
    const { path, filled } = await placeReportFile(options.dir, kind.file, (fresh) =>
      kind.download(client, url, fresh, options)
    )
    options.log.info(`${kind.label}: ${path} (${filled.bytes} bytes)`)
    reports.paths[kind.id] = path
    reports.files.push(path)
    await kind.complete?.(client, path, reports, options)
  } catch (error) {
    reports.problems.push(`${kind.title} could not be downloaded: ${errorMessage(error)}`)
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
