import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { glob } from 'tinyglobby'

/** Folders that know nothing of GitHub: src/github may import them, never the other way round. */
const GITHUB_FREE = ['leapwork', 'metrics', 'present', 'reports', 'run', 'verdict']
const GITHUB_IMPORT =
  /(?:from |import\()'(\.\.\/github\/[^']+|@actions\/(?:core|github|artifact)[^']*|@octokit\/[^']+)'/g

describe('the layers of src/', () => {
  it.each(GITHUB_FREE)('src/%s imports nothing of GitHub', async (folder) => {
    const imports: string[] = []
    for (const file of await glob(`src/${folder}/**/*.ts`)) {
      for (const match of readFileSync(file, 'utf8').matchAll(GITHUB_IMPORT)) {
        imports.push(`${file}: ${match[1]}`)
      }
    }
    expect(imports).toEqual([])
  })
})
