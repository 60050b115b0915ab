import { describe, expect, it } from '@jest/globals'
import { planLogLines, renderPlanSummary } from '../../src/present/plan.js'
import { estimateUsage } from '../../src/run/estimate.js'
import type { RunPlan } from '../../src/run/resolve.js'
import type { Timeline } from '../../src/leapwork/types.js'
import { defaultFixtures, FIXTURES } from '../../simulator/index.js'

const { checkout } = FIXTURES.timelines
const { retailUsers } = FIXTURES.dataItems
const fixtures = defaultFixtures()
const checkoutTimeline = fixtures.timelines.find((t) => t.assetId === checkout.assetId) as Timeline
const retail = fixtures.dataItems.find((d) => d.assetId === retailUsers.assetId)
/** The checkout timeline as a server might send it: no estimate, no load profile. */
const bareTimeline: Timeline = {
  ...checkoutTimeline,
  timeline: {
    ...checkoutTimeline.timeline,
    trackItems: checkoutTimeline.timeline.trackItems.map((item) => ({ ...item, load: [] }))
  },
  estimatedVum: 0
}

function plan(overrides: Partial<RunPlan> = {}): RunPlan {
  return {
    timeline: checkoutTimeline,
    timelineTitle: checkout.title,
    timelineAssetId: checkout.assetId,
    request: { timelineAssetId: checkout.assetId },
    warnings: [],
    ...overrides
  }
}

describe('planLogLines', () => {
  it('logs the timeline, each track item with region and users, time, usage and how, and the data item', () => {
    const withData = plan({
      dataItem: retail,
      request: { timelineAssetId: checkout.assetId, role: 'Admin', userCount: 10 }
    })
    const usage = estimateUsage(checkoutTimeline, { userCount: 10 })

    expect(planLogLines({ plan: withData, usage })).toEqual([
      `Timeline "${checkout.title}" (project ${checkout.projectId})`,
      '  track item ti_001 "Checkout Flow" in westeurope: 10 virtual users (user-count)',
      '  track item ti_002 "Browse Catalog" in eastus: 10 virtual users (user-count)',
      `Planned run time: 300 s; estimated usage: ${usage.vum} VUM (${usage.method})`,
      `Data item "${retailUsers.name}" (${retailUsers.assetId}), role "Admin", 10 users`
    ])
  })

  it("shows the timeline's own users and estimate, an unnamed region, and the usage limit", () => {
    const timeline: Timeline = {
      ...checkoutTimeline,
      timeline: {
        ...checkoutTimeline.timeline,
        trackItems: [{ ...checkoutTimeline.timeline.trackItems[0], region: '' }]
      }
    }
    const lines = planLogLines({
      plan: plan({ timeline }),
      usage: estimateUsage(timeline, {}),
      maxVum: 50
    })

    expect(lines).toEqual([
      `Timeline "${checkout.title}" (project ${checkout.projectId})`,
      `  track item ti_001 "Checkout Flow" in an unnamed region: 20 virtual users at peak (the timeline's load)`,
      "Planned run time: 300 s; estimated usage: 105 VUM (the timeline's own estimate)",
      'Usage limit: max-vum 50 VUM (the estimate is over it)'
    ])
  })

  it('says the usage is unknown when no estimate could be made, and that max-vum cannot be checked', () => {
    const lines = planLogLines({
      plan: plan({ timeline: bareTimeline }),
      usage: estimateUsage(bareTimeline, {}),
      maxVum: 10
    })

    expect(lines.slice(-2)).toEqual([
      'Planned run time: 300 s; estimated usage: unknown (the timeline gives no estimate and has no load profile)',
      'Usage limit: max-vum 10 VUM (no estimate could be made to check against it)'
    ])
  })
})

describe('renderPlanSummary', () => {
  it('says nothing was started and lists the plan, with track items in a table', () => {
    const usage = estimateUsage(checkoutTimeline, { userCount: 50 })
    const markdown = renderPlanSummary({ plan: plan({ dataItem: retail }), usage, maxVum: 400 })
    const [headline, facts, heading, table] = markdown.split('\n\n')

    expect(headline).toBe(
      '## 🔎 Leapwork Performance dry run: the plan is valid; nothing was started'
    )
    expect(facts.split('\n')).toEqual([
      `- **Timeline:** Checkout Load Test (\`${checkout.assetId}\`, project \`${checkout.projectId}\`)`,
      '- **Planned run time:** 5m 0s',
      `- **Estimated usage:** 362.5 VUM, ${usage.method.replace(/_/g, '\\_')}`,
      '- **Usage limit:** `max-vum` 400 VUM; the estimate is within it',
      `- **Data item:** ${retailUsers.name} (\`${retailUsers.assetId}\`)`
    ])
    expect(heading).toBe('### Track items')
    expect(table.split('\n')).toEqual([
      '| Track item | Title | Region | Virtual users |',
      '| --- | --- | --- | --- |',
      '| `ti_001` | Checkout Flow | westeurope | 50 virtual users (user-count) |',
      '| `ti_002` | Browse Catalog | eastus | 50 virtual users (user-count) |'
    ])
  })

  it('heads a plan over max-vum as a failure', () => {
    const usage = estimateUsage(checkoutTimeline, {})
    const markdown = renderPlanSummary({ plan: plan(), usage, maxVum: 100 })

    expect(markdown.split('\n')[0]).toBe(
      '## ❌ Leapwork Performance dry run: the plan is over `max-vum`; nothing was started'
    )
    expect(markdown).toContain('- **Usage limit:** `max-vum` 100 VUM; the estimate is over it')
  })

  it('counts a possible confirmation run in the plan and against max-vum', () => {
    const usage = { ...estimateUsage(checkoutTimeline, {}), confirmationVum: 105 }
    const markdown = renderPlanSummary({ plan: plan(), usage, maxVum: 150 })

    expect(markdown.split('\n')[0]).toBe(
      '## ❌ Leapwork Performance dry run: the plan is over `max-vum`; nothing was started'
    )
    expect(markdown).toContain(
      '- **Possible confirmation run:** up to 105 VUM more (`confirm-regressions: rerun` runs the same load once more when only a few steps fail by a margin a single spike could explain), 210 VUM at most in all'
    )
    expect(markdown).toContain(
      '- **Usage limit:** `max-vum` 150 VUM; the estimate with a confirmation run is over it'
    )
    expect(planLogLines({ plan: plan(), usage, maxVum: 250 })).toContain(
      'Usage limit: max-vum 250 VUM (the estimate is within it)'
    )
  })

  it('heads a plan with no estimate to check against max-vum as a failure', () => {
    const usage = estimateUsage(bareTimeline, {})
    const markdown = renderPlanSummary({
      plan: plan({ timeline: bareTimeline }),
      usage,
      maxVum: 10
    })

    expect(markdown.split('\n')[0]).toBe(
      '## ❌ Leapwork Performance dry run: no estimate to check against `max-vum`; nothing was started'
    )
    expect(markdown).toContain(
      '- **Estimated usage:** unknown, the timeline gives no estimate and has no load profile'
    )
    expect(markdown).toContain(
      '- **Usage limit:** `max-vum` 10 VUM; no estimate could be made to check against it'
    )
  })

  it('escapes what the server named, and cuts a very long list of track items', () => {
    const [first] = checkoutTimeline.timeline.trackItems
    const trackItems = Array.from({ length: 203 }, (_, index) => ({
      ...first,
      id: `ti_${index}`,
      title: index === 0 ? '<img src=x> | *bold*' : `Flow ${index}`
    }))
    const timeline: Timeline = {
      ...checkoutTimeline,
      timeline: { ...checkoutTimeline.timeline, trackItems }
    }
    const markdown = renderPlanSummary({
      plan: plan({ timeline, timelineTitle: '# Title\nwith a break' }),
      usage: estimateUsage(timeline, {})
    })

    expect(markdown).toContain('- **Timeline:** \\# Title with a break')
    expect(markdown).toContain('| `ti_0` | &lt;img src=x&gt; \\| \\*bold\\* |')
    expect(markdown).not.toContain('<img')
    expect(markdown.match(/^\| `ti_/gm)).toHaveLength(200)
    expect(markdown.trimEnd().endsWith('…and 3 more track items.')).toBe(true)
  })
})
