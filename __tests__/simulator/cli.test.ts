import { afterEach, describe, expect, it } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { DEFAULT_API_KEY } from '../../simulator/index.js'
import { collectOutput, waitForOutput } from '../support/process-output.js'

const children: ChildProcess[] = []

afterEach(() => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
})

function startCli(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'simulator/cli.ts', ...args], {
    cwd: new URL('../..', import.meta.url),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' }
  })
  children.push(child)
  return { child, output: collectOutput(child) }
}

describe('simulator CLI', () => {
  it('prints URL and key, applies the scenario, logs each request and stops on SIGINT', async () => {
    const { child, output } = startCli([
      '--port',
      '0',
      '--scenario',
      '{"integrationDisabled":true}'
    ])
    const [, url] = await waitForOutput(
      /listening on (http:\/\/127\.0\.0\.1:\d+)[\s\S]*Press Ctrl\+C to stop\./,
      output
    )
    expect(output()).toContain(`API key: ${DEFAULT_API_KEY}`)
    const response = await fetch(`${url}/api/integration/getTimelines`, {
      headers: { authorization: `X-API-KEY ${DEFAULT_API_KEY}` }
    })
    expect(response.status).toBe(403)
    await waitForOutput(/GET \/api\/integration\/getTimelines -> 403\n/, output)
    expect(output().split('Press Ctrl+C to stop.')[1]).not.toContain(DEFAULT_API_KEY)
    child.kill('SIGINT')
    const [code] = await once(child, 'exit')
    expect(code).toBe(0)
    expect(output()).toContain('Simulator stopped.')
  })

  it('exits with 1 and the usage on a scenario that is not JSON', async () => {
    const { child, output } = startCli(['--scenario', '{nope'])
    const [code] = await once(child, 'exit')
    expect(code).toBe(1)
    expect(output()).toContain('Usage: npx tsx simulator/cli.ts')
  })
})
