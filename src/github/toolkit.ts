import { appendFile } from 'node:fs/promises'
import type * as Toolkit from '@actions/core'

/**
 * @actions/core, loaded while the first API request is under way rather than before it: loading
 * it (with the HTTP client it bundles for OIDC) takes longer than the rest of the start-up.
 * `core` stands for the toolkit from the start; using it before loadToolkit has resolved is a
 * mistake in the action's own order of calls, and throws saying so rather than failing later on
 * an undefined.
 */
export const core: typeof Toolkit = new Proxy({} as typeof Toolkit, {
  get(_, name) {
    if (!loaded) {
      throw new Error(
        `@actions/core.${String(name)} was used before loadToolkit() resolved: await loadToolkit() first.`
      )
    }
    return loaded[name as keyof typeof Toolkit]
  }
})

let loaded: typeof Toolkit | undefined
let loading: Promise<typeof Toolkit> | undefined
const secrets: string[] = []
const waiting: Array<() => void> = []

/** Loads the toolkit once, masks the secrets read so far and runs what waited for it. */
export function loadToolkit(): Promise<typeof Toolkit> {
  loading ??= import('@actions/core').then((toolkit) => {
    loaded = toolkit
    for (const secret of secrets.splice(0)) toolkit.setSecret(secret)
    for (const call of waiting.splice(0)) call()
    return toolkit
  })
  return loading
}

/** Runs `call` now, or once the toolkit has loaded, after every secret has been masked. */
export function whenLoaded(call: () => void): void {
  if (loaded) call()
  else waiting.push(call)
}

/** Masks the secret before any line is written, however early it was read. */
export function maskSecret(secret: string): void {
  if (loaded) loaded.setSecret(secret)
  else secrets.push(secret)
}

/**
 * An input as core.getInput reads it (`INPUT_<NAME>`, trimmed). Every input is read and checked
 * before the first API request, which goes out before the toolkit has loaded.
 */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/**
 * Appends to the job summary. Outside a runner there is no summary file and nothing is written; a
 * file named but not there yet (a local try) is created, as the runner would have, since the
 * toolkit only appends to an existing one.
 */
export async function writeSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return
  await appendFile(file, '')
  await core.summary.addRaw(markdown, true).write()
}
