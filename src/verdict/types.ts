/** What the action concludes about a run, shared by the summary, the PR comment and JUnit. */

export const METRIC_NAMES = [
  'min',
  'average',
  'median',
  'p90',
  'p95',
  'p99',
  'max',
  'errors',
  'error-rate',
  'requests'
] as const
export type MetricName = (typeof METRIC_NAMES)[number]

export type Comparator = '<' | '<=' | '>' | '>=' | '==' | '!='

/** Which steps a criterion applies to: the whole run, or steps matched by title glob / track item. */
export type CriterionScope =
  | { kind: 'run' }
  | { kind: 'step'; titleGlob: string }
  | { kind: 'track-item'; trackItemId: string }

/** One condition that must hold, parsed from a line of the `thresholds` input or from max-* inputs. */
export interface Criterion {
  source: string
  scope: CriterionScope
  metric: MetricName
  comparator: Comparator
  limit: number
}

export interface Breach {
  criterion: Criterion
  trackItemId?: string
  stepId?: string
  stepTitle?: string
  value: number
  /** One sentence naming the step, the metric, the value and the limit. */
  message: string
}

export type ComparisonKind = 'matched' | 'new' | 'vanished'

export interface StepComparison {
  kind: ComparisonKind
  trackItemId: string
  stepId: string
  title: string
  currentP95?: number
  baselineP95?: number
  deltaMs?: number
  deltaPercent?: number
  regression: boolean
  improvement: boolean
}

export interface BaselineRunRef {
  runId: string
  url?: string
  finishedAt?: string
}

export interface BaselineComparison {
  /** The earlier runs the baseline figures come from (more than one when it is a median). */
  runs: BaselineRunRef[]
  maxRegressionPercent?: number
  noiseFloorMs: number
  steps: StepComparison[]
}

export type Result = 'passed' | 'failed' | 'error'

/** How one criterion fared, for the table of what was checked. */
export interface CriterionCheck {
  criterion: Criterion
  /** How many figures (steps, or totals) it was checked on; 0 when it matched nothing. */
  checkedOn: number
  /** The figure furthest on the wrong side of the limit, or nearest to it when all held. */
  worst?: { value: number; trackItemId?: string; stepTitle?: string }
  held: boolean
}

export interface Verdict {
  result: Result
  /** One line saying why, e.g. "2 thresholds breached" or "the run ended with status Failed". */
  reason: string
  breaches: Breach[]
  regressions: StepComparison[]
  baseline?: BaselineComparison
  /** Each criterion with its worst figure, so a reader sees what the gate looked at. */
  checks: CriterionCheck[]
  /** Checks the user asked for that could not be made, each a sentence with the reason. */
  unmadeChecks: string[]
}
