import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { StallWatch, Watchdog } from '../../src/leapwork/timers.js'

beforeEach(() => {
  jest.useFakeTimers()
})
afterEach(() => {
  jest.useRealTimers()
})

describe('Watchdog', () => {
  it('fires once its time is up, and arming it again restarts the countdown', () => {
    const fired = jest.fn()
    const watchdog = new Watchdog(1000, fired)

    watchdog.arm()
    jest.advanceTimersByTime(900)
    watchdog.arm()
    jest.advanceTimersByTime(900)
    expect(fired).not.toHaveBeenCalled()

    jest.advanceTimersByTime(100)
    expect(fired).toHaveBeenCalledTimes(1)
    expect(watchdog.expired).toBe(true)
  })

  it('never fires once disarmed', () => {
    const fired = jest.fn()
    const watchdog = new Watchdog(1000, fired)

    watchdog.arm()
    watchdog.disarm()
    jest.advanceTimersByTime(5000)

    expect(fired).not.toHaveBeenCalled()
  })
})

describe('StallWatch', () => {
  const rule = { stallBytes: 100, stallWindowMs: 1000 }

  it('lets a download that brings enough in each window go on', () => {
    const received = { total: 0 }
    const stalled = jest.fn()
    const watch = new StallWatch(rule, received, stalled)

    watch.start()
    for (let window = 0; window < 5; window++) {
      received.total += 100
      jest.advanceTimersByTime(1000)
    }
    watch.stop()

    expect(stalled).not.toHaveBeenCalled()
  })

  it('fires in the first window that brings less than the rule asks', () => {
    const received = { total: 0 }
    const stalled = jest.fn()
    const watch = new StallWatch(rule, received, stalled)

    watch.start()
    received.total += 150
    jest.advanceTimersByTime(1000)
    received.total += 99
    jest.advanceTimersByTime(1000)

    expect(stalled).toHaveBeenCalledTimes(1)
    expect(watch.stalled).toBe(true)
    jest.advanceTimersByTime(5000)
    expect(stalled).toHaveBeenCalledTimes(1)
  })
})
