/**
 * Change reporting on the runs that record a branch's history: the persistent shifts the history
 * plus this run shows (src/verdict/shifts.ts), located on runs and commits, their cause named as far
 * as the API lets the token see, and announced once.
 */
import type { Settings } from '../inputs.js'
import type { Log } from '../log.js'
import type { RunMetrics } from '../metrics/model.js'
import { ANNOTATED_CHANGES, changeAnnotation } from '../present/changes.js'
import type { ChangeRun, ChangeView, ChangesView, PullRequestRef } from '../present/changes.js'
import { findShifts, type Shift } from '../verdict/shifts.js'
import { createOctokit, type Octokit } from './api.js'
import type { WorkflowContext } from './auto-baseline.js'
import { PULL_REQUEST_EVENTS } from './context.js'
import {
  compareLink,
  isCommitSha,
  pullRequestLink,
  repositoryLinks,
  workflowRunLink,
  type RepositoryLinks
} from './links.js'

/** Runs searched, this one included. */
export const CHANGE_WINDOW_RUNS = 30
/** Runs before the window the search also gets, to tell which shifts an earlier run reported. */
const EARLIER_RUNS = 10
/** Commit ranges whose pull requests are looked up, and commits per range. */
const MAX_RANGES = 5
const MAX_COMMITS = 5
const PULL_NUMBER = /(?:^Merge pull request #|\(#)(\d{1,9})\b/gm

export interface ChangeSearchInput {
  settings: Pick<
    Settings,
    'detectChanges' | 'githubToken' | 'maxRegressionPercent' | 'noiseFloorMs'
  >
  metrics: RunMetrics
  /** The comparable earlier runs, oldest first. */
  history: readonly RunMetrics[]
  log: Log
  github?: WorkflowContext
}

/** The runs searched, oldest first with this run last, and the shifts found in them. */
export interface ChangeSearch {
  view: ChangesView
  runs: readonly RunMetrics[]
  shifts: Shift[]
}

/**
 * Searches the branch's history for shifts when this run records it: an event on a branch, not a
 * pull request, with `detect-changes` on. Undefined when no search was made.
 */
export async function searchChanges(input: ChangeSearchInput): Promise<ChangeSearch | undefined> {
  const github = input.github ?? (await import('@actions/github')).context
  const branch = (github.ref ?? '').startsWith('refs/heads/') ? github.ref.slice(11) : undefined
  if (!input.settings.detectChanges || PULL_REQUEST_EVENTS.has(github.eventName) || !branch) {
    return undefined
  }
  const runs = [...input.history.slice(-(CHANGE_WINDOW_RUNS + EARLIER_RUNS - 1)), input.metrics]
  const shifts = findShifts(runs, {
    windowRuns: CHANGE_WINDOW_RUNS,
    maxAfter: EARLIER_RUNS,
    minChangePercent: input.settings.maxRegressionPercent ?? 0,
    noiseFloorMs: input.settings.noiseFloorMs
  })
  const links = repositoryLinks()
  const views = shifts.map((shift) => changeView(shift, runs, links))
  await nameCauses(views, input, links, branch)
  input.log.info(
    `Changes on "${branch}": ${shifts.length} shift(s) in the last ${Math.min(runs.length, CHANGE_WINDOW_RUNS)} runs, ` +
      `${views.filter((view) => !view.reportedIn).length} new in this run.`
  )
  return {
    view: { branch, runs: Math.min(runs.length, CHANGE_WINDOW_RUNS), shifts: views },
    runs,
    shifts
  }
}

function changeView(
  shift: Shift,
  runs: readonly RunMetrics[],
  links: RepositoryLinks | undefined
): ChangeView {
  const firstRun = changeRun(runs[shift.firstIndex], links)
  const lastRunBefore = changeRun(runs[shift.lastBeforeIndex], links)
  return {
    step: shift.step,
    trackItem: shift.trackItem,
    changePercent: shift.changePercent,
    ...(shift.levelBeforeMs === undefined ? {} : { levelBeforeMs: shift.levelBeforeMs }),
    ...(shift.levelAfterMs === undefined ? {} : { levelAfterMs: shift.levelAfterMs }),
    runsSince: shift.runsSince,
    firstRun,
    lastRunBefore,
    compareUrl: compareLink(links, lastRunBefore.sha, firstRun.sha),
    pullRequests: [],
    ...(shift.newInThisRun ? {} : { reportedIn: changeRun(runs[shift.firstReportedIndex], links) })
  }
}

function changeRun(run: RunMetrics, links: RepositoryLinks | undefined): ChangeRun {
  const sha = run.source?.sha
  const url = workflowRunLink(links, run.source?.workflowRunId)
  return { runId: run.runId, ...(isCommitSha(sha) ? { sha } : {}), ...(url ? { url } : {}) }
}

/** The `changes` output: the shifts found new in this run. */
export function changesOutput(search: ChangeSearch | undefined): string {
  const fresh = (search?.view.shifts ?? []).filter((shift) => !shift.reportedIn)
  return JSON.stringify(
    fresh.map((shift) => ({
      step: shift.step,
      trackItem: shift.trackItem,
      changePercent: Math.round(shift.changePercent * 10) / 10,
      runsSince: shift.runsSince,
      firstRun: outputRun(shift.firstRun),
      lastRunBefore: outputRun(shift.lastRunBefore)
    }))
  )
}

function outputRun(run: ChangeRun): { sha: string | null; runId: string; url: string | null } {
  return { sha: run.sha ?? null, runId: run.runId, url: run.url ?? null }
}

/** One warning per new shift, the first few; one more says how many were left out. */
export function annotateChanges(search: ChangeSearch | undefined, log: Log): void {
  const fresh = (search?.view.shifts ?? []).filter((shift) => !shift.reportedIn)
  const title = `Performance change on ${search?.view.branch}`
  for (const shift of fresh.slice(0, ANNOTATED_CHANGES))
    log.warning(changeAnnotation(shift), { title })
  const more = fresh.length - ANNOTATED_CHANGES
  if (more > 0) {
    log.warning(`${more} more shifts were found; the job summary lists them all.`, { title })
  }
}

/**
 * The pull requests merged between the last run before each new shift and its first run: the
 * commits of the range, then each commit's associated pull requests; when the token may not read
 * those, the `#123` of the commit messages. Shifts of one range share the look-ups.
 */
async function nameCauses(
  views: ChangeView[],
  input: ChangeSearchInput,
  links: RepositoryLinks | undefined,
  branch: string
): Promise<void> {
  const token = input.settings.githubToken
  const fresh = views.filter((view) => !view.reportedIn && view.compareUrl)
  if (!token || !links || fresh.length === 0) return
  const [owner, repo] = links.repository.split('/')
  const octokit = await createOctokit(token)
  const ranges = new Map<string, Promise<number[]>>()
  for (const view of fresh) {
    const range = `${view.lastRunBefore.sha}...${view.firstRun.sha}`
    if (!ranges.has(range) && ranges.size >= MAX_RANGES) continue
    if (!ranges.has(range)) {
      ranges.set(range, pullRequestsIn(octokit, { owner, repo, branch }, range, input.log))
    }
    const numbers = await (ranges.get(range) as Promise<number[]>)
    view.pullRequests = numbers.map((number): PullRequestRef => ({
      number,
      url: pullRequestLink(links, number)
    }))
  }
}

interface Where {
  owner: string
  repo: string
  branch: string
}

async function pullRequestsIn(
  octokit: Octokit,
  where: Where,
  range: string,
  log: Log
): Promise<number[]> {
  const head = range.split('...')[1]
  const commits = await octokit.rest.repos
    .compareCommitsWithBasehead({
      owner: where.owner,
      repo: where.repo,
      basehead: range,
      per_page: 100
    })
    .then(({ data }) => data.commits.slice(-MAX_COMMITS).reverse())
    .catch((error: Error) => {
      log.info(`The commits of ${range} could not be read: ${error.message}.`)
      return [{ sha: head, commit: { message: '' } }]
    })
  const numbers = new Set<number>()
  for (const commit of commits) {
    const associated = await mergedPullRequests(octokit, where, commit.sha)
    const found = associated ?? numbersIn(commit.commit.message)
    for (const number of found) numbers.add(number)
  }
  return [...numbers]
}

/** The pull requests merged into the branch with this commit, or undefined when not readable. */
async function mergedPullRequests(
  octokit: Octokit,
  where: Where,
  sha: string
): Promise<number[] | undefined> {
  try {
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner: where.owner,
      repo: where.repo,
      commit_sha: sha
    })
    return data
      .filter((pull) => pull.merged_at && pull.base.ref === where.branch)
      .map((pull) => pull.number)
  } catch {
    return undefined
  }
}

function numbersIn(message: string): number[] {
  return [...message.matchAll(PULL_NUMBER)].map((match) => Number(match[1]))
}
