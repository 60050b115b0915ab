import { afterEach, describe, expect, it } from '@jest/globals'
import { lstat, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { placeReportFile, writeReportFile } from '../../src/reports/safe-write.js'

const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'safe-write-'))
  dirs.push(dir)
  return dir
}

describe('writing into the report folder', () => {
  it('replaces a link planted under the file name and leaves its target as it was', async () => {
    const [dir, elsewhere] = [await tempDir(), await tempDir()]
    const target = join(elsewhere, 'authorized_keys')
    await writeFile(target, 'ssh-ed25519 AAAA precious\n')
    await symlink(target, join(dir, 'metrics.json'))

    const path = await writeReportFile(dir, 'metrics.json', '{"runId":"r1"}\n')

    expect(path).toBe(join(dir, 'metrics.json'))
    expect(await readFile(target, 'utf8')).toBe('ssh-ed25519 AAAA precious\n')
    expect((await lstat(path)).isSymbolicLink()).toBe(false)
    expect(await readFile(path, 'utf8')).toBe('{"runId":"r1"}\n')
    expect(await readdir(dir)).toEqual(['metrics.json'])
  })

  it('does not follow a link to a file that does not exist yet', async () => {
    const [dir, elsewhere] = [await tempDir(), await tempDir()]
    await symlink(join(elsewhere, 'planted'), join(dir, 'junit.xml'))

    await writeReportFile(dir, 'junit.xml', '<testsuites/>')

    expect(await readdir(elsewhere)).toEqual([])
  })

  it('overwrites the file of an earlier run', async () => {
    const dir = await tempDir()
    await writeReportFile(dir, 'junit.xml', 'old')
    await writeReportFile(dir, 'junit.xml', 'new')
    expect(await readFile(join(dir, 'junit.xml'), 'utf8')).toBe('new')
  })

  it('leaves nothing behind when the file could not be filled', async () => {
    const dir = await tempDir()
    const filling = placeReportFile(dir, 'run-report.xlsx', async (fresh) => {
      await writeFile(`${fresh}.part`, 'half')
      throw new Error('connection reset')
    })
    await expect(filling).rejects.toThrow('connection reset')
    expect(await readdir(dir)).toEqual([])
  })

  it('refuses a name that leaves the folder', async () => {
    const dir = await tempDir()
    await expect(writeReportFile(dir, '../escape.txt', 'x')).rejects.toThrow(/outside/)
  })
})
