/** The words of `confirm-regressions: rerun`: log lines, and the summary's section on the second run. */

import { counted, formatCount, formatPercent } from '../number-format.js'
import type { ConfirmedStep, NoRerunReason } from '../verdict/confirmation.js'
import { MAX_CONFIRMED_STEPS, SPIKE_MARGIN } from '../verdict/confirmation.js'
import type { Verdict } from '../verdict/types.js'
import { escapeMarkdownCell, inlineCode, truncate } from './markdown.js'

const MAX_TITLE_LENGTH = 120

const NO_RERUN: Record<NoRerunReason | 'over-budget', string> = {
  'not-failed': 'the run did not fail',
  'thresholds-breached': 'thresholds were breached, which a second run does not excuse',
  'whole-run-regressed': 'the whole run regressed, which needs no confirmation',
  'errors-regressed': "a step's errors regressed, not only its p95",
  'too-many-steps': `more than ${MAX_CONFIRMED_STEPS} steps regressed, more than a single spike explains`,
  'beyond-spike-margin': `a step regressed by more than ${SPIKE_MARGIN} times its limit, more than a single spike explains`,
  'over-budget': 'a second run would take the usage over "max-vum"'
}

export function noRerunText(reason: NoRerunReason | 'over-budget'): string {
  return `No confirmation run (confirm-regressions: rerun): ${NO_RERUN[reason]}.`
}

export function rerunText(regressedSteps: number): string {
  return `${counted(regressedSteps, 'step', 'steps')} regressed by a margin a single spike could explain: starting the same load once more to confirm (confirm-regressions: rerun).`
}

/** The summary's section on the confirmation run, or '' when none was made. */
export function confirmationSection(verdict: Verdict): string {
  const confirmation = verdict.confirmation
  if (!confirmation) return ''
  const run = `run ${inlineCode(confirmation.runId)}, an extra ${formatCount(confirmation.extraVum)} VUM`
  const lines = [
    '### 🔁 Confirmation run',
    `A second run of the same load was made to confirm the regressions (\`confirm-regressions: rerun\`): ${run}. The first run's figures are the record.`
  ]
  if (confirmation.problem !== undefined) {
    lines.push(
      `It could not be judged (${escapeMarkdownCell(truncate(confirmation.problem, 300))}), so the first run's regressions stand.`
    )
    return lines.join('\n\n')
  }
  lines.push(outcomeSentence(confirmation.confirmed.length, confirmation.cleared.length))
  const rows = [
    ...confirmation.confirmed.map((step) => row(step, '🔺 confirmed')),
    ...confirmation.cleared.map((step) => row(step, '✅ cleared'))
  ]
  lines.push(
    [
      '| Step | First run | Second run | Limit | Outcome |',
      '| --- | --- | --- | --- | --- |',
      ...rows
    ].join('\n')
  )
  return lines.join('\n\n')
}

function outcomeSentence(confirmed: number, cleared: number): string {
  const parts: string[] = []
  if (confirmed > 0) {
    parts.push(`it confirmed ${counted(confirmed, 'step', 'steps')}, which fail`)
  }
  if (cleared > 0) {
    parts.push(
      `it cleared ${counted(cleared, 'step', 'steps')} as a one-run spike (back within the limit in the second run)`
    )
  }
  const sentence = parts.join('; ')
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`
}

function row(step: ConfirmedStep, outcome: string): string {
  const cells = [
    `${escapeMarkdownCell(truncate(step.title, MAX_TITLE_LENGTH))} (${inlineCode(step.trackItemId)})`,
    formatPercent(step.firstPercent, { signed: true }),
    step.secondPercent === undefined ? '–' : formatPercent(step.secondPercent, { signed: true }),
    step.limitPercent === undefined ? '–' : formatPercent(step.limitPercent, { signed: true }),
    outcome
  ]
  return `| ${cells.join(' | ')} |`
}
