import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { InputError, readConnection, readSettings } from '../../src/inputs.js'
import { loadToolkit } from '../../src/github/toolkit.js'
import type { Log } from '../../src/log.js'

const base = {
  'api-key': 'rik_secret',
  'base-url': 'https://perf.example.com',
  'timeline-id': 'tl_1'
}

function reader(inputs: Record<string, string>) {
  return (name: string) => (inputs[name] ?? '').trim()
}

/**
 * Reading the key masks it with a workflow command on stdout; kept out of the test output (a CI log
 * reader should see no stream of commands) and checked instead.
 */
let stdout = ''
const write = process.stdout.write
beforeAll(() => loadToolkit())
beforeEach(() => {
  stdout = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  }) as typeof process.stdout.write
})
afterEach(() => {
  process.stdout.write = write
})

function recordingLog(): Log & { warnings: string[] } {
  const warnings: string[] = []
  const ignore = () => undefined
  return {
    warnings,
    info: ignore,
    debug: ignore,
    notice: ignore,
    warning: (message) => warnings.push(message),
    error: ignore
  }
}

async function problemsOf(inputs: Record<string, string>): Promise<string[]> {
  try {
    await readSettings(reader(inputs))
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  throw new Error('expected the inputs to be refused')
}

describe('readSettings', () => {
  it('reads a minimal configuration with the documented defaults', async () => {
    const settings = await readSettings(reader(base))
    expect(settings).toMatchObject({
      apiKey: 'rik_secret',
      baseUrl: 'https://perf.example.com',
      timeline: { id: 'tl_1' },
      wait: true,
      pollIntervalSeconds: 5,
      noiseFloorMs: 20,
      failOnBreach: true,
      comment: true,
      criteria: []
    })
    expect(settings.timeoutSeconds).toBeUndefined()
  })

  it('masks the API key before anything else can print it', async () => {
    await readSettings(reader(base))
    expect(stdout).toBe('::add-mask::rik_secret\n')
  })

  it('lets the timeline ID win over the name', async () => {
    const settings = await readSettings(
      reader({ ...base, 'timeline-name': 'Checkout', 'project-id': 'p1' })
    )
    expect(settings.timeline).toEqual({ id: 'tl_1', name: 'Checkout' })
  })

  it('takes a timeline by name with its project', async () => {
    const settings = await readSettings(
      reader({ ...base, 'timeline-id': '', 'timeline-name': 'Checkout', 'project-id': 'p1' })
    )
    expect(settings.timeline).toEqual({ name: 'Checkout', projectId: 'p1' })
  })

  it.each([
    [{ 'base-url': '' }, 'Input "base-url" is required'],
    [{ 'base-url': 'not a url' }, 'Input "base-url" is not a URL'],
    [{ 'base-url': 'http://perf.example.com' }, 'Input "base-url" must use https'],
    [{ 'api-key': '' }, 'Input "api-key" is required'],
    [{ 'timeline-id': '' }, 'No timeline given'],
    [
      { 'timeline-id': '', 'timeline-name': 'Checkout' },
      'Input "timeline-name" needs "project-id"'
    ],
    [{ 'user-count': '0' }, 'Input "user-count" must be a positive whole number: got "0"'],
    [{ 'user-count': '2.5' }, 'Input "user-count" must be a positive whole number'],
    [{ 'user-count': 'ten' }, 'Input "user-count" must be a positive whole number'],
    [{ 'user-count': '0x10' }, 'Input "user-count" must be a positive whole number: got "0x10"'],
    [{ 'user-count': '0b11' }, 'Input "user-count" must be a positive whole number'],
    [{ 'user-count': '1e2' }, 'Input "user-count" must be a positive whole number'],
    [{ 'baseline-runs': '0x3' }, 'Input "baseline-runs" must be a positive whole number'],
    [{ 'baseline-since': '2026-13-45' }, 'Input "baseline-since" must be a date'],
    [{ 'baseline-since': 'abc def' }, 'Input "baseline-since" must be a date'],
    [{ 'retention-days': '0x1E' }, 'Input "retention-days" must be a whole number of days'],
    [{ 'poll-interval': '-1' }, 'Input "poll-interval" must be at least 0.1 s'],
    [{ 'poll-interval': '0.05' }, 'Input "poll-interval" must be at least 0.1 s'],
    [{ timeout: 'soon' }, 'Input "timeout" must be a positive number of seconds'],
    [{ timeout: '5%' }, 'Input "timeout" must be a positive number of seconds'],
    [
      { 'poll-interval': '2147484' },
      'Input "poll-interval" must be at least 0.1 s and at most 3600 s (an hour), e.g. 5, 5s or 500ms: got "2147484".'
    ],
    [{ 'poll-interval': '3601s' }, 'at most 3600 s (an hour)'],
    [
      { timeout: '432001' },
      'Input "timeout" must be a positive number of seconds, at most 432000 s (5 days, the longest a GitHub job may run)'
    ],
    [
      { 'base-url': 'https://perf.example.com/api/integration' },
      'Input "base-url" must not hold the API\'s own path "/api/integration": use base-url: https://perf.example.com (the action adds /api/integration/ itself).'
    ],
    [
      { 'base-url': 'https://gw.example.com/perf/api/integration/getTimelines' },
      'own path "/api/integration/getTimelines": use base-url: https://gw.example.com/perf '
    ],
    [
      { 'base-url': 'https://perf.example.com/swagger/integrations/index.html' },
      'use base-url: https://perf.example.com '
    ],
    [{ 'base-url': 'http://localhost.example.com' }, 'Input "base-url" must use https'],
    [{ 'max-p95-ms': '1%' }, 'Input "max-p95-ms" must be a positive time in milliseconds'],
    [{ 'max-error-rate': '1s' }, 'Input "max-error-rate" must be a percentage from 0 to 100'],
    [{ 'noise-floor-ms': '-5ms' }, 'Input "noise-floor-ms" must be a time of 0 or more'],
    [{ 'max-regression': '10ms' }, 'Input "max-regression" must be a percentage of 0 or more'],
    [
      { 'retention-days': '91' },
      'Input "retention-days" must be a whole number of days from 1 to 90'
    ],
    [
      { 'retention-days': '0' },
      'Input "retention-days" must be a whole number of days from 1 to 90'
    ],
    [{ wait: 'maybe' }, 'Input "wait" must be true or false: got "maybe"'],
    [{ 'fail-on-breach': 'nope' }, 'Input "fail-on-breach" must be true or false'],
    [{ 'track-items': '{ not json' }, 'Input "track-items" is not valid JSON or YAML'],
    [{ 'track-items': '[1, 2]' }, 'Input "track-items" must map track item IDs'],
    [
      {
        'track-items':
          '{"ti_1": {"dataItemAssetId": "d", "selectedRoles": [], "userCount": 1, "color": "red"}}'
      },
      '"ti_1" has unknown field "color"'
    ],
    [
      {
        'track-items':
          '{"ti_1": {"dataItemAssetId": "d", "selectedRoles": ["User"], "userCount": -3}}'
      },
      'the "userCount" of "ti_1" must be a positive whole number'
    ],
    [
      {
        'track-items':
          '{"ti_1": {"dataItemAssetId": "d", "selectedRoles": ["User"], "userCount": "0x10"}}'
      },
      'the "userCount" of "ti_1" must be a positive whole number'
    ],
    ...['0x10', '0o17', '1e2'].map((written): [Record<string, string>, string] => [
      {
        'track-items': `ti_1:\n  dataItemAssetId: d\n  selectedRoles: [User]\n  userCount: ${written}\n`
      },
      `Input "track-items": the "userCount" of "ti_1" must be a positive whole number: got "${written}".`
    ]),
    [{ 'max-error-rate': '120' }, 'Input "max-error-rate" must be a percentage from 0 to 100'],
    [{ thresholds: 'p95 <' }, 'Input "thresholds"'],
    [{ role: 'Admin' }, 'Input "role" needs a data item'],
    [{ 'data-item-name': 'Users' }, 'Input "data-item-name" needs "project-id"']
  ])('refuses %o, naming the input', async (override, message) => {
    const problems = await problemsOf({ ...base, ...override })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(message)
  })

  it('reports every bad input at once', async () => {
    const problems = await problemsOf({ ...base, 'user-count': 'x', wait: 'maybe', timeout: '0' })
    expect(problems).toHaveLength(3)
  })

  it.each(['http://localhost:4010', 'http://127.1:4010', 'http://[::1]:4010', 'http://0x7f.0.0.1'])(
    'accepts http on this machine: %s',
    async (baseUrl) => {
      expect((await readSettings(reader({ ...base, 'base-url': baseUrl }))).baseUrl).toMatch(
        /^http:\/\//
      )
    }
  )

  it('accepts http for loopback hosts only, and keeps a path prefix', async () => {
    expect(
      (await readSettings(reader({ ...base, 'base-url': 'http://127.0.0.1:8080/' }))).baseUrl
    ).toBe('http://127.0.0.1:8080')
    expect(
      (await readSettings(reader({ ...base, 'base-url': 'https://proxy.example.com/perf/' })))
        .baseUrl
    ).toBe('https://proxy.example.com/perf')
  })

  it('reads track items from YAML as well as JSON', async () => {
    const yaml = 'ti_1:\n  dataItemAssetId: di_1\n  selectedRoles: [Admin]\n  userCount: 25\n'
    expect((await readSettings(reader({ ...base, 'track-items': yaml }))).trackItems).toEqual({
      ti_1: { dataItemAssetId: 'di_1', selectedRoles: ['Admin'], userCount: 25 }
    })
  })

  it.each(['50', '"50"'])('reads userCount: %s as 50 users', async (written) => {
    const yaml = `ti_1:\n  dataItemAssetId: di_1\n  selectedRoles: [User]\n  userCount: ${written}\n`
    const settings = await readSettings(reader({ ...base, 'track-items': yaml }))
    expect(settings.trackItems?.ti_1.userCount).toBe(50)
  })

  it('turns max-p95-ms and max-error-rate into criteria before the thresholds lines', async () => {
    const settings = await readSettings(
      reader({ ...base, 'max-p95-ms': '800', 'max-error-rate': '1', thresholds: 'p99 < 2000' })
    )
    expect(settings.criteria.map((c) => [c.metric, c.limit])).toEqual([
      ['p95', 800],
      ['error-rate', 1],
      ['p99', 2000]
    ])
  })

  it('takes the units of the thresholds grammar in the number inputs', async () => {
    const settings = await readSettings(
      reader({
        ...base,
        'max-p95-ms': '0.8s',
        'max-error-rate': '1%',
        'noise-floor-ms': '25ms',
        timeout: '1500ms',
        'poll-interval': '2s',
        'max-regression': '10%'
      })
    )
    expect(settings.criteria.map((c) => [c.metric, c.limit])).toEqual([
      ['p95', 800],
      ['error-rate', 1]
    ])
    expect(settings).toMatchObject({
      noiseFloorMs: 25,
      timeoutSeconds: 1.5,
      pollIntervalSeconds: 2,
      maxRegressionPercent: 10
    })
    const bare = await readSettings(
      reader({ ...base, 'max-p95-ms': '800', 'noise-floor-ms': '20', timeout: '600' })
    )
    expect([bare.criteria[0].limit, bare.noiseFloorMs, bare.timeoutSeconds]).toEqual([800, 20, 600])
  })

  it('warns that polling faster than once a second is for the simulator', async () => {
    const log = recordingLog()
    const remote = await readSettings(reader({ ...base, 'poll-interval': '0.5' }), log)
    expect(remote.pollIntervalSeconds).toBe(0.5)
    expect(log.warnings).toEqual([
      expect.stringMatching(/^Input "poll-interval" is 0.5 s: .* meant for the local simulator/)
    ])
    const local = recordingLog()
    await readSettings(
      reader({ ...base, 'base-url': 'http://127.0.0.1:4010', 'poll-interval': '0.1' }),
      local
    )
    await readSettings(reader({ ...base, 'poll-interval': '1' }), local)
    expect(local.warnings).toEqual([])
  })

  it('reads baseline auto with the number of runs, or a file path', async () => {
    expect(
      (await readSettings(reader({ ...base, baseline: 'auto', 'baseline-runs': '3' }))).baseline
    ).toEqual({
      kind: 'auto',
      runs: 3
    })
    expect(
      (await readSettings(reader({ ...base, baseline: 'base/metrics.json' }))).baseline
    ).toEqual({
      kind: 'file',
      path: 'base/metrics.json',
      runs: 30
    })
  })

  it('starts the history afresh at baseline-since, and applies max-regression 10 only with a baseline', async () => {
    const settings = await readSettings(
      reader({ ...base, baseline: 'auto', 'baseline-since': '2026-03-01' })
    )
    expect(settings.baseline).toEqual({ kind: 'auto', runs: 30, since: '2026-03-01' })
    expect(settings.maxRegressionPercent).toBe(10)
    expect((await readSettings(reader(base))).maxRegressionPercent).toBeUndefined()
    expect(
      (await readSettings(reader({ ...base, baseline: 'auto', 'baseline-since': 'a1b2c3d' })))
        .baseline
    ).toMatchObject({ since: 'a1b2c3d' })
  })

  it('reads a matrix leg name, and refuses one that is not a short one-line label', async () => {
    expect((await readSettings(reader({ ...base, name: '50 users' }))).name).toBe('50 users')
    expect((await readSettings(reader(base))).name).toBeUndefined()
    for (const name of ['50 users\n::error::x', 'x'.repeat(61)]) {
      expect(await problemsOf({ ...base, name })).toEqual([
        expect.stringMatching(/^Input "name" must be a short label on one line/)
      ])
    }
  })

  it('reads the false-alarm rate as a percentage, 1 by default', async () => {
    expect((await readSettings(reader(base))).falseAlarmRate).toBe(1)
    expect(
      (await readSettings(reader({ ...base, 'false-alarm-rate': '0.5' }))).falseAlarmRate
    ).toBe(0.5)
    await expect(readSettings(reader({ ...base, 'false-alarm-rate': '0' }))).rejects.toThrow(
      'Input "false-alarm-rate" must be a percentage above 0 and at most 50, e.g. 1 or 1%: got "0".'
    )
  })
})

describe('readSettings: dry-run and max-vum', () => {
  it('runs for real with no usage limit unless told otherwise', async () => {
    const settings = await readSettings(reader(base))
    expect([settings.dryRun, settings.maxVum]).toEqual([false, undefined])
  })

  it('reads dry-run as a boolean and max-vum as a number of virtual-user minutes', async () => {
    const settings = await readSettings(reader({ ...base, 'dry-run': 'true', 'max-vum': '250.5' }))
    expect([settings.dryRun, settings.maxVum]).toEqual([true, 250.5])
  })

  it.each(['0', '-5', 'lots'])('refuses max-vum "%s"', async (value) => {
    expect(await problemsOf({ ...base, 'max-vum': value })).toEqual([
      `Input "max-vum" must be a positive number of virtual-user minutes: got "${value}".`
    ])
  })
})

describe('readConnection', () => {
  it('needs only the key and the base URL', () => {
    expect(readConnection(reader({ 'api-key': 'k', 'base-url': 'https://x.example.com' }))).toEqual(
      {
        apiKey: 'k',
        baseUrl: 'https://x.example.com'
      }
    )
  })
})
