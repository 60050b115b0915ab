import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { pathUnder, safeName } from '../../src/reports/safe-name.js'

const SAFE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

describe('safeName', () => {
  it('keeps an identifier of letters, digits, dots, underscores and hyphens as it is', () => {
    expect(safeName('run_sim_0001')).toBe('run_sim_0001')
    expect(safeName('3f1c-77a0.b2')).toBe('3f1c-77a0.b2')
  })

  it.each([
    '..',
    '.',
    '../../../escaped',
    '/etc/passwd',
    'a/../../b',
    'C:\\temp',
    'x\ny',
    '',
    ' ',
    '.hidden',
    'a..b',
    'x'.repeat(300)
  ])('turns %j into a name that cannot leave its folder', (identifier) => {
    const name = safeName(identifier)

    expect(name).toMatch(SAFE)
    expect(name).not.toContain('..')
    expect(name.length).toBeLessThanOrEqual(64)
  })

  it('gives different identifiers different names, even when they read alike', () => {
    expect(safeName('../a')).not.toBe(safeName('./a'))
    expect(safeName('a b')).not.toBe(safeName('a/b'))
  })

  it('gives the same identifier the same name every time', () => {
    expect(safeName('../x')).toBe(safeName('../x'))
  })
})

describe('pathUnder', () => {
  it('joins a name to its base folder', () => {
    expect(pathUnder('/tmp/reports', 'run_1')).toBe(join('/tmp/reports', 'run_1'))
  })

  it.each(['..', '../escaped', '/tmp/elsewhere', '', '.', 'a/../..'])(
    'refuses %j, which is not inside the base folder',
    (name) => {
      expect(() => pathUnder('/tmp/reports', name)).toThrow(/outside \/tmp\/reports/)
    }
  )
})
