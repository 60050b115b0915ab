/**
 * One view of the verdict: the headline, the findings in order, the counts, the checks not made,
 * the history and the links, in plain text with every link checked. The job summary, the pull
 * request comment, the JUnit file and the annotations each draw this view, so they say the same.
 *
 * To add a section (a notice under the headline, a block after the history), pass it in
 * `PresentationInput.sections`; both markdown drawings place it, escaped, by its `place`.
 */

import { formatPercent } from '../number-format.js'
import type { BaselineComparison, Result, StepComparison, Verdict } from '../verdict/types.js'
import type { PresentationInput, PresentationLinks } from './format.js'
import { rankFindings, type Finding } from './findings.js'
import { hostOf, truncate, trustedUrl, word } from './markdown.js'
import { comparedLine, historyFacts, noiseLines } from './regression-text.js'

export type { Finding, FindingKind } from './findings.js'

/** A block of plain text added to the view by another part of the action. */
export interface ViewSection {
  /** A heading in the summary, bold in the comment. */
  title: string
  /** One list item each; a word in backticks renders as code. */
  lines: string[]
  /** `notice`: under the headline, beside the ⚠️ Not checked lines; `details`: after the history. */
  place: 'notice' | 'details'
  /** Whether the pull request comment shows it too. */
  inComment?: boolean
}

export interface ViewLink {
  label: string
  /** Only a URL of an expected host: otherwise the label is shown as text. */
  url?: string
}

export interface HistoryRunView extends ViewLink {
  finishedAt?: string
}

export interface HistoryView {
  /** The history's runs, oldest first. */
  runs: HistoryRunView[]
  /** How the gate judged: its false-alarm budget or calibration, and the practical minimum. */
  facts: string[]
  /** `Compared 98 steps with 10 history runs: …` */
  compared: string
  /** What the noise model found a reader should know: spiky classes, unbounded steps, new levels. */
  noise: string[]
  /** The whole run's limit in this run, in percent, when the gate has one. */
  runLimitPercent?: number
  newSteps: StepComparison[]
  vanishedSteps: StepComparison[]
}

export interface FindingCounts {
  breaches: number
  /** Step and whole-run regressions. */
  regressions: number
  faster: number
  new: number
  vanished: number
}

export interface ViewLinks {
  workflowRun?: string
  summary?: string
  artifact?: ViewLink
}

export interface VerdictView {
  result: Result
  /** `✅ Passed (50 users) — 3 criteria held on 8 steps` */
  headline: string
  /** Breaches and regressions, the furthest past its limit or baseline first. */
  findings: Finding[]
  counts: FindingCounts
  unmadeChecks: string[]
  notes: string[]
  history?: HistoryView
  links: ViewLinks
  sections: ViewSection[]
}

const VERDICT_WORDS: Record<Result, string> = {
  passed: '✅ Passed',
  failed: '❌ Failed',
  error: '⚠️ Error'
}
const MAX_REASON_LENGTH = 300
const MAX_MESSAGE_LENGTH = 500
const MAX_RUN_LABEL_LENGTH = 80
const MAX_SECTION_LINES = 50

export function buildVerdictView(input: PresentationInput): VerdictView {
  const { verdict } = input
  const hosts = [hostOf(input.links?.serverUrl)].filter((host) => host !== undefined)
  const baseline = verdict.baseline
  return {
    result: verdict.result,
    headline: headline(verdict, input.name),
    findings: rankFindings(verdict).map((finding) => ({
      ...finding,
      message: truncate(finding.message, MAX_MESSAGE_LENGTH)
    })),
    counts: counts(verdict),
    unmadeChecks: verdict.unmadeChecks.map((check) => truncate(check, MAX_MESSAGE_LENGTH)),
    notes: (input.notes ?? []).map((note) => truncate(note, MAX_MESSAGE_LENGTH)),
    ...(baseline === undefined ? {} : { history: historyView(baseline, hosts) }),
    links: viewLinks(input.links ?? {}, hosts),
    sections: (input.sections ?? []).map((section) => ({
      ...section,
      title: word(section.title),
      lines: section.lines
        .slice(0, MAX_SECTION_LINES)
        .map((line) => truncate(line, MAX_MESSAGE_LENGTH))
    }))
  }
}

/** Outcome, the leg's name, the reason, and how far the whole run moved when that is worth a look. */
function headline(verdict: Verdict, name?: string): string {
  const leg = name ? ` (${word(name)})` : ''
  const reason = truncate(verdict.reason, MAX_REASON_LENGTH)
  return `${VERDICT_WORDS[verdict.result]}${leg} — ${reason}${runMovement(verdict.baseline)}`
}

/**
 * `; the whole run is 14% slower than its history, within its limit of +17.8%`: said when the run
 * moved at least half way to its limit without regressing, so a pass never hides a shift.
 */
function runMovement(baseline?: BaselineComparison): string {
  const change = baseline?.runChangePercent
  const limit = baseline?.runLimitPercent
  if (!baseline || change === undefined || limit === undefined) return ''
  if (baseline.runRegressions.some((finding) => finding.measure === 'p95')) return ''
  if (Math.abs(change) < Math.abs(limit) / 2) return ''
  const size = formatPercent(Math.abs(change))
  return change > 0
    ? `; the whole run is ${size} slower than its history, within its limit of ${formatPercent(limit, { signed: true })}`
    : `; the whole run is ${size} faster than its history`
}

function counts(verdict: Verdict): FindingCounts {
  const steps = verdict.baseline?.steps ?? []
  return {
    breaches: verdict.breaches.length,
    regressions: verdict.regressions.length + (verdict.baseline?.runRegressions.length ?? 0),
    faster: steps.filter((step) => step.improvement).length,
    new: steps.filter((step) => step.kind === 'new').length,
    vanished: steps.filter((step) => step.kind === 'vanished').length
  }
}

function historyView(baseline: BaselineComparison, hosts: string[]): HistoryView {
  return {
    runs: baseline.runs.map((run) => ({
      label: truncate(run.runId, MAX_RUN_LABEL_LENGTH),
      url: trustedUrl(run.url, hosts),
      ...(run.finishedAt === undefined ? {} : { finishedAt: run.finishedAt })
    })),
    facts: historyFacts(baseline),
    compared: comparedLine(baseline),
    noise: noiseLines(baseline),
    ...(baseline.runLimitPercent === undefined
      ? {}
      : { runLimitPercent: baseline.runLimitPercent }),
    newSteps: baseline.steps.filter((step) => step.kind === 'new'),
    vanishedSteps: baseline.steps.filter((step) => step.kind === 'vanished')
  }
}

function viewLinks(links: PresentationLinks, hosts: string[]): ViewLinks {
  const workflowRun = trustedUrl(links.workflowRunUrl, hosts)
  const summary = trustedUrl(links.summaryUrl, hosts) ?? workflowRun
  const artifactUrl = trustedUrl(links.artifactUrl, hosts)
  const hasArtifact = links.artifactName !== undefined || links.artifactUrl !== undefined
  return {
    ...(workflowRun === undefined ? {} : { workflowRun }),
    ...(summary === undefined ? {} : { summary }),
    ...(hasArtifact
      ? { artifact: { label: word(links.artifactName ?? 'reports'), url: artifactUrl } }
      : {})
  }
}
