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

/**
 * Whether the URL names this machine: `localhost`, 127.0.0.0/8, `::1` (also as an IPv4-mapped
 * address), or the unspecified address, which connects here too. URL parsing has already turned
 * `127.1`, `0x7f.0.0.1` and `2130706433` into `127.0.0.1`.
 */
export function isLoopback(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return (
    host === 'localhost' ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    host === '0.0.0.0' ||
    host === '::1' ||
    host === '::' ||
    /^::ffff:(7f[0-9a-f]{2}:[0-9a-f]{1,4}|0:0)$/.test(host)
  )
}

/**
 * Whether a download may follow a redirect from `base` to `next`. From a base on this machine (the
 * simulator, a tunnel), https anywhere and http on this machine; from any other base, https to
 * another machine only, so a server cannot send the action to a local service.
 */
export function mayFollow(next: URL, base: URL): boolean {
  if (isLoopback(base)) {
    return next.protocol === 'https:' || (next.protocol === 'http:' && isLoopback(next))
  }
  return next.protocol === 'https:' && !isLoopback(next)
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
