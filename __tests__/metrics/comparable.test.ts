import { describe, expect, it } from '@jest/globals'
import { HistoryAdmission } from '../../src/metrics/comparable.js'
import type { RunMetrics } from '../../src/metrics/model.js'
import { runOf } from '../verdict/runs.js'

const run = (runId: string, extra: Partial<RunMetrics> = {}): RunMetrics => ({
  ...runOf([{ id: 'ti_1', title: 'Shop', steps: [{ stepId: 's1', title: 'Open cart' }] }], runId),
  load: { trackItems: [{ trackItemId: 'ti_1', virtualUsers: 25 }] },
  ...extra
})

describe('which earlier runs join the history', () => {
  it('admits each comparable run once and never this run itself', () => {
    const admission = new HistoryAdmission(run('run_now'))

    const verdicts = [
      run('run_a'),
      run('run_a'),
      run('run_a'),
      run('run_now'),
      run('run_b', { timelineId: 'other' }),
      run('run_c', { load: { trackItems: [{ trackItemId: 'ti_1', virtualUsers: 50 }] } }),
      run('run_d', { status: 'Stopped' }),
      run('run_e')
    ].map((candidate) => admission.admit(candidate) ?? 'admitted')

    expect(verdicts).toEqual([
      'admitted',
      'duplicate',
      'duplicate',
      'this run',
      'other timeline',
      'other load',
      'unfinished',
      'admitted'
    ])
  })
})
