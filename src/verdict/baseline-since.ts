/**
 * What `baseline-since` names: a date, or the run ID, workflow run ID or commit SHA of the first run
 * of the history. Kept apart from the history fold so that reading the inputs does not load it.
 */

/** What a run answers to in `baseline-since`: its run ID, workflow run ID and commit SHA. */
export interface RunMarks {
  finishedAt: string
  ids: string[]
  sha?: string
}

/** `2026-03-01` or `2026-03-01T10:00:00Z`: a date, not an ID. */
export function isDate(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  )
}

/**
 * The index of the first run (oldest first) at or after `since`: the first finished at or after a
 * date, or the newest run it names; 0 without `since` or when no run answers to it.
 */
export function firstRunSince(runs: readonly RunMarks[], since: string | undefined): number {
  if (since === undefined) return 0
  if (isDate(since)) {
    const from = Date.parse(since)
    const first = runs.findIndex((run) => Date.parse(run.finishedAt) >= from)
    return first < 0 ? runs.length : first
  }
  const wanted = since.toLowerCase()
  const names = (marks: RunMarks) =>
    marks.ids.some((id) => id.toLowerCase() === wanted) ||
    (wanted.length >= 7 && marks.sha?.startsWith(wanted) === true)
  for (let index = runs.length - 1; index >= 0; index--) {
    if (names(runs[index])) return index
  }
  return 0
}
