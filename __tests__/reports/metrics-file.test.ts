import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readMetricsFile, writeMetricsFile } from '../../src/reports/metrics-file.js'
import { runOf } from '../verdict/runs.js'

const metrics = runOf([
  { id: 'ti_1', title: 'Login Flow', steps: [{ stepId: 's1', title: 'POST /api/login' }] }
])

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'metrics-file-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('metrics.json on disk', () => {
  it('reads back what it wrote, as indented JSON a person can read', async () => {
    const path = await writeMetricsFile(dir, metrics)

    expect(path).toBe(join(dir, 'metrics.json'))
    expect(await readFile(path, 'utf8')).toContain('\n  "runId": "run_1",\n')
    await expect(readMetricsFile(path)).resolves.toEqual(metrics)
  })

  it('says when the file is missing', async () => {
    const path = join(dir, 'absent.json')
    await expect(readMetricsFile(path)).rejects.toThrow(`Metrics file ${path} does not exist`)
  })

  it('says when the path cannot be read as a file', async () => {
    const path = join(dir, 'a-folder')
    await mkdir(path)
    await expect(readMetricsFile(path)).rejects.toThrow(`Metrics file ${path} cannot be read`)
  })

  it('names the file whose content is wrong', async () => {
    const path = join(dir, 'broken.json')
    await writeFile(path, '{"schema": ')
    await expect(readMetricsFile(path)).rejects.toThrow(`Metrics file ${path} is not valid JSON`)
  })
})
