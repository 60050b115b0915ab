import { cp, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  cleanupWorkDirs,
  runAction,
  type ActionResult,
  type RunActionOptions
} from '../../__tests__/support/action-runner.js'
import { startFakeArtifactService } from '../../__tests__/support/fake-artifact-service.js'
import {
  FIXTURES,
  startSimulator,
  type RecordedRequest,
  type Scenario,
  type Simulator
} from '../../simulator/index.js'
import { timeSpawn } from './spawn-time.js'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
export const BARE_SCRIPT = fileURLToPath(new URL('./bare-request.mjs', import.meta.url))
const PEAK_RSS_SCRIPT = path.join(repoRoot, '__tests__/support/peak-rss.mjs')
const FAST_POLL_SECONDS = '0.1'
/** The 512 MiB report run takes seconds; a hung action must still end the benchmark. */
const RUN_TIMEOUT_MS = 240_000

export interface Bundle {
  /** The copy's index.js. */
  script: string
  /** Sizes in bytes of index.js and of all its files together. */
  entryBytes: number
  totalBytes: number
  remove(): Promise<void>
}

/**
 * A private copy of dist/ (or of another build's), so that a rebuild during the benchmark cannot
 * mix two builds' chunks.
 */
export async function snapshotBundle(from = path.join(repoRoot, 'dist')): Promise<Bundle> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-dist-'))
  await cp(from, dir, { recursive: true })
  const files = await readdir(dir)
  const sizes = await Promise.all(
    files.map(async (file) => (await stat(path.join(dir, file))).size)
  )
  return {
    script: path.join(dir, 'index.js'),
    entryBytes: sizes[files.indexOf('index.js')],
    totalBytes: sizes.reduce((sum, size) => sum + size, 0),
    remove: () => rm(dir, { recursive: true, force: true })
  }
}

export interface BareSample {
  /** Spawn to the request arriving at the simulator. */
  toRequestMs: number
  toExitMs: number
}

export interface ActionSample {
  /** Spawn to the first API request arriving at the simulator. */
  startupMs: number
  /** The terminal status answer sent to process exit. */
  finishMs: number
  /** The part of finishMs the simulator spent answering requests (report downloads). */
  serverMsInFinish: number
  statusPolls: number
}

interface Observed {
  sim: Simulator
  /** When the answer to each request was sent. */
  answeredAt: Map<RecordedRequest, number>
}

type AnswerListener = (request: RecordedRequest, sim: Simulator) => void

async function withSimulator<T>(
  scenario: Partial<Scenario>,
  use: (observed: Observed) => Promise<T>,
  onAnswer?: AnswerListener
): Promise<T> {
  const answeredAt = new Map<RecordedRequest, number>()
  const sim: Simulator = await startSimulator({
    scenario,
    onRequest: (request) => {
      answeredAt.set(request, Date.now())
      onAnswer?.(request, sim)
    }
  })
  try {
    return await use({ sim, answeredAt })
  } finally {
    await sim.stop()
    await cleanupWorkDirs()
  }
}

function actionInputs(sim: Simulator, pollIntervalSeconds = FAST_POLL_SECONDS) {
  return {
    'api-key': sim.apiKey,
    'base-url': sim.url,
    'timeline-id': FIXTURES.timelines.checkout.assetId,
    'poll-interval': pollIntervalSeconds
  }
}

/**
 * A runner sets no NODE_EXTRA_CA_CERTS; where the machine sets it, reading the file adds tens of
 * milliseconds to every node start, bare reference and action alike, and hides the difference.
 */
async function runSucceeding(
  options: RunActionOptions & { script: string }
): Promise<ActionResult> {
  const env = { ...options.env, NODE_EXTRA_CA_CERTS: undefined }
  const result = await runAction({ timeoutMs: RUN_TIMEOUT_MS, ...options, env })
  if (result.exitCode !== 0) {
    throw new Error(
      `${options.script} exited with ${result.exitCode ?? result.signal}\n` +
        `stdout:\n${result.stdout.slice(-3000)}\nstderr:\n${result.stderr.slice(-3000)}`
    )
  }
  return result
}

export function measureBare(): Promise<BareSample> {
  return withSimulator({}, async ({ sim }) => {
    const { result, spawnedAt } = await timeSpawn(() =>
      runSucceeding({ inputs: actionInputs(sim), script: BARE_SCRIPT })
    )
    return { toRequestMs: sim.requests[0].time - spawnedAt, toExitMs: result.durationMs }
  })
}

/** A whole run of the bundled action: reports downloaded, artifact uploaded, summary written. */
export function measureAction(script: string, scenario: Partial<Scenario>): Promise<ActionSample> {
  return withSimulator(scenario, async ({ sim, answeredAt }) => {
    const artifacts = await startFakeArtifactService()
    try {
      const { result, spawnedAt } = await timeSpawn(() =>
        runSucceeding({ inputs: actionInputs(sim), env: artifacts.env, script })
      )
      if (!artifacts.artifacts[0]?.finalized || !result.summary || !result.outputs['p95-ms']) {
        throw new Error('The run did not upload its artifact and write its summary and outputs')
      }
      const statusPolls = sim.requests.filter((request) => request.endpoint === 'getTimelineStatus')
      const terminalAnsweredAt = answeredAt.get(statusPolls[statusPolls.length - 1])!
      const afterTerminal = sim.requests.filter((request) => request.time >= terminalAnsweredAt)
      return {
        startupMs: sim.requests[0].time - spawnedAt,
        finishMs: spawnedAt + result.durationMs - terminalAnsweredAt,
        serverMsInFinish: afterTerminal.reduce(
          (sum, request) => sum + answeredAt.get(request)! - request.time,
          0
        ),
        statusPolls: sim.stats.statusPolls
      }
    } finally {
      await artifacts.stop()
    }
  })
}

/** Peak resident set size, in bytes, of `script` run through the peak-RSS wrapper. */
export async function measurePeakRss(
  script: string,
  scenario: Partial<Scenario>,
  extraInputs: Record<string, string> = {}
): Promise<number> {
  return (await measureRun(script, scenario, extraInputs)).peakRss
}

/** Peak RSS (bytes) and wall time from spawn to exit (ms) of `script` through the peak-RSS wrapper. */
export function measureRun(
  script: string,
  scenario: Partial<Scenario>,
  extraInputs: Record<string, string> = {}
): Promise<{ peakRss: number; durationMs: number }> {
  return withSimulator(scenario, async ({ sim }) => {
    const artifacts = await startFakeArtifactService()
    const peakRssFile = path.join(os.tmpdir(), `bench-peak-rss-${process.pid}-${Date.now()}`)
    try {
      const result = await runSucceeding({
        inputs: { ...actionInputs(sim), ...extraInputs },
        script: PEAK_RSS_SCRIPT,
        env: { ...artifacts.env, ACTION_SCRIPT: script, PEAK_RSS_FILE: peakRssFile }
      })
      return {
        peakRss: Number(await readFile(peakRssFile, 'utf8')),
        durationMs: result.durationMs
      }
    } finally {
      await rm(peakRssFile, { force: true })
      await artifacts.stop()
    }
  })
}

/** The metrics.json a run of `script` writes, as text. */
export function recordMetrics(script: string, scenario: Partial<Scenario>): Promise<string> {
  return withSimulator(scenario, async ({ sim }) => {
    const artifacts = await startFakeArtifactService()
    try {
      const result = await runSucceeding({ inputs: actionInputs(sim), env: artifacts.env, script })
      return await readFile(result.outputs['metrics-file'], 'utf8')
    } finally {
      await artifacts.stop()
    }
  })
}

/**
 * Status polls of a run that lasts `runSeconds` of wall time: the simulator answers Running until
 * that long after the run started, then the terminal status.
 */
export function measureStatusPolls(
  script: string,
  runSeconds: number,
  pollIntervalSeconds: number
): Promise<number> {
  let endTimer: NodeJS.Timeout | undefined
  const endRunOnTime: AnswerListener = (request, sim) => {
    if (request.endpoint !== 'runIntegration') return
    endTimer = setTimeout(
      () => sim.configure({ neverEnds: false, pollsUntilTerminal: 1 }),
      runSeconds * 1000
    )
  }
  const scenario = { neverEnds: true, plannedRunTime: runSeconds }
  return withSimulator(
    scenario,
    async ({ sim }) => {
      const artifacts = await startFakeArtifactService()
      try {
        await runSucceeding({
          inputs: actionInputs(sim, String(pollIntervalSeconds)),
          env: artifacts.env,
          script
        })
        return sim.stats.statusPolls
      } finally {
        clearTimeout(endTimer)
        await artifacts.stop()
      }
    },
    endRunOnTime
  )
}
