import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { ghesUploadNotice, isGitHubEnterpriseServer } from '../github/ghes.js'
import type { Log } from '../log.js'

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
  return `${artifactNamePrefix(timelineId)}${leg}${runId}`
}

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

/**
 * Uploads the report directory as one artifact. The artifact client is loaded only here: it is
 * the heaviest part of the toolkit and most of the run never needs it.
 */
export async function uploadReportArtifact(
  dir: string,
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
  const files = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(dir, entry.name))
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const { id, size } = await new DefaultArtifactClient().uploadArtifact(name, files, dir, {
      retentionDays
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
