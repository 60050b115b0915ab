import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDocument } from 'yaml'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

/** The runner's answers to the questions a workflow does not set; tests build expectations on them. */
export const RUNNER_DEFAULTS = {
  repository: 'octo-org/octo-repo',
  runId: '7340291875',
  sha: '3f786850e387550fdab836ed7e6dc881de23001b',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  job: 'load-test',
  workflow: 'Load test'
} as const

const RUNNER_CANCEL_SIGTERM_AFTER_MS = 7500
const RUNNER_CANCEL_SIGKILL_AFTER_MS = 2500
const RUNNER_VARIABLE = /^(GITHUB_|RUNNER_|ACTIONS_|INPUT_|STATE_)/
// Set by jest for itself; a runner never passes them to an action.
const JEST_VARIABLES = ['NODE_OPTIONS', 'JEST_WORKER_ID', 'NODE_ENV']

export type SignalTrigger =
  | { name: NodeJS.Signals; when: (stdoutSoFar: string) => boolean }
  | { name: NodeJS.Signals; afterMs: number }

export interface RunActionOptions {
  /** By input name as in action.yml, e.g. 'api-key'. */
  inputs: Record<string, string>
  /** Extra environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>
  /** Default: the action.yml's runs.main or runs.post for the phase, else <repo>/dist/index.js. */
  script?: string
  /** Default: process.env.E2E_NODE, else the node running the tests. */
  node?: string
  /** The action.yml that supplies input defaults and scripts. Default: <repo>/action.yml, skipped when absent. */
  actionYml?: string
  phase?: 'main' | 'post'
  /** STATE_<name> variables, normally a main result's `state`. */
  state?: Record<string, string>
  /** Reuse the runner temp and workspace of an earlier run (a post after its main). */
  workDir?: string
  eventName?: string
  eventPayload?: object
  /** SIGKILL the action and reject after this long. Default 60000. */
  timeoutMs?: number
  signal?: SignalTrigger
  /** With `signal`: follow it, as the runner does on cancellation, by SIGTERM 7.5 s later and SIGKILL 2.5 s after that. */
  runnerCancellation?: boolean
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice' | 'debug'
  message: string
  properties: Record<string, string>
}

export interface SentSignal {
  name: NodeJS.Signals
  /** Milliseconds after the action started. */
  atMs: number
}

export interface ActionResult {
  exitCode: number | null
  signal: NodeJS.Signals | null
  durationMs: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
  /** What the action wrote to GITHUB_ENV. */
  env: Record<string, string>
  annotations: Annotation[]
  masked: string[]
  signalsSent: SentSignal[]
  workDir: string
  runnerTemp: string
  workspace: string
}

interface WorkDirs {
  workDir: string
  runnerTemp: string
  workspace: string
}

interface FileCommandPaths {
  output: string
  summary: string
  state: string
  env: string
  path: string
}

interface ChildExit {
  pid?: number
  exitCode: number | null
  signal: NodeJS.Signals | null
  durationMs: number
  stdout: string
  stderr: string
  signalsSent: SentSignal[]
  timedOut: boolean
}

const createdWorkDirs = new Set<string>()

/** Runs the action as the GitHub runner does: a node child process with the runner's environment and file commands. */
export async function runAction(options: RunActionOptions): Promise<ActionResult> {
  const dirs = await prepareWorkDirs(options.workDir)
  const files = await createFileCommandFiles(dirs.runnerTemp)
  const eventPath = await writeEventFile(dirs.runnerTemp, options.eventPayload ?? {})
  const action = await readActionDefinition(options.actionYml ?? path.join(repoRoot, 'action.yml'))
  const inputs = { ...action.inputDefaults, ...options.inputs }
  const env = buildEnvironment(options, dirs, files, eventPath, inputs)
  const script =
    options.script ??
    action.scripts[options.phase ?? 'main'] ??
    path.join(repoRoot, 'dist', 'index.js')
  const node = options.node ?? process.env.E2E_NODE ?? process.execPath
  const exit = await runChild(node, [script], { cwd: dirs.workspace, env }, options)
  if (exit.timedOut) {
    throw new Error(
      `${script} did not exit within ${options.timeoutMs ?? 60000} ms and was killed (pid=${exit.pid}).\n` +
        `stdout:\n${exit.stdout.slice(-4000)}\nstderr:\n${exit.stderr.slice(-4000)}`
    )
  }
  const { annotations, masked } = parseWorkflowCommands(exit.stdout)
  return {
    exitCode: exit.exitCode,
    signal: exit.signal,
    durationMs: exit.durationMs,
    stdout: exit.stdout,
    stderr: exit.stderr,
    outputs: parseFileCommands(await readFile(files.output, 'utf8')),
    state: parseFileCommands(await readFile(files.state, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
    env: parseFileCommands(await readFile(files.env, 'utf8')),
    annotations,
    masked,
    signalsSent: exit.signalsSent,
    ...dirs
  }
}

/**
 * Runs main, then post in the same runner temp and workspace with main's saved state and the
 * variables main exported, as the runner does at the end of the job.
 */
export async function runMainThenPost(
  options: RunActionOptions,
  postOptions: Partial<RunActionOptions> = {}
): Promise<{ main: ActionResult; post: ActionResult }> {
  const main = await runAction({ ...options, phase: 'main' })
  const post = await runAction({
    ...options,
    signal: undefined,
    runnerCancellation: undefined,
    ...postOptions,
    phase: 'post',
    workDir: main.workDir,
    state: { ...main.state, ...postOptions.state },
    env: { ...options.env, ...main.env, ...postOptions.env }
  })
  return { main, post }
}

/** Removes every work directory runAction created; call it from afterAll. */
export async function cleanupWorkDirs(): Promise<void> {
  const dirs = [...createdWorkDirs]
  createdWorkDirs.clear()
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
}

async function prepareWorkDirs(reuse: string | undefined): Promise<WorkDirs> {
  const workDir = reuse ?? (await mkdtemp(path.join(os.tmpdir(), 'leapwork-e2e-')))
  createdWorkDirs.add(workDir)
  const dirs = {
    workDir,
    runnerTemp: path.join(workDir, 'runner-temp'),
    workspace: path.join(workDir, 'workspace')
  }
  await mkdir(dirs.runnerTemp, { recursive: true })
  await mkdir(dirs.workspace, { recursive: true })
  return dirs
}

async function createFileCommandFiles(runnerTemp: string): Promise<FileCommandPaths> {
  const dir = path.join(runnerTemp, '_runner_file_commands')
  await mkdir(dir, { recursive: true })
  const id = randomUUID()
  const files = {
    output: path.join(dir, `set_output_${id}`),
    summary: path.join(dir, `step_summary_${id}`),
    state: path.join(dir, `save_state_${id}`),
    env: path.join(dir, `set_env_${id}`),
    path: path.join(dir, `add_path_${id}`)
  }
  await Promise.all(Object.values(files).map((file) => writeFile(file, '')))
  return files
}

async function writeEventFile(runnerTemp: string, payload: object): Promise<string> {
  const dir = path.join(runnerTemp, '_github_workflow')
  await mkdir(dir, { recursive: true })
  const eventPath = path.join(dir, 'event.json')
  await writeFile(eventPath, JSON.stringify(payload, null, 2))
  return eventPath
}

interface ActionDefinition {
  inputDefaults: Record<string, string>
  scripts: { main?: string; post?: string }
}

async function readActionDefinition(actionYml: string): Promise<ActionDefinition> {
  if (!existsSync(actionYml)) return { inputDefaults: {}, scripts: {} }
  const document = parseDocument(await readFile(actionYml, 'utf8'))
  if (document.errors.length > 0) {
    // The runner refuses to load such an action at all.
    throw new Error(`${actionYml} is not valid YAML: ${document.errors[0].message}`)
  }
  const action = document.toJS() as {
    inputs?: Record<string, { default?: unknown } | null>
    runs?: { main?: string; post?: string }
  }
  const inputDefaults: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    if (spec?.default === undefined || spec.default === null) continue
    const value = String(spec.default)
    // Expressions such as ${{ github.token }} have no value outside a real workflow.
    inputDefaults[name] = value.includes('${{') ? '' : value
  }
  const actionDir = path.dirname(actionYml)
  const scriptOf = (file: string | undefined): string | undefined =>
    file === undefined ? undefined : path.join(actionDir, file)
  return {
    inputDefaults,
    scripts: { main: scriptOf(action.runs?.main), post: scriptOf(action.runs?.post) }
  }
}

export function inputVariableName(input: string): string {
  return `INPUT_${input.replace(/ /g, '_').toUpperCase()}`
}

function buildEnvironment(
  options: RunActionOptions,
  dirs: WorkDirs,
  files: FileCommandPaths,
  eventPath: string,
  inputs: Record<string, string>
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (!RUNNER_VARIABLE.test(name) && !JEST_VARIABLES.includes(name)) env[name] = value
  }
  const eventName = options.eventName ?? 'push'
  const [owner] = RUNNER_DEFAULTS.repository.split('/')
  Object.assign(env, refVariables(eventName, options.eventPayload ?? {}), {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    RUNNER_TEMP: dirs.runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 2',
    RUNNER_ENVIRONMENT: 'github-hosted',
    GITHUB_WORKSPACE: dirs.workspace,
    GITHUB_REPOSITORY: RUNNER_DEFAULTS.repository,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_RUN_ID: RUNNER_DEFAULTS.runId,
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: RUNNER_DEFAULTS.serverUrl,
    GITHUB_API_URL: RUNNER_DEFAULTS.apiUrl,
    GITHUB_GRAPHQL_URL: `${RUNNER_DEFAULTS.apiUrl}/graphql`,
    GITHUB_JOB: RUNNER_DEFAULTS.job,
    GITHUB_WORKFLOW: RUNNER_DEFAULTS.workflow,
    GITHUB_WORKFLOW_REF: `${RUNNER_DEFAULTS.repository}/.github/workflows/load-test.yml@refs/heads/main`,
    GITHUB_ACTION: '__leapwork_performance-action',
    GITHUB_ACTOR: 'octocat',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath
  })
  for (const [name, value] of Object.entries(inputs)) env[inputVariableName(name)] = value
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }
  return env
}

interface PullRequestPayload {
  number?: number
  pull_request?: { number?: number; head?: { ref?: string; sha?: string }; base?: { ref?: string } }
}

function refVariables(eventName: string, payload: PullRequestPayload): Record<string, string> {
  const pullRequest = payload.pull_request
  if (!eventName.startsWith('pull_request') || !pullRequest) {
    return {
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_SHA: RUNNER_DEFAULTS.sha
    }
  }
  const number = pullRequest.number ?? payload.number
  return {
    GITHUB_REF: `refs/pull/${number}/merge`,
    GITHUB_REF_NAME: `${number}/merge`,
    GITHUB_REF_TYPE: 'branch',
    GITHUB_SHA: RUNNER_DEFAULTS.sha,
    GITHUB_HEAD_REF: pullRequest.head?.ref ?? '',
    GITHUB_BASE_REF: pullRequest.base?.ref ?? ''
  }
}

function runChild(
  command: string,
  args: string[],
  spawnOptions: { cwd: string; env: NodeJS.ProcessEnv },
  options: Pick<RunActionOptions, 'timeoutMs' | 'signal' | 'runnerCancellation'>
): Promise<ChildExit> {
  return new Promise((resolve, reject) => {
    const startedAt = Date.now()
    const child = spawn(command, args, { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'] })
    const timers: NodeJS.Timeout[] = []
    const signalsSent: SentSignal[] = []
    let stdout = ''
    let stderr = ''
    let timedOut = false
    let triggered = false

    const send = (name: NodeJS.Signals): void => {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill(name)
      signalsSent.push({ name, atMs: Date.now() - startedAt })
    }
    const trigger = (): void => {
      if (triggered || !options.signal) return
      triggered = true
      send(options.signal.name)
      if (!options.runnerCancellation) return
      timers.push(setTimeout(() => send('SIGTERM'), RUNNER_CANCEL_SIGTERM_AFTER_MS))
      timers.push(
        setTimeout(
          () => send('SIGKILL'),
          RUNNER_CANCEL_SIGTERM_AFTER_MS + RUNNER_CANCEL_SIGKILL_AFTER_MS
        )
      )
    }

    const signal = options.signal
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk
      if (signal && 'when' in signal && signal.when(stdout)) trigger()
    })
    child.stderr.on('data', (chunk: string) => (stderr += chunk))
    if (signal && 'afterMs' in signal) timers.push(setTimeout(trigger, signal.afterMs))
    timers.push(
      setTimeout(() => {
        timedOut = true
        send('SIGKILL')
      }, options.timeoutMs ?? 60000)
    )

    child.on('error', (error) => {
      timers.forEach(clearTimeout)
      reject(error)
    })
    child.on('close', (exitCode, exitSignal) => {
      timers.forEach(clearTimeout)
      const durationMs = Date.now() - startedAt
      resolve({
        pid: child.pid,
        exitCode,
        signal: exitSignal,
        durationMs,
        stdout,
        stderr,
        signalsSent,
        timedOut
      })
    })
  })
}

/**
 * Parses a GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV file as the runner does: `name<<delimiter`
 * heredocs and legacy `name=value` lines. Throws on what the runner would refuse.
 */
export function parseFileCommands(content: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = content.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (line === '') continue
    const equalsAt = line.indexOf('=')
    const heredocAt = line.indexOf('<<')
    if (heredocAt > 0 && (equalsAt < 0 || heredocAt < equalsAt)) {
      const name = line.slice(0, heredocAt)
      const delimiter = line.slice(heredocAt + 2)
      const end = lines.indexOf(delimiter, index + 1)
      if (delimiter === '' || end < 0) {
        throw new Error(`Invalid file command: no closing delimiter '${delimiter}' for '${name}'`)
      }
      values[name] = lines.slice(index + 1, end).join('\n')
      index = end
    } else if (equalsAt > 0) {
      values[line.slice(0, equalsAt)] = line.slice(equalsAt + 1)
    } else {
      throw new Error(`Invalid file command line: '${line}'`)
    }
  }
  return values
}

const ANNOTATION_LEVELS = new Set(['error', 'warning', 'notice', 'debug'])
const WORKFLOW_COMMAND = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/

/** Annotations (`::error file=a::msg`) and masks (`::add-mask::value`) the action printed. */
export function parseWorkflowCommands(stdout: string): {
  annotations: Annotation[]
  masked: string[]
} {
  const annotations: Annotation[] = []
  const masked: string[] = []
  for (const line of stdout.split('\n')) {
    const match = WORKFLOW_COMMAND.exec(line.replace(/\r$/, ''))
    if (!match) continue
    const [, command, rawProperties, rawMessage] = match
    const message = unescapeData(rawMessage)
    if (command === 'add-mask') {
      masked.push(message)
    } else if (ANNOTATION_LEVELS.has(command)) {
      const level = command as Annotation['level']
      annotations.push({ level, message, properties: parseProperties(rawProperties ?? '') })
    }
  }
  return { annotations, masked }
}

function parseProperties(raw: string): Record<string, string> {
  const properties: Record<string, string> = {}
  for (const pair of raw.split(',')) {
    const equalsAt = pair.indexOf('=')
    if (equalsAt > 0)
      properties[pair.slice(0, equalsAt)] = unescapeProperty(pair.slice(equalsAt + 1))
  }
  return properties
}

function unescapeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(value: string): string {
  return unescapeData(value.replace(/%3A/g, ':').replace(/%2C/g, ','))
}
