// Preloaded into the action (NODE_OPTIONS=--import) to set the wall clock forward while it runs,
// as NTP or a resumed virtual machine may: after CLOCK_JUMP_AFTER_MS, Date.now() and new Date()
// read CLOCK_JUMP_MS later than the real time. Timers and performance.now() are not moved.
const afterMs = Number(process.env.CLOCK_JUMP_AFTER_MS ?? 300)
const jumpMs = Number(process.env.CLOCK_JUMP_MS ?? 3_600_000)
const RealDate = Date
let offset = 0

class JumpingDate extends RealDate {
  constructor(...args) {
    super(...(args.length === 0 ? [RealDate.now() + offset] : args))
  }

  static now() {
    return RealDate.now() + offset
  }
}

globalThis.Date = JumpingDate
setTimeout(() => (offset = jumpMs), afterMs).unref()
