import { join, resolve } from 'node:path'
import { tmpdir } from 'node:os'
import { InputError, readSettings, type Settings } from './inputs.js'
import { LeapworkClient, type ClientOptions } from './leapwork/client.js'
import type { RunIntegrationRequest, RunStarted, RunStatusResult } from './leapwork/types.js'
import type { RunMetrics } from './metrics/model.js'
import { buildRunMetrics } from './metrics/figures.js'
import { runLoadOf } from './metrics/load.js'
import { actionsLog as log } from './github/log.js'
import { runSource } from './github/context.js'
import { setOutput } from './github/outputs.js'
import { runState } from './github/state.js'
import { core, loadToolkit } from './github/toolkit.js'
import { resolvePlan, type RunPlan } from './run/resolve.js'
import { estimateUsage, ignoredUserCount, type UsageEstimate } from './run/estimate.js'
import { checkBeforeStart } from './run/pre-start.js'
import { isOverBudget, refuseOverBudget, stopOverBudget, withConfirmationRun } from './budget.js'
import { describePlan, finishDryRun } from './dry-run.js'
import { confirmRegressions } from './run/confirm.js'
import { RunGuard } from './run/guard.js'
import { letGoOfGarbage } from './memory.js'
import { waitForRun } from './run/wait.js'
import { boundedStatus } from './run/status-word.js'
import { stopRun, unconfirmedStop, type StopOutcome } from './run/stop.js'
import { fetchReports, type Reports } from './reports/download.js'
import { HistoryFiles, historyOnDisk } from './reports/history-files.js'
import { readHistory, reportChanges } from './github/branch-history.js'
import { writeMetricsFile } from './reports/metrics-file.js'
import { preloadArtifactClient } from './github/artifact-upload.js'
import { pathUnder, safeName } from './reports/safe-name.js'
import { judgeRun } from './verdict/judge.js'
import { publishResults } from './github/publish.js'
import {
  describeLocalError,
  isDiskFull,
  publishFailure,
  setOutputSafely
} from './github/failure.js'

/** How the wait for the run ended, as the rest of the pipeline needs it. */
interface RunEnd {
  status: string
  result?: RunStatusResult
  /** Why the action gave up on the run, when it did. */
  problem?: string
  finishedAt: Date
}

/** The run this step started, until it is seen to end: every way out of the step stops it. */
interface LiveRun {
  client: LeapworkClient
  run: RunStarted
  /** The last status seen, for the `status` output on any way out. */
  status: string
  /** Seen to end, or (`wait: false`) left to run on by the user's choice: nothing to stop. */
  ended: boolean
  /** The post step knows of the run (its state was saved), so it can stop it if main cannot. */
  savedForPost: boolean
}

export async function runMain(): Promise<void> {
  let guard: RunGuard | undefined
  let live: LiveRun | undefined
  try {
    const settings = await readSettings()
    const client = createClient(settings)
    const [plan] = await Promise.all([resolvePlan(client, settings), nextTurn().then(loadToolkit)])
    const usage = withConfirmationRun(
      estimateUsage(plan.timeline, settings),
      settings.confirmRegressions
    )
    const historyFiles = new HistoryFiles()
    await checkBeforeStart(plan, settings, historyOnDisk(undefined, historyFiles))
    describePlan(plan, usage, settings.maxVum)
    if (settings.dryRun) return await finishDryRun(plan, usage, settings.maxVum)
    refuseOverBudget(usage, settings.maxVum)
    const startedAt = new Date()
    guard = guardAgainstCancel(settings, plan)
    live = await startRun(client, plan, guard, settings.wait)
    const run = announceStart(live, settings, usage)
    const ranRequest = requestAsRun(plan, usage, run, settings)
    if (isOverBudget(run, settings.maxVum)) {
      return await stopOverBudget(client, run, { usage, maxVum: settings.maxVum }, guard)
    }
    if (!settings.wait) return reportStartedOnly(run)
    preloadArtifactClient()
    const end = await waitUntilEnded(live, plan, settings, guard)
    const reports = await downloadReports(client, run, end, settings)
    const metrics = summarizeRun(plan, ranRequest, run, end, startedAt)
    const metricsFile = await writeMetricsFile(reports.dir, metrics)
    const history = await readHistory(settings, metrics, log, historyFiles)
    const judge = (figures: RunMetrics, runProblem?: string, judgeLog = log) =>
      judgeRun({
        ...settings,
        metrics: figures,
        runProblem,
        history: history.source,
        log: judgeLog
      })
    const runGuard = guard
    const verdict = await confirmRegressions(await judge(metrics, end.problem), {
      settings,
      firstRun: run,
      firstMetrics: metrics,
      log,
      judge,
      rerun: async () => {
        const secondStartedAt = new Date()
        live = await startRun(client, plan, runGuard, true)
        const second = announceStart(live, settings, usage)
        const secondEnd = await waitUntilEnded(live, plan, settings, runGuard)
        const figures = summarizeRun(plan, ranRequest, second, secondEnd, secondStartedAt)
        return { run: second, metrics: figures, problem: secondEnd.problem }
      }
    })
    const changes = await reportChanges(settings, metrics, history.runs, log)
    letGoOfGarbage()
    await publishResults({
      settings,
      metrics,
      verdict,
      reports,
      metricsFile,
      history: history.runs,
      changes,
      log
    })
  } catch (error) {
    await failStep(error, live, guard)
  } finally {
    guard?.dispose()
  }
}

/**
 * Any way out by an error: `result` first, then the run this step started is stopped (or left to
 * the post step), then the failure is said in the log and the summary.
 */
async function failStep(
  error: unknown,
  live: LiveRun | undefined,
  guard: RunGuard | undefined
): Promise<void> {
  await loadToolkit()
  setOutputSafely('result', 'error')
  const stopped = live && !live.ended ? await stopAfterFailure(live, guard) : ''
  const described = describeFailure(error)
  const message = stopped ? `${asSentence(described)}${stopped}` : described
  core.setFailed(message)
  await publishFailure(message, error, { status: live?.status })
}

async function stopAfterFailure(live: LiveRun, guard: RunGuard | undefined): Promise<string> {
  const { runId } = live.run
  log.info(`The step cannot go on: stopping run ${runId}, which it started.`)
  const stop = await stopRun(live.client, live.run, log).catch((error: unknown): StopOutcome => ({
    stopped: false,
    problem: errorMessage(error)
  }))
  live.status = stop.final?.status ?? stop.lastStatus ?? live.status
  if (stop.stopped) {
    try {
      markEnded(live, guard)
    } catch (error) {
      log.warning(`The post step could not be told that run ${runId} ended: ${errorMessage(error)}`)
    }
    return ` Run ${runId} was stopped.`
  }
  const unconfirmed = unconfirmedStop(runId, stop)
  return live.savedForPost
    ? ` ${unconfirmed}; the post step will try again, and if it cannot, stop it in the Leapwork Performance portal.`
    : ` ${unconfirmed}: stop it in the Leapwork Performance portal.`
}

/** The run was seen in a terminal status: nothing is left to stop, by a signal or the post step. */
function markEnded(live: LiveRun, guard: RunGuard | undefined): void {
  live.ended = true
  guard?.markEnded()
  if (live.savedForPost) runState.recordEnded()
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

/** Starts the run: from the answer on, the run is this step's to stop on every way out. */
async function startRun(
  client: LeapworkClient,
  plan: RunPlan,
  guard: RunGuard,
  wait: boolean
): Promise<LiveRun> {
  const run = await guard.watchStart(client.runIntegration(plan.request))
  return { client, run, status: boundedStatus(run.status), ended: !wait, savedForPost: false }
}

/** Records the run for the post step and the outputs; a start answer without an estimate keeps the plan's, and says so. */
function announceStart(live: LiveRun, settings: Settings, usage: UsageEstimate): RunStarted {
  const started = live.run
  if (settings.wait) {
    runState.recordStarted(started.runId, started.pollResultUrl)
    live.savedForPost = true
  }
  for (const warning of started.warnings ?? []) log.warning(warning)
  const serverEstimated = started.estimatedVum > 0
  const run = serverEstimated ? started : { ...started, estimatedVum: usage.vum }
  setOutput('run-id', run.runId)
  setOutput('status', live.status)
  if (serverEstimated || !usage.unknown) setOutput('estimated-vum', run.estimatedVum)
  log.info(
    `Started run ${run.runId} (${live.status}); estimated usage ${describeEstimate(run, serverEstimated, usage)}.`
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
  live: LiveRun,
  plan: RunPlan,
  settings: Settings,
  guard: RunGuard
): Promise<RunEnd> {
  const { client, run } = live
  const timeoutSeconds =
    settings.timeoutSeconds ?? (run.plannedRunTime || plan.timeline.plannedRunTime) + 300
  log.info(`Waiting up to ${timeoutSeconds} s, polling every ${settings.pollIntervalSeconds} s.`)
  const outcome = await waitForRun(client, run, {
    pollIntervalSeconds: settings.pollIntervalSeconds,
    timeoutSeconds,
    outageToleranceSeconds: outageToleranceForTests(),
    log
  })
  if (outcome.kind === 'ended') {
    live.status = outcome.result.status
    markEnded(live, guard)
    log.info(`Run ${run.runId} ended: ${outcome.result.status} after ${outcome.polls} polls.`)
    return { status: outcome.result.status, result: outcome.result, finishedAt: new Date() }
  }
  live.status = outcome.lastStatus
  const reason =
    outcome.kind === 'timed-out'
      ? `The run did not end within the timeout of ${timeoutSeconds} s (last status ${outcome.lastStatus})`
      : `Polling the run's status failed for ${Number(outcome.outageSeconds.toFixed(1))} s (${outcome.failedPolls} polls in a row; ${errorMessage(outcome.error)})`
  log.info(`${reason}: stopping run ${run.runId}.`)
  const stop = await stopRun(client, run, log)
  live.status = stop.final?.status ?? stop.lastStatus ?? live.status
  if (stop.stopped) markEnded(live, guard)
  const consequence = stop.stopped
    ? `; run ${run.runId} was stopped.`
    : `. ${unconfirmedStop(run.runId, stop)}; the post step will try again, and if it cannot, stop it in the Leapwork Performance portal.`
  return {
    status: live.status,
    result: stop.final,
    problem: `${reason}${consequence}`,
    finishedAt: new Date()
  }
}

/** Tests shorten the 30 s download stall window; no input, since 30 s suits every real server. */
function stallWindowForTests(): ClientOptions['limits'] {
  const stallWindowMs = Number(process.env.LEAPWORK_TEST_STALL_WINDOW_MS)
  return stallWindowMs > 0 ? { stallWindowMs } : {}
}

/** Tests shorten the 2-minute outage a run's polls ride out; no input, as for the stall window. */
function outageToleranceForTests(): number | undefined {
  const seconds = Number(process.env.LEAPWORK_TEST_OUTAGE_TOLERANCE_S)
  return seconds > 0 ? seconds : undefined
}

/** On a cancel, stops the run being started or under way before the runner kills the process. */
function guardAgainstCancel(settings: Settings, plan: RunPlan): RunGuard {
  return new RunGuard({
    stop: (run, timeLeftMs) => stopOnCancel(settings, run, timeLeftMs),
    startPending: () => runState.recordStartPending(describeTimeline(plan)),
    exit: async (message, error) => {
      setOutputSafely('result', 'error')
      core.setFailed(message)
      await publishFailure(message, error)
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
  const { stopped } = await stopRun(client, run, log, {
    budgetMs: timeLeftMs,
    pollSpacingMs: Math.min(1000, timeLeftMs / 4)
  })
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

/** The request as the server ran it: a `user-count` it did not apply is left out of the load. */
function requestAsRun(
  plan: RunPlan,
  usage: UsageEstimate,
  run: RunStarted,
  settings: Settings
): RunIntegrationRequest {
  const ignored = ignoredUserCount(plan.timeline, usage, run, settings)
  if (!ignored) return plan.request
  log.warning(ignored)
  return { ...plan.request, userCount: undefined }
}

function summarizeRun(
  plan: RunPlan,
  request: RunIntegrationRequest,
  run: RunStarted,
  end: RunEnd,
  startedAt: Date
): RunMetrics {
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
    load: runLoadOf(request, plan.timeline.timeline.trackItems)
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
  if (isDiskFull(error)) return capitalized(describeLocalError(error))
  return errorMessage(error)
}

function asSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
