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

interface StepChange {
  kind: ComparisonKind
  trackItemId: string
  stepId: string
  title: string
  currentP95?: number
  baselineP95?: number
  deltaMs?: number
  deltaPercent?: number
  /**
   * The change of p95 against the history's median beyond which the step regresses in this run: its
   * noise band at the false-alarm budget, moved by the whole run's shared change, and never below
   * the practical minimum (calibrated gates only).
   */
  limitPercent?: number
  currentErrors?: number
  currentRequests?: number
  /** The history's error rate of the step, in percent. */
  baselineErrorRate?: number
  /** What its history says of the step's noise (calibrated gates only). */
  noise?: StepNoise
  /**
   * Why the step's p95 was not judged, when its history cannot bound its noise (its limit would
   * pass +200 %): a check not made for that step, never a pass.
   */
  notChecked?: string
  improvement: boolean
}

/** What a step's history says of its noise: why its limit is what it is. */
export interface StepNoise {
  /** The step's run-to-run spread of p95 in the history, in percent (robust: spikes left out). */
  spreadPercent: number
  /** How many times its noise class's spikes widen its limit (1: not at all; capped at 4). */
  tailWeight: number
  /** The history run whose p95 was furthest from the step's level, and by how much. */
  extreme?: { run: BaselineRunRef; changePercent: number }
  /** When the step's level shifted and held for 3 or more runs: the first run at its level now. */
  levelSince?: BaselineRunRef
}

/** Steps of similar spread whose history shows spikes, so their limits are widened. */
export interface SpikyClass {
  steps: number
  lowestSpreadPercent: number
  highestSpreadPercent: number
  tailWeight: number
}

/** A step this run and the history both have, whose p95 or errors are beyond what its history explains. */
export interface RegressedStep extends StepChange {
  kind: 'matched'
  currentP95: number
  baselineP95: number
  deltaMs: number
  deltaPercent: number
  regression: true
  /** What regressed: the p95 beyond its band, or the errors beyond what the history explains. */
  regressedOn: 'p95' | 'errors'
  /** One sentence: step, track item, baseline p95, this p95, change and band. */
  message: string
}

/** A step of this run or of the history: matched, new or vanished, and whether it regressed. */
export type StepComparison = (StepChange & { regression: false }) | RegressedStep

/** A regression of the whole run rather than of single steps. */
export interface RunRegression {
  measure: 'p95' | 'errors'
  /** p95: how much all steps moved together; errors: the change of the run's error rate. */
  changePercent: number
  /** The change beyond which the whole run regresses: its run-to-run band or the practical minimum. */
  limitPercent?: number
  /** One sentence, e.g. "All 4 steps are 24% slower, beyond the whole run's limit of +10%." */
  message: string
}

/** One run of the trend chart: the history's runs, oldest first, then this run. */
export interface TrendPoint {
  /** Geometric mean of the run's step p95s relative to the history's levels, as a percent. */
  p95Index: number
  worstP95: number
  current: boolean
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
  /** Percent of unchanged runs allowed to fail, shared by all compared steps. */
  falseAlarmRate: number
  /** False while the gate is learning (fewer history runs than `learning.needed` more). */
  calibrated: boolean
  /**
   * While the history is too short to calibrate the gate: how many runs it has and how many more
   * it needs. Regressions are then reported as warnings and do not fail the run.
   */
  learning?: { runs: number; needed: number }
  /** Noise classes whose spikes widen their limits: the timeline was judged spiky there. */
  spikyClasses?: SpikyClass[]
  /** When the whole run's level shifted and held for 3 or more runs: the first run at it. */
  runLevelSince?: BaselineRunRef
  /** Steps that this run and the history both have, judged against their noise. */
  comparedSteps: number
  /** How much all steps moved together against the history, and the band of that, in percent. */
  runChangePercent?: number
  runLimitPercent?: number
  runRegressions: RunRegression[]
  trend: TrendPoint[]
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
  regressions: RegressedStep[]
  baseline?: BaselineComparison
  /** Each criterion with its worst figure, so a reader sees what the gate looked at. */
  checks: CriterionCheck[]
  /** Checks the user asked for that could not be made, each a sentence with the reason. */
  unmadeChecks: string[]
  /** What a confirmation run (`confirm-regressions: rerun`) established, when one was made. */
  confirmation?: import('./confirmation.js').Confirmation
}
