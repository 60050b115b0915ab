/** The load a run was asked to put on the system: runs of another load are not comparable. */
import type { RunIntegrationRequest, TrackItem } from '../leapwork/types.js'
import type { RunLoad } from './model.js'

/**
 * Each track item's data item, roles and virtual users: the `track-items` override, else the
 * run-wide `data-item-*`, `role` and `user-count`, else (users only) the timeline's peak load.
 */
export function runLoadOf(request: RunIntegrationRequest, trackItems: TrackItem[]): RunLoad {
  return {
    ...(request.dataItemAssetId === undefined ? {} : { dataItemId: request.dataItemAssetId }),
    ...(request.role === undefined ? {} : { role: request.role }),
    trackItems: trackItems.map((item) => {
      const override = request.trackItems?.[item.id]
      const dataItemId = override?.dataItemAssetId ?? request.dataItemAssetId
      const roles = override?.selectedRoles ?? (request.role ? [request.role] : undefined)
      const virtualUsers = override?.userCount ?? request.userCount ?? peakLoad(item)
      return {
        trackItemId: item.id,
        ...(dataItemId === undefined ? {} : { dataItemId }),
        ...(roles === undefined ? {} : { roles: [...roles].sort() }),
        ...(virtualUsers === undefined ? {} : { virtualUsers })
      }
    })
  }
}

function peakLoad(item: TrackItem): number | undefined {
  const loads = (item.load ?? []).map((point) => point.load).filter(Number.isFinite)
  return loads.length === 0 ? undefined : Math.max(...loads)
}

/**
 * Whether two runs ran the same load. A run recorded before loads were (metrics.json without
 * `load`) is taken to match: there is nothing to tell it apart by.
 */
export function sameLoad(a: RunLoad | undefined, b: RunLoad | undefined): boolean {
  if (a === undefined || b === undefined) return true
  return canonical(a) === canonical(b)
}

/** One string per load: runs of the same load give the same. */
export function canonicalLoad(load: RunLoad | undefined): string {
  return load === undefined ? 'null' : canonical(load)
}

function canonical(load: RunLoad): string {
  const trackItems = [...load.trackItems]
    .sort((x, y) => (x.trackItemId < y.trackItemId ? -1 : x.trackItemId > y.trackItemId ? 1 : 0))
    .map((item) => [
      item.trackItemId,
      item.dataItemId ?? null,
      item.roles ?? null,
      item.virtualUsers ?? null
    ])
  return JSON.stringify([load.dataItemId ?? null, load.role ?? null, trackItems])
}
