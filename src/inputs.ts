import { getInput, maskSecret } from './github/toolkit.js'
import { actionsLog } from './github/log.js'
import type { TrackItemConfiguration } from './leapwork/types.js'
import { isLoopback } from './leapwork/urls.js'
import { readTrackItems } from './track-items-input.js'
import type { Log } from './log.js'
import type { Criterion } from './verdict/types.js'
import { isDate } from './verdict/baseline-since.js'
import { CONFIRM_MODES, type ConfirmMode } from './verdict/confirmation.js'
import {
  criteriaFromLimits,
  parseQuantity,
  parseThresholds,
  type QuantityKind
} from './verdict/threshold-grammar.js'

/** An asset by ID (with the name also given, to check it against), or by name in its project. */
export type AssetRef = { id: string; name?: string } | { name: string; projectId: string }

/**
 * Where the history comes from: `auto` (earlier runs' artifacts), or a path that is one
 * metrics.json, a directory of them or a glob. `runs` is `baseline-runs`, the newest kept.
 */
export type BaselineSetting = ({ kind: 'file'; path: string } | { kind: 'auto' }) & {
  runs: number
  /** `baseline-since`: runs before this date, run ID or commit are left out of the history. */
  since?: string
}

/** The defaults of the regression gate's inputs (action.yml states the same). */
export const DEFAULT_BASELINE_RUNS = 30
export const DEFAULT_MAX_REGRESSION_PERCENT = 10

/** Every input of action.yml, read and checked once. */
export interface Settings {
  apiKey: string
  baseUrl: string
  timeline: AssetRef
  projectId?: string
  dataItem?: AssetRef
  role?: string
  userCount?: number
  trackItems?: Record<string, TrackItemConfiguration>
  /** Check and plan everything, start nothing. */
  dryRun: boolean
  /** Virtual-user minutes one run may cost. */
  maxVum?: number
  wait: boolean
  pollIntervalSeconds: number
  timeoutSeconds?: number
  reportDir?: string
  artifactName?: string
  /** A short label of this leg of a matrix, e.g. `50 users`: it keeps the leg's own comment. */
  name?: string
  retentionDays?: number
  criteria: Criterion[]
  baseline?: BaselineSetting
  maxRegressionPercent?: number
  noiseFloorMs: number
  /** Percent of unchanged runs that may fail the regression gate. */
  falseAlarmRate: number
  /** `rerun`: a failure a single spike could explain is confirmed by a second run of the same load. */
  confirmRegressions: ConfirmMode
  failOnBreach: boolean
  comment: boolean
  /** On runs that record a branch's history, search it for persistent shifts. */
  detectChanges: boolean
  /** Keep one issue per timeline and leg up to date with the shifts found. */
  reportIssue: boolean
  githubToken?: string
}

/** All that is wrong with the inputs, one message per bad input. */
export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? problems[0]
        : `${problems.length} inputs are invalid; see the errors above.`
    )
    this.name = 'InputError'
  }
}

/** Timers cannot wait past 2^31 ms: every duration has a bound well below it, said in the error. */
const POLL_INTERVAL_BOUNDS: SecondsBounds = { minimum: 0.1, maximum: 3600, named: 'an hour' }
const TIMEOUT_BOUNDS: SecondsBounds = {
  maximum: 5 * 24 * 3600,
  named: '5 days, the longest a GitHub job may run'
}
/** The API's own path, which the action adds to base-url itself. */
const API_PATH = /\/(?:api|swagger)(?:\/|$)/i
const SIMULATOR_POLL_INTERVAL_SECONDS = 1

type Read = (name: string) => string

/** Reads the credentials only, for the post step, which has no other use for the inputs. */
export function readConnection(read: Read = readTrimmed): { apiKey: string; baseUrl: string } {
  const problems: string[] = []
  const apiKey = readApiKey(read, problems)
  const baseUrl = readBaseUrl(read, problems)
  if (problems.length > 0) throw new InputError(problems)
  return { apiKey, baseUrl }
}

export async function readSettings(
  read: Read = readTrimmed,
  log: Log = actionsLog
): Promise<Settings> {
  const problems: string[] = []
  const optional = (name: string) => read(name) || undefined
  const apiKey = readApiKey(read, problems)
  const baseUrl = readBaseUrl(read, problems)
  const projectId = optional('project-id')
  const baseline = readBaseline(read, problems)
  const settings: Settings = {
    apiKey,
    baseUrl,
    timeline: readTimeline(read, projectId, problems),
    projectId,
    dataItem: readDataItem(read, projectId, problems),
    role: optional('role'),
    userCount: readPositiveInteger(read, 'user-count', problems),
    trackItems: await readTrackItems(read('track-items'), problems),
    dryRun: readBoolean(read, 'dry-run', false, problems),
    maxVum: readNumber(read, 'max-vum', problems, {
      kind: 'count',
      accept: (v) => v > 0,
      expected: 'a positive number of virtual-user minutes'
    }),
    wait: readBoolean(read, 'wait', true, problems),
    pollIntervalSeconds: readSeconds(read, 'poll-interval', problems, POLL_INTERVAL_BOUNDS) ?? 5,
    timeoutSeconds: readSeconds(read, 'timeout', problems, TIMEOUT_BOUNDS),
    reportDir: optional('report-dir'),
    artifactName: readArtifactName(read, problems),
    name: readName(read, problems),
    retentionDays: readRetentionDays(read, problems),
    criteria: readCriteria(read, problems),
    baseline,
    maxRegressionPercent:
      readNumber(read, 'max-regression', problems, {
        kind: 'percentage',
        accept: (v) => v >= 0,
        expected: 'a percentage of 0 or more, e.g. 10 or 10%'
      }) ?? (baseline === undefined ? undefined : DEFAULT_MAX_REGRESSION_PERCENT),
    noiseFloorMs:
      readNumber(read, 'noise-floor-ms', problems, {
        kind: 'time',
        accept: (v) => v >= 0,
        expected: 'a time of 0 or more in milliseconds, e.g. 20, 20ms or 0.02s'
      }) ?? 20,
    falseAlarmRate:
      readNumber(read, 'false-alarm-rate', problems, {
        kind: 'percentage',
        accept: (v) => v > 0 && v <= 50,
        expected: 'a percentage above 0 and at most 50, e.g. 1 or 1%'
      }) ?? 1,
    confirmRegressions: readConfirmRegressions(read, problems),
    failOnBreach: readBoolean(read, 'fail-on-breach', true, problems),
    comment: readBoolean(read, 'comment', true, problems),
    detectChanges: readBoolean(read, 'detect-changes', true, problems),
    reportIssue: readBoolean(read, 'report-issue', false, problems),
    githubToken: optional('github-token')
  }
  if (settings.role && !settings.dataItem) {
    problems.push('Input "role" needs a data item: set "data-item-id" or "data-item-name" too.')
  }
  if (problems.length > 0) throw new InputError(problems)
  warnOfFastPolling(settings, log)
  return settings
}

function readTrimmed(name: string): string {
  return getInput(name).trim()
}

function readApiKey(read: Read, problems: string[]): string {
  const apiKey = read('api-key')
  if (apiKey) {
    maskSecret(apiKey)
  } else {
    problems.push(
      'Input "api-key" is required: pass your Leapwork Performance Integration API key from a secret, e.g. api-key: ${{ secrets.LEAPWORK_API_KEY }}.'
    )
  }
  return apiKey
}

function readBaseUrl(read: Read, problems: string[]): string {
  const raw = read('base-url')
  if (!raw) {
    problems.push(
      'Input "base-url" is required: the address of your Leapwork Performance API, e.g. https://perfapi.leapwork.cloud.'
    )
    return ''
  }
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    problems.push(
      `Input "base-url" is not a URL: "${raw}". Expected e.g. https://perfapi.leapwork.cloud.`
    )
    return ''
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) {
    problems.push(
      `Input "base-url" must use https (http is accepted only for localhost): got "${url.origin}". The API key must not travel unencrypted.`
    )
    return ''
  }
  if (url.username || url.password || url.search || url.hash) {
    problems.push('Input "base-url" must not hold credentials, a query or a fragment.')
    return ''
  }
  const apiPath = API_PATH.exec(url.pathname)
  if (apiPath) {
    const path = url.pathname.slice(apiPath.index).replace(/\/+$/, '')
    const base = url.origin + url.pathname.slice(0, apiPath.index)
    problems.push(
      `Input "base-url" must not hold the API's own path "${path}": use base-url: ${base} (the action adds /api/integration/ itself).`
    )
    return ''
  }
  return url.origin + url.pathname.replace(/\/+$/, '')
}

function readTimeline(read: Read, projectId: string | undefined, problems: string[]): AssetRef {
  const id = read('timeline-id')
  const name = read('timeline-name')
  if (id) return name ? { id, name } : { id }
  if (!name) {
    problems.push(
      'No timeline given: set "timeline-id" (the timeline\'s asset ID), or "timeline-name" together with "project-id".'
    )
    return { id: '' }
  }
  if (!projectId) {
    problems.push(
      `Input "timeline-name" needs "project-id": a timeline name is unique only within its project.`
    )
    return { id: '' }
  }
  return { name, projectId }
}

function readDataItem(
  read: Read,
  projectId: string | undefined,
  problems: string[]
): AssetRef | undefined {
  const id = read('data-item-id')
  const name = read('data-item-name')
  if (id) return name ? { id, name } : { id }
  if (!name) return undefined
  if (!projectId) {
    problems.push(
      `Input "data-item-name" needs "project-id": a data item name is unique only within its project.`
    )
    return undefined
  }
  return { name, projectId }
}

function readBoolean(read: Read, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = read(name)
  if (!raw) return fallback
  if (/^(true|yes|on)$/i.test(raw)) return true
  if (/^(false|no|off)$/i.test(raw)) return false
  problems.push(`Input "${name}" must be true or false: got "${raw}".`)
  return fallback
}

interface NumberSpec {
  kind: QuantityKind
  /** What a time without a unit counts in. */
  bareTimeUnit?: 'ms' | 's'
  accept: (value: number) => boolean
  expected: string
}

/** A plain decimal, with the units of the `thresholds` grammar that suit its kind. */
function readNumber(
  read: Read,
  name: string,
  problems: string[],
  spec: NumberSpec
): number | undefined {
  const raw = read(name)
  if (!raw) return undefined
  const value = parseQuantity(raw, spec.kind, spec.bareTimeUnit)
  if (value === undefined || !spec.accept(value)) {
    problems.push(`Input "${name}" must be ${spec.expected}: got "${raw}".`)
    return undefined
  }
  return value
}

function readPositiveInteger(read: Read, name: string, problems: string[]): number | undefined {
  return readNumber(read, name, problems, {
    kind: 'count',
    accept: (v) => Number.isInteger(v) && v > 0,
    expected: 'a positive whole number'
  })
}

interface SecondsBounds {
  /** Default: anything above 0. */
  minimum?: number
  maximum: number
  /** The maximum in words, e.g. `an hour`. */
  named: string
}

/** Seconds, or a time with its unit (`90s`, `1500ms`), as a number of seconds, within bounds. */
function readSeconds(
  read: Read,
  name: string,
  problems: string[],
  { minimum = 0, maximum, named }: SecondsBounds
): number | undefined {
  const atLeast = minimum > 0 ? `at least ${minimum} s and` : 'a positive number of seconds,'
  const ms = readNumber(read, name, problems, {
    kind: 'time',
    bareTimeUnit: 's',
    accept: (v) => v > 0 && v >= minimum * 1000 && v <= maximum * 1000,
    expected: `${atLeast} at most ${maximum} s (${named}), e.g. 5, 5s or 500ms`
  })
  return ms === undefined ? undefined : ms / 1000
}

/** Polling faster than once a second suits the local simulator only. */
function warnOfFastPolling({ pollIntervalSeconds, baseUrl }: Settings, log: Log): void {
  if (pollIntervalSeconds >= SIMULATOR_POLL_INTERVAL_SECONDS || !baseUrl) return
  if (isLoopback(new URL(baseUrl))) return
  log.warning(
    `Input "poll-interval" is ${pollIntervalSeconds} s: polling more than once a second is meant for the local simulator; against Leapwork Performance use 1 s or more.`
  )
}

function readRetentionDays(read: Read, problems: string[]): number | undefined {
  return readNumber(read, 'retention-days', problems, {
    kind: 'count',
    accept: (v) => Number.isInteger(v) && v >= 1 && v <= 90,
    expected: 'a whole number of days from 1 to 90 (GitHub keeps artifacts at most 90 days)'
  })
}

function readArtifactName(read: Read, problems: string[]): string | undefined {
  const name = read('artifact-name')
  if (!name) return undefined
  const forbidden = name.match(/[":<>|*?\\/\r\n]/)
  if (forbidden) {
    problems.push(`Input "artifact-name" must not contain "${forbidden[0]}": got "${name}".`)
    return undefined
  }
  return name
}

const MAX_NAME_LENGTH = 60

function readName(read: Read, problems: string[]): string | undefined {
  const name = read('name')
  if (!name) return undefined
  if (name.length > MAX_NAME_LENGTH || /[\p{Cc}\u2028\u2029]/u.test(name)) {
    problems.push(
      `Input "name" must be a short label on one line (at most ${MAX_NAME_LENGTH} characters), e.g. "50 users": got "${truncateForMessage(name)}".`
    )
    return undefined
  }
  return name
}

function truncateForMessage(text: string): string {
  const line = text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
  return line.length > MAX_NAME_LENGTH ? `${line.slice(0, MAX_NAME_LENGTH)}…` : line
}

function readCriteria(read: Read, problems: string[]): Criterion[] {
  const maxP95Ms = readNumber(read, 'max-p95-ms', problems, {
    kind: 'time',
    accept: (v) => v > 0,
    expected: 'a positive time in milliseconds, e.g. 800, 800ms or 0.8s'
  })
  const maxErrorRate = readNumber(read, 'max-error-rate', problems, {
    kind: 'percentage',
    accept: (v) => v >= 0 && v <= 100,
    expected: 'a percentage from 0 to 100, e.g. 1 or 1%'
  })
  const { criteria, errors } = parseThresholds(read('thresholds'))
  for (const error of errors) problems.push(`Input "thresholds": ${error}`)
  return [...criteriaFromLimits({ maxP95Ms, maxErrorRate }), ...criteria]
}

function readBaseline(read: Read, problems: string[]): BaselineSetting | undefined {
  const raw = read('baseline')
  const runs = readPositiveInteger(read, 'baseline-runs', problems) ?? DEFAULT_BASELINE_RUNS
  const since = readBaselineSince(read, problems)
  if (!raw) return undefined
  const common = { runs, ...(since === undefined ? {} : { since }) }
  if (raw.toLowerCase() === 'auto') return { kind: 'auto', ...common }
  return { kind: 'file', path: raw, ...common }
}

/** A date (`2026-03-01`, or with a time), or a run ID, workflow run ID or commit SHA. */
function readBaselineSince(read: Read, problems: string[]): string | undefined {
  const raw = read('baseline-since')
  if (!raw) return undefined
  const dateLike = /^\d{4}-\d{2}-\d{2}/.test(raw)
  if ((dateLike && !isDate(raw)) || (!dateLike && !/^[A-Za-z0-9_.-]{1,100}$/.test(raw))) {
    problems.push(
      `Input "baseline-since" must be a date (2026-03-01 or 2026-03-01T10:00:00Z), a run ID or a commit SHA; got "${truncateForMessage(raw)}".`
    )
    return undefined
  }
  return raw
}

function readConfirmRegressions(read: Read, problems: string[]): ConfirmMode {
  const raw = read('confirm-regressions').toLowerCase() || 'off'
  const mode = CONFIRM_MODES.find((candidate) => candidate === raw)
  if (mode !== undefined) return mode
  problems.push(
    `Input "confirm-regressions" must be ${CONFIRM_MODES.map((m) => `"${m}"`).join(' or ')}, not "${truncateForMessage(raw)}".`
  )
  return 'off'
}
