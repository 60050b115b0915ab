import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Settings } from '../inputs.js'
import type { Log } from '../log.js'
import type { RunMetrics } from '../metrics/model.js'
import { REPORT_FILES, type Reports } from '../reports/download.js'
import {
  defaultArtifactName,
  uploadReportArtifact,
  type UploadedArtifact
} from '../reports/artifact.js'
import { renderSummary, type PresentationInput } from '../present/summary.js'
import { renderJUnit } from '../present/junit.js'
import { formatCount } from '../number-format.js'
import { rankFindings, type FindingKind } from '../present/findings.js'
import { commentMarker, renderComment } from '../present/comment-body.js'
import type { Verdict } from '../verdict/types.js'
import { artifactUrl, workflowRunUrl } from './context.js'
import { pullRequestNumber, upsertPullRequestComment } from './comment.js'
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
  log: Log
}

/** Everything a person or a later step sees of the run: files, artifact, summary, comment, outputs. */
export async function publishResults(results: Results): Promise<void> {
  const { settings, metrics, verdict, reports, log } = results
  annotateVerdict(verdict, settings.failOnBreach, log)
  const presentation: PresentationInput = {
    metrics,
    verdict,
    aiAnalysis: reports.aiText,
    notes: reports.problems,
    links: { workflowRunUrl: workflowRunUrl() },
    name: settings.name
  }
  const junitFile = join(reports.dir, REPORT_FILES.junit)
  await writeFile(junitFile, renderJUnit(presentation))
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
  presentation.links = { ...presentation.links, ...artifactLinks(artifact, artifactName) }
  await writeSummary(renderSummary(presentation).markdown)
  await commentOnPullRequest(presentation, settings, log)
  setOutputs({ ...results, junitFile, artifact, artifactLink: presentation.links.artifactUrl })
  conclude(verdict, settings.failOnBreach, log)
}

function artifactLinks(artifact: UploadedArtifact | undefined, name: string) {
  return artifact ? { artifactName: name, artifactUrl: artifactUrl(artifact.id) } : {}
}

/**
 * The worst findings become annotations, leaving room among the ones GitHub shows for the verdict's
 * own line and, when findings are left over, one that says how many and where; the log lists them
 * all.
 */
function annotateVerdict(verdict: Verdict, failOnBreach: boolean, log: Log): void {
  const annotate = failOnBreach ? log.error : log.warning
  const findings = rankFindings(verdict)
  const room = SHOWN_ANNOTATIONS - 1
  const shown = findings.length <= room ? findings : findings.slice(0, room - 1)
  for (const finding of shown) {
    annotate(finding.message, { title: FINDING_TITLES[finding.kind] })
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

async function commentOnPullRequest(
  presentation: PresentationInput,
  settings: Settings,
  log: Log
): Promise<void> {
  if (!settings.comment) return
  const pullNumber = await pullRequestNumber()
  if (pullNumber === undefined) return
  if (!settings.githubToken) {
    log.warning('No "github-token": the pull request comment was not written.')
    return
  }
  const marker = commentMarker(
    presentation.metrics.timelineId,
    process.env.GITHUB_JOB ?? '',
    settings.name
  )
  const body = renderComment({ ...presentation, marker })
  await upsertPullRequestComment(pullNumber, body, marker, settings.githubToken, log)
}

function setOutputs(
  results: Results & { junitFile: string; artifact?: UploadedArtifact; artifactLink?: string }
): void {
  const { metrics, verdict, reports } = results
  const outputs: Record<string, string | number | undefined> = {
    'run-id': metrics.runId,
    status: metrics.status,
    result: verdict.result,
    'p95-ms': metrics.totals.worstP95,
    'error-rate': round(metrics.totals.errorRate),
    errors: metrics.totals.errors,
    requests: metrics.totals.requests,
    'report-dir': reports.dir,
    'excel-report': reports.excel,
    'ai-report': reports.ai,
    'metrics-file': results.metricsFile,
    'junit-file': results.junitFile,
    'artifact-id': results.artifact?.id,
    'artifact-url': results.artifactLink
  }
  for (const [name, value] of Object.entries(outputs)) {
    if (value !== undefined) core.setOutput(name, String(value))
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
