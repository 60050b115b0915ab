import { createHash, randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { setTimeout as sleep } from 'node:timers/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createZip } from './zip.js'

export { createZip } from './zip.js'

const REPOSITORY_ID = 123456789
const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
const MAX_COMMENT_CHARACTERS = 65536
const DAY_MS = 24 * 60 * 60 * 1000
const DOCS = 'https://docs.github.com/rest'

export type Permission = 'comments' | 'artifacts' | 'issues' | 'contents'

export interface FakeGitHubApiOptions {
  /** The only token accepted, as `token X` or `Bearer X`. Default: a generated one, see `token`. */
  token?: string
  /** Default octo-org/octo-repo; other repositories answer 404. */
  repository?: string
  /** Answer 403 "Resource not accessible by integration" to every route of these kinds. */
  forbidden?: Permission[]
  /** Answer writes with 403 like a fork pull request's read-only token; reads still work. */
  readOnlyToken?: boolean
  /**
   * Who the token writes as: a user for a personal access token, `<app>[bot]` for a GitHub App's
   * installation token. GraphQL `viewer` answers it, and GET /user too for a user. Default: the
   * token is GITHUB_TOKEN, which writes as github-actions[bot] and is refused GET /user.
   */
  tokenOwner?: string
}

export interface RecordedRequest {
  /** 'blob' for the storage host the artifact download redirects to. */
  target: 'api' | 'blob'
  method: string
  path: string
  query: Record<string, string>
  authorization?: string
  body?: unknown
}

export interface FakeComment {
  id: number
  issueNumber: number
  body: string
  login: string
  createdAt: string
  updatedAt: string
}

export interface FakeIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  login: string
}

/** A commit of the repository's history, in the order added; `pulls` merged it (with `base`). */
export interface FakeCommit {
  sha: string
  message: string
  pulls?: number[]
  base?: string
}

export interface ArtifactSeed {
  name: string
  runId: number
  /** Head branch of the run. Default 'main'. */
  branch?: string
  files: Record<string, string | Buffer>
  expired?: boolean
  createdAt?: string | Date
  /** Run fields, taken from the first seed of a run. Defaults: completed, success, push. */
  runStatus?: string
  conclusion?: string | null
  event?: string
  headSha?: string
  workflowPath?: string
  /** A different ID than the repository's marks a run from a fork. */
  headRepositoryId?: number
}

export interface SeededRun {
  id: number
  branch: string
  headSha: string
  status: string
  conclusion: string | null
  event: string
  workflowPath: string
  headRepositoryId: number
  createdAt: string
}

export interface SeededArtifact {
  id: number
  name: string
  runId: number
  zip: Buffer
  expired: boolean
  createdAt: string
  expiresAt: string
}

export interface FakeGitHubApi {
  url: string
  token: string
  repository: string
  comments: FakeComment[]
  requests: RecordedRequest[]
  runs: SeededRun[]
  artifacts: SeededArtifact[]
  addArtifact(seed: ArtifactSeed): SeededArtifact
  addComment(issueNumber: number, body: string, login?: string): FakeComment
  /** Issues (not pull requests), newest last; seeded or opened by the action. */
  issues: FakeIssue[]
  addIssue(title: string, body: string, login?: string): FakeIssue
  /** The commits compare and the commit's pull requests answer from. */
  commits: FakeCommit[]
  /**
   * API answers are held back `latencyMs`, so that requests sent together are answered together;
   * `peak` is the most API requests that were being answered at once.
   */
  traffic: { latencyMs: number; peak: number }
  /**
   * Faults of a hostile or broken API: `dripMs` sends every API answer's body one byte every
   * `dripMs` ms (headers at once); `endlessNext` gives every list page a `rel="next"` link, so a
   * client that follows links blindly never stops.
   */
  faults: { dripMs: number; endlessNext: boolean }
  stop(): Promise<void>
}

interface ApiResponse {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

interface RequestContext {
  url: URL
  body: unknown
}

type Route = [
  method: string,
  pattern: RegExp,
  permission: Permission,
  handle: (params: string[], context: RequestContext) => ApiResponse
]

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: object = {}
  ) {
    super(message)
  }
}

/**
 * A loopback GitHub REST API for the routes the action uses: issue comments, and workflow runs and
 * artifacts for baselines, with GitHub's pagination, errors and the artifact download redirect.
 */
export async function startFakeGitHubApi(
  options: FakeGitHubApiOptions = {}
): Promise<FakeGitHubApi> {
  const token = options.token ?? `ghs_${randomBytes(18).toString('base64url')}`
  const repository = options.repository ?? 'octo-org/octo-repo'
  const blobSignature = randomBytes(16).toString('hex')
  const comments: FakeComment[] = []
  const requests: RecordedRequest[] = []
  const runs: SeededRun[] = []
  const artifacts: SeededArtifact[] = []
  const workflowIds = new Map<string, number>()
  const traffic = { latencyMs: 0, peak: 0 }
  const faults = { dripMs: 0, endlessNext: false }
  let answering = 0
  let nextCommentId = 2_100_000_001
  let nextArtifactId = 3_500_000_001
  const issues: FakeIssue[] = []
  const commits: FakeCommit[] = []
  let nextIssueNumber = 501

  const api = await listen((request, response) => answerApi(request, response))
  const blob = await listen((request, response) => answerBlob(request, response))
  const repoUrl = `${api.url}/repos/${repository}`

  const routes: Route[] = [
    ['GET', /^\/issues\/(\d+)\/comments$/, 'comments', listComments],
    ['POST', /^\/issues\/(\d+)\/comments$/, 'comments', createComment],
    ['PATCH', /^\/issues\/comments\/(\d+)$/, 'comments', updateComment],
    ['GET', /^\/actions\/artifacts$/, 'artifacts', listArtifacts],
    ['GET', /^\/actions\/artifacts\/(\d+)$/, 'artifacts', getArtifact],
    ['GET', /^\/actions\/artifacts\/(\d+)\/zip$/, 'artifacts', downloadArtifact],
    ['GET', /^\/actions\/runs$/, 'artifacts', listRuns],
    ['GET', /^\/actions\/runs\/(\d+)$/, 'artifacts', getRun],
    ['GET', /^\/actions\/runs\/(\d+)\/artifacts$/, 'artifacts', listRunArtifacts],
    ['GET', /^\/actions\/workflows\/([^/]+)\/runs$/, 'artifacts', listWorkflowRuns],
    ['GET', /^\/issues$/, 'issues', listIssues],
    ['POST', /^\/issues$/, 'issues', createIssue],
    ['PATCH', /^\/issues\/(\d+)$/, 'issues', updateIssue],
    ['GET', /^\/compare\/([0-9a-f]+)\.\.\.([0-9a-f]+)$/, 'contents', compareCommits],
    ['GET', /^\/commits\/([0-9a-f]+)\/pulls$/, 'contents', commitPulls]
  ]

  async function answerApi(request: IncomingMessage, response: ServerResponse): Promise<void> {
    answering += 1
    traffic.peak = Math.max(traffic.peak, answering)
    try {
      await answerApiRequest(request, response)
    } finally {
      answering -= 1
    }
  }

  async function answerApiRequest(
    request: IncomingMessage,
    response: ServerResponse
  ): Promise<void> {
    const url = new URL(request.url ?? '/', api.url)
    const rawBody = await readBody(request)
    const recorded = record('api', request, url)
    if (traffic.latencyMs > 0) await sleep(traffic.latencyMs)
    try {
      const body = rawBody.length > 0 ? parseJson(rawBody) : undefined
      recorded.body = body
      checkToken(request.headers.authorization)
      const answer =
        url.pathname === '/user'
          ? authenticatedUser()
          : url.pathname === '/graphql' && request.method === 'POST'
            ? graphql(body)
            : route(request.method ?? 'GET', url, body)
      const headers = faults.endlessNext ? withEndlessNext(answer, url) : answer.headers
      if (faults.dripMs > 0) await dripJson(response, answer.status, answer.body, headers)
      else sendJson(response, answer.status, answer.body, headers)
    } catch (error) {
      const failure = error instanceof ApiError ? error : new ApiError(500, String(error))
      const body = {
        message: failure.message,
        ...failure.extra,
        documentation_url: DOCS,
        status: String(failure.status)
      }
      sendJson(response, failure.status, body)
    }
  }

  async function dripJson(
    response: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {}
  ): Promise<void> {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    for (const byte of Buffer.from(JSON.stringify(body ?? null))) {
      if (response.destroyed) return
      response.write(Buffer.of(byte))
      await sleep(faults.dripMs)
    }
    response.end()
  }

  function record(
    target: RecordedRequest['target'],
    request: IncomingMessage,
    url: URL
  ): RecordedRequest {
    const entry: RecordedRequest = {
      target,
      method: request.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: request.headers.authorization
    }
    requests.push(entry)
    return entry
  }

  function checkToken(authorization: string | undefined): void {
    if (!authorization) throw new ApiError(401, 'Requires authentication')
    const [scheme, value] = authorization.split(' ')
    if (!/^(token|bearer)$/i.test(scheme) || value !== token) {
      throw new ApiError(401, 'Bad credentials')
    }
  }

  function route(method: string, url: URL, body: unknown): ApiResponse {
    const repoPath = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(url.pathname)
    if (!repoPath || `${repoPath[1]}/${repoPath[2]}`.toLowerCase() !== repository.toLowerCase()) {
      throw new ApiError(404, 'Not Found')
    }
    for (const [routeMethod, pattern, permission, handle] of routes) {
      const match = pattern.exec(repoPath[3])
      if (!match || routeMethod !== method) continue
      const isWrite = method !== 'GET'
      if (options.forbidden?.includes(permission) || (isWrite && options.readOnlyToken)) {
        throw new ApiError(403, 'Resource not accessible by integration')
      }
      return handle(match.slice(1), { url, body })
    }
    throw new ApiError(404, 'Not Found')
  }

  function authenticatedUser(): ApiResponse {
    if (!options.tokenOwner || isBotLogin(options.tokenOwner)) {
      throw new ApiError(403, 'Resource not accessible by integration')
    }
    return { status: 200, body: { login: options.tokenOwner, id: 583231, type: 'User' } }
  }

  /** Only the query a token asks about itself: `viewer { login }`. */
  function graphql(body: unknown): ApiResponse {
    const query = isRecord(body) && typeof body.query === 'string' ? body.query : ''
    if (!/^\s*(query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) {
      throw new ApiError(400, `This fake answers only { viewer { login } }, not ${query}`)
    }
    return { status: 200, body: { data: { viewer: { login: options.tokenOwner ?? BOT.login } } } }
  }

  function listComments([issue]: string[], { url }: RequestContext): ApiResponse {
    const onIssue = comments.filter((comment) => comment.issueNumber === Number(issue))
    const { items, headers } = paginate(onIssue, url)
    return { status: 200, body: items.map(commentJson), headers }
  }

  function createComment([issue]: string[], { body }: RequestContext): ApiResponse {
    const comment = addComment(Number(issue), commentBody(body), options.tokenOwner ?? BOT.login)
    return {
      status: 201,
      body: commentJson(comment),
      headers: { location: commentUrl(comment.id) }
    }
  }

  function updateComment([id]: string[], { body }: RequestContext): ApiResponse {
    const comment = comments.find((candidate) => candidate.id === Number(id))
    if (!comment) throw new ApiError(404, 'Not Found')
    comment.body = commentBody(body)
    comment.updatedAt = new Date().toISOString()
    return { status: 200, body: commentJson(comment) }
  }

  function addComment(issueNumber: number, body: string, login = 'octocat'): FakeComment {
    const now = new Date().toISOString()
    const comment = {
      id: nextCommentId++,
      issueNumber,
      body,
      login,
      createdAt: now,
      updatedAt: now
    }
    comments.push(comment)
    return comment
  }

  function addIssue(title: string, body: string, login = 'octocat'): FakeIssue {
    const issue: FakeIssue = { number: nextIssueNumber++, title, body, state: 'open', login }
    issues.push(issue)
    return issue
  }

  function issueJson(issue: FakeIssue): object {
    const user = issue.login === BOT.login ? BOT : { login: issue.login, id: 583231, type: 'User' }
    return {
      id: 9_000_000 + issue.number,
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      user,
      html_url: `https://github.com/${repository}/issues/${issue.number}`,
      url: `${repoUrl}/issues/${issue.number}`
    }
  }

  /** Open issues by default, newest first, filtered by `state` and `creator` as GitHub does. */
  function listIssues(_: string[], { url }: RequestContext): ApiResponse {
    const state = url.searchParams.get('state') ?? 'open'
    const creator = url.searchParams.get('creator')
    const matching = issues
      .filter((issue) => state === 'all' || issue.state === state)
      .filter((issue) => creator === null || issue.login === creator)
      .reverse()
    const { items, headers } = paginate(matching, url)
    return { status: 200, body: items.map(issueJson), headers }
  }

  function createIssue(_: string[], { body }: RequestContext): ApiResponse {
    const fields = isRecord(body) ? body : {}
    if (typeof fields.title !== 'string' || fields.title === '') {
      throw new ApiError(422, 'Validation Failed')
    }
    const issue = addIssue(
      fields.title,
      typeof fields.body === 'string' ? fields.body : '',
      options.tokenOwner ?? BOT.login
    )
    return { status: 201, body: issueJson(issue) }
  }

  function updateIssue([number]: string[], { body }: RequestContext): ApiResponse {
    const issue = issues.find((candidate) => candidate.number === Number(number))
    if (!issue) throw new ApiError(404, 'Not Found')
    const fields = isRecord(body) ? body : {}
    if (typeof fields.title === 'string') issue.title = fields.title
    if (typeof fields.body === 'string') issue.body = fields.body
    if (fields.state === 'open' || fields.state === 'closed') issue.state = fields.state
    return { status: 200, body: issueJson(issue) }
  }

  /** The commits after `base` up to `head`, oldest first, as GitHub's compare lists them. */
  function compareCommits([base, head]: string[]): ApiResponse {
    const from = commits.findIndex((commit) => commit.sha === base)
    const to = commits.findIndex((commit) => commit.sha === head)
    if (from < 0 || to < 0) throw new ApiError(404, 'Not Found')
    const range = commits.slice(from + 1, to + 1)
    return {
      status: 200,
      body: {
        status: 'ahead',
        total_commits: range.length,
        commits: range.map((commit) => ({ sha: commit.sha, commit: { message: commit.message } }))
      }
    }
  }

  function commitPulls([sha]: string[]): ApiResponse {
    const commit = commits.find((candidate) => candidate.sha === sha)
    if (!commit) throw new ApiError(422, 'No commit found for SHA')
    const pulls = (commit.pulls ?? []).map((number) => ({
      number,
      state: 'closed',
      merged_at: '2026-03-01T00:00:00Z',
      base: { ref: commit.base ?? 'main' },
      html_url: `https://github.com/${repository}/pull/${number}`
    }))
    return { status: 200, body: pulls }
  }

  function listArtifacts(_: string[], { url }: RequestContext): ApiResponse {
    return artifactPage(artifacts, url)
  }

  function listRunArtifacts([runId]: string[], { url }: RequestContext): ApiResponse {
    findRun(runId) // an unknown run answers 404
    return artifactPage(
      artifacts.filter((artifact) => artifact.runId === Number(runId)),
      url
    )
  }

  function artifactPage(candidates: SeededArtifact[], url: URL): ApiResponse {
    const name = url.searchParams.get('name')
    const matching = newestFirst(
      candidates.filter((artifact) => name === null || artifact.name === name)
    )
    const { items, headers } = paginate(matching, url)
    return {
      status: 200,
      body: { total_count: matching.length, artifacts: items.map(artifactJson) },
      headers
    }
  }

  function getArtifact([id]: string[]): ApiResponse {
    return { status: 200, body: artifactJson(findArtifact(id)) }
  }

  function downloadArtifact([id]: string[]): ApiResponse {
    const artifact = findArtifact(id)
    if (artifact.expired) throw new ApiError(410, 'Artifact has expired')
    const expiry = encodeURIComponent(new Date(Date.now() + 60_000).toISOString())
    const location = `${blob.url}/artifacts/${artifact.id}/${encodeURIComponent(artifact.name)}.zip?se=${expiry}&sig=${blobSignature}`
    return { status: 302, headers: { location } }
  }

  function listRuns(_: string[], { url }: RequestContext): ApiResponse {
    return runPage(runs, url)
  }

  function listWorkflowRuns([workflow]: string[], { url }: RequestContext): ApiResponse {
    const workflowPath = [...new Set(runs.map((run) => run.workflowPath))].find(
      (candidate) =>
        String(workflowId(candidate)) === workflow || candidate.split('/').pop() === workflow
    )
    if (!workflowPath) throw new ApiError(404, 'Not Found')
    return runPage(
      runs.filter((run) => run.workflowPath === workflowPath),
      url
    )
  }

  function runPage(candidates: SeededRun[], url: URL): ApiResponse {
    const filters = url.searchParams
    const matching = newestFirst(
      candidates.filter(
        (run) =>
          (!filters.has('branch') || run.branch === filters.get('branch')) &&
          (!filters.has('event') || run.event === filters.get('event')) &&
          (!filters.has('head_sha') || run.headSha === filters.get('head_sha')) &&
          (!filters.has('status') || [run.status, run.conclusion].includes(filters.get('status')))
      )
    )
    const { items, headers } = paginate(matching, url)
    return {
      status: 200,
      body: { total_count: matching.length, workflow_runs: items.map(runJson) },
      headers
    }
  }

  function getRun([runId]: string[]): ApiResponse {
    return { status: 200, body: runJson(findRun(runId)) }
  }

  function findRun(runId: string): SeededRun {
    const run = runs.find((candidate) => candidate.id === Number(runId))
    if (!run) throw new ApiError(404, 'Not Found')
    return run
  }

  function findArtifact(id: string): SeededArtifact {
    const artifact = artifacts.find((candidate) => candidate.id === Number(id))
    if (!artifact) throw new ApiError(404, 'Not Found')
    return artifact
  }

  function addArtifact(seed: ArtifactSeed): SeededArtifact {
    const createdAt = new Date(seed.createdAt ?? Date.now()).toISOString()
    if (!runs.some((run) => run.id === seed.runId)) {
      runs.push({
        id: seed.runId,
        branch: seed.branch ?? 'main',
        headSha: seed.headSha ?? createHash('sha1').update(String(seed.runId)).digest('hex'),
        status: seed.runStatus ?? 'completed',
        conclusion: seed.conclusion === undefined ? 'success' : seed.conclusion,
        event: seed.event ?? 'push',
        workflowPath: seed.workflowPath ?? '.github/workflows/load-test.yml',
        headRepositoryId: seed.headRepositoryId ?? REPOSITORY_ID,
        createdAt
      })
    }
    const expiresAt = seed.expired
      ? new Date(Date.now() - DAY_MS).toISOString()
      : new Date(Date.parse(createdAt) + 90 * DAY_MS).toISOString()
    const artifact: SeededArtifact = {
      id: nextArtifactId++,
      name: seed.name,
      runId: seed.runId,
      zip: createZip(seed.files, new Date(createdAt)),
      expired: seed.expired ?? false,
      createdAt,
      expiresAt
    }
    artifacts.push(artifact)
    return artifact
  }

  function answerBlob(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', blob.url)
    record('blob', request, url)
    const artifact = artifacts.find((candidate) =>
      url.pathname.startsWith(`/artifacts/${candidate.id}/`)
    )
    // The storage host only takes its own signature; a client that forwards the GitHub token fails.
    if (
      !artifact ||
      url.searchParams.get('sig') !== blobSignature ||
      request.headers.authorization
    ) {
      response.writeHead(403, {
        'content-type': 'application/xml',
        'x-ms-error-code': 'AuthenticationFailed'
      })
      response.end(
        '<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code></Error>'
      )
      return
    }
    response.writeHead(200, {
      'content-type': 'application/zip',
      'content-length': String(artifact.zip.length),
      'content-disposition': `attachment; filename=${artifact.name}.zip; filename*=UTF-8''${encodeURIComponent(artifact.name)}.zip`
    })
    response.end(artifact.zip)
  }

  function workflowId(workflowPath: string): number {
    if (!workflowIds.has(workflowPath)) workflowIds.set(workflowPath, 90_000_001 + workflowIds.size)
    return workflowIds.get(workflowPath) as number
  }

  const commentUrl = (id: number): string => `${repoUrl}/issues/comments/${id}`

  function commentJson(comment: FakeComment): object {
    const user =
      comment.login === BOT.login
        ? BOT
        : { login: comment.login, id: 583231, type: isBotLogin(comment.login) ? 'Bot' : 'User' }
    return {
      id: comment.id,
      node_id: `IC_kwDO${comment.id}`,
      url: commentUrl(comment.id),
      html_url: `https://github.com/${repository}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${repoUrl}/issues/${comment.issueNumber}`,
      body: comment.body,
      user,
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: user.type === 'Bot' ? 'NONE' : 'MEMBER'
    }
  }

  function artifactJson(artifact: SeededArtifact): object {
    const run = findRun(String(artifact.runId))
    return {
      id: artifact.id,
      node_id: `MDg6QXJ0aWZhY3Q${artifact.id}`,
      name: artifact.name,
      size_in_bytes: artifact.zip.length,
      url: `${repoUrl}/actions/artifacts/${artifact.id}`,
      archive_download_url: `${repoUrl}/actions/artifacts/${artifact.id}/zip`,
      expired: artifact.expired,
      digest: `sha256:${createHash('sha256').update(artifact.zip).digest('hex')}`,
      created_at: artifact.createdAt,
      updated_at: artifact.createdAt,
      expires_at: artifact.expiresAt,
      workflow_run: {
        id: run.id,
        repository_id: REPOSITORY_ID,
        head_repository_id: run.headRepositoryId,
        head_branch: run.branch,
        head_sha: run.headSha
      }
    }
  }

  function runJson(run: SeededRun): object {
    const [owner, name] = repository.split('/')
    return {
      id: run.id,
      name: 'Load test',
      node_id: `WFR_kwLO${run.id}`,
      head_branch: run.branch,
      head_sha: run.headSha,
      path: run.workflowPath,
      display_title: 'Load test',
      run_number: run.id % 1000,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: workflowId(run.workflowPath),
      url: `${repoUrl}/actions/runs/${run.id}`,
      html_url: `https://github.com/${repository}/actions/runs/${run.id}`,
      artifacts_url: `${repoUrl}/actions/runs/${run.id}/artifacts`,
      created_at: run.createdAt,
      updated_at: run.createdAt,
      run_started_at: run.createdAt,
      run_attempt: 1,
      repository: { id: REPOSITORY_ID, name, full_name: repository, owner: { login: owner } },
      head_repository: { id: run.headRepositoryId }
    }
  }

  return {
    url: api.url,
    token,
    repository,
    comments,
    requests,
    runs,
    artifacts,
    addArtifact,
    addComment,
    issues,
    addIssue,
    commits,
    traffic,
    faults,
    async stop() {
      await Promise.all([api.close(), blob.close()])
    }
  }
}

function commentBody(body: unknown): string {
  const text = (body as { body?: unknown } | undefined)?.body
  if (typeof text !== 'string') {
    throw new ApiError(
      422,
      `Invalid request.\n\nFor 'properties/body', ${JSON.stringify(text ?? null)} is not a string.`
    )
  }
  if ([...text].length > MAX_COMMENT_CHARACTERS) {
    throw new ApiError(422, 'Validation Failed', {
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: `body is too long (maximum is ${MAX_COMMENT_CHARACTERS} characters)`
        }
      ]
    })
  }
  return text
}

function newestFirst<T extends { id: number; createdAt: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
}

/** GitHub's page-number pagination: per_page (default 30, at most 100), page, and a Link header. */
function paginate<T>(items: T[], url: URL): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Number(url.searchParams.get('per_page')) || 30, 100)
  const page = Math.max(Number(url.searchParams.get('page')) || 1, 1)
  const lastPage = Math.max(Math.ceil(items.length / perPage), 1)
  const link = (target: number, rel: string): string => {
    const pageUrl = new URL(url)
    pageUrl.searchParams.set('per_page', String(perPage))
    pageUrl.searchParams.set('page', String(target))
    return `<${pageUrl.href}>; rel="${rel}"`
  }
  const links = [
    ...(page > 1 ? [link(page - 1, 'prev')] : []),
    ...(page < lastPage ? [link(page + 1, 'next'), link(lastPage, 'last')] : []),
    ...(page > 1 ? [link(1, 'first')] : [])
  ]
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {}
  }
}

/** A list answer with a link to the page after it, whether or not there is one. */
function withEndlessNext(answer: ApiResponse, url: URL): Record<string, string> | undefined {
  const isList =
    Array.isArray(answer.body) || (isRecord(answer.body) && 'total_count' in answer.body)
  if (answer.status !== 200 || !isList) return answer.headers
  const next = new URL(url)
  next.searchParams.set('page', String((Number(url.searchParams.get('page')) || 1) + 1))
  return { ...answer.headers, link: `<${next.href}>; rel="next"` }
}

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'))
  } catch {
    throw new ApiError(400, 'Problems parsing JSON')
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers = {}): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
    ...headers
  })
  response.end(body === undefined ? undefined : JSON.stringify(body))
}

async function listen(
  handler: (request: IncomingMessage, response: ServerResponse) => void | Promise<void>
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    Promise.resolve(handler(request, response)).catch(() => response.destroy())
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections()
      server.close()
      await once(server, 'close')
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** GitHub Apps, GITHUB_TOKEN's included, write as `<slug>[bot]`. */
function isBotLogin(login: string): boolean {
  return login.endsWith('[bot]')
}
