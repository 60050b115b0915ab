import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import type { LeapworkClient } from '../leapwork/client.js'
import type { RunStatusResult } from '../leapwork/types.js'
import type { Log } from '../log.js'
import { pathUnder, safeName } from './safe-name.js'

export const REPORT_FILES = {
  excel: 'run-report.xlsx',
  ai: 'ai-analysis.txt',
  aiTrackItem: (trackItemId: string) => `ai-analysis-${safeName(trackItemId)}.txt`,
  metrics: 'metrics.json',
  history: 'history.json',
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

const NOT_READY = /not (yet )?(ready|available)|getAiAnalysis/i
const REPORT_PHASE_BUDGET_MS = 10 * 60 * 1000
const MAX_LISTED_ITEMS = 10

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
    await fetchExcel(client, result, reports, phase)
    await fetchAi(client, result, reports, phase)
  } finally {
    clearTimeout(timer)
  }
  for (const problem of reports.problems) options.log.warning(problem)
  return reports
}

type PhaseOptions = ReportOptions & { signal: AbortSignal }

async function fetchExcel(
  client: LeapworkClient,
  result: RunStatusResult,
  reports: Reports,
  options: PhaseOptions
): Promise<void> {
  if (!result.excelReportUrl) return
  const path = pathUnder(options.dir, REPORT_FILES.excel)
  await attempt(reports, 'The Excel run report', async () => {
    const { bytes } = await client.downloadRunReport(result.excelReportUrl!, path, options)
    options.log.info(`Excel run report: ${path} (${bytes} bytes)`)
    reports.excel = path
    reports.files.push(path)
  })
}

async function fetchAi(
  client: LeapworkClient,
  result: RunStatusResult,
  reports: Reports,
  options: PhaseOptions
): Promise<void> {
  if (!result.aiAnalysisReportUrl) return
  const path = pathUnder(options.dir, REPORT_FILES.ai)
  await attempt(reports, 'The AI analysis report', async () => {
    await client.downloadAiAnalysisReport(result.aiAnalysisReportUrl!, path, options)
    reports.ai = path
    reports.files.push(path)
    options.log.info(`AI analysis: ${path}`)
    reports.aiText = await completeAiAnalysis(
      client,
      reports,
      await readFile(path, 'utf8'),
      options
    )
  })
}

async function completeAiAnalysis(
  client: LeapworkClient,
  reports: Reports,
  combined: string,
  options: PhaseOptions
): Promise<string> {
  const sections = splitAiSections(combined)
  const isLate = (id: string) => !sections.has(id) || NOT_READY.test(sections.get(id)!.body)
  const late = await fetchLateAnalyses(client, options.trackItemIds.filter(isLate), options)
  const missing = [...late.keys()].filter((id) => late.get(id) === undefined)
  if (missing.length > 0) reports.problems.push(lateProblem(missing, options))
  let text = combined.trimEnd()
  for (const [trackItemId, analysis] of late) {
    if (analysis === undefined) continue
    const path = pathUnder(options.dir, REPORT_FILES.aiTrackItem(trackItemId))
    await writeFile(path, analysis)
    reports.aiTrackItems[trackItemId] = path
    reports.files.push(path)
    options.log.info(
      `AI analysis of track item ${trackItemId}, which was not ready at first: ${path}`
    )
    const placeholder = sections.get(trackItemId)?.text
    text = placeholder
      ? text.replace(placeholder.trimEnd(), () => analysis.trimEnd())
      : `${text}\n\n${analysis.trimEnd()}`
  }
  return text
}

function lateProblem(trackItemIds: string[], { aiTries = 3, signal }: PhaseOptions): string {
  const shown = trackItemIds.slice(0, MAX_LISTED_ITEMS).join(', ')
  const more = trackItemIds.length - MAX_LISTED_ITEMS
  const items = `track item${trackItemIds.length > 1 ? 's' : ''} ${shown}${more > 0 ? ` and ${more} more` : ''}`
  if (signal.aborted) {
    return `The AI analysis of ${items} was not fetched: ${errorMessage(signal.reason)}.`
  }
  return `The AI analysis of ${items} was not ready after ${aiTries} tries.`
}

/**
 * Asks for each late analysis in rounds: every round asks each item still missing once, and the
 * wait comes between rounds, so a hundred late items cost a few waits in all, not one each. The
 * report phase's budget ends the rounds early.
 */
async function fetchLateAnalyses(
  client: LeapworkClient,
  trackItemIds: string[],
  { runId, aiTries = 3, aiRetryDelayMs = 5000, log, signal }: PhaseOptions
): Promise<Map<string, string | undefined>> {
  const analyses = new Map<string, string | undefined>(trackItemIds.map((id) => [id, undefined]))
  for (let round = 1; round <= aiTries && !signal.aborted; round++) {
    const missing = trackItemIds.filter((id) => analyses.get(id) === undefined)
    for (const trackItemId of missing) {
      if (signal.aborted) break
      const text = await client
        .getAiAnalysis(runId, trackItemId, { signal })
        .catch((error: unknown) => {
          log.debug(`getAiAnalysis ${trackItemId}, round ${round}: ${String(error)}`)
          return undefined
        })
      if (text && !NOT_READY.test(text)) analyses.set(trackItemId, text)
    }
    const stillMissing = [...analyses.values()].includes(undefined)
    if (!stillMissing || round === aiTries) break
    await sleep(aiRetryDelayMs, undefined, { signal }).catch(() => undefined)
  }
  return analyses
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
    reports.problems.push(`${what} could not be downloaded: ${errorMessage(error)}`)
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
