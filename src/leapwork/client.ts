import { setTimeout as sleep } from 'node:timers/promises'
import { silentLog } from '../log.js'
import type { Log } from '../log.js'
import { LeapworkError, RunMayHaveStartedError, ShapeError } from './errors.js'
import {
  decodeJson,
  parseDataItem,
  parseDataItems,
  parseRunStarted,
  parseRunStatus,
  parseTextAnswer,
  parseTimeline,
  parseTimelineSummaries
} from './parse.js'
import { DEFAULT_LIMITS } from './body.js'
import type { Limits } from './body.js'
import { wasNeverSent } from './retry.js'
import { Transport } from './transport.js'
import type { Answer } from './transport.js'
import type {
  DataItem,
  RunIntegrationRequest,
  RunStarted,
  RunStatusResult,
  Timeline,
  TimelineSummary
} from './types.js'

export interface ClientOptions {
  /** e.g. https://perfapi.example.com; endpoints are under `<baseUrl>/api/integration/`. */
  baseUrl: string
  apiKey: string
  log?: Log
  /** Deadline of one attempt, answer included; for downloads, the longest pause between chunks. */
  requestTimeoutMs?: number
  /** Retries of GET requests: default 5 attempts, 1 s base delay, 30 s cap. */
  retry?: { attempts?: number; baseDelayMs?: number; maxDelayMs?: number }
  userAgent?: string
  /** How to wait between retries, ending early when the signal fires; tests pass a fast one. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  /** Size caps and the download stall rule; the defaults suit any real answer. */
  limits?: Partial<Limits>
}

/** Ends a report phase's calls when its time is up. */
export interface CallOptions {
  signal?: AbortSignal
}

const DEFAULT_TIMEOUT_MS = 30_000
const DEFAULT_RETRY = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000 }
const DEFAULT_USER_AGENT = 'leapwork-performance-action'

/** The Leapwork Performance Integration API, typed; knows nothing of GitHub. */
export class LeapworkClient {
  private readonly transport: Transport

  constructor(options: ClientOptions) {
    this.transport = new Transport({
      baseUrl: options.baseUrl,
      apiKey: options.apiKey.trim(),
      log: options.log ?? silentLog,
      requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS,
      retry: { ...DEFAULT_RETRY, ...options.retry },
      userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
      sleep: options.sleep ?? waitOrAbandon,
      limits: { ...DEFAULT_LIMITS, ...options.limits }
    })
  }

  /** The address every call goes to, as configured. */
  get baseUrl(): string {
    return this.transport.baseUrl
  }

  getTimelines(): Promise<TimelineSummary[]> {
    return this.getJson('getTimelines', {}, parseTimelineSummaries)
  }

  getTimelineAsset(timelineAssetId: string): Promise<Timeline> {
    return this.getJson('getTimelineAsset', { timelineAssetId }, parseTimeline)
  }

  getTimeline(timelineName: string, projectId: string): Promise<Timeline> {
    return this.getJson('getTimeline', { timelineName, projectId }, parseTimeline)
  }

  getDataItems(projectId: string): Promise<DataItem[]> {
    return this.getJson('getDataItems', { projectId }, parseDataItems)
  }

  getDataItemAsset(dataItemId: string): Promise<DataItem> {
    return this.getJson('getDataItemAsset', { dataItemId }, parseDataItem)
  }

  getDataItem(dataItemName: string, projectId: string): Promise<DataItem> {
    return this.getJson('getDataItem', { dataItemName, projectId }, parseDataItem)
  }

  /**
   * Starts a run. A failure after the request may have reached the server is a
   * RunMayHaveStartedError: the request is never repeated, since that could start a second run.
   */
  async runIntegration(body: RunIntegrationRequest): Promise<RunStarted> {
    const endpoint = 'runIntegration'
    try {
      const answer = await this.transport.post(endpoint, this.transport.endpointUrl(endpoint), body)
      return this.decode(answer, (value) => {
        const started = parseRunStarted(value)
        return { ...started, pollResultUrl: this.transport.rebase(started.pollResultUrl) }
      })
    } catch (error) {
      if (error instanceof LeapworkError && (isRefusal(error) || wasNeverSent(error))) throw error
      throw new RunMayHaveStartedError(timelineOf(body), this.reasonOf(error), error)
    }
  }

  /** Polls the run; `pollResultUrl` is what runIntegration returned. `retry: false` tries once. */
  async getTimelineStatus(
    pollResultUrl: string,
    options: { retry?: boolean } = {}
  ): Promise<RunStatusResult> {
    const url = this.serverUrl('getTimelineStatus', pollResultUrl)
    const answer = await this.transport.get('getTimelineStatus', url, {
      retry: options.retry ?? true
    })
    return this.decode(answer, (value) => {
      const result = parseRunStatus(value)
      const warnings = [...(result.warnings ?? [])]
      const reportUrl = (field: 'excelReportUrl' | 'aiAnalysisReportUrl') => {
        const serverUrl = result[field]
        if (serverUrl === undefined) return undefined
        try {
          return this.transport.rebase(serverUrl)
        } catch (error) {
          if (!(error instanceof ShapeError)) throw error
          warnings.push(
            this.transport.redact(`The run's ${field} was left aside: ${error.message}.`)
          )
          return undefined
        }
      }
      return {
        ...result,
        excelReportUrl: reportUrl('excelReportUrl'),
        aiAnalysisReportUrl: reportUrl('aiAnalysisReportUrl'),
        warnings
      }
    })
  }

  downloadRunReport(
    excelReportUrl: string,
    destinationPath: string,
    { signal }: CallOptions = {}
  ): Promise<{ bytes: number }> {
    const url = this.serverUrl('downloadRunReport', excelReportUrl)
    return this.transport.download('downloadRunReport', url, destinationPath, { signal })
  }

  /**
   * Saves the combined AI analysis as text, unwrapping it when the server sends a JSON string.
   * It is read back whole later, so it takes the cap of an answer, not of a download.
   */
  downloadAiAnalysisReport(
    aiAnalysisReportUrl: string,
    destinationPath: string,
    { signal }: CallOptions = {}
  ): Promise<{ bytes: number }> {
    const endpoint = 'downloadAiAnalysisReport'
    const url = this.serverUrl(endpoint, aiAnalysisReportUrl)
    return this.transport.download(endpoint, url, destinationPath, {
      decodeJsonText: parseTextAnswer,
      maxBytes: this.transport.answerLimit,
      signal
    })
  }

  async getAiAnalysis(
    runId: string,
    trackItemId: string,
    { signal }: CallOptions = {}
  ): Promise<string> {
    return this.getText('getAiAnalysis', { runId, trackItemId }, { signal, followRedirects: true })
  }

  /** Answers the server's confirmation, e.g. "Stopped run run_x7k2m". */
  async stopIntegration(runId: string): Promise<string> {
    return this.getText('stopIntegration', { runId })
  }

  private async getJson<T>(
    endpoint: string,
    query: Record<string, string>,
    parse: (value: unknown) => T
  ): Promise<T> {
    const answer = await this.transport.get(endpoint, this.transport.endpointUrl(endpoint, query))
    return this.decode(answer, parse)
  }

  private async getText(
    endpoint: string,
    query: Record<string, string>,
    options: Parameters<Transport['get']>[2] = {}
  ): Promise<string> {
    const url = this.transport.endpointUrl(endpoint, query)
    const answer = await this.transport.get(endpoint, url, options)
    return parseTextAnswer(answer.text)
  }

  private decode<T>(answer: Answer, parse: (value: unknown) => T): T {
    try {
      return parse(decodeJson(answer.text))
    } catch (error) {
      if (error instanceof ShapeError) throw this.transport.malformed(answer, error.message)
      throw error
    }
  }

  /** A URL the server handed out, moved onto the base URL; one that is no URL is malformed. */
  private serverUrl(endpoint: string, url: string): string {
    try {
      return this.transport.rebase(url)
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error
      throw new LeapworkError(
        'malformed',
        endpoint,
        this.transport.redact(`Cannot call ${endpoint}: ${error.message}`)
      )
    }
  }

  private reasonOf(error: unknown): string {
    return this.transport.redact(error instanceof Error ? error.message : String(error))
  }
}

/** The server answered and said no: nothing was started. */
function isRefusal(error: LeapworkError): boolean {
  return ['unauthorized', 'forbidden', 'bad-request', 'not-found'].includes(error.kind)
}

function timelineOf(body: RunIntegrationRequest): string {
  if (body.timelineAssetId) return `'${body.timelineAssetId}'`
  if (body.timelineName) return `'${body.timelineName}' (project ${body.projectId ?? 'not given'})`
  return '(none given)'
}

function waitOrAbandon(ms: number, signal?: AbortSignal): Promise<void> {
  return sleep(ms, undefined, { signal }).catch(() => undefined)
}
