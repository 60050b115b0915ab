import { createHash } from 'node:crypto'
import { isAbsolute, relative, resolve, sep } from 'node:path'

/** What a server-supplied identifier may look like to be used as is in a file or artifact name. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/
const MAX_SAFE_LENGTH = 64
const READABLE_PART_LENGTH = 40

/**
 * A name for a server-supplied identifier that is safe in a path and an artifact name. A safe
 * identifier is used as is; anything else keeps its harmless characters and gets a hash of the
 * whole identifier, so two identifiers never share a name and `..` or `/` never reach a path.
 */
export function safeName(identifier: string): string {
  if (identifier.length <= MAX_SAFE_LENGTH && SAFE_NAME.test(identifier)) return identifier
  const readable = identifier
    .replace(/[^A-Za-z0-9_-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, READABLE_PART_LENGTH)
  const hash = createHash('sha256').update(identifier).digest('hex').slice(0, 12)
  return readable ? `${readable}-${hash}` : `id-${hash}`
}

/** `base/name`, refused unless it lies strictly inside `base`. */
export function pathUnder(base: string, name: string): string {
  const path = resolve(base, name)
  const inside = relative(resolve(base), path)
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new Error(`Refusing to write ${JSON.stringify(name)} outside ${base}`)
  }
  return path
}
