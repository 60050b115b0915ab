import { describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { FIXTURES } from '../../simulator/index.js'
import { runAction } from '../support/action-runner.js'
import { PULL_REQUEST, useSimulator } from './setup.js'

const checkout = FIXTURES.timelines.checkout
const LIVE_MENTION = /(^|[^\w])@[A-Za-z0-9]/m

/** Mentions in a fenced code block (the Mermaid chart) notify no one. */
function outsideCodeBlocks(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```$/gm, '')
}

describe('the pull request comment of matrix legs and server text, end to end', () => {
  const context = useSimulator({}, { github: true, artifacts: true })

  function onPullRequest(inputs: Record<string, string> = {}) {
    return runAction({
      inputs: context.inputs({
        'timeline-id': checkout.assetId,
        'github-token': context.github.token,
        ...inputs
      }),
      eventName: 'pull_request',
      eventPayload: PULL_REQUEST,
      env: { GITHUB_API_URL: context.github.url, ...context.artifacts.env }
    })
  }

  it('mentions no one a step title names, in the comment and the summary', async () => {
    context.sim.configure({
      stepOverrides: { 'POST /api/login': { title: '@acme/perf-team GET /x cc @octocat' } }
    })
    const result = await onPullRequest({ 'max-p95-ms': '1' })
    expect(context.github.comments).toHaveLength(1)
    const { body } = context.github.comments[0]
    expect(body).toContain('@&#8203;acme/perf-team GET /x cc @&#8203;octocat')
    expect(body).not.toMatch(LIVE_MENTION)
    expect(result.summary).toContain('@&#8203;acme/perf-team')
    expect(outsideCodeBlocks(result.summary)).not.toMatch(LIVE_MENTION)
  })

  it('keeps one comment per named leg and updates each leg in place', async () => {
    const small = await onPullRequest({ name: '50 users', 'user-count': '50' })
    const large = await onPullRequest({ name: '200 users', 'user-count': '200' })
    expect(context.github.comments).toHaveLength(2)
    const [first, second] = context.github.comments
    expect(first.body).toMatch(/^### ✅ Passed \(50 users\) — /m)
    expect(second.body).toMatch(/^### ✅ Passed \(200 users\) — /m)
    expect(small.summary).toMatch(/^## ✅ Passed \(50 users\) — /m)
    expect(context.artifacts.artifacts.map((a) => a.name)).toEqual([
      `leapwork-performance-${checkout.assetId}-50_users-${small.outputs['run-id']}`,
      `leapwork-performance-${checkout.assetId}-200_users-${large.outputs['run-id']}`
    ])
    const junit = await readFile(large.outputs['junit-file'], 'utf8')
    expect(junit).toContain(`<testsuite name="${checkout.title} (200 users)"`)

    const again = await onPullRequest({ name: '50 users', 'max-p95-ms': '1' })
    expect(again.outputs.result).toBe('failed')
    expect(context.github.comments).toHaveLength(2)
    expect(context.github.comments.find((c) => c.id === first.id)?.body).toMatch(
      /Failed \(50 users\)/
    )
    expect(context.github.comments.find((c) => c.id === second.id)?.body).toBe(second.body)
  })

  it('refuses a name that is not a short one-line label before starting', async () => {
    const result = await onPullRequest({ name: 'a'.repeat(61) })
    expect(result.exitCode).toBe(1)
    expect(result.annotations.map((a) => a.message).join('\n')).toMatch(
      /Input "name" must be a short label on one line \(at most 60 characters\)/
    )
    expect(context.sim.requests).toHaveLength(0)
  })
})
