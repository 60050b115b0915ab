/**
 * A metrics.json read straight from its bytes into a run held compactly (recorded-run.ts): no text
 * of the whole file and no object per step, so the 30 files of a long history of a 20,000-step
 * timeline are read in a fraction of the time and garbage of JSON.parse. Only a file that
 * parseRunMetrics would accept is read here, to the same figures; anything else (bad JSON, a field
 * missing or of the wrong kind, a figure out of range, an unusual key) is left to it, which says
 * what is wrong.
 */
import { metricsProblem } from './figures.js'
import { STEP_FIGURE_NAMES, type RunMetrics } from './model.js'
import {
  emptySteps,
  nextHint,
  recordedRun,
  type RecordedSteps,
  type StepTable
} from './recorded-run.js'

/** The run the bytes hold, or undefined when parseRunMetrics must read them. */
export function scanRunMetrics(bytes: Buffer, table: StepTable): RunMetrics | undefined {
  try {
    return new Scanner(bytes, table).run()
  } catch {
    // Unread, or a nesting too deep to follow: the parser reads the file, or says what is wrong.
    return undefined
  }
}

/** Thrown where the scanner stops: the file is for parseRunMetrics. */
class Unread extends Error {}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const COLON = 0x3a
const MINUS = 0x2d
const DOT = 0x2e
const ZERO = 0x30
const NINE = 0x39
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d
/** What JSON.parse divides or multiplies by exactly: powers of ten up to 10^22. */
const EXACT_POWERS = Array.from({ length: 23 }, (_, power) => 10 ** power)
/** Each figure a step must hold, as a bit. */
const FIGURE_BITS = new Map<string, number>(STEP_FIGURE_NAMES.map((name, bit) => [name, 1 << bit]))
const ALL_FIGURES = (1 << STEP_FIGURE_NAMES.length) - 1
const P95_BIT = FIGURE_BITS.get('p95')
const ERRORS_BIT = FIGURE_BITS.get('errors')
const REQUESTS_BIT = FIGURE_BITS.get('requests')

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
/** Where a string's plain bytes lie, quotes left out. */
class Span {
  constructor(
    readonly start: number,
    readonly end: number
  ) {}
}
type TrackItemHeader = RecordedSteps['trackItems'][number]['item']

class Scanner {
  private at = 0
  private steps: RecordedSteps
  private count = 0
  /** Whether the last string found held only ASCII without escapes. */
  private plain = true
  private readonly keys = new Map<number, string>()
  private readonly stepKeys: string[] = []

  constructor(
    private readonly bytes: Buffer,
    private readonly table: StepTable
  ) {
    // Runs of one history have about as many steps as the table holds: room for them at once.
    this.steps = emptySteps(table, Math.max(1024, table.size))
  }

  run(): RunMetrics {
    const header: { [key: string]: Json } = {}
    let trackItems: TrackItemHeader[] | undefined
    this.object((key) => {
      if (key !== 'trackItems') header[key] = this.value()
      else if (trackItems === undefined) trackItems = this.trackItems()
      else throw new Unread()
    })
    this.space()
    if (this.at !== this.bytes.length || trackItems === undefined) throw new Unread()
    const items = trackItems.map((item) => ({ ...item, steps: [] }))
    if (metricsProblem({ ...header, trackItems: items }) !== undefined) throw new Unread()
    const steps = { ...this.steps, trackItems: this.steps.trackItems }
    for (const figure of ['index', 'p95', 'errors', 'requests'] as const) {
      steps[figure] = this.steps[figure].slice(0, this.count) as never
    }
    return recordedRun(header as unknown as Omit<RunMetrics, 'trackItems'>, steps)
  }

  private trackItems(): TrackItemHeader[] {
    const items: TrackItemHeader[] = []
    this.array(() => {
      const item: { [key: string]: Json } = {}
      const first = this.count
      let listedFor: Json | undefined
      this.object((key) => {
        if (key !== 'steps') item[key] = this.value()
        else if (listedFor !== undefined || typeof item.trackItemId !== 'string') throw new Unread()
        else {
          listedFor = item.trackItemId
          this.array(() => this.step(listedFor as string))
        }
      })
      // Its steps were filed under the track item ID named before them: it must be the one kept.
      if (listedFor === undefined || listedFor !== item.trackItemId) throw new Unread()
      items.push(item as unknown as TrackItemHeader)
      this.steps.trackItems.push({ item: items[items.length - 1], steps: this.count - first })
    })
    return items
  }

  /** One step: its IDs and the figures a history keeps, each figure checked as the parser would. */
  private step(trackItemId: string): void {
    let stepId: Json | Span | undefined
    let title: Json | Span | undefined
    let p95 = NaN
    let errors = NaN
    let requests = NaN
    let seen = 0
    this.expect(OPEN_OBJECT)
    if (this.peek() !== CLOSE_OBJECT) {
      for (let member = 0; ; member++) {
        this.space()
        const key = this.stepKey(member)
        this.expect(COLON)
        const bit = FIGURE_BITS.get(key)
        if (key === 'stepId') stepId = this.valueOrSpan()
        else if (key === 'title') title = this.valueOrSpan()
        else if (bit === undefined) this.value()
        else {
          this.space()
          const figure = this.number(bit === P95_BIT || bit === ERRORS_BIT || bit === REQUESTS_BIT)
          // A figure named twice is left to the parser, as is one that is not a finite number.
          if (!Number.isFinite(figure) || (seen & bit) !== 0) throw new Unread()
          seen |= bit
          if (bit === P95_BIT) p95 = figure
          else if (bit === ERRORS_BIT) errors = figure
          else if (bit === REQUESTS_BIT) requests = figure
        }
        if (this.peek() !== COMMA) break
        this.at++
      }
    }
    this.expect(CLOSE_OBJECT)
    if (!isText(stepId) || !isText(title) || seen !== ALL_FIGURES) throw new Unread()
    if (this.count === this.steps.index.length) this.grow()
    const at = this.count++
    const steps = this.steps
    const { table } = this
    const hint = nextHint(steps, at)
    // Runs of one timeline list their steps alike: most steps are the table's next, read in place.
    const known =
      hint < table.size &&
      this.reads(stepId, table.stepIds[hint]) &&
      this.reads(title, table.titles[hint]) &&
      table.trackItemIds[hint] === trackItemId
    steps.index[at] = known
      ? hint
      : table.indexOf(trackItemId, this.text(stepId), this.text(title), hint)
    steps.p95[at] = p95
    steps.errors[at] = errors
    steps.requests[at] = requests
  }

  private grow(): void {
    const larger = emptySteps(this.table, this.steps.index.length * 2)
    for (const figure of ['index', 'p95', 'errors', 'requests'] as const) {
      larger[figure].set(this.steps[figure] as never)
    }
    this.steps = { ...larger, trackItems: this.steps.trackItems }
  }

  private value(): Json {
    this.space()
    const byte = this.bytes[this.at]
    if (byte === QUOTE) return this.string()
    if (byte === OPEN_OBJECT) {
      const object: { [key: string]: Json } = {}
      this.object((key) => (object[key] = this.value()))
      return object
    }
    if (byte === OPEN_ARRAY) {
      const array: Json[] = []
      this.array(() => array.push(this.value()))
      return array
    }
    if (byte === MINUS || (byte >= ZERO && byte <= NINE)) return this.number()
    for (const [word, value] of WORDS) {
      if (this.bytes.toString('latin1', this.at, this.at + word.length) === word) {
        this.at += word.length
        return value
      }
    }
    throw new Unread()
  }

  /** An object's members: `member` reads each value, the scanner standing after the colon. */
  private object(member: (key: string) => void): void {
    this.expect(OPEN_OBJECT)
    if (this.peek() === CLOSE_OBJECT) {
      this.at++
      return
    }
    for (;;) {
      this.space()
      const key = this.key()
      if (key === '__proto__') throw new Unread()
      this.expect(COLON)
      member(key)
      if (this.peek() === COMMA) this.at++
      else return this.expect(CLOSE_OBJECT)
    }
  }

  private array(element: () => void): void {
    this.expect(OPEN_ARRAY)
    if (this.peek() === CLOSE_ARRAY) {
      this.at++
      return
    }
    for (;;) {
      this.space()
      element()
      if (this.peek() === COMMA) this.at++
      else return this.expect(CLOSE_ARRAY)
    }
  }

  /** A string value as a span of plain bytes, not yet made a string; any other value read. */
  private valueOrSpan(): Json | Span {
    this.space()
    if (this.bytes[this.at] !== QUOTE) return this.value()
    const start = this.at + 1
    const end = this.stringEnd()
    return this.plain ? new Span(start, end) : this.stringFrom(start, end)
  }

  /** Whether a span (or a string) reads as `text`. */
  private reads(value: string | Span, text: string): boolean {
    return typeof value === 'string' ? value === text : this.spells(value.start, value.end, text)
  }

  /** Whether the plain bytes from start to end spell `text`. */
  private spells(start: number, end: number, text: string): boolean {
    if (end - start !== text.length) return false
    for (let at = start; at < end; at++) {
      if (this.bytes[at] !== text.charCodeAt(at - start)) return false
    }
    return true
  }

  private text(value: string | Span): string {
    return typeof value === 'string' ? value : this.bytes.toString('latin1', value.start, value.end)
  }

  /**
   * A step's key: steps list their keys alike, so the one the step before had at this place is
   * tried first.
   */
  private stepKey(member: number): string {
    const expected = this.stepKeys[member]
    const start = this.at + 1
    if (
      expected !== undefined &&
      this.bytes[this.at] === QUOTE &&
      this.bytes[start + expected.length] === QUOTE &&
      this.spells(start, start + expected.length, expected)
    ) {
      this.at = start + expected.length + 1
      return expected
    }
    return (this.stepKeys[member] = this.key())
  }

  /** A member's key: the few keys of a metrics.json are each made a string once. */
  private key(): string {
    const start = this.at + 1
    const end = this.stringEnd()
    if (!this.plain) return this.checkedKey(this.stringFrom(start, end))
    let hash = end - start
    for (let at = start; at < end; at++) hash = (Math.imul(hash, 31) + this.bytes[at]) | 0
    const known = this.keys.get(hash)
    if (known !== undefined && this.spells(start, end, known)) return known
    const key = this.checkedKey(this.bytes.toString('latin1', start, end))
    this.keys.set(hash, key)
    return key
  }

  /** JSON.parse makes "__proto__" an own property; an assignment here would not. */
  private checkedKey(key: string): string {
    if (key === '__proto__') throw new Unread()
    return key
  }

  /** A string without escapes or bytes beyond ASCII as it is; any other as JSON.parse reads it. */
  private string(): string {
    const start = this.at + 1
    const end = this.stringEnd()
    return this.plain ? this.bytes.toString('latin1', start, end) : this.stringFrom(start, end)
  }

  /**
   * Finds the end of the string at the scanner (its closing quote) and moves past it; `plain`
   * then says whether it holds only ASCII without escapes.
   */
  private stringEnd(): number {
    const { bytes } = this
    if (bytes[this.at] !== QUOTE) throw new Unread()
    let plain = true
    let at = this.at + 1
    for (; at < bytes.length; at++) {
      const byte = bytes[at]
      if (byte === QUOTE) break
      if (byte < 0x20) throw new Unread()
      if (byte === BACKSLASH || byte >= 0x80) {
        plain = false
        if (byte === BACKSLASH) at++
      }
    }
    if (at >= bytes.length) throw new Unread()
    this.at = at + 1
    this.plain = plain
    return at
  }

  /** The string between start and end (its quotes outside) as JSON.parse reads it. */
  private stringFrom(start: number, end: number): string {
    try {
      return JSON.parse(this.bytes.toString('utf8', start - 1, end + 1)) as string
    } catch {
      throw new Unread()
    }
  }

  /**
   * A number as JSON.parse reads it: up to 15 digits and 22 decimals exactly by one
   * multiplication or division (both operands exact, so the one rounding is the parser's); any
   * other from its text.
   */
  private number(exact = true): number {
    const { bytes } = this
    const start = this.at
    let at = start
    const negative = bytes[at] === MINUS
    if (negative) at++
    let mantissa = 0
    let digits = 0
    let decimals = 0
    const first = at
    while (bytes[at] >= ZERO && bytes[at] <= NINE) mantissa = mantissa * 10 + bytes[at++] - ZERO
    digits = at - first
    if (digits === 0 || (digits > 1 && bytes[first] === ZERO)) throw new Unread()
    if (bytes[at] === DOT) {
      const fraction = ++at
      while (bytes[at] >= ZERO && bytes[at] <= NINE) mantissa = mantissa * 10 + bytes[at++] - ZERO
      decimals = at - fraction
      if (decimals === 0) throw new Unread()
    }
    const exponent = bytes[at] === 0x65 || bytes[at] === 0x45
    if (exponent) return this.numberText(start)
    this.at = at
    // Without an exponent, a number of fewer than 309 digits before its point is finite.
    if (!exact && digits < 309) return 0
    if (digits + decimals > 15 || decimals > 22) return this.numberText(start, at)
    const value = decimals === 0 ? mantissa : mantissa / EXACT_POWERS[decimals]
    return negative ? -value : value
  }

  /** A number read from its text: its end, when not given, found here and its form checked. */
  private numberText(start: number, end?: number): number {
    let at = end ?? start + 1
    if (end === undefined) {
      while (at < this.bytes.length && NUMBER_BYTES.has(this.bytes[at])) at++
      this.at = at
    }
    const text = this.bytes.toString('latin1', start, at)
    if (end === undefined && !NUMBER.test(text)) throw new Unread()
    return Number(text)
  }

  private expect(byte: number): void {
    if (this.peek() !== byte) throw new Unread()
    this.at++
  }

  /** The next byte that is not white space. */
  private peek(): number {
    this.space()
    return this.bytes[this.at]
  }

  private space(): void {
    const { bytes } = this
    let byte = bytes[this.at]
    while (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) byte = bytes[++this.at]
  }
}

function isText(value: Json | Span | undefined): value is string | Span {
  return typeof value === 'string' || value instanceof Span
}

const WORDS: Array<[string, Json]> = [
  ['true', true],
  ['false', false],
  ['null', null]
]
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/
const NUMBER_BYTES = new Set([...'0123456789+-.eE'].map((char) => char.charCodeAt(0)))
