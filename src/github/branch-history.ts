/** The branch's history around a run: read it before judging, search it for shifts after. */

import type { Settings } from '../inputs.js'
import type { Log } from '../log.js'
import type { RunMetrics } from '../metrics/model.js'
import { loadHistory, type HistoryFiles } from '../reports/history-files.js'

/**
 * The history `baseline` names. A run that records its branch's history reads the history artifact
 * even without `baseline: auto`, to carry it forward and search it for changes; it is then not
 * used as a baseline. `files` are those the checks before the run read: unchanged, they are not
 * read again.
 */
export async function readHistory(
  settings: Settings,
  metrics: RunMetrics,
  log: Log,
  files?: HistoryFiles
) {
  const github = await import('./auto-baseline.js')
  const records = await github.recordsHistory()
  return loadHistory({
    baseline: settings.baseline ?? (records ? { kind: 'auto', runs: 0 } : undefined),
    current: metrics,
    findAuto: () =>
      github.findAutoBaseline({
        token: settings.githubToken ?? '',
        current: metrics,
        name: settings.name,
        log: settings.baseline ? log : { ...log, warning: log.info, notice: log.info }
      }),
    runUrl: github.historyRunUrl,
    files
  })
}

/** Searches the branch's history for shifts on runs that record it, and keeps the issue when asked. */
export async function reportChanges(
  settings: Settings,
  metrics: RunMetrics,
  history: RunMetrics[],
  log: Log
) {
  const { searchChanges } = await import('./changes.js')
  const search = await searchChanges({ settings, metrics, history, log })
  if (search) {
    const { keepChangeIssue } = await import('./change-issue.js')
    await keepChangeIssue({ search, settings, metrics, log })
  }
  return search
}
