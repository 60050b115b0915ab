/** Uploads the reports as one artifact of the workflow run, through GitHub's artifact service. */
import { stat } from 'node:fs/promises'
import type { Log } from '../log.js'
import { pathUnder } from '../reports/safe-name.js'
import { ghesUploadNotice, isGitHubEnterpriseServer } from './ghes.js'

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
  log: Log,
  /** The zip's compression level; by default chosen from the files (compressionLevel). */
  level?: number
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
      compressionLevel: level ?? (await compressionLevel(files))
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
