import { afterAll, afterEach, beforeEach } from '@jest/globals'
import { startSimulator, type Scenario, type Simulator } from '../../simulator/index.js'
import { cleanupWorkDirs, type ActionResult, type Annotation } from '../support/action-runner.js'
import {
  startFakeArtifactService,
  type FakeArtifactService
} from '../support/fake-artifact-service.js'
import { startFakeGitHubApi, type FakeGitHubApi } from '../support/fake-github-api.js'

export interface SimulatorContext {
  sim: Simulator
  /** The fake GitHub API, when asked for; a test may stop it and put another in its place. */
  github: FakeGitHubApi
  /** The fake artifact service, when asked for; pass its `env` to the action. */
  artifacts: FakeArtifactService
  /** The inputs every test needs (key, base URL, a fast poll), plus its own. */
  inputs(extra?: Record<string, string>): Record<string, string>
}

/** The local fakes a test file needs besides the simulator. */
export interface Fakes {
  github?: boolean
  artifacts?: boolean
}

/** The event payload of pull request 42, from `feature` into `main`. */
export const PULL_REQUEST = {
  pull_request: { number: 42, base: { ref: 'main' }, head: { ref: 'feature' } }
}

/**
 * A fresh simulator for each test, and the fakes asked for, so counts, scenarios and comments
 * never leak between tests.
 */
export function useSimulator(
  scenario: Partial<Scenario> = {},
  fakes: Fakes = {}
): SimulatorContext {
  const context: SimulatorContext = {
    sim: undefined as unknown as Simulator,
    github: undefined as unknown as FakeGitHubApi,
    artifacts: undefined as unknown as FakeArtifactService,
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
    if (fakes.github) context.github = await startFakeGitHubApi()
    if (fakes.artifacts) context.artifacts = await startFakeArtifactService()
  })
  afterEach(async () => {
    await context.sim.stop()
    if (fakes.github) await context.github.stop()
    if (fakes.artifacts) await context.artifacts.stop()
  })
  afterAll(cleanupWorkDirs)
  return context
}

/** The messages of the action's annotations of one level, in the order written. */
export function annotationMessages(result: ActionResult, level: Annotation['level']): string[] {
  return result.annotations.filter((a) => a.level === level).map((a) => a.message)
}
