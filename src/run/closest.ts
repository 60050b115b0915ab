import { distance } from 'fastest-levenshtein'

/** The candidates nearest to what was asked, by edit distance relative to length: did-you-mean. */
export function closestOf<T>(
  query: string,
  candidates: T[],
  keys: (c: T) => string[],
  count = 3
): T[] {
  const q = query.toLowerCase()
  const score = (c: T) =>
    Math.min(...keys(c).map((k) => distance(q, k.toLowerCase()) / Math.max(q.length, k.length, 1)))
  return candidates
    .map((candidate) => ({ candidate, score: score(candidate) }))
    .sort((a, b) => a.score - b.score)
    .slice(0, count)
    .map(({ candidate }) => candidate)
}
