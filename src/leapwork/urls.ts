/**
 * Where each call goes: endpoint URLs on the base URL, URLs the server returned moved onto it, and
 * how a URL is shown when it may carry a signature.
 */
import { ShapeError } from './errors.js'

/** The base URL as a URL; anything but an http(s) URL is a programming error of the caller. */
export function parseBaseUrl(baseUrl: string): URL {
  const url = URL.canParse(baseUrl) ? new URL(baseUrl) : undefined
  if (url?.protocol === 'http:' || url?.protocol === 'https:') return url
  throw new TypeError(`The base URL must be an http(s) URL, e.g. https://perfapi.leapwork.cloud`)
}

/** `<base>/api/integration/<endpoint>?<query>`, each query part encoded. */
export function endpointUrl(
  base: URL,
  endpoint: string,
  query: Record<string, string> = {}
): string {
  const search = Object.entries(query)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&')
  const path = `${base.origin}${basePath(base)}/api/integration/${endpoint}`
  return search ? `${path}?${search}` : path
}

/**
 * Rebuilds a URL the server returned on the configured base URL: base origin, then the server
 * URL's path and query. A base URL with a path (`https://host/perf` behind a proxy) keeps that
 * prefix in front unless the server's path already starts with it. Accepts absolute http(s) URLs
 * and absolute paths; anything else is a ShapeError.
 */
export function rebaseUrl(serverUrl: string, baseUrl: string): string {
  const base = parseBaseUrl(baseUrl)
  const server = parseServerUrl(serverUrl)
  const prefix = basePath(base)
  const keepsPrefix =
    prefix === '' || server.pathname === prefix || server.pathname.startsWith(`${prefix}/`)
  return `${base.origin}${keepsPrefix ? '' : prefix}${server.pathname}${server.search}`
}

/** The URL without its query, which may hold a signature that must not be logged. */
export function withoutQuery(url: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : undefined
  return parsed ? `${parsed.origin}${parsed.pathname}` : url.split('?')[0]
}

export function isLoopback(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '')
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host)
}

/** Whether a download may follow a redirect to `next`: https, or http on this machine. */
export function mayFollow(next: URL): boolean {
  return next.protocol === 'https:' || (next.protocol === 'http:' && isLoopback(next))
}

function parseServerUrl(serverUrl: string): URL {
  const text = serverUrl.trim()
  if (text.startsWith('/') && !text.startsWith('//')) return new URL(text, 'http://path.invalid')
  const url = URL.canParse(text) ? new URL(text) : undefined
  if (url?.protocol === 'http:' || url?.protocol === 'https:') return url
  throw new ShapeError(`${JSON.stringify(serverUrl)} is not an http(s) URL`)
}

function basePath(base: URL): string {
  return base.pathname.replace(/\/+$/, '')
}
