/**
 * The distribution functions the gate needs, from @stdlib (small, typed, one package per function,
 * each tested against reference values). Loaded on first use only: a run without a baseline never
 * pays for them at start-up.
 */
export interface Distributions {
  /** Quantile of Student's t distribution with df degrees of freedom. */
  tQuantile(probability: number, df: number): number
  /** Log density of Student's t distribution with df degrees of freedom. */
  tLogPdf(x: number, df: number): number
  /** Cumulative distribution of the beta distribution (a, b) at x. */
  betaCdf(x: number, a: number, b: number): number
}

let loaded: Promise<Distributions> | undefined

export function loadDistributions(): Promise<Distributions> {
  loaded ??= importDistributions()
  return loaded
}

async function importDistributions(): Promise<Distributions> {
  const [tQuantile, tLogPdf, betaCdf] = await Promise.all([
    import('@stdlib/stats-base-dists-t-quantile'),
    import('@stdlib/stats-base-dists-t-logpdf'),
    import('@stdlib/stats-base-dists-beta-cdf')
  ])
  return {
    tQuantile: tQuantile.default,
    tLogPdf: tLogPdf.default,
    betaCdf: betaCdf.default
  }
}
