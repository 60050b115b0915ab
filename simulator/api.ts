import { isTerminal, type DataItem } from '../src/leapwork/types.js'
import type { FixtureTimeline, Fixtures } from './fixtures.js'
import { runMetrics } from './metrics.js'
import {
  aiAnalysisText,
  combinedAiAnalysisText,
  EXCEL_CONTENT_TYPE,
  excelReportStream
} from './reports.js'
import { badRequest, error, json, text, type Reply } from './reply.js'
import { applyCase, createRun, runTrackItems, statusOfPoll, type SimulatedRun } from './runs.js'
import type { EndpointName, FailureCount, Scenario } from './scenario.js'

export interface RunCounters {
  runsStarted: number
  activeRuns: number
}

type Handler = (query: URLSearchParams, body: unknown) => Reply

/** A non-empty string, or undefined for anything else. */
function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isNumber(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value)
}

function runIdParam(runId: string): string {
  return new URLSearchParams({ runId }).toString()
}

function trackItemIdsParam(ids: readonly string[]): string {
  return new URLSearchParams({ trackItemIds: ids.join(',') }).toString()
}

/** The twelve endpoints over the fixtures and the runs started so far. */
export class SimulatedApi {
  private reportFailuresServed = { excel: 0, ai: 0 }
  private readonly handlers: Record<EndpointName, Handler>

  constructor(
    private readonly fixtures: Fixtures,
    private readonly scenario: () => Scenario,
    private readonly publicBase: () => string,
    private readonly counters: RunCounters,
    private readonly runs: Map<string, SimulatedRun>
  ) {
    this.handlers = {
      getTimelines: () => this.getTimelines(),
      getTimelineAsset: (query) => this.getTimelineAsset(query),
      getTimeline: (query) => this.getTimeline(query),
      getDataItems: (query) => this.getDataItems(query),
      getDataItemAsset: (query) => this.getDataItemAsset(query),
      getDataItem: (query) => this.getDataItem(query),
      runIntegration: (_query, body) => this.runIntegration(body),
      getTimelineStatus: (query) => this.getTimelineStatus(query),
      downloadRunReport: (query) => this.downloadRunReport(query),
      downloadAiAnalysisReport: (query) => this.downloadAiAnalysisReport(query),
      getAiAnalysis: (query) => this.getAiAnalysis(query),
      stopIntegration: (query) => this.stopIntegration(query)
    }
  }

  handle(endpoint: EndpointName, query: URLSearchParams, body: unknown): Reply {
    return this.handlers[endpoint](query, body)
  }

  resetReportFailures(): void {
    this.reportFailuresServed = { excel: 0, ai: 0 }
  }

  private getTimelines(): Reply {
    return json(
      this.fixtures.timelines.map((timeline) => ({
        timelineId: timeline.assetId,
        projectId: timeline.projectId,
        title: timeline.title
      }))
    )
  }

  private timelineAnswer(timeline: FixtureTimeline): Reply {
    const omitted = this.scenario().omitTimelineFields ?? []
    return json({
      projectId: timeline.projectId,
      ...(this.scenario().timelineTitleField ? { title: timeline.title } : {}),
      timeline: {
        tracks: timeline.timeline.tracks,
        trackItems: timeline.timeline.trackItems.map(({ load, ...item }) => ({
          ...item,
          ...(omitted.includes('load') ? {} : { load }),
          title: this.scenario().trackItemTitles?.[item.id] ?? item.title,
          thresholdLevel: [],
          executionTarget: null
        })),
        isRunEnabled: timeline.timeline.isRunEnabled
      },
      plannedRunTime: this.scenario().timelinePlannedRunTime ?? timeline.plannedRunTime,
      ...(omitted.includes('estimatedVum') ? {} : { estimatedVum: timeline.estimatedVum })
    })
  }

  private timelineById(assetId: string): FixtureTimeline | undefined {
    return this.fixtures.timelines.find((timeline) => timeline.assetId === assetId)
  }

  private timelineByName(title: string, projectId: string): FixtureTimeline | undefined {
    return this.fixtures.timelines.find(
      (timeline) => timeline.title === title && timeline.projectId === projectId
    )
  }

  private dataItemById(assetId: string): DataItem | undefined {
    return this.fixtures.dataItems.find((item) => item.assetId === assetId && !item.isDeleted)
  }

  private dataItemByName(name: string, projectId: string): DataItem | undefined {
    return this.fixtures.dataItems.find(
      (item) => item.dataItemName === name && item.projectId === projectId && !item.isDeleted
    )
  }

  private getTimelineAsset(query: URLSearchParams): Reply {
    const assetId = nonEmpty(query.get('timelineAssetId'))
    if (!assetId) return badRequest('timelineAssetId is required')
    const timeline = this.timelineById(assetId)
    return timeline
      ? this.timelineAnswer(timeline)
      : badRequest(`No timeline found with id '${assetId}'`)
  }

  private getTimeline(query: URLSearchParams): Reply {
    const name = nonEmpty(query.get('timelineName'))
    const projectId = nonEmpty(query.get('projectId'))
    if (!name) return badRequest('timelineName is required')
    if (!projectId) return badRequest('projectId is required when using timelineName')
    const timeline = this.timelineByName(name, projectId)
    return timeline
      ? this.timelineAnswer(timeline)
      : badRequest(`No timeline found with name '${name}'`)
  }

  private getDataItems(query: URLSearchParams): Reply {
    const projectId = nonEmpty(query.get('projectId'))
    if (!projectId) return badRequest('projectId is required')
    return json(
      this.fixtures.dataItems.filter((item) => item.projectId === projectId && !item.isDeleted)
    )
  }

  private getDataItemAsset(query: URLSearchParams): Reply {
    const assetId = nonEmpty(query.get('dataItemId'))
    if (!assetId) return badRequest('dataItemId is required')
    const item = this.dataItemById(assetId)
    return item ? json(item) : badRequest(`No data item found with id '${assetId}'`)
  }

  private getDataItem(query: URLSearchParams): Reply {
    const name = nonEmpty(query.get('dataItemName'))
    const projectId = nonEmpty(query.get('projectId'))
    if (!name) return badRequest('dataItemName is required')
    if (!projectId) return badRequest('projectId is required when using dataItemName')
    const item = this.dataItemByName(name, projectId)
    return item ? json(item) : badRequest(`No data item found with name '${name}'`)
  }

  private resolveTimeline(body: Record<string, unknown>): FixtureTimeline | string {
    const assetId = nonEmpty(body.timelineAssetId)
    const name = nonEmpty(body.timelineName)
    const projectId = nonEmpty(body.projectId)
    if (assetId) return this.timelineById(assetId) ?? `No timeline found with id '${assetId}'`
    if (!name) return 'Either timelineAssetId or timelineName must be provided'
    if (!projectId) return 'projectId is required when using timelineName'
    return this.timelineByName(name, projectId) ?? `No timeline found with name '${name}'`
  }

  /** The data item named by the body, undefined when none is named, or the problem. */
  private resolveDataItem(
    body: Record<string, unknown>,
    timeline: FixtureTimeline
  ): DataItem | undefined | string {
    const assetId = nonEmpty(body.dataItemAssetId)
    const name = nonEmpty(body.dataItemName)
    if (assetId) return this.dataItemById(assetId) ?? `No data item found with id '${assetId}'`
    if (!name) return undefined
    const projectId = nonEmpty(body.projectId) ?? timeline.projectId
    return this.dataItemByName(name, projectId) ?? `No data item found with name '${name}'`
  }

  private trackItemsProblem(
    configuration: unknown,
    trackItemIds: readonly string[],
    timeline: FixtureTimeline
  ): string | undefined {
    if (!isRecord(configuration)) return 'trackItems must be an object keyed by track item id'
    for (const [trackItemId, entry] of Object.entries(configuration)) {
      if (!trackItemIds.includes(trackItemId)) {
        return `Track item '${trackItemId}' is not part of timeline '${timeline.title}'`
      }
      if (!isRecord(entry)) return `trackItems.${trackItemId} must be an object`
      const dataItemAssetId = nonEmpty(entry.dataItemAssetId)
      if (!dataItemAssetId) return `trackItems.${trackItemId}.dataItemAssetId is required`
      if (!this.dataItemById(dataItemAssetId)) {
        return `No data item found with id '${dataItemAssetId}'`
      }
      if (entry.userCount !== undefined && !isNumber(entry.userCount)) {
        return `trackItems.${trackItemId}.userCount must be a number`
      }
      if (entry.selectedRoles !== undefined && !Array.isArray(entry.selectedRoles)) {
        return `trackItems.${trackItemId}.selectedRoles must be an array`
      }
    }
    return undefined
  }

  private bodyProblem(
    body: Record<string, unknown>,
    timeline: FixtureTimeline,
    trackItemIds: readonly string[]
  ): string | undefined {
    if (!timeline.timeline.isRunEnabled)
      return `Timeline '${timeline.title}' is not enabled for running`
    const dataItem = this.resolveDataItem(body, timeline)
    if (typeof dataItem === 'string') return dataItem
    const role = nonEmpty(body.role)
    if (role && dataItem && !dataItem.text.some((row) => row.role === role)) {
      return `No rows with role '${role}' in data item '${dataItem.dataItemName}'`
    }
    if (body.userCount !== undefined && !isNumber(body.userCount))
      return 'userCount must be a number'
    if (body.trackItems === undefined) return undefined
    return this.trackItemsProblem(body.trackItems, trackItemIds, timeline)
  }

  private runIntegration(body: unknown): Reply {
    if (!isRecord(body)) return badRequest('The request body must be a JSON object')
    const timeline = this.resolveTimeline(body)
    if (typeof timeline === 'string') return badRequest(timeline)
    const scenario = this.scenario()
    const trackItems = runTrackItems(timeline, scenario)
    const trackItemIds = trackItems.map((item) => item.trackItemId)
    const problem = this.bodyProblem(body, timeline, trackItemIds)
    if (problem) return badRequest(problem)
    const runId = scenario.runId ?? `run_sim_${String(this.runs.size + 1).padStart(4, '0')}`
    const run = createRun(runId, timeline, body, trackItems, scenario)
    this.runs.set(run.runId, run)
    this.counters.runsStarted += 1
    this.counters.activeRuns += 1
    const query = `${runIdParam(run.runId)}&${trackItemIdsParam(trackItemIds)}`
    return json({
      timelineId: run.timelineId,
      runId: run.runId,
      status: applyCase(run.status, scenario),
      estimatedVum: run.estimatedVum,
      ...(scenario.omitPlannedRunTime ? {} : { plannedRunTime: run.plannedRunTime }),
      trackItems: run.trackItems,
      pollResultUrl: `${this.publicBase()}/api/integration/getTimelineStatus?${query}`
    })
  }

  private findRun(query: URLSearchParams): SimulatedRun | Reply {
    const runId = nonEmpty(query.get('runId'))
    if (!runId) return badRequest('runId is required')
    return this.runs.get(runId) ?? badRequest(`No run found with id '${runId}'`)
  }

  private endRun(run: SimulatedRun, status: string, scenario: Scenario): void {
    if (!run.stopped) this.counters.activeRuns -= 1
    run.ended = true
    run.hasReports = status !== 'Failed' || !scenario.failedWithoutReports
  }

  private getTimelineStatus(query: URLSearchParams): Reply {
    const run = this.findRun(query)
    if (!('runId' in run)) return run
    const scenario = this.scenario()
    run.polls += 1
    const status = statusOfPoll(run, scenario)
    if (isTerminal(status) && !run.ended) this.endRun(run, status, scenario)
    run.status = status
    const answer: Record<string, unknown> = { status: applyCase(status, scenario) }
    if (run.ended && run.hasReports) {
      const requested = nonEmpty(query.get('trackItemIds'))?.split(',')
      const allIds = run.trackItems.map((item) => item.trackItemId)
      const metrics = runMetrics(run.runId, allIds, scenario)
      answer.metadata = requested
        ? metrics.filter((entry) => requested.includes(entry.trackItemId))
        : metrics
      const base = `${this.publicBase()}/api/integration`
      answer.excelReportUrl = `${base}/downloadRunReport?${runIdParam(run.runId)}&${trackItemIdsParam(allIds)}`
      answer.aiAnalysisReportUrl = `${base}/downloadAiAnalysisReport?${runIdParam(run.runId)}`
    }
    return json(answer)
  }

  /** The run whose reports are asked for, or why they cannot be served. */
  private reportRun(query: URLSearchParams): SimulatedRun | Reply {
    const run = this.findRun(query)
    if (!('runId' in run)) return run
    if (!run.ended) return badRequest(`Run ${run.runId} has not ended yet`)
    if (!run.hasReports) return badRequest(`Run ${run.runId} has no reports`)
    return run
  }

  private failsThisTime(report: 'excel' | 'ai'): boolean {
    const budget: FailureCount = this.scenario().reportFailures?.[report] ?? 0
    if (budget !== 'always' && this.reportFailuresServed[report] >= budget) return false
    this.reportFailuresServed[report] += 1
    return true
  }

  private downloadRunReport(query: URLSearchParams): Reply {
    if (this.failsThisTime('excel')) return error(500, 'The run report could not be generated')
    const run = this.reportRun(query)
    if (!('runId' in run)) return run
    const { excelReportBytes: length, excelReportIncompressible } = this.scenario()
    return {
      kind: 'stream',
      status: 200,
      contentType: EXCEL_CONTENT_TYPE,
      length,
      open: () => excelReportStream(length, excelReportIncompressible)
    }
  }

  private analysedItems(run: SimulatedRun) {
    return run.trackItems.map((item) => ({
      trackItemId: item.trackItemId,
      title: item.sequenceName
    }))
  }

  private downloadAiAnalysisReport(query: URLSearchParams): Reply {
    if (this.failsThisTime('ai')) return error(500, 'The AI analysis report could not be generated')
    const run = this.reportRun(query)
    if (!('runId' in run)) return run
    const scenario = this.scenario()
    const items = this.analysedItems(run)
    const metrics = runMetrics(
      run.runId,
      items.map((item) => item.trackItemId),
      scenario
    )
    return text(combinedAiAnalysisText(items, metrics, scenario.aiNotReadyTrackItems ?? []))
  }

  private getAiAnalysis(query: URLSearchParams): Reply {
    const trackItemId = nonEmpty(query.get('trackItemId'))
    const run = this.reportRun(query)
    if (!('runId' in run)) return run
    if (!trackItemId) return badRequest('trackItemId is required')
    const items = this.analysedItems(run)
    const item = items.find((entry) => entry.trackItemId === trackItemId)
    if (!item) return badRequest(`No track item '${trackItemId}' in run ${run.runId}`)
    const scenario = this.scenario()
    const notReadyAnswers = run.aiNotReadyAnswers.get(trackItemId) ?? 0
    if (notReadyAnswers < scenario.getAiAnalysisNotReadyTimes) {
      run.aiNotReadyAnswers.set(trackItemId, notReadyAnswers + 1)
      return error(404, `The AI analysis for track item ${trackItemId} is not ready yet`)
    }
    const metrics = runMetrics(
      run.runId,
      items.map((entry) => entry.trackItemId),
      scenario
    )
    const own = metrics.find((entry) => entry.trackItemId === trackItemId)
    return text(`${aiAnalysisText(item, own)}\n`)
  }

  private stopIntegration(query: URLSearchParams): Reply {
    const run = this.findRun(query)
    if (!('runId' in run)) return run
    if (run.ended || run.stopped) return badRequest(`Run ${run.runId} is not active`)
    run.stopped = true
    this.counters.activeRuns -= 1
    return json(`Stopped run ${run.runId}`)
  }
}
