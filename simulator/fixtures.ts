import type { DataItem, LoadPoint, Timeline, TrackItem } from '../src/leapwork/types.js'

interface TrackItemFixture {
  id: string
  title: string
  region: string
  startTime: number
  lengthTime: number
  load: readonly LoadPoint[]
}

const rampUp = [
  { time: 0, load: 5 },
  { time: 60, load: 20 },
  { time: 240, load: 0 }
]

/** Ids and names of the built-in company, so tests and docs can refer to them. */
export const FIXTURES = {
  companyId: 'company_001',
  projects: {
    webShop: { id: 'project_001', name: 'Web Shop' },
    mobileApi: { id: 'project_002', name: 'Mobile API' }
  },
  timelines: {
    checkout: {
      assetId: 'timeline_checkout',
      title: 'Checkout Load Test',
      projectId: 'project_001',
      isRunEnabled: true,
      trackItems: [
        {
          id: 'ti_001',
          title: 'Checkout Flow',
          region: 'westeurope',
          startTime: 0,
          lengthTime: 300,
          load: rampUp
        },
        {
          id: 'ti_002',
          title: 'Browse Catalog',
          region: 'eastus',
          startTime: 60,
          lengthTime: 240,
          load: [{ time: 0, load: 10 }]
        }
      ]
    },
    login: {
      assetId: 'timeline_login',
      title: 'Login Smoke',
      projectId: 'project_001',
      isRunEnabled: true,
      trackItems: [
        {
          id: 'ti_003',
          title: 'Login Flow',
          region: 'northeurope',
          startTime: 0,
          lengthTime: 60,
          load: [{ time: 0, load: 5 }]
        }
      ]
    },
    search: {
      assetId: 'timeline_search',
      title: 'Search Soak',
      projectId: 'project_002',
      isRunEnabled: true,
      trackItems: [
        {
          id: 'ti_004',
          title: 'Search Products',
          region: 'westus2',
          startTime: 0,
          lengthTime: 1800,
          load: [{ time: 0, load: 8 }]
        }
      ]
    },
    disabled: {
      assetId: 'timeline_disabled',
      title: 'Disabled Timeline',
      projectId: 'project_002',
      isRunEnabled: false,
      trackItems: [
        {
          id: 'ti_005',
          title: 'Legacy Flow',
          region: 'westeurope',
          startTime: 0,
          lengthTime: 120,
          load: [{ time: 0, load: 2 }]
        }
      ]
    }
  },
  dataItems: {
    retailUsers: {
      id: 'di_internal_001',
      assetId: 'dataitem_retail',
      name: 'Retail Users',
      projectId: 'project_001',
      emailDomain: 'shop.example.com'
    },
    mobileTesters: {
      id: 'di_internal_002',
      assetId: 'dataitem_mobile',
      name: 'Mobile Testers',
      projectId: 'project_002',
      emailDomain: 'mobile.example.com'
    }
  },
  roles: ['Admin', 'User']
}

export interface FixtureTimeline extends Timeline {
  assetId: string
  title: string
}

export interface Fixtures {
  companyId: string
  timelines: FixtureTimeline[]
  dataItems: DataItem[]
}

function trackItem(fixture: TrackItemFixture): TrackItem {
  return {
    id: fixture.id,
    trackId: `track_${fixture.id}`,
    title: fixture.title,
    startTime: fixture.startTime,
    lengthTime: fixture.lengthTime,
    sequenceId: `seq_${fixture.id}`,
    region: fixture.region,
    load: fixture.load.map((point) => ({ ...point })),
    endCondition: 'duration'
  }
}

/** Virtual-user minutes of one track item: each load point holds until the next one. */
export function virtualUserMinutes(item: TrackItem): number {
  return item.load.reduce((total, point, index) => {
    const until = item.load[index + 1]?.time ?? item.lengthTime
    return total + (point.load * Math.max(0, until - point.time)) / 60
  }, 0)
}

/** A timeline whose plannedRunTime and estimatedVum follow from its track items. */
export function buildTimeline(
  assetId: string,
  title: string,
  projectId: string,
  trackItems: TrackItem[],
  isRunEnabled = true
): FixtureTimeline {
  return {
    assetId,
    title,
    projectId,
    timeline: {
      tracks: trackItems.map((item) => ({ id: item.trackId, height: 160 })),
      trackItems,
      isRunEnabled
    },
    plannedRunTime: Math.max(...trackItems.map((item) => item.startTime + item.lengthTime)),
    estimatedVum: Math.round(trackItems.reduce((sum, item) => sum + virtualUserMinutes(item), 0))
  }
}

function dataItem(fixture: (typeof FIXTURES.dataItems)[keyof typeof FIXTURES.dataItems]): DataItem {
  const rows = [1, 2, 3, 4].map((n) => ({
    email: `user${n}@${fixture.emailDomain}`,
    password: `secret-${n}`,
    role: n === 1 ? 'Admin' : 'User'
  }))
  return {
    id: fixture.id,
    assetId: fixture.assetId,
    projectId: fixture.projectId,
    companyId: FIXTURES.companyId,
    dataItemName: fixture.name,
    text: rows,
    isDeleted: false
  }
}

export function defaultFixtures(): Fixtures {
  return {
    companyId: FIXTURES.companyId,
    timelines: Object.values(FIXTURES.timelines).map((fixture) =>
      buildTimeline(
        fixture.assetId,
        fixture.title,
        fixture.projectId,
        fixture.trackItems.map(trackItem),
        fixture.isRunEnabled
      )
    ),
    dataItems: Object.values(FIXTURES.dataItems).map(dataItem)
  }
}
