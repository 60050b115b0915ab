import { describe, expect, it } from '@jest/globals'
import type { TrackItem } from '../../src/leapwork/types.js'
import { runLoadOf, sameLoad } from '../../src/metrics/load.js'

const trackItem = (id: string, loads: number[]): TrackItem => ({
  id,
  trackId: 'track_1',
  title: id,
  startTime: 0,
  lengthTime: 60,
  sequenceId: 'seq_1',
  region: 'westeurope',
  load: loads.map((load, time) => ({ time, load }))
})

describe('runLoadOf', () => {
  it("takes the timeline's peak load per track item when no user count is given", () => {
    expect(runLoadOf({}, [trackItem('ti_1', [5, 25, 10])])).toEqual({
      trackItems: [{ trackItemId: 'ti_1', virtualUsers: 25 }]
    })
  })

  it('records the data item, role and user count asked for, and per-track-item overrides', () => {
    const load = runLoadOf(
      {
        dataItemAssetId: 'di_1',
        role: 'User',
        userCount: 50,
        trackItems: {
          ti_2: { dataItemAssetId: 'di_2', selectedRoles: ['B', 'A'], userCount: 7 }
        }
      },
      [trackItem('ti_1', [10]), trackItem('ti_2', [10])]
    )
    expect(load).toEqual({
      dataItemId: 'di_1',
      role: 'User',
      trackItems: [
        { trackItemId: 'ti_1', dataItemId: 'di_1', roles: ['User'], virtualUsers: 50 },
        { trackItemId: 'ti_2', dataItemId: 'di_2', roles: ['A', 'B'], virtualUsers: 7 }
      ]
    })
  })
})

describe('sameLoad', () => {
  const users = (count: number) => ({ trackItems: [{ trackItemId: 'ti_1', virtualUsers: count }] })

  it('tells a 50-user run from a 25-user run, whatever the order of track items', () => {
    expect(sameLoad(users(25), users(50))).toBe(false)
    expect(sameLoad(users(25), users(25))).toBe(true)
    const two = {
      trackItems: [
        { trackItemId: 'a', virtualUsers: 1 },
        { trackItemId: 'b', virtualUsers: 2 }
      ]
    }
    expect(sameLoad(two, { trackItems: [...two.trackItems].reverse() })).toBe(true)
  })

  it('takes a run recorded before loads were as matching', () => {
    expect(sameLoad(undefined, users(25))).toBe(true)
  })
})
