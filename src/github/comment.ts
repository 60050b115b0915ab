import type { Log } from '../log.js'
import { createOctokit, paginateCapped, type Octokit } from './api.js'
import { isPullRequestEvent } from './context.js'

/** The author of what GITHUB_TOKEN writes, should the token not say who it is. */
const ACTIONS_BOT = 'github-actions[bot]'
/** 1,000 comments: a pull request with more is rare, and an endless list must end somewhere. */
const MAX_COMMENT_PAGES = 10

/** Whether the comment was written, and if not, why, in a sentence fit for the summary. */
export type CommentOutcome = { written: true } | { written: false; reason: string }

/** The pull request this workflow run is for, or undefined on other events. */
export async function pullRequestNumber(): Promise<number | undefined> {
  if (!isPullRequestEvent()) return undefined
  const { context } = await import('@actions/github')
  return context.payload.pull_request?.number
}

/**
 * Keeps one comment per timeline and job on the pull request: found again by its hidden marker
 * and edited in place, so a push does not add another comment. Only a comment written by the
 * token's own identity counts: anyone can paste the marker into a comment of theirs. Never
 * throws: a comment that could not be written is a warning, and the outcome says why.
 */
export async function upsertPullRequestComment(
  pullNumber: number,
  body: string,
  marker: string,
  token: string,
  log: Log
): Promise<CommentOutcome> {
  const { context } = await import('@actions/github')
  const { owner, repo } = context.repo
  try {
    const octokit = await createOctokit(token)
    const existing = await paginateCapped(
      octokit,
      octokit.rest.issues.listComments,
      { owner, repo, issue_number: pullNumber, per_page: 100 },
      MAX_COMMENT_PAGES
    )
    if (!existing.complete) {
      log.info(
        `Pull request #${pullNumber} has more than ${existing.items.length} comments; only those were searched for an earlier results comment.`
      )
    }
    const marked = existing.items.filter((comment) => comment.body?.includes(marker))
    const author = marked.length > 0 ? await tokenIdentity(octokit) : undefined
    const ours = marked.find((comment) => comment.user?.login === author)
    if (ours) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body })
      log.info(`Updated the results comment on pull request #${pullNumber}.`)
    } else {
      await octokit.rest.issues.createComment({ owner, repo, issue_number: pullNumber, body })
      log.info(`Commented the results on pull request #${pullNumber}.`)
    }
    return { written: true }
  } catch (error) {
    const reason = `${errorMessage(error)}.${permissionHint(error)}`
    log.warning(`The pull request comment could not be written: ${reason}`)
    return { written: false, reason }
  }
}

function permissionHint(error: unknown): string {
  const status = (error as { status?: number }).status
  return status === 403 || status === 404
    ? ' The token cannot write to this pull request (a pull request from a fork gets a read-only token); grant "pull-requests: write" or set comment: false.'
    : ''
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Who the token writes as: the user of a personal token, `<app>[bot]` for a GitHub App's token.
 * GraphQL `viewer` answers for both, where GET /user refuses an App's token.
 */
export async function tokenIdentity(octokit: Octokit): Promise<string> {
  try {
    const { viewer } = await octokit.graphql<{ viewer: { login: string } }>('{ viewer { login } }')
    return viewer.login
  } catch {
    return ACTIONS_BOT
  }
}
