/** The AI analysis text as markdown: each track item's section under a heading of its own. */

import type { TrackItemFigures } from '../metrics/model.js'
import { escapeMarkdownCell, escapeMarkdownText, truncate } from './markdown.js'

/** The header the server puts above each track item's analysis. */
const SECTION_HEADER = /^\s*=== AI Analysis for: (.*?) ===\s*$/
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/
const MAX_HEADING_LENGTH = 200

/**
 * Server text escaped as escapeMarkdownText does, except that `=== AI Analysis for: <id> ===`
 * becomes a heading naming the track item by its title and region.
 */
export function renderAiAnalysis(text: string, trackItems: TrackItemFigures[]): string {
  const byId = new Map(trackItems.map((item) => [item.trackItemId, item]))
  const blocks: string[] = []
  let paragraph: string[] = []
  const flush = () => {
    const escaped = escapeMarkdownText(paragraph.join('\n'))
    if (escaped) blocks.push(escaped)
    paragraph = []
  }
  for (const line of text.split(LINE_BREAK)) {
    const header = SECTION_HEADER.exec(line)
    if (!header) {
      paragraph.push(line)
      continue
    }
    flush()
    blocks.push(sectionHeading(header[1], byId.get(header[1].trim())))
  }
  flush()
  return blocks.join('\n\n')
}

function sectionHeading(trackItemId: string, trackItem?: TrackItemFigures): string {
  const title = trackItem?.title || trackItemId || 'Unnamed track item'
  const region = trackItem?.region ? ` · ${trackItem.region}` : ''
  return `#### ${escapeMarkdownCell(truncate(`${title}${region}`, MAX_HEADING_LENGTH))}`
}
