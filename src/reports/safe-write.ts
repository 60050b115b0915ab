/**
 * Every file the action writes into the report folder goes through here. The folder may be one a
 * checkout filled (`report-dir: reports`), and a link planted there under a report's name must not
 * carry the report's bytes to a file elsewhere. So a file is made new, exclusively, in a private
 * folder the action creates with a random name, and then renamed into place: a rename replaces a
 * link at the destination, it never writes through it.
 */
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathUnder } from './safe-name.js'

/** Writes `data` as `dir/name`, replacing what is there, without following a link there. */
export async function writeReportFile(
  dir: string,
  name: string,
  data: string | Uint8Array
): Promise<string> {
  const { path } = await placeReportFile(dir, name, (fresh) =>
    writeFile(fresh, data, { flag: 'wx' })
  )
  return path
}

/**
 * Lets `fill` create the file at a fresh path no one else can have linked, then moves it to
 * `dir/name`. What `fill` leaves behind when it fails is removed with the private folder.
 */
export async function placeReportFile<T>(
  dir: string,
  name: string,
  fill: (freshPath: string) => Promise<T>
): Promise<{ path: string; filled: T }> {
  const path = pathUnder(dir, name)
  const privateDir = await mkdtemp(join(dir, '.writing-'))
  try {
    const fresh = join(privateDir, 'file')
    const filled = await fill(fresh)
    await rename(fresh, path)
    return { path, filled }
  } finally {
    await rm(privateDir, { recursive: true, force: true })
  }
}
