import { readFile } from 'node:fs/promises'
import { parseRunMetrics } from '../metrics/figures.js'
import type { RunMetrics } from '../metrics/model.js'
import { REPORT_FILES } from './download.js'
import { writeReportFile } from './safe-write.js'

export async function writeMetricsFile(dir: string, metrics: RunMetrics): Promise<string> {
  return writeReportFile(dir, REPORT_FILES.metrics, JSON.stringify(metrics, null, 2) + '\n')
}

/** Reads a metrics.json written by this action, e.g. a baseline, and checks that it can be trusted. */
export async function readMetricsFile(path: string): Promise<RunMetrics> {
  return parseRunMetrics(await readText(path), path)
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new Error(`Metrics file ${path} does not exist`)
    throw new Error(`Metrics file ${path} cannot be read: ${(error as Error).message}`)
  }
}
