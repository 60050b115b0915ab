import { createHash } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { ghesUploadNotice, isGitHubEnterpriseServer } from '../github/ghes.js'
import type { Log } from '../log.js'
import { canonicalLoad } from '../metrics/load.js'
import type { RunLoad } from '../metrics/model.js'
import { pathUnder, safeName } from './safe-name.js'

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

export interface UploadedArtifact {
  id: string
  name: string
  size: number
}

/**
 * Starts loading the artifact client while the run is under way: it is the largest part of the
 * bundle, and loading it during the wait keeps it out of the time between the run's end and exit.
 */
export function preloadArtifactClient(): void {
  if (process.env.ACTIONS_RUNTIME_TOKEN && !isGitHubEnterpriseServer()) {
    import('@actions/artifact').catch(() => undefined)
  }
}

/** The Excel report is a zip itself; other archives and images are compressed already too. */
const COMPRESSED_FILE = /\.(xlsx|zip|gz|7z|png|jpe?g)$/i
const STORED = 0

/**
 * Zipping already-compressed bytes again gains nothing and takes seconds for a large Excel report,
 * so when such files are most of the bytes, the artifact stores every file as it is. Otherwise
 * (undefined) the library's default level compresses the text files.
 */
async function compressionLevel(files: string[]): Promise<number | undefined> {
  let compressed = 0
  let total = 0
  for (const file of files) {
    const { size } = await stat(file)
    total += size
    if (COMPRESSED_FILE.test(file)) compressed += size
  }
  return compressed * 2 >= total && total > 0 ? STORED : undefined
}

/**
 * Uploads the files the action wrote to the report directory as one artifact, and nothing else
 * that may lie there. The artifact client is loaded only here: it is the heaviest part of the
 * toolkit and most of the run never needs it.
 */
export async function uploadReportArtifact(
  dir: string,
  written: string[],
  name: string,
  retentionDays: number | undefined,
  log: Log
): Promise<UploadedArtifact | undefined> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN) {
    log.notice(`Not running in GitHub Actions: the reports were not uploaded and stay in ${dir}.`)
    return undefined
  }
  if (isGitHubEnterpriseServer()) {
    log.notice(ghesUploadNotice(dir, name))
    return undefined
  }
  const files = [...new Set(written)].map((file) => pathUnder(dir, file))
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const { id, size } = await new DefaultArtifactClient().uploadArtifact(name, files, dir, {
      retentionDays,
      compressionLevel: await compressionLevel(files)
    })
    log.info(`Uploaded artifact "${name}" (${size ?? 0} bytes, ID ${id})`)
    return { id: String(id), name, size: size ?? 0 }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const hint = /409|conflict|already exists/i.test(reason)
      ? ' An artifact of that name already exists in this workflow run: give each job its own "artifact-name".'
      : ''
    log.warning(
      `The reports could not be uploaded as artifact "${name}": ${reason}.${hint} They stay in ${dir}.`
    )
    return undefined
  }
}
