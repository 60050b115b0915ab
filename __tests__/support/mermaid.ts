import { JSDOM } from 'jsdom'

const FENCED_MERMAID = /^```mermaid\n([\s\S]*?)\n```$/gm

/** The text of every fenced Mermaid block in markdown. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(FENCED_MERMAID)].map((match) => match[1])
}

/**
 * Mermaid as GitHub runs it, in a browser: jsdom provides the window it expects, on the global
 * object only while Mermaid works, so that jest's clean-up of globals never walks the whole DOM.
 */
async function inBrowser<T>(work: () => Promise<T>): Promise<T> {
  const { window } = new JSDOM('<!doctype html><html><body></body></html>', {
    pretendToBeVisual: true
  })
  const browser = {
    window,
    document: window.document,
    Element: window.Element,
    HTMLElement: window.HTMLElement,
    SVGElement: window.SVGElement,
    DOMParser: window.DOMParser
  }
  Object.assign(globalThis, browser)
  try {
    return await work()
  } finally {
    for (const name of Object.keys(browser)) Reflect.deleteProperty(globalThis, name)
    window.close()
  }
}

/** Resolves when Mermaid parses the diagram; rejects with Mermaid's own error otherwise. */
export async function parseMermaid(diagram: string): Promise<void> {
  await inBrowser(async () => {
    const { default: mermaid } = await import('mermaid')
    mermaid.initialize({ startOnLoad: false })
    await mermaid.parse(diagram)
  })
}
