import { createHash } from 'node:crypto'
import { canonicalLoad } from '../metrics/load.js'
import type { RunLoad } from '../metrics/model.js'
import { safeName } from './safe-name.js'

/**
 * Artifact names carry the timeline, so `baseline: auto` can find earlier runs of the same
 * timeline by prefix, the leg's `name` when given, and the run ID, so matrix jobs and reruns never
 * collide.
 */
export function artifactNamePrefix(timelineId: string): string {
  return `leapwork-performance-${safeNamePart(timelineId)}-`
}

export function defaultArtifactName(timelineId: string, runId: string, name?: string): string {
  const leg = name ? `${safeNamePart(name)}-` : ''
  return `${artifactNamePrefix(timelineId)}${leg}${safeName(runId)}`
}

/**
 * The history a run carries forward has an artifact of its own, named by timeline, leg and load,
 * so that a later run finds its own leg's history by name and downloads nothing else.
 */
export function historyArtifactPrefix(timelineId: string, load?: RunLoad, name?: string): string {
  const leg = name ? `${safeNamePart(name)}-` : ''
  const loadKey = createHash('sha256').update(canonicalLoad(load)).digest('hex').slice(0, 8)
  return `leapwork-performance-history-${safeNamePart(timelineId)}-${leg}${loadKey}-`
}

export function historyArtifactName(
  timelineId: string,
  runId: string,
  load?: RunLoad,
  name?: string
): string {
  return `${historyArtifactPrefix(timelineId, load, name)}${safeName(runId)}`
}

/**
 * Readable and stable, unlike safeName's hashed form: earlier runs' artifacts are found by this
 * prefix, so the timeline's part must read the same as in the artifacts of earlier versions.
 */
function safeNamePart(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]/g, '_')
}
