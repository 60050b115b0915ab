import { JSDOM } from 'jsdom'

const FENCED_MERMAID = /^```mermaid\n([\s\S]*?)\n```$/gm

/** The text of every fenced Mermaid block in markdown. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(FENCED_MERMAID)].map((match) => match[1])
}

type Mermaid = (typeof import('mermaid'))['default']
let loaded: Promise<Mermaid> | undefined

/** Mermaid as GitHub runs it, in a browser: here jsdom provides the window it expects. */
function loadMermaid(): Promise<Mermaid> {
  loaded ??= (async () => {
    const { window } = new JSDOM('<!doctype html><html><body></body></html>', {
      pretendToBeVisual: true
    })
    Object.assign(globalThis, {
      window,
      document: window.document,
      Element: window.Element,
      HTMLElement: window.HTMLElement,
      SVGElement: window.SVGElement,
      DOMParser: window.DOMParser
    })
    const { default: mermaid } = await import('mermaid')
    mermaid.initialize({ startOnLoad: false })
    return mermaid
  })()
  return loaded
}

/** Resolves when Mermaid parses the diagram; rejects with Mermaid's own error otherwise. */
export async function parseMermaid(diagram: string): Promise<void> {
  const mermaid = await loadMermaid()
  await mermaid.parse(diagram)
}
