import { afterEach, describe, expect, it } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { collectOutput, waitForOutput } from '../support/process-output.js'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const children: ChildProcess[] = []
let workDir: string | undefined

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT')
  }
  if (workDir) await rm(workDir, { recursive: true, force: true })
})

describe('Try it locally (README)', () => {
  it('runs dist/index.js with the INPUT_* command the simulator prints, on the port it chose', async () => {
    const simulator = spawn(process.execPath, ['--import', 'tsx', 'simulator/cli.ts'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '' }
    })
    children.push(simulator)
    const simulatorOutput = collectOutput(simulator)
    const [, port] = await waitForOutput(
      /listening on http:\/\/127\.0\.0\.1:(\d+)/,
      simulatorOutput
    )
    expect(port).not.toBe('8080')
    const [, command] = await waitForOutput(/^ {2}(env .* node dist\/index\.js)$/m, simulatorOutput)
    expect(command).toContain(`'INPUT_BASE-URL=http://127.0.0.1:${port}'`)

    workDir = await mkdtemp(join(tmpdir(), 'try-locally-'))
    const summaryFile = join(workDir, 'summary.md')
    const action = spawn('sh', ['-c', command], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH,
        RUNNER_TEMP: workDir,
        GITHUB_STEP_SUMMARY: summaryFile
      }
    })
    const actionOutput = collectOutput(action)
    const [code] = await once(action, 'exit')
    expect({ code, output: actionOutput() }).toMatchObject({ code: 0 })
    expect(actionOutput()).toContain('::set-output name=result::passed')
    const summary = await readFile(summaryFile, 'utf8')
    expect(summary.split('\n')[0]).toBe('## ✅ Passed — 1 criterion held on 8 steps')
  })
})
