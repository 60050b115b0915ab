import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RunMetrics } from '../metrics/model.js'
import { REPORT_FILES } from './download.js'

export async function writeMetricsFile(dir: string, metrics: RunMetrics): Promise<string> {
  const path = join(dir, REPORT_FILES.metrics)
  await writeFile(path, JSON.stringify(metrics, null, 2) + '\n')
  return path
}
