import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ask } from '../../src/core/ask'
import { retrieve } from '../../src/core/search/retrieve'
import { createCalculate } from '../../src/core/calc-bridge'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'
import { anyString, questionLike, RUNS } from './arbitraries'

const library = loadBuiltLibrary()
const calculate = createCalculate(library)
const corpus = library.articles.map((a) => a.title + a.summary + a.body).join('')

/** Fragments of the articles themselves: questions that do hit the index, at any length. */
const articleSlice = fc
  .tuple(fc.nat({ max: corpus.length - 1 }), fc.integer({ min: 1, max: 300 }))
  .map(([at, len]) => corpus.slice(at, at + len))

/** Questions as people type them: article fragments with numbers, money and dates mixed in. */
const withFigures = fc
  .tuple(
    articleSlice,
    fc.integer({ min: -1e9, max: 1e12 }),
    fc.constantFrom('元', '块', '万', '个月', '年', '天', '%', '号', '岁'),
    questionLike(20)
  )
  .map(([a, n, unit, b]) => `${a}${n}${unit}${b}`)

const question = fc.oneof(anyString(300), articleSlice, withFigures)

describe(`retrieve() and ask() on arbitrary strings (${RUNS.core} runs per property)`, () => {
  it('retrieve never throws; hits are bounded, sorted, with finite scores; confidence in [0, 1]', () => {
    fc.assert(
      fc.property(question, (q) => {
        const r = retrieve(q, library)
        expect(r.hits.length).toBeLessThanOrEqual(5)
        for (const h of r.hits) expect(Number.isFinite(h.score)).toBe(true)
        for (let i = 1; i < r.hits.length; i++)
          expect(r.hits[i - 1]!.score).toBeGreaterThanOrEqual(r.hits[i]!.score)
        expect(r.confidence).toBeGreaterThanOrEqual(0)
        expect(r.confidence).toBeLessThanOrEqual(1)
      }),
      { numRuns: RUNS.core }
    )
  }, 120_000)

  it('ask (with the calculators) never throws: either declined, or hits and an answer with a disclaimer', () => {
    fc.assert(
      fc.property(question, (q) => {
        const res = ask(q, {
          library,
          today: new Date('2026-11-24T00:00:00Z'),
          ...(calculate ? { calculate } : {}),
        })
        expect(typeof res.declined).toBe('boolean')
        if (!res.declined) expect(res.hits.length).toBeGreaterThan(0)
        expect(typeof res.answer.text).toBe('string')
        expect(res.answer.text.length).toBeGreaterThan(0)
        expect(() => JSON.stringify(res)).not.toThrow()
      }),
      { numRuns: RUNS.core }
    )
  }, 120_000)
})
