/** The summary's line for a pull request comment that could not be written: not only the log says so. */
import { escapeMarkdownCell, truncate } from './format.js'

const MAX_REASON_LENGTH = 500

export function renderCommentNotWritten(reason: string): string {
  const why = escapeMarkdownCell(truncate(reason, MAX_REASON_LENGTH))
  return `\n\n---\n\n⚠️ **The pull request comment was not written.** ${why}\n`
}
