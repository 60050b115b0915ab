import { describe, expect, it } from '@jest/globals'
import { core, loadToolkit } from '../../src/github/toolkit.js'

describe('the lazily loaded toolkit', () => {
  it('says so when it is used before loadToolkit() resolved, then works once loaded', async () => {
    expect(() => core.getState('runId')).toThrow(
      '@actions/core.getState was used before loadToolkit() resolved: await loadToolkit() first.'
    )
    const toolkit = await loadToolkit()
    expect(toolkit.getState).toBe(core.getState)
    expect(await loadToolkit()).toBe(toolkit)
  })
})
