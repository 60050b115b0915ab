import { join, resolve } from 'node:path'
import { tmpdir } from 'node:os'
import { InputError, readSettings, type Settings } from './inputs.js'
import { LeapworkClient, type ClientOptions } from './leapwork/client.js'
import type { RunStarted, RunStatusResult } from './leapwork/types.js'
import type { RunMetrics } from './metrics/model.js'
import { buildRunMetrics } from './metrics/figures.js'
import { runLoadOf } from './metrics/load.js'
import { actionsLog as log } from './github/log.js'
import { runSource } from './github/context.js'
import { runState } from './github/state.js'
import { core, loadToolkit } from './github/toolkit.js'
import { resolvePlan, type RunPlan } from './run/resolve.js'
import { estimateUsage, type UsageEstimate } from './run/estimate.js'
import {
  describePlan,
  finishDryRun,
  isOverBudget,
  refuseOverBudget,
  stopOverBudget,
  withConfirmationRun
} from './budget.js'
import { confirmRegressions, sameHistory } from './run/confirm.js'
import { RunGuard } from './run/guard.js'
import { MAX_FAILED_POLLS, waitForRun } from './run/wait.js'
import { stopRun } from './run/stop.js'
import { fetchReports, type Reports } from './reports/download.js'
import { historyOnDisk } from './reports/history-files.js'
import { writeMetricsFile } from './reports/metrics-file.js'
import { preloadArtifactClient } from './reports/artifact.js'
import { pathUnder, safeName } from './reports/safe-name.js'
import { judgeRun } from './verdict/judge.js'
import { publishResults } from './github/publish.js'
import { publishFailure } from './github/failure.js'

/** How the wait for the run ended, as the rest of the pipeline needs it. */
interface RunEnd {
  status: string
  result?: RunStatusResult
  /** Why the action gave up on the run, when it did. */
  problem?: string
  finishedAt: Date
}

export async function runMain(): Promise<void> {
  let guard: RunGuard | undefined
  try {
    const settings = await readSettings()
    const client = createClient(settings)
    const [plan] = await Promise.all([resolvePlan(client, settings), nextTurn().then(loadToolkit)])
    const usage = withConfirmationRun(
      estimateUsage(plan.timeline, settings),
      settings.confirmRegressions
    )
    describePlan(plan, usage, settings.maxVum)
    if (settings.dryRun) return await finishDryRun(plan, usage, settings.maxVum)
    refuseOverBudget(usage, settings.maxVum)
    const startedAt = new Date()
    guard = guardAgainstCancel(settings, plan)
    const run = await startRun(client, plan, settings, guard, usage)
    if (isOverBudget(run, settings.maxVum)) {
      return stopOverBudget(client, run, { usage, maxVum: settings.maxVum }, guard)
    }
    if (!settings.wait) return reportStartedOnly(run)
    preloadArtifactClient()
    const end = await waitUntilEnded(client, run, plan, settings, guard)
    const reports = await downloadReports(client, run, end, settings)
    const metrics = summarizeRun(plan, run, end, startedAt)
    const metricsFile = await writeMetricsFile(reports.dir, metrics)
    const history = sameHistory(historyOnDisk((runs) => findBaselineRuns(settings, metrics, runs)))
    const judge = (figures: RunMetrics, runProblem?: string, judgeLog = log) =>
      judgeRun({ ...settings, metrics: figures, runProblem, history, log: judgeLog })
    const runGuard = guard
    const verdict = await confirmRegressions(await judge(metrics, end.problem), {
      settings,
      firstRun: run,
      firstMetrics: metrics,
      log,
      judge,
      start: () => startRun(client, plan, settings, runGuard, usage),
      wait: (second) => waitUntilEnded(client, second, plan, settings, runGuard),
      summarize: (second, secondEnd, at) => summarizeRun(plan, second, secondEnd, at)
    })
    await publishResults({ settings, metrics, verdict, reports, metricsFile, log })
  } catch (error) {
    await loadToolkit()
    const message = describeFailure(error)
    core.setFailed(message)
    await publishFailure(message, error)
  } finally {
    guard?.dispose()
  }
}

/**
 * Resolves after one turn of the event loop, in which the first request's connection is made and
 * the request written: loading the toolkit blocks the thread for tens of milliseconds, so it must
 * not start first.
 */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

function createClient(settings: Settings, options: Partial<ClientOptions> = {}) {
  return new LeapworkClient({
    baseUrl: settings.baseUrl,
    apiKey: settings.apiKey,
    log,
    userAgent: 'leapwork-performance-action',
    limits: stallWindowForTests(),
    ...options
  })
}

/** Starts the run; a start answer without an estimate keeps the plan's, and says so. */
async function startRun(
  client: LeapworkClient,
  plan: RunPlan,
  settings: Settings,
  guard: RunGuard,
  usage: UsageEstimate
): Promise<RunStarted> {
  const started = await guard.watchStart(client.runIntegration(plan.request))
  if (settings.wait) runState.recordStarted(started.runId, started.pollResultUrl)
  for (const warning of started.warnings ?? []) log.warning(warning)
  const serverEstimated = started.estimatedVum > 0
  const run = serverEstimated ? started : { ...started, estimatedVum: usage.vum }
  core.setOutput('run-id', run.runId)
  core.setOutput('status', run.status)
  if (serverEstimated || !usage.unknown) core.setOutput('estimated-vum', String(run.estimatedVum))
  log.info(
    `Started run ${run.runId} (${run.status}); estimated usage ${describeEstimate(run, serverEstimated, usage)}.`
  )
  return run
}

function describeEstimate(run: RunStarted, serverEstimated: boolean, usage: UsageEstimate): string {
  if (serverEstimated) return `${run.estimatedVum} VUM`
  if (usage.unknown) return 'unknown (neither the server nor the timeline gave one)'
  return `${run.estimatedVum} VUM by the plan (the server gave no estimate)`
}

function reportStartedOnly(run: RunStarted): void {
  log.notice(
    `Run ${run.runId} was started and is not awaited (wait: false); it runs on in Leapwork Performance and this action will not stop it.`
  )
}

async function waitUntilEnded(
  client: LeapworkClient,
  run: RunStarted,
  plan: RunPlan,
  settings: Settings,
  guard: RunGuard
): Promise<RunEnd> {
  const timeoutSeconds =
    settings.timeoutSeconds ?? (run.plannedRunTime || plan.timeline.plannedRunTime) + 300
  log.info(`Waiting up to ${timeoutSeconds} s, polling every ${settings.pollIntervalSeconds} s.`)
  const outcome = await waitForRun(client, run, {
    pollIntervalSeconds: settings.pollIntervalSeconds,
    timeoutSeconds,
    log
  })
  if (outcome.kind === 'ended') {
    guard.markEnded()
    runState.recordEnded()
    log.info(`Run ${run.runId} ended: ${outcome.result.status} after ${outcome.polls} polls.`)
    return { status: outcome.result.status, result: outcome.result, finishedAt: new Date() }
  }
  const reason =
    outcome.kind === 'timed-out'
      ? `The run did not end within the timeout of ${timeoutSeconds} s (last status ${outcome.lastStatus})`
      : `Polling the run's status failed ${MAX_FAILED_POLLS} times in a row (${errorMessage(outcome.error)})`
  log.info(`${reason}: stopping run ${run.runId}.`)
  const stop = await stopRun(client, run, log, { finalPolls: 3 })
  if (stop.stopped) {
    guard.markEnded()
    runState.recordEnded()
  }
  const consequence = stop.stopped
    ? `run ${run.runId} was stopped`
    : `stopping run ${run.runId} failed; stop it in the Leapwork Performance portal`
  return {
    status: stop.final?.status ?? (stop.stopped ? 'Stopped' : outcome.lastStatus),
    result: stop.final,
    problem: `${reason}; ${consequence}.`,
    finishedAt: new Date()
  }
}

/** Tests shorten the 30 s download stall window; no input, since 30 s suits every real server. */
function stallWindowForTests(): ClientOptions['limits'] {
  const stallWindowMs = Number(process.env.LEAPWORK_TEST_STALL_WINDOW_MS)
  return stallWindowMs > 0 ? { stallWindowMs } : {}
}

/** On a cancel, stops the run being started or under way before the runner kills the process. */
function guardAgainstCancel(settings: Settings, plan: RunPlan): RunGuard {
  return new RunGuard({
    stop: (run, timeLeftMs) => stopOnCancel(settings, run, timeLeftMs),
    startPending: () => runState.recordStartPending(describeTimeline(plan)),
    exit: (message) => {
      core.setFailed(message)
      core.setOutput('result', 'error')
      process.exit(1)
    }
  })
}

async function stopOnCancel(
  settings: Settings,
  run: RunStarted,
  timeLeftMs: number
): Promise<boolean> {
  const client = createClient(settings, {
    requestTimeoutMs: Math.min(2500, timeLeftMs),
    retry: { attempts: timeLeftMs > 5500 ? 2 : 1, maxDelayMs: 500 }
  })
  const { stopped } = await stopRun(client, run, log)
  if (stopped) runState.recordEnded()
  return stopped
}

async function downloadReports(
  client: LeapworkClient,
  run: RunStarted,
  end: RunEnd,
  settings: Settings
): Promise<Reports> {
  const dir = settings.reportDir
    ? resolve(settings.reportDir)
    : pathUnder(
        join(process.env.RUNNER_TEMP || tmpdir(), 'leapwork-performance'),
        safeName(run.runId)
      )
  if (!end.result) return fetchReports(client, { status: end.status }, reportOptions(run, dir))
  return fetchReports(client, end.result, {
    ...reportOptions(run, dir),
    aiRetryDelayMs: settings.pollIntervalSeconds * 1000
  })
}

function reportOptions(run: RunStarted, dir: string) {
  return {
    runId: run.runId,
    trackItemIds: run.trackItems.map((item) => item.trackItemId),
    dir,
    log
  }
}

function summarizeRun(plan: RunPlan, run: RunStarted, end: RunEnd, startedAt: Date): RunMetrics {
  const trackItemTitles = Object.fromEntries(
    plan.timeline.timeline.trackItems.map((item) => [
      item.id,
      { title: item.title, region: item.region }
    ])
  )
  for (const item of run.trackItems) {
    trackItemTitles[item.trackItemId] ??= { title: item.sequenceName, region: item.region }
  }
  return buildRunMetrics({
    runId: run.runId,
    timelineId: run.timelineId || plan.timelineAssetId || plan.timelineTitle,
    timelineTitle: plan.timelineTitle,
    projectId: plan.timeline.projectId,
    status: end.status,
    startedAt,
    finishedAt: end.finishedAt,
    plannedRunTime: run.plannedRunTime || plan.timeline.plannedRunTime,
    estimatedVum: run.estimatedVum,
    trackItemTitles,
    metadata: end.result?.metadata ?? [],
    source: runSource(),
    load: runLoadOf(plan.request, plan.timeline.timeline.trackItems)
  })
}

async function findBaselineRuns(settings: Settings, metrics: RunMetrics, runs: number) {
  const { findAutoBaseline } = await import('./github/auto-baseline.js')
  return findAutoBaseline({
    token: settings.githubToken ?? '',
    timelineId: metrics.timelineId,
    load: metrics.load,
    runs,
    log,
    downloadDir: join(process.env.RUNNER_TEMP || tmpdir(), 'leapwork-performance-baselines')
  })
}

function describeTimeline(plan: RunPlan): string {
  return plan.timelineAssetId
    ? `'${plan.timelineTitle}' (${plan.timelineAssetId})`
    : `'${plan.timelineTitle}'`
}

function describeFailure(error: unknown): string {
  if (error instanceof InputError) {
    if (error.problems.length > 1) for (const problem of error.problems) log.error(problem)
    return error.message
  }
  return errorMessage(error)
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
