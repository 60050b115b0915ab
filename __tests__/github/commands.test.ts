import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  annotate,
  appendSummary,
  debug,
  getInput,
  getState,
  group,
  info,
  saveState,
  setFailed,
  setOutput,
  setSecret
} from '../../src/github/commands.js'
import { parseFileCommands, parseWorkflowCommands } from '../support/action-runner.js'

const FILE_COMMANDS = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'] as const
const MULTILINE = 'line 1\n\n  line 3 with %, :: and ghadelimiter_fake\nline 4\n'

let savedEnv: NodeJS.ProcessEnv
let dir: string

beforeEach(async () => {
  savedEnv = { ...process.env }
  for (const name of FILE_COMMANDS) delete process.env[name]
  dir = await mkdtemp(join(tmpdir(), 'github-commands-'))
})

afterEach(async () => {
  process.env = savedEnv
  process.exitCode = undefined
  await rm(dir, { recursive: true, force: true })
})

/** What the work wrote to stdout, which is where the runner reads workflow commands. */
async function stdoutOf(work: () => unknown): Promise<string> {
  const original = process.stdout.write
  let written = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written += String(chunk)
    return true
  }) as typeof process.stdout.write
  try {
    await work()
  } finally {
    process.stdout.write = original
  }
  return written
}

/** An empty file for a file command, as the runner makes one for each step. */
async function fileCommand(name: (typeof FILE_COMMANDS)[number]): Promise<string> {
  const path = join(dir, name.toLowerCase())
  await writeFile(path, '')
  process.env[name] = path
  return path
}

describe('getInput and getState', () => {
  it('reads INPUT_ with the name upper-cased, spaces as underscores, hyphens kept, trimmed', () => {
    process.env['INPUT_API-KEY'] = '  rik_abc \n'
    process.env.INPUT_POLL_INTERVAL = '5'
    process.env['INPUT_TIMELINE-ID'] = 'timeline_checkout'

    expect(getInput('api-key')).toBe('rik_abc')
    expect(getInput('poll interval')).toBe('5')
    expect(getInput('Timeline-Id')).toBe('timeline_checkout')
    expect(getInput('api_key')).toBe('')
    expect(getInput('not-given')).toBe('')
  })

  it('reads the state main saved from STATE_<name>', () => {
    process.env.STATE_run = '{"runId":"run_sim_0001"}'

    expect(getState('run')).toBe('{"runId":"run_sim_0001"}')
    expect(getState('other')).toBe('')
  })
})

describe('setOutput and saveState with the runner files', () => {
  it.each([
    ['setOutput', 'GITHUB_OUTPUT', setOutput],
    ['saveState', 'GITHUB_STATE', saveState]
  ] as const)(
    '%s writes heredocs to %s that keep every line of a value',
    async (_, variable, set) => {
      const path = await fileCommand(variable)

      const stdout = await stdoutOf(() => {
        set('run-id', 'run_sim_0001')
        set('summary', MULTILINE)
      })

      const content = await readFile(path, 'utf8')
      expect(parseFileCommands(content)).toEqual({ 'run-id': 'run_sim_0001', summary: MULTILINE })
      const delimiters = [...content.matchAll(/^[\w-]+<<(.*)$/gm)].map((match) => match[1])
      expect(delimiters).toHaveLength(2)
      delimiters.forEach((delimiter) => expect(delimiter).toMatch(/^ghadelimiter_[0-9a-f-]{36}$/))
      expect(delimiters[0]).not.toBe(delimiters[1])
      expect(stdout).toBe('')
    }
  )

  it('appends to what earlier steps of the action wrote', async () => {
    const path = await fileCommand('GITHUB_OUTPUT')
    await writeFile(path, 'earlier=value\n')

    setOutput('status', 'Finished')

    expect(parseFileCommands(await readFile(path, 'utf8'))).toEqual({
      earlier: 'value',
      status: 'Finished'
    })
  })
})

describe('setOutput and saveState without the runner files', () => {
  it('fall back to the ::set-output and ::save-state commands, escaping line breaks', async () => {
    const stdout = await stdoutOf(() => {
      setOutput('run-id', 'run_sim_0001')
      saveState('run', 'a\nb')
    })

    expect(stdout).toBe('::set-output name=run-id::run_sim_0001\n::save-state name=run::a%0Ab\n')
  })
})

describe('workflow commands on stdout', () => {
  it('annotates with %, CR and LF escaped in the message', async () => {
    const stdout = await stdoutOf(() => annotate('warning', 'p95 up 12%\r\nsee the summary'))

    expect(stdout).toBe('::warning::p95 up 12%25%0D%0Asee the summary\n')
    expect(parseWorkflowCommands(stdout).annotations).toEqual([
      { level: 'warning', message: 'p95 up 12%\r\nsee the summary', properties: {} }
    ])
  })

  it('escapes : and , in properties too, and leaves out empty ones', async () => {
    const stdout = await stdoutOf(() =>
      annotate('error', 'Threshold breached', {
        title: 'p95: 480 ms, limit 300%',
        file: 'perf/thresholds.yml'
      })
    )
    const bare = await stdoutOf(() => annotate('notice', 'Baseline found', { title: '' }))

    expect(stdout).toBe(
      '::error title=p95%3A 480 ms%2C limit 300%25,file=perf/thresholds.yml::Threshold breached\n'
    )
    expect(parseWorkflowCommands(stdout).annotations[0].properties).toEqual({
      title: 'p95: 480 ms, limit 300%',
      file: 'perf/thresholds.yml'
    })
    expect(bare).toBe('::notice::Baseline found\n')
  })

  it('marks the step failed: exit code 1 and an error annotation', async () => {
    const stdout = await stdoutOf(() => setFailed('Run run_sim_0001 Failed'))

    expect(process.exitCode).toBe(1)
    expect(stdout).toBe('::error::Run run_sim_0001 Failed\n')
  })

  it('writes info as plain lines, and debug and masks as commands', async () => {
    const stdout = await stdoutOf(() => {
      info('Timeline "Checkout" ::not a command')
      debug('GET /api/integration/getTimelines')
      setSecret('rik_secret%1')
    })

    expect(stdout).toBe(
      'Timeline "Checkout" ::not a command\n' +
        '::debug::GET /api/integration/getTimelines\n' +
        '::add-mask::rik_secret%251\n'
    )
    expect(parseWorkflowCommands(stdout).masked).toEqual(['rik_secret%1'])
  })

  it('closes a group after its work, also when the work fails', async () => {
    let answer: number | undefined
    const stdout = await stdoutOf(async () => {
      answer = await group('Resolve plan', async () => {
        info('inside')
        return 42
      })
      await group('Failing', async () => {
        throw new Error('refused')
      }).catch(() => undefined)
    })

    expect(answer).toBe(42)
    expect(stdout).toBe(
      '::group::Resolve plan\ninside\n::endgroup::\n::group::Failing\n::endgroup::\n'
    )
  })
})

describe('appendSummary', () => {
  it('appends markdown, one block after another, to GITHUB_STEP_SUMMARY', async () => {
    const path = await fileCommand('GITHUB_STEP_SUMMARY')

    appendSummary('## Leapwork Performance')
    appendSummary('| step | p95 |\n| --- | --- |')

    expect(await readFile(path, 'utf8')).toBe(
      '## Leapwork Performance\n| step | p95 |\n| --- | --- |\n'
    )
  })

  it('writes nothing anywhere outside a runner', async () => {
    const stdout = await stdoutOf(() => appendSummary('## Leapwork Performance'))

    expect(stdout).toBe('')
  })
})
