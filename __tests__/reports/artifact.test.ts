import { describe, expect, it } from '@jest/globals'
import { artifactNamePrefix, defaultArtifactName } from '../../src/reports/artifact.js'

/** Characters the artifact service refuses in a name. */
const FORBIDDEN_IN_NAMES = /["':<>|*?\r\n\\/ ]/

describe('artifact names', () => {
  it('names the artifact after the timeline and the run', () => {
    const name = defaultArtifactName('timeline_checkout', 'run_sim_0001')

    expect(name).toBe('leapwork-performance-timeline_checkout-run_sim_0001')
    expect(name.startsWith(artifactNamePrefix('timeline_checkout'))).toBe(true)
  })

  it('replaces each character the artifact service would refuse with an underscore', () => {
    const timelineId = 'Checkout: "EU"/v2\\x*?<>|\n'

    const prefix = artifactNamePrefix(timelineId)

    expect(prefix).toBe('leapwork-performance-Checkout___EU__v2_x______-')
    expect(prefix).not.toMatch(FORBIDDEN_IN_NAMES)
  })

  it('keeps letters, digits, dots, underscores and hyphens as they are', () => {
    expect(artifactNamePrefix('Timeline-2.0_eu')).toBe('leapwork-performance-Timeline-2.0_eu-')
  })

  it('uses a safe run ID as is and turns any other into a safe name of its own', () => {
    const escaping = defaultArtifactName('timeline_checkout', '../../../escaped')
    const dots = defaultArtifactName('timeline_checkout', '..')

    expect(escaping).toMatch(/^leapwork-performance-timeline_checkout-escaped-[0-9a-f]{12}$/)
    expect(dots).toMatch(/^leapwork-performance-timeline_checkout-id-[0-9a-f]{12}$/)
    expect(defaultArtifactName('timeline_checkout', '../escaped')).not.toBe(escaping)
  })

  it('gives a timeline title used as ID a name the service accepts', () => {
    const name = defaultArtifactName('Checkout Load Test', 'run_x7k2m')

    expect(name).toBe('leapwork-performance-Checkout_Load_Test-run_x7k2m')
  })
})
