/** The files a `baseline:` path names: one metrics.json, a directory of them, or a glob. */
import { stat } from 'node:fs/promises'
import { glob, isDynamicPattern } from 'tinyglobby'

/** Every file the pattern names, or a sentence saying why there is none. */
export async function historyFiles(pattern: string): Promise<string[] | string> {
  const found = await stat(pattern).catch(() => undefined)
  if (found?.isFile()) return [pattern]
  if (found?.isDirectory()) {
    const files = await glob('**/metrics.json', { cwd: pattern, absolute: true })
    return files.length > 0 ? files.sort() : `the directory ${pattern} holds no metrics.json`
  }
  if (isDynamicPattern(pattern)) {
    const files = await glob(pattern, { absolute: true, onlyFiles: true })
    return files.length > 0 ? files.sort() : `no file matches ${pattern}`
  }
  return `${pattern} does not exist`
}
