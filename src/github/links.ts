/**
 * Links into this repository on its GitHub server, built only from parts that are checked: an
 * https server URL, `owner/repo`, digits for IDs and hex for commits. A figure file or an API
 * answer can name anything; a link the summary shows can only point here.
 */
export interface RepositoryLinks {
  serverUrl: string
  repository: string
}

const REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/
const RUN_ID = /^\d{1,20}$/
const SHA = /^[0-9a-f]{7,64}$/i

/** The server and repository of this workflow run, or undefined when either is not sound. */
export function repositoryLinks(env: NodeJS.ProcessEnv = process.env): RepositoryLinks | undefined {
  const serverUrl = httpsOrigin(env.GITHUB_SERVER_URL || 'https://github.com')
  const repository = env.GITHUB_REPOSITORY ?? ''
  return serverUrl && REPOSITORY.test(repository) ? { serverUrl, repository } : undefined
}

export function isCommitSha(sha: string | undefined): sha is string {
  return sha !== undefined && SHA.test(sha)
}

export function workflowRunLink(
  links: RepositoryLinks | undefined,
  runId: string | undefined
): string | undefined {
  if (!links || runId === undefined || !RUN_ID.test(runId)) return undefined
  return `${base(links)}/actions/runs/${runId}`
}

export function compareLink(
  links: RepositoryLinks | undefined,
  before: string | undefined,
  first: string | undefined
): string | undefined {
  if (!links || !isCommitSha(before) || !isCommitSha(first)) return undefined
  return `${base(links)}/compare/${before}...${first}`
}

export function pullRequestLink(
  links: RepositoryLinks | undefined,
  pullNumber: number
): string | undefined {
  if (!links || !Number.isSafeInteger(pullNumber) || pullNumber <= 0) return undefined
  return `${base(links)}/pull/${pullNumber}`
}

function base(links: RepositoryLinks): string {
  return `${links.serverUrl}/${links.repository}`
}

function httpsOrigin(url: string): string | undefined {
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return undefined
    return parsed.origin
  } catch {
    return undefined
  }
}
