import { afterAll, afterEach, beforeEach } from '@jest/globals'
import { startSimulator, type Scenario, type Simulator } from '../../simulator/index.js'
import { cleanupWorkDirs } from '../support/action-runner.js'

export interface SimulatorContext {
  sim: Simulator
  /** The inputs every test needs (key, base URL, a fast poll), plus its own. */
  inputs(extra?: Record<string, string>): Record<string, string>
}

/** A fresh simulator for each test, so counts and scenarios never leak between tests. */
export function useSimulator(scenario: Partial<Scenario> = {}): SimulatorContext {
  const context: SimulatorContext = {
    sim: undefined as unknown as Simulator,
    inputs(extra: Record<string, string> = {}) {
      return {
        'api-key': context.sim.apiKey,
        'base-url': context.sim.url,
        'poll-interval': '0.1',
        ...extra
      }
    }
  }
  beforeEach(async () => {
    context.sim = await startSimulator({ scenario })
  })
  afterEach(async () => {
    await context.sim.stop()
  })
  afterAll(cleanupWorkDirs)
  return context
}
