import { describe, expect, it } from '@jest/globals'
import {
  compareLink,
  pullRequestLink,
  repositoryLinks,
  workflowRunLink
} from '../../src/github/links.js'

describe('links into the repository', () => {
  const links = repositoryLinks({
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo-org/octo-repo'
  })

  it('are built from checked parts only', () => {
    expect(workflowRunLink(links, '123')).toBe(
      'https://github.com/octo-org/octo-repo/actions/runs/123'
    )
    expect(workflowRunLink(links, '123/../../evil')).toBeUndefined()
    expect(compareLink(links, 'abc1234', 'def5678')).toBe(
      'https://github.com/octo-org/octo-repo/compare/abc1234...def5678'
    )
    expect(compareLink(links, 'abc1234', 'main')).toBeUndefined()
    expect(pullRequestLink(links, 77)).toBe('https://github.com/octo-org/octo-repo/pull/77')
    expect(pullRequestLink(links, -1)).toBeUndefined()
  })

  it('never point off an https GitHub server or out of owner/repo', () => {
    for (const GITHUB_SERVER_URL of [
      'http://github.com',
      'javascript:alert(1)',
      'https://user:pw@github.com'
    ]) {
      expect(repositoryLinks({ GITHUB_SERVER_URL, GITHUB_REPOSITORY: 'o/r' })).toBeUndefined()
    }
    expect(repositoryLinks({ GITHUB_REPOSITORY: 'o/r/../x' })).toBeUndefined()
    expect(
      repositoryLinks({ GITHUB_SERVER_URL: 'https://ghes.example.com/', GITHUB_REPOSITORY: 'o/r' })
    ).toEqual({
      serverUrl: 'https://ghes.example.com',
      repository: 'o/r'
    })
  })
})
