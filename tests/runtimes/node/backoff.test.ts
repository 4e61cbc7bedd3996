import { describe, expect, it } from 'vitest'
import { createBackoff, sleep } from '../../../src/runtimes/backoff'

describe('createBackoff: doubling, capped, jittered down by at most a fifth', () => {
  it('without jitter: 1, 2, 4, 8, 8 s; reset starts over', () => {
    const b = createBackoff({ first: 1000, max: 8000 }, () => 0)
    expect([b.next(), b.next(), b.next(), b.next(), b.next()]).toEqual([
      1000, 2000, 4000, 8000, 8000,
    ])
    b.reset()
    expect(b.next()).toBe(1000)
  })

  it('with the most jitter: 80% of each step', () => {
    const b = createBackoff({ first: 1000, max: 4000 }, () => 1)
    expect([b.next(), b.next(), b.next(), b.next()]).toEqual([800, 1600, 3200, 3200])
  })
})

describe('sleep', () => {
  it('ends at once when its signal aborts', async () => {
    const stop = new AbortController()
    const t = Date.now()
    setTimeout(() => stop.abort(), 20)
    await sleep(60_000, stop.signal)
    expect(Date.now() - t).toBeLessThan(5000)
  })
})
