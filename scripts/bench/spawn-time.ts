import { createHook } from 'node:async_hooks'

export interface Spawned<T> {
  result: T
  /** Epoch milliseconds at which `run` spawned its first child process. */
  spawnedAt: number
}

/**
 * Runs `run` and notes when it spawns its first child process. runAction does its own set-up
 * (work directories, action.yml) before spawning, so the time before the call is too early; the
 * process handle's creation, seen through async_hooks, is the moment of the spawn itself.
 */
export async function timeSpawn<T>(run: () => Promise<T>): Promise<Spawned<T>> {
  let spawnedAt: number | undefined
  const hook = createHook({
    init(_asyncId, type) {
      if (type === 'PROCESSWRAP') spawnedAt ??= Date.now()
    }
  })
  hook.enable()
  try {
    const result = await run()
    if (spawnedAt === undefined) throw new Error('No child process was spawned')
    return { result, spawnedAt }
  } finally {
    hook.disable()
  }
}
