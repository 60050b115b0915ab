import type { RunSource } from '../metrics/model.js'

/** Facts about the workflow run the action is part of, from the runner's environment. */

/** The events of a workflow run for a pull request: the comment goes there, the baseline is its base. */
export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set([
  'pull_request',
  'pull_request_target'
])

export function isPullRequestEvent(env = process.env): boolean {
  return PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')
}

export function workflowRunUrl(env = process.env): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT } = env
  if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined
  const attempt =
    GITHUB_RUN_ATTEMPT && GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${GITHUB_RUN_ATTEMPT}` : ''
  return `${GITHUB_SERVER_URL ?? 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}${attempt}`
}

export function artifactUrl(artifactId: string, env = process.env): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env
  if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined
  return `${GITHUB_SERVER_URL ?? 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}/artifacts/${artifactId}`
}

export function runSource(env = process.env): RunSource {
  return {
    repository: env.GITHUB_REPOSITORY,
    ref: env.GITHUB_REF,
    sha: env.GITHUB_SHA,
    workflowRunId: env.GITHUB_RUN_ID,
    workflowRunUrl: workflowRunUrl(env),
    job: env.GITHUB_JOB
  }
}
