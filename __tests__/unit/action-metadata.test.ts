import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

const action = parse(readFileSync('action.yml', 'utf8'))
const readme = readFileSync('README.md', 'utf8')
const inputsSource = readFileSync('src/inputs.ts', 'utf8')

describe('action.yml', () => {
  it('runs on node24 with a post step, from the committed bundle', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/post/index.js'
    })
  })

  it('describes every input and output', () => {
    for (const [name, spec] of Object.entries({ ...action.inputs, ...action.outputs })) {
      expect([name, typeof (spec as { description?: unknown }).description]).toEqual([
        name,
        'string'
      ])
    }
  })

  it('declares every input the action reads, and the action reads every declared input', () => {
    const read = new Set(
      [...inputsSource.matchAll(/(?:read\w*|optional)\(\s*(?:read,\s*)?'([a-z0-9-]+)'/g)].map(
        (m) => m[1]
      )
    )
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort())
  })
})

describe('README', () => {
  it('documents every input and output in its tables', () => {
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      expect([name, new RegExp(`^\\| \`${name}\` +\\|`, 'm').test(readme)]).toEqual([name, true])
    }
  })

  it('gives the two set-up commands of a fresh clone', () => {
    expect(readme).toContain('npm ci && npm run demo')
    expect(readme).toContain('npm test')
  })
})
