/** The clocks of one attempt: a deadline, and for downloads the stall rule that replaces it. */

/** A deadline that fires once; arming it again restarts the countdown. */
export class Watchdog {
  expired = false
  private timer: NodeJS.Timeout | undefined

  constructor(
    private readonly ms: number,
    private readonly onExpire: () => void
  ) {}

  arm(): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.expired = true
      this.onExpire()
    }, this.ms)
  }

  disarm(): void {
    clearTimeout(this.timer)
  }
}

export interface StallRule {
  /** A download that receives less than `stallBytes` in `stallWindowMs` is abandoned. */
  stallBytes: number
  stallWindowMs: number
}

/** Fires when a window of `stallWindowMs` brings less than `stallBytes`. */
export class StallWatch {
  stalled = false
  private timer: NodeJS.Timeout | undefined
  private seenAtWindowStart = 0

  constructor(
    private readonly rule: StallRule,
    private readonly received: { readonly total: number },
    private readonly onStall: () => void
  ) {}

  start(): void {
    this.seenAtWindowStart = this.received.total
    this.timer = setInterval(() => {
      if (this.received.total - this.seenAtWindowStart < this.rule.stallBytes) {
        this.stalled = true
        this.stop()
        this.onStall()
      }
      this.seenAtWindowStart = this.received.total
    }, this.rule.stallWindowMs)
  }

  stop(): void {
    clearInterval(this.timer)
  }
}
