import { afterEach, describe, expect, it } from '@jest/globals'
import type { ServerResponse } from 'node:http'
import { API_KEY, clientFor, sendJson, sendText, startServer } from './fake-server.js'
import type { FakeServer, ReceivedRequest } from './fake-server.js'

const timeline = {
  projectId: 'project_001',
  timeline: {
    tracks: [{ id: 'track_001', height: 160 }],
    trackItems: [
      {
        id: 'ti_001',
        trackId: 'track_001',
        title: 'Login Flow',
        startTime: 0,
        lengthTime: 300,
        sequenceId: 'seq_001',
        region: 'westeurope',
        load: [{ time: 0, load: 5 }],
        thresholdLevel: [],
        endCondition: 'duration',
        executionTarget: null
      }
    ],
    isRunEnabled: true
  },
  plannedRunTime: 300,
  estimatedVum: 25
}

const dataItem = {
  id: 'di_internal_001',
  assetId: 'dataitem_123',
  projectId: 'project_001',
  companyId: 'company_001',
  dataItemName: 'Retail Users',
  text: [{ email: 'user1@example.com', role: 'Admin' }],
  isDeleted: false
}

let server: FakeServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

async function serve(
  answer: (request: ReceivedRequest, response: ServerResponse) => void
): Promise<FakeServer> {
  server = await startServer(answer)
  return server
}

function only(fake: FakeServer): ReceivedRequest {
  expect(fake.received).toHaveLength(1)
  return fake.received[0]
}

describe('LeapworkClient requests', () => {
  it('lists timelines with a GET carrying the API key and asking for JSON', async () => {
    const fake = await serve((_, response) =>
      sendJson(response, 200, [{ timelineId: 'timeline_123', projectId: 'p1', title: 'Checkout' }])
    )
    const { client } = clientFor(fake.origin)

    await expect(client.getTimelines()).resolves.toEqual([
      { timelineId: 'timeline_123', projectId: 'p1', title: 'Checkout' }
    ])
    const request = only(fake)
    expect(request.method).toBe('GET')
    expect(request.path).toBe('/api/integration/getTimelines')
    expect(request.headers.authorization).toBe(`X-API-KEY ${API_KEY}`)
    expect(request.headers.accept).toBe('application/json')
    expect(request.headers['user-agent']).toContain('leapwork-performance-action')
  })

  it('gets a timeline by asset ID', async () => {
    const fake = await serve((_, response) => sendJson(response, 200, timeline))
    const { client } = clientFor(fake.origin)

    const result = await client.getTimelineAsset('timeline_123')

    expect(only(fake).path).toBe('/api/integration/getTimelineAsset')
    expect(only(fake).query.get('timelineAssetId')).toBe('timeline_123')
    expect(result.timeline.trackItems[0]).toMatchObject({ id: 'ti_001', title: 'Login Flow' })
    expect(result.plannedRunTime).toBe(300)
  })

  it('percent-encodes names with spaces, plus signs, quotes and ampersands in the query', async () => {
    const fake = await serve((_, response) => sendJson(response, 200, timeline))
    const { client } = clientFor(fake.origin)

    await client.getTimeline("Checkout+Pay & Go 'EU'", 'project 1')

    const request = only(fake)
    expect(request.path).toBe('/api/integration/getTimeline')
    expect(request.query.get('timelineName')).toBe("Checkout+Pay & Go 'EU'")
    expect(request.query.get('projectId')).toBe('project 1')
  })

  it('gets data items of a project, by asset ID and by name', async () => {
    const fake = await serve((request, response) =>
      sendJson(response, 200, request.path.endsWith('/getDataItems') ? [dataItem] : dataItem)
    )
    const { client } = clientFor(fake.origin)

    const items = await client.getDataItems('project_001')
    const byId = await client.getDataItemAsset('dataitem_123')
    const byName = await client.getDataItem('Retail Users', 'project_001')

    expect(items.map((item) => item.assetId)).toEqual(['dataitem_123'])
    expect(byId.text).toEqual([{ email: 'user1@example.com', role: 'Admin' }])
    expect(byName.dataItemName).toBe('Retail Users')
    expect(fake.received.map((request) => `${request.path}?${request.query}`)).toEqual([
      '/api/integration/getDataItems?projectId=project_001',
      '/api/integration/getDataItemAsset?dataItemId=dataitem_123',
      '/api/integration/getDataItem?dataItemName=Retail+Users&projectId=project_001'
    ])
  })

  it('starts a run with a JSON POST and returns the started run', async () => {
    const fake = await serve((_, response) =>
      sendJson(response, 200, {
        timelineId: 'timeline_123',
        runId: 'run_x7k2m',
        status: 'Preparing',
        estimatedVum: 150,
        plannedRunTime: 360,
        trackItems: [{ trackItemId: 'ti_001', sequenceName: 'Login Flow', region: 'westeurope' }],
        pollResultUrl: `${fake.origin}/api/integration/getTimelineStatus?runId=run_x7k2m&trackItemIds=ti_001%2Cti_002`
      })
    )
    const { client } = clientFor(fake.origin)
    const body = {
      timelineAssetId: 'timeline_123',
      dataItemAssetId: 'dataitem_123',
      role: 'Admin',
      userCount: 5
    }

    const started = await client.runIntegration(body)

    const request = only(fake)
    expect(request.method).toBe('POST')
    expect(request.path).toBe('/api/integration/runIntegration')
    expect(request.headers['content-type']).toBe('application/json')
    expect(request.headers.authorization).toBe(`X-API-KEY ${API_KEY}`)
    expect(JSON.parse(request.body)).toEqual(body)
    expect(started).toMatchObject({ runId: 'run_x7k2m', status: 'Preparing', plannedRunTime: 360 })
    expect(started.pollResultUrl).toBe(
      `${fake.origin}/api/integration/getTimelineStatus?runId=run_x7k2m&trackItemIds=ti_001%2Cti_002`
    )
  })

  it('returns a started run whose optional fields are malformed, with warnings, not a lost run', async () => {
    const fake = await serve((_, response) =>
      sendJson(response, 200, {
        runId: 'run_x7k2m',
        status: 'Preparing',
        estimatedVum: {},
        plannedRunTime: 'soon',
        trackItems: [{ region: 'westeurope' }],
        pollResultUrl: '/api/integration/getTimelineStatus?runId=run_x7k2m'
      })
    )
    const { client } = clientFor(fake.origin)

    const started = await client.runIntegration({ timelineAssetId: 'timeline_123' })

    expect(started).toMatchObject({ runId: 'run_x7k2m', estimatedVum: 0, plannedRunTime: 0 })
    expect(started.pollResultUrl).toBe(
      `${fake.origin}/api/integration/getTimelineStatus?runId=run_x7k2m`
    )
    expect(started.warnings).toEqual([
      "The run's estimatedVum was left aside: it is not a number but {}.",
      'The run\'s plannedRunTime was left aside: it is not a number but "soon".',
      "The run's answer has a malformed track item at trackItems[0], left out: trackItems[0].trackItemId is missing."
    ])
  })

  it('polls the URL runIntegration returned and reads terminal metrics and report URLs', async () => {
    const fake = await serve((_, response) =>
      sendJson(response, 200, {
        status: 'finished',
        metadata: [
          {
            trackItemId: 'ti_001',
            metadata: [
              {
                runId: 'run_x7k2m',
                trackItemId: 'ti_001',
                stepId: 'step_001',
                title: 'POST /api/login',
                errors: 0,
                requestsSent: 1500,
                totalBodyBytesSent: 0,
                totalBytesReceived: 3750000,
                min: 12,
                max: 480,
                average: 45,
                median: 38,
                p90: 80,
                p95: 120,
                p99: 250
              }
            ]
          }
        ],
        excelReportUrl: `${fake.origin}/api/integration/downloadRunReport?runId=run_x7k2m&trackItemIds=ti_001`,
        aiAnalysisReportUrl: `${fake.origin}/api/integration/downloadAiAnalysisReport?runId=run_x7k2m`
      })
    )
    const { client } = clientFor(fake.origin)

    const result = await client.getTimelineStatus(
      `${fake.origin}/api/integration/getTimelineStatus?runId=run_x7k2m&trackItemIds=ti_001%2Cti_002`
    )

    const request = only(fake)
    expect(request.path).toBe('/api/integration/getTimelineStatus')
    expect(request.query.get('trackItemIds')).toBe('ti_001,ti_002')
    expect(result.status).toBe('Finished')
    expect(result.metadata?.[0].metadata[0]).toMatchObject({ stepId: 'step_001', p95: 120 })
    expect(result.excelReportUrl).toBe(
      `${fake.origin}/api/integration/downloadRunReport?runId=run_x7k2m&trackItemIds=ti_001`
    )
  })

  it('returns the text of one AI analysis and unwraps a stop confirmation sent as a JSON string', async () => {
    const fake = await serve((request, response) => {
      if (request.path.endsWith('/getAiAnalysis')) {
        sendText(response, 200, '=== AI Analysis for: ti_001 ===\nLogin Flow\n- Stable.')
      } else {
        sendJson(response, 200, 'Stopped run run_x7k2m')
      }
    })
    const { client } = clientFor(fake.origin)

    await expect(client.getAiAnalysis('run_x7k2m', 'ti_001')).resolves.toBe(
      '=== AI Analysis for: ti_001 ===\nLogin Flow\n- Stable.'
    )
    await expect(client.stopIntegration('run_x7k2m')).resolves.toBe('Stopped run run_x7k2m')
    expect(
      fake.received.map((request) => `${request.method} ${request.path}?${request.query}`)
    ).toEqual([
      'GET /api/integration/getAiAnalysis?runId=run_x7k2m&trackItemId=ti_001',
      'GET /api/integration/stopIntegration?runId=run_x7k2m'
    ])
  })

  it('puts endpoints under the path of a base URL behind a proxy', async () => {
    const fake = await serve((_, response) => sendJson(response, 200, []))
    const { client } = clientFor(`${fake.origin}/perf/`)

    await client.getTimelines()

    expect(only(fake).path).toBe('/perf/api/integration/getTimelines')
  })

  it('sends a key stored with a trailing newline without the newline', async () => {
    const fake = await serve((_, response) => sendJson(response, 200, []))
    const { client } = clientFor(fake.origin, { apiKey: `${API_KEY}\n` })

    await client.getTimelines()

    expect(only(fake).headers.authorization).toBe(`X-API-KEY ${API_KEY}`)
  })
})
