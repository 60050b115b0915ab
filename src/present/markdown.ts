/**
 * Making untrusted text safe as GitHub-flavoured markdown: in a table cell, a heading, a list item
 * or a paragraph. Everything a server, a file or a user sends goes through here before it is drawn.
 */

// eslint-disable-next-line no-control-regex -- these are the characters being removed
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g
const LINE_BREAKS = /\r\n|[\r\n\t\u2028\u2029]/g
const MARKDOWN_PUNCTUATION = /[\\`*_[\]~|]/g
const BLOCK_START = /^(\s*\d*)([-+=#.)])/
const BULLET = /^\s*[-*•+]\s+(.*)$/
/** `@name` and `@org/team` notify people in a comment; a zero-width space after `@` does not. */
const MENTION = /@(?=[A-Za-z0-9])/g
const UNMENTIONED = '@&#8203;'
/** A `code` span as the action's own sentences write one: one line, no backtick inside. */
const CODE_SPAN = /`([^`\r\n\u2028\u2029]+)`/g
/** What a code span can hold and still render as written, also inside a table cell. */
const CODE_SAFE = /^[^`|\r\n\u2028\u2029]+$/

/**
 * The most characters of one server word (a status, a region, a title) used in a view: long enough
 * for any real one, short enough that a hostile one cannot swell the summary.
 */
export const MAX_WORD_LENGTH = 200

/** Removes control characters other than tab and line breaks: XML 1.0 forbids them. */
export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '')
}

/** Cuts text to at most maxLength characters, ending in `…` when cut, never inside a surrogate pair. */
export function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text
  let end = Math.max(0, maxLength - 1)
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1
  return `${text.slice(0, end)}…`
}

/** A server word cut to MAX_WORD_LENGTH. */
export function word(text: string): string {
  return truncate(text, MAX_WORD_LENGTH)
}

/**
 * Makes untrusted text safe on one line of markdown: a table cell, a heading or a list item. Line
 * breaks become spaces, markdown punctuation is backslash-escaped, HTML is shown as text and
 * mentions notify no one.
 */
export function escapeMarkdownCell(text: string): string {
  return stripControlCharacters(text)
    .replace(LINE_BREAKS, ' ')
    .replace(MARKDOWN_PUNCTUATION, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MENTION, UNMENTIONED)
    .replace(BLOCK_START, '$1\\$2')
}

/**
 * A sentence on one line, escaped as escapeMarkdownCell does, except that a pair of backticks
 * around a word renders as code (`` `p95 < 300` ``), as the action's own sentences mean it.
 */
export function escapeProse(text: string): string {
  let escaped = ''
  let from = 0
  for (const match of text.matchAll(CODE_SPAN)) {
    escaped += escapeMarkdownCell(text.slice(from, match.index)) + inlineCode(match[1])
    from = match.index + match[0].length
  }
  return escaped + escapeMarkdownCell(text.slice(from))
}

/**
 * Makes untrusted multi-line text safe as a markdown block: every line is shown as written, as a
 * paragraph of its own, except that lines starting with a bullet become a list.
 */
export function escapeMarkdownText(text: string): string {
  const blocks: string[] = []
  let previousWasBullet = false
  for (const line of stripControlCharacters(text).split(/\r\n|[\r\n\u2028\u2029]/)) {
    if (line.trim() === '') continue
    const bullet = BULLET.exec(line)
    const rendered = bullet ? `- ${escapeMarkdownCell(bullet[1])}` : escapeMarkdownCell(line.trim())
    if (blocks.length > 0) blocks.push(bullet && previousWasBullet ? '\n' : '\n\n')
    blocks.push(rendered)
    previousWasBullet = bullet !== null
  }
  return blocks.join('')
}

/** An identifier as inline code, or escaped text when it holds what a code span cannot. */
export function inlineCode(text: string): string {
  return CODE_SAFE.test(text) && stripControlCharacters(text) === text
    ? `\`${text}\``
    : escapeMarkdownCell(text)
}

/**
 * A markdown link to a URL the caller has checked (see `trustedUrl`), else the escaped text. The
 * characters that could end the destination early are percent-encoded.
 */
export function markdownLink(text: string, url?: string): string {
  const label = escapeMarkdownCell(text)
  if (!url) return label
  const destination = url.replace(/[\s()<>"'\\]/g, percentEncoded)
  return `[${label}](${destination})`
}

/**
 * The URL, normalised, when it is an `https://` URL of one of the expected hosts (the GitHub
 * server, the Leapwork API) without credentials; otherwise undefined, and the caller shows text.
 */
export function trustedUrl(url: string | undefined, hosts: readonly string[]): string | undefined {
  if (!url || !URL.canParse(url)) return undefined
  const parsed = new URL(url)
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') {
    return undefined
  }
  return hosts.includes(parsed.host.toLowerCase()) ? parsed.href : undefined
}

/** The host of a server URL, as trustedUrl compares it; undefined when it is not a URL. */
export function hostOf(serverUrl: string | undefined): string | undefined {
  return serverUrl && URL.canParse(serverUrl) ? new URL(serverUrl).host.toLowerCase() : undefined
}

/** `%28` for `(`: encodeURIComponent leaves `(`, `)` and `'` as they are. */
function percentEncoded(character: string): string {
  return encodeURIComponent(character).replace(
    /[()']/g,
    (kept) => `%${kept.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
