/** Medians for the noise model: one history run cannot move a median much. */

/** The median of values, which it sorts in place. */
export function median(values: Float64Array): number {
  if (values.length <= 16) insertionSort(values)
  else values.sort()
  return medianOfSorted(values, -1)
}

/** A sorted copy of values. */
export function sortedCopy(values: readonly number[]): Float64Array {
  const sorted = Float64Array.from(values)
  if (sorted.length <= 16) insertionSort(sorted)
  else sorted.sort()
  return sorted
}

/** The median of sorted values with one occurrence of value left out. */
export function medianWithout(sorted: Float64Array, value: number): number {
  let at = 0
  while (at < sorted.length - 1 && sorted[at] !== value) at++
  return medianOfSorted(sorted, at)
}

/** The median of sorted values, leaving out the one at position leftOut (none with -1). */
function medianOfSorted(sorted: Float64Array, leftOut: number): number {
  const length = leftOut < 0 ? sorted.length : sorted.length - 1
  if (length === 0) return NaN
  const at = (position: number) =>
    sorted[leftOut >= 0 && position >= leftOut ? position + 1 : position]
  const middle = Math.floor(length / 2)
  return length % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2
}

/** Faster than a native sort for the few values of one step's history. */
function insertionSort(values: Float64Array): void {
  for (let i = 1; i < values.length; i++) {
    const value = values[i]
    let j = i - 1
    while (j >= 0 && values[j] > value) {
      values[j + 1] = values[j]
      j--
    }
    values[j + 1] = value
  }
}
