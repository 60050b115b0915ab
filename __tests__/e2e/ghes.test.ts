import { describe, expect, it } from '@jest/globals'
import { access } from 'node:fs/promises'
import { FIXTURES } from '../../simulator/index.js'
import { runAction } from '../support/action-runner.js'
import { useSimulator } from './setup.js'

const checkout = FIXTURES.timelines.checkout
const PATH_OUTPUTS = ['report-dir', 'excel-report', 'ai-report', 'metrics-file', 'junit-file']

describe('on GitHub Enterprise Server, end to end', () => {
  const context = useSimulator({}, { github: true, artifacts: true })

  function runOnGhes(inputs: Record<string, string> = {}) {
    return runAction({
      inputs: context.inputs({ 'timeline-id': checkout.assetId, ...inputs }),
      env: {
        ...context.artifacts.env,
        GITHUB_SERVER_URL: 'https://github.example.com',
        GITHUB_API_URL: context.github.url,
        GITHUB_ACTION: 'perf'
      }
    })
  }

  it('uploads nothing, passes, sets every path output and shows the upload-artifact@v3 step in one notice', async () => {
    const result = await runOnGhes()
    expect(result.exitCode).toBe(0)
    expect(context.artifacts.artifacts).toHaveLength(0)
    expect(result.annotations.filter((a) => a.level === 'warning')).toEqual([])
    const notices = result.annotations.filter((a) => a.level === 'notice')
    expect(notices).toHaveLength(1)
    expect(notices[0].message).toContain(result.outputs['report-dir'])
    expect(notices[0].message).toContain('uses: actions/upload-artifact@v3')
    expect(notices[0].message).toContain('path: ${{ steps.perf.outputs.report-dir }}')
    for (const output of PATH_OUTPUTS) {
      await expect(access(result.outputs[output])).resolves.toBeUndefined()
    }
    expect(result.outputs['artifact-id']).toBeUndefined()
  })

  it('with baseline: auto, explains in one notice how to hand over the history as files', async () => {
    const result = await runOnGhes({ baseline: 'auto', 'github-token': context.github.token })
    expect(result.exitCode).toBe(0)
    const baselineNotices = result.annotations.filter(
      (a) => a.level === 'notice' && a.message.includes('"baseline: auto"')
    )
    expect(baselineNotices).toHaveLength(1)
    expect(baselineNotices[0].message).toMatch(/"baseline: <dir>"/)
    expect(baselineNotices[0].message).toMatch(/download-artifact@v3 or actions\/cache/)
    expect(context.github.requests).toHaveLength(0)
  })
})
