import { describe, expect, it } from '@jest/globals'
import { FIXTURES } from '../../simulator/index.js'
import { runAction } from '../support/action-runner.js'
import { useSimulator } from './setup.js'

const checkout = FIXTURES.timelines.checkout

describe('the AI analysis in the job summary, end to end', () => {
  const context = useSimulator()

  it("puts each track item's analysis under a heading with its title and region", async () => {
    const result = await runAction({ inputs: context.inputs({ 'timeline-id': checkout.assetId }) })
    expect(result.exitCode).toBe(0)
    const analysis = result.summary.slice(result.summary.indexOf('<summary>AI analysis</summary>'))
    const headings = analysis.split('\n').filter((line) => line.startsWith('#'))
    expect(headings).toEqual(
      checkout.trackItems.map((item) => `#### ${item.title} · ${item.region}`)
    )
    expect(analysis).not.toContain('AI Analysis for')
  })
})
