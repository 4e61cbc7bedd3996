import { describe, expect, it, vi } from 'vitest'
import { createAnswerCache } from '../../src/app/answer-cache'
import { createApp } from '../../src/app/create-app'
import { parseConfig } from '../../src/app/config'
import { type AskResult, ask, createCalculate } from '../../src/core'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'

const library = loadBuiltLibrary()
const calculate = createCalculate(library)

/** ask() on the real library, counting its calls. */
function countingAsk() {
  const calls: string[] = []
  const fn = (q: string, today: Date): AskResult => {
    calls.push(q)
    return ask(q, { library, today, ...(calculate ? { calculate } : {}) })
  }
  return { calls, fn }
}

describe('createAnswerCache', () => {
  const Q = '月薪8000干了三年被辞退，补偿多少'

  it('answers a repeated question once per day, with the same JSON as a fresh answer', () => {
    const { calls, fn } = countingAsk()
    const now = () => new Date('2026-06-15T04:00:00Z')
    const answer = createAnswerCache({ maxEntries: 10, ask: fn, now })
    const first = answer(Q)
    const second = answer(Q)
    expect(calls).toEqual([Q])
    expect(second.json).toBe(first.json)
    expect(first.json).toBe(JSON.stringify(fn(Q, now())))
    expect(first.record).toMatchObject({ q: Q, declined: false })
  })

  it('answers again on the next China day (15:59 and 16:00 UTC are two days in China)', () => {
    const { calls, fn } = countingAsk()
    let clock = new Date('2026-06-15T15:59:00Z')
    const answer = createAnswerCache({ maxEntries: 10, ask: fn, now: () => clock })
    answer(Q)
    answer(Q)
    clock = new Date('2026-06-15T16:00:00Z')
    answer(Q)
    expect(calls).toEqual([Q, Q])
  })

  it('keys on the exact text: a different spelling is its own entry', () => {
    const { calls, fn } = countingAsk()
    const answer = createAnswerCache({ maxEntries: 10, ask: fn, now: () => new Date() })
    const a = answer('月薪8000被辞退')
    const b = answer('月薪８０００被辞退') // full-width digits normalise alike, but q differs
    expect(calls).toHaveLength(2)
    expect(JSON.parse(b.json).q).not.toBe(JSON.parse(a.json).q)
  })

  it('with maxEntries 0 asks every time', () => {
    const { calls, fn } = countingAsk()
    const answer = createAnswerCache({ maxEntries: 0, ask: fn, now: () => new Date() })
    answer(Q)
    answer(Q)
    expect(calls).toEqual([Q, Q])
  })

  it('stays bounded: old entries are dropped, so a question asked long ago is asked again', () => {
    const { calls, fn } = countingAsk()
    const answer = createAnswerCache({ maxEntries: 3, ask: fn, now: () => new Date() })
    const questions = Array.from({ length: 12 }, (_, i) => `工资拖欠了${i + 1}个月怎么办`)
    for (const q of questions) answer(q)
    answer(questions[0]!)
    expect(calls).toHaveLength(13)
  })
})

describe('POST /api/ask with the answer cache', () => {
  const now = () => new Date('2026-06-15T04:00:00Z')
  const appWith = (size: string) =>
    createApp({
      library,
      config: parseConfig({ ANSWER_CACHE_SIZE: size }),
      now,
      ...(calculate ? { calculate } : {}),
    })
  const post = (app: ReturnType<typeof createApp>, q: string) =>
    app.request('/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q }),
    })

  it.each(['老板拖欠我两个月工资怎么办', '月薪6000干了两年被辞退能赔多少', '今天天气怎么样'])(
    'sends the same status, type and bytes with and without the cache, on a hit too: %s',
    async (q) => {
      const cached = appWith('256')
      const off = appWith('0')
      const fresh = await post(off, q)
      const body = await fresh.text()
      for (let i = 0; i < 2; i++) {
        const res = await post(cached, q)
        expect(res.status).toBe(fresh.status)
        expect(res.headers.get('content-type')).toBe(fresh.headers.get('content-type'))
        expect(await res.text()).toBe(body)
      }
    }
  )

  it('hands every answer to the report recorder, a cached one too', async () => {
    const afterAnswer = vi.fn()
    const recorder = {
      afterAnswer,
      afterFeedback: vi.fn(),
      sweepIfDue: vi.fn(),
      pending: () => 0,
      flush: () => Promise.resolve(),
    }
    const app = createApp({ library, config: parseConfig({}), now, recorder })
    const q = '我想问一下怎么办'
    await post(app, q)
    await post(app, q)
    expect(afterAnswer).toHaveBeenCalledTimes(2)
    expect(afterAnswer.mock.calls[1]).toEqual(afterAnswer.mock.calls[0])
    expect(afterAnswer.mock.calls[0]![1]).toMatchObject({ q })
  })
})
