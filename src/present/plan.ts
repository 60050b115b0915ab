/** The plan of a run before it starts: log lines for every run, and the job summary of a dry run. */

import type { RunPlan } from '../run/resolve.js'
import { worstCaseVum, type TrackItemUsage, type UsageEstimate } from '../run/estimate.js'
import { escapeMarkdownCell, inlineCode, truncate } from './markdown.js'
import { formatDuration } from '../number-format.js'

export interface PlanInput {
  plan: RunPlan
  usage: UsageEstimate
  maxVum?: number
}

const MAX_TABLE_ROWS = 200
const MAX_TITLE_LENGTH = 200
const MAX_WARNINGS = 20
const MAX_WARNING_LENGTH = 1000

/** The plan as the log shows it, one line per entry. */
export function planLogLines({ plan, usage, maxVum }: PlanInput): string[] {
  const { timeline } = plan
  const lines = [`Timeline "${plan.timelineTitle}" (project ${timeline.projectId})`]
  for (const item of usage.trackItems) {
    lines.push(
      `  track item ${item.trackItemId} "${item.title}" in ${item.region || 'an unnamed region'}: ${usersText(item)}`
    )
  }
  lines.push(
    `Planned run time: ${timeline.plannedRunTime} s; estimated usage: ${estimateText(usage)} (${usage.method})`
  )
  if (usage.confirmationVum !== undefined) {
    lines.push(`Possible confirmation run: ${confirmationText(usage)}`)
  }
  const dataItem = dataItemText(plan)
  if (dataItem) lines.push(`Data item ${dataItem}`)
  if (maxVum !== undefined)
    lines.push(`Usage limit: max-vum ${maxVum} VUM (${limitVerdict(usage, maxVum)})`)
  return lines
}

/** The job summary of a dry run: what would run, for how long, at what estimated cost. */
export function renderPlanSummary({ plan, usage, maxVum }: PlanInput): string {
  const headline = headlineOf(usage, maxVum)
  const timelineId = plan.timelineAssetId ? `${inlineCode(plan.timelineAssetId)}, ` : ''
  const facts = [
    `- **Timeline:** ${cell(plan.timelineTitle)} (${timelineId}project ${inlineCode(plan.timeline.projectId)})`,
    `- **Planned run time:** ${formatDuration(plan.timeline.plannedRunTime)}`,
    `- **Estimated usage:** ${estimateText(usage)}, ${escapeMarkdownCell(usage.method)}`
  ]
  if (usage.confirmationVum !== undefined) {
    facts.push(`- **Possible confirmation run:** ${confirmationText(usage)}`)
  }
  if (maxVum !== undefined) {
    facts.push(`- **Usage limit:** \`max-vum\` ${maxVum} VUM; ${limitVerdict(usage, maxVum)}`)
  }
  const dataItem = dataItemMarkdown(plan)
  if (dataItem) facts.push(`- **Data item:** ${dataItem}`)
  return [
    headline,
    facts.join('\n'),
    warningsSection(plan.warnings),
    '### Track items',
    table(['Track item', 'Title', 'Region', 'Virtual users'], trackItemRows(usage.trackItems)),
    omittedRows(usage.trackItems.length)
  ]
    .filter((section) => section !== '')
    .join('\n\n')
}

/** What the checks before the start found: each would cost the run a check, or its point. */
function warningsSection(warnings: string[]): string {
  if (warnings.length === 0) return ''
  const listed = warnings
    .slice(0, MAX_WARNINGS)
    .map((warning) => `- ⚠️ ${escapeMarkdownCell(truncate(warning, MAX_WARNING_LENGTH))}`)
  const more = warnings.length - MAX_WARNINGS
  if (more > 0) listed.push(`- …and ${more} more warnings in the log.`)
  return ['### Before the start', listed.join('\n')].join('\n\n')
}

function trackItemRows(items: TrackItemUsage[]): string[][] {
  return items
    .slice(0, MAX_TABLE_ROWS)
    .map((item) => [
      inlineCode(item.trackItemId),
      cell(item.title),
      cell(item.region || '–'),
      cell(usersText(item))
    ])
}

function omittedRows(count: number): string {
  const omitted = count - MAX_TABLE_ROWS
  return omitted > 0 ? `…and ${omitted} more track items.` : ''
}

function usersText(item: TrackItemUsage): string {
  return item.usersFrom === 'timeline'
    ? `${item.users} virtual users at peak (the timeline's load)`
    : `${item.users} virtual users (${item.usersFrom})`
}

function dataItemText(plan: RunPlan): string | undefined {
  if (!plan.dataItem) return undefined
  const role = plan.request.role ? `, role "${plan.request.role}"` : ''
  const users = plan.request.userCount ? `, ${plan.request.userCount} users` : ''
  return `"${plan.dataItem.dataItemName}" (${plan.dataItem.assetId})${role}${users}`
}

function dataItemMarkdown({ dataItem, request }: RunPlan): string | undefined {
  if (!dataItem) return undefined
  const role = request.role ? `, role ${cell(request.role)}` : ''
  const users = request.userCount ? `, ${request.userCount} users` : ''
  return `${cell(dataItem.dataItemName)} (${inlineCode(dataItem.assetId)})${role}${users}`
}

function estimateText(usage: UsageEstimate): string {
  return usage.unknown ? 'unknown' : `${usage.vum} VUM`
}

function confirmationText(usage: UsageEstimate): string {
  return `up to ${usage.confirmationVum} VUM more (\`confirm-regressions: rerun\` runs the same load once more when only a few steps fail by a margin a single spike could explain), ${worstCaseVum(usage)} VUM at most in all`
}

function headlineOf(usage: UsageEstimate, maxVum: number | undefined): string {
  if (maxVum !== undefined && usage.unknown) {
    return '## ❌ Leapwork Performance dry run: no estimate to check against `max-vum`; nothing was started'
  }
  if (maxVum !== undefined && worstCaseVum(usage) > maxVum) {
    return '## ❌ Leapwork Performance dry run: the plan is over `max-vum`; nothing was started'
  }
  return '## 🔎 Leapwork Performance dry run: the plan is valid; nothing was started'
}

function limitVerdict(usage: UsageEstimate, maxVum: number): string {
  if (usage.unknown) return 'no estimate could be made to check against it'
  if (usage.vum > maxVum) return 'the estimate is over it'
  if (worstCaseVum(usage) > maxVum) return 'the estimate with a confirmation run is over it'
  return 'the estimate is within it'
}

function cell(text: string): string {
  return escapeMarkdownCell(truncate(text, MAX_TITLE_LENGTH))
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}
