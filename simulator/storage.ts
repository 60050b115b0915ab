import { randomBytes } from 'node:crypto'
import type { Reply } from './reply.js'

/**
 * Reports moved behind a signed URL by the `redirectReports` fault. Shared by every simulator in
 * the process, so a second simulator can play the storage host on another origin.
 */
const stored = new Map<string, Reply>()
const STORAGE_PREFIX = '/storage/'

export function storeReport(reply: Reply): string {
  const key = randomBytes(12).toString('hex')
  stored.set(key, reply)
  return `${STORAGE_PREFIX}${key}`
}

/** The report stored at this path, or undefined when the path is not a storage path. */
export function storedReport(path: string): Reply | undefined {
  if (!path.startsWith(STORAGE_PREFIX)) return undefined
  return stored.get(path.slice(STORAGE_PREFIX.length))
}

export function isStoragePath(path: string): boolean {
  return path.startsWith(STORAGE_PREFIX)
}
