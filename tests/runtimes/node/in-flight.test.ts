import { describe, expect, it } from 'vitest'
import { createInFlight } from '../../../src/runtimes/in-flight'

describe('createInFlight: at most max in hand; drain waits, but not forever', () => {
  it('refuses past max and frees a place on leave', () => {
    const f = createInFlight(2)
    expect([f.enter(), f.enter(), f.enter()]).toEqual([true, true, false])
    f.leave()
    expect(f.count).toBe(1)
    expect(f.enter()).toBe(true)
  })

  it('drain returns once the last one leaves', async () => {
    const f = createInFlight(5, 100, 5)
    f.enter()
    setTimeout(() => f.leave(), 20)
    await f.drain()
    expect(f.count).toBe(0)
  })

  it('drain gives up after polls × pollMs with a message still in hand', async () => {
    const f = createInFlight(5, 3, 5)
    f.enter()
    const t0 = Date.now()
    await f.drain()
    expect(f.count).toBe(1)
    expect(Date.now() - t0).toBeLessThan(1000)
  })
})
