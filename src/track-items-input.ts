/** The `track-items` input: per-track-item configuration, as JSON or YAML. */
import type { Tags } from 'yaml'
import type { TrackItemConfiguration } from './leapwork/types.js'
import { parseQuantity } from './verdict/threshold-grammar.js'

const TRACK_ITEM_FIELDS = ['dataItemAssetId', 'selectedRoles', 'userCount', 'authScriptId']
const YAML_NUMBER_TAGS = ['tag:yaml.org,2002:int', 'tag:yaml.org,2002:float']

/** The YAML parser is loaded only for this input: it is a large part of the start-up otherwise. */
export async function readTrackItems(
  raw: string,
  problems: string[]
): Promise<Record<string, TrackItemConfiguration> | undefined> {
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
