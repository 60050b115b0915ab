/**
 * The verdict's view drawn as markdown, once for both the job summary and the pull request
 * comment: they differ only in how much they list and how their headings look.
 */

import { counted, formatCount } from '../number-format.js'
import { stepNameList } from './format.js'
import { escapeProse, markdownLink } from './markdown.js'
import type { Finding, FindingKind } from './findings.js'
import type { VerdictView, ViewSection } from './verdict-view.js'

export interface Drawing {
  /** `summary`: `###` headings; `comment`: bold lines, and only sections meant for the comment. */
  kind: 'summary' | 'comment'
  /** How many findings, notes, steps and history runs to list before "…and N more". */
  maxListed: number
  maxNotes: number
  maxRunLinks: number
  maxTitleLength: number
  /** Where the rest of a cut list is: `in junit.xml and the log`, `in the summary`. */
  moreWhere: string
}

const FINDING_MARKS: Record<FindingKind, string> = { breach: '❌', regression: '🔺' }
/** A finding that fails nothing (the gate is still learning) is a warning. */
const WARNING_MARK = '⚠️'

/** `## ✅ Passed — 3 criteria held on 8 steps` */
export function headlineMarkdown(view: VerdictView, level: '##' | '###'): string {
  return `${level} ${escapeProse(view.headline)}`
}

/** ⚠️ Not checked lines, the warnings and notice sections, each a paragraph or list of its own. */
export function noticesMarkdown(view: VerdictView, drawing: Drawing): string[] {
  const unmade = view.unmadeChecks
    .slice(0, drawing.maxListed)
    .map((check) => `⚠️ **Not checked:** ${escapeProse(check)}`)
  const more = view.unmadeChecks.length - unmade.length
  if (more > 0) unmade.push(`⚠️ …and ${counted(more, 'more check', 'more checks')} not made.`)
  const notes = view.notes.slice(0, drawing.maxNotes).map((note) => `⚠️ ${escapeProse(note)}`)
  const warnings = listBlock('Warnings', notes, view.notes.length - notes.length, drawing)
  return [...unmade, warnings, ...sectionsMarkdown(view, 'notice', drawing)].filter(Boolean)
}

/** Every finding, worst first, under a heading that counts them. */
export function findingsMarkdown(view: VerdictView, drawing: Drawing): string {
  if (view.findings.length === 0) return ''
  const { breaches, regressions } = view.counts
  const heading = [
    breaches > 0 ? `❌ ${counted(breaches, 'threshold breach', 'threshold breaches')}` : '',
    regressions > 0 ? `🔺 ${counted(regressions, 'regression', 'regressions')}` : ''
  ]
    .filter(Boolean)
    .join(' · ')
  const listed = view.findings
    .slice(0, drawing.maxListed)
    .map((finding) => `- ${findingMark(finding)} ${escapeProse(finding.message)}`)
  const more = view.findings.length - listed.length
  if (more > 0) listed.push(`- …and ${formatCount(more)} more ${drawing.moreWhere}.`)
  return [title(`${heading}, worst first`, drawing), '', ...listed].join('\n')
}

/** The history line, the compared-steps line, the counts, and the new and vanished steps. */
export function historyMarkdown(
  view: VerdictView,
  trackItemTitles: Map<string, string>,
  drawing: Drawing
): string {
  const { history, counts } = view
  if (!history) return ''
  const links = history.runs
    .slice(-drawing.maxRunLinks)
    .map((run) => markdownLink(run.label, run.url))
  const earlier = history.runs.length > links.length ? '…, ' : ''
  const runs = `${counted(history.runs.length, 'run', 'runs')} (${earlier}${links.join(', ')})`
  const parts = [
    title('Compared with the history', drawing),
    `History: ${runs} · ${escapeProse(history.facts.join(' · '))}`,
    escapeProse(history.compared),
    ...history.noise.map(escapeProse),
    [
      `🔺 ${counted(counts.regressions, 'regression', 'regressions')}`,
      `✅ ${formatCount(counts.faster)} faster`,
      `🆕 ${formatCount(counts.new)} new`,
      `${formatCount(counts.vanished)} vanished`
    ].join(' · ')
  ]
  const names = { maxListed: drawing.maxListed, maxTitleLength: drawing.maxTitleLength }
  if (history.newSteps.length > 0) {
    parts.push(`**🆕 New steps:** ${stepNameList(history.newSteps, trackItemTitles, names)}`)
  }
  if (history.vanishedSteps.length > 0) {
    parts.push(`**Vanished steps:** ${stepNameList(history.vanishedSteps, trackItemTitles, names)}`)
  }
  return parts.join('\n\n')
}

/** Sections added by other parts of the action, at one place of the view. */
export function sectionsMarkdown(
  view: VerdictView,
  place: ViewSection['place'],
  drawing: Drawing
): string[] {
  return view.sections
    .filter((section) => section.place === place)
    .filter((section) => drawing.kind === 'summary' || section.inComment === true)
    .map((section) => {
      const lines = section.lines.slice(0, drawing.maxListed).map(escapeProse)
      return listBlock(section.title, lines, section.lines.length - lines.length, drawing)
    })
}

/** Where the full reports are: the artifact when it was uploaded, else the report directory. */
export function reportsLocation(view: VerdictView): string {
  const { artifact } = view.links
  if (!artifact) return 'the report directory (`report-dir` output)'
  return `artifact ${markdownLink(artifact.label, artifact.url)}`
}

/** The reports, and the workflow run (summary) or the job summary (comment). */
export function linksMarkdown(view: VerdictView, drawing: Drawing): string {
  const parts: string[] = []
  const { summary, workflowRun, artifact } = view.links
  if (drawing.kind === 'comment' && summary) {
    parts.push(markdownLink('Full results in the job summary', summary))
  }
  if (artifact) parts.push(`📦 Reports: ${reportsLocation(view)}`)
  if (drawing.kind === 'summary' && workflowRun) {
    parts.push(markdownLink('workflow run', workflowRun))
  }
  return parts.join(' · ')
}

function listBlock(heading: string, items: string[], more: number, drawing: Drawing): string {
  if (items.length === 0) return ''
  const rest = more > 0 ? [`- …and ${formatCount(more)} more ${drawing.moreWhere}.`] : []
  return [`**${escapeProse(heading)}**`, '', ...items.map((item) => `- ${item}`), ...rest].join(
    '\n'
  )
}

function title(text: string, drawing: Drawing): string {
  return drawing.kind === 'summary' ? `### ${text}` : `**${text}**`
}

function findingMark(finding: Finding): string {
  return finding.blocking ? FINDING_MARKS[finding.kind] : WARNING_MARK
}
