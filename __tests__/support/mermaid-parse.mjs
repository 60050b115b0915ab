// Parses the Mermaid diagrams given as a JSON list on stdin with the real `mermaid` package under
// jsdom, and prints one result per diagram: { ok: true, type } or { ok: false, error }. Run as a child
// process so that jsdom's window never meets Jest's global sandbox.
import { JSDOM } from 'jsdom'

const { window } = new JSDOM('<!doctype html><html><body></body></html>')
Object.assign(globalThis, {
  window,
  document: window.document,
  DOMParser: window.DOMParser,
  Element: window.Element,
  HTMLElement: window.HTMLElement
})
const { default: mermaid } = await import('mermaid')

let input = ''
for await (const chunk of process.stdin) input += chunk
const results = []
for (const diagram of JSON.parse(input)) {
  try {
    const { diagramType } = await mermaid.parse(diagram)
    results.push({ ok: true, type: diagramType })
  } catch (error) {
    results.push({ ok: false, error: String(error?.message ?? error) })
  }
}
process.stdout.write(JSON.stringify(results))
