/**
 * Lets go of the memory a finished stage no longer holds. Judging a long history of a large
 * timeline, and carrying it forward, leave tens of MB of working arrays, objects and text behind,
 * and V8 collects them only when its heap next fills, which can be in the middle of the stage that
 * follows: the two then peak together. Called between those stages (main.ts, history-upload.ts);
 * one full collection takes some tens of milliseconds. V8's collector is reached as the
 * `expose-gc` package reaches it: the flag set at run time exposes `gc` to a new context. Where
 * that fails, nothing is done.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let collect: (() => void) | undefined | null

export function letGoOfGarbage(): void {
  try {
    if (collect === undefined) {
      setFlagsFromString('--expose-gc')
      collect = runInNewContext('gc') as () => void
    }
    collect?.()
  } catch {
    collect = null
  }
}
