/**
 * The one place a GitHub API client is made. Every request has a deadline that covers the whole
 * answer, body included (a server that drips one byte every 2 s is cut off, not waited on), and
 * an answer is bounded in size; lists are read a capped number of pages at a time, so an endless
 * `rel="next"` cannot keep the step busy.
 */
import type { GitHub } from '@actions/github/lib/utils'
import type { RequestInterface } from '@octokit/types'

export type Octokit = InstanceType<typeof GitHub>

/** Time for one request, answer and body included. */
export const GITHUB_REQUEST_TIMEOUT_MS = 20_000
/** Larger than any answer of the routes the action uses (100 comments of 65,536 characters). */
export const MAX_GITHUB_ANSWER_BYTES = 32 * 1024 * 1024

export interface GitHubClientOptions {
  /** Deadline of each request in ms; default GITHUB_REQUEST_TIMEOUT_MS. */
  timeoutMs?: number
  /** Default GITHUB_API_URL, else https://api.github.com. */
  baseUrl?: string
  /** The runner's variables; default process.env. */
  env?: NodeJS.ProcessEnv
}

/** A GitHub request that did not end within its deadline, or answered more than it may. */
export class GitHubRequestError extends Error {}

/**
 * An Octokit (as `@actions/github`'s getOctokit makes it, the runner's proxy included) whose every
 * request ends within `timeoutMs`, or fails with a GitHubRequestError saying so.
 */
export async function createOctokit(
  token: string,
  options: GitHubClientOptions = {}
): Promise<Octokit> {
  const { GitHub, defaults, getOctokitOptions } = await import('@actions/github/lib/utils')
  const env = options.env ?? process.env
  const baseUrl = options.baseUrl || env.GITHUB_API_URL
  const fetch = boundedFetch(
    defaults.request?.fetch ?? globalThis.fetch,
    options.timeoutMs ?? timeoutForTests(env) ?? GITHUB_REQUEST_TIMEOUT_MS
  )
  return new GitHub(
    getOctokitOptions(token, {
      ...(baseUrl ? { baseUrl } : {}),
      request: { ...defaults.request, fetch }
    })
  )
}

/** Tests shorten the deadline so a dripping answer is given up in seconds; no input: 20 s suits GitHub. */
function timeoutForTests(env: NodeJS.ProcessEnv): number | undefined {
  const timeoutMs = Number(env.LEAPWORK_TEST_GITHUB_TIMEOUT_MS)
  return timeoutMs > 0 ? timeoutMs : undefined
}

/** The first `maxPages` pages of a list; `complete` is false when there were more. */
export interface CappedList<Item> {
  items: Item[]
  complete: boolean
}

const NEXT_LINK = /rel="next"/

type PageIterator<R extends RequestInterface> = ReturnType<typeof pagesOf<R>>
type DataOf<R extends RequestInterface> =
  PageIterator<R> extends AsyncIterable<infer Page>
    ? Page extends { data: infer D }
      ? D
      : never
    : never
type ItemOf<R extends RequestInterface> = DataOf<R> extends ReadonlyArray<infer Item> ? Item : never

function pagesOf<R extends RequestInterface>(octokit: Octokit, route: R, params: Parameters<R>[0]) {
  return octokit.paginate.iterator(route, params)
}

/**
 * Reads a list page by page, as `octokit.paginate` does, but stops after `maxPages` pages.
 * `route` is an Octokit list method, e.g. `octokit.rest.issues.listComments`; each item is as
 * `octokit.paginate` would give it (for artifacts, an artifact, not the page's wrapper object).
 */
export async function paginateCapped<R extends RequestInterface>(
  octokit: Octokit,
  route: R,
  params: Parameters<R>[0],
  maxPages: number
): Promise<CappedList<ItemOf<R>>> {
  const items: ItemOf<R>[] = []
  let pages = 0
  for await (const page of pagesOf(octokit, route, params)) {
    items.push(...(page.data as ItemOf<R>[]))
    if (++pages >= maxPages) return { items, complete: !NEXT_LINK.test(page.headers.link ?? '') }
  }
  return { items, complete: true }
}

type Fetch = typeof globalThis.fetch

/**
 * Wraps fetch so that the answer's body is read whole within the same deadline as its headers,
 * and is refused past MAX_GITHUB_ANSWER_BYTES. Octokit then reads the body from memory.
 */
function boundedFetch(fetch: Fetch, timeoutMs: number): Fetch {
  return async (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs)
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline
    try {
      const response = await fetch(input, { ...init, signal })
      const body = await readCapped(response)
      const copy = new Response(hasNoBody(response.status) ? null : body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers
      })
      Object.defineProperty(copy, 'url', { value: response.url })
      return copy
    } catch (error) {
      if (!deadline.aborted) throw error
      throw new GitHubRequestError(
        `GitHub did not answer ${init?.method ?? 'GET'} ${pathOf(input)} within ${timeoutMs / 1000} s`
      )
    }
  }
}

async function readCapped(response: Response): Promise<ArrayBuffer> {
  if (!response.body) return new ArrayBuffer(0)
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength
    if (size > MAX_GITHUB_ANSWER_BYTES) {
      await reader.cancel().catch(() => undefined)
      throw new GitHubRequestError(
        `GitHub answered ${pathOf(response.url)} with more than ${MAX_GITHUB_ANSWER_BYTES} bytes`
      )
    }
    chunks.push(read.value)
  }
  const body = Buffer.concat(chunks)
  return body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer
}

/** Statuses whose answer a Response may not be given a body for. */
function hasNoBody(status: number): boolean {
  return status === 101 || status === 204 || status === 205 || status === 304
}

function pathOf(input: Parameters<Fetch>[0]): string {
  const url = input instanceof Request ? input.url : String(input)
  try {
    return new URL(url).pathname
  } catch {
    return url
  }
}
