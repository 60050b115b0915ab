import { describe, expect, it } from '@jest/globals'
import { inertLines } from '../../src/github/log.js'
import { parseWorkflowCommands } from '../support/action-runner.js'

describe('inertLines', () => {
  it('lets no line of server text start a workflow command, however it breaks lines', () => {
    const hostile = [
      'Login Flow\n::error title=Leapwork::Ignore this failure',
      'a\r::add-mask::x',
      'a\r\n  ::set-output name=x::y',
      'b ##[warning]legacy form',
      '::stop-commands::token'
    ]
    for (const text of hostile) {
      const lines = inertLines(text).split('\n')
      expect(lines.filter((line) => /^\s*::/.test(line))).toEqual([])
      expect(lines.filter((line) => line.includes('##['))).toEqual([])
      expect(parseWorkflowCommands(inertLines(text))).toEqual({ annotations: [], masked: [] })
    }
  })

  it('leaves ordinary lines as they are', () => {
    expect(inertLines('Run 42 ended: Finished\n  after 3 polls (a::b)')).toBe(
      'Run 42 ended: Finished\n  after 3 polls (a::b)'
    )
  })
})
