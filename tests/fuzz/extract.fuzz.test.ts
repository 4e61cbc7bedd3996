import fc from 'fast-check'
import Nzh from 'nzh/cn'
import { describe, expect, it } from 'vitest'
import {
  extractFacts,
  extractNumbers,
  findDates,
  findDurations,
  parseChineseNumeral,
  parseNumber,
} from '../../src/core/extract'
import { anyString, questionLike, RUNS } from './arbitraries'

const TODAY = '2026-06-15'

describe(`number and date extraction (${RUNS.cheap} runs per property)`, () => {
  it('reads back every integer nzh writes in Chinese numerals (1 to 99 999 999)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), (n) => {
        expect(parseChineseNumeral(Nzh.encodeS(n))).toBe(n)
      }),
      { numRuns: RUNS.cheap }
    )
  })

  it('Arabic amounts with k/千/w/万 scale exactly (to the fen)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.constantFrom('', 'k', 'K', '千', 'w', '万'),
        (n, unit) => {
          const scale = unit === '' ? 1 : /[kK千]/.test(unit) ? 1000 : 10000
          expect(parseNumber(`${n}${unit}`)).toBe(n * scale)
        }
      ),
      { numRuns: RUNS.cheap }
    )
  })

  it('never throw on arbitrary text; positions lie inside the text; values are finite', () => {
    fc.assert(
      fc.property(fc.oneof(anyString(), questionLike(120)), (s) => {
        for (const x of extractNumbers(s)) {
          expect(Number.isFinite(x.value)).toBe(true)
          expect(s.slice(x.index, x.index + x.raw.length)).toBe(x.raw)
        }
        for (const d of findDates(s, TODAY)) {
          expect(d.index).toBeGreaterThanOrEqual(0)
          expect(d.end).toBeLessThanOrEqual(s.length)
          expect(Number.isNaN(Date.parse(d.iso))).toBe(false)
        }
        for (const d of findDurations(s)) {
          expect(Number.isFinite(d.months)).toBe(true)
          expect(d.months).toBeGreaterThanOrEqual(0)
        }
        const facts = extractFacts(s, TODAY)
        for (const v of Object.values(facts))
          if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true)
      }),
      { numRuns: RUNS.cheap }
    )
  }, 120_000)

  it('a monthly wage written as 月薪N (Arabic or Chinese) is read as N', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 99_999 }), fc.boolean(), (n, chinese) => {
        const written = chinese ? Nzh.encodeS(n) : String(n)
        expect(
          extractFacts(`我在厂里干了三年，月薪${written}元，被辞退了`, TODAY).monthlyWage
        ).toBe(n)
      }),
      { numRuns: RUNS.cheap / 5 }
    )
  })
})
