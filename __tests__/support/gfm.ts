/**
 * Markdown as GitHub renders it: micromark with its GFM extension is CommonMark- and GFM-spec
 * compliant (tables, autolinks, strikethrough, the tag filter), so a test can assert on the HTML a
 * reviewer sees rather than on markdown source. Raw HTML is let through as GitHub's renderer lets
 * it through before sanitising, so that markup smuggled in by a hostile text shows up in the HTML.
 */

import { JSDOM } from 'jsdom'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'

export function renderGfm(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()]
  })
}

/** The rendered markdown as a document to query. */
export function gfmDocument(markdown: string): Document {
  return new JSDOM(`<!doctype html><body>${renderGfm(markdown)}</body>`).window.document
}

/** Each table's rows as cell texts, header row first. */
export function tablesOf(document: Document): string[][][] {
  return [...document.querySelectorAll('table')].map((table) =>
    [...table.querySelectorAll('tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')
    )
  )
}

/**
 * Markdown that did not render: `**`, a backslash before punctuation, an escaped entity shown as
 * text, or a link's `](`, in the text a reader sees outside code and Mermaid blocks.
 */
export function rawMarkupShown(document: Document): string[] {
  const shown: string[] = []
  const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('code, pre')) continue
    const text = node.textContent ?? ''
    if (/\*\*|\\[!-/:-@[-`{-~]|&(lt|gt|amp|#\d+);|\]\(/.test(text)) shown.push(text)
  }
  return shown
}
