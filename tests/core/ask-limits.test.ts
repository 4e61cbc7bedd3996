import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ask, limitQuestion, MAX_QUESTION_CHARS } from '../../src/core/ask'
import { MESSAGES } from '../../src/core/answer/messages'
import { createCalculate } from '../../src/core/calc-bridge'
import { extractFacts } from '../../src/core/extract'
import type { Library } from '../../src/core/knowledge/library'
import { retrieve } from '../../src/core/search/retrieve'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'

const library = loadBuiltLibrary()
const calculate = createCalculate(library)
const today = new Date('2026-11-24T00:00:00Z')
const N = MAX_QUESTION_CHARS

/** The library with its vocabulary lookups counted: the unit of work sub-word expansion does. */
function counted(): { lib: Library; lookups: () => number } {
  let n = 0
  const has = library.index.has
  const lib: Library = {
    ...library,
    index: {
      ...library.index,
      has: (t) => {
        n++
        return has(t)
      },
    },
  }
  return { lib, lookups: () => n }
}

const char = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((c) => String.fromCharCode(c))
const ofLength = (unit: fc.Arbitrary<string>, n: number) =>
  fc.string({ unit, minLength: n, maxLength: n })

/** The hostile shapes of a 1,000-character question. */
const hostile = fc.oneof(
  // One character repeated (xxxx…, 工工工…, 1111…).
  fc
    .oneof(char(0x21, 0x7e), char(0x4e00, 0x9fd5), fc.constantFrom('x', '工', '1', '.', '资'))
    .map((c) => c.repeat(N)),
  // One unknown word: letters and digits the segmenter keeps as a single token.
  ofLength(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), N),
  // Random CJK.
  ofLength(char(0x4e00, 0x9fd5), N),
  // Random CJK and letters.
  ofLength(fc.oneof(char(0x4e00, 0x9fd5), fc.constantFrom(...'xyz9')), N)
)

describe('ask() on any 1,000-character input does bounded work', () => {
  // Each lookup is one Map.get on a string of at most maxTermLength units: this bound is what
  // keeps ask() at milliseconds (npm run bench measures the time); before sub-word expansion
  // was bounded, 1,000 × "x" took ~500,000 lookups (half a second).
  const maxLookups = 2 * N * library.index.maxTermLength

  it(`at most ${2 * library.index.maxTermLength} vocabulary lookups per character, groups and alternatives linear`, () => {
    fc.assert(
      fc.property(hostile, (q) => {
        const { lib, lookups } = counted()
        const r = retrieve(q, lib)
        expect(lookups()).toBeLessThanOrEqual(maxLookups)
        expect(r.groups.length).toBeLessThanOrEqual(N)
        const alternatives = r.groups.reduce((n, g) => n + g.terms.length, 0)
        expect(alternatives).toBeLessThanOrEqual(N * library.index.maxTermLength)
        const { lib: lib2, lookups: asked } = counted()
        const res = ask(q, { library: lib2, today, ...(calculate ? { calculate } : {}) })
        expect(asked()).toBeLessThanOrEqual(maxLookups)
        expect(res.truncated).toBeUndefined()
      }),
      { numRuns: 150 }
    )
  }, 120_000)

  it.each([
    ['a 4,096 × "x" Telegram message', 'x'.repeat(4096)],
    ['a 6,000-character message', '老板拖欠工资'.repeat(1000)],
    ['100,000 characters of one unknown word', 'ab1'.repeat(33_334)],
  ])('%s is read to MAX_QUESTION_CHARS, with a note, for the same work', (_, q) => {
    const { lib, lookups } = counted()
    const res = ask(q, { library: lib, today })
    expect(lookups()).toBeLessThanOrEqual(maxLookups)
    expect(res.q.length).toBeLessThanOrEqual(N)
    expect(q.startsWith(res.q)).toBe(true)
    expect(res.truncated).toBe(true)
    expect(res.answer.text.startsWith(MESSAGES.truncated(N))).toBe(true)
  })
})

describe('limitQuestion', () => {
  it.each([
    ['short, trimmed', '  工资  ', '工资', false],
    ['exactly the limit', '工'.repeat(N), '工'.repeat(N), false],
    ['one over', '工'.repeat(N + 1), '工'.repeat(N), true],
    ['surrounding space does not count', ` ${'工'.repeat(N)} `, '工'.repeat(N), false],
    // A pair straddling the cut is dropped whole, not left as a lone surrogate.
    ['never inside a surrogate pair', 'a'.repeat(N - 1) + '😀', 'a'.repeat(N - 1), true],
  ])('%s', (_, input, text, truncated) => {
    expect(limitQuestion(input)).toEqual({ text, truncated })
  })

  it('a normal question is answered as before, with no note', () => {
    const res = ask('老板拖欠我两个月工资怎么办', { library, today })
    expect(res.truncated).toBeUndefined()
    expect(res.answer.text.startsWith(MESSAGES.truncated(N))).toBe(false)
  })
})

describe('extractFacts reads only the first MAX_QUESTION_CHARS', () => {
  it('a fact past the bound is not read (nor its quadratic cost paid)', () => {
    const fact = '月薪8000元'
    expect(extractFacts(fact, '2026-11-24').monthlyWage).toBe(8000)
    expect(extractFacts('一二三'.repeat(N) + fact, '2026-11-24').monthlyWage).toBeUndefined()
  })
})
