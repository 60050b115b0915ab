/** Reading answers within their size caps: whole into memory, or streamed to a file. */
import { open, writeFile } from 'node:fs/promises'
import type { IncomingMessage } from 'node:http'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { BodyFailure } from './failure.js'
import type { StallRule } from './timers.js'

/** Bounds on what the server can make the action read, write and wait for. */
export interface Limits extends StallRule {
  /** The largest JSON or text answer read into memory. */
  answerBytes: number
  /** The largest report saved to disk. */
  downloadBytes: number
  /** Redirects a report download follows. */
  maxRedirects: number
}

const KiB = 1024
const MiB = 1024 * KiB
const GiB = 1024 * MiB

export const DEFAULT_LIMITS: Limits = {
  answerBytes: 16 * MiB,
  downloadBytes: 4 * GiB,
  stallBytes: 64 * KiB,
  stallWindowMs: 30_000,
  maxRedirects: 5
}

/** The start of an error body is all a message quotes. */
const ERROR_BODY_BYTES = 64 * KiB

/** Errors of the local disk while saving a report: neither retried nor blamed on the network. */
const LOCAL_FILE_CODES = new Set([
  'EACCES',
  'EPERM',
  'ENOENT',
  'ENOTDIR',
  'EISDIR',
  'EROFS',
  'ENOSPC',
  'EDQUOT',
  'EFBIG',
  'EMFILE',
  'ENFILE',
  'EIO'
])

export function isLocalFileError(code: string): boolean {
  return LOCAL_FILE_CODES.has(code)
}

/** The bytes of one answer so far, which the stall rule watches. */
export class ByteCounter {
  total = 0

  add(bytes: number): void {
    this.total += bytes
  }
}

/** The start of an error body, for the message; the rest is not read. */
export async function readErrorBody(message: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of message as AsyncIterable<Buffer>) {
    chunks.push(chunk)
    size += chunk.length
    if (size >= ERROR_BODY_BYTES) break
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** The whole body as text; past `limit` bytes (announced or received) the attempt fails. */
export async function readCapped(
  message: IncomingMessage,
  limit: number,
  received: ByteCounter
): Promise<string> {
  refuseAnnouncedSize(message, limit)
  const chunks: Buffer[] = []
  for await (const chunk of message as AsyncIterable<Buffer>) {
    received.add(chunk.length)
    if (received.total > limit) throw tooLarge(message, received.total, limit, false)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** How a text report is saved: read whole, unwrapped when sent as JSON, and redacted. */
export interface TextReport {
  decodeJson: (text: string) => string
  redact: (text: string) => string
}

/**
 * Streams the body to `partFile` within `maxBytes`. A text report is read whole instead (within
 * the answer limit as well), so that the key can be taken out of it before it is saved.
 */
export async function saveBody(
  message: IncomingMessage,
  received: ByteCounter,
  partFile: string,
  limits: { answerBytes: number; maxBytes: number },
  text: TextReport | undefined
): Promise<void> {
  if (text) {
    const body = await readCapped(message, Math.min(limits.answerBytes, limits.maxBytes), received)
    const isJson = /\bjson\b/i.test(message.headers['content-type'] ?? '')
    await writeFile(partFile, text.redact(isJson ? text.decodeJson(body) : body))
    return
  }
  refuseAnnouncedSize(message, limits.maxBytes)
  const file = await open(partFile, 'w')
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received.add(chunk.length)
      if (received.total > limits.maxBytes) {
        done(tooLarge(message, received.total, limits.maxBytes, false))
      } else done(null, chunk)
    }
  })
  await pipeline(message, counted, file.createWriteStream())
}

function refuseAnnouncedSize(message: IncomingMessage, limit: number): void {
  const announced = Number(message.headers['content-length'])
  if (Number.isFinite(announced) && announced > limit) {
    throw tooLarge(message, announced, limit, true)
  }
}

function tooLarge(
  message: IncomingMessage,
  bytes: number,
  limit: number,
  announced: boolean
): BodyFailure {
  message.destroy()
  return new BodyFailure({
    type: 'too-large',
    status: message.statusCode ?? 0,
    bytes,
    announced,
    limit
  })
}
