/**
 * The values before and after a split of a series, each segment kept sorted as the split moves one
 * value earlier, so that both medians are read off without sorting either segment afresh. The
 * medians are those of robust.ts: the middle value, or the mean of the two middle values.
 * One instance is reused from search to search; its buffers only grow.
 */
export class SortedSplit {
  private values: Float64Array = new Float64Array(0)
  private before = new Float64Array(0)
  private after = new Float64Array(0)
  private countBefore = 0
  private countAfter = 0
  /** Index of the first value after the split. */
  split = 0

  /** Starts at the split before index `split` of values (finite numbers). */
  start(values: Float64Array, split: number): void {
    if (this.before.length < values.length) {
      this.before = new Float64Array(values.length)
      this.after = new Float64Array(values.length)
    }
    this.values = values
    this.split = split
    this.countBefore = split
    this.countAfter = values.length - split
    sortInto(values.subarray(0, split), this.before)
    sortInto(values.subarray(split), this.after)
  }

  /** Moves the split one value earlier: that value leaves the values before for those after. */
  stepBack(): void {
    const value = this.values[--this.split]
    const before = this.before
    let at = this.countBefore - 1
    while (at > 0 && before[at] !== value) at--
    this.countBefore--
    for (let i = at; i < this.countBefore; i++) before[i] = before[i + 1]
    const after = this.after
    let i = this.countAfter++
    while (i > 0 && after[i - 1] > value) {
      after[i] = after[i - 1]
      i--
    }
    after[i] = value
  }

  medianBefore(): number {
    return middleOf(this.before, this.countBefore)
  }

  medianAfter(): number {
    return middleOf(this.after, this.countAfter)
  }
}

/** Segments up to this long are sorted by insertion: faster than the typed array's sort. */
const INSERTION_SORTED = 32

function sortInto(values: Float64Array, sorted: Float64Array): void {
  const count = values.length
  if (count > INSERTION_SORTED) {
    sorted.set(values)
    sorted.subarray(0, count).sort()
    return
  }
  for (let k = 0; k < count; k++) {
    const value = values[k]
    let i = k
    while (i > 0 && sorted[i - 1] > value) {
      sorted[i] = sorted[i - 1]
      i--
    }
    sorted[i] = value
  }
}

function middleOf(sorted: Float64Array, count: number): number {
  if (count === 0) return NaN
  const middle = count >> 1
  return count % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
