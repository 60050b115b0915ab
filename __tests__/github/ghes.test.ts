import { describe, expect, it } from '@jest/globals'
import { ghesUploadNotice, isGitHubEnterpriseServer } from '../../src/github/ghes.js'

describe('isGitHubEnterpriseServer', () => {
  it('decides from GITHUB_SERVER_URL as @actions/artifact does', () => {
    const onServer = (url?: string) => isGitHubEnterpriseServer({ GITHUB_SERVER_URL: url })
    expect(onServer(undefined)).toBe(false)
    expect(onServer('https://github.com')).toBe(false)
    expect(onServer('https://octo.ghe.com')).toBe(false)
    expect(onServer('http://github.localhost')).toBe(false)
    expect(onServer('https://github.example.com')).toBe(true)
    expect(onServer('https://github.com.example.com')).toBe(true)
  })
})

describe('ghesUploadNotice', () => {
  it('names the step by its id, or asks for one when it has none', () => {
    const withId = ghesUploadNotice('/tmp/r', 'reports', { GITHUB_ACTION: 'perf' })
    expect(withId).toContain('path: ${{ steps.perf.outputs.report-dir }}')
    expect(withId).not.toContain('give this step')
    const withoutId = ghesUploadNotice('/tmp/r', 'reports', { GITHUB_ACTION: '__leapwork_action' })
    expect(withoutId).toContain('path: ${{ steps.<id>.outputs.report-dir }}')
    expect(withoutId).toContain('give this step an `id`')
  })
})
