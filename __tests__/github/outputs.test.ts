import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { glob } from 'tinyglobby'
import { parse } from 'yaml'
import { OUTPUT_KEYS } from '../../src/github/outputs.js'

const declared = Object.keys(parse(readFileSync('action.yml', 'utf8')).outputs)

describe('the step outputs', () => {
  it('are the outputs action.yml declares, no more and no fewer', () => {
    expect([...OUTPUT_KEYS].sort()).toEqual([...declared].sort())
  })

  it('are set, and state saved, only through src/github/outputs.ts, whose keys are typed', async () => {
    const bypassing = (await glob('src/**/*.ts')).filter((file) => {
      const source = readFileSync(file, 'utf8')
      const direct = /\bcore\.(setOutput|saveState|getState)\b/.test(source)
      const ownToolkit = /from '@actions\/core'/.test(source) && file !== 'src/github/toolkit.ts'
      return file !== 'src/github/outputs.ts' && (direct || ownToolkit)
    })
    expect(bypassing).toEqual([])
  })
})
