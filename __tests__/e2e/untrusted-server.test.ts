import { afterEach, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FIXTURES, startSimulator, type Scenario, type Simulator } from '../../simulator/index.js'
import type { StepMetric } from '../../src/leapwork/types.js'
import { runAction, runMainThenPost, type ActionResult } from '../support/action-runner.js'
import { readZipEntries } from '../support/fake-artifact-service.js'
import { startFakeGitHubApi, type FakeGitHubApi } from '../support/fake-github-api.js'
import { annotationMessages, PULL_REQUEST, useSimulator } from './setup.js'

const checkout = FIXTURES.timelines.checkout
const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const MiB = 1024 * 1024
const WRITTEN = ['ai-analysis.txt', 'junit.xml', 'metrics.json', 'run-report.xlsx']

describe('a server that cannot be trusted, against the bundled action', () => {
  const context = useSimulator({}, { artifacts: true })

  function run(scenario: Partial<Scenario>, inputs: Record<string, string> = {}, env = {}) {
    context.sim.configure(scenario)
    return runAction({
      inputs: context.inputs({ 'timeline-id': checkout.assetId, ...inputs }),
      env: { ...context.artifacts.env, ...env }
    })
  }

  describe('server-chosen names', () => {
    it('keeps the reports of run "../../../escaped" inside the runner temp folder', async () => {
      const result = await run({ runId: '../../../escaped' })

      expect(result.exitCode).toBe(0)
      const reportDir = result.outputs['report-dir']
      expect(reportDir.startsWith(join(result.runnerTemp, 'leapwork-performance') + '/')).toBe(true)
      expect(reportDir).toMatch(/\/escaped-[0-9a-f]{12}$/)
      expect((await readdir(reportDir)).sort()).toEqual(WRITTEN)
      expect(existsSync(join(result.workDir, 'escaped'))).toBe(false)
      expect(existsSync(join(result.runnerTemp, 'escaped'))).toBe(false)
      expect(context.artifacts.artifacts[0].name).toMatch(
        /^leapwork-performance-timeline_checkout-escaped-[0-9a-f]{12}$/
      )
    })

    it('uploads only the files it wrote for run "..", never what other steps left behind', async () => {
      const workDir = await mkdtemp(join(tmpdir(), 'leapwork-e2e-'))
      await mkdir(join(workDir, 'runner-temp'), { recursive: true })
      await writeFile(join(workDir, 'runner-temp', 'git-credentials'), 'https://x:secret@github')
      context.sim.configure({ runId: '..' })

      const result = await runAction({
        inputs: context.inputs({ 'timeline-id': checkout.assetId }),
        env: context.artifacts.env,
        workDir
      })

      expect(result.exitCode).toBe(0)
      const entries = await readZipEntries(context.artifacts.artifacts[0].zipPath)
      expect([...entries.keys()].sort()).toEqual(WRITTEN)
    })

    it('leaves a stranger in report-dir out of the artifact', async () => {
      const reportDir = await mkdtemp(join(tmpdir(), 'leapwork-report-dir-'))
      await writeFile(join(reportDir, 'notes-of-another-step.txt'), 'not ours')
      try {
        const result = await run({}, { 'report-dir': reportDir })

        expect(result.exitCode).toBe(0)
        const entries = await readZipEntries(context.artifacts.artifacts[0].zipPath)
        expect([...entries.keys()].sort()).toEqual(WRITTEN)
      } finally {
        await rm(reportDir, { recursive: true, force: true })
      }
    })
  })

  describe('bounded reading', () => {
    it.each([
      ['announced', true],
      ['sent without a length', false]
    ])(
      'stays under 256 MiB RSS against a 400 MB status answer (%s) and finishes the run',
      async (_, announceLength) => {
        const peakRssFile = join(tmpdir(), `peak-rss-${process.pid}-${Date.now()}`)
        context.sim.configure({
          faults: {
            hugeAnswer: [
              { endpoint: 'getTimelineStatus', times: 1, bytes: 400 * 1000 * 1000, announceLength }
            ]
          }
        })

        const result = await runAction({
          inputs: context.inputs({ 'timeline-id': checkout.assetId }),
          env: {
            ...context.artifacts.env,
            ACTION_SCRIPT: join(repoRoot, 'dist/index.js'),
            PEAK_RSS_FILE: peakRssFile
          },
          script: join(repoRoot, '__tests__/support/peak-rss.mjs')
        })

        const peakRss = Number(await readFile(peakRssFile, 'utf8'))
        await rm(peakRssFile)
        expect(result.exitCode).toBe(0)
        expect(result.outputs.status).toBe('Finished')
        expect(peakRss).toBeGreaterThan(0)
        expect(peakRss).toBeLessThan(256 * MiB)
        expect(annotationMessages(result, 'warning').join('\n')).toContain(
          announceLength
            ? 'sent an answer of 381.5 MiB to getTimelineStatus (HTTP 200); answers larger than 16 MiB are not read'
            : 'sent more than 16 MiB to getTimelineStatus (HTTP 200); answers larger than 16 MiB are not read'
        )
      }
    )

    it('abandons a report that trickles, with a warning naming it, and publishes the rest', async () => {
      const result = await run(
        {
          faults: {
            trickleReport: { endpoint: 'downloadRunReport', bytesPerTick: 1, intervalMs: 50 }
          }
        },
        {},
        { LEAPWORK_TEST_STALL_WINDOW_MS: '600' }
      )

      expect(result.exitCode).toBe(0)
      expect(result.durationMs).toBeLessThan(20_000)
      expect(annotationMessages(result, 'warning')).toContainEqual(
        expect.stringMatching(
          /^The Excel run report could not be downloaded: Leapwork Performance sent less than 64 KiB of downloadRunReport in 600 ms/
        )
      )
      expect(result.outputs['excel-report']).toBeUndefined()
      expect(result.outputs['ai-report']).toBeDefined()
      const entries = await readZipEntries(context.artifacts.artifacts[0].zipPath)
      expect([...entries.keys()].sort()).toEqual(['ai-analysis.txt', 'junit.xml', 'metrics.json'])
    })

    it('asks for 40 late AI analyses in three rounds in all, not three waits per item', async () => {
      const ids = [
        'ti_001',
        'ti_002',
        ...Array.from({ length: 38 }, (_, i) => `ti_gen_${String(i + 3).padStart(4, '0')}`)
      ]
      const result = await run(
        { trackItemCount: 40, aiNotReadyTrackItems: ids, getAiAnalysisNotReadyTimes: 99 },
        { 'poll-interval': '0.5' }
      )

      expect(result.exitCode).toBe(0)
      // Three tries per item, each followed by a wait, took 40 × 2 × 0.5 s = 40 s before.
      expect(result.durationMs).toBeLessThan(20_000)
      expect(context.sim.stats.byEndpoint.getAiAnalysis).toBe(3 * 40)
      const late = annotationMessages(result, 'warning').filter((m) => m.includes('AI analysis of'))
      expect(late).toEqual([
        'The AI analysis of track items ti_001, ti_002, ti_gen_0003, ti_gen_0004, ti_gen_0005, ti_gen_0006, ti_gen_0007, ti_gen_0008, ti_gen_0009, ti_gen_0010 and 30 more was not ready after 3 tries.'
      ])
    }, 60_000)
  })

  describe('malformed optional fields', () => {
    it('costs a malformed AI report URL a warning, not the finished run', async () => {
      const result = await run({ faults: { malformedReportUrl: ['aiAnalysisReportUrl'] } })

      expect(result.exitCode).toBe(0)
      expect(result.outputs.status).toBe('Finished')
      expect(result.outputs.result).toBe('passed')
      expect(result.outputs['excel-report']).toBeDefined()
      expect(context.sim.stats.stopRequests).toBe(0)
      expect(annotationMessages(result, 'warning')).toContain(
        `The run's aiAnalysisReportUrl was left aside: "htp:/reports broken" is not an http(s) URL.`
      )
    })

    it('costs a step whose figure is not a number a warning, and keeps every other step', async () => {
      const broken = { p95: 'n/a' } as unknown as Partial<StepMetric>
      const result = await run({ stepOverrides: { 'GET /api/products': broken } })

      expect(result.exitCode).toBe(0)
      expect(result.outputs.status).toBe('Finished')
      const metrics = JSON.parse(await readFile(result.outputs['metrics-file'], 'utf8')) as {
        trackItems: { steps: { title: string }[] }[]
      }
      const titles = metrics.trackItems.flatMap((item) => item.steps.map((step) => step.title))
      expect(titles).not.toContain('GET /api/products')
      expect(titles).toContain('POST /api/login')
      expect(annotationMessages(result, 'warning')).toContainEqual(
        expect.stringMatching(
          /malformed step at metadata\[0\]\.metadata\[1\], left out: .*p95 is not a number: "n\/a"/
        )
      )
    })

    it("watches a run whose estimate is not a number to its end, on the plan's estimate", async () => {
      const result = await run({ faults: { malformedFields: ['estimatedVum'] } })

      expect(result.exitCode).toBe(0)
      expect(result.outputs['run-id']).toBe('run_sim_0001')
      expect(result.outputs.status).toBe('Finished')
      expect(result.outputs.result).toBe('passed')
      expect(Number(result.outputs['estimated-vum'])).toBeGreaterThan(0)
      expect(result.stdout).toContain('VUM by the plan (the server gave no estimate)')
      expect(annotationMessages(result, 'warning')).toContain(
        'The run\'s estimatedVum was left aside: it is not a number but "n/a".'
      )
      expect(context.sim.stats.stopRequests).toBe(0)
      const metrics = JSON.parse(await readFile(result.outputs['metrics-file'], 'utf8')) as {
        trackItems: { steps: unknown[] }[]
      }
      expect(metrics.trackItems.flatMap((item) => item.steps).length).toBeGreaterThan(0)
    })

    it('makes a finished run whose metadata is not a list an error without figures, with a warning', async () => {
      const thresholds = { thresholds: 'p95 < 800' }
      const result = await run({ faults: { malformedFields: ['metadata'] } }, thresholds)

      expect(result.outputs.status).toBe('Finished')
      expect(result.outputs.result).toBe('error')
      expect(result.summary).toMatch(/^## ⚠️ Error — the run reported no figures/)
      expect(context.sim.stats.stopRequests).toBe(0)
      expect(annotationMessages(result, 'warning')).toContain(
        'The run\'s metadata was left aside: it is not a list but "n/a".'
      )
    })
  })

  it("waits the plan's planned run time plus 300 s when the start answer has none", async () => {
    const result = await run(
      { omitPlannedRunTime: true },
      { 'timeline-id': FIXTURES.timelines.search.assetId }
    )

    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('Waiting up to 2100 s')
  })

  describe('redirected report downloads', () => {
    let foreign: Simulator | undefined
    afterEach(async () => {
      await foreign?.stop()
      foreign = undefined
    })

    it('follows the hops on base-url, with the key', async () => {
      const result = await run({ faults: { redirectReports: { hops: 3 } } })

      expect(result.exitCode).toBe(0)
      expect(result.outputs['excel-report']).toBeDefined()
      const hops = context.sim.requests.filter((request) => request.path.startsWith('/storage/'))
      expect(hops).toHaveLength(2 * 3)
      expect(hops.every((request) => request.authorized)).toBe(true)
    })

    it('follows a hop to another origin without the API key', async () => {
      foreign = await startSimulator()
      const result = await run({ faults: { redirectReports: { origin: foreign.url, hops: 2 } } })

      expect(result.exitCode).toBe(0)
      expect((await readFile(result.outputs['excel-report'])).length).toBe(20 * 1024)
      expect(result.outputs['ai-report']).toBeDefined()
      expect(foreign.requests).toHaveLength(2 * 2)
      expect(foreign.requests.map((request) => request.headers.authorization)).toEqual(
        foreign.requests.map(() => undefined)
      )
    })

    it('refuses a hop to plain http elsewhere, losing only that report', async () => {
      const origin = 'http://storage.example.invalid'
      const result = await run({ faults: { redirectReports: { origin } } })

      expect(result.exitCode).toBe(0)
      expect(annotationMessages(result, 'warning')).toContainEqual(
        expect.stringMatching(
          /^The Excel run report could not be downloaded: .*redirected downloadRunReport \(HTTP 302\) to http:\/\/storage\.example\.invalid\/storage\/[0-9a-f]+, which is not followed/
        )
      )
      expect(result.outputs.result).toBe('passed')
    })
  })
})

describe('cancelling while the start request is unanswered', () => {
  const context = useSimulator({ neverEnds: true })
  const whenStarting = (stdout: string) => stdout.includes('::debug::POST ')

  it('waits for a start answered after 6 s and stops the run it started', async () => {
    context.sim.configure({
      faults: { slowNext: [{ endpoint: 'runIntegration', times: 1, delayMs: 6000 }] }
    })

    const result = await runAction({
      inputs: context.inputs({ 'timeline-id': checkout.assetId }),
      signal: { name: 'SIGINT', when: whenStarting },
      runnerCancellation: true
    })

    expect(result.exitCode).toBe(1)
    expect(result.signalsSent.map((s) => s.name)).toEqual(['SIGINT'])
    expect(annotationMessages(result, 'error').join('\n')).toMatch(
      /cancelled \(SIGINT\); run run_sim_0001 was stopped/
    )
    expect(context.sim.stats.runsStarted).toBe(1)
    expect(context.sim.stats.stopRequests).toBe(1)
    expect(context.sim.stats.activeRuns).toBe(0)
  }, 30_000)

  it('fails the post step, saying a run may have started, when the start never answered', async () => {
    context.sim.configure({
      faults: { slowNext: [{ endpoint: 'runIntegration', times: 1, delayMs: 20_000 }] }
    })

    const { main, post } = await runMainThenPost({
      inputs: context.inputs({ 'timeline-id': checkout.assetId }),
      signal: { name: 'SIGINT', when: whenStarting },
      runnerCancellation: true
    })

    expect(main.exitCode).toBe(1)
    expect(main.signalsSent.map((s) => s.name)).toEqual(['SIGINT', 'SIGTERM'])
    expect(main.signal).toBeNull()
    expect(main.durationMs - main.signalsSent[0].atMs).toBeLessThan(9500)
    expect(annotationMessages(main, 'error').join('\n')).toContain('a run may have started')
    expect(post.exitCode).toBe(1)
    expect(annotationMessages(post, 'error')).toEqual([
      "The main step was cancelled while it was starting a run of timeline 'Checkout Load Test' (timeline_checkout), before Leapwork Performance answered: a run may have started. Look in the Leapwork Performance portal's run history for that timeline and stop the run there if it is running."
    ])
  }, 40_000)
})

describe('the pull request comment belongs to the token that wrote it', () => {
  const context = useSimulator()
  let github: FakeGitHubApi | undefined

  afterEach(async () => {
    await github?.stop()
    github = undefined
  })

  async function commentOnce(api: FakeGitHubApi): Promise<ActionResult> {
    return runAction({
      inputs: context.inputs({ 'timeline-id': checkout.assetId, 'github-token': api.token }),
      env: { GITHUB_API_URL: api.url },
      eventName: 'pull_request',
      eventPayload: PULL_REQUEST
    })
  }

  function markerOf(body: string): string {
    const marker = /<!--[^>]*-->/.exec(body)?.[0]
    expect(marker).toBeDefined()
    return marker!
  }

  it("leaves someone else's comment alone though it carries the marker, and keeps its own", async () => {
    github = await startFakeGitHubApi()
    await commentOnce(github)
    const [own] = github.comments.splice(0)
    const marker = markerOf(own.body)
    const forged = github.addComment(42, `Please merge ${marker}`, 'mallory')

    await commentOnce(github)
    await commentOnce(github)

    expect(github.comments.find((c) => c.id === forged.id)?.body).toBe(`Please merge ${marker}`)
    const ours = github.comments.filter((c) => c.login === 'github-actions[bot]')
    expect(ours).toHaveLength(1)
    expect(ours[0].body).toContain(marker)
    expect(github.comments).toHaveLength(2)
  })

  it.each([
    ['a personal token', 'release-user'],
    ["a GitHub App's token", 'leapwork-ci[bot]']
  ])("with %s, updates that identity's comment and not the Actions bot's", async (_, owner) => {
    github = await startFakeGitHubApi({ tokenOwner: owner })
    await commentOnce(github)
    const [own] = github.comments.splice(0)
    const marker = markerOf(own.body)
    const botComment = github.addComment(42, `Old results ${marker}`, 'github-actions[bot]')

    await commentOnce(github)
    await commentOnce(github)

    expect(github.comments.find((c) => c.id === botComment.id)?.body).toBe(`Old results ${marker}`)
    const mine = github.comments.filter((c) => c.login === owner)
    expect(mine).toHaveLength(1)
    expect(mine[0].body).toContain(marker)
    expect(github.comments).toHaveLength(2)
  })
})
