import { getInput, maskSecret } from './github/toolkit.js'
import { actionsLog } from './github/log.js'
import type { TrackItemConfiguration } from './leapwork/types.js'
import type { Log } from './log.js'
import type { Tags } from 'yaml'
import type { Criterion } from './verdict/types.js'
import { CONFIRM_MODES, type ConfirmMode } from './verdict/confirmation.js'
import {
  criteriaFromLimits,
  parseQuantity,
  parseThresholds,
  type QuantityKind
} from './verdict/thresholds.js'

/** An asset by ID (with the name also given, to check it against), or by name in its project. */
export type AssetRef = { id: string; name?: string } | { name: string; projectId: string }

/**
 * Where the history comes from: `auto` (earlier runs' artifacts), or a path that is one
 * metrics.json, a directory of them or a glob. `runs` is `baseline-runs`, the newest kept.
 */
export type BaselineSetting =
  { kind: 'file'; path: string; runs: number } | { kind: 'auto'; runs: number }

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

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1'])
const MIN_POLL_INTERVAL_SECONDS = 0.1
const SIMULATOR_POLL_INTERVAL_SECONDS = 1
const TRACK_ITEM_FIELDS = ['dataItemAssetId', 'selectedRoles', 'userCount', 'authScriptId']
const YAML_NUMBER_TAGS = ['tag:yaml.org,2002:int', 'tag:yaml.org,2002:float']

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
  const settings: Settings = {
    apiKey,
    baseUrl,
    timeline: readTimeline(read, projectId, problems),
    projectId,
    dataItem: readDataItem(read, projectId, problems),
    role: optional('role'),
    userCount: readPositiveInteger(read, 'user-count', problems),
    trackItems: await readTrackItems(read, problems),
    dryRun: readBoolean(read, 'dry-run', false, problems),
    maxVum: readNumber(read, 'max-vum', problems, {
      kind: 'count',
      accept: (v) => v > 0,
      expected: 'a positive number of virtual-user minutes'
    }),
    wait: readBoolean(read, 'wait', true, problems),
    pollIntervalSeconds:
      readSeconds(read, 'poll-interval', problems, MIN_POLL_INTERVAL_SECONDS) ?? 5,
    timeoutSeconds: readSeconds(read, 'timeout', problems),
    reportDir: optional('report-dir'),
    artifactName: readArtifactName(read, problems),
    name: readName(read, problems),
    retentionDays: readRetentionDays(read, problems),
    criteria: readCriteria(read, problems),
    baseline: readBaseline(read, problems),
    maxRegressionPercent: readNumber(read, 'max-regression', problems, {
      kind: 'percentage',
      accept: (v) => v >= 0,
      expected: 'a percentage of 0 or more, e.g. 10 or 10%'
    }),
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
  if (
    url.protocol !== 'https:' &&
    !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))
  ) {
    problems.push(
      `Input "base-url" must use https (http is accepted only for localhost): got "${url.origin}". The API key must not travel unencrypted.`
    )
    return ''
  }
  if (url.username || url.password || url.search || url.hash) {
    problems.push('Input "base-url" must not hold credentials, a query or a fragment.')
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

/** Seconds, or a time with its unit (`90s`, `1500ms`), as a number of seconds. */
function readSeconds(
  read: Read,
  name: string,
  problems: string[],
  minimum = 0
): number | undefined {
  const atLeast = minimum > 0 ? `at least ${minimum} s` : 'a positive number of seconds'
  const ms = readNumber(read, name, problems, {
    kind: 'time',
    bareTimeUnit: 's',
    accept: (v) => v > 0 && v >= minimum * 1000,
    expected: `${atLeast}, e.g. 5, 5s or 500ms`
  })
  return ms === undefined ? undefined : ms / 1000
}

/** Polling faster than once a second suits the local simulator only. */
function warnOfFastPolling({ pollIntervalSeconds, baseUrl }: Settings, log: Log): void {
  if (pollIntervalSeconds >= SIMULATOR_POLL_INTERVAL_SECONDS || !baseUrl) return
  if (LOOPBACK_HOSTS.has(new URL(baseUrl).hostname)) return
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

/** The YAML parser is loaded only for this input: it is a large part of the start-up otherwise. */
async function readTrackItems(
  read: Read,
  problems: string[]
): Promise<Record<string, TrackItemConfiguration> | undefined> {
  const raw = read('track-items')
  if (!raw) return undefined
  let parsed: unknown
  try {
    const { parse: parseYaml } = await import('yaml')
    parsed = parseYaml(raw, { customTags: withoutNumberTags })
  } catch (error) {
    const reason =
      error instanceof Error ? error.message.split('\n')[0].replace(/:$/, '') : String(error)
    problems.push(`Input "track-items" is not valid JSON or YAML: ${reason}`)
    return undefined
  }
  if (!isPlainObject(parsed) || Object.keys(parsed).length === 0) {
    problems.push(
      'Input "track-items" must map track item IDs to their configuration: { "<trackItemId>": { dataItemAssetId, selectedRoles, userCount, authScriptId? } }.'
    )
    return undefined
  }
  const result: Record<string, TrackItemConfiguration> = {}
  for (const [trackItemId, config] of Object.entries(parsed)) {
    const checked = checkTrackItem(trackItemId, config)
    if (typeof checked === 'string') problems.push(`Input "track-items": ${checked}`)
    else result[trackItemId] = checked
  }
  return result
}

/**
 * YAML would read unquoted 0x10, 0o17 and 1e2 as numbers; kept as written, they are checked like
 * every other number input, which takes plain decimals only.
 */
function withoutNumberTags(tags: Tags): Tags {
  return tags.filter((tag) => typeof tag === 'string' || !YAML_NUMBER_TAGS.includes(tag.tag))
}

function checkTrackItem(trackItemId: string, config: unknown): TrackItemConfiguration | string {
  if (!isPlainObject(config)) return `the configuration of "${trackItemId}" must be an object.`
  const unknown = Object.keys(config).filter((field) => !TRACK_ITEM_FIELDS.includes(field))
  if (unknown.length > 0) {
    return `"${trackItemId}" has unknown field "${unknown[0]}"; the fields are ${TRACK_ITEM_FIELDS.join(', ')}.`
  }
  const { dataItemAssetId, selectedRoles, userCount, authScriptId } = config
  if (typeof dataItemAssetId !== 'string' || !dataItemAssetId) {
    return `"${trackItemId}" needs "dataItemAssetId", the asset ID of a data item.`
  }
  const roles = typeof selectedRoles === 'string' ? [selectedRoles] : selectedRoles
  if (!Array.isArray(roles) || roles.some((role) => typeof role !== 'string')) {
    return `"${trackItemId}" needs "selectedRoles", a list of role names.`
  }
  const count = typeof userCount === 'string' ? parseQuantity(userCount, 'count') : userCount
  if (typeof count !== 'number' || !Number.isInteger(count) || count <= 0) {
    return `the "userCount" of "${trackItemId}" must be a positive whole number: got ${JSON.stringify(userCount)}.`
  }
  if (authScriptId !== undefined && typeof authScriptId !== 'string') {
    return `the "authScriptId" of "${trackItemId}" must be a string.`
  }
  return {
    dataItemAssetId,
    selectedRoles: roles,
    userCount: count,
    ...(authScriptId ? { authScriptId } : {})
  }
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
  const runs = readPositiveInteger(read, 'baseline-runs', problems) ?? 10
  if (!raw) return undefined
  if (raw.toLowerCase() === 'auto') return { kind: 'auto', runs }
  return { kind: 'file', path: raw, runs }
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
