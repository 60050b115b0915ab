/**
 * The step's outputs and the state main leaves for the post step: the only place either is
 * written, so a key that action.yml does not declare cannot be set (a test holds OUTPUT_KEYS and
 * action.yml's outputs to the same list).
 */
import { REPORT_KINDS, type ReportId } from '../reports/kinds.js'
import { core } from './toolkit.js'

const STEP_OUTPUT_KEYS = [
  'run-id',
  'status',
  'result',
  'p95-ms',
  'error-rate',
  'errors',
  'requests',
  'estimated-vum',
  'report-dir',
  'metrics-file',
  'junit-file',
  'artifact-id',
  'artifact-url',
  'changes'
] as const

/** Each downloaded report's path: `excel-report`, `ai-report`. */
export type ReportOutputKey = `${ReportId}-report`
export type OutputKey = (typeof STEP_OUTPUT_KEYS)[number] | ReportOutputKey

export function reportOutputKey(id: ReportId): ReportOutputKey {
  return `${id}-report`
}

/** Every output the action may set; action.yml declares exactly these. */
export const OUTPUT_KEYS: readonly OutputKey[] = [
  ...STEP_OUTPUT_KEYS,
  ...REPORT_KINDS.map((kind) => reportOutputKey(kind.id))
]

/** What main saves for the post step (see state.ts). */
export type StateKey = 'runId' | 'pollResultUrl' | 'startPendingFor' | 'runEnded'

/** Sets an output; a value that is not there (undefined) leaves the output unset. */
export function setOutput(key: OutputKey, value: string | number | undefined): void {
  if (value !== undefined) core.setOutput(key, String(value))
}

export function setOutputs(outputs: Partial<Record<OutputKey, string | number>>): void {
  for (const [key, value] of Object.entries(outputs)) setOutput(key as OutputKey, value)
}

export function saveState(key: StateKey, value: string): void {
  core.saveState(key, value)
}

export function getState(key: StateKey): string {
  return core.getState(key)
}
