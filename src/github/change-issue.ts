/**
 * `report-issue`: one GitHub issue per timeline, leg and branch that tracks the persistent shifts
 * found there. Opened when a shift is found, updated (and commented, so watchers hear of it) when
 * more are found, closed when every tracked level is back. Found again by its hidden marker and
 * its author, as the pull request comment is, so it is never duplicated.
 */
import type { Settings } from '../inputs.js'
import type { Log } from '../log.js'
import type { RunMetrics } from '../metrics/model.js'
import {
  changeIssueTitle,
  renderChangeIssue,
  type ChangeRun,
  type ChangeView
} from '../present/changes.js'
import {
  isLevelBack,
  levelsAround,
  type LevelKey,
  type TrackedLevels
} from '../verdict/level-back.js'
import { createOctokit, paginateCapped, type Octokit } from './api.js'
import type { ChangeSearch } from './changes.js'
import { tokenIdentity } from './comment.js'
import { workflowRunUrl } from './context.js'
import { isCommitSha, repositoryLinks } from './links.js'

export interface ChangeIssueInput {
  search: ChangeSearch
  settings: Pick<Settings, 'reportIssue' | 'githubToken' | 'name'>
  metrics: RunMetrics
  log: Log
}

interface IssueRun extends ChangeIssueInput {
  /** Links read back from the issue are kept only when they start with this. */
  linkPrefix: string
}

/** A shift the issue tracks, kept in the issue's body between runs. */
interface Tracked {
  key?: LevelKey
  firstRunId: string
  levels: TrackedLevels
  view: ChangeView
}

type Issue = Awaited<ReturnType<Octokit['rest']['issues']['listForRepo']>>['data'][number]

const MAX_ISSUE_PAGES = 3
const STATE_START = '<!-- leapwork-performance-tracked '
const STATE_END = ' -->'
const PERMISSION_HINT =
  'Grant "issues: write" to the job ("permissions: issues: write"), or set report-issue: false.'

export async function keepChangeIssue(input: ChangeIssueInput): Promise<void> {
  const { settings, log } = input
  if (!settings.reportIssue) return
  const links = repositoryLinks()
  if (!settings.githubToken || !links) {
    log.warning('report-issue is on but there is no github-token or repository: no issue was kept.')
    return
  }
  const [owner, repo] = links.repository.split('/')
  const where = { owner, repo }
  const marker = issueMarker(input.metrics.timelineId, input.search.view.branch, settings.name)
  try {
    const octokit = await createOctokit(settings.githubToken)
    const existing = await findIssue(octokit, where, marker)
    const found = trackedShifts(input.search)
    const run: IssueRun = { ...input, linkPrefix: `${links.serverUrl}/${links.repository}/` }
    if (existing) await updateIssue(octokit, where, existing, found, run, marker)
    else if (found.length > 0) await openIssue(octokit, where, found, run, marker)
  } catch (error) {
    const status = (error as { status?: number }).status
    const reason = error instanceof Error ? error.message : String(error)
    const hint = status === 403 || status === 404 ? ` ${PERMISSION_HINT}` : ''
    log.warning(`The change issue could not be kept up to date: ${reason}.${hint}`)
  }
}

/** One marker per timeline, leg and branch; every part encoded, so no text ends the comment. */
export function issueMarker(timelineId: string, branch: string, name?: string): string {
  const part = (text: string) => encodeURIComponent(text)
  return `<!-- leapwork-performance-changes timeline=${part(timelineId)} leg=${part(name ?? '')} branch=${part(branch)} -->`
}

async function findIssue(
  octokit: Octokit,
  where: { owner: string; repo: string },
  marker: string
): Promise<Issue | undefined> {
  const author = await tokenIdentity(octokit)
  const { items } = await paginateCapped(
    octokit,
    octokit.rest.issues.listForRepo,
    { ...where, state: 'open', creator: author, per_page: 100 },
    MAX_ISSUE_PAGES
  )
  return items.find(
    (issue) => !issue.pull_request && issue.user?.login === author && issue.body?.includes(marker)
  )
}

function trackedShifts(search: ChangeSearch): Tracked[] {
  return search.shifts.flatMap((shift, index) => {
    const key =
      shift.trackItemId !== undefined && shift.stepId !== undefined
        ? { trackItemId: shift.trackItemId, stepId: shift.stepId }
        : undefined
    const levels = levelsAround(search.runs, key, shift.firstIndex)
    const view = search.view.shifts[index]
    return levels ? [{ key, firstRunId: view.firstRun.runId, levels, view }] : []
  })
}

async function openIssue(
  octokit: Octokit,
  where: { owner: string; repo: string },
  found: Tracked[],
  input: ChangeIssueInput,
  marker: string
): Promise<void> {
  const { data } = await octokit.rest.issues.create({
    ...where,
    title: changeIssueTitle(
      input.metrics.timelineTitle,
      input.search.view.branch,
      input.settings.name
    ),
    body: issueBody(input, found, marker)
  })
  input.log.info(`Opened issue #${data.number} for the shifts found.`)
}

async function updateIssue(
  octokit: Octokit,
  where: { owner: string; repo: string },
  issue: Issue,
  found: Tracked[],
  input: IssueRun,
  marker: string
): Promise<void> {
  const tracked = readState(issue.body ?? '', input.linkPrefix)
  const isKnown = (shift: Tracked) =>
    tracked.some((old) => sameKey(old.key, shift.key) && old.firstRunId === shift.firstRunId)
  const added = found.filter((shift) => !isKnown(shift))
  const issue_number = issue.number
  if (added.length > 0) {
    await octokit.rest.issues.update({
      ...where,
      issue_number,
      body: issueBody(input, [...tracked, ...added], marker)
    })
    await octokit.rest.issues.createComment({
      ...where,
      issue_number,
      body: `${added.length} more shift(s) found:\n\n${renderChangeIssue(
        input.search.view,
        added.map(({ view }) => view),
        '',
        workflowRunUrl()
      )}`
    })
    input.log.info(`Updated issue #${issue_number} with ${added.length} more shift(s).`)
    return
  }
  const runs = input.search.runs
  if (tracked.every((shift) => isLevelBack(runs, shift.key, shift.levels))) {
    await octokit.rest.issues.createComment({
      ...where,
      issue_number,
      body: 'The levels of every shift tracked here are back: closing.'
    })
    await octokit.rest.issues.update({ ...where, issue_number, state: 'closed' })
    input.log.info(`Closed issue #${issue_number}: the levels are back.`)
  }
}

function issueBody(input: ChangeIssueInput, tracked: Tracked[], marker: string): string {
  const body = renderChangeIssue(
    input.search.view,
    tracked.map(({ view }) => view),
    marker,
    workflowRunUrl()
  )
  const state = tracked.map(({ key, firstRunId, levels, view }) => ({
    key,
    firstRunId,
    levels,
    view
  }))
  return `${body}\n${STATE_START}${Buffer.from(JSON.stringify(state)).toString('base64url')}${STATE_END}\n`
}

/**
 * The shifts an issue of ours tracks. Its body is only ever ours, but anyone who may edit issues
 * can change it: what does not read as our state is dropped, and views are rebuilt without links.
 */
function readState(body: string, prefix: string): Tracked[] {
  const start = body.lastIndexOf(STATE_START)
  if (start < 0) return []
  const end = body.indexOf(STATE_END, start + STATE_START.length)
  try {
    const state: unknown = JSON.parse(
      Buffer.from(body.slice(start + STATE_START.length, end), 'base64url').toString('utf8')
    )
    return Array.isArray(state) ? state.flatMap((entry) => trackedOf(entry, prefix)) : []
  } catch {
    return []
  }
}

function trackedOf(entry: unknown, prefix: string): Tracked[] {
  const value = entry as Partial<Tracked> | null
  const { key, levels, view } = value ?? {}
  if (
    typeof value?.firstRunId !== 'string' ||
    !(Number(levels?.beforeMs) > 0 && Number(levels?.afterMs) > 0) ||
    (key !== undefined && (typeof key?.trackItemId !== 'string' || typeof key?.stepId !== 'string'))
  ) {
    return []
  }
  const safe = safeView(view, prefix)
  return safe
    ? [{ key, firstRunId: value.firstRunId, levels: levels as TrackedLevels, view: safe }]
    : []
}

/** A view read back from the issue, with its links kept only when they point into this repository. */
function safeView(view: ChangeView | undefined, prefix: string): ChangeView | undefined {
  const isText = (text: unknown) => typeof text === 'string'
  if (
    !view ||
    !isText(view.step) ||
    !(view.trackItem === null || isText(view.trackItem)) ||
    !Number.isFinite(view.changePercent) ||
    !Number.isFinite(view.runsSince)
  ) {
    return undefined
  }
  const link = (url: unknown) =>
    isText(url) && (url as string).startsWith(prefix) ? (url as string) : undefined
  const run = (candidate: ChangeRun | undefined): ChangeRun => ({
    runId: isText(candidate?.runId) ? String(candidate?.runId) : '?',
    ...(isCommitSha(candidate?.sha) ? { sha: candidate?.sha } : {}),
    ...(link(candidate?.url) ? { url: link(candidate?.url) } : {})
  })
  const numbers = Array.isArray(view.pullRequests) ? view.pullRequests : []
  return {
    step: view.step,
    trackItem: view.trackItem,
    changePercent: view.changePercent,
    ...(Number.isFinite(view.levelBeforeMs) ? { levelBeforeMs: view.levelBeforeMs } : {}),
    ...(Number.isFinite(view.levelAfterMs) ? { levelAfterMs: view.levelAfterMs } : {}),
    runsSince: view.runsSince,
    firstRun: run(view.firstRun),
    lastRunBefore: run(view.lastRunBefore),
    compareUrl: link(view.compareUrl),
    pullRequests: numbers
      .filter((pull) => Number.isSafeInteger(pull?.number) && pull.number > 0)
      .map((pull) => ({ number: pull.number, url: link(pull.url) }))
  }
}

function sameKey(a: LevelKey | undefined, b: LevelKey | undefined): boolean {
  return a?.trackItemId === b?.trackItemId && a?.stepId === b?.stepId
}
