/** The plan, shown before every start; a dry run ends after it, having started nothing. */

import { actionsLog as log } from './github/log.js'
import { setOutput } from './github/outputs.js'
import { writeSummary } from './github/toolkit.js'
import { planLogLines, renderPlanSummary } from './present/plan.js'
import type { UsageEstimate } from './run/estimate.js'
import type { RunPlan } from './run/resolve.js'
import { refuseOverBudget, setEstimateOutput } from './budget.js'

export function describePlan(
  plan: RunPlan,
  usage: UsageEstimate,
  maxVum: number | undefined
): void {
  for (const warning of plan.warnings) log.warning(warning)
  for (const line of planLogLines({ plan, usage, maxVum })) log.info(line)
}

/** A dry run ends here: the plan is checked and shown, and nothing starts. */
export async function finishDryRun(
  plan: RunPlan,
  usage: UsageEstimate,
  maxVum: number | undefined
): Promise<void> {
  await writeSummary(renderPlanSummary({ plan, usage, maxVum }))
  refuseOverBudget(usage, maxVum)
  setEstimateOutput(usage)
  setOutput('result', 'passed')
  log.info('Dry run: the plan is valid; nothing was started.')
}
