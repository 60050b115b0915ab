import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIXTURES } from '../../simulator/index.js'
import { runAction } from '../support/action-runner.js'
import { gfmDocument, rawMarkupShown, tablesOf } from '../support/gfm.js'
import { mermaidBlocks, parseMermaid } from '../support/mermaid.js'
import { PULL_REQUEST, useSimulator } from './setup.js'

const { checkout } = FIXTURES.timelines
const PIXEL = 'https://tracker.example/pixel.gif'

describe('what a reviewer sees, end to end', () => {
  const context = useSimulator({}, { github: true })

  function onPullRequest(inputs: Record<string, string>) {
    return runAction({
      inputs: context.inputs({
        'timeline-id': checkout.assetId,
        'github-token': context.github.token,
        ...inputs
      }),
      env: { GITHUB_API_URL: context.github.url },
      eventName: 'pull_request',
      eventPayload: PULL_REQUEST
    })
  }

  /** Four history runs like a first run, one of them with a crafted workflowRunUrl. */
  async function historyWithCraftedLink(): Promise<string> {
    const first = JSON.parse(
      await readFile((await onPullRequest({})).outputs['metrics-file'], 'utf8')
    )
    const dir = await mkdtemp(join(tmpdir(), 'crafted-history-'))
    for (let run = 0; run < 4; run++) {
      const metrics = structuredClone(first)
      metrics.runId = `history_${run}`
      metrics.finishedAt = new Date(Date.UTC(2026, 10, 1 + run)).toISOString()
      metrics.source = {
        workflowRunUrl:
          run === 0
            ? `https://github.com/o/r/actions/runs/1)![x](${PIXEL})`
            : `https://tracker.example/runs/${run}`
      }
      await mkdir(join(dir, `run-${run}`))
      await writeFile(join(dir, `run-${run}`, 'metrics.json'), JSON.stringify(metrics))
    }
    return dir
  }

  it('renders the same verdict in summary and comment, with no image or foreign link from a history file', async () => {
    const baseline = await historyWithCraftedLink()
    context.github.comments.length = 0
    const result = await onPullRequest({ baseline, thresholds: 'p95 < 60s' })
    expect(result.outputs.result).toBe('passed')
    const comment = context.github.comments.at(-1)?.body ?? ''

    expect(comment.split('\n')[1].replace(/^### /, '')).toBe(
      result.summary.split('\n')[0].replace(/^## /, '')
    )
    for (const markdown of [result.summary, comment]) {
      const document = gfmDocument(markdown)
      expect(document.querySelector('img')).toBeNull()
      for (const link of document.querySelectorAll('a')) {
        expect(link.getAttribute('href')).toMatch(/^https:\/\/github\.com\//)
      }
      expect(rawMarkupShown(document)).toEqual([])
      expect(document.body.textContent).toContain('history_0')
      expect(document.querySelector('table code')?.textContent).toBe('p95 < 60s')
    }
    const stepTable = tablesOf(gfmDocument(result.summary)).find((rows) => rows[0][1] === 'p95')
    expect(stepTable?.[0].slice(0, 4)).toEqual(['Step', 'p95', 'Change', 'Limit'])

    const charts = mermaidBlocks(result.summary)
    const trend = charts.find((chart) => chart.includes('title "p95 index'))
    expect(trend).toContain('x-axis ["Nov 1", "Nov 2", "Nov 3", "Nov 4", "this run"]')
    for (const chart of charts) {
      expect(chart).toMatch(/y-axis "[^"]+" 0 --> \d+/)
      await expect(parseMermaid(chart)).resolves.toBeUndefined()
    }
  })
})
