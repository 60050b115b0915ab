import { Readable } from 'node:stream'
import type { TrackItemMetrics } from '../src/leapwork/types.js'

export const EXCEL_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const CHUNK_BYTES = 64 * 1024
const ZIP_SIGNATURE = Buffer.from('PK\x03\x04', 'latin1')
const FILLER_CHUNK = Buffer.from(Array.from({ length: CHUNK_BYTES }, (_, i) => (i * 31 + 7) & 0xff))
const FIRST_CHUNK = Buffer.concat([ZIP_SIGNATURE, FILLER_CHUNK.subarray(ZIP_SIGNATURE.length)])

/** A MiB of deterministic noise: deflate's 32 KiB window finds nothing to shorten in it. */
const NOISE_CHUNK_BYTES = 1024 * 1024
let noiseChunk: Buffer | undefined

function incompressibleChunk(): Buffer {
  if (noiseChunk) return noiseChunk
  const words = new Uint32Array(NOISE_CHUNK_BYTES / 4)
  let x = 0x9e3779b9
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    words[i] = x >>> 0
  }
  noiseChunk = Buffer.from(words.buffer)
  ZIP_SIGNATURE.copy(noiseChunk)
  return noiseChunk
}

/**
 * The Excel report body: `totalBytes` deterministic bytes starting with a zip signature, produced a
 * chunk at a time only as fast as the reader consumes them. A real report is a zip, so its bytes
 * are already compressed: `incompressible` gives bytes like those, the default compresses well.
 */
export function excelReportStream(totalBytes: number, incompressible = false): Readable {
  let produced = 0
  const first = incompressible ? incompressibleChunk() : FIRST_CHUNK
  const filler = incompressible ? incompressibleChunk() : FILLER_CHUNK
  return new Readable({
    read() {
      while (produced < totalBytes) {
        const chunk = produced === 0 ? first : filler
        const part = chunk.subarray(0, Math.min(chunk.length, totalBytes - produced))
        produced += part.length
        if (!this.push(part)) return
      }
      this.push(null)
    }
  })
}

/** The line the combined AI report holds for a track item whose analysis is not ready yet. */
export function aiNotReadyLine(trackItemId: string): string {
  return `- The AI analysis is not ready yet. Fetch it later with getAiAnalysis?trackItemId=${trackItemId}.`
}

/** Matches aiNotReadyLine; the first group is the track item id. */
export const AI_NOT_READY_PATTERN =
  /^- The AI analysis is not ready yet\. Fetch it later with getAiAnalysis\?trackItemId=(\S+)\.$/m

export interface AnalysedTrackItem {
  trackItemId: string
  title: string
}

function findings(metrics: TrackItemMetrics | undefined): string[] {
  const steps = metrics?.metadata ?? []
  if (steps.length === 0) return ['- No step metrics were recorded for this track item.']
  const slowest = steps.reduce((worst, step) => (step.p95 > worst.p95 ? step : worst))
  const requests = steps.reduce((sum, step) => sum + step.requestsSent, 0)
  const errors = steps.reduce((sum, step) => sum + step.errors, 0)
  const errorPercent = requests === 0 ? 0 : (100 * errors) / requests
  return [
    '- Response times stayed stable for most of the run.',
    `- The slowest step was ${slowest.title} with a p95 of ${slowest.p95} ms.`,
    errorPercent > 1
      ? `- ${errorPercent.toFixed(1)}% of requests failed; investigate the error spike.`
      : '- No meaningful error spike was detected.'
  ]
}

/** The analysis of one track item, in the documented format. */
export function aiAnalysisText(item: AnalysedTrackItem, metrics?: TrackItemMetrics): string {
  return [`=== AI Analysis for: ${item.trackItemId} ===`, item.title, ...findings(metrics)].join(
    '\n'
  )
}

/** The combined report: one section per track item, those not ready yet pointing to getAiAnalysis. */
export function combinedAiAnalysisText(
  items: readonly AnalysedTrackItem[],
  metrics: readonly TrackItemMetrics[],
  notReady: readonly string[]
): string {
  const sections = items.map((item) =>
    notReady.includes(item.trackItemId)
      ? [
          `=== AI Analysis for: ${item.trackItemId} ===`,
          item.title,
          aiNotReadyLine(item.trackItemId)
        ].join('\n')
      : aiAnalysisText(
          item,
          metrics.find((entry) => entry.trackItemId === item.trackItemId)
        )
  )
  return `${sections.join('\n\n')}\n`
}
