/**
 * The reports a finished run offers for download, one entry each: a new kind of report is one
 * more entry here (and its `<id>-report` output in action.yml).
 */
import type { LeapworkClient } from '../leapwork/client.js'
import type { RunStatusResult } from '../leapwork/types.js'
import { completeAiAnalysis } from './late-analyses.js'
import type { PhaseOptions, Reports } from './download.js'

export interface ReportKind {
  /** Names the report in `Reports.paths` and its output, `<id>-report`. */
  id: string
  /** The report in a sentence: "<title> could not be downloaded". */
  title: string
  /** The log line's label: "<label>: <path> (<bytes> bytes)". */
  label: string
  /** Its name in the report folder. */
  file: string
  /** Where the terminal status offers it, if it does. */
  url(result: RunStatusResult): string | undefined
  download(
    client: LeapworkClient,
    url: string,
    path: string,
    options: PhaseOptions
  ): Promise<{ bytes: number }>
  /** What more is done once the file is in the folder. */
  complete?(
    client: LeapworkClient,
    path: string,
    reports: Reports,
    options: PhaseOptions
  ): Promise<void>
}

export const REPORT_KINDS = [
  {
    id: 'excel',
    title: 'The Excel run report',
    label: 'Excel run report',
    file: 'run-report.xlsx',
    url: (result) => result.excelReportUrl,
    download: (client, url, path, options) => client.downloadRunReport(url, path, options)
  },
  {
    id: 'ai',
    title: 'The AI analysis report',
    label: 'AI analysis',
    file: 'ai-analysis.txt',
    url: (result) => result.aiAnalysisReportUrl,
    download: (client, url, path, options) => client.downloadAiAnalysisReport(url, path, options),
    complete: completeAiAnalysis
  }
] as const satisfies readonly ReportKind[]

export type ReportId = (typeof REPORT_KINDS)[number]['id']
