import { describe, expect, it } from '@jest/globals'
import { artifactUrl, runSource, workflowRunUrl } from '../../src/github/context.js'

const runner = {
  GITHUB_SERVER_URL: 'https://github.example.com',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_RUN_ID: '9876543210',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_REF: 'refs/pull/42/merge',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_JOB: 'load-test'
}

describe('workflowRunUrl', () => {
  it('links the workflow run on the runner’s server', () => {
    expect(workflowRunUrl(runner)).toBe(
      'https://github.example.com/acme/shop/actions/runs/9876543210'
    )
  })

  it('links the attempt when the run was re-run', () => {
    expect(workflowRunUrl({ ...runner, GITHUB_RUN_ATTEMPT: '3' })).toBe(
      'https://github.example.com/acme/shop/actions/runs/9876543210/attempts/3'
    )
  })

  it('links github.com when no server is given, and no attempt when none is given', () => {
    const env = { ...runner, GITHUB_SERVER_URL: undefined, GITHUB_RUN_ATTEMPT: undefined }

    expect(workflowRunUrl(env)).toBe('https://github.com/acme/shop/actions/runs/9876543210')
  })

  it('gives no link outside a workflow run', () => {
    expect(workflowRunUrl({})).toBeUndefined()
    expect(workflowRunUrl({ ...runner, GITHUB_RUN_ID: '' })).toBeUndefined()
    expect(workflowRunUrl({ ...runner, GITHUB_REPOSITORY: undefined })).toBeUndefined()
  })
})

describe('artifactUrl', () => {
  it('links the artifact of the run, whatever the attempt', () => {
    expect(artifactUrl('1800000001', { ...runner, GITHUB_RUN_ATTEMPT: '2' })).toBe(
      'https://github.example.com/acme/shop/actions/runs/9876543210/artifacts/1800000001'
    )
  })

  it('gives no link outside a workflow run', () => {
    expect(artifactUrl('1800000001', { GITHUB_REPOSITORY: 'acme/shop' })).toBeUndefined()
  })
})

describe('runSource', () => {
  it('describes where the run came from', () => {
    expect(runSource({ ...runner, GITHUB_RUN_ATTEMPT: '2' })).toEqual({
      repository: 'acme/shop',
      ref: 'refs/pull/42/merge',
      sha: '0123456789abcdef0123456789abcdef01234567',
      workflowRunId: '9876543210',
      workflowRunUrl: 'https://github.example.com/acme/shop/actions/runs/9876543210/attempts/2',
      job: 'load-test'
    })
  })

  it('leaves every field out outside a workflow run', () => {
    expect(Object.values(runSource({})).every((value) => value === undefined)).toBe(true)
  })
})
