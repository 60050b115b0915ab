import type { Log } from '../log.js'

const COMMENT_EVENTS = new Set(['pull_request', 'pull_request_target'])
/** The author of what GITHUB_TOKEN writes, should the token not say who it is. */
const ACTIONS_BOT = 'github-actions[bot]'

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>

/** The pull request this workflow run is for, or undefined on other events. */
export async function pullRequestNumber(): Promise<number | undefined> {
  if (!COMMENT_EVENTS.has(process.env.GITHUB_EVENT_NAME ?? '')) return undefined
  const { context } = await import('@actions/github')
  return context.payload.pull_request?.number
}

/**
 * Keeps one comment per timeline and job on the pull request: found again by its hidden marker
 * and edited in place, so a push does not add another comment. Only a comment written by the
 * token's own identity counts: anyone can paste the marker into a comment of theirs.
 */
export async function upsertPullRequestComment(
  pullNumber: number,
  body: string,
  marker: string,
  token: string,
  log: Log
): Promise<void> {
  const { context, getOctokit } = await import('@actions/github')
  const octokit = getOctokit(token, { baseUrl: process.env.GITHUB_API_URL || undefined })
  const { owner, repo } = context.repo
  try {
    const existing = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: pullNumber,
      per_page: 100
    })
    const marked = existing.filter((comment) => comment.body?.includes(marker))
    const author = marked.length > 0 ? await tokenIdentity(octokit) : undefined
    const ours = marked.find((comment) => comment.user?.login === author)
    if (ours) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body })
      log.info(`Updated the results comment on pull request #${pullNumber}.`)
    } else {
      await octokit.rest.issues.createComment({ owner, repo, issue_number: pullNumber, body })
      log.info(`Commented the results on pull request #${pullNumber}.`)
    }
  } catch (error) {
    const status = (error as { status?: number }).status
    const reason = error instanceof Error ? error.message : String(error)
    const hint =
      status === 403 || status === 404
        ? ' The token cannot write to this pull request (a pull request from a fork gets a read-only token); grant "pull-requests: write" or set comment: false.'
        : ''
    log.warning(`The pull request comment could not be written: ${reason}.${hint}`)
  }
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
