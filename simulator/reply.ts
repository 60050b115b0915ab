import type { Readable } from 'node:stream'

export interface JsonReply {
  kind: 'json'
  status: number
  value: unknown
  headers?: Record<string, string>
}

export interface TextReply {
  kind: 'text'
  status: number
  contentType: string
  body: string
  headers?: Record<string, string>
}

export interface StreamReply {
  kind: 'stream'
  status: number
  contentType: string
  /** Sent as Content-Length; without it the answer is chunked. */
  length?: number
  headers?: Record<string, string>
  open: () => Readable
}

/** What a handler answers, before fault modes and writing. */
export type Reply = JsonReply | TextReply | StreamReply

export function json(value: unknown, status = 200): JsonReply {
  return { kind: 'json', status, value }
}

/** The API answers errors as a JSON string. */
export function error(status: number, message: string): JsonReply {
  return json(message, status)
}

export function badRequest(message: string): JsonReply {
  return error(400, message)
}

export function text(body: string, status = 200): TextReply {
  return { kind: 'text', status, contentType: 'text/plain; charset=utf-8', body }
}
