import type { ChildProcess } from 'node:child_process'

/** Everything a child process writes to stdout and stderr, as it arrives. */
export function collectOutput(child: ChildProcess): () => string {
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return () => output
}

/** Resolves with the first match of the pattern in the output, within 30 s. */
export async function waitForOutput(
  pattern: RegExp,
  output: () => string
): Promise<RegExpMatchArray> {
  for (let waited = 0; waited < 30_000; waited += 50) {
    const match = output().match(pattern)
    if (match) return match
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`no ${pattern} in output:\n${output()}`)
}
