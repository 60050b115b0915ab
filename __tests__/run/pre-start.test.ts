import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/inputs.js'
import type { Timeline } from '../../src/leapwork/types.js'
import type { RunMetrics } from '../../src/metrics/model.js'
import { checkBeforeStart, type PreStartSettings } from '../../src/run/pre-start.js'
import type { RunPlan } from '../../src/run/resolve.js'
import type { HistorySource } from '../../src/verdict/judge.js'
import { parseThresholds } from '../../src/verdict/threshold-grammar.js'
import { runOf } from '../verdict/runs.js'

function planOf(plannedRunTime = 300): RunPlan {
  const timeline: Timeline = {
    projectId: 'project_001',
    timeline: { tracks: [], trackItems: [], isRunEnabled: true },
    plannedRunTime,
    estimatedVum: 25
  }
  return {
    timeline,
    timelineTitle: 'Checkout',
    timelineAssetId: 'timeline_1',
    request: { timelineAssetId: 'timeline_1' },
    warnings: []
  }
}

/** A history of runs given by path, as if read from disk; `missing` is what the search says. */
function history(runs: Record<string, RunMetrics>, missing?: string): HistorySource {
  return {
    find: () =>
      Promise.resolve(
        missing
          ? { files: [], nothingFound: missing }
          : { files: Object.keys(runs).map((path) => ({ path })) }
      ),
    read: (file) => Promise.resolve(runs[file.path])
  }
}

function settings(extra: Partial<PreStartSettings> = {}): PreStartSettings {
  return { criteria: [], ...extra }
}

const steps = (...titles: string[]) =>
  titles.map((title, index) => ({ stepId: `step_${index}`, title }))

describe('checkBeforeStart', () => {
  it('refuses a timeout shorter than the planned run time, naming both', async () => {
    const check = checkBeforeStart(planOf(300), settings({ timeoutSeconds: 299 }), history({}))
    await expect(check).rejects.toBeInstanceOf(InputError)
    await expect(check).rejects.toThrow(/"timeout" is 299 s, shorter than .* 300 s/)
  })

  it('takes a timeout equal to the planned run time', async () => {
    const plan = planOf(300)
    await expect(
      checkBeforeStart(plan, settings({ timeoutSeconds: 300 }), history({}))
    ).resolves.toEqual([])
  })

  it('warns of a baseline that names nothing, and adds it to the plan', async () => {
    const plan = planOf()
    const baseline = { kind: 'file' as const, path: 'nowhere', runs: 10 }
    const warnings = await checkBeforeStart(
      plan,
      settings({ baseline }),
      history({}, 'the baseline nowhere does not exist')
    )
    expect(warnings).toEqual([
      'Input "baseline": nowhere does not exist, so this run would be judged without a baseline (no regression check). Correct the path, or remove "baseline".'
    ])
    expect(plan.warnings).toEqual(warnings)
  })

  it('suggests the titles of the newest run of the timeline for a step pattern that matches none', async () => {
    const older = {
      ...runOf([{ id: 'ti_1', title: 'Flow', steps: steps('POST /api/logn') }], 'run_old'),
      finishedAt: '2026-01-01T00:00:00.000Z'
    }
    const newest = runOf(
      [{ id: 'ti_1', title: 'Flow', steps: steps('POST /api/login', 'GET /api/cart') }],
      'run_new'
    )
    const other = {
      ...runOf([{ id: 'ti_1', title: 'Flow', steps: steps('x') }], 'run_other'),
      timelineId: 'timeline_2',
      timelineTitle: 'Other',
      finishedAt: '2027-01-01T00:00:00.000Z'
    }
    const { criteria } = parseThresholds(
      '"POST /api/logn": p95 < 300\n"GET /api/*": p95 < 900\np95 < 800'
    )
    const baseline = { kind: 'file' as const, path: 'history', runs: 10 }

    const warnings = await checkBeforeStart(
      planOf(),
      settings({ baseline, criteria }),
      history({ a: older, b: newest, c: other })
    )

    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /^Threshold `"POST \/api\/logn": p95 < 300`: "POST \/api\/logn" matches no step of the newest baseline run \(run_new\), so it would not be checked\. Did you mean "POST \/api\/login"/
    )
  })

  it('warns of user-count without a data item, not with one', async () => {
    const without = await checkBeforeStart(planOf(), settings({ userCount: 25 }), history({}))
    expect(without).toEqual([
      expect.stringMatching(/^Input "user-count" is set without a data item/)
    ])
    const withDataItem = settings({ userCount: 25, dataItem: { id: 'dataitem_1' } })
    await expect(checkBeforeStart(planOf(), withDataItem, history({}))).resolves.toEqual([])
  })
})
