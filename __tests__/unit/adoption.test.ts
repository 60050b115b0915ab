import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

const readme = readFileSync('README.md', 'utf8')
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { license: string }

/** The README's fenced YAML blocks, parsed. */
const yamlBlocks = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((match) => match[1])

describe('what a team adopting the action looks for', () => {
  it('has a LICENSE of the license package.json declares', () => {
    expect(readFileSync('LICENSE', 'utf8').split('\n')[0]).toBe(`${packageJson.license} License`)
  })

  it('keeps a changelog with a section for unreleased changes', () => {
    expect(readFileSync('CHANGELOG.md', 'utf8')).toMatch(/^## \[Unreleased\]$/m)
  })

  it('gives the minimal workflow the permissions it needs', () => {
    const minimal = parse(yamlBlocks[0])
    expect(minimal.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' })
  })

  it('shows a later step reading the outputs', () => {
    expect(yamlBlocks.join('\n')).toMatch(/if: .*steps\.perf\.outputs\.result == 'failed'/)
    expect(yamlBlocks.join('\n')).toMatch(/id: perf/)
  })

  it('documents the release process and a release workflow that moves the major tag', () => {
    expect(readme).toMatch(/^## Releasing$/m)
    const release = parse(readFileSync('.github/workflows/release.yml', 'utf8'))
    const steps: { run?: string }[] = release.jobs.release.steps
    expect(steps.some((step) => step.run === 'npm run bundle')).toBe(true)
    expect(
      steps.some((step) => /git push --force origin "refs\/tags\/\$major"/.test(step.run ?? ''))
    ).toBe(true)
  })

  it('says how to try the action locally against the simulator, on the port it prints', () => {
    const section = readme.split(/^## Try it locally$/m)[1]?.split(/^## /m)[0] ?? ''
    expect(section).toContain('node dist/index.js')
    expect(section).toMatch(/'INPUT_BASE-URL=http:\/\/127\.0\.0\.1:\d+'/)
    expect(section).not.toContain('8080')
  })
})
