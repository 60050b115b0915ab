import type { LeapworkClient } from '../leapwork/client.js'
import { LeapworkError } from '../leapwork/errors.js'
import type {
  DataItem,
  RunIntegrationRequest,
  Timeline,
  TimelineSummary
} from '../leapwork/types.js'
import type { AssetRef, Settings } from '../inputs.js'
import { closestOf } from './closest.js'

/** What will be started, resolved and checked before anything costs money. */
export interface RunPlan {
  timeline: Timeline
  timelineTitle: string
  timelineAssetId?: string
  dataItem?: DataItem
  request: RunIntegrationRequest
  /** What the user should know before the run starts, e.g. an ID and a name that disagree. */
  warnings: string[]
}

/** A refusal before the run starts: the timeline or data item cannot be run as asked. */
export class PlanError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PlanError'
  }
}

type PlanSettings = Pick<
  Settings,
  'timeline' | 'projectId' | 'dataItem' | 'role' | 'userCount' | 'trackItems'
>

export async function resolvePlan(
  client: LeapworkClient,
  settings: PlanSettings
): Promise<RunPlan> {
  const { timeline, title, knownTitle, assetId } = await resolveTimeline(client, settings.timeline)
  if (!timeline.timeline.isRunEnabled) {
    throw new PlanError(
      `Timeline "${title}" cannot be run: Leapwork Performance reports isRunEnabled: false. Enable it for runs in the portal, or choose another timeline.`
    )
  }
  checkTrackItems(timeline, title, settings.trackItems)
  const projectId = settings.projectId ?? timeline.projectId
  const dataItem =
    settings.dataItem && (await resolveDataItem(client, settings.dataItem, projectId))
  if (dataItem && settings.role) checkRole(dataItem, settings.role)
  await checkTrackItemDataItems(client, settings.trackItems, projectId, dataItem)
  return {
    timeline,
    timelineTitle: title,
    timelineAssetId: assetId,
    dataItem,
    request: buildRequest(settings, dataItem),
    warnings: [
      ...nameMismatch('timeline', settings.timeline, knownTitle),
      ...nameMismatch('data-item', settings.dataItem, dataItem?.dataItemName)
    ]
  }
}

/** An ID wins over a name given beside it; when they name different assets, the user hears of it. */
function nameMismatch(
  input: 'timeline' | 'data-item',
  ref: AssetRef | undefined,
  actualName: string | undefined
): string[] {
  if (!ref || !('id' in ref) || !ref.name || actualName === undefined) return []
  if (ref.name === actualName) return []
  const what = input === 'timeline' ? 'timeline' : 'data item'
  return [
    `Inputs "${input}-id" and "${input}-name" disagree: ID "${ref.id}" is the ${what} "${actualName}", not "${ref.name}". The ID wins, so "${actualName}" is used; remove one of the two inputs.`
  ]
}

/** The timeline, the title to show for it, and the title the server gave it, if it gave one. */
async function resolveTimeline(
  client: LeapworkClient,
  ref: AssetRef
): Promise<{ timeline: Timeline; title: string; knownTitle?: string; assetId?: string }> {
  if ('id' in ref) {
    const timeline = await orUnknown(client.getTimelineAsset(ref.id), (refusal) =>
      unknownTimeline(client, refusal, `ID "${ref.id}"`, ref.id, (t) => t.timelineId === ref.id)
    )
    const knownTitle = timeline.title ?? (await titleOf(client, ref.id))
    return { timeline, title: knownTitle ?? ref.id, knownTitle, assetId: ref.id }
  }
  const timeline = await orUnknown(client.getTimeline(ref.name, ref.projectId), (refusal) =>
    unknownTimeline(
      client,
      refusal,
      `name "${ref.name}" in project ${ref.projectId}`,
      ref.name,
      (t) => t.title === ref.name && t.projectId === ref.projectId
    )
  )
  const title = timeline.title ?? ref.name
  return { timeline, title, knownTitle: title }
}

/** The title the timeline list gives the ID; undefined when the list does not say. */
async function titleOf(client: LeapworkClient, timelineId: string): Promise<string | undefined> {
  try {
    const timelines = await client.getTimelines()
    return timelines.find((t) => t.timelineId === timelineId)?.title
  } catch {
    return undefined
  }
}

/**
 * The API answers 400 for an unknown timeline, but also for other refusals: when the timeline
 * does exist, the server's own words are the better message.
 */
async function unknownTimeline(
  client: LeapworkClient,
  refusal: LeapworkError,
  asked: string,
  query: string,
  isAsked: (timeline: TimelineSummary) => boolean
): Promise<never> {
  const timelines = await client.getTimelines().catch((error: unknown) => {
    if (isNotFound(refusal) && error instanceof LeapworkError && isNotFound(error)) {
      throw notTheApi(client.baseUrl, refusal.endpoint)
    }
    return [] as TimelineSummary[]
  })
  if (timelines.some(isAsked)) throw refusal
  const closest = closestOf(query, timelines, (t) => [t.title, t.timelineId])
  const hint = closest.length
    ? ` Closest existing timelines: ${closest.map((t) => `"${t.title}" (ID ${t.timelineId}, project ${t.projectId})`).join(', ')}.`
    : " The API key's company has no timelines."
  throw new PlanError(`No timeline found with ${asked}.${hint}`)
}

function isNotFound(error: LeapworkError): boolean {
  return error.kind === 'not-found'
}

/** The lookup and the list of timelines both missing: the address is wrong, not the timeline. */
function notTheApi(baseUrl: string, lookup: string): LeapworkError {
  return new LeapworkError(
    'not-found',
    lookup,
    `Leapwork Performance answered HTTP 404 to both ${lookup} and getTimelines, so base-url ${baseUrl} is not the address of the Leapwork Performance API (its endpoints are under <base-url>/api/integration/). Set base-url to the API's address, e.g. https://perfapi.leapwork.cloud.`,
    { status: 404 }
  )
}

async function resolveDataItem(
  client: LeapworkClient,
  ref: AssetRef,
  projectId: string
): Promise<DataItem> {
  const asked = 'id' in ref ? `ID "${ref.id}"` : `name "${ref.name}" in project ${ref.projectId}`
  const lookup =
    'id' in ref ? client.getDataItemAsset(ref.id) : client.getDataItem(ref.name, ref.projectId)
  const isAsked = (d: DataItem) =>
    'id' in ref ? d.assetId === ref.id : d.dataItemName === ref.name
  const dataItem = await orUnknown(lookup, async (refusal) => {
    const items = (await client.getDataItems(projectId).catch(() => [] as DataItem[])).filter(
      (item) => !item.isDeleted
    )
    if (items.some(isAsked)) throw refusal
    const closest = closestOf('id' in ref ? ref.id : ref.name, items, (d) => [
      d.dataItemName,
      d.assetId
    ])
    const hint = closest.length
      ? ` Closest data items in project ${projectId}: ${closest.map((d) => `"${d.dataItemName}" (ID ${d.assetId})`).join(', ')}.`
      : ''
    throw new PlanError(`No data item found with ${asked}.${hint}`)
  })
  if (dataItem.isDeleted) {
    throw new PlanError(`Data item "${dataItem.dataItemName}" (${dataItem.assetId}) is deleted.`)
  }
  return dataItem
}

function checkRole(dataItem: DataItem, role: string, input = 'Input "role"'): void {
  const roles = [
    ...new Set(dataItem.text.map((row) => row.role).filter((r) => typeof r === 'string'))
  ]
  if (!roles.includes(role)) {
    const known = roles.length
      ? `its roles are ${roles.map((r) => `"${r}"`).join(', ')}`
      : 'it has no roles'
    throw new PlanError(
      `${input}: no row of data item "${dataItem.dataItemName}" has role "${role}"; ${known}.`
    )
  }
}

function checkTrackItems(
  timeline: Timeline,
  title: string,
  trackItems: PlanSettings['trackItems']
): void {
  if (!trackItems) return
  const known = timeline.timeline.trackItems.map((item) => item.id)
  const unknown = Object.keys(trackItems).filter((id) => !known.includes(id))
  if (unknown.length > 0) {
    throw new PlanError(
      `Input "track-items" names ${unknown.map((id) => `"${id}"`).join(', ')}, not a track item of timeline "${title}"; its track items are ${known.map((id) => `"${id}"`).join(', ')}.`
    )
  }
}

/** Each track-items entry's data item exists and has the roles it selects, checked as for `data-item-id`. */
async function checkTrackItemDataItems(
  client: LeapworkClient,
  trackItems: PlanSettings['trackItems'],
  projectId: string,
  resolved: DataItem | undefined
): Promise<void> {
  const dataItems = new Map(resolved ? [[resolved.assetId, resolved]] : [])
  for (const [trackItemId, entry] of Object.entries(trackItems ?? {})) {
    const input = `Input "track-items", track item "${trackItemId}"`
    const id = entry.dataItemAssetId
    const dataItem =
      dataItems.get(id) ??
      (await resolveDataItem(client, { id }, projectId).catch((error: unknown) => {
        throw error instanceof PlanError ? new PlanError(`${input}: ${error.message}`) : error
      }))
    dataItems.set(id, dataItem)
    for (const role of entry.selectedRoles) checkRole(dataItem, role, input)
  }
}

function buildRequest(
  settings: PlanSettings,
  dataItem: DataItem | undefined
): RunIntegrationRequest {
  const timeline: RunIntegrationRequest =
    'id' in settings.timeline
      ? { timelineAssetId: settings.timeline.id }
      : { timelineName: settings.timeline.name, projectId: settings.timeline.projectId }
  return {
    ...timeline,
    ...(dataItem ? { dataItemAssetId: dataItem.assetId } : {}),
    ...(settings.role ? { role: settings.role } : {}),
    ...(settings.userCount ? { userCount: settings.userCount } : {}),
    ...(settings.trackItems ? { trackItems: settings.trackItems } : {})
  }
}

/** Turns the API's "unknown" answer (400 or 404) into the caller's own refusal. */
async function orUnknown<T>(
  lookup: Promise<T>,
  whenUnknown: (refusal: LeapworkError) => Promise<never>
): Promise<T> {
  try {
    return await lookup
  } catch (error) {
    if (
      error instanceof LeapworkError &&
      (error.kind === 'bad-request' || error.kind === 'not-found')
    ) {
      return whenUnknown(error)
    }
    throw error
  }
}
