/**
 * The combined AI report may say of a track item that its analysis is not ready yet: those are
 * asked for again, one by one, and put in place of their notes.
 */
import { readFile } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import type { LeapworkClient } from '../leapwork/client.js'
import { errorMessage, type PhaseOptions, type Reports } from './download.js'
import { safeName } from './safe-name.js'
import { writeReportFile } from './safe-write.js'

const NOT_READY = /not (yet )?(ready|available)|getAiAnalysis/i
const MAX_LISTED_ITEMS = 10

export function lateAnalysisFile(trackItemId: string): string {
  return `ai-analysis-${safeName(trackItemId)}.txt`
}

/** Sets `reports.aiText`: the combined report, with each late analysis fetched in its place. */
export async function completeAiAnalysis(
  client: LeapworkClient,
  path: string,
  reports: Reports,
  options: PhaseOptions
): Promise<void> {
  const combined = await readFile(path, 'utf8')
  const sections = splitAiSections(combined)
  const isLate = (id: string) => !sections.has(id) || NOT_READY.test(sections.get(id)!.body)
  const late = await fetchLateAnalyses(client, options.trackItemIds.filter(isLate), options)
  const missing = [...late.keys()].filter((id) => late.get(id) === undefined)
  if (missing.length > 0) reports.problems.push(lateProblem(missing, options))
  let text = combined.trimEnd()
  for (const [trackItemId, analysis] of late) {
    if (analysis === undefined) continue
    const file = await writeReportFile(options.dir, lateAnalysisFile(trackItemId), analysis)
    reports.aiTrackItems[trackItemId] = file
    reports.files.push(file)
    options.log.info(
      `AI analysis of track item ${trackItemId}, which was not ready at first: ${file}`
    )
    const placeholder = sections.get(trackItemId)?.text
    text = placeholder
      ? text.replace(placeholder.trimEnd(), () => analysis.trimEnd())
      : `${text}\n\n${analysis.trimEnd()}`
  }
  reports.aiText = text
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
