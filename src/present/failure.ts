/** The job summary of a step that failed before it had a run to judge: what went wrong, what to do. */

import { escapeProse, truncate } from './markdown.js'

export interface Failure {
  /** Each thing that went wrong, one sentence each (several when many inputs are invalid). */
  problems: string[]
  /** What the user can do about it. */
  advice: string
}

const MAX_PROBLEMS = 20
const MAX_PROBLEM_LENGTH = 1000

export function renderFailureSummary({ problems, advice }: Failure): string {
  const listed = problems
    .slice(0, MAX_PROBLEMS)
    .map((problem) => escapeProse(truncate(problem, MAX_PROBLEM_LENGTH)))
  const headline = listed.length === 1 ? listed[0] : `${problems.length} problems stopped the step`
  const lines = [`## ⚠️ Error — ${headline}`]
  if (listed.length > 1) lines.push(listed.map((problem) => `- ${problem}`).join('\n'))
  lines.push(`**What to do:** ${escapeProse(truncate(advice, MAX_PROBLEM_LENGTH))}`)
  return lines.join('\n\n')
}
