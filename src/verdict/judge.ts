import type { BaselineSetting } from '../inputs.js'
import type { Log } from '../log.js'
import type { RunMetrics } from '../metrics/model.js'
import { allSteps } from '../metrics/figures.js'
import { HistoryAdmission, type NotComparable } from '../metrics/comparable.js'
import { counted, formatCount } from '../number-format.js'
import { learningNote } from './regression-words.js'
import { checkCriteria, evaluateCriteria, unmatchedCriteria } from './thresholds.js'
import { loadDistributions } from './distributions.js'
import { compareWithHistory } from './regressions.js'
import { HistoryFold } from './history.js'
import type {
  BaselineComparison,
  BaselineRunRef,
  ComparisonKind,
  Criterion,
  CriterionCheck,
  Verdict
} from './types.js'
import { decideVerdict, NO_FIGURES } from './outcome.js'

export interface JudgeInput {
  metrics: RunMetrics
  /** Why the action gave up on the run, when it did (timeout, polling failed). */
  runProblem?: string
  criteria: Criterion[]
  baseline?: BaselineSetting
  /** `max-regression`; with a baseline the inputs always give it (its default is theirs). */
  maxRegressionPercent?: number
  noiseFloorMs: number
  /** Percent of unchanged runs that may fail the regression gate. */
  falseAlarmRate: number
  /** Where the history the baseline names comes from; kept apart because it needs disk and GitHub. */
  history: HistorySource
  log: Log
}

export interface HistorySource {
  find(baseline: BaselineSetting): Promise<BaselineSearch>
  read(file: HistoryFile): Promise<RunMetrics>
}

/** An earlier run's metrics.json on disk, with where it came from when known. */
export interface HistoryFile {
  path: string
  ref?: BaselineRunRef
  /** The run, when it was read already. */
  metrics?: RunMetrics
  /** Why the file could not be read, when it could not. */
  problem?: string
}

export interface BaselineSearch {
  files: HistoryFile[]
  /** Why nothing was found, when nothing was. */
  nothingFound?: string
  /** Candidates passed over because they ran another load, counted for the notice. */
  otherLoad?: number
}

interface Skipped {
  admission: HistoryAdmission
  counts: Map<NotComparable, number>
  unreadable: string[]
}

/** The server gives figures, not a verdict: thresholds and the baseline decide. */
export async function judgeRun(input: JudgeInput): Promise<Verdict> {
  const { metrics, log } = input
  const breaches = evaluateCriteria(metrics, input.criteria)
  const stepCount = allSteps(metrics).length
  const checks = checkCriteria(metrics, input.criteria)
  const unmadeChecks = [
    ...unmadeCriteria(input.criteria, checks, stepCount),
    ...unmadeRegressionLimit(input)
  ]
  const notes: string[] = []
  const comparison =
    input.baseline && (await compareWithBaseline(input, input.baseline, unmadeChecks, notes))
  if (comparison?.comparedSteps === 0) unmadeChecks.push(nothingCompared(comparison, stepCount))
  for (const check of unmadeChecks) log.warning(check, { title: 'Check not made' })
  for (const note of notes) log.notice(note)
  return decideVerdict({
    runStatus: metrics.status,
    runProblem: input.runProblem,
    breaches,
    comparison,
    baselineSet: input.baseline !== undefined,
    stepCount,
    criteriaCount: input.criteria.length,
    checks,
    unmadeChecks
  })
}

function unmadeCriteria(
  criteria: Criterion[],
  checks: CriterionCheck[],
  stepCount: number
): string[] {
  if (stepCount === 0 && criteria.length > 0) {
    const which =
      criteria.length === 1 ? 'The criterion was' : `None of the ${criteria.length} criteria was`
    return [`${which} checked: ${NO_FIGURES}.`]
  }
  return unmatchedCriteria(checks).map(
    (criterion) =>
      `Threshold \`${criterion.source}\` matched no step of this run, so it was not checked.`
  )
}

function unmadeRegressionLimit(input: JudgeInput): string[] {
  if (input.maxRegressionPercent === undefined || input.baseline !== undefined) return []
  return [
    `"max-regression: ${input.maxRegressionPercent}" was not checked: no baseline is set. Set "baseline: auto" or the path of an earlier run's metrics.json.`
  ]
}

async function compareWithBaseline(
  input: JudgeInput,
  baseline: BaselineSetting,
  unmade: string[],
  notes: string[]
): Promise<BaselineComparison | undefined> {
  const search = await input.history.find(baseline)
  if (search.files.length === 0) {
    unmade.push(
      `No baseline, so no regression check: ${search.nothingFound ?? 'no earlier run was found'}.`
    )
    return undefined
  }
  const skipped: Skipped = {
    admission: new HistoryAdmission(input.metrics),
    counts: new Map(search.otherLoad ? [['other load', search.otherLoad]] : []),
    unreadable: []
  }
  const fold = new HistoryFold(input.metrics)
  for (const file of search.files) await foldFile(fold, file, input, skipped)
  const history = fold.history(baseline.runs, baseline.since)
  const beforeSince = baseline.since === undefined ? 0 : fold.countBefore(baseline.since)
  const skippedNote = describeSkipped(skipped)
  if (baseline.since !== undefined) notes.push(sinceNote(baseline.since, beforeSince))
  const older = fold.size - beforeSince - history.runs.length
  if (older > 0) {
    input.log.info(
      `${counted(older, 'older history run', 'older history runs')} left out: baseline-runs is ${baseline.runs}.`
    )
  }
  if (history.runs.length === 0) {
    unmade.push(
      `No baseline, so no regression check: no history run can be compared (${skippedNote}).`
    )
    return undefined
  }
  if (skippedNote !== '') {
    notes.push(
      `${counted(history.runs.length, 'history run', 'history runs')} compared; ${skippedNote}.`
    )
  }
  const options = {
    maxRegressionPercent: input.maxRegressionPercent ?? 0,
    noiseFloorMs: input.noiseFloorMs,
    falseAlarmRate: input.falseAlarmRate
  }
  const comparison = compareWithHistory(input.metrics, history, options, await loadDistributions())
  if (comparison.learning !== undefined) {
    const { runs, needed } = comparison.learning
    notes.push(
      learningNote(runs, needed, {
        percent: options.maxRegressionPercent,
        ms: options.noiseFloorMs
      })
    )
  }
  return comparison
}

/**
 * Why a comparison that paired no step is no regression check. The comparison is kept with the
 * verdict all the same: its new and vanished steps show why nothing paired.
 */
function nothingCompared(comparison: BaselineComparison, stepCount: number): string {
  if (stepCount === 0) return `The regression check was not made: ${NO_FIGURES}.`
  const count = (kind: ComparisonKind) =>
    formatCount(comparison.steps.filter((step) => step.kind === kind).length)
  return `No step of this run is in the baseline's history (${count('new')} new, ${count('vanished')} vanished), so no regression check.`
}

/** Reads one history run, adds it to the fold if it is comparable, and lets go of it. */
async function foldFile(
  fold: HistoryFold,
  file: HistoryFile,
  input: JudgeInput,
  skipped: Skipped
): Promise<void> {
  const { log } = input
  let run: RunMetrics
  try {
    run = await input.history.read(file)
  } catch (error) {
    skipped.unreadable.push((error as Error).message)
    return
  }
  const notComparable = skipped.admission.admit(run)
  if (notComparable !== undefined) {
    skipped.counts.set(notComparable, (skipped.counts.get(notComparable) ?? 0) + 1)
  } else {
    const ref = file.ref ?? {
      runId: run.runId,
      url: run.source?.workflowRunUrl,
      finishedAt: run.finishedAt
    }
    log.info(`Baseline: run ${run.runId} from ${ref.url ?? file.path} (${run.finishedAt})`)
    fold.add(run, ref)
  }
}

const SKIPPED_WHY: Record<NotComparable, [one: string, many: string]> = {
  'this run': ['copy of this run itself', 'copies of this run itself'],
  duplicate: ['second copy of a run', 'further copies of runs'],
  'other timeline': ['run of another timeline', 'runs of another timeline'],
  'other load': [
    'run of another load (data item, role or virtual users)',
    'runs of another load (data item, role or virtual users)'
  ],
  unfinished: ['run that did not finish', 'runs that did not finish']
}

function describeSkipped(skipped: Skipped): string {
  const parts: string[] = []
  for (const [why, count] of skipped.counts) {
    if (count > 0) parts.push(`${counted(count, ...SKIPPED_WHY[why])} skipped`)
  }
  if (skipped.unreadable.length > 0) {
    parts.push(
      `${counted(skipped.unreadable.length, 'file', 'files')} unreadable (${skipped.unreadable[0]})`
    )
  }
  return parts.join(', ')
}

function sinceNote(since: string, ignored: number): string {
  return ignored === 0
    ? `baseline-since "${since}": no history run is older, so none was ignored.`
    : `baseline-since "${since}": ${counted(ignored, 'earlier history run', 'earlier history runs')} ignored; the history starts afresh there.`
}
