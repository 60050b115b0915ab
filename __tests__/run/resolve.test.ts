import { afterEach, describe, expect, it } from '@jest/globals'
import { LeapworkClient } from '../../src/leapwork/client.js'
import { LeapworkError } from '../../src/leapwork/errors.js'
import { PlanError, resolvePlan } from '../../src/run/resolve.js'
import {
  defaultFixtures,
  FIXTURES,
  startSimulator,
  type Fixtures,
  type Scenario,
  type Simulator
} from '../../simulator/index.js'

const { checkout, login, search, disabled } = FIXTURES.timelines
const { retailUsers, mobileTesters } = FIXTURES.dataItems
const webShop = FIXTURES.projects.webShop.id

let sim: Simulator | undefined

afterEach(async () => {
  await sim?.stop()
  sim = undefined
})

async function clientFor(
  options: { scenario?: Partial<Scenario>; fixtures?: Partial<Fixtures> } = {}
): Promise<{ client: LeapworkClient; sim: Simulator }> {
  sim = await startSimulator(options)
  const client = new LeapworkClient({
    baseUrl: sim.url,
    apiKey: sim.apiKey,
    sleep: () => Promise.resolve()
  })
  return { client, sim }
}

function endpointsCalled(simulator: Simulator): string[] {
  return simulator.requests.map((request) => request.endpoint ?? request.path)
}

async function planError(work: Promise<unknown>): Promise<PlanError> {
  const error = await work.then(
    () => undefined,
    (reason: unknown) => reason
  )
  expect(error).toBeInstanceOf(PlanError)
  return error as PlanError
}

describe('resolvePlan: the timeline', () => {
  it('resolves a timeline by asset ID, taking its title from the timeline list', async () => {
    const { client } = await clientFor()

    const plan = await resolvePlan(client, { timeline: { id: checkout.assetId } })

    expect(plan.timelineTitle).toBe(checkout.title)
    expect(plan.timelineAssetId).toBe(checkout.assetId)
    expect(plan.timeline.projectId).toBe(checkout.projectId)
    expect(plan.timeline.timeline.trackItems.map((item) => item.id)).toEqual(['ti_001', 'ti_002'])
    expect(plan.request).toEqual({ timelineAssetId: checkout.assetId })
  })

  it('uses the title the server sends without listing every timeline', async () => {
    const { client, sim } = await clientFor({ scenario: { timelineTitleField: true } })

    const plan = await resolvePlan(client, { timeline: { id: login.assetId } })

    expect(plan.timelineTitle).toBe(login.title)
    expect(endpointsCalled(sim)).toEqual(['getTimelineAsset'])
  })

  it('resolves a timeline by name within its project and asks to start it by name', async () => {
    const { client, sim } = await clientFor()

    const plan = await resolvePlan(client, {
      timeline: { name: login.title, projectId: login.projectId }
    })

    expect(plan.timelineTitle).toBe(login.title)
    expect(plan.timelineAssetId).toBeUndefined()
    expect(plan.request).toEqual({ timelineName: login.title, projectId: login.projectId })
    expect(endpointsCalled(sim)).toEqual(['getTimeline'])
  })

  it('lets the ID win when a timeline is given by both ID and name', async () => {
    const { client, sim } = await clientFor()

    const plan = await resolvePlan(client, {
      timeline: { id: search.assetId, name: login.title, projectId: login.projectId }
    })

    expect(plan.timelineTitle).toBe(search.title)
    expect(plan.request).toEqual({ timelineAssetId: search.assetId })
    expect(endpointsCalled(sim)).not.toContain('getTimeline')
    expect(plan.warnings).toEqual([
      `Inputs "timeline-id" and "timeline-name" disagree: ID "${search.assetId}" is the timeline "${search.title}", not "${login.title}". The ID wins, so "${search.title}" is used; remove one of the two inputs.`
    ])
  })

  it('warns of nothing when the ID and the name agree', async () => {
    const { client } = await clientFor()

    const plan = await resolvePlan(client, {
      timeline: { id: checkout.assetId, name: checkout.title },
      dataItem: { id: retailUsers.assetId, name: retailUsers.name }
    })

    expect(plan.warnings).toEqual([])
  })

  it('warns of nothing, and shows the ID, when the timeline list cannot say what the ID is called', async () => {
    const { client } = await clientFor({
      scenario: { faults: { failNext: [{ endpoint: 'getTimelines', times: 10, status: 500 }] } }
    })

    const plan = await resolvePlan(client, {
      timeline: { id: checkout.assetId, name: checkout.title }
    })

    expect(plan.timelineTitle).toBe(checkout.assetId)
    expect(plan.warnings).toEqual([])
  })

  it('warns when data-item-id and data-item-name name different data items', async () => {
    const { client } = await clientFor()

    const plan = await resolvePlan(client, {
      timeline: { id: checkout.assetId },
      dataItem: { id: retailUsers.assetId, name: mobileTesters.name }
    })

    expect(plan.request.dataItemAssetId).toBe(retailUsers.assetId)
    expect(plan.warnings).toEqual([
      `Inputs "data-item-id" and "data-item-name" disagree: ID "${retailUsers.assetId}" is the data item "${retailUsers.name}", not "${mobileTesters.name}". The ID wins, so "${retailUsers.name}" is used; remove one of the two inputs.`
    ])
  })

  it('refuses an unknown timeline ID, suggesting the closest existing timelines', async () => {
    const { client } = await clientFor()

    const error = await planError(resolvePlan(client, { timeline: { id: 'timeline_chekout' } }))

    expect(error.message).toMatch(/^No timeline found with ID "timeline_chekout"\./)
    const suggested = [...error.message.matchAll(/\(ID (\w+), project/g)].map((match) => match[1])
    expect(suggested).toHaveLength(3)
    expect(suggested[0]).toBe(checkout.assetId)
    expect(error.message).toContain(
      `"${checkout.title}" (ID ${checkout.assetId}, project ${checkout.projectId})`
    )
  })

  it('suggests a timeline of that name that lives in another project', async () => {
    const { client } = await clientFor()

    const error = await planError(
      resolvePlan(client, { timeline: { name: search.title, projectId: webShop } })
    )

    expect(error.message).toMatch(
      new RegExp(`^No timeline found with name "${search.title}" in project ${webShop}\\.`)
    )
    expect(error.message).toContain(
      `Closest existing timelines: "${search.title}" (ID ${search.assetId}, project ${search.projectId})`
    )
  })

  it('says so when the company has no timelines at all', async () => {
    const { client } = await clientFor({ fixtures: { timelines: [] } })

    const error = await planError(resolvePlan(client, { timeline: { id: checkout.assetId } }))

    expect(error.message).toBe(
      `No timeline found with ID "${checkout.assetId}". The API key's company has no timelines.`
    )
  })

  it('blames base-url, not the timeline, when the lookup and the timeline list both answer 404', async () => {
    sim = await startSimulator()
    const baseUrl = `${sim.url}/not-the-api`
    const client = new LeapworkClient({ baseUrl, apiKey: sim.apiKey, sleep: async () => {} })

    const error = await resolvePlan(client, { timeline: { id: checkout.assetId } }).catch(
      (reason: unknown) => reason
    )

    expect(error).toBeInstanceOf(LeapworkError)
    expect(error).toMatchObject({ kind: 'not-found', endpoint: 'getTimelineAsset', status: 404 })
    expect((error as Error).message).toBe(
      `Leapwork Performance answered HTTP 404 to both getTimelineAsset and getTimelines, so base-url ${baseUrl} is not the address of the Leapwork Performance API (its endpoints are under <base-url>/api/integration/). Set base-url to the API's address, e.g. https://perfapi.leapwork.cloud.`
    )
    expect(endpointsCalled(sim)).toEqual([
      '/not-the-api/api/integration/getTimelineAsset',
      '/not-the-api/api/integration/getTimelines'
    ])
  })

  it("passes on the server's own words when it refuses a timeline that exists", async () => {
    const { client } = await clientFor({
      scenario: {
        faults: {
          failNext: [{ endpoint: 'getTimelineAsset', times: 1, status: 400, body: 'json' }]
        }
      }
    })

    const error = await resolvePlan(client, { timeline: { id: checkout.assetId } }).then(
      () => undefined,
      (reason: unknown) => reason
    )

    expect(error).toBeInstanceOf(LeapworkError)
    expect(error).not.toBeInstanceOf(PlanError)
    expect((error as LeapworkError).status).toBe(400)
    expect((error as LeapworkError).message).toBe(
      'Leapwork Performance refused getTimelineAsset: Bad Request'
    )
  })

  it('refuses a timeline that is not enabled for runs', async () => {
    const { client } = await clientFor()

    const error = await planError(resolvePlan(client, { timeline: { id: disabled.assetId } }))

    expect(error.message).toContain(`Timeline "${disabled.title}" cannot be run`)
    expect(error.message).toContain('isRunEnabled: false')
  })

  it('refuses track-items keys that are not track items of the timeline, listing the real ones', async () => {
    const { client } = await clientFor()
    const configuration = { dataItemAssetId: retailUsers.assetId, selectedRoles: [], userCount: 1 }

    const error = await planError(
      resolvePlan(client, {
        timeline: { id: checkout.assetId },
        trackItems: { ti_001: configuration, ti_999: configuration, ti_003: configuration }
      })
    )

    expect(error.message).toBe(
      `Input "track-items" names "ti_999", "ti_003", not a track item of timeline "${checkout.title}"; its track items are "ti_001", "ti_002".`
    )
  })
})

describe('resolvePlan: the data items of track-items', () => {
  const entry = (dataItemAssetId: string, selectedRoles: string[] = []) => ({
    dataItemAssetId,
    selectedRoles,
    userCount: 5
  })

  it('accepts entries whose data items exist and have the roles they select', async () => {
    const { client, sim } = await clientFor()

    const plan = await resolvePlan(client, {
      timeline: { id: checkout.assetId },
      trackItems: {
        ti_001: entry(retailUsers.assetId, ['User']),
        ti_002: entry(retailUsers.assetId, ['Admin'])
      }
    })

    expect(plan.request.trackItems?.ti_002).toEqual(entry(retailUsers.assetId, ['Admin']))
    expect(endpointsCalled(sim).filter((endpoint) => endpoint === 'getDataItemAsset')).toEqual([
      'getDataItemAsset'
    ])
  })

  it('refuses an entry whose data item does not exist, naming the track item', async () => {
    const { client } = await clientFor()

    const error = await planError(
      resolvePlan(client, {
        timeline: { id: checkout.assetId },
        trackItems: { ti_002: entry('dataitem_retial') }
      })
    )

    expect(error.message).toMatch(
      /^Input "track-items", track item "ti_002": No data item found with ID "dataitem_retial"\. Closest data items/
    )
    expect(error.message).toContain(`"${retailUsers.name}" (ID ${retailUsers.assetId})`)
  })

  it("refuses a role no row of the entry's data item has", async () => {
    const { client } = await clientFor()

    const error = await planError(
      resolvePlan(client, {
        timeline: { id: checkout.assetId },
        trackItems: { ti_001: entry(retailUsers.assetId, ['User', 'Guest']) }
      })
    )

    expect(error.message).toBe(
      `Input "track-items", track item "ti_001": no row of data item "${retailUsers.name}" has role "Guest"; its roles are "Admin", "User".`
    )
  })
})

describe('resolvePlan: the data item', () => {
  it('resolves a data item by ID and starts the run with its asset ID', async () => {
    const { client } = await clientFor()

    const plan = await resolvePlan(client, {
      timeline: { id: checkout.assetId },
      dataItem: { id: retailUsers.assetId }
    })

    expect(plan.dataItem?.dataItemName).toBe(retailUsers.name)
    expect(plan.request).toEqual({
      timelineAssetId: checkout.assetId,
      dataItemAssetId: retailUsers.assetId
    })
  })

  it('resolves a data item by name and starts the run with its asset ID', async () => {
    const { client, sim } = await clientFor()

    const plan = await resolvePlan(client, {
      timeline: { id: search.assetId },
      dataItem: { name: mobileTesters.name, projectId: mobileTesters.projectId }
    })

    expect(plan.dataItem?.assetId).toBe(mobileTesters.assetId)
    expect(plan.request.dataItemAssetId).toBe(mobileTesters.assetId)
    expect(plan.request.dataItemName).toBeUndefined()
    expect(endpointsCalled(sim)).toContain('getDataItem')
  })

  it('refuses an unknown data item, suggesting the closest ones of the project', async () => {
    const { client } = await clientFor()

    const error = await planError(
      resolvePlan(client, {
        timeline: { id: checkout.assetId },
        dataItem: { id: 'dataitem_retial' }
      })
    )

    expect(error.message).toBe(
      `No data item found with ID "dataitem_retial". Closest data items in project ${webShop}: "${retailUsers.name}" (ID ${retailUsers.assetId}).`
    )
  })

  it('refuses a deleted data item as unknown and does not suggest it', async () => {
    const fixtures = defaultFixtures()
    const retail = fixtures.dataItems.find((item) => item.assetId === retailUsers.assetId)!
    fixtures.dataItems.push({
      ...retail,
      id: 'di_internal_old',
      assetId: 'dataitem_retail_old',
      dataItemName: 'Retail Users (old)',
      isDeleted: true
    })
    const { client } = await clientFor({ fixtures })

    const error = await planError(
      resolvePlan(client, {
        timeline: { id: checkout.assetId },
        dataItem: { id: 'dataitem_retail_old' }
      })
    )

    expect(error.message).toMatch(/^No data item found with ID "dataitem_retail_old"\./)
    expect(error.message).not.toContain('Retail Users (old)')
  })

  it('accepts a role that rows of the data item have', async () => {
    const { client } = await clientFor()

    const plan = await resolvePlan(client, {
      timeline: { id: checkout.assetId },
      dataItem: { id: retailUsers.assetId },
      role: 'Admin'
    })

    expect(plan.request.role).toBe('Admin')
  })

  it('refuses a role no row of the data item has, naming the roles it does have', async () => {
    const { client } = await clientFor()

    const error = await planError(
      resolvePlan(client, {
        timeline: { id: checkout.assetId },
        dataItem: { id: retailUsers.assetId },
        role: 'Manager'
      })
    )

    expect(error.message).toBe(
      `Input "role": no row of data item "${retailUsers.name}" has role "Manager"; its roles are "Admin", "User".`
    )
  })

  it('says a data item without role columns has no roles', async () => {
    const fixtures = defaultFixtures()
    fixtures.dataItems = fixtures.dataItems.map((item) => ({
      ...item,
      text: item.text.map(({ email }) => ({ email }))
    }))
    const { client } = await clientFor({ fixtures })

    const error = await planError(
      resolvePlan(client, {
        timeline: { id: checkout.assetId },
        dataItem: { id: retailUsers.assetId },
        role: 'Admin'
      })
    )

    expect(error.message).toMatch(/has role "Admin"; it has no roles\.$/)
  })
})

describe('resolvePlan: the request', () => {
  it('builds a runIntegration body the server accepts, with every setting given', async () => {
    const { client, sim } = await clientFor()
    const trackItems = {
      ti_002: { dataItemAssetId: retailUsers.assetId, selectedRoles: ['User'], userCount: 3 }
    }

    const plan = await resolvePlan(client, {
      timeline: { id: checkout.assetId },
      projectId: webShop,
      dataItem: { name: retailUsers.name, projectId: webShop },
      role: 'User',
      userCount: 12,
      trackItems
    })
    const started = await client.runIntegration(plan.request)

    const expected = {
      timelineAssetId: checkout.assetId,
      dataItemAssetId: retailUsers.assetId,
      role: 'User',
      userCount: 12,
      trackItems
    }
    expect(plan.request).toEqual(expected)
    expect(sim.getRun(started.runId)?.body).toEqual(expected)
  })
})
