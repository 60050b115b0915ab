import type { Settings } from '../inputs.js'
import type { Log } from '../log.js'
import type { RunMetrics } from '../metrics/model.js'
import { REPORT_FILES, type Reports } from '../reports/download.js'
import { REPORT_KINDS } from '../reports/kinds.js'
import { writeReportFile } from '../reports/safe-write.js'
import { defaultArtifactName } from '../reports/artifact.js'
import { uploadReportArtifact } from './artifact-upload.js'
import { renderSummary, type PresentationInput } from '../present/summary.js'
import { renderJUnit } from '../present/junit.js'
import { formatCount } from '../number-format.js'
import { buildVerdictView, type Finding, type FindingKind } from '../present/verdict-view.js'
import { commentMarker, renderComment } from '../present/comment-body.js'
import { renderCommentNotWritten } from '../present/comment-note.js'
import type { Verdict } from '../verdict/types.js'
import { artifactUrl, githubServerUrl, workflowRunUrl } from './context.js'
import { pullRequestNumber, upsertPullRequestComment, type CommentOutcome } from './comment.js'
import { reportOutputKey, setOutputs, type OutputKey } from './outputs.js'
import { annotateChanges, changesOutput, type ChangeSearch } from './changes.js'
import { carryHistoryForward } from './history-upload.js'
import { core, writeSummary } from './toolkit.js'

/** GitHub shows at most this many error, and as many warning, annotations per step. */
const SHOWN_ANNOTATIONS = 10
const FINDING_TITLES: Record<FindingKind, string> = {
  breach: 'Performance threshold breached',
  regression: 'Performance regression'
}

export interface Results {
  settings: Settings
  metrics: RunMetrics
  verdict: Verdict
  reports: Reports
  metricsFile: string
  /** The comparable earlier runs, oldest first: carried forward with this run. */
  history?: RunMetrics[]
  /** The change search, when this run made one. */
  changes?: ChangeSearch
  log: Log
}

/**
 * Everything a person or a later step sees of the run: files, artifact, outputs, summary, comment.
 * The outputs are set before anything is written to GitHub, so a slow or failing API cannot leave
 * `result` unset.
 */
export async function publishResults(results: Results): Promise<void> {
  const { settings, metrics, verdict, reports, log } = results
  const presentation: PresentationInput = {
    changes: results.changes?.view,
    metrics,
    verdict,
    aiAnalysis: reports.aiText,
    notes: reports.problems,
    links: { workflowRunUrl: workflowRunUrl(), serverUrl: githubServerUrl() },
    name: settings.name
  }
  annotateFindings(buildVerdictView(presentation).findings, settings.failOnBreach, log)
  annotateChanges(results.changes, log)
  const junitFile = await writeReportFile(
    reports.dir,
    REPORT_FILES.junit,
    renderJUnit(presentation)
  )
  setOutputs(runOutputs({ ...results, junitFile }))
  const history = carryHistoryForward({ ...results, runs: results.history ?? [] })
  const { artifactId, ...artifactLinks } = await uploadReports(results, junitFile)
  await history.upload()
  presentation.links = { ...presentation.links, ...artifactLinks }
  setOutputs({ 'artifact-id': artifactId, 'artifact-url': artifactLinks.artifactUrl })
  await writeSummary(renderSummary(presentation).markdown)
  const comment = await commentOnPullRequest(presentation, settings, log)
  if (comment?.written === false) await writeSummary(renderCommentNotWritten(comment.reason))
  conclude(verdict, settings.failOnBreach, log)
}

/** The artifact's ID, name and link, or nothing when the reports were not uploaded. */
async function uploadReports(
  results: Results,
  junitFile: string
): Promise<{ artifactId?: string; artifactName?: string; artifactUrl?: string }> {
  const { settings, metrics, reports, log } = results
  const artifactName =
    settings.artifactName ?? defaultArtifactName(metrics.timelineId, metrics.runId, settings.name)
  const artifact = await core.group(`Uploading the reports as artifact "${artifactName}"`, () =>
    uploadReportArtifact(
      reports.dir,
      [...reports.files, results.metricsFile, junitFile],
      artifactName,
      settings.retentionDays,
      log
    )
  )
  if (!artifact) return {}
  return { artifactId: artifact.id, artifactName, artifactUrl: artifactUrl(artifact.id) }
}

/**
 * The worst findings become annotations, leaving room among the ones GitHub shows for the verdict's
 * own line and, when findings are left over, one that says how many and where; the log lists them
 * all.
 */
function annotateFindings(findings: Finding[], failOnBreach: boolean, log: Log): void {
  const annotate = failOnBreach ? log.error : log.warning
  const room = SHOWN_ANNOTATIONS - 1
  const shown = findings.length <= room ? findings : findings.slice(0, room - 1)
  for (const finding of shown) {
    const annotateFinding = finding.blocking ? annotate : log.warning
    annotateFinding(finding.message, { title: FINDING_TITLES[finding.kind] })
  }
  const more = findings.length - shown.length
  if (more <= 0) return
  const group = `All ${formatCount(findings.length)} performance findings, worst first`
  annotate(
    `${formatCount(more)} more findings are not annotated. All ${formatCount(findings.length)} are ` +
      `listed in this step's log (group "${group}"), in junit.xml (a failure per step) and, with ` +
      `every step's figures, in metrics.json among the reports; the job summary lists the worst.`,
    { title: 'More performance findings' }
  )
  core.startGroup(group)
  for (const finding of findings) log.info(finding.message)
  core.endGroup()
}

/** Undefined when there is no comment to write: comment: false, or not a pull request. */
async function commentOnPullRequest(
  presentation: PresentationInput,
  settings: Settings,
  log: Log
): Promise<CommentOutcome | undefined> {
  if (!settings.comment) return undefined
  const pullNumber = await pullRequestNumber()
  if (pullNumber === undefined) return undefined
  if (!settings.githubToken) {
    log.warning('No "github-token": the pull request comment was not written.')
    return { written: false, reason: 'No "github-token" was given.' }
  }
  const marker = commentMarker(
    presentation.metrics.timelineId,
    process.env.GITHUB_JOB ?? '',
    settings.name
  )
  const body = renderComment({ ...presentation, marker })
  return upsertPullRequestComment(pullNumber, body, marker, settings.githubToken, log)
}

function runOutputs(
  results: Results & { junitFile: string }
): Partial<Record<OutputKey, string | number>> {
  const { metrics, verdict, reports } = results
  const reportPaths = REPORT_KINDS.map((kind) => [reportOutputKey(kind.id), reports.paths[kind.id]])
  return {
    'run-id': metrics.runId,
    status: metrics.status,
    result: verdict.result,
    'p95-ms': metrics.totals.worstP95,
    'error-rate': round(metrics.totals.errorRate),
    errors: metrics.totals.errors,
    requests: metrics.totals.requests,
    'report-dir': reports.dir,
    ...Object.fromEntries(reportPaths),
    'metrics-file': results.metricsFile,
    'junit-file': results.junitFile,
    changes: changesOutput(results.changes)
  }
}

function conclude(verdict: Verdict, failOnBreach: boolean, log: Log): void {
  if (verdict.result === 'passed') log.info(`Result: ${verdict.reason}`)
  else if (verdict.result === 'error' || failOnBreach) core.setFailed(verdict.reason)
  else log.warning(`${verdict.reason} (fail-on-breach is false, so the step passes)`)
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
