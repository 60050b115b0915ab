/** Medians for the noise model: one history run cannot move a median much. */

/** Up to this many values an insertion sort beats a selection. */
const SMALL = 16

/** The median of values (none NaN), which it reorders. */
export function median(values: Float64Array): number {
  const length = values.length
  if (length <= SMALL) {
    insertionSort(values)
    return medianOfSorted(values, -1)
  }
  const middle = length >> 1
  select(values, middle)
  if (length % 2 === 1) return values[middle]
  let lower = values[0]
  for (let i = 1; i < middle; i++) if (values[i] > lower) lower = values[i]
  return (lower + values[middle]) / 2
}

/** The median of values[from..to), copied into scratch (at least to − from long) to find it. */
export function medianOfRange(
  values: Float64Array,
  from: number,
  to: number,
  scratch: Float64Array
): number {
  const copy = scratch.subarray(0, to - from)
  copy.set(values.subarray(from, to))
  return median(copy)
}

/** The median of values (none NaN), copied into scratch (at least as long) to find it. */
export function medianOfList(values: readonly number[], scratch: Float64Array): number {
  const copy = scratch.subarray(0, values.length)
  copy.set(values)
  return median(copy)
}

/** Sorts values in place, ascending. */
export function sortInPlace(values: Float64Array): Float64Array {
  if (values.length <= SMALL) insertionSort(values)
  else values.sort()
  return values
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
  const middle = Math.floor(length / 2)
  const at = (position: number) =>
    sorted[leftOut >= 0 && position >= leftOut ? position + 1 : position]
  return length % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2
}

/**
 * Hoare's selection: moves the value that sorting would put at k there, with none larger before
 * it and none smaller after it.
 */
function select(values: Float64Array, k: number): void {
  let left = 0
  let right = values.length - 1
  while (right > left) {
    const pivot = values[(left + right) >> 1]
    let i = left
    let j = right
    while (i <= j) {
      while (values[i] < pivot) i++
      while (values[j] > pivot) j--
      if (i <= j) {
        const swapped = values[i]
        values[i++] = values[j]
        values[j--] = swapped
      }
    }
    if (k <= j) right = j
    else if (k >= i) left = i
    else return
  }
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
