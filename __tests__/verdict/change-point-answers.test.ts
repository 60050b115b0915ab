import { describe, expect, it } from '@jest/globals'
import { seededRandom } from '../../scripts/calibrate/simulation.js'
import { findLevelShift, type LevelShiftOptions } from '../../src/verdict/change-point.js'
import { median } from '../../src/verdict/robust.js'
import { SortedSplit } from '../../src/verdict/sorted-window.js'

/** A standard normal draw (Box–Muller). */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
}

/** Student's t with 3 degrees of freedom: heavy tails. */
function heavy(random: () => number): number {
  const chi = normal(random) ** 2 + normal(random) ** 2 + normal(random) ** 2
  return normal(random) / Math.sqrt(chi / 3)
}

/**
 * Series seed 1–48: 30 or 40 values around 200 ms, light or heavy tails, spread 2–10 %; every third
 * unchanged, the others shifted by −30 % to +80 % 3–8 runs before the end, and every fourth with a
 * fifth of its runs 10–45 % faster (a faster runner).
 */
function seriesOf(seed: number): number[] {
  const random = seededRandom(seed)
  const length = seed % 2 === 0 ? 30 : 40
  const draw = seed % 4 < 2 ? normal : heavy
  const spread = 0.02 + 0.08 * random()
  const shiftAt = seed % 3 === 0 ? length : length - 3 - Math.floor(6 * random())
  const change = Math.log(0.7 + 1.1 * random())
  return Array.from({ length }, (_, index) => {
    const faster = seed % 4 === 3 && random() < 0.2 ? Math.log(0.55 + 0.35 * random()) : 0
    const level = Math.log(200) + (index >= shiftAt ? change : 0)
    return Math.exp(level + faster + spread * draw(random))
  })
}

const OPTIONS: Record<string, LevelShiftOptions> = {
  'gate, fixed threshold': { minAfter: 3, threshold: 4 },
  'best split, both ways': { minAfter: 3, threshold: 0 },
  'recent rise': { minAfter: 3, maxAfter: 10, direction: 'up', probability: 0.001 },
  'recent rise, any size': { minAfter: 3, maxAfter: 10, direction: 'up', threshold: 0 },
  'recent rise, fast runs set aside': {
    minAfter: 3,
    maxAfter: 10,
    direction: 'up',
    probability: 0.001,
    setAsideOpposite: true
  },
  'recent fall, slow runs set aside, any size': {
    minAfter: 3,
    maxAfter: 10,
    direction: 'down',
    threshold: 0,
    setAsideOpposite: true
  }
}

/** [first index, T to 6 decimals] of the shift found, or null. */
function answerOf(values: number[], options: LevelShiftOptions): [number, string] | null {
  const shift = findLevelShift(values, options)
  return shift ? [shift.firstAfter, shift.statistic.toFixed(6)] : null
}

/**
 * The answers of the search as it was before its medians were kept sorted incrementally (computed
 * once with that code, series seed 1–48 in order): a faster search must give the same.
 */
// prettier-ignore
const KNOWN: Record<string, ([number, number] | null)[]> = {
  'gate, fixed threshold': [
    [37, 4.727895], null, null, null, null, null,
    [37, 7.413336], null, null, [22, 9.251439], null, null,
    [35, -10.614384], [25, 4.399808], null, [27, 13.041979], [36, 6.505883], null,
    null, [25, 7.557789], null, null, [37, 4.072012], null,
    [33, 12.078485], [23, 9.341719], null, [23, 22.780826], null, null,
    [32, 8.036878], null, null, null, [34, 5.031948], null,
    [32, -12.594905], [22, -5.975807], null, [23, -9.741786], [34, 11.726631], null,
    null, null, null, [22, 10.165525], null, null,
  ],
  'best split, both ways': [
    [37, 4.727895], [3, 1.083700], [4, 1.573851], [7, 1.263540], [35, -1.995271], [12, 1.101511],
    [37, 7.413336], [24, 3.438625], [28, 1.607368], [22, 9.251439], [34, 2.016407], [24, 1.908823],
    [35, -10.614384], [25, 4.399808], [28, 1.934090], [27, 13.041979], [36, 6.505883], [11, -1.921673],
    [31, 2.394318], [25, 7.557789], [17, 2.305756], [10, -2.749436], [37, 4.072012], [16, -1.145638],
    [33, 12.078485], [23, 9.341719], [3, 2.304785], [23, 22.780826], [34, 2.186341], [7, -1.930759],
    [32, 8.036878], [21, -1.913791], [17, 2.571747], [26, -2.829183], [34, 5.031948], [26, -3.526535],
    [32, -12.594905], [22, -5.975807], [22, -1.635766], [23, -9.741786], [34, 11.726631], [7, 2.373333],
    [36, 3.187843], [27, -2.701105], [30, -3.242692], [22, 10.165525], [6, 1.690333], [25, 2.036974],
  ],
  'recent rise': [
    [37, 4.727895], null, null, null, null, null,
    [37, 7.413336], null, null, [22, 9.251439], null, null,
    null, [25, 4.399808], null, [27, 13.041979], [36, 6.505883], null,
    null, [25, 7.557789], null, null, [37, 4.072012], null,
    [33, 12.078485], [23, 9.341719], null, [23, 22.780826], null, null,
    [32, 8.036878], null, null, null, [34, 5.031948], null,
    null, null, null, null, [34, 11.726631], null,
    null, null, null, [22, 10.165525], null, null,
  ],
  'recent rise, any size': [
    [37, 4.727895], null, [34, 1.802891], null, [30, 0.449970], null,
    [37, 7.413336], [24, 3.438625], null, [22, 9.251439], [34, 2.016407], [24, 1.908823],
    null, [25, 4.399808], null, [27, 13.041979], [36, 6.505883], [22, 0.661584],
    [31, 2.394318], [25, 7.557789], null, [20, 1.622486], [37, 4.072012], [23, 1.225026],
    [33, 12.078485], [23, 9.341719], [32, 0.993749], [23, 22.780826], [34, 2.186341], null,
    [32, 8.036878], [25, 0.004815], [32, 0.160118], null, [34, 5.031948], null,
    null, null, [35, 0.588691], null, [34, 11.726631], [20, 1.413253],
    [36, 3.187843], null, null, [22, 10.165525], [34, 1.411097], [25, 2.036974],
  ],
  'recent rise, fast runs set aside': [
    [37, 5.225928], null, null, null, null, null,
    [37, 24.860616], null, null, [22, 10.279840], null, null,
    null, [25, 4.399808], null, [27, 13.041979], [36, 6.505883], null,
    [37, 5.964861], [25, 7.557789], null, null, [37, 10.919582], null,
    [33, 12.078485], [23, 10.617465], null, [23, 22.780826], null, null,
    [32, 10.311302], null, null, null, [34, 14.451177], null,
    null, null, null, null, [34, 12.587525], null,
    null, null, null, [22, 10.165525], null, null,
  ],
  'recent fall, slow runs set aside, any size': [
    null, [23, -1.169179], [30, -0.008724], [25, -1.406479], [35, -1.995271], [22, -0.977806],
    null, null, [31, -2.867425], null, null, null,
    [35, -10.614384], null, [32, -1.345611], null, null, [23, -0.233620],
    null, null, [34, -3.187894], null, null, null,
    null, null, [35, -0.279141], null, null, [20, -1.402764],
    null, [21, -1.913791], [34, -0.992071], [26, -2.829183], null, [26, -3.526535],
    [32, -12.594905], [22, -5.975807], [34, -0.602578], [23, -9.741786], null, [24, -0.731370],
    null, [27, -2.701105], [30, -3.242692], null, null, null,
  ],
}

describe('findLevelShift on seeded series', () => {
  it.each(Object.keys(OPTIONS))('gives the known answers: %s', (name) => {
    const answers = KNOWN[name].map((_, index) => answerOf(seriesOf(index + 1), OPTIONS[name]))
    expect(answers).toEqual(KNOWN[name].map((known) => known && [known[0], known[1].toFixed(6)]))
  })
})

describe('SortedSplit', () => {
  it('reads off the medians robust.ts takes of both segments at every split, ties included', () => {
    const random = seededRandom(7)
    const values = Float64Array.from({ length: 37 }, () => Math.round(10 * random()) / 2)
    const segments = new SortedSplit()
    segments.start(values, values.length - 1)
    for (let split = values.length - 1; split >= 1; split--) {
      if (split < values.length - 1) segments.stepBack()
      expect(segments.split).toBe(split)
      expect(segments.medianBefore()).toBe(median(values.slice(0, split)))
      expect(segments.medianAfter()).toBe(median(values.slice(split)))
    }
  })
})
