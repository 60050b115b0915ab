/**
 * `baseline: auto`: the history the newest earlier run on the baseline branch carried forward, from
 * its small history artifact. One list page and one download bring the last 40 runs.
 */
import type { Log } from '../log.js'
import type { RunMetrics } from '../metrics/model.js'
import { parseHistoryRecord } from '../metrics/history-record.js'
import { historyArtifactPrefix } from '../reports/artifact.js'
import { REPORT_FILES } from '../reports/download.js'
import { createOctokit, type Octokit } from './api.js'
import { PULL_REQUEST_EVENTS } from './context.js'
import { GHES_BASELINE_NOTICE, isGitHubEnterpriseServer } from './ghes.js'
import { readCappedEntry } from './unzip.js'
import { repositoryLinks, workflowRunLink } from './links.js'

/** The workflow run's facts the search needs, as `@actions/github`'s context gives them. */
export interface WorkflowContext {
  eventName: string
  ref: string
  runId: number
  payload: { pull_request?: Record<string, unknown> }
  repo: { owner: string; repo: string }
}

export interface AutoBaselineOptions {
  token: string
  /** This run: its timeline, load and leg name pick the history artifact. */
  current: RunMetrics
  name?: string
  log: Log
  /** Default: the context of `@actions/github`. */
  github?: WorkflowContext
}

export interface AutoHistory {
  /** The history's runs, oldest first, as recorded: not yet checked against this run. */
  runs: RunMetrics[]
  /** Why there is none, when there is none. */
  nothingFound?: string
}

type Artifact = Awaited<
  ReturnType<Octokit['rest']['actions']['listArtifactsForRepo']>
>['data']['artifacts'][number]

const PER_PAGE = 100
/** Pages of 100 artifacts scanned for a history artifact: the newest is nearly always on the first. */
const MAX_PAGES = 5
/** Candidates tried when a download fails: each is one more download. */
const MAX_ATTEMPTS = 3
/**
 * A 30-run history of a 20,000-step timeline is about 5 MB zipped and 20 MB unpacked; larger is
 * not one of ours, and is never downloaded or unpacked.
 */
export const MAX_HISTORY_ZIP_BYTES = 24 * 1024 * 1024
export const MAX_HISTORY_BYTES = 96 * 1024 * 1024

/**
 * Whether this run records its branch's history (and searches it for changes): a run on a branch,
 * not for a pull request, where artifacts can be uploaded.
 */
export async function recordsHistory(github?: WorkflowContext): Promise<boolean> {
  if (isGitHubEnterpriseServer() || !process.env.ACTIONS_RUNTIME_TOKEN) return false
  const context = github ?? (await import('@actions/github')).context
  return (
    !PULL_REQUEST_EVENTS.has(context.eventName) && (context.ref ?? '').startsWith('refs/heads/')
  )
}

/** The workflow run that measured a history run, on this server, when its ID is sound. */
export function historyRunUrl(run: RunMetrics): string | undefined {
  const repository = run.source?.repository ?? process.env.GITHUB_REPOSITORY
  const links = repositoryLinks({ ...process.env, GITHUB_REPOSITORY: repository })
  return workflowRunLink(links, run.source?.workflowRunId)
}

/**
 * API calls: one list page per 100 artifacts scanned (usually one: the list is newest first) and
 * one download; a download that fails costs one more per candidate tried (at most 3). Nothing is
 * written to disk: the zip is checked against `size_in_bytes` before it is fetched, held in memory
 * and its one file unpacked under a cap. Never throws: with no history the run is judged on
 * thresholds alone, and the answer says why.
 */
export async function findAutoBaseline(options: AutoBaselineOptions): Promise<AutoHistory> {
  if (isGitHubEnterpriseServer()) {
    options.log.notice(GHES_BASELINE_NOTICE)
    return nothingFound('earlier runs cannot be searched on GitHub Enterprise Server')
  }
  if (!options.token)
    return nothingFound('"baseline: auto" needs a github-token and none was given')
  const github = options.github ?? (await import('@actions/github')).context
  const where = await whereToSearch(github)
  if (typeof where === 'string') return nothingFound(where)
  try {
    const octokit = await createOctokit(options.token)
    return await searchHistory(octokit, { ...where, github, options })
  } catch (error) {
    return searchFailed(error, options.log)
  }
}

interface Where {
  repository: { owner: string; repo: string }
  branch: string
}

interface Search extends Where {
  github: WorkflowContext
  options: AutoBaselineOptions
}

/** The repository and baseline branch, or why there are none. */
async function whereToSearch(github: WorkflowContext): Promise<Where | string> {
  let repository: Where['repository']
  try {
    repository = github.repo
  } catch {
    return 'not running in GitHub Actions (GITHUB_REPOSITORY is not set)'
  }
  if (PULL_REQUEST_EVENTS.has(github.eventName)) {
    const base = (github.payload.pull_request?.base as { ref?: unknown } | undefined)?.ref
    if (typeof base !== 'string' || !base) return 'the pull request event names no base branch'
    return { repository, branch: base }
  }
  if ((github.ref ?? '').startsWith('refs/heads/')) {
    return { repository, branch: github.ref.slice('refs/heads/'.length) }
  }
  return `this run is not on a branch (ref ${github.ref || 'unknown'})`
}

async function searchHistory(octokit: Octokit, search: Search): Promise<AutoHistory> {
  const prefix = historyArtifactPrefix(
    search.options.current.timelineId,
    search.options.current.load,
    search.options.name
  )
  const problems: string[] = []
  const passOver = (problem: string) => {
    problems.push(problem)
    search.options.log.info(`History artifact ${problem}.`)
  }
  let scanned = 0
  let attempts = 0
  for await (const artifact of artifactsNewestFirst(octokit, search)) {
    scanned++
    if (!artifact.name.startsWith(prefix) || !isOfThisBranch(artifact, search)) continue
    const problem = unusable(artifact)
    if (problem !== undefined) {
      passOver(problem)
      continue
    }
    const history = await downloadHistory(octokit, artifact, search).catch(
      (error: Error) => error.message
    )
    if (typeof history !== 'string') {
      search.options.log.info(
        `History: ${history.length} run(s) from artifact "${artifact.name}" of workflow run ${artifact.workflow_run?.id}.`
      )
      return { runs: history }
    }
    passOver(`"${artifact.name}" could not be read: ${history}`)
    if (++attempts >= MAX_ATTEMPTS) break
  }
  const where = `on branch "${search.branch}"`
  if (problems.length > 0) {
    return nothingFound(`no history artifact ${where} could be used: ${problems[0]}`)
  }
  return nothingFound(
    `no earlier run ${where} left a history artifact of this timeline and load ` +
      `(${scanned} artifacts of ${search.repository.owner}/${search.repository.repo} searched); ` +
      `this may be the first run there, and this run starts the history`
  )
}

async function* artifactsNewestFirst(octokit: Octokit, search: Search): AsyncGenerator<Artifact> {
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await octokit.rest.actions.listArtifactsForRepo({
      ...search.repository,
      per_page: PER_PAGE,
      page
    })
    yield* data.artifacts
    if (data.artifacts.length < PER_PAGE) return
  }
}

/** A fork's branch may share the name of ours, so the run must come from this repository too. */
function isOfThisBranch(artifact: Artifact, search: Search): boolean {
  const run = artifact.workflow_run
  return (
    run?.head_branch === search.branch &&
    run.head_repository_id === run.repository_id &&
    run.id !== search.github.runId
  )
}

function unusable(artifact: Artifact): string | undefined {
  if (artifact.expired) return `"${artifact.name}" has expired`
  if (artifact.size_in_bytes > MAX_HISTORY_ZIP_BYTES) {
    return `"${artifact.name}" is ${artifact.size_in_bytes} bytes, more than a history's ${MAX_HISTORY_ZIP_BYTES}`
  }
  return undefined
}

async function downloadHistory(
  octokit: Octokit,
  artifact: Artifact,
  search: Search
): Promise<RunMetrics[]> {
  const { data } = await octokit.rest.actions.downloadArtifact({
    ...search.repository,
    artifact_id: artifact.id,
    archive_format: 'zip'
  })
  const zip = Buffer.from(data as ArrayBuffer)
  if (zip.length > MAX_HISTORY_ZIP_BYTES) {
    throw new Error(`the download is ${zip.length} bytes, more than ${MAX_HISTORY_ZIP_BYTES}`)
  }
  const text = await readCappedEntry(zip, REPORT_FILES.history, MAX_HISTORY_BYTES)
  return parseHistoryRecord(text, `${REPORT_FILES.history} of "${artifact.name}"`)
}

function searchFailed(error: unknown, log: Log): AutoHistory {
  const reason = error instanceof Error ? error.message : String(error)
  const status = (error as { status?: unknown }).status
  if (status === 403 && !/rate limit/i.test(reason)) {
    return nothingFound(
      `the token is not allowed to read this repository's artifacts (403 ${reason}). ` +
        `"baseline: auto" needs the "actions: read" permission: add "permissions: actions: read" ` +
        `to the workflow or job`
    )
  }
  const withStatus = typeof status === 'number' ? ` (status ${status})` : ''
  log.warning(`The history could not be found${withStatus}: ${reason}.`)
  return nothingFound(`the history could not be found${withStatus}: ${reason}`)
}

function nothingFound(reason: string): AutoHistory {
  return { runs: [], nothingFound: reason }
}
