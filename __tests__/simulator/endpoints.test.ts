import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { DataItem, Timeline, TimelineSummary } from '../../src/leapwork/types.js'
import { ENDPOINTS, FIXTURES, startSimulator, type Simulator } from '../../simulator/index.js'
import { call } from './helpers.js'

const { checkout, login, disabled } = FIXTURES.timelines
const { retailUsers, mobileTesters } = FIXTURES.dataItems

let simulator: Simulator

beforeAll(async () => {
  simulator = await startSimulator()
})

afterAll(async () => {
  await simulator.stop()
})

beforeEach(() => {
  simulator.configure({
    integrationDisabled: false,
    timelineTitleField: false,
    omitTimelineFields: undefined
  })
})

async function errorOf(response: Response): Promise<{ status: number; message: unknown }> {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  return { status: response.status, message: await response.json() }
}

describe('timelines', () => {
  it('lists every timeline of the company with id, project and title', async () => {
    const response = await call(simulator, 'getTimelines')
    const timelines = (await response.json()) as TimelineSummary[]
    expect(response.status).toBe(200)
    expect(timelines).toContainEqual({
      timelineId: checkout.assetId,
      projectId: checkout.projectId,
      title: checkout.title
    })
    expect(timelines.map((timeline) => timeline.title)).toEqual(
      Object.values(FIXTURES.timelines).map((timeline) => timeline.title)
    )
  })

  it('answers a timeline by asset id in the documented shape, with consistent run time', async () => {
    const response = await call(simulator, 'getTimelineAsset', {
      timelineAssetId: checkout.assetId
    })
    const timeline = (await response.json()) as Timeline & Record<string, unknown>
    expect(timeline.projectId).toBe(checkout.projectId)
    expect(timeline.title).toBeUndefined()
    expect(timeline.timeline.isRunEnabled).toBe(true)
    expect(timeline.timeline.trackItems.map((item) => item.id)).toEqual(['ti_001', 'ti_002'])
    expect(new Set(timeline.timeline.trackItems.map((item) => item.region)).size).toBe(2)
    const ends = timeline.timeline.trackItems.map((item) => item.startTime + item.lengthTime)
    expect(timeline.plannedRunTime).toBe(Math.max(...ends))
    expect(timeline.estimatedVum).toBeGreaterThan(0)
    expect(timeline.timeline.trackItems[0]).toMatchObject({
      title: 'Checkout Flow',
      sequenceId: expect.any(String),
      thresholdLevel: [],
      executionTarget: null
    })
  })

  it('adds a title field only when the scenario asks for it', async () => {
    simulator.configure({ timelineTitleField: true })
    const response = await call(simulator, 'getTimelineAsset', { timelineAssetId: login.assetId })
    expect(((await response.json()) as Timeline).title).toBe(login.title)
  })

  it('leaves out the estimate and the load profile when the scenario asks for it', async () => {
    simulator.configure({ omitTimelineFields: ['estimatedVum', 'load'] })
    const response = await call(simulator, 'getTimeline', {
      timelineName: checkout.title,
      projectId: checkout.projectId
    })
    const timeline = (await response.json()) as Record<string, unknown> & Timeline
    expect(timeline).not.toHaveProperty('estimatedVum')
    expect(timeline.plannedRunTime).toBe(300)
    expect(timeline.timeline.trackItems.map((item) => [item.id, 'load' in item])).toEqual([
      ['ti_001', false],
      ['ti_002', false]
    ])
  })

  it('finds a timeline by name within its project and reports a disabled one', async () => {
    const byName = await call(simulator, 'getTimeline', {
      timelineName: disabled.title,
      projectId: disabled.projectId
    })
    expect(((await byName.json()) as Timeline).timeline.isRunEnabled).toBe(false)
    const wrongProject = await call(simulator, 'getTimeline', {
      timelineName: disabled.title,
      projectId: checkout.projectId
    })
    expect(await errorOf(wrongProject)).toEqual({
      status: 400,
      message: `No timeline found with name '${disabled.title}'`
    })
  })

  it('rejects missing or unknown timeline parameters with JSON-string 400s', async () => {
    expect(await errorOf(await call(simulator, 'getTimeline', { timelineName: 'X' }))).toEqual({
      status: 400,
      message: 'projectId is required when using timelineName'
    })
    expect(await errorOf(await call(simulator, 'getTimelineAsset'))).toEqual({
      status: 400,
      message: 'timelineAssetId is required'
    })
    const unknown = await call(simulator, 'getTimelineAsset', { timelineAssetId: 'timeline_nope' })
    expect(await errorOf(unknown)).toEqual({
      status: 400,
      message: "No timeline found with id 'timeline_nope'"
    })
  })
})

describe('data items', () => {
  it('lists the data items of one project, with rows carrying roles', async () => {
    const response = await call(simulator, 'getDataItems', { projectId: retailUsers.projectId })
    const items = (await response.json()) as DataItem[]
    expect(items.map((item) => item.assetId)).toEqual([retailUsers.assetId])
    expect(new Set(items[0].text.map((row) => row.role))).toEqual(new Set(['Admin', 'User']))
  })

  it('answers a data item by asset id and by name', async () => {
    const byId = await call(simulator, 'getDataItemAsset', { dataItemId: mobileTesters.assetId })
    expect(await byId.json()).toMatchObject({
      id: mobileTesters.id,
      assetId: mobileTesters.assetId,
      dataItemName: mobileTesters.name,
      companyId: FIXTURES.companyId,
      isDeleted: false
    })
    const byName = await call(simulator, 'getDataItem', {
      dataItemName: retailUsers.name,
      projectId: retailUsers.projectId
    })
    expect(((await byName.json()) as DataItem).assetId).toBe(retailUsers.assetId)
  })

  it('answers 400 for unknown data items and missing parameters', async () => {
    const unknownId = await call(simulator, 'getDataItemAsset', { dataItemId: 'dataitem_nope' })
    expect(await errorOf(unknownId)).toEqual({
      status: 400,
      message: "No data item found with id 'dataitem_nope'"
    })
    const unknownName = await call(simulator, 'getDataItem', {
      dataItemName: 'Nobody',
      projectId: retailUsers.projectId
    })
    expect(await errorOf(unknownName)).toEqual({
      status: 400,
      message: "No data item found with name 'Nobody'"
    })
    expect((await call(simulator, 'getDataItems')).status).toBe(400)
  })
})

describe('authentication and availability', () => {
  it('answers 401 to a missing, wrong or scheme-less key and records who sent what', async () => {
    const before = simulator.stats.unauthorized
    const attempts = [null, 'X-API-KEY rik_wrong', simulator.apiKey, `Bearer ${simulator.apiKey}`]
    for (const authorization of attempts) {
      const response = await call(simulator, 'getTimelines', {}, { authorization })
      expect(await errorOf(response)).toEqual({ status: 401, message: expect.any(String) })
    }
    expect(simulator.stats.unauthorized - before).toBe(attempts.length)
    const recorded = simulator.requests.slice(-attempts.length)
    expect(recorded.map((request) => request.authorized)).toEqual([false, false, false, false])
    expect(recorded[1].headers.authorization).toBe('X-API-KEY rik_wrong')
    expect(recorded[0].headers.authorization).toBeUndefined()
  })

  it('answers 403 on every endpoint while integration is disabled', async () => {
    simulator.configure({ integrationDisabled: true })
    for (const endpoint of ENDPOINTS) {
      const body = endpoint === 'runIntegration' ? { timelineAssetId: checkout.assetId } : undefined
      const response = await call(simulator, endpoint, {}, { body })
      expect([endpoint, response.status]).toEqual([endpoint, 403])
    }
    expect(simulator.stats.runsStarted).toBe(0)
  })

  it('answers 404 outside the API and 405 to the wrong method', async () => {
    expect((await call(simulator, 'getEverything')).status).toBe(404)
    expect((await call(simulator, 'runIntegration', {}, { method: 'GET' })).status).toBe(405)
    expect((await call(simulator, 'getTimelines', {}, { method: 'POST' })).status).toBe(405)
  })

  it('counts requests per endpoint and records method, path, query and time', async () => {
    const before = simulator.stats.byEndpoint.getDataItems ?? 0
    const sentAt = Date.now()
    await call(simulator, 'getDataItems', { projectId: 'project_002' })
    expect(simulator.stats.byEndpoint.getDataItems).toBe(before + 1)
    expect(simulator.requests.at(-1)).toMatchObject({
      method: 'GET',
      path: '/api/integration/getDataItems',
      endpoint: 'getDataItems',
      query: { projectId: 'project_002' },
      authorized: true,
      status: 200
    })
    expect(simulator.requests.at(-1)?.time).toBeGreaterThanOrEqual(sentAt - 5)
  })
})
