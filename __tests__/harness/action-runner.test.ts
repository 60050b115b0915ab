import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  cleanupWorkDirs,
  parseFileCommands,
  runAction,
  runMainThenPost,
  RUNNER_DEFAULTS
} from '../support/action-runner.js'

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url))
const coreAction = path.join(fixtures, 'core-action.mjs')
const signalsScript = path.join(fixtures, 'signals.mjs')
const fixtureActionYml = path.join(fixtures, 'action.yml')

interface ChildEnvironment {
  cwd: string
  vars: Record<string, string>
}

const environmentOf = (outputs: Record<string, string>): ChildEnvironment =>
  JSON.parse(outputs.environment) as ChildEnvironment

afterAll(cleanupWorkDirs)

describe('runAction environment', () => {
  it('gives the action the runner variables, its inputs and fresh file-command files', async () => {
    const result = await runAction({
      script: coreAction,
      actionYml: fixtureActionYml,
      inputs: { 'api-key': 'rik_secret', 'timeline name': 'Checkout' }
    })
    const { cwd, vars } = environmentOf(result.outputs)

    expect(result.exitCode).toBe(0)
    expect(cwd).toBe(result.workspace)
    expect(vars['INPUT_API-KEY']).toBe('rik_secret')
    expect(vars.INPUT_TIMELINE_NAME).toBe('Checkout')
    expect(vars).toMatchObject({
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: RUNNER_DEFAULTS.repository,
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'https://api.github.com',
      GITHUB_JOB: 'load-test',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_WORKSPACE: result.workspace,
      RUNNER_TEMP: result.runnerTemp,
      RUNNER_OS: 'Linux'
    })
    for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE', 'GITHUB_ENV']) {
      expect(path.dirname(vars[name])).toBe(path.join(result.runnerTemp, '_runner_file_commands'))
    }
  })

  it('fills in action.yml defaults the test did not give, an expression default as empty', async () => {
    const result = await runAction({
      script: coreAction,
      actionYml: fixtureActionYml,
      inputs: { 'api-key': 'rik_1', 'poll-interval': '0.5' }
    })
    const { vars } = environmentOf(result.outputs)

    expect(vars.INPUT_WAIT).toBe('true')
    expect(vars['INPUT_POLL-INTERVAL']).toBe('0.5')
    expect(vars['INPUT_GITHUB-TOKEN']).toBe('')
    expect(vars).not.toHaveProperty('INPUT_REPORT-DIR')
  })

  it('sets no defaults when the action.yml does not exist', async () => {
    const result = await runAction({
      script: coreAction,
      actionYml: path.join(fixtures, 'missing.yml'),
      inputs: { 'api-key': 'rik_1' }
    })
    const inputNames = Object.keys(environmentOf(result.outputs).vars).filter((name) =>
      name.startsWith('INPUT_')
    )

    expect(inputNames).toEqual(['INPUT_API-KEY'])
  })

  it('refuses an action.yml that is not valid YAML, as the runner does', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'invalid-action-'))
    const actionYml = path.join(dir, 'action.yml')
    // A plain scalar may not hold a colon followed by a space.
    await writeFile(
      actionYml,
      'inputs:\n  baseline:\n    description: With `baseline: auto`, compare.\n'
    )
    try {
      const run = runAction({ script: coreAction, actionYml, inputs: { 'api-key': 'rik_1' } })
      await expect(run).rejects.toThrow(/action\.yml is not valid YAML.*line 3/)
    } finally {
      await rm(dir, { recursive: true })
    }
  })

  it('drops runner and jest variables that leaked into the test process; env overrides and removes', async () => {
    const leaked = { GITHUB_TOKEN: 'ghp_leak', INPUT_WAIT: 'false', STATE_isPost: 'true' }
    Object.assign(process.env, leaked)
    try {
      const result = await runAction({
        script: coreAction,
        actionYml: fixtureActionYml,
        inputs: { 'api-key': 'rik_1' },
        env: { GITHUB_API_URL: 'http://127.0.0.1:9', RUNNER_OS: undefined, EXTRA: 'yes' }
      })
      const { vars } = environmentOf(result.outputs)

      expect(result.state.isPost).toBe('true')
      expect(vars).not.toHaveProperty('GITHUB_TOKEN')
      expect(vars).not.toHaveProperty('STATE_isPost')
      expect(vars).not.toHaveProperty('NODE_OPTIONS')
      expect(vars).not.toHaveProperty('JEST_WORKER_ID')
      expect(vars).not.toHaveProperty('RUNNER_OS')
      expect(vars.INPUT_WAIT).toBe('true')
      expect(vars.GITHUB_API_URL).toBe('http://127.0.0.1:9')
      expect(vars.EXTRA).toBe('yes')
    } finally {
      for (const name of Object.keys(leaked)) delete process.env[name]
    }
  })

  it('writes the event payload and derives the pull request refs from it', async () => {
    const payload = {
      number: 17,
      pull_request: { number: 17, head: { ref: 'feature/faster' }, base: { ref: 'main' } }
    }
    const result = await runAction({
      script: coreAction,
      actionYml: fixtureActionYml,
      inputs: { 'api-key': 'rik_1' },
      eventName: 'pull_request',
      eventPayload: payload
    })
    const { vars } = environmentOf(result.outputs)

    expect(vars.GITHUB_EVENT_NAME).toBe('pull_request')
    expect(JSON.parse(await readFile(vars.GITHUB_EVENT_PATH, 'utf8'))).toEqual(payload)
    expect(vars.GITHUB_REF).toBe('refs/pull/17/merge')
    expect(vars.GITHUB_HEAD_REF).toBe('feature/faster')
    expect(vars.GITHUB_BASE_REF).toBe('main')
  })
})

describe('runAction results', () => {
  it('parses outputs, state, exported variables, summary, annotations and masks', async () => {
    const result = await runAction({
      script: coreAction,
      actionYml: fixtureActionYml,
      inputs: { 'api-key': 'rik_top_secret', 'exit-code': '1' }
    })

    expect(result.exitCode).toBe(1)
    expect(result.outputs.multiline).toBe('line one\nline two\n')
    expect(result.outputs.legacy).toBe('plain = value')
    expect(result.state).toEqual({ isPost: 'true', runId: 'run_x7k2m' })
    expect(result.env).toEqual({ LEAPWORK_EXPORTED: 'from main' })
    expect(result.summary).toBe('<h2>Load test</h2>\np95 | 120 ms')
    expect(result.masked).toEqual(['rik_top_secret'])
    expect(result.annotations).toEqual([
      {
        level: 'error',
        message: 'p95 of Login is 950 ms\nlimit 800 ms (100%)',
        properties: { title: 'Threshold: p95, Login', file: 'a,b:c.yml', line: '3' }
      },
      { level: 'warning', message: 'slow step', properties: {} },
      { level: 'notice', message: 'run finished', properties: {} },
      { level: 'debug', message: 'raw status Finished', properties: {} }
    ])
  })

  it('runs the post script in the same work dir with main state and exported variables, and fresh files', async () => {
    const { main, post } = await runMainThenPost({
      actionYml: fixtureActionYml,
      inputs: { 'api-key': 'rik_1' }
    })

    expect(main.outputs).not.toHaveProperty('script')
    expect(post.outputs.script).toBe('post.mjs')
    expect(post.workDir).toBe(main.workDir)
    expect(post.outputs['seen-run-id']).toBe('run_x7k2m')
    expect(post.outputs.exported).toBe('from main')
    expect(post.outputs).not.toHaveProperty('multiline')
    expect(post.summary).toBe('post ran')
    expect(environmentOf(post.outputs).vars['INPUT_API-KEY']).toBe('rik_1')
    const fileCommands = await readdir(path.join(main.runnerTemp, '_runner_file_commands'))
    expect(fileCommands.filter((name) => name.startsWith('set_output_'))).toHaveLength(2)
  })

  it('refuses a file command whose heredoc is never closed, as the runner does', () => {
    expect(() => parseFileCommands('report<<EOF\nhalf a value\n')).toThrow(/closing delimiter/)
    expect(() => parseFileCommands('no separator here\n')).toThrow(/Invalid file command/)
  })
})

describe('runAction signals and timeout', () => {
  it('sends the signal once stdout matches, to a child that traps it', async () => {
    const result = await runAction({
      script: signalsScript,
      actionYml: fixtureActionYml,
      inputs: {},
      env: { FIXTURE_SIGNALS: 'exit-on-sigint' },
      signal: { name: 'SIGINT', when: (stdout) => stdout.includes('ready') }
    })

    expect(result.exitCode).toBe(0)
    expect(result.outputs.received).toBe('SIGINT')
    expect(result.signalsSent.map((sent) => sent.name)).toEqual(['SIGINT'])
  })

  it('sends the signal after a delay; an untrapped signal ends the child', async () => {
    const result = await runAction({
      script: signalsScript,
      actionYml: fixtureActionYml,
      inputs: {},
      signal: { name: 'SIGTERM', afterMs: 300 }
    })

    expect(result.signal).toBe('SIGTERM')
    expect(result.exitCode).toBeNull()
    expect(result.durationMs).toBeGreaterThanOrEqual(300)
  })

  it('stops escalating once the child exits on SIGINT', async () => {
    const result = await runAction({
      script: signalsScript,
      actionYml: fixtureActionYml,
      inputs: {},
      env: { FIXTURE_SIGNALS: 'exit-on-sigint' },
      signal: { name: 'SIGINT', when: (stdout) => stdout.includes('ready') },
      runnerCancellation: true
    })

    expect(result.exitCode).toBe(0)
    expect(result.signalsSent.map((sent) => sent.name)).toEqual(['SIGINT'])
    expect(result.durationMs).toBeLessThan(5000)
  })

  it('cancels like the runner: SIGINT, SIGTERM 7.5 s later, SIGKILL 2.5 s after that', async () => {
    const result = await runAction({
      script: signalsScript,
      actionYml: fixtureActionYml,
      inputs: {},
      env: { FIXTURE_SIGNALS: 'ignore' },
      signal: { name: 'SIGINT', when: (stdout) => stdout.includes('ready') },
      runnerCancellation: true
    })
    const [interrupt, terminate, kill] = result.signalsSent

    expect(result.signal).toBe('SIGKILL')
    expect(result.signalsSent.map((sent) => sent.name)).toEqual(['SIGINT', 'SIGTERM', 'SIGKILL'])
    expect(terminate.atMs - interrupt.atMs).toBeGreaterThanOrEqual(7500)
    expect(terminate.atMs - interrupt.atMs).toBeLessThan(8500)
    expect(kill.atMs - terminate.atMs).toBeGreaterThanOrEqual(2400)
    expect(kill.atMs - terminate.atMs).toBeLessThan(3500)
    expect(result.stdout).toMatch(/got SIGINT[\s\S]*got SIGTERM/)
  }, 20000)

  it('kills an action that outlives the timeout and rejects', async () => {
    const run = runAction({
      script: signalsScript,
      actionYml: fixtureActionYml,
      inputs: {},
      env: { FIXTURE_SIGNALS: 'ignore' },
      timeoutMs: 800
    })

    const error = await run.then(
      () => new Error('expected a rejection'),
      (reason: Error) => reason
    )
    expect(error.message).toMatch(/did not exit within 800 ms/)
    const pid = Number(/pid=(\d+)/.exec(error.message)?.[1])
    expect(() => process.kill(pid, 0)).toThrow(/ESRCH/)
  })
})
