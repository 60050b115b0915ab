import { describe, expect, it } from '@jest/globals'
import { estimateUsage, ignoredUserCount, overBudget } from '../../src/run/estimate.js'
import type { LoadPoint, Timeline, TrackItem } from '../../src/leapwork/types.js'
import { defaultFixtures, FIXTURES } from '../../simulator/index.js'

const checkout = defaultFixtures().timelines.find(
  (timeline) => timeline.assetId === FIXTURES.timelines.checkout.assetId
) as Timeline
const retail = FIXTURES.dataItems.retailUsers.assetId

function item(id: string, load: LoadPoint[], lengthTime = 600): TrackItem {
  return {
    id,
    trackId: `track_${id}`,
    title: `Flow ${id}`,
    startTime: 0,
    lengthTime,
    sequenceId: `seq_${id}`,
    region: 'westeurope',
    load
  }
}

function timeline(items: TrackItem[], estimatedVum: number): Timeline {
  return {
    projectId: 'project_001',
    timeline: { tracks: [], trackItems: items, isRunEnabled: true },
    plannedRunTime: 600,
    estimatedVum
  }
}

function configured(userCount: number) {
  return { dataItemAssetId: retail, selectedRoles: ['User'], userCount }
}

describe('estimateUsage', () => {
  it("takes the timeline's own estimate when the inputs leave the users alone", () => {
    const usage = estimateUsage(checkout, {})

    expect(usage.vum).toBe(105)
    expect(usage.method).toBe("the timeline's own estimate")
    expect(usage.trackItems.map((t) => [t.trackItemId, t.users, t.usersFrom])).toEqual([
      ['ti_001', 20, 'timeline'],
      ['ti_002', 10, 'timeline']
    ])
  })

  it("scales each track item's share by user-count against its peak, and says how", () => {
    // ti_001 holds 65 of the 105 VUM at a peak of 20 users, ti_002 40 VUM at 10 users.
    const usage = estimateUsage(checkout, { userCount: 50 })

    expect(usage.vum).toBe(65 * 2.5 + 40 * 5)
    expect(usage.method).toBe(
      "the timeline's estimate of 105 VUM, scaled per track item by its virtual users against the timeline's peak: ti_001 20 → 50 users (×2.5), ti_002 10 → 50 users (×5)"
    )
    expect(usage.trackItems.map((t) => [t.users, t.usersFrom])).toEqual([
      [50, 'user-count'],
      [50, 'user-count']
    ])
  })

  it('scales only the track items that track-items configures; the others keep their share', () => {
    const usage = estimateUsage(checkout, { trackItems: { ti_002: configured(5) } })

    expect(usage.vum).toBe(65 + 20)
    expect(usage.method).toMatch(/: ti_002 10 → 5 users \(×0\.5\)$/)
    expect(usage.trackItems.map((t) => t.usersFrom)).toEqual(['timeline', 'track-items'])
  })

  it('lets a track-items entry win over user-count', () => {
    const usage = estimateUsage(checkout, {
      userCount: 40,
      trackItems: { ti_002: configured(5) }
    })

    expect(usage.vum).toBe(65 * 2 + 40 * 0.5)
    expect(usage.trackItems.map((t) => [t.users, t.usersFrom])).toEqual([
      [40, 'user-count'],
      [5, 'track-items']
    ])
  })

  it("scales the server's estimate, not the load profile's own minutes", () => {
    // Profiles of 100 and 50 user-minutes; the server estimates 300 VUM for the whole timeline.
    const usage = estimateUsage(
      timeline([item('a', [{ time: 0, load: 10 }]), item('b', [{ time: 0, load: 5 }])], 300),
      { userCount: 20 }
    )

    expect(usage.vum).toBe(200 * 2 + 100 * 4)
  })

  it('holds a track item without load at its new users for its whole length', () => {
    const usage = estimateUsage(
      timeline([item('a', [{ time: 0, load: 4 }]), item('idle', [], 120)], 40),
      { userCount: 8 }
    )

    expect(usage.vum).toBe(40 * 2 + 8 * 2)
    expect(usage.method).toContain(
      "idle has no share of the timeline's estimate, so 8 users for its full 2 min"
    )
  })

  it('estimates from the load profile when the timeline gives no estimate, and says so', () => {
    // 100 users for 10 minutes and 5 users for 10 minutes.
    const usage = estimateUsage(
      timeline([item('a', [{ time: 0, load: 100 }]), item('b', [{ time: 0, load: 5 }])], 0),
      {}
    )

    expect(usage.vum).toBe(1000 + 50)
    expect(usage.unknown).toBeUndefined()
    expect(usage.method).toBe("the timeline's load profile (the timeline gives no estimate)")
  })

  it('scales the load profile by the users the inputs set when the timeline gives no estimate', () => {
    const usage = estimateUsage(
      timeline([item('a', [{ time: 0, load: 10 }]), item('b', [{ time: 0, load: 5 }])], 0),
      { userCount: 20 }
    )

    expect(usage.vum).toBe(100 * 2 + 50 * 4)
    expect(usage.method).toBe(
      "the timeline's load profile of 150 VUM (the timeline gives no estimate), scaled per track item by its virtual users against the timeline's peak: a 10 → 20 users (×2), b 5 → 20 users (×4)"
    )
  })

  it('counts the users the inputs set for the whole length when the timeline has neither estimate nor load', () => {
    const usage = estimateUsage(timeline([item('a', [], 300)], 0), { userCount: 10 })

    expect(usage.vum).toBe(10 * 5)
    expect(usage.unknown).toBeUndefined()
    expect(usage.method).toBe(
      "the timeline gives no estimate and has no load profile: a has no share of the timeline's estimate, so 10 users for its full 5 min"
    )
  })

  it('is unknown when the timeline has neither estimate nor load for a track item the inputs leave alone', () => {
    const bare = timeline([item('a', []), item('b', [])], 0)

    for (const settings of [{}, { trackItems: { a: configured(5) } }]) {
      const usage = estimateUsage(bare, settings)
      expect(usage).toMatchObject({
        vum: 0,
        unknown: true,
        method: 'the timeline gives no estimate and has no load profile'
      })
    }
  })

  it('rounds to one decimal and lists at most five changes', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => item(id, [{ time: 0, load: 3 }]))
    const usage = estimateUsage(timeline(items, 10), { userCount: 1 })

    expect(usage.vum).toBe(3.3)
    expect(usage.method).toMatch(/e 3 → 1 users \(×0\.33\) and 2 more$/)
  })
})

describe('overBudget', () => {
  const usage = estimateUsage(checkout, { userCount: 50 })

  it('lets an estimate at or under max-vum through, and any estimate without max-vum', () => {
    expect(overBudget(usage, 362.5)).toBeUndefined()
    expect(overBudget(usage, 1000)).toBeUndefined()
    expect(overBudget(usage, undefined)).toBeUndefined()
  })

  it('refuses an estimate over max-vum, naming the input, the estimate and how it was made', () => {
    expect(overBudget(usage, 100)).toBe(
      `Input "max-vum" allows 100 VUM, but this run is estimated at 362.5 VUM (${usage.method}). Nothing was started; lower the users or raise "max-vum".`
    )
  })

  it('refuses any max-vum when no estimate could be made, naming max-vum and why', () => {
    const unknown = estimateUsage(timeline([item('a', [])], 0), {})

    expect(overBudget(unknown, 10)).toBe(
      'Input "max-vum" allows 10 VUM, but no estimate could be made for this run: the timeline gives no estimate and has no load profile. Nothing was started; set the users with "user-count" or "track-items" so they can be counted, or remove "max-vum".'
    )
    expect(overBudget(unknown, undefined)).toBeUndefined()
  })

  it('refuses a timeline without an estimate whose load profile is over max-vum', () => {
    const usage = estimateUsage(timeline([item('a', [{ time: 0, load: 100 }])], 0), {})

    expect(overBudget(usage, 10)).toMatch(
      /^Input "max-vum" allows 10 VUM, but this run is estimated at 1000 VUM \(the timeline's load profile/
    )
  })
})

describe('ignoredUserCount', () => {
  const usage = estimateUsage(checkout, { userCount: 25 })
  const started = (estimatedVum: number) => ({ runId: 'run_1', estimatedVum, plannedRunTime: 300 })

  it("says so when the server's estimate is the timeline's own load, not the plan's", () => {
    expect(usage.vum).toBe(181.3)
    expect(ignoredUserCount(checkout, usage, started(105), { userCount: 25 })).toMatch(
      /^Leapwork Performance did not apply "user-count: 25": it estimates run run_1 at 105 VUM, the timeline's own load \(105 VUM\), not the plan's 181\.3 VUM/
    )
  })

  it("says nothing when the server's estimate follows the plan's users", () => {
    expect(ignoredUserCount(checkout, usage, started(181), { userCount: 25 })).toBeUndefined()
  })

  it('says nothing with a data item or track items, where the server applies the users', () => {
    const settings = { userCount: 25, dataItem: { id: retail } }
    expect(ignoredUserCount(checkout, usage, started(105), settings)).toBeUndefined()
    const perItem = { userCount: 25, trackItems: { ti_001: configured(25) } }
    expect(ignoredUserCount(checkout, usage, started(105), perItem)).toBeUndefined()
  })

  it('compares on the run time the server announced', () => {
    expect(
      ignoredUserCount(checkout, usage, { ...started(210), plannedRunTime: 600 }, { userCount: 25 })
    ).toMatch(/did not apply/)
  })
})
