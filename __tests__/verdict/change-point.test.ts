import { describe, expect, it } from '@jest/globals'
import { seededRandom } from '../../scripts/calibrate/simulation.js'
import {
  countClipped,
  findLevelShift,
  levelShiftThreshold,
  NORMAL_CLIPPED_SHARE
} from '../../src/verdict/change-point.js'

/** count values around level ms with a log-normal spread (standard deviation of log). */
function noisy(count: number, level: number, spread: number, random: () => number): number[] {
  return Array.from({ length: count }, () => {
    const u = 1 - random()
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
    return level * Math.exp(spread * normal)
  })
}

describe('findLevelShift', () => {
  it('finds a clean step where it is, with its size', () => {
    const values = [...Array(12).fill(200), ...Array(4).fill(300)]
    const shift = findLevelShift(values, { minAfter: 3 })
    expect(shift?.firstAfter).toBe(12)
    expect(shift?.levelBefore).toBeCloseTo(200, 6)
    expect(shift?.levelAfter).toBeCloseTo(300, 6)
    expect(shift?.changePercent).toBeCloseTo(50, 6)
    expect(shift?.statistic).toBeGreaterThan(0)
  })

  it('never takes a single spike, however large and wherever it is, for a shift', () => {
    const random = seededRandom(3)
    const base = noisy(30, 400, 0.05, random)
    for (const size of [2, 10, 1000]) {
      for (const at of [5, 15, 26, 27, 28, 29]) {
        const values = base.map((value, index) => (index === at ? value * size : value))
        expect(findLevelShift(values, { minAfter: 3 })).toBeUndefined()
      }
    }
    const flat = [...Array(29).fill(100), 100_000]
    expect(findLevelShift(flat, { minAfter: 3 })).toBeUndefined()
  })

  it('does not take a two-run spike for a shift held three runs', () => {
    const values = [...Array(27).fill(100), 100, 500, 500]
    expect(findLevelShift(values, { minAfter: 3 })).toBeUndefined()
  })

  it('still finds a +25 % shift held three runs when one older run was 60 % slow', () => {
    const random = seededRandom(13)
    const values = [...noisy(27, 500, 0.02, random), ...noisy(3, 625, 0.02, random)]
    values[4] *= 1.6
    const shift = findLevelShift(values, { minAfter: 3, maxAfter: 10, direction: 'up' })
    expect(shift?.firstAfter).toBe(27)
    expect(shift?.changePercent).toBeGreaterThan(15)
    expect(shift?.changePercent).toBeLessThan(35)
  })

  it('sets aside runs far faster than the level before when asked, and finds a rise among them', () => {
    // A whole run's factor in a real history (brepkit): a fifth of its runs 15–30 % faster, then
    // a +25 % change held three runs.
    const factors = [
      -0.01, 0.05, 0, -0.22, -0.22, -0.21, 0, 0.03, -0.17, -0.2, 0, 0, -0.38, 0, 0.05, 0, 0, 0.04,
      0.01, 0.04, 0, -0.21, 0, 0.04, -0.01, -0.01, 0, 0.21, 0.22, 0.13
    ]
    const values = factors.map((factor) => 100 * Math.exp(factor))
    const options = { minAfter: 3, maxAfter: 10, direction: 'up' as const }
    expect(findLevelShift(values, options)).toBeUndefined()
    const shift = findLevelShift(values, { ...options, setAsideOpposite: true })
    expect(shift?.firstAfter).toBe(27)
    expect(shift?.changePercent).toBeGreaterThan(15)
    expect(shift?.changePercent).toBeLessThan(30)
    const mirrored = values.map((value) => 10_000 / value)
    const down = { ...options, direction: 'down' as const }
    expect(findLevelShift(mirrored, down)).toBeUndefined()
    expect(findLevelShift(mirrored, { ...down, setAsideOpposite: true })?.firstAfter).toBe(27)
  })

  it('never takes a one-run or two-run spike for a shift when fast runs are set aside', () => {
    const options = { minAfter: 3, maxAfter: 10, direction: 'up' as const, setAsideOpposite: true }
    const random = seededRandom(17)
    const base = noisy(30, 400, 0.02, random).map((value, index) =>
      index % 6 === 2 ? value * 0.7 : value
    )
    for (const spiked of [[29], [28, 29], [27, 28], [26, 28], [25, 27]]) {
      for (const fastAfter of [[], [29], [28, 29], [26, 29]]) {
        const values = base.map((value, index) =>
          spiked.includes(index) ? value * 1.6 : fastAfter.includes(index) ? value * 0.6 : value
        )
        expect(findLevelShift(values, options)).toBeUndefined()
      }
    }
  })

  it('locates a +40 % shift in noise at its index and estimates its size', () => {
    const random = seededRandom(11)
    const shifts = Array.from({ length: 50 }, () =>
      findLevelShift([...noisy(24, 150, 0.05, random), ...noisy(6, 210, 0.05, random)], {
        minAfter: 3,
        direction: 'up'
      })
    )
    const located = shifts.filter((shift) => shift && Math.abs(shift.firstAfter - 24) <= 1)
    expect(located.length).toBeGreaterThanOrEqual(48)
    for (const shift of located) expect(shift?.changePercent).toBeGreaterThan(25)
    for (const shift of located) expect(shift?.changePercent).toBeLessThan(55)
  })

  it('finds nothing in noise alone at the false-alarm rate the threshold promises', () => {
    const random = seededRandom(5)
    const options = { minAfter: 3, maxAfter: 10, direction: 'up' as const }
    const threshold = levelShiftThreshold(0.01, 30, options)
    let found = 0
    for (let trial = 0; trial < 2000; trial++) {
      if (findLevelShift(noisy(30, 800, 0.1, random), { ...options, threshold })) found++
    }
    expect(found / 2000).toBeLessThanOrEqual(0.01)
    expect(findLevelShift(Array(30).fill(120), { minAfter: 3 })).toBeUndefined()
  })

  it('needs minAfter values at the new level', () => {
    const values = [...Array(20).fill(100), 200, 200]
    expect(findLevelShift(values, { minAfter: 3 })).toBeUndefined()
    expect(findLevelShift([...values, 200], { minAfter: 3 })?.firstAfter).toBe(20)
  })

  it('looks in the direction asked', () => {
    const values = [...Array(20).fill(300), ...Array(5).fill(150)]
    expect(findLevelShift(values, { minAfter: 3, direction: 'up' })).toBeUndefined()
    const fall = findLevelShift(values, { minAfter: 3 })
    expect(fall?.firstAfter).toBe(20)
    expect(fall?.changePercent).toBeCloseTo(-50, 6)
    expect(fall?.statistic).toBeLessThan(0)
  })

  it('skips missing values and still reports indices into the values given', () => {
    const values = [...Array(10).fill(100), 0, NaN, 100, 100, 180, 180, -1, 180]
    expect(findLevelShift(values, { minAfter: 3 })?.firstAfter).toBe(14)
  })

  it('compares a recent shift with the level since an older change, and leaves the older one alone', () => {
    const random = seededRandom(13)
    const old = [...noisy(19, 100, 0.03, random), ...noisy(11, 130, 0.03, random)]
    expect(findLevelShift(old, { minAfter: 3, maxAfter: 10 })).toBeUndefined()
    const since = [...noisy(16, 100, 0.03, random), ...noisy(10, 130, 0.03, random)]
    const both = [...since, ...noisy(4, 150, 0.03, random)]
    const shift = findLevelShift(both, { minAfter: 3, maxAfter: 10 })
    expect(shift?.firstAfter).toBe(26)
    expect(shift?.levelBefore).toBeGreaterThan(120)
    expect(shift?.changePercent).toBeLessThan(25)
  })

  it('looks only at recent shifts when asked', () => {
    const values = [...Array(10).fill(100), ...Array(15).fill(130)]
    expect(findLevelShift(values, { minAfter: 3, maxAfter: 10 })).toBeUndefined()
    expect(findLevelShift(values, { minAfter: 3 })?.firstAfter).toBe(10)
  })
})

describe('countClipped', () => {
  it('counts the values beyond the clip of their median, 3 typical deviations', () => {
    // median 0, mean |y| = (10 + 1.2 · 18) / 30 = 1.053, σ̂ = 1.2533 · 1.053 = 1.32: the clip is 3.96
    const values = Float64Array.from({ length: 30 }, (_, i) =>
      i === 29 ? 10 : i < 9 ? 1.2 : i < 18 ? -1.2 : 0
    )
    expect(countClipped(values, new Float64Array(30))).toBe(1)
    values[0] = 3.9 // the clip moves to 4.30
    expect(countClipped(values, new Float64Array(30))).toBe(1)
    values[0] = 5 // and to 4.44
    expect(countClipped(values, new Float64Array(30))).toBe(2)
  })

  it('finds about NORMAL_CLIPPED_SHARE of normal noise beyond the clip, and far more of t₃ noise', () => {
    const random = seededRandom(17)
    const normal = () => Math.log(noisy(1, 1, 1, random)[0])
    const t3 = () => normal() / Math.sqrt((normal() ** 2 + normal() ** 2 + normal() ** 2) / 3)
    const share = (draw: () => number) => {
      let clipped = 0
      const scratch = new Float64Array(30)
      for (let series = 0; series < 2000; series++) {
        clipped += countClipped(Float64Array.from({ length: 30 }, draw), scratch)
      }
      return clipped / 60_000
    }
    expect(share(normal)).toBeGreaterThan(NORMAL_CLIPPED_SHARE * 0.7)
    expect(share(normal)).toBeLessThan(NORMAL_CLIPPED_SHARE * 1.3)
    expect(share(t3)).toBeGreaterThan(NORMAL_CLIPPED_SHARE * 5)
  })
})
