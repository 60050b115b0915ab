import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { LeapworkClient } from '../leapwork/client.js'
import type { RunStatusResult } from '../leapwork/types.js'
import type { Log } from '../log.js'

export const REPORT_FILES = {
  excel: 'run-report.xlsx',
  ai: 'ai-analysis.txt',
  aiTrackItem: (trackItemId: string) => `ai-analysis-${safeFileName(trackItemId)}.txt`,
  metrics: 'metrics.json',
  junit: 'junit.xml'
}

export interface Reports {
  dir: string
  excel?: string
  ai?: string
  aiTrackItems: Record<string, string>
  /** The combined AI text, with each late track item's own analysis in place of its "not ready" note. */
  aiText?: string
  problems: string[]
}

export interface ReportOptions {
  runId: string
  trackItemIds: string[]
  dir: string
  log: Log
  /** Tries of getAiAnalysis for a track item whose analysis is not ready, and the wait between. */
  aiTries?: number
  aiRetryDelayMs?: number
}

const NOT_READY = /not (yet )?(ready|available)|getAiAnalysis/i

/** Downloads what the terminal status offers; a report that cannot be had is a warning, not a failure. */
export async function fetchReports(
  client: LeapworkClient,
  result: RunStatusResult,
  options: ReportOptions
): Promise<Reports> {
  await mkdir(options.dir, { recursive: true })
  const reports: Reports = { dir: options.dir, aiTrackItems: {}, problems: [] }
  if (result.excelReportUrl) {
    const path = join(options.dir, REPORT_FILES.excel)
    await attempt(reports, 'The Excel run report', async () => {
      const { bytes } = await client.downloadRunReport(result.excelReportUrl!, path)
      options.log.info(`Excel run report: ${path} (${bytes} bytes)`)
      reports.excel = path
    })
  }
  if (result.aiAnalysisReportUrl) {
    const path = join(options.dir, REPORT_FILES.ai)
    await attempt(reports, 'The AI analysis report', async () => {
      await client.downloadAiAnalysisReport(result.aiAnalysisReportUrl!, path)
      reports.ai = path
      options.log.info(`AI analysis: ${path}`)
      reports.aiText = await completeAiAnalysis(
        client,
        reports,
        await readFile(path, 'utf8'),
        options
      )
    })
  }
  for (const problem of reports.problems) options.log.warning(problem)
  return reports
}

async function completeAiAnalysis(
  client: LeapworkClient,
  reports: Reports,
  combined: string,
  options: ReportOptions
): Promise<string> {
  const sections = splitAiSections(combined)
  const isLate = (id: string) => !sections.has(id) || NOT_READY.test(sections.get(id)!.body)
  let text = combined.trimEnd()
  for (const trackItemId of options.trackItemIds.filter(isLate)) {
    const late = await fetchLateAnalysis(client, trackItemId, options)
    if (late === undefined) {
      reports.problems.push(
        `The AI analysis of track item ${trackItemId} was not ready after ${options.aiTries ?? 3} tries.`
      )
      continue
    }
    const path = join(options.dir, REPORT_FILES.aiTrackItem(trackItemId))
    await writeFile(path, late)
    reports.aiTrackItems[trackItemId] = path
    options.log.info(
      `AI analysis of track item ${trackItemId}, which was not ready at first: ${path}`
    )
    const placeholder = sections.get(trackItemId)?.text
    text = placeholder
      ? text.replace(placeholder.trimEnd(), () => late.trimEnd())
      : `${text}\n\n${late.trimEnd()}`
  }
  return text
}

async function fetchLateAnalysis(
  client: LeapworkClient,
  trackItemId: string,
  { runId, aiTries = 3, aiRetryDelayMs = 5000, log }: ReportOptions
): Promise<string | undefined> {
  for (let tryNumber = 1; tryNumber <= aiTries; tryNumber++) {
    const text = await client.getAiAnalysis(runId, trackItemId).catch((error: unknown) => {
      log.debug(`getAiAnalysis ${trackItemId}, try ${tryNumber}: ${String(error)}`)
      return undefined
    })
    if (text && !NOT_READY.test(text)) return text
    if (tryNumber < aiTries) await sleep(aiRetryDelayMs)
  }
  return undefined
}

/** The combined report holds one "=== AI Analysis for: <trackItemId> ===" section per track item. */
export function splitAiSections(text: string): Map<string, { text: string; body: string }> {
  const sections = new Map<string, { text: string; body: string }>()
  const matches = [...text.matchAll(/^=== AI Analysis for: (.+?) ===$/gm)]
  matches.forEach((match, index) => {
    const end = index + 1 < matches.length ? matches[index + 1].index : text.length
    sections.set(match[1].trim(), {
      text: text.slice(match.index, end),
      body: text.slice(match.index + match[0].length, end)
    })
  })
  return sections
}

async function attempt(reports: Reports, what: string, work: () => Promise<void>): Promise<void> {
  try {
    await work()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    reports.problems.push(`${what} could not be downloaded: ${reason}`)
  }
}

function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_')
}
