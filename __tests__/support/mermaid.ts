import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export type MermaidResult = { ok: true; type: string } | { ok: false; error: string }

const PARSER = fileURLToPath(new URL('./mermaid-parse.mjs', import.meta.url))

/** Every fenced mermaid block of a markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((match) => match[1])
}

/** Parses Mermaid diagrams with the real `mermaid` package under jsdom, in a child process. */
export function parseMermaid(diagrams: string[]): Promise<MermaidResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PARSER], { stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(stdout) as MermaidResult[])
      else reject(new Error(`the Mermaid parser exited with ${code}: ${stderr}`))
    })
    child.stdin.end(JSON.stringify(diagrams))
  })
}
